"""Gene mentions the text shows to be something else (figcap.ner.gene_context)."""

from __future__ import annotations

import figcap


def _genes(text: str) -> dict[str, str]:
    return {m.text: m.label for m in figcap.annotate(text) if m.type == "gene"}


def test_relatives_named_after_a_gene_are_not_the_gene():
    # GNormPlus training titles (PMIDs 10684944, 20596603)
    assert _genes("Cloning and characterisation of the Sry-related transcription factor "
                  "gene Sox8.") == {"Sox8": "SOX8"}
    assert "DFF45" not in _genes("the cell death-inducing DFF45-like effector (CIDE) family")
    # past a defined short form (GNormPlus PMID 10484778)
    assert _genes("a motif conserved in the tumor necrosis factor (TNF)-related ligand "
                  "family") == {}
    # names the lexicon has as a whole stay genes
    assert _genes("Krüppel-like factor 4 and Toll-like receptor 4") == {
        "Krüppel-like factor 4": "KLF4", "Toll-like receptor 4": "TLR4"}


def test_cytogenetic_notation_and_residues_are_not_genes():
    # GNormPlus training sentences (PMIDs 10072425, 10773454, 17304550, 19521967)
    assert _genes("The t(X;18)(p11.2;q11.2) chromosomal translocation") == {}
    assert _genes("its localisation to chromosome 2p15-p16 will be of use") == {}
    assert _genes("a de novo, apparently balanced t(1;3)(q32.1;q25.1)") == {}
    assert _genes("The role of the COMT Val(158)Met polymorphism") == {"COMT": "COMT"}
    assert _genes("substitution of Met-11 and Ser-153 by cysteine") == {}
    # the receptor and the tumour suppressor stay genes
    assert _genes("HGF/Met signalling and c-Met; p16 loss") == {
        "HGF": "HGF", "Met": "MET", "c-Met": "MET", "p16": "CDKN2A"}


def test_a_disease_short_form_before_gene_names_the_gene():
    # GNormPlus training sentences (PMIDs 20513137, 10484778)
    text = ("neurofibromatosis type 1 (NF1) results from microdeletions that encompass the "
            "entire NF1 gene and")
    assert [(m.text, m.type) for m in figcap.annotate(text) if m.text == "NF1"] == [
        ("NF1", "disease"), ("NF1", "gene")]
    text = "Anhidrotic ectodermal dysplasia (EDA) is a disorder. The EDA gene encodes"
    assert _genes(text) == {"EDA": "EDA"}
    # a disease name without a gene reading stays the disease
    assert _genes("the cystic fibrosis gene") == {}


def test_a_defined_short_form_with_a_name_tail_is_that_gene():
    # GNormPlus (PMID 8551235) and NLM-Gene training text
    assert _genes("interleukin (IL)-6 and tumor necrosis factor (TNF)-alpha") == {
        "interleukin (IL)-6": "IL6", "tumor necrosis factor (TNF)-alpha": "TNF"}
    assert _genes("macrophage inflammatory protein (MIP)-1 alpha and MIP-1 beta") == {
        "macrophage inflammatory protein (MIP)-1 alpha": "CCL3", "MIP-1 beta": "CCL4"}
    # the long form alone reads as PAI-2 (SERPINB2); with the tail it is PAI-1
    assert _genes("plasminogen activator inhibitor (PAI)-1") == {
        "plasminogen activator inhibitor (PAI)-1": "SERPINE1"}
    assert _genes("extracellular signal-regulated kinase (ERK)-1/2") == {
        "extracellular signal-regulated kinase (ERK)-1": "MAPK3", "2": "MAPK1"}
    # a long form that is no mention of its own (GNormPlus PMID 9410898; a PFOCR caption)
    assert _genes("hereditary surfactant protein (SP)-B deficiency") == {
        "surfactant protein (SP)-B": "SFTPB"}
    assert _genes("T lymphocytes via the programmed death (PD)-1: PD-L1 pathway") == {
        "programmed death (PD)-1": "PDCD1", "PD-L1": "CD274"}
    # a name that goes on after the tail is left alone
    assert "transforming growth factor (TGF)-b" not in _genes(
        "transforming growth factor (TGF)-b-inducible early gene-1")


def test_a_figure_reference_is_no_gene():
    # "FIG1" is an alias of IL4I1; "Fig 1" in a caption refers to a figure
    assert _genes("as shown in Fig 1, the pathway") == {}


def test_an_alias_before_cells_names_a_cell_line():
    # PFOCR captions (PMC4709637, PMC2840217) and a GNormPlus sentence (PMID 20596603)
    assert "DF-1" not in _genes("the increased proteins in ALV-J-infected DF-1 cells was "
                                "obtained from the KEGG PATHWAY")
    assert "MEF" not in _genes("mercury (MeHg, B), and cadmium (Cd, C) in MEF cells.")
    assert "THP-1" not in _genes("monocytic THP-1 cells were treated")
    # an approved symbol before "cells" stays a gene
    assert _genes("CD4 cells and CD34 cells")["CD4"] == "CD4"


def test_lps_and_th1_are_no_genes():
    # PFOCR caption (PMC4081675): LPS is the endotoxin, not IRF6's previous symbol
    text = ("serum lipopolysaccharide (LPS) levels. LPS directly enhances HSCs activation")
    lps = [m for m in figcap.annotate(text) if m.text == "LPS"]
    assert [m.type for m in lps] == ["chemical", "chemical"]
    assert "LPS" not in _genes("cells were stimulated with LPS for 6 h")
    # Th1 is the T helper cell subset, not NELFCD's alias TH1
    assert _genes("a shift from Th1 to Th2 cytokines; Th1/Th2 balance") == {}


def test_codons_and_short_dna_sequences_are_not_genes():
    # GNormPlus training sentences (PMIDs 9480843, 11875050, 17160890, 1505028)
    for text in ("the transcripts contained fifteen triplet repeats (GCT; alanine)",
                 "the two families revealed a GAC-->AAC transition in codon 226",
                 "In contrast, the protective TTG haplotype was associated",
                 "mixed A's, T's, and C's, excluding G's (ATC sequences)"):
        assert not [m for m in figcap.annotate(text) if m.type in ("gene", "family")], text
    # the same letters as a gene's name outside a sequence's context stay the gene
    genes = {m.text: m.label for m in figcap.annotate("GAC and KGA isoforms of GLS; CAT "
                                                      "activity") if m.type == "gene"}
    assert genes["GAC"] == "GLS" and genes["CAT"] == "CAT"


def test_first_part_of_a_cell_line_name_is_no_gene():
    # GNormPlus training text (PMIDs 2208279, 9857230): cell lines named with a code
    assert "BRL" not in _genes("the 164 amino acid protein purified from BRL-3A cells")
    assert "CML" not in _genes("peaking at 48 h after irradiation in CML-C1, CML-C2, DL-40, "
                               "and DL-95 cell lines")
    # a gene whose own name holds the number, or a marker sign, stays the gene
    genes = _genes("IL-2 cells, CD34+ cells and p53-null cells")
    assert {"IL-2", "CD34", "p53"} <= set(genes)


def test_a_member_number_glued_to_an_alias_makes_another_name():
    # GNormPlus training text (PMIDs 10910894, 8774881, 7743998)
    genes = _genes("which is also known as LMC, HCC-4, NCC-4, and CCL16")
    assert "HCC" not in genes and genes["CCL16"] == "CCL16"
    assert "hMAD" not in _genes("one of which, hMAD-4, is identical to DPC-4")
    assert "ICH" not in _genes("the ICE homologs NEDD-2/ICH-1L and CED-3")
    # a promoter position after a symbol stays the gene (PMID 17006606)
    genes = _genes("Neither IL1B-31, -511 nor FAS-670 polymorphisms")
    assert genes.get("IL1B") == "IL1B" and genes.get("FAS") == "FAS"
    # a family with a member's number still covers the member (PFOCR PMC6682706)
    mentions = figcap.annotate("angiogenesis. Finally Notch-1C directly induces genes")
    assert [m.type for m in mentions if m.text == "Notch"] == ["family"]


def test_a_gene_name_before_family_names_the_family():
    # GNormPlus training text (PMIDs 8798744, 1648265, 9857230)
    assert _genes("a protein-tyrosine kinase that is a member of the EPH family of "
                  "receptors") == {}
    assert _genes("the receptors utilized by the nerve growth factor family of "
                  "neurotrophic molecules") == {}
    assert _genes("a member of the tumor necrosis factor receptor/nerve growth factor "
                  "receptor superfamily") == {}
    # a FamPlex family by that name stays; the gene elsewhere stays the gene
    assert [m.type for m in figcap.annotate("the p53 family") if m.text == "p53 family"] \
        == ["family"]
    assert _genes("EPH binds ephrins") == {"EPH": "EPHA1"}


def test_collagen_chains_name_their_genes():
    # GNormPlus training text (PMID 10722718)
    genes = _genes("Collagen type V is distributed as an alpha1(V)(2)alpha2(V) heterotrimer. "
                   "Mutations in the alpha1(V) and alpha2(V) chain genes; pro-alpha3(V)")
    assert (genes["alpha1(V)"], genes["alpha2(V)"], genes["pro-alpha3(V)"]) == \
        ("COL5A1", "COL5A2", "COL5A3")
    # no collagen in the text: a subunit's number and bracket is left alone
    assert _genes("the alpha1(V) subunit of the channel") == {}


def test_a_quantity_given_a_value_is_no_gene():
    # GNormPlus training text (PMIDs 7499366, 17006606)
    assert _genes("and slowed deactivation (tau = 13 +/- 0.5 ms versus 35 ms)") == {}
    assert _genes("in both the cases and controls (R (2)=0.94). Neither") == {}
    assert _genes("tau aggregates in neurons") == {"tau": "MAPT"}


def test_a_symbol_only_the_key_reaches_before_cells_names_cells():
    # GNormPlus training text (PMID 8555498): "pre-B" is a stage of B cells, not PREB
    assert _genes("LAF-4 expression was highest in pre-B cells, intermediate in mature B "
                  "cells") == {"LAF-4": "AFF3"}
    assert _genes("CD4 cells") == {"CD4": "CD4"}


def test_a_plural_name_of_words_is_a_class():
    # GNormPlus training text (PMID 15106122)
    assert _genes("a member of the immunoglobulin super family of neuronal cell adhesion "
                  "molecules involved in axon growth") == {}
    assert _genes("insulin receptors") == {"insulin receptors": "INSR"}


def test_a_number_right_after_the_short_forms_bracket_ends_the_name():
    # PFOCR captions PMC1064894, PMC6082928 and PMC1550887
    def genes(text):
        return [(m.text, m.label) for m in figcap.annotate(text) if m.type in ("gene", "family")]

    assert genes("the subsequent induction of interferon regulatory factor (IRF)3 and IRF7") == [
        ("interferon regulatory factor (IRF)3", "IRF3"), ("IRF7", "IRF7")]
    assert genes("TNFR-associated factor (TRAF)1 binds") == [
        ("TNFR-associated factor (TRAF)1", "TRAF1")]
    assert genes("polarisation towards T-helper (TH)1 cells") == []  # TH1 is on the stop list


def test_a_word_only_one_members_names_use_picks_the_member():
    # GNormPlus training text (PMIDs 6262916, 9346895)
    assert _genes("Muscle phosphoglycerate mutase activity was decreased") == {
        "Muscle phosphoglycerate mutase": "PGAM2"}
    assert _genes("GN-2 can be elongated by skeletal muscle glycogen synthase.").get(
        "muscle glycogen synthase") == "GYS1"
    # a word of grammar is no qualifier, nor is a family's name without words of its own
    assert "KIF20B" not in _genes("nesprin-1 levels are increased with kinesin").values()
    assert _genes("the new PKC isoforms and the atypical PKC") == {}


def test_a_members_letter_and_number_before_the_familys_name_picks_the_member():
    # GNormPlus training text (PMID 9547368): "muscarinic acetylcholine receptor M3"
    found = _genes("endocytosis and recycling of m3 muscarinic acetylcholine receptors in "
                   "human SH-SY5Y neuroblastoma cells")
    assert found == {"m3 muscarinic acetylcholine receptors": "CHRM3"}
    # a code no member's name ends with leaves the family
    assert "CHRM3" not in _genes("recycling of x9 muscarinic acetylcholine receptors").values()


def test_a_receptor_familys_name_and_a_greek_letter_apart_is_the_chain():
    # GNormPlus training text (PMID 2785715)
    found = _genes("Unlike the IL-2R alpha chain, the IL-2R beta chain has a large "
                   "cytoplasmic region")
    assert found == {"IL-2R alpha": "IL2RA", "IL-2R beta": "IL2RB"}
    assert _genes("the IL-2 receptor alpha (IL-2R alpha, p55) chain").get(
        "IL-2 receptor alpha") == "IL2RA"


def test_types_before_a_familys_name_are_its_members():
    # GNormPlus training text (PMIDs 7905825, 20428796, 8774743)
    found = _genes("The sequence analysis reveals that type I and type II "
                   "acetyl-CoA-carboxylase mRNA contain 313- and 173-base-long 5' "
                   "untranslated regions")
    assert sorted(found.values()) == ["ACACA", "ACACB"]
    assert sorted(_genes("type I and type II TGF-beta receptors").values()) == [
        "TGFBR1", "TGFBR2"]
    # a longer name that goes on after a hyphen is not the typed family member
    found = _genes("a polypeptide identical to the type-1 "
                   "tumor-necrosis-factor-receptor-associated protein-2/55.11.")
    assert "TNFRSF1A" not in found.values()


def test_the_code_after_a_cell_lines_first_part_is_no_gene():
    # GNormPlus training text (PMIDs 10915776, 9857230); NLM-Gene (PMID 28260110)
    assert _genes("is expressed and released by Weri-Rb1 cells.") == {}
    assert _genes("at 48 h after irradiation in CML-C1, CML-C2, DL-40, and DL-95 cell "
                  "lines.") == {}
    assert "C5" not in _genes("compared with that in SW480, SNU-C2A or SNU-C5 cells")
    # a gene named beside cells keeps its reading
    assert _genes("Rb1 is expressed in Weri cells") == {"Rb1": "RB1"}


def test_the_first_part_of_a_compounds_code_is_no_gene():
    # GNormPlus training text (PMID 8755601): U50 is an alias of SNORD50A
    assert "U50" not in _genes("Treatment of microglial cell cultures with U50,488 or "
                               "U69,593 resulted in a dose-dependent inhibition")


def test_a_tools_name_and_a_variants_position_are_no_genes():
    # GNormPlus training text (PMIDs 9027509, 17277899, 14976162)
    assert "GRAIL" not in _genes("exon predictions obtained using the GRAIL and GENEFINDER "
                                 "programs are described in detail")
    assert _genes("Results of both MDS plot and AMOVA revealed spatial heterogeneity") == {}
    assert _genes("which contains the subhaplotype e12/1236T-e21/2677T-e26/3435T, is highly "
                  "represented") == {}
    # GNormPlus training text (PMID 7790363): a membrane anchor, not glucose-6-phosphate
    # isomerase
    assert "GPI" not in _genes("is a GPI-anchored molecule apparently involved in "
                               "keratinocyte cell-cell adhesion")
    # GNormPlus training text (PMID 2674130): the botulinum toxin's C3, not complement C3
    assert "C3" not in _genes("rac1 and rac2 are substrates for ADP-ribosylation by the C3 "
                              "component of botulinum toxin.")
    assert _genes("cells treated with C3 exoenzyme") == {}
    assert _genes("the C3 component of complement") == {"C3": "C3"}
    # the names alone stay genes
    assert _genes("GRAIL is an E3 ligase") == {"GRAIL": "RNF128"}


def test_an_abbreviation_before_the_people_it_concerns_is_no_alias():
    # GNormPlus training text (PMIDs 19953639, 16047583): ARO (autosomal recessive
    # osteopetrosis) and IVF are aliases of CYP19A1 and SCN5A only
    assert _genes("the appropriateness of haematopoietic stem cell transplantation in "
                  "CLCN7-dependent ARO patients has to be carefully evaluated") == {
                      "CLCN7": "CLCN7"}
    assert "IVF" not in _genes("Frozen-thawed sera (30 IVF cases) were obtained 1 week "
                               "after embryo transfer.")
    # a symbol with a digit keeps its gene: "BRCA1 carriers"
    assert _genes("BRCA1 carriers were studied") == {"BRCA1": "BRCA1"}


def test_a_cell_line_first_in_a_list_of_cell_lines_is_no_alias():
    # NLM-Gene training text (PMID 25983002): PC-3 is an alias of MSMP only
    assert _genes("promoted cell apoptosis of PC-3 and DU145 cells. Mechanistically, "
                  "decreased LDHA") == {"LDHA": "LDHA"}
    assert _genes("IL-6 and TNF, cells") == {"IL-6": "IL6", "TNF": "TNF"}


def test_abc_transporters_are_no_one_gene():
    # PMC6390333__12934_2019_1090_Fig1_HTML, PMC3299327__IJMB2012-528521.002 and
    # PMC2824707__1471-230X-10-9-1 (cut): ABC is ABCB6's NCBI synonym and "ATP-binding
    # cassette transporter" ABCA4's designation; both name the whole class
    text = ("AA: anthranilic acid; ABC: ATP-binding cassette transporter; the membrane "
            "transporter system ABC and MFS efflux pumps extrude antifungal drugs")
    assert not _genes(text)
    # a glossary long form ending in "pump" still names a protein: MRP4 stays ABCC4
    assert "ABCC4" in _genes("miRNA = microRNA, MRP4 = multi-drug resistance related "
                             "polypeptide 4 - example of an ABC export pump, 15-PGDH = "
                             "15-prostaglandin dehydrogenase").values()


def test_abbreviations_of_other_things_that_are_gene_aliases():
    # PFOCR PMC6103934__12298_2018_568_Fig3_HTML, PMC6611380__fped-07-00244-g0002,
    # PMC3395148__MBI2012-682850.001, PMC6037897__fpls-09-00915-g001 and
    # PMC6117983__12933_2018_763_Fig4_HTML (cut)
    text = ("Fru-6-P, fructose 6-phosphate; NOD1 directly interacts with MAMPs such as LPS; "
            "processed into the surface glycoprotein gp120; regulators such as HSFs, MBF1c, "
            "and Rboh; NO nitric oxide, AGE advanced glycation end products, RAGE AGE receptors; "
            "The life cycle of SARS-CoV and MERS-CoV in host cells")  # PMC6357155 (cut)
    genes = _genes(text)
    assert not {"Fru", "MAMPs", "gp120", "HSFs", "AGE", "SARS"} & set(genes)
    assert genes.get("NOD1") == "NOD1" and genes.get("RAGE") == "AGER"


def test_a_virus_protein_is_no_human_gene():
    # GNormPlus training text (PMIDs 7824954, 10942389)
    genes = _genes(
        "with multiple activators--including Sp1, YY1, USF, CTF, adenoviral E1A, and human "
        "immunodeficiency virus-type 1 Tat. HIV-1 gp120- and gp160-induced apoptosis in "
        "cultured endothelial cells")
    assert "E1A" not in genes and "gp120" not in genes
    assert genes["Sp1"] == "SP1" and genes["YY1"] == "YY1"
    # an approved symbol after a virus's name stays the gene: the virus's co-receptor
    assert "CCR5" in {m.text for m in figcap.annotate("HIV CCR5 co-receptor usage")}


def test_a_word_opened_by_a_greek_letter_is_no_alias_of_its_rest():
    # PFOCR captions (PMC4340222, PMC5906456 and others with "α-SMA")
    genes = _genes(
        "pyruvate is converted to \u03b1-acetolactate by \u03b1-ALS (BudB) and further to acetoin "
        "by \u03b1-ALD (BudA). Expression of \u03b1-SMA and collagen I. FAK-PI3K signaling "
        "pathway in a TGF-\u03b2-T\u03b2RI-independent manner; \u03b3-H2AX foci")
    assert "ALD" not in genes and "SMA" not in genes
    assert genes["T\u03b2RI"] == "TGFBR1" and genes["H2AX"] == "H2AX"


def test_developmental_stages_are_no_genes():
    # NLM-Gene training text (PMIDs 28369421, 24623966); PFOCR caption (PMC2897145)
    import figcap

    text = ("littermates by repeated transcranial optical imaging from P27 until P32. No "
            "difference between wild-type and mutant mice was present at P25-P26 whereas "
            "defective responses appeared from P28. The previously imaged mice were also "
            "analyzed at P60-80 using VEPs. Protein levels from the RA-raised pups at postnatal "
            "day 0 (P0), P14, and P18 was determined. From ~E12.5 through E14, Gdf7+ progenitors")
    genes = {m.text for m in figcap.annotate(text) if m.type == "gene"}
    assert genes == {"Gdf7"}
    # outside a text about development, and for two genes in a list, they stay genes
    assert {m.label for m in figcap.annotate(
        "inhibitors P21 and P27 and the subsequent inhibition") if m.type == "gene"} >= {"CDKN1B"}


def test_letters_glued_to_a_number_are_another_gene_than_their_alias():
    import figcap

    # PFOCR PMC2841835 (C. elegans insulin signalling): DAF-16 and SKN-1 are worm genes, not
    # CD55 (old symbol DAF) or HHAT (alias SKN); a symbol with a digit of its own stays
    text = "insulin signalling regulates DAF-16/FOXO and SKN-1. MSK1-2 and IL-6"
    genes = {m.text: m.label for m in figcap.annotate(text) if m.type == "gene"}
    assert "DAF" not in genes and "SKN" not in genes
    assert genes["IL-6"] == "IL6" and genes["MSK1"] == "RPS6KA5"


def test_a_name_ending_in_a_participle_before_a_noun_is_an_adjective():
    # PMC2743626__zmk0180991870006, PMC4255590__gr1, PMC139432__bcr42-1 (cut)
    for text in ("Model for hypoxia-induced signaling. During normoxia (white area)",
                 "The pathway requires the Che-like Frz proteins, and the Ras-like GTPase Mgl",
                 "to a loss of transforming growth factor (TGF)β-induced growth inhibition."):
        labels = {m.label for m in figcap.annotate(text) if m.type == "gene"}
        assert not labels & {"SESN2", "RANP1", "TGFBI"}, text
    # a name before a bracket stays (PMC3919531__nihms534142f1, cut)
    found = {m.text: m.label for m in figcap.annotate(
        "Ataxia telangiectasia mutated (ATM) kinase-mediated phosphorylation")}
    assert found.get("Ataxia telangiectasia mutated") == "ATM"


def test_a_greek_letter_joined_to_a_family_picks_the_member_whose_symbol_ends_in_it():
    # PMC4298783__ijc0134-0575-f4, PMC6013421__41388_2018_221_Fig7_HTML,
    # PMC3728089__pone.0070338.g005 (cut)
    for text, label in (
            ("probed for phospho-MK2 (p-MK2) with β-actin as a loading control.", "ACTB"),
            ("tmTNF-α promotes GST-π expression via ERK pathway", "GSTP1"),
            ("the cholinergic anti-inflammatory pathway mediated by ACh and α7 nAChR during",
             "CHRNA7")):
        assert label in {m.label for m in figcap.annotate(text, ["Homo sapiens"])}, text
    # GNormPlus PMID 10189359: "delta-CaMKII" is CAMK2D
    assert "CAMK2D" in {m.label for m in figcap.annotate(
        "Our data characterize for the first time the delta-CaMKII isoform expression pattern "
        "in human hearts")}
    # several members end in the letter, or a chain word follows: the family stays
    # (GNormPlus PMID 19779499)
    found = {m.label for m in figcap.annotate(
        "CACNA1S, which encodes the skeletal muscle calcium channel alpha-subunit")}
    assert "CACNA1A" not in found
