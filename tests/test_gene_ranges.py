"""Symbol ranges name the genes between their ends (figcap.ner.gene_ranges)."""

from __future__ import annotations

import figcap


def _labels(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.method) for m in figcap.annotate(text) if m.type == "gene"]


def test_range_with_a_bare_last_number():
    # GNormPlus training sentence (PMID 19508969)
    got = _labels("Nephronophthisis (NPHP) is caused by recessive mutations in NPHP1-9.")
    assert [g[1] for g in got] == ["NPHP1", "INVS", "NPHP3", "NPHP4", "IQCB1", "CEP290",
                                   "GLIS2", "RPGRIP1L", "NEK8"]
    assert all(t == "NPHP1-9" and m == "range" for t, _l, m in got[1:])


def test_range_spelt_out_with_to():
    # GNormPlus training sentence (PMID 7957066)
    got = _labels("clones that represent seven novel forkhead genes, freac-1 to freac-7. The")
    assert [g[1] for g in got] == ["FOXF1", "FOXF2", "FOXC1", "FOXD1", "FOXD4", "FOXI1",
                                   "FOXL1"]
    assert got[-1][0] == "freac-7"
    got = _labels("caspase-3 to -9")
    assert [g[1] for g in got] == [f"CASP{n}" for n in range(3, 10)]
    assert got[-1][0] == "caspase-3 to -9"


def test_pairs_and_phenotypes_are_no_ranges():
    # PFOCR caption text: two symbols joined by a dash name a pair
    assert [g[1] for g in _labels("putative CXCR4–CXCR7 crosstalk")] == ["CXCR4", "ACKR3"]
    assert [g[1] for g in _labels("CD4-CD8 cells")] == ["CD4"]
    assert [g[1] for g in _labels("CD4-8- thymocytes")] == ["CD4"]
    # a one-letter stem ("p53") and ranges too long are left alone
    assert [g[1] for g in _labels("p53-60 and SMAD1-50")] == ["TP53", "SMAD1"]
