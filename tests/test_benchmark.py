"""PubTator reader and benchmark scorer, on documents cut verbatim from the shared corpora.

Fixtures (tests/fixtures/benchmarks/): bc5cdr (train 227508, 2505783, 2234245), gnormplus
(train 11461089, 10880510, 7520377, 3446585), nlm_gene (train 24442316, 23085491, 20105280),
whitetext (9514509, 9548557); lexicon-sources/ holds verbatim rows of the shared HGNC, MGI,
RGD and Homo_sapiens.gene_info files for the ortholog row. Expected counts below were checked
by hand against the lines.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from typing import Callable

import pytest

from figcap.errors import ConfigError, LexiconError, RecordFormatError
from figcap.evaluation.benchmark import (
    benchmark_command,
    format_table,
    run_benchmark,
    score_spans,
)
from figcap.evaluation.pubtator import (
    SEPARATOR,
    GoldId,
    corpus_counts,
    iter_pubtator,
    parse_ids,
    read_pubtator,
)
from figcap.schema import Mention

FIX = Path(__file__).parent / "fixtures" / "benchmarks"
BC5, GNP, NLM, WT = (FIX / f"{n}.PubTator" for n in ("bc5cdr", "gnormplus", "nlm_gene",
                                                          "whitetext"))
FC_TYPE = {"Chemical": "chemical", "Disease": "disease", "Gene": "gene",
           "BrainRegion": "brain_region"}
NS = {"Chemical": "MESH", "Disease": "MESH", "Gene": "NCBIGene", "BrainRegion": None}


def oracle(path: Path, entity_type: str, *, drop: int | None = None,
           shrink: int | None = None) -> Callable[[str], list[Mention]]:
    """An annotator returning the gold mentions of one type (first human ID as CURIE).

    ``drop``: leave out the i-th gold mention (in file order); ``shrink``: end the i-th one
    a character early.
    """
    by_text: dict[str, list[Mention]] = {}
    i = 0
    for doc in read_pubtator(path):
        out = []
        for m in doc.mentions:
            if m.type != entity_type:
                continue
            ids = [g.id for g in m.ids if g.taxon in ("", "9606")][:1]
            idents = tuple(f"{NS[entity_type]}:{x}" for x in ids) if NS[entity_type] else ()
            end = m.end - 1 if i == shrink else m.end
            if i != drop:
                out.append(Mention(doc.text[m.start:end], m.start, end,
                                   FC_TYPE[entity_type], idents, m.text))
            i += 1
        by_text[doc.text] = out
    return lambda text: by_text[text]


def finder(words: dict[str, tuple[str, str]]) -> Callable[[str], list[Mention]]:
    """A toy annotator: every ``str.find`` hit of each word, as (type, CURIE)."""

    def annotate(text: str) -> list[Mention]:
        out = []
        for word, (type_, curie) in words.items():
            i = text.find(word)
            while i >= 0:
                out.append(Mention(word, i, i + len(word), type_, (curie,), word))
                i = text.find(word, i + 1)
        return sorted(out, key=lambda m: m.start)

    return annotate


# ---------------------------------------------------------------- reader


def test_parse_ids_formats():
    assert parse_ids("D014786|D006311") == (GoldId("D014786"), GoldId("D006311"))
    assert parse_ids("-1") == ()
    assert parse_ids("") == ()
    assert parse_ids("D008750|-1") == (GoldId("D008750"),)
    assert parse_ids("7422,22339(Tax:10090)") == (GoldId("7422"), GoldId("22339", "10090"))
    assert parse_ids("24513(tax:10116)") == (GoldId("24513", "10116"),)
    assert parse_ids("17390;17395") == (GoldId("17390"), GoldId("17395"))
    assert parse_ids("26413,26417;26413") == (GoldId("26413"), GoldId("26417"))
    with pytest.raises(ValueError):
        parse_ids("12 34")


def test_bc5cdr_reader():
    docs = read_pubtator(BC5)
    assert [d.doc_id for d in docs] == ["227508", "2505783", "2234245"]
    for d in docs:
        assert d.text == d.title + SEPARATOR + d.abstract
        assert all(d.text[m.start:m.end] == m.text for m in d.mentions)
    c = corpus_counts(docs)
    assert c["mentions"] == {"Chemical": 31, "Disease": 18}
    assert c["skipped"] == {} and c["realigned"] == 0
    assert c["relations"] == 1 + 2 + 3  # CID lines are counted, not read as mentions
    nalozone = next(m for m in docs[0].mentions if m.text == "nalozone")
    assert nalozone.ids == () and nalozone.raw_ids == "-1"
    cystitis = next(m for m in docs[1].mentions if m.text == "hemorrhagic cystitis")
    assert cystitis.ids == (GoldId("D006470"), GoldId("D003556"))
    assert docs[1].mentions[0].ids == (GoldId("C004656"),)  # supplementary concept


def test_gnormplus_byte_offsets_realigned_or_skipped():
    docs = {d.doc_id: d for d in read_pubtator(GNP)}
    ge1 = docs["7520377"]  # offsets count UTF-8 bytes after "Sjögren"
    assert ge1.realigned == 10 and ge1.skipped == ()
    assert all(ge1.text[m.start:m.end] == m.text for m in ge1.mentions)
    assert [m.text for m in docs["10880510"].skipped] == ["2P domain mechano-sensitive K+ channel"]
    c = corpus_counts(docs.values())
    assert c["skipped"] == {"Gene": 1}
    assert c["mentions"] == {"DomainMotif": 5, "FamilyName": 8, "Gene": 40}

    raw = {d.doc_id: d for d in read_pubtator(GNP, realign_utf8=False)}
    assert raw["7520377"].realigned == 0
    assert len(raw["7520377"].skipped) == 10
    c = corpus_counts(raw.values())
    assert c["skipped"] == {"DomainMotif": 5, "FamilyName": 1, "Gene": 5}
    assert c["skipped_documents"] == ["10880510", "7520377"]
    vegf = raw["11461089"].mentions[0]
    assert vegf.ids == (GoldId("7422"), GoldId("22339", "10090"))


def test_nlm_gene_and_whitetext_reader():
    nlm = corpus_counts(read_pubtator(NLM))
    assert nlm["mentions"]["Gene"] == 49 and nlm["skipped"] == {"Gene": 1}  # "ERK" vs "Erk"
    wt = read_pubtator(WT)
    assert corpus_counts(wt)["mentions"] == {"BrainRegion": 37}
    assert all(m.ids == () and m.raw_ids == "" for d in wt for m in d.mentions)


def test_reader_rejects_malformed_lines():
    lines = ["1|t|Title", "1|a|Abstract", "1\t0\t5\tTitle\tGene\t12 34"]
    with pytest.raises(RecordFormatError, match=":3"):
        list(iter_pubtator(lines))
    with pytest.raises(RecordFormatError, match="outside its document"):
        list(iter_pubtator(["1|t|Title", "2\t0\t5\tTitle\tGene\t1"]))
    with pytest.raises(RecordFormatError, match="not a PubTator line"):
        list(iter_pubtator(["1|t|Title", "1\t0"]))


# ---------------------------------------------------------------- scorer


def test_score_spans_greedy_one_to_one():
    strict, overlap, pairs = score_spans([(0, 10), (20, 30)], [(0, 10), (2, 8), (25, 40)])
    assert (strict.tp, strict.fp, strict.fn) == (1, 2, 1)
    # (2, 8) may not reuse the gold (0, 10) already matched exactly
    assert (overlap.tp, overlap.fp, overlap.fn) == (2, 1, 0)
    assert pairs == [((20, 30), (25, 40))]
    # larger overlap wins; ties go to the earlier offsets
    _, overlap, pairs = score_spans([(0, 10)], [(8, 12), (0, 4)])
    assert pairs == [((0, 10), (0, 4))] and overlap.fp == 1


@pytest.mark.parametrize("path,etype,gold", [
    (BC5, "Chemical", 31), (BC5, "Disease", 18), (GNP, "Gene", 40), (NLM, "Gene", 49),
    (WT, "BrainRegion", 37),
])
def test_oracle_scores_one_at_mention_level(path, etype, gold):
    r = run_benchmark(path, etype, oracle(path, etype))
    assert r["counts"]["gold_scored"] == gold
    for key in ("mention_strict", "mention_overlap"):
        assert r[key]["f1"] == 1.0 and r[key]["tp"] == gold
    assert r["counts"]["prediction_offset_errors"] == 0


def test_document_ids_of_an_oracle_giving_one_id_per_mention():
    # Chemical: no composite IDs in the fixture: 3 + 4 + 1 (document, MeSH) pairs
    r = run_benchmark(BC5, "Chemical", oracle(BC5, "Chemical"))
    assert r["document_ids"] == {"tp": 8, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
                                 "f1": 1.0}
    # Disease: 2 + 3 + 6 pairs; "hemorrhagic cystitis" D006470|D003556 gives only its first
    r = run_benchmark(BC5, "Disease", oracle(BC5, "Disease"))
    d = r["document_ids"]
    assert (d["tp"], d["fp"], d["fn"]) == (10, 0, 1) and d["recall"] == round(10 / 11, 4)
    assert r["examples"]["id_false_negatives"] == [
        {"doc": "2505783", "id": "MESH:D003556", "texts": ["hemorrhagic cystitis"]}]
    # Gene: rat 24513(tax:10116) and mouse (Tax:10090) alternatives are not gold; the skipped
    # "2P domain ..." mention's ID (54207, also TREK2) still is: 2 + 5 + 1 + 1 pairs
    r = run_benchmark(GNP, "Gene", oracle(GNP, "Gene"))
    assert r["document_ids"]["tp"] == 9 and r["document_ids"]["f1"] == 1.0
    assert r["counts"]["gold_ids"] == 9


def test_gene_ids_filter_restricts_both_sides():
    # NLM-Gene has no taxon markers: 4 + 9 + 11 pairs; the oracle misses 7036, 17395, 12444
    r = run_benchmark(NLM, "Gene", oracle(NLM, "Gene"))
    assert (r["document_ids"]["tp"], r["document_ids"]["fn"]) == (21, 3)
    r = run_benchmark(NLM, "Gene", oracle(NLM, "Gene"), gene_ids={"9897", "154"})
    d = r["document_ids"]
    assert (d["tp"], d["fp"], d["fn"]) == (2, 0, 0)


def test_dropping_one_gold_mention():
    r = run_benchmark(WT, "BrainRegion", oracle(WT, "BrainRegion", drop=5))
    s = r["mention_strict"]
    assert (s["tp"], s["fp"], s["fn"]) == (36, 0, 1)
    assert s["precision"] == 1.0 and s["recall"] == round(36 / 37, 4)
    assert r["mention_overlap"] == s
    assert r["document_ids"] is None and r["headline"]["metric"] == "mention_strict.f1"
    assert len(r["examples"]["false_negatives"]) == 1


def test_a_shorter_span_counts_for_overlap_only():
    r = run_benchmark(WT, "BrainRegion", oracle(WT, "BrainRegion", shrink=0))
    s, o = r["mention_strict"], r["mention_overlap"]
    assert (s["tp"], s["fp"], s["fn"]) == (36, 1, 1)
    assert (o["tp"], o["fp"], o["fn"]) == (37, 0, 0)
    (b,) = r["examples"]["boundary"]
    assert b["doc"] == "9514509" and b["gold"][:2] == [28, 92] and b["predicted"][:2] == [28, 91]


def test_str_find_annotator_hand_counted():
    words = {
        "clonidine": ("chemical", "MESH:D003000"),  # 6 hits = 6 gold (227508)
        "desferrioxamine": ("chemical", "MESH:D003676"),  # 4 of 5 gold: "Desferrioxamine" missed
        "CAA": ("chemical", "MESH:C004656"),  # 4 hits = 4 gold (2505783)
        "blood pressure": ("chemical", "MESH:D001794"),  # 2 false positives
        "hypertensive": ("chemical", "MESH:D006973"),  # 4 FPs, 3 on Disease gold
        "cystitis": ("disease", "MESH:D003556"),  # another type: ignored for Chemical
    }
    r = run_benchmark(BC5, "Chemical", finder(words))
    s = r["mention_strict"]
    assert (s["tp"], s["fp"], s["fn"]) == (14, 6, 31 - 14)
    assert r["mention_overlap"] == s
    assert r["counts"]["false_positives_on_other_gold_types"] == {"Disease": 3}
    assert r["counts"]["predictions"] == 20
    assert r["counts"]["predictions_by_type"] == {"chemical": 20, "disease": 1}
    # documents: gold 3 + 4 + 1 pairs; predicted {D003000, D001794, D006973}, {C004656},
    # {D003676}: tp 3, fp 2, fn 5
    d = r["document_ids"]
    assert (d["tp"], d["fp"], d["fn"]) == (3, 2, 5)
    assert d["precision"] == 0.6 and d["recall"] == 0.375
    assert r["frequent"]["false_positives"][0] == ["hypertensive", 4]
    fp = r["examples"]["false_positives"]
    assert {e["gold_other_type"] for e in fp if e["text"] == "hypertensive"} == {"", "Disease"}


def test_family_mentions_are_not_genes():
    def families(text: str) -> list[Mention]:
        i = text.find("WASH")
        return [Mention("WASH", i, i + 4, "family", ("FPLX:WASH",), "WASH",
                        members=("NCBIGene:9897",))] if i >= 0 else []

    r = run_benchmark(NLM, "Gene", families)
    assert r["counts"]["predictions"] == 0
    assert r["counts"]["predictions_by_type"] == {"family": 1}
    assert r["mention_strict"]["fp"] == 0 and r["document_ids"]["fp"] == 0

    def gene_on_family(text: str) -> list[Mention]:
        i = text.find("WASH")
        return [Mention("WASH", i, i + 4, "gene", ("NCBIGene:9897",), "WASHC5")] if i >= 0 else []

    r = run_benchmark(NLM, "Gene", gene_on_family)
    assert r["counts"]["false_positives_on_other_gold_types"] == {"FamilyName": 1}
    assert r["document_ids"]["tp"] == 1  # strumpellin's ID is gold in 23085491


def test_prediction_offset_errors_are_counted():
    def wrong(text: str) -> list[Mention]:
        return [Mention("cortex", 0, 6, "brain_region", (), "cortex")]

    r = run_benchmark(WT, "BrainRegion", wrong)
    assert r["counts"]["prediction_offset_errors"] == 2
    assert r["examples"]["prediction_offset_errors"][0]["doc"] == "9514509"


def test_half_limit_and_several_files():
    def first_ids(**kw):
        r = run_benchmark(BC5, "Chemical", oracle(BC5, "Chemical"), **kw)
        return r["counts"]["documents"]

    assert first_ids(half="first") == 2 and first_ids(half="second") == 1
    assert first_ids(limit=1) == 1 and first_ids(half="second", limit=5) == 1
    both = {}
    for p in (BC5, WT):
        for d in read_pubtator(p):
            both[d.text] = []
    r = run_benchmark([BC5, WT], "BrainRegion", lambda t: both[t])
    assert r["counts"]["documents"] == 5 and r["mention_strict"]["fn"] == 37
    assert r["mention_strict"]["precision"] is None and r["mention_strict"]["f1"] is None
    with pytest.raises(ConfigError):
        run_benchmark(BC5, "Chemical", oracle(BC5, "Chemical"), half="middle")
    with pytest.raises(ConfigError):
        run_benchmark(BC5, "Protein", oracle(BC5, "Chemical"))
    with pytest.raises(ConfigError):
        run_benchmark(BC5, "Chemical", oracle(BC5, "Chemical"), limit=-1)


def test_result_is_json_and_table_names_the_figures():
    r = run_benchmark(GNP, "Gene", oracle(GNP, "Gene", drop=0))
    assert json.loads(json.dumps(r)) == r
    table = format_table(r)
    for text in ("mention strict", "mention overlap", "document NCBIGene", "docs/s",
                 "realigned from UTF-8 byte offsets: 10", "skipped (offset mismatch): Gene 1"):
        assert text in table


def test_benchmark_command_exit_codes():
    out, err = io.StringIO(), io.StringIO()
    assert benchmark_command(WT, "BrainRegion", oracle(WT, "BrainRegion"), out=out, err=err) == 0
    assert "mention strict" in out.getvalue()
    out = io.StringIO()
    assert benchmark_command(WT, "BrainRegion", oracle(WT, "BrainRegion"), json_out=True,
                             limit=1, out=out, err=err) == 0
    assert json.loads(out.getvalue())["counts"]["documents"] == 1
    assert benchmark_command(WT, "Protein", oracle(WT, "BrainRegion"), out=out, err=err) == 2
    assert benchmark_command(FIX / "missing.PubTator", "Gene", oracle(WT, "BrainRegion"),
                             out=out, err=err) == 1

    def unbuilt(text: str) -> list[Mention]:
        raise LexiconError("compiled lexicon index missing")

    err = io.StringIO()
    assert benchmark_command(WT, "BrainRegion", unbuilt, out=out, err=err) == 1
    assert "lexicon" in err.getvalue()


# ---------------------------------------------------------------- bench script


def _bench_module():
    path = Path(__file__).parents[1] / "bench" / "benchmarks.py"
    spec = importlib.util.spec_from_file_location("figcap_bench_benchmarks", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def bench_data(tmp_path):
    """The fixture files under the names bench/benchmarks.py expects."""
    layout = {"bc5cdr/CDR_TrainingSet.PubTator.txt": BC5, "gnormplus/GNormPlus_Train.PubTator": GNP,
              "whitetext/WhiteText.1.3.dev.PubTator": WT, "nlm_gene/NLMgene_Train.PubTator": NLM}
    for name, src in layout.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bc5cdr/CDR_DevelopmentSet.PubTator.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_bench_script_prints_one_table(bench_data, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("FIGCAP_SHARED_DATA", str(tmp_path / "no-shared-data"))
    gold: dict[str, list[Mention]] = {}
    for path, types in ((BC5, ("Chemical", "Disease")), (GNP, ("Gene",)), (NLM, ("Gene",)),
                        (WT, ("BrainRegion",))):
        for etype in types:
            ann = oracle(path, etype)
            for d in read_pubtator(path):
                gold.setdefault(d.text, []).extend(ann(d.text))
    out_json = tmp_path / "bench.json"
    rc = _bench_module().main(["--data", str(bench_data), "--json", str(out_json)],
                              annotate=lambda t: gold[t])
    assert rc == 0
    table = capsys.readouterr().out
    for name in ("bc5cdr-chemical", "bc5cdr-disease", "gnormplus-gene", "whitetext-brain",
                 "nlmgene-gene"):
        assert name in table
    assert "cached" in table and "0.85" in table and "0.75" in table
    rows = json.loads(out_json.read_text())
    assert rows[0]["result"]["document_ids"]["f1"] == 1.0


def test_bench_script_without_annotate_exits_1(bench_data, monkeypatch, capsys):
    import figcap

    monkeypatch.delattr(figcap, "annotate")
    assert _bench_module().main(["--data", str(bench_data)]) == 1
    assert "figcap.annotate is not available" in capsys.readouterr().err

    def unbuilt(text: str) -> list[Mention]:
        raise LexiconError("compiled lexicon index missing")

    assert _bench_module().main(["--data", str(bench_data)], annotate=unbuilt) == 1
    assert "figcap failed" in capsys.readouterr().err


def test_bench_whitetext_convention_drops_only_defining_short_forms():
    bench = _bench_module()
    text = "the periaqueductal gray (PAG) and the PAG; visual cortex (area 17)"
    def region(a, b):
        return Mention(text[a:b], a, b, "brain_region", ("UBERON:1",), "x")
    pag = text.index("PAG")
    later = text.index("PAG", pag + 1)
    area = text.index("area 17")
    mentions = [region(4, 23), region(pag, pag + 3), region(later, later + 3),
                region(text.index("visual"), area - 2), region(area, area + 7)]
    kept = bench.drop_defining_short_forms(text, mentions)
    assert [m.text for m in kept] == ["periaqueductal gray", "PAG", "visual cortex", "area 17"]
    assert kept[1].start == later


# ---------------------------------------------------------------- rodent orthologs (NLM-Gene)

SOURCES = FIX / "lexicon-sources"  # verbatim rows of the shared HGNC, MGI, RGD, gene_info files


def _orthologs():
    from figcap.evaluation.orthologs import load_rodent_orthologs

    return load_rodent_orthologs(SOURCES / "hgnc_entries.tsv", SOURCES / "mgi_entries.tsv",
                                 SOURCES / "rgd_entries.tsv")


def test_rodent_names_lead_to_one_to_one_human_orthologs():
    o = _orthologs()
    assert o.human_genes("ICAM-1") == {"3383"}  # MGI synonym Icam-1, RGD synonym ICAM-1
    assert o.human_genes("p57Kip2") == {"1028"}  # MGI synonym of Cdkn1c
    assert o.human_genes("Prox1") == {"5629"}  # MGI symbol
    # HGNC lists two mouse genes (Abcb1a, Abcb1b) for ABCB1: not one-to-one, no answer
    assert o.human_genes("Abcb1b") == set() and o.human_genes("Mdr1") == set()
    assert o.human_genes("strumpellin") == set()


def test_mouse_gold_ids_map_to_human_ids_and_human_ones_stay():
    from figcap.evaluation.benchmark import load_gene_info_ids
    from figcap.evaluation.orthologs import human_orthologs_of_gold, names_rodents

    human = load_gene_info_ids(SOURCES / "Homo_sapiens.gene_info")
    docs = read_pubtator(NLM)
    assert all(names_rodents(d.text) for d in docs)
    assert not names_rodents("In Drosophila, the fly Mad protein; in yeast and mice")
    mapping = human_orthologs_of_gold(docs, _orthologs(), human)
    # 24442316 (mouse liver): ICAM-1 15894 and VCAM-1 22329; 20105280 (mouse lens):
    # p57Kip2 12577 and Prox1 19130. Human gold (9897 strumpellin, 154, 7036/7037) is kept.
    assert mapping == {"15894": "3383", "22329": "7412", "12577": "1028", "19130": "5629"}
    assert not set(mapping) & human


def test_ortholog_row_scores_a_human_normalizer_and_leaves_the_human_row_alone():
    from functools import partial

    from figcap.evaluation.benchmark import load_gene_info_ids
    from figcap.evaluation.orthologs import human_orthologs_of_gold

    human = load_gene_info_ids(SOURCES / "Homo_sapiens.gene_info")
    words = {"ICAM-1": ("gene", "NCBIGene:3383"), "strumpellin": ("gene", "NCBIGene:9897")}
    plain = run_benchmark(NLM, "Gene", finder(words), gene_ids=human)
    mapped = run_benchmark(NLM, "Gene", finder(words), gene_ids=human,
                           gold_id_map=partial(human_orthologs_of_gold,
                                               orthologs=_orthologs(), human_ids=human))
    d0, d1 = plain["document_ids"], mapped["document_ids"]
    # human row: gold 9897, 154, 7036, 7037 (23085491) and 3265 (H-Ras, 20105280, a human
    # ID in the gold of a mouse abstract); ICAM1 on the mouse text is an FP
    assert (d0["tp"], d0["fp"], d0["fn"]) == (1, 1, 4)
    assert plain["gold_ids_mapped"] is None
    # ortholog row: mouse Icam1 became ICAM1 (TP); VCAM1, CDKN1C, PROX1 join the gold (FN)
    assert (d1["tp"], d1["fp"], d1["fn"]) == (2, 0, 7) and mapped["gold_ids_mapped"] == 4
    assert mapped["mention_strict"] == plain["mention_strict"]


def test_bench_script_prints_the_ortholog_row_beside_the_human_row(bench_data, monkeypatch,
                                                                     capsys, tmp_path):
    import gzip

    from figcap.evaluation.benchmark import load_gene_info_ids

    shared = tmp_path / "shared"
    (shared / "lexicon-sources").mkdir(parents=True)
    for name in ("hgnc_entries.tsv", "mgi_entries.tsv", "rgd_entries.tsv",
                 "Homo_sapiens.gene_info"):
        with gzip.open(shared / "lexicon-sources" / f"{name}.gz", "wt", encoding="utf-8") as fh:
            fh.write((SOURCES / name).read_text(encoding="utf-8"))
    monkeypatch.setenv("FIGCAP_SHARED_DATA", str(shared))
    words = {"ICAM-1": ("gene", "NCBIGene:3383"), "strumpellin": ("gene", "NCBIGene:9897")}
    out_json = tmp_path / "bench.json"
    rc = _bench_module().main(["--data", str(bench_data), "--json", str(out_json),
                               "--only", "nlmgene-gene", "nlmgene-orthologs"],
                              annotate=finder(words))
    assert rc == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines[2:]] == ["nlmgene-gene", "nlmgene-orthologs"]
    rows = {r["name"]: r["result"] for r in json.loads(out_json.read_text())}
    human = load_gene_info_ids(SOURCES / "Homo_sapiens.gene_info")
    alone = run_benchmark(NLM, "Gene", finder(words), gene_ids=human)
    assert rows["nlmgene-gene"]["document_ids"] == alone["document_ids"]
    assert rows["nlmgene-orthologs"]["gold_ids_mapped"] == 4
    assert rows["nlmgene-orthologs"]["document_ids"]["tp"] == 2


def test_bench_script_skips_the_ortholog_row_without_its_sources(bench_data, monkeypatch,
                                                                   capsys, tmp_path):
    monkeypatch.setenv("FIGCAP_SHARED_DATA", str(tmp_path / "no-shared-data"))
    rc = _bench_module().main(["--data", str(bench_data), "--only", "nlmgene-gene",
                               "nlmgene-orthologs"], annotate=lambda t: [])
    captured = capsys.readouterr()
    assert rc == 0 and "nlmgene-orthologs: skipped, missing" in captured.err
    assert "nlmgene-gene" in captured.out and "nlmgene-orthologs" not in captured.out
