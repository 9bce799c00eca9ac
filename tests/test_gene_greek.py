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
