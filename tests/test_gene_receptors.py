"""A gene mention followed by "receptor" names the receptor, not the gene."""

from __future__ import annotations

import figcap


def _genes(text: str) -> dict[str, str]:
    return {m.text: m.label for m in figcap.annotate(text) if m.type in ("gene", "family")}


def test_ligand_and_receptor_is_the_receptor():
    # GNormPlus training text (PMID 1648265)
    genes = _genes("This similarity suggestes that the CNTF receptor, like the interleukin-6 "
                   "receptor, requires a second, signal-transducing component.")
    assert genes["CNTF receptor"] == "CNTFR"
    assert "CNTF" not in genes
    genes = _genes("The TNFalpha receptor TNFRSF1A and genes encoding the amiloride-sensitive "
                   "sodium channel ENaC")
    assert genes["TNFalpha receptor"] == "TNFRSF"
    assert _genes("binding to the Prl receptor")["Prl receptor"] == "PRLR"
    genes = _genes("the receptor for ciliary neurotrophic factor and receptors for IL-2")
    assert genes == {"receptor for ciliary neurotrophic factor": "CNTFR",
                     "receptors for IL-2": "IL2R"}


def test_alias_before_receptor_naming_no_receptor_is_dropped():
    # PFOCR caption (TAM receptor signaling pathways): TAM is STIM1's alias
    assert "TAM" not in _genes("In dendritic cells, TAM receptors—when activated")
    # a gene that is a receptor keeps its reading
    assert _genes("the CB1 receptor")["CB1 receptor"] == "CNR1"
    assert _genes("the TrkB receptor")["TrkB"] == "NTRK2"


def test_type_numbered_receptor_after_its_ligand():
    # GNormPlus training text (PMIDs 1567413, 9215638)
    mentions = [(m.text, m.label) for m in figcap.annotate(
        "Cloning and characterization of a human angiotensin II type 1 receptor. The activated "
        "TGFbeta type I receptor phosphorylates Smad2") if m.type == "gene"]
    assert ("angiotensin II type 1 receptor", "AGTR1") in mentions
    assert ("TGFbeta type I receptor", "TGFBR1") in mentions
    assert not any(label == "AGT" for _t, label in mentions)
