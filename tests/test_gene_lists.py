"""Elliptic lists of symbols (figcap.ner.gene_lists.isoform_lists)."""

from __future__ import annotations

import figcap


def test_elliptic_item_replaces_a_hyphen_led_symbol():
    # GNormPlus training text (PMID 8663203): "-T2" is GalNAc-T2, not the symbol T2
    got = [(m.text, m.label) for m in figcap.annotate("GalNAc-T1 and -T2") if m.type == "gene"]
    assert got == [("GalNAc-T1", "GALNT1"), ("T2", "GALNT2")]


def test_isoforms_listed_after_a_plural_name():
    # GNormPlus training text (PMID 9539796)
    mentions = [(m.text, m.label) for m in figcap.annotate(
        "In mammals, distinct genes for synapsins I and II have been identified. The "
        "similarities among synapsins I, II, and III in domain organization") if m.type == "gene"]
    assert [label for _t, label in mentions] == ["SYN1", "SYN2", "SYN1", "SYN2", "SYN3"]
    # one numeral after a plural is no list
    assert not [m for m in figcap.annotate("synapsins I were") if m.type == "gene"]
    # a list that ends in a list word at the end of the text
    assert [m.label for m in figcap.annotate("synapsins I and II and") if m.type == "gene"] == [
        "SYN1", "SYN2"]


def test_symbol_and_spaced_greek_letter_with_a_species_letter():
    # GNormPlus training text (PMIDs 1655529, 7499366)
    genes = {m.text: m.label for m in figcap.annotate(
        "we have cloned the human homologue, hRPTP mu. The human RPTP mu gene is localized. "
        "Comparison of hKv beta 1.3 with the previously cloned hKv beta 3 and rKv beta 1 "
        "proteins") if m.type == "gene"}
    assert genes == {"hRPTP mu": "PTPRM", "RPTP mu": "PTPRM", "hKv beta 3": "KCNAB3",
                     "rKv beta 1": "KCNAB1"}


def test_a_capitalised_word_beside_protein_is_a_symbol():
    # GNormPlus training text (PMID 9624006); NLM-Gene (PMID 28359799)
    genes = {m.text: m.label for m in figcap.annotate(
        "their ability to compete with Myc for the protein Max and for consensus DNA binding "
        "sites") if m.type == "gene"}
    assert genes == {"Myc": "MYC", "Max": "MAX"}
    assert {m.text for m in figcap.annotate("paxillin first enhances Mos protein translation")
            if m.type == "gene"} >= {"Mos"}
    # a word alone, or opening a sentence, stays a word
    assert not [m for m in figcap.annotate("Max protein binds. The value was at its Max.")
                if m.type == "gene"]


def test_greek_letter_and_letter_number_parts_after_a_slash():
    # PFOCR captions (PMC5987004, PMC4661210, PMC4017002); NLM-Gene (PMID 23359500)
    genes = [(m.text, m.label) for m in figcap.annotate(
        "the EEDL mainly blocked the phosphorylation of IKK\u03b1/\u03b2, I\u03baB\u03b1 and NF-\u03baB p65. The "
        "kinase functions of p38\u03b1/\u03b2 entail a similar effect. PPAR\u03b2/\u03b4-dependent senescence. "
        "increases in IL-8, IL-1alpha/beta, IL-1F5, S100A7/A8/A9, DEFB4") if m.type == "gene"]
    for pair in [("IKK\u03b1", "CHUK"), ("\u03b2", "IKBKB"), ("p38\u03b1", "MAPK14"), ("\u03b2", "MAPK11"),
                 ("PPAR\u03b2", "PPARD"), ("IL-1alpha", "IL1A"), ("beta", "IL1B"),
                 ("S100A7", "S100A7"), ("A8", "S100A8"), ("A9", "S100A9")]:
        assert pair in genes, pair
    # a Greek letter after a slash is no part of a list without a symbol before it
    assert not [m for m in figcap.annotate("the \u03b1/\u03b2 ratio") if m.type == "gene"]


def test_an_ampersand_joins_list_items():
    # NLM-Gene training text (PMID 28270211)
    genes = [(m.text, m.label) for m in figcap.annotate(
        "The constitutively activated STAT3 and NFkB, and expression of gp130, Notch-1 & -2, "
        "and EGFR proteins were suppressed") if m.type == "gene"]
    assert ("Notch-1", "NOTCH1") in genes and ("2", "NOTCH2") in genes


def test_roman_numeral_parts_after_a_slash():
    # NLM-Gene training text (PMID 19306381)
    genes = [m.label for m in figcap.annotate(
        "phosphorylation of MEK 1/2, SAPK/JNK, PI-3 kinase, Src family kinases and ROCK-I/II. "
        "In contrast, NRG-1 alpha had no effect") if m.type == "gene"]
    assert "ROCK2" in genes
    # a numeral that is no part of a slash list stays alone
    assert not [m for m in figcap.annotate("class I/II") if m.type == "gene"]


def test_members_numbered_after_a_plural_name():
    # PFOCR captions (PMC6164894, PMC6007953); NLM-Gene training text (PMID 23752226)
    genes = [(m.text, m.label) for m in figcap.annotate(
        "ALK5 subunits then phosphorylate the receptor-activated Smad proteins Smads 2 and 3. "
        "XIAP is an inhibitor of caspases 3, 7, and 9, which allows it to. Expression of VIM, "
        "FN1, and the Claudins 1, 4, and 7.") if m.type == "gene"]
    for pair in [("Smads 2", "SMAD2"), ("3", "SMAD3"), ("caspases 3", "CASP3"), ("7", "CASP7"),
                 ("9", "CASP9"), ("Claudins 1", "CLDN1"), ("4", "CLDN4"), ("7", "CLDN7")]:
        assert pair in genes, pair
    # a generic plural with numbers names no genes
    assert not [m for m in figcap.annotate("the proteins 5 and 6 and kinases 1 and 2 bind")
                if m.type == "gene"]


def test_bare_numbers_listed_after_a_symbol_ending_in_one():
    # PMC6011061__OMCL2018-5438179.001 (cut)
    text = ("including DNMT1 and 3a, as well as HDAC1, 4, 5, and 7. Significant inhibition of "
            "DNMT1, DNMT3a/b, and HDAC1, 2, 3, and 4 has also been shown")
    labels = {m.label for m in figcap.annotate(text, ["Homo sapiens"])}
    assert {"HDAC1", "HDAC2", "HDAC3", "HDAC4", "HDAC5", "HDAC7"} <= labels
    # PMC6120815__nihms966711f1 (cut): after "and", before a word
    text = "Neurons have TLR3 and 7 responses in the context of alcohol use disorders"
    assert "TLR7" in {m.label for m in figcap.annotate(text, ["Homo sapiens"])}
    # PMC2494844__zh70100832360002 (cut): a count after a comma is no item
    text = ("Suppressors of cytokine signaling (SOCS)2 and SOCS3, 2 negative regulators of the "
            "JAK/STAT pathway")
    assert not any(m.text == "2" for m in figcap.annotate(text, ["Homo sapiens"]))
