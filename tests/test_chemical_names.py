"""Chemical names on real text (sentences of BC5CDR abstracts, /work/shared/data/benchmarks)."""

from __future__ import annotations

import figcap


def _chemicals(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.identifiers[0]) for m in figcap.annotate(text) if m.type == "chemical"]


def test_heading_beats_a_derived_singular_of_another_heading():
    # "Cyclosporine" is MeSH's heading D016572; "Cyclosporines" is an entry of the class
    # Cyclosporins, whose singular figcap derives: the heading wins, the class keeps its plural
    text = ("Cyclosporine-induced hypertension after transplantation. "
            "Treatment with cyclosporin was stopped; other cyclosporins were not tried.")
    assert _chemicals(text) == [("Cyclosporine", "MESH:D016572"), ("cyclosporin", "MESH:D016572"),
                                ("cyclosporins", "MESH:D003524")]


def test_salt_named_with_its_counterion_is_the_drug():
    text = ("Chronic active hepatitis associated with diclofenac sodium therapy. Dogs were "
            "studied during sodium nitroprusside infusion. Streptomycin sulfate (300 mg/kg "
            "s.c.) was injected. Infusions of calcium chloride raised serum calcium.")
    found = _chemicals(text)
    assert ("diclofenac sodium", "MESH:D004008") in found
    assert ("sodium nitroprusside", "MESH:D009599") in found
    assert ("Streptomycin sulfate", "MESH:D013307") in found
    # a salt MeSH names keeps its own heading; no bare "sodium" or "sulfate" is left
    assert ("calcium chloride", "MESH:D002122") in found
    assert not {t for t, _ in found} & {"sodium", "sulfate"}


def test_ion_that_a_drug_class_modifies_is_no_salt():
    text = ("suggest that it is not associated with side effects characteristic of this "
            "comparator class, dihydropyridine calcium antagonists.")
    assert ("calcium", "MESH:D002118") in _chemicals(text)


def test_role_words_are_no_chemicals():
    text = ("Oxidative stress and antioxidant enzymes: the antioxidant vitamin E binds the "
            "antioxidant response element; the prodrug is converted.")
    assert _chemicals(text) == [("vitamin E", "MESH:D014810")]


def test_blood_urea_nitrogen_is_one_chemical():
    # needs the chemicals lexicon built with the curated headings outside tree D
    text = ("Main variables of renal function [serum creatinine, blood urea nitrogen (BUN) and "
            "electrolytes] were evaluated; serum urea nitrogen rose.")
    found = _chemicals(text)
    assert ("blood urea nitrogen", "MESH:D001806") in found
    assert ("BUN", "MESH:D001806") in found
    assert ("urea nitrogen", "MESH:D001806") in found
    assert not {t for t, _ in found} & {"urea", "nitrogen"}


def test_plural_heading_as_written_beats_its_singular():
    text = ("Neuroleptic drugs such as phenothiazines were given; the use of amphetamines rose.")
    found = _chemicals(text)
    assert ("phenothiazines", "MESH:D010640") in found  # the class, not compound C031637
    assert ("amphetamines", "MESH:D000662") in found  # Amphetamines, not Amphetamine


def test_dosage_forms_and_markers_are_no_chemicals():
    text = ("Hydrocortisone ointment was applied; biological markers of mitochondrial DNA "
            "(mtDNA) damage were measured.")
    assert _chemicals(text) == [("Hydrocortisone", "MESH:D006854")]


def test_salt_of_a_two_word_name_and_before_a_hyphen():
    text = ("Unfractionated heparin sodium (UFH) or low-molecular weight heparin was given. "
            "Pulse pressure variation is greater during hemorrhage than during sodium "
            "nitroprusside-induced hypotension.")
    found = _chemicals(text)
    assert ("Unfractionated heparin sodium", "MESH:D006493") in found
    assert ("sodium nitroprusside", "MESH:D009599") in found
    assert "sodium" not in {t for t, _ in found}


def test_superoxide_radical_is_a_chemical_not_a_gene_synonym():
    # PFOCR captions (PMC2709429 and others): "O2" is also an NCBI synonym of IGKV1D-39
    text = ("the production of O2•− through the NADPH oxidase pathway (NOX). superoxide "
            "(O2·−)/H2O2 production")
    mentions = figcap.annotate(text)
    assert not any(m.type == "gene" for m in mentions)
    assert [m.identifiers[0] for m in mentions if m.text in ("O2•", "O2·")] \
        == ["MESH:D013481", "MESH:D013481"]


def test_short_supplementary_names_match_by_key_only_across_hyphens():
    # PFOCR PMC2147077, PMC2861463, PMC2899919: MeSH supplementary names "Co(Py)", "RNA I"
    # and the ganglioside "GA(1)" share the keys of "copy", "RNAi" and the gibberellin "GA1"
    text = ("the gene copy number is reported in brackets. Effects of ADT1 RNAi Suppression. "
            "GA1 and GA4 are the bioactive GAs")
    assert not [m for m in figcap.annotate(text) if m.text in ("copy", "RNAi", "GA1")]
    # a hyphen is still only spelling: "2-APB" is MeSH's 2APB
    assert _chemicals("treated with 2-APB") == [("2-APB", "MESH:C109986")]


def test_a_short_form_defined_as_something_else_is_no_supplementary_compound():
    # PFOCR PMC5069789 and PMC4758546: DEP and CPC are MeSH supplementary synonyms of a
    # pyrrolidine and a dinucleotide; the captions define them as particles and cells
    text = ("present in diesel exhaust particles (DEPs) via the aryl hydrocarbon receptor. "
            "DEPs. Circulating progenitors cells (CPCs) are more undifferentiated.")
    assert _chemicals(text) == []
    # a long form sharing a part of the compound's name keeps it (PFOCR PMC3875828)
    assert _chemicals("Pre, prephenate; THDPA, tetrahydrodipicolinate.")[-1] \
        == ("THDPA", "MESH:C048697")


def test_legend_colours_and_symbols_are_no_chemicals():
    # PFOCR PMC1172066 and PMC1297683: MeSH lists "light green" (Methyl Green) and
    # "diamonds" (Diamond); in a legend they are a colour and a symbol
    text = ("the regulation of Dlx5/6 in the dorsal otocyst (light green). Proteins shown by "
            "yellow diamonds; magenta arrows. DSBs")
    assert _chemicals(text) == []


def _readings(text: str, word: str) -> list[tuple[str, str]]:
    """(type, the MeSH id of a chemical or the Entrez id of a gene) of each ``word``."""
    return [(m.type, m.identifiers[-1] if m.type == "gene" else m.identifiers[0])
            for m in figcap.annotate(text) if m.text == word]


def test_a_gene_symbol_listed_with_chemicals_is_the_chemical():
    # PMC2254931 and PMC2754923: IPP, isopentenyl diphosphate, beside DMAPP; the gene IPP
    # keeps the word where nothing says otherwise (PMC2065853)
    ipp = ("MESH:C004809",)
    for text in ("This pathway includes the MEP pathway for synthesis of IPP and DMAPP and "
                 "also provides myrcene and humulene, the main terpenoids in hop lupulin glands.",
                 "Overall sketch of the two IPP/DMAPP producing pathways and their "
                 "intracellular localization in plants."):
        assert [r[1:] for r in _readings(text, "IPP")] == [ipp], text
    assert _readings("isotopically labeled IPP in salvinorin A", "IPP")[0][0] == "gene"


def test_s1p_is_the_lipid_unless_the_caption_pairs_it_with_the_protease():
    # PMC5985508: the lipid mediator, not MBTPS1 through its alias
    assert _readings("Schematic of S1P signaling. S1P is a blood-borne lipid mediator.",
                     "S1P") == [("chemical", "MESH:C060506")] * 2
    # PMC3531707: beside its numbered sibling, the site-2 protease; PMC3252376: beside its
    # other name SKI-1
    for text in ("In the Golgi apparatus, these proteins are subject to cleavage twice, first "
                 "by the lumenal S1P and then the intra-membrane S2P.",
                 "SKI-1/S1P inhibition blocks expression of the putative HCV receptor, LDLR."):
        assert _readings(text, "S1P") == [("gene", "NCBIGene:8720")], text


def test_phosphates_on_numbered_positions_written_bis_and_tris():
    # PFOCR captions write "4,5-bisphosphate" where MeSH heads "4,5-Diphosphate": the whole
    # name is the heading, not "phosphatidylinositol" alone
    text = ("inositol 1,4,5-trisphosphate (IP3) and diacylglycerol (DAG) from "
            "phosphatidylinositol 4,5-bisphosphate (PIP2)")
    found = _chemicals(text)
    assert ("phosphatidylinositol 4,5-bisphosphate", "MESH:D019269") in found
    assert ("inositol 1,4,5-trisphosphate", "MESH:D015544") in found
    assert "phosphatidylinositol" not in {t for t, _ in found}


def test_the_mep_pathways_first_intermediate_is_read_whole():
    # PFOCR isoprenoid captions (PMC2710562 and others): MeSH lists only "deoxyxylulose
    # phosphate", so the name was read as "xylulose 5-phosphate", another compound
    found = _chemicals("1-deoxy-D-xylulose 5-phosphate synthase (DXS) and 1-deoxy-D-xylulose "
                       "5-phosphate reductoisomerase (DXR)")
    assert found.count(("1-deoxy-D-xylulose 5-phosphate", "MESH:C492551")) == 2
    assert "xylulose 5-phosphate" not in {t for t, _ in found}
    # the next intermediates, MeSH's 4-diphosphocytidyl-2-C-methylerythritol (2-phosphate),
    # were read as cytidine, CDP and erythritol
    found = _chemicals("4-(cytidine 5′-diphospho)-2-C-methyl-D-erythritol (CDP-ME) and CDP-MEP")
    assert [i for _, i in found] == ["MESH:C400182", "MESH:C400182", "MESH:C406803"]


def test_nucleotide_sugars_by_their_short_names():
    # PFOCR glycosylation and lipid captions: UDP-GalNAc was GBGT1's alias, UDP-GlcNAc and
    # CDP-DAG only "UDP" and "CDP"
    assert _chemicals("UDP-GalNAc and UDP-GlcNAc; CDP-DAG") == [
        ("UDP-GalNAc", "MESH:D014536"), ("UDP-GlcNAc", "MESH:D014537"),
        ("CDP-DAG", "MESH:D003567")]
