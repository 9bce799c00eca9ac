"""Names that open with a cytokine's short form (figcap.ner.gene_expansions)."""

from __future__ import annotations

import figcap


def _genes(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in figcap.annotate(text) if m.type == "gene"]


def test_short_form_spelt_out_names_the_gene():
    # GNormPlus training text (PMID 16273295); NLM-Gene (PMIDs 20813038, 18489763)
    assert _genes("IL-1 receptor antagonist attenuates MAP kinase/AP-1 activation") == [
        ("IL-1 receptor antagonist", "IL1RN")]
    genes = _genes("the relative gene expression of IL-10, IL-12p35, IL-12p40, IL-23p19, CCR2")
    assert ("IL-12p35", "IL12A") in genes and ("IL-12p40", "IL12B") in genes
    assert ("TNF receptor 2", "TNFRSF1B") in _genes(
        "soluble TNF receptor 1 (sTNF-R1) and soluble TNF receptor 2 (sTNFR-2), PDGF bb")


def test_adjectives_and_descriptions_stay_short_forms():
    # GNormPlus training text (PMID 10980615); NLM-Gene (PMID 27999109)
    assert not any(label == "TGFBI" for _t, label in _genes(
        "our results reveal that in the TGF-beta-induced heteromeric signaling complex"))
    assert not any(label == "IFNAR2" for _t, label in _genes(
        "including type I interferon (IFN) and IFN receptor-mediated signaling pathways"))
