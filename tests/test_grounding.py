"""Grounding and normalisation without spaCy, on the packaged lexicons."""

from __future__ import annotations

import subprocess
import sys

import pytest

from figcap.grounding import Grounder, organism_taxa
from figcap.normalize import fold, is_all_caps, match_key, replace_greek, strip_plural


@pytest.fixture(scope="module")
def grounder() -> Grounder:
    return Grounder()


@pytest.mark.parametrize(
    "a, b",
    [
        ("TGF-β", "TGF beta"),
        ("TGF-β", "TGFbeta"),
        ("γ-aminobutyric acid", "gamma-Aminobutyric Acid"),
        ("(S)-ketamine", "S-Ketamine"),
        ("IL\u20131", "IL-1"),
        ("Caf\u00e9", "cafe"),
        ("\u00b5-opioid", "mu opioid"),
    ],
)
def test_match_key_equal(a, b):
    assert match_key(a) == match_key(b)


def test_normalise_functions():
    assert replace_greek("α-β") == "alpha-beta"
    assert fold("Ｔｈｅ ﬁsh") == "The fish"  # NFKC: full width letters, ligature
    assert match_key("Ca2+") == "ca2+" and match_key("Ca2") != match_key("Ca2+")
    assert strip_plural("channels") == "channel" and strip_plural("kinases") == "kinase"
    assert strip_plural("class") is None and strip_plural("bodies") == "body"
    assert is_all_caps("MOR") and not is_all_caps("mTORC1") and not is_all_caps("12")


def ground(grounder, text, taxa=frozenset(), **kw):
    return grounder.ground_text(text, taxa, **kw)


def test_exact_then_normalised(grounder):
    c = ground(grounder, "OPRM1")
    assert (c.id, c.method, c.score) == ("HGNC:8156", "exact", 1.0)
    c = ground(grounder, "Oprm1")  # written as the mouse symbol: linked to the human gene
    assert (c.id, c.kind, c.organism) == ("HGNC:8156", "mgi_symbol", "10090")
    c = ground(grounder, "OPrM1")
    assert c.id == "HGNC:8156" and c.quality == 1
    c = ground(grounder, "TGF beta1")
    assert c is not None and c.quality == 2 and c.method == "normalised"


def test_case_and_word_rules(grounder):
    for word in ("was", "can", "set", "Fog", "Mast", "FOR", "CELL", "D1"):
        c = ground(grounder, word)
        assert c is None or c.type not in ("gene", "family"), (word, c)
    assert ground(grounder, "transcription factor") is None  # generic, no gene
    assert ground(grounder, "a 2") is None  # a letter and a number
    for phrase in ("in T", "As a", "an 11"):  # phrases of function words
        c = ground(grounder, phrase)
        assert c is None or c.type != "gene", phrase
    assert ground(grounder, "drugs") is None  # generic, no chemical


def test_ranking_and_types(grounder):
    assert ground(grounder, "dopamine").id == "MESH:D004298"
    assert ground(grounder, "ERK").id == "FPLX:ERK"  # family beats the MAPK1 alias
    assert ground(grounder, "prolactin").type == "gene"  # approved name beats MeSH
    assert ground(grounder, "Akt1", organism_taxa(["Mus musculus"])).organism == "10090"
    ids, members = grounder.identifiers(ground(grounder, "Akt"))
    assert ids == ("FPLX:AKT",) and "NCBIGene:207" in members


def test_ambiguous_abbreviation_policy(grounder):
    # NTS needs a definition in the text; defined, it may ground as a brain region.
    assert ground(grounder, "NTS", types=frozenset({"brain_region"})) is None
    defined = ground(grounder, "NTS", types=frozenset({"brain_region"}), defined=True)
    assert defined is not None and defined.type == "brain_region"


def test_fuzzy_fallback_has_a_cutoff(grounder):
    pool = grounder.index.lookup(match_key("mammalian target of rapamycin complex 1"))
    hit = grounder.fuzzy("mammalian target of rapamycin complexes 1", pool)
    assert hit is not None and hit[0].id == "FPLX:mTORC1" and 0.9 <= hit[1] < 1.0
    assert grounder.fuzzy("an unrelated phrase entirely", pool) is None


def test_grounding_and_evaluation_do_not_import_spacy():
    code = (
        "import sys, figcap.grounding, figcap.evaluation.prf, figcap.lexicons, figcap.records;"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_approved_symbol_before_famplex_name(grounder):
    assert ground(grounder, "Fos").id == "HGNC:3796"  # FOS, as PFOCR orders them
    assert ground(grounder, "Akt").id == "FPLX:AKT"  # no gene is approved as "AKT"


def test_names_keep_word_breaks_case_and_specificity():
    from figcap.grounding import Grounder

    g = Grounder()
    # GNormPlus false positives: normalised keys that move a word break or a letter's case
    assert g.ground_text("proteins on") is None  # not "protein SON"
    assert g.ground_text("protein(s)") is None  # not "protein S"
    assert g.ground_text("protein S").label == "PROS1"
    # NCBI designations made of everyday words name no gene
    assert g.ground_text("neuronal migration") is None
    assert g.ground_text("tumor antigen") is None
    # words joined or split still match
    assert g.ground_text("Bcl-2 associated X protein").label == "BAX"
    assert g.ground_text("3-hydroxy-3-methyl-glutaryl coenzyme A reductase").label == "HMGCR"
    # a long word NCBI lists in capitals is a name
    assert g.ground_text("dynamitin").label == "DCTN2"


def test_jun_is_a_gene_in_title_case():
    import figcap

    # GNormPlus training text; "jun" is on the frequent-English-word list (the month)
    genes = {m.text: m.label for m in figcap.annotate("Fos and Jun form the AP-1 complex")}
    assert genes["Jun"] == "JUN" and genes["Fos"] == "FOS"
    assert "She" not in {m.text for m in figcap.annotate("She showed that WAS binds")}
    # NLM-Gene training text: "shh" is on that list too, "Shh" is Sonic hedgehog
    genes = {m.text: m.label for m in figcap.annotate(
        "urs mesenchyme proliferation, which is induced by endoderm-derived Sonic Hedgehog "
        "(Shh). The Shh(CreERT2/+) mutants")}
    assert genes["Shh"] == "SHH"


def test_a_greek_letter_after_an_enzyme_names_one_gene():
    from figcap.grounding import Grounder

    g = Grounder()
    assert g.ground_text("DNA polymerase beta").label == "POLB"  # GNormPlus training text
    assert g.ground_text("beta subunit") is None


def test_short_famplex_grounding_map_texts_match_as_written():
    import figcap

    # FamPlex maps "Mhc" (myosin heavy chain); "MHC class II" is no myosin
    assert "FPLX:MYH" not in {i for m in figcap.annotate("MHC class II") for i in m.identifiers}
    labels = {m.text: m.label for m in figcap.annotate("Erk, ERK, Jnk and NF-kB")}
    assert labels == {"Erk": "ERK", "ERK": "ERK", "Jnk": "JNK", "NF-kB": "NFkappaB"}
    # a hyphen may come or go: FamPlex's "COX-2" is also "COX2" (PTGS2)
    assert [m.label for m in figcap.annotate("COX2 inhibitors")] == ["PTGS2"]
    # "MHC" is a class of molecules, not HLA-C (an NCBI synonym)
    assert figcap.annotate("MHC molecules present antigens") == []


def test_roman_numeral_names():
    assert {m.text: m.label for m in __import__("figcap").annotate(
        "DNA ligase III and desmoglein I")} == {"DNA ligase III": "LIG3", "desmoglein I": "DSG1"}


def test_an_alias_written_as_is_wins_over_its_normalised_namesakes():
    import figcap

    # PFOCR PMC4101967: "IPS-1" is MAVS's HGNC alias; "IPS1" is PPIP5K1's, "IPS 1" an NCBI
    # synonym of ISYNA1
    mentions = figcap.annotate("PRRSV nsp1beta inhibits nuclear translocation via degrading IPS-1 mRNA.")
    assert [m.label for m in mentions if m.text == "IPS-1"] == ["MAVS"]


def test_a_title_case_word_is_no_human_alias_in_capitals(grounder):
    # PMC3267732 (shared PFOCR records): "Rnf, electron transport complex" is a bacterial
    # complex, not TRIM31 (alias RNF); "Hpo" (Hippo) is not GFER (NCBI synonym HPO)
    for word in ("Rnf", "Hpo", "ESCs"):
        c = ground(grounder, word)
        assert c is None or c.type != "gene", (word, c)
    # in capitals, or in a symbol's mixed case (PMC6232796: "SREBP and ChREBP"), they stay
    assert ground(grounder, "HPO").label == "GFER"
    assert ground(grounder, "ChREBP").label == "MLXIPL"


def test_chemical_abbreviations_captions_use():
    import figcap

    # abbreviations frequent in PFOCR captions (ROS in 81, NADH in 46, GSH in 36) that
    # MeSH 2024 does not list: curated/chemical_synonyms.tsv
    text = ("ROS generation depletes GSH and NADH; PLC cleaves PIP2 into IP3 and DAG, "
            "while PI3K makes PIP3; CO2 is fixed. ROS1 is a kinase.")
    found = {m.text: (m.type, m.identifiers[0]) for m in figcap.annotate(text)}
    assert found["ROS"] == ("chemical", "MESH:D017382")
    assert found["GSH"] == ("chemical", "MESH:D005978")
    assert found["NADH"] == ("chemical", "MESH:D009243")
    assert found["IP3"] == ("chemical", "MESH:D015544")
    assert found["PIP3"] == ("chemical", "MESH:C060974")  # a supplementary concept
    assert found["CO2"] == ("chemical", "MESH:D002245")
    assert found["ROS1"][0] == "gene"


def test_viral_nonstructural_proteins_are_no_human_genes():
    import figcap

    # PMC6021456 (shared PFOCR records); NCBI lists NS1 as a synonym of PTPN11 (Noonan
    # syndrome 1)
    found = {m.text: m.label for m in figcap.annotate(
        "The viral protein NS1 interacts with NXF1 and inhibits cellular mRNA export")}
    assert found == {"NXF1": "NXF1"}


def test_a_protein_name_left_on_a_pseudogene_is_no_gene(grounder):
    # NCBI lists "Acetolactate synthase" (a bacterial and plant enzyme) as a designation of
    # the pseudogene OR10B1P; 15 PFOCR captions read it as that gene
    c = ground(grounder, "acetolactate synthase")
    assert c is None or c.type != "gene", c
    # a pseudogene's own name stays: "... pseudogene" designations are kept
    assert ground(grounder, "OR10B1P").label == "OR10B1P"


def test_mixed_case_synonym_as_written_picks_its_gene(grounder):
    # "BiP" is HSPA5's synonym as written; "BIP" in capitals is also an alias of others
    assert grounder.ground_text("BiP").label == "HSPA5"
    assert grounder.ground_text("BIP") is None


def test_everyday_designation_that_mesh_heads_as_a_peptide_is_the_gene(grounder):
    # MeSH's peptide headings "Stem Cell Factor" and "Thromboplastin" (entry "tissue
    # factor") confirm these designations as protein names; "tumor antigen" has none
    assert grounder.ground_text("stem cell factor").label == "KITLG"
    assert grounder.ground_text("tissue factor").label == "F3"
    choice = grounder.ground_text("tumor antigen")
    assert choice is None or choice.type != "gene"


def test_alias_two_sources_agree_on_beats_another_genes_old_symbol(grounder):
    # IL1RA was IL1R1's symbol; HGNC and NCBI both list IL-1ra for IL1RN now
    assert grounder.ground_text("IL-1ra").label == "IL1RN"
    assert grounder.ground_text("IL-1Ra").label == "IL1RN"
    # an old symbol with no such rival stays: SCA1 is ATXN1
    assert grounder.ground_text("SCA1").label == "ATXN1"
    # written no closer to LY6E's alias SCA-2 than to ATXN2's old symbol SCA2
    assert grounder.ground_text("SCA 2").label == "ATXN2"


def test_a_rodent_symbol_mapped_to_several_human_genes_takes_the_one_it_names(grounder):
    # MGI gives Rap1b, Lrp5 and Mx2 to a human gene and to its retrocopy or paralogue
    # (RAP1BL, LRP5L, MX1); the human gene whose symbol it is, in any case, comes first.
    for text, symbol in (("Rap1b", "RAP1B"), ("Lrp5", "LRP5"), ("Mx2", "MX2")):
        choice = grounder.ground_text(text, organism_taxa(["Mus musculus"]))
        assert choice is not None and choice.label == symbol, (text, choice)


def test_a_title_case_word_is_no_atlas_abbreviation_with_inner_capitals():
    # "dlX" is a zebrafish atlas abbreviation (UBERON exact synonym); "Dlx genes" are genes
    import figcap

    assert not [m for m in figcap.annotate("Dlx genes are expressed in the forebrain")
                if m.text == "Dlx" and m.type == "brain_region"]
    assert [m.label for m in figcap.annotate("the forebrain")] == ["forebrain"]


def test_qualified_mesh_entry_of_a_family_is_the_member_gene(grounder):
    # GNormPlus training text (PMID 3446585): "the gene for medium-chain acyl-CoA
    # dehydrogenase"; MeSH files the name under the class heading FamPlex maps to FPLX:ACAD
    choice = grounder.ground_text("medium-chain acyl-CoA dehydrogenase")
    assert (choice.type, choice.label) == ("gene", "ACADM")
    # the class's own heading stays the family, even where one gene has it as a designation
    assert grounder.ground_text("GTP-binding protein").type == "family"
    assert grounder.ground_text("acyl-CoA dehydrogenase").type == "family"


def test_entry_term_of_a_mesh_protein_heading_naming_one_gene(grounder):
    # GNormPlus training text (PMIDs 3202857, 11854171): MeSH files "5-lipoxygenase" under
    # "Arachidonate 5-Lipoxygenase", ALOX5's approved name; "beta1 integrin" under
    # "Integrin beta1", an NCBI designation of ITGB1
    assert grounder.ground_text("5-lipoxygenase").label == "ALOX5"
    assert grounder.ground_text("15-lipoxygenase").label == "ALOX15"
    assert grounder.ground_text("beta1 integrin").label == "ITGB1"
    # a heading that names a class, or that matches a gene only by its key, names no gene
    assert grounder.ground_text("protein(s)") is None
    assert grounder.ground_text("integrins").type == "family"
    # a designation names a class unless the heading numbers a member; a plural is the class
    assert grounder.ground_text("malic dehydrogenase") is None
    assert grounder.ground_text("sphingomyelinases") is None


def test_protein_class_as_written_beats_a_symbol_matched_by_key(grounder):
    # GNormPlus training text (PMIDs 10707983, 8643544): "SNARE assembly", "SNARE complexes"
    assert grounder.ground_text("SNARE") is None
    # a MeSH heading of one protein does not stop its gene's symbol: "TIMP-2" is TIMP2
    assert grounder.ground_text("TIMP-2").label == "TIMP2"
    # an alias matched in another case loses to MeSH's protein of that name (GNormPlus PMIDs
    # 2258698, 9508771: "IgA", "IgM"), unless the heading is the alias's own gene
    assert grounder.ground_text("IgA") is None and grounder.ground_text("IgM") is None
    assert grounder.ground_text("Cx43").label == "GJA1"


def test_everyday_designation_with_a_greek_member_word_that_mesh_lists_is_the_gene(grounder):
    # "kappa opioid receptor" is NCBI's designation of OPRK1 and an entry term of MeSH's
    # "Receptors, Opioid, kappa": the Greek letter numbers the member, so it is the gene;
    # the family's own name stays the family
    assert grounder.ground_text("kappa opioid receptor").label == "OPRK1"
    choice = grounder.ground_text("opioid receptor")
    assert choice is None or choice.type != "gene"


def test_kappa_opioid_receptor_in_text_is_oprk1():
    import figcap

    # GNormPlus 8990205
    text = ("In 1992, Xie et al. identified a cDNA sequence in the expression cloning "
            "search for the kappa opioid receptor.")
    genes = {m.label for m in figcap.annotate(text) if m.type == "gene"}
    assert "OPRK1" in genes


def test_a_symbol_glued_to_the_final_period_is_judged_without_it():
    import figcap

    # GNormPlus training title (PMID 2258698): "IgA." is one token; IgA is immunoglobulin A,
    # not CD79A, whose old symbol IGA matches it only case-blind, with or without the period
    assert [m.label for m in figcap.annotate("Expression cloning of a human Fc receptor "
                                             "for IgA.") if m.type == "gene"] == []
    assert [m.label for m in figcap.annotate("ER stress releases BiP.")] == ["HSPA5"]


def test_a_numbered_symbol_in_another_case_follows_famplex_not_another_genes_alias():
    import figcap

    # NLM-Gene training text (PMIDs 20454457, 19672862, 28260077): P16, Cip1 and Hsp27 are
    # FamPlex's p16, CIP1 and HSP27 (CDKN2A, CDKN1A, HSPB1), not the aliases of H3P10,
    # SLC12A9 and HSPB2 written in another case
    genes = {m.text: m.label for m in figcap.annotate(
        "the target genes including P16, DCC, DISC1, SLIT1, CAVEOLIN1, GNA11, TBX5, were "
        "methylated. PKCalpha knockdown increased levels of the cyclin-dependent kinase (CDK) "
        "inhibitors p21(Cip1/WAF1) (p21) and Cip1. the upregulation of Hsp27 in vivo")
        if m.type == "gene"}
    assert (genes["P16"], genes["Cip1"], genes["Hsp27"]) == ("CDKN2A", "CDKN1A", "HSPB1")
    # without a digit the map's case stands: FamPlex's "Mhc" (MYH) is no reading of "MHC"
    from figcap.grounding import Grounder
    from figcap.grounding_aliases import case_mapped
    from figcap.normalize import match_key

    terms = Grounder().index.lookup(match_key("MHC"))
    assert any(t.kind == "grounding_map" and t.text == "Mhc" for t in terms)
    assert case_mapped("MHC", terms, "") is None
    terms = Grounder().index.lookup(match_key("RSK1"))  # the map's "rSK1" is KCNN1
    assert any(t.kind == "grounding_map" and t.text == "rSK1" for t in terms)
    assert Grounder().ground_text("RSK1").label == "RPS6KA1"
    assert case_mapped("Cip1", Grounder().index.lookup(match_key("Cip1")), "").label == "CDKN1A"


def test_a_capital_inside_a_common_word_makes_it_a_symbol():
    import figcap

    # GNormPlus training text (PMID 9230439): "mink" is a frequent English word, but "MinK"
    # and "minK" are no English spelling: KCNE1's synonyms
    genes = [m.label for m in figcap.annotate(
        "MinK governs ion channel activation. Association of minK with a channel protein "
        "known as KvLQT1 produces a current") if m.type == "gene"]
    assert genes[:2] == ["KCNE1", "KCNE1"]
    # a plural's "s" is no inner capital: "SARs" stay scaffold attachment regions
    assert not any(m.type == "gene" for m in figcap.annotate("nuclear matrix binding SARs"))


def test_a_variant_cut_from_a_designation_that_famplex_names_is_the_class():
    import figcap

    # GNormPlus training text (PMID 10722742): "ubiquitin-conjugating enzyme E2" is cut
    # from UBE2K's designation "ubiquitin-conjugating enzyme E2(25K)", and is FamPlex's UBE2
    mentions = figcap.annotate("requires no eukaryotic proteins other than ubiquitin-activating "
                               "enzyme (E1) and an ubiquitin-conjugating enzyme (E2).")
    assert [m.label for m in mentions if "conjugating" in m.text] == ["UBE2"]


def test_curated_alias_sense_beats_another_genes_old_symbol(grounder):
    # "TAZ" is WWTR1's alias and TAFAZZIN's previous symbol; in figures it is the Hippo
    # effector (PFOCR PMC4638384: "LATS1/2 can activate YAP/TAZ")
    assert grounder.ground_text("TAZ").label == "WWTR1"
    assert grounder.ground_text("NEP").label == "MME"
    # an NCBI synonym too: "CSL" of the Notch pathway is RBPJ, not the mouse Csl (CS)
    assert grounder.ground_text("CSL").label == "RBPJ"
    # an old symbol that no curated sense overrules still beats another gene's alias
    assert grounder.ground_text("SHMT").kind == "prev"


def test_a_long_form_still_decides_a_curated_alias_sense():
    import figcap

    # PFOCR PMC5796186: the caption itself says tafazzin
    text = "the Hippo pathway—YAP and Tafazzin (TAZ)—to stymie signaling. YAP/TAZ"
    assert {m.label for m in figcap.annotate(text) if m.text == "TAZ"} == {"TAFAZZIN"}


def test_micro_units_are_no_genes():
    import figcap

    # PFOCR PMC4321955: read as Greek, "µM" was "muM", LXN's designation MUM
    text = "with 5 mM malate, 5 mM glutamate and 4 µM rotenone; 2.5 μM antimycin A"
    assert not [m for m in figcap.annotate(text) if m.type in ("gene", "family")]


def test_a_name_ending_in_a_capital_letter_is_no_phrase_with_an_article():
    import figcap

    # PFOCR PMC3786321 and PMC2311419: "activin A" and "Cyclin A" are FamPlex entities;
    # the letter "A" is no article, so they are not short phrases of function words
    got = {m.text: (m.type, m.identifiers[0]) for m in figcap.annotate(
        "exposed to activin A or PGE2, upregulate a number of genes. "
        "Increased expression of Cyclin A suggested an increase in cell cycle progression")}
    assert got["activin A"] == ("family", "FPLX:Activin_A")
    assert got["Cyclin A"] == ("family", "FPLX:Cyclin_A")
    # the article still is one, and "protein A" stays no gene
    assert not [m for m in figcap.annotate("in a cell with protein A") if m.type == "gene"]


def test_a_plural_acronym_is_no_name_ending_in_s():
    import figcap

    # PFOCR PMC1533821 and PMC6906418: "PRRs" (pattern recognition receptors) matched MeSH's
    # PRRS (porcine reproductive and respiratory syndrome), "PTMs" the gene PTMS
    text = ("Recognition of pathogens by cytosolic PRRs. Schematic presentation of positive "
            "and negative regulators of cGAS through PTMs or non-PTMs")
    got = {m.text for m in figcap.annotate(text)}
    assert "PRRs" not in got and "PTMs" not in got and "cGAS" in got


def test_zona_is_anatomy_not_herpes_zoster():
    import figcap

    # PFOCR PMC4219921 (adrenal steroidogenesis): MeSH lists the French "Zona" for herpes zoster
    got = [(m.text, m.type) for m in figcap.annotate(
        "The zona glomerulosa contains the enzymes necessary to produce aldosterone. "
        "Herpes zoster")]
    assert ("zona", "disease") not in got and ("Herpes zoster", "disease") in got
