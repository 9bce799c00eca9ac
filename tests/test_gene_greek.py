"""Greek letters written as Latin ones in gene names."""

from __future__ import annotations

import figcap


def _genes(text: str) -> dict[str, str]:
    return {m.text: m.label for m in figcap.annotate(text) if m.type in ("gene", "family")}


def test_latin_letter_read_as_greek():
    # NLM-Gene training text (PMID 23195221)
    genes = _genes("we show that Scrib associates with b-catenin in embryonic lung")
    assert genes["b-catenin"] == "CTNNB1"
    genes = _genes("ERa and IKKb drive NF-kB")
    assert (genes["ERa"], genes["IKKb"]) == ("ESR1", "IKBKB")


def test_latin_letters_that_name_nothing_stay_as_they_are():
    mentions = figcap.annotate("b-cells and d-glucose and the a-helix")
    assert not any(m.type in ("gene", "family") for m in mentions)


def test_receptor_chain_greek_letter_is_the_symbol_initial():
    # GNormPlus training text (PMID 17627763)
    genes = {m.text: m.label for m in figcap.annotate(
        "polymorphisms within genes encoding IL-1alpha, IL-1beta, IL-1R, IL-1RA, IL-4Ralpha, "
        "IL-12, IFN-gamma") if m.type == "gene"}
    assert genes["IL-4Ralpha"] == "IL4R"
    assert genes["IL-1beta"] == "IL1B"


def test_small_letter_after_a_hyphen_or_a_mass_reads_as_greek():
    # NLM-Gene training text (PMIDs 28112376, 26890356, 26950201, 23220172)
    import figcap

    genes = {m.text: m.label for m in figcap.annotate(
        "Concentrations of serum IL-21, interferon-g (INF-g), IL-4, IL-17A, and C-reactive "
        "protein. Neither GSK-3b phosphorylation nor b-catenin nuclear localization. Small "
        "interfering RNA knockdown of p38a inhibited OPN induction. transcription co-activator "
        "peroxisome proliferator-activated receptor g coactivator-1a (PGC-1a), which is")
        if m.type == "gene"}
    assert genes["interferon-g"] == "IFNG" and genes["GSK-3b"] == "GSK3B"
    assert genes["p38a"] == "MAPK14" and genes["PGC-1a"] == "PPARGC1A"
    # the short form alone stays the family: "IFN" of "IFN-g" only yields to the whole word
    labels = [m.label for m in figcap.annotate("IFN-g and IFN responses") if m.type in
              ("gene", "family")]
    assert labels == ["IFNG", "Interferon"]
