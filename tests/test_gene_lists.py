"""Elliptic lists of symbols (figcap.ner.gene_rules.isoform_lists)."""

from __future__ import annotations

import figcap


def test_elliptic_item_replaces_a_hyphen_led_symbol():
    # GNormPlus training text (PMID 8663203): "-T2" is GalNAc-T2, not the symbol T2
    got = [(m.text, m.label) for m in figcap.annotate("GalNAc-T1 and -T2") if m.type == "gene"]
    assert got == [("GalNAc-T1", "GALNT1"), ("T2", "GALNT2")]
