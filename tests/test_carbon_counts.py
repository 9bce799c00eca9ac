"""Carbon counts ("C15") in texts about metabolites are not genes."""

import figcap


def _genes(text):
    return [(m.text, m.label) for m in figcap.annotate(text) if m.type in ("gene", "family")]


def test_carbon_counts_after_chemicals_before_molecule_words_or_in_chains():
    # PFOCR captions PMC2754923, PMC6240942 and PMC2147077 (as published)
    assert _genes("GPP: Geranyl diphosphate (C10), FPP: Farnesyl diphosphate (C15), GGPP") == []
    assert not _genes("GGPP is formed by four C5 units from the plastid based pathway")
    assert not _genes("biosynthesis leading to stilbenes (C6-C2-C6) and flavonoids (C6-C3-C6)")
    assert not _genes("fatty acids such as palmitic (C16) and stearic (C18) acid.")  # PMC3310792
    # a fatty acid's shorthand, however the tokenizer splits it (PMC4669553, as published)
    found = _genes("hydrolysed by phospholipase A (PLA) to generate C18:1. C18:2, and C18:3 "
                   "to initiate JA- or SA-dependent")
    assert not [text for text, _label in found if text.startswith("C18")]


def test_complement_components_stay_genes():
    assert _genes("leads to cleavage of C3 to C3b, and C5a binds its receptor") == [
        ("C3", "C3"), ("C3b", "C3"), ("C5a", "C5")]
