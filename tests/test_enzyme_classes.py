"""Plural protein names, enzyme classes opened by a substrate, and 'cytochrome' alone, on
text cut from the shared PFOCR captions."""

from __future__ import annotations

import figcap


def _found(text, organisms=None):
    return {(m.text, m.type, m.label) for m in figcap.annotate(text, organisms)}


def test_a_two_word_family_name_in_the_plural():
    # PMC2880953__nihms195329f1, PMC5313109__zbc0101761010001 (cut)
    found = _found("ROH, retinol; RAL, retinal; adhs, alcohol dehydrogenases; aldh1as, "
                   "aldehyde dehydrogenases.")
    assert ("alcohol dehydrogenases", "family", "ADH") in found
    assert ("aldehyde dehydrogenases", "family", "ALDH") in found
    found = _found("Fe and Zn indicate the metal in the active site of the alcohol dehydrogenases.")
    assert ("alcohol dehydrogenases", "family", "ADH") in found


def test_a_plural_names_no_gene_through_an_alias_or_designation():
    # PMC6727394__13045_2019_776_Fig2_HTML, PMC5378188__mcw171f2 (cut)
    found = _found("the expression of glycolytic enzymes is increased")
    assert not any(t == "gene" for _x, t, _l in found)  # HK1's designation, singular
    # nor the singular: "glycolytic enzyme" is a kind of enzyme (descriptive_gene_words.txt);
    # PMC6183030__NRR-13-1861-g002 (cut)
    found = _found("glucosamine-6 phosphate and glutamate via the non-glycolytic enzyme GFAT.")
    assert not any(label == "HK1" for _x, _t, label in found)
    found = _found("The cooperation of NAIP proteins with NLRP proteins is yet to be determined")
    assert ("NAIP", "gene", "NAIP") in found  # not MeSH's "NAIP Protein"


def test_a_substrate_before_a_broad_enzyme_class_names_one_enzyme():
    # PMC3112539__ncomms1327-f1 and a terpenoid legend (cut)
    text = ("CNMT, coclaurine-N-methyltransferase of Coptis japonica; SMT, sterol "
            "methyltransferase; O-methyltransferase (OMT) acts last.")
    assert not any(label == "Methyltransferases" for _x, _t, label in _found(text))
    # a small family keeps its reading: fructose-bisphosphate aldolase is ALDO
    text = "ALD, fructose 1,6-diphosphate aldolase; TPI, triose phosphate isomerase"
    assert ("aldolase", "family", "ALDO") in _found(text)
    # the class word alone is the class
    assert ("methyltransferase", "family", "Methyltransferases") in _found(
        "a putative methyltransferase CmuC")


def test_cytochrome_alone_is_no_p450():
    # PMC2737945__zjb0180989890003, PMC5563964__ismej201777f3 (cut)
    text = ("Hmc, high-molecular-weight cytochrome complex; lack electron transport chain "
            "components (including cytochromes (Cyto), succinate dehydrogenase (sdh))")
    assert not any(label == "CYP" for _x, _t, label in _found(text))
    assert not any(x.lower().startswith("cyt") for x, _t, _l in _found(text))
    found = _found("oxidation by cytochrome P450 enzymes and release of cytochrome c")
    assert ("cytochrome P450 enzymes", "family", "CYP") in found
    assert ("cytochrome c", "gene", "CYCS") in found


def test_members_in_brackets_define_no_short_form():
    # PMC5723907__fimmu-08-01707-g001 (cut): the bracket names members of IFN, it does not
    # spell IFN out (IFN stays the interferon family, not IFN-β alone)
    found = _found("secretion of type I IFN (IFNα and IFNβ) and type III IFN. Type I IFNs signal")
    assert ("IFN", "family", "Interferon") in found
    assert ("IFNs", "family", "Interferon") in found
    assert ("IFN", "gene", "IFNB1") not in found
    # a name that begins with the short form's letters still defines it
    assert ("Ca", "chemical", "Calcium") in _found("influx of Ca (calcium) into the cell")


def test_an_enzyme_named_from_other_substrates_is_not_the_gene_of_its_alias():
    # PMC1304888__biophysj00048090F07_LW, PMC6177712__BCP-84-2463-g002 and
    # PMC341910__tpc1600367f01 (cut): the genes whose aliases these short forms are
    # (PRKG1, PHKA2, TBXAS1, AOC1) hold the enzyme word, not the substrate
    found = _found("PGK, phosphoglycerate kinase; PGM, phosphoglycerate mutase; ENO, enolase; "
                   "PYK, pyruvate kinase; TXS, taxadiene synthase; KAO, ent-kaurenoic acid "
                   "oxidase")
    labels = {label for _x, t, label in found if t == "gene"}
    assert not labels & {"PRKG1", "PHKA2", "TBXAS1", "AOC1"}
    assert ("kaurenoic acid", "chemical", "kaurenoic acid") in found
    # the substrate written otherwise in the gene's names: PMC5700130, PMC5811610,
    # PMC3677579 (cut)
    found = _found("PMK, phospho-mevalonate kinase; NANP: N-acetylneuraminate-9-phosphatase; "
                   "TLRs are cleaved by cathepsins and asparagine endopeptidase (AEP)")
    assert {"PMVK", "NANP", "LGMN"} <= {label for _x, t, label in found if t == "gene"}
    assert ("mevalonate kinase", "gene", "MVK") not in found


def test_a_locant_before_a_broad_enzyme_class_names_one_enzyme():
    # PMC3378455__1471-2164-13-126-7 (cut): neither the methyltransferase class nor COMT
    found = _found("3-CH, p-coumarate 3-hydroxylase; COMT, caffeoyl-CoA 3-O methyltransferase.")
    assert not any(label in ("Methyltransferases", "COMT") for _x, _t, label in found)


def test_a_glossary_enzyme_name_ends_before_its_bracket_and_its_own_gene():
    # PMC5337497__fpls-08-00291-g0003, PMC6540369__12934_2019_1138_Fig1_HTML (cut): OGD is
    # an alias of FGFR1, ERG1 of KCNH2; the glossary names enzymes those genes are not,
    # the first with a qualifier in brackets, the second with a gene name at its end
    found = _found("AH, aconitate hydratase; OGD, 2-oxoglutarate dehydrogenase "
                   "(succinyl-transferring); DLST, dihydrolipoyllysine-residue "
                   "succinyltransferase; ERG9: squalene synthase; ERG1: squalene epoxidase;")
    labels = {label for _x, t, label in found if t == "gene"}
    assert not labels & {"FGFR1", "KCNH2"}
    assert "OGDH" in labels
    # the entry's own gene, and a list that goes on after the bracket, keep their readings:
    # PMC5769535__13046_2018_674_Fig1_HTML, PMC5863502__fimmu-09-00326-g001 (cut)
    found = _found("ICAM-1, intercellular adhesion molecule-1; JAK2,janus kinase 2;MEK, "
                   "MAPK/ERK kinase; resistance 1 IFN-inducible protein (Mx1), MxA, "
                   "ribonuclease L (RNaseL), and protein kinase R (PKR).")
    assert ("JAK2", "gene", "JAK2") in found and ("MxA", "gene", "MX1") in found


def test_a_bracket_inside_a_glossary_enzyme_name_is_part_of_it():
    # PMC4538610__pnas.1504798112fig01, PMC5734045__zam0011882170002 (cut): CMK is a
    # previous symbol of CXCL9, MET the symbol of the receptor; an EC number still ends a
    # name (PMC6103934__12298_2018_568_Fig3_HTML: STS is steroid sulfatase's symbol)
    found = _found("Abbreviations: AACT, aceto-acetyl-CoA thiolase; CMK, 4-(cytidine "
                   "5′-diphospho)-2-C-methyl-d-erythritol kinase; DXS, 1-deoxy-d-xylulose "
                   "5-phosphate synthase; MET, methyltetrahydrofolate-corrinoid/iron-sulfur "
                   "protein methyltransferase; RS: Raffinose synthase(2.4.1.82); STS: "
                   "Stachyose synthase(2.4.1.67); VS: Verbascose synthase(2.4.1.162)")
    labels = {label for _x, t, label in found if t == "gene"}
    assert not labels & {"CXCL9", "MET", "STS"}


def test_a_familys_capitalised_word_names_the_family_in_small_letters():
    # PMC1304888__biophysj00048090F07_LW and PMC2887678__nihms196881f1 (cut): "hexokinase"
    # is FamPlex's Hexokinase, not HK1, whose NCBI synonym it is as written
    found = _found("HK, hexokinase; PGI, phosphoglucose isomerase; PFK, phosphofructokinase")
    assert ("hexokinase", "family", "Hexokinase") in found
    assert ("HK", "family", "Hexokinase") in found
    found = _found("MI8-5 (ALG6), and MI5-4 (hexokinase) are indicated in gray italics; HK1 and HK2")
    assert ("hexokinase", "family", "Hexokinase") in found and ("HK1", "gene", "HK1") in found
    # a word that is no protein's stays a word: FamPlex's Notch and Patched
    assert not _found("the dorsal notch of the patched wing margin")


def test_the_name_of_numbered_genes_without_their_number_is_their_class():
    # PMC3378455__1471-2164-13-126-7 and PMC3161159__nihms289356f1 (cut): NCBI gives
    # "acetyl-CoA acetyltransferase" to ACAA2 and "retinol dehydrogenase" to HSD17B6, but
    # they are ACAT1/ACAT2's and RDH5/RDH8/...'s names without their numbers
    found = _found("Enzymes of MVA pathway are as follows: AACT, acetyl-CoA "
                   "acetyltransferase; HMGS, 3-hydroxy-3-methylglutaryl-CoA synthase; HMGR, "
                   "3-hydroxy-3-methylglutaryl-CoA reductase; retinol is oxidised by either "
                   "alcohol dehydrogenase (ADH) or retinol dehydrogenase (RDH) using NAD")
    labels = {label for _x, t, label in found if t == "gene"}
    assert not labels & {"ACAA2", "HSD17B6", "HMGCS1", "HMGCS2"}
    assert ("HMGR", "gene", "HMGCR") in found  # an approved name without a number stays


def test_the_stem_of_a_numbered_series_names_the_series_not_the_gene_ncbi_gives_it_to():
    # PMC5789353__cancers-10-00003-g001, PMC2665099__zbc0190972460006 (cut): NCBI gives
    # "sterol regulatory element-binding protein" to CNBP and "mucin" to MUC5AC, but they
    # are the stems of "... protein 1", "... protein 2" (SREBF1, SREBF2) and "mucin 1", ...
    found = _found("SCD: stearoyl-CoA desaturase; SREBP: sterol regulatory element-binding "
                   "protein; TCA cycle: tricarboxylic acid cycle")
    labels = {label for _x, t, label in found if t == "gene"}
    assert "CNBP" not in labels
    assert ("sterol regulatory element-binding protein", "family", "SREBF") in found
    found = _found("electron micrograph of the apical membrane region of a goblet cell, "
                   "showing the juxtaposition of a mucin secretory granule")
    assert not any(t == "gene" for _x, t, _l in found)
    # a series of two beside its founding member's unnumbered name keeps it: "prohibitin"
    # (PHB1; "prohibitin 2" is PHB2)
    assert ("prohibitin", "gene", "PHB1") in _found("prohibitin is a mitochondrial chaperone")


def test_a_family_name_and_a_word_for_a_kind_of_protein_names_the_family():
    # PMC166813__pp0137619001 (cut): "cytochrome P450 monooxygenase" is a designation of
    # CYP20A1, but it is FamPlex's "cytochrome P450" (CYP) and "monooxygenase"
    found = _found("The GA biosynthetic pathway in pea. Product structures are represented "
                   "for the cytochrome P450 monooxygenase-mediated steps")
    assert not any(label == "CYP20A1" for _x, _t, label in found)
    assert any(t == "family" and label == "CYP" for _x, t, label in found)


def test_a_plural_names_no_gene_through_its_singular_alias_or_designation():
    # PMC2171962__200308101f8, PMC1064894__ar1469-3 (cut): IGF is an alias of IGF1, IRAK
    # of IRAK1; their plurals are the classes
    found = _found("Proposed model for the role of IGFs in multipotent neural progenitor cell "
                   "fate specification", ["Homo sapiens"])
    assert not any(t == "gene" for _x, t, _l in found)
    found = _found("Interleukin-1 receptor-associated kinases (IRAKs) and TRAF6 are located "
                   "downstream of MyD88.", ["Homo sapiens"])
    assert not any(label == "IRAK1" for _x, _t, label in found)
    assert ("TRAF6", "gene", "TRAF6") in found
    # PMC5955138__oncotarget-09-22194-g001 (cut): NCBI's "ABC transporter" is a designation
    # of ABCG2; the plural is the class
    found = _found("MSC500 downregulated the expression of ABC transporters (ABCG2 and ABCB5).")
    assert ("ABC transporters", "gene", "ABCG2") not in found
    assert ("ABCG2", "gene", "ABCG2") in found
    # GNormPlus PMID 7499366 (FamilyName there): not KCND3
    found = _found("Voltage-gated K+ channels are a diverse group of proteins.")
    assert not any(label == "KCND3" for _x, _t, label in found)
    # a member's code keeps the gene: PMC5881156__fphar-09-00279-g0002 (cut)
    found = _found("TAAR1, trace amine-associated receptor 1; D2R, dopamine D2 receptors; "
                   "PKA, protein kinase A")
    assert any(label == "DRD2" for _x, _t, label in found)


def test_an_acronym_ending_in_c_in_the_plural_is_cells_not_a_gene():
    # PMC6815953__thnov09p6976g008, PMC6554677__fphar-10-00562-g001 (cut): mesenchymal stem
    # cells and antigen-presenting cells, not the genes MSC and APC (nor APCS, in capitals)
    found = _found("Schematic illustration the role of ES-EVs on MSCs. The ES-EVs transfer the "
                   "IGF1, a secreted factor derived from ES cells", ["Homo sapiens"])
    assert not any(label == "MSC" for _x, _t, label in found)
    assert ("IGF1", "gene", "IGF1") in found
    found = _found("In immunostimulatory contexts (such as AC ingestion by APCs in the presence "
                   "of LPS, TLR ligands, or mycobacterial antigens)", ["Homo sapiens"])
    assert not any(x == "APCs" and t == "gene" for x, t, _l in found)


def test_an_acronym_with_a_small_plural_s_is_no_symbol_ending_in_s():
    # PMC2566006__zjb019088140002a, PMC1533821__1465-9921-7-97-2 (cut): "IDs" are no IDS,
    # "PRRs" (pattern recognition receptors) no porcine reproductive and respiratory syndrome
    for text in ("Gray boxes represent proteins that were not identified on the gels. The "
                 "IDs, symbols, and functions are based on TIGR annotation",
                 "Recognition of pathogens by cytosolic PRRs. (A) As an example, NOD1 is shown."):
        found = {(m.text, m.label) for m in figcap.annotate(text)}
        assert not any(t in ("IDs", "PRRs") for t, _l in found), found
    assert ("NOD1", "NOD1") in found
