"""Tests of the genes and families lexicon builders, on a small cut of the real sources.

``tests/fixtures/lexicon-sources/`` holds real rows (same names and formats as the shared
sources): 48 HGNC rows (46 Approved: AKT1-3, MAPK1/3/8/9, DRD1/2, HTR1A/2A, OPRM1/D1/K1,
EEF2K, EEF2, LHB, GRIA1-4, GRIN1/2A/2B, MTOR, RPTOR, MLST8, RICTOR, MAPKAP1, CACNA1C/G/H/I,
CNR1, ADRA1A, ADH1A/B/C, ADM, RPS6KB1, H3C1/2, CKB and the alias sharers EPHB2, OPN4,
NDOR1; 2 withdrawn), their gene_info/MGI/RGD rows plus a few unlinked ones, and the FamPlex
rows of 15 entities (AKT, ERK, JNK, MAPK, mTORC1/2, GRIA, GRIN, GRI, CACNA1, CACN, ADH,
Creatine_kinase, Histone_H3, P70S6K).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from figcap.lexicons.format import write_lexicon
from figcap.lexicons.sources.families import build_families, transitive_members
from figcap.lexicons.sources.genes import KIND_PRIORITY, build_genes, gene_variants
from figcap.normalize import match_key

SRC = Path(__file__).parent / "fixtures" / "lexicon-sources"


@pytest.fixture(scope="module")
def genes():
    return build_genes(SRC)


@pytest.fixture(scope="module")
def families():
    return build_families(SRC)


def _ids(data) -> dict[str, str]:
    return {c.label: c.id for c in data.concepts}


def _terms(data, cid: str) -> list:
    return [t for t in data.terms if t.id == cid]


def _has_key(data, cid: str, text: str) -> bool:
    return any(match_key(t.text) == match_key(text) for t in _terms(data, cid))


def test_concepts_are_the_approved_genes(genes):
    assert genes.name == "genes"
    assert len(genes.concepts) == 46
    assert genes.stats["hgnc_rows"] == 48
    assert genes.stats["hgnc_skipped_entry_withdrawn"] == 1
    assert genes.stats["hgnc_skipped_symbol_withdrawn"] == 1
    assert "HGNC:1992" not in {c.id for c in genes.concepts}  # CKBE, entry withdrawn


def test_oprm1_concept(genes):
    (oprm1,) = [c for c in genes.concepts if c.label == "OPRM1"]
    assert oprm1.id == "HGNC:8156"
    assert {"NCBIGene:4988", "MGI:97441", "RGD:3234", "UniProt:P35372"} <= set(oprm1.xrefs)
    attrs = dict(oprm1.attrs)
    assert attrs["name"] == "opioid receptor mu 1"
    assert attrs["locus_type"] == "gene with protein product"


def test_term_kinds(genes):
    ids = _ids(genes)
    kinds = {(t.text, t.kind) for t in _terms(genes, ids["MTOR"])}
    assert ("MTOR", "symbol") in kinds
    assert ("RAFT1", "alias") in kinds
    assert ("FRAP1", "prev") in kinds
    assert ("mechanistic target of rapamycin kinase", "name") in kinds
    assert ("SKS", "ncbi_synonym") in kinds  # gene_info only
    assert ("FKBP-rapamycin associated protein", "designation") in kinds
    assert ("mammalian target of rapamycin", "grounding_map") in kinds  # FamPlex, UP:P42345
    assert set(genes.stats) >= {f"terms_{k}" for k in ("symbol", "alias", "prev", "name",
                                                        "ncbi_synonym", "designation")}


def test_kind_priority_order():
    order = [KIND_PRIORITY.index(k) for k in
             ("symbol", "alias", "prev", "name", "ncbi_synonym", "designation")]
    assert order == sorted(order)


def test_mouse_and_rat_symbols_link_to_human(genes):
    akt1 = [t for t in genes.terms if t.text == "Akt1" and t.kind == "mgi_symbol"]
    assert [(t.id, t.organism, t.source_id) for t in akt1] == [("HGNC:391", "10090", "MGI:87986")]
    rat = [t for t in genes.terms if t.text == "Oprm1" and t.kind == "rgd_symbol"]
    assert [(t.id, t.organism, t.source_id) for t in rat] == [("HGNC:8156", "10116", "RGD:3234")]
    # one mouse gene, three human genes: every link kept
    adh1 = {t.id for t in genes.terms if t.text == "Adh1" and t.kind == "mgi_symbol"}
    assert adh1 == {"HGNC:249", "HGNC:250", "HGNC:251"}
    assert genes.stats["mgi_skipped_no_human_link"] >= 1  # Trp53: TP53 not in the cut


def test_model_synonym_with_a_human_key(genes):
    # MGI Drd1 synonym "Drd-1" has the key of the human symbol DRD1: kept by default ...
    drd = [t for t in genes.terms if t.text == "Drd-1" and t.kind == "mgi_synonym"]
    assert [(t.id, t.organism) for t in drd] == [("HGNC:3020", "10090")]
    assert genes.stats["mgi_synonym_same_key_as_human"] > 0
    # ... and dropped on request; a synonym with a new key stays, and so do symbols
    lean = build_genes(SRC, keep_redundant_model_synonyms=False)
    assert not [t for t in lean.terms if t.text == "Drd-1"]
    assert any(t.text == "PKB/Akt" and t.kind == "mgi_synonym" for t in lean.terms)
    assert any(t.text == "Drd1" and t.kind == "mgi_symbol" for t in lean.terms)
    dropped = lean.stats["mgi_synonym_same_key_as_human"] + lean.stats["rgd_synonym_same_key_as_human"]
    assert len(lean.terms) < len(genes.terms) <= len(lean.terms) + dropped


def test_ambiguous_alias_is_kept_for_every_gene(genes):
    erk = {(t.id, t.kind) for t in genes.terms if t.text == "ERK"}
    assert erk == {("HGNC:6871", "alias"), ("HGNC:3393", "prev")}  # MAPK1, EPHB2
    mop = {t.id for t in genes.terms if t.text == "MOP"}
    assert mop == {"HGNC:8156", "HGNC:14449"}  # OPRM1, OPN4
    assert genes.stats["ambiguous_keys"] > 0


@pytest.mark.parametrize(
    ("symbol", "text"),
    [
        ("DRD1", "D1 receptor"),
        ("DRD1", "dopamine D1 receptor"),
        ("HTR1A", "5-HT1A receptor"),
        ("HTR1A", "serotonin 1A receptor"),
        ("OPRM1", "mu-opioid receptor"),
        ("OPRM1", "mu opioid receptor"),
        ("OPRK1", "kappa-opioid receptor"),
        ("EEF2K", "eukaryotic elongation factor 2 kinase"),
        ("EEF2K", "eEF2 kinase"),
        ("CNR1", "CB1 receptor"),
    ],
)
def test_caption_short_forms(genes, symbol, text):
    assert _has_key(genes, _ids(genes)[symbol], text)


def test_variant_rules():
    assert "D1 receptor" in gene_variants(["dopamine receptor D1"], [])
    assert "alpha-1A adrenoceptor" in gene_variants(["adrenoceptor alpha 1A"], [])
    assert "mu-opioid receptor" in gene_variants(["mu-type opioid receptor"], [])
    assert "cannabinoid receptor 1" in gene_variants(["cannabinoid receptor 1 (brain)"], [])
    assert "P70S6 kinase" in gene_variants(["ribosomal protein S6 kinase B1"], ["P70S6K"])
    # generic descriptions are not ligands
    assert not gene_variants(["G protein-coupled receptor 141"], [])
    assert "B2 receptor" not in gene_variants(["toll like receptor B2"], [])
    # the bare subtype form only from the approved name, not from any designation
    assert "D1 receptor" not in gene_variants([], [], ["resolvin D1 receptor"])
    assert "resolvin receptor D1" in gene_variants([], [], ["resolvin D1 receptor"])
    # a suffix R only on a receptor gene
    assert not gene_variants(["some enzyme 2"], ["AB2R"])


def test_variants_are_new_keys(genes):
    for t in genes.terms:
        if t.kind == "variant":
            others = [o for o in _terms(genes, t.id) if o.kind != "variant" and not o.organism]
            assert match_key(t.text) not in {match_key(o.text) for o in others}


def test_sources_and_stats(genes):
    files = [s.file for s in genes.sources]
    assert files == ["hgnc_entries.tsv.gz", "Homo_sapiens.gene_info.gz", "mgi_entries.tsv.gz",
                     "rgd_entries.tsv.gz", "famplex/grounding_map.csv"]
    for s in genes.sources:
        assert len(s.sha256) == 64 and s.version and s.licence and s.origin and s.rows
    assert genes.stats["gene_info_skipped_no_approved_hgnc"] == 2  # TP53, MIR21
    assert genes.stats["grounding_map_skipped_not_a_gene"] >= 1  # rapamycin


def test_families_members_are_transitive(families):
    c = {x.id: x for x in families.concepts}
    assert set(c["FPLX:AKT"].members) == {"HGNC:391", "HGNC:392", "HGNC:393"}
    assert set(c["FPLX:ERK"].members) == {"HGNC:6871", "HGNC:6877"}  # MAPK1, MAPK3
    # MAPK has no direct genes in the cut: ERK and JNK bring theirs
    assert {"HGNC:6871", "HGNC:6877", "HGNC:6881", "HGNC:6886"} <= set(c["FPLX:MAPK"].members)
    assert set(c["FPLX:GRIA"].members) == {"HGNC:4571", "HGNC:4572", "HGNC:4573", "HGNC:4574"}
    assert set(c["FPLX:GRIA"].members) | set(c["FPLX:GRIN"].members) <= set(c["FPLX:GRI"].members)
    # T-type channels: FamPlex has no own entity; CACNA1G/H/I sit in CACNA1, under CACN
    t_type = {"HGNC:1394", "HGNC:1395", "HGNC:1396"}
    assert t_type <= set(c["FPLX:CACNA1"].members) <= set(c["FPLX:CACN"].members)
    # UniProt members: one histone protein, every gene encoding it
    assert set(c["FPLX:Histone_H3"].members) == {"HGNC:4766", "HGNC:4776"}
    assert families.stats["relations_skipped_unresolved_hgnc"] == 1  # CKBE, withdrawn


def test_families_attrs_and_xrefs(families):
    c = {x.id: x for x in families.concepts}
    assert dict(c["FPLX:mTORC1"].attrs)["kind"] == "complex"
    assert dict(c["FPLX:GRIN"].attrs)["kind"] == "complex"
    assert dict(c["FPLX:AKT"].attrs)["kind"] == "family"
    assert dict(c["FPLX:ERK"].attrs)["parents"] == "FPLX:MAPK"
    assert {"MESH:D051057", "BEL:AKT Family", "NCIT:C41625"} <= set(c["FPLX:AKT"].xrefs)
    assert "GO:0031931" in c["FPLX:mTORC1"].xrefs  # not GO:GO:
    for concept in families.concepts:  # attrs must survive the key=value;... cell
        assert all(";" not in v for _, v in concept.attrs)


@pytest.mark.parametrize(
    ("cid", "text"),
    [
        ("FPLX:AKT", "Akt"),
        ("FPLX:AKT", "AKT"),
        ("FPLX:ERK", "ERK"),
        ("FPLX:ERK", "ERK1/2"),
        ("FPLX:mTORC1", "mTORC1"),
        ("FPLX:mTORC1", "mammalian target of rapamycin complex 1"),
        ("FPLX:mTORC1", "mTOR complex 1"),
        ("FPLX:GRIA", "AMPA receptor"),
        ("FPLX:GRIN", "NMDA receptor"),
        ("FPLX:AKT", "AKT family"),
    ],
)
def test_family_terms(families, cid, text):
    assert _has_key(families, cid, text)


def test_gene_groundings_stay_out_of_families(families):
    assert not [t for t in families.terms if t.text in ("Akt1", "AM")]
    assert families.stats["grounding_map_not_fplx"] >= 2


def test_transitive_members_survives_a_cycle():
    got = transitive_members("A", {"A": {"g1"}, "B": {"g2"}}, {"A": {"B"}, "B": {"A"}})
    assert got == {"g1", "g2"}


def test_build_is_deterministic(tmp_path):
    for name, build in (("genes", build_genes), ("families", build_families)):
        a, b = tmp_path / f"{name}-a", tmp_path / f"{name}-b"
        write_lexicon(build(SRC), a)
        write_lexicon(build(SRC), b)
        for f in (f"{name}.concepts.tsv.gz", f"{name}.terms.tsv.gz"):
            assert (a / f).read_bytes() == (b / f).read_bytes()


def test_missing_source_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        build_genes(tmp_path)


def test_brackets_glued_to_a_word_are_no_gloss_to_cut():
    # NCBI's "phospholipase A(1)" of LIPH and "cytochrome P450(I)" of CYP2A6 number a
    # member: cutting the brackets would give them the class names
    out = gene_variants(["lipase H"], [], ["phospholipase A(1)", "cytochrome P450(I)"])
    assert "phospholipase A" not in out and "cytochrome P450" not in out
    assert "cannabinoid receptor 1" in gene_variants(["cannabinoid receptor 1 (brain)"], [])


def test_a_class_name_cut_from_a_members_designation_grounds_no_gene():
    # PMC4669553__exbotj_eru540_f0002 (cut)
    text = ("FAD6, FAD7, and FAD8 and then hydrolysed by phospholipase A (PLA) to "
            "generate C18:1")
    import figcap
    assert not any(m.label == "LIPH" for m in figcap.annotate(text))
