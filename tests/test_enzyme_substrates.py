"""A gene alias right before an enzyme word is that enzyme's substrate, not the gene."""

import figcap


def _genes(text):
    return [(m.text, m.label) for m in figcap.annotate(text) if m.type == "gene"]


def test_an_alias_before_an_enzyme_word_is_its_substrate():
    # PFOCR captions PMC5460890 (a plant legend) and PMC5244315
    assert ("APS", "KLK3") not in _genes("APR3 (APS reductase 3), C4H (Cinnamate 4-hydroxylase)")
    assert ("PHB", "PHB1") not in _genes("PHB synthase and PHB depolymerase in the granule")


def test_a_gene_named_for_that_enzyme_or_before_a_verb_stays():
    assert ("IRE1", "ERN1") in _genes("XBP1s production by IRE1 endonuclease activity")
    assert ("eEF2", "EEF2") in _genes("eEF2 kinase phosphorylates eEF2")
    assert ("perlecan", "HSPG2") in _genes("after cleavage by heparanase, perlecan releases FGF10")
