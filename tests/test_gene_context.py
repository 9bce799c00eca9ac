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
