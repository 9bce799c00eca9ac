"""A gene's synonym written beside its symbol (figcap.ner.gene_pairs.paired_synonyms)."""

from __future__ import annotations

import figcap


def _genes(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in figcap.annotate(text) if m.type == "gene"]


def test_synonym_in_brackets_after_its_symbol():
    # NLM-Gene training text (PMID 18507837): "p18" alone is also TPPP2's alias, "p19"
    # several genes'
    genes = _genes("CDKN1B [p27, Kip1], CDKN2A [p16], CDKN2B [p15], CDKN2C [p18], and "
                   "CDKN2D [p19]) and survival among women")
    assert ("p18", "CDKN2C") in genes and ("p19", "CDKN2D") in genes
    # the symbol in brackets after its synonym
    assert ("p130", "RBL2") in _genes("the pocket protein p130 (RBL2) binds E2F4")


def test_synonym_across_a_slash_and_after_also_known_as():
    # NLM-Gene training text (PMIDs 24142921, 26782292)
    assert ("PBP", "MED1") in _genes("and Ash1l, Med1/PBP, and Kdm5b/Jarid1b/Plu1 (chromatin "
                                     "remodeling)")
    assert ("IMP3", "IGF2BP3") in _genes(
        "Insulin-like growth factor 2 mRNA-binding protein-3 (IGF2BP3, also known as IMP3) is "
        "thought of as a bona fide oncofetal protein")


def test_an_approved_symbol_or_a_list_part_stays_itself():
    # "MAPK1/3" (NLM-Gene, PMID 19710510): "3" is MAPK3, "MAPK1" MAPK1's own symbol
    genes = _genes("is mediated by MAPK8/9 and MAPK1/3, and both are critical")
    assert ("MAPK1", "MAPK1") in genes and ("3", "MAPK3") in genes
    # PFOCR-style pair of two approved symbols
    assert ("TCF4", "TCF4") in _genes("TCF4 (TCF7L2) binds")
