"""figcap against existing PFOCR annotations: comparison, differences, scoring outputs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import figcap
from figcap.api import reannotate
from figcap.evaluation.compare import (
    SCORED_TYPES,
    compare_record,
    corpus_scores,
    existing_rows,
    mention_ids,
)
from figcap.evaluation.prf import PRF
from figcap.evaluation.scoring import (
    compare_records,
    figcap_mentions,
    format_summary,
    score_records,
)
from figcap.evaluation.visibility import CaptionIndex, snippet
from figcap.records import read_record, write_record
from figcap.schema import Annotation, Record

FIXTURES = Path(__file__).parent / "fixtures" / "evaluation"
SEED = FIXTURES / "PMC7859674__10.1177_0269881120959644-fig4.md"
NOT_ANNOTATED = FIXTURES / "PMC102186__mb2400926009.md"
GOOD = sorted(FIXTURES.glob("*.md"))


@pytest.fixture(scope="module")
def seed():
    record = read_record(SEED)
    return compare_record(record, reannotate(record).mentions)


@pytest.fixture(scope="module")
def fixture_comparisons():
    return list(compare_records(GOOD))


def test_seed_lhb_is_suspect_brain_region(seed):
    suspects = [d for d in seed.differences if d.kind == "suspect"]
    lhb = [d for d in suspects if d.word == "LHb"]
    assert len(lhb) == 1
    d = lhb[0]
    assert d.reason == "LHb is defined in the caption as lateral habenula (brain region)"
    assert d.identifiers == ("NCBIGene:3972",) and d.symbol == "LHB"
    assert d.figcap_type == "brain_region" and "UBERON:0001941" in d.figcap_identifiers
    assert seed.caption[d.start : d.end] == "LHb"
    assert "lateral habenula (LHb)" in d.snippet
    status = dict(zip(((m.start, m.text) for m in seed.mentions), seed.mention_status))
    assert status[(d.start, "LHb")] == "suspect"


def test_seed_akt_erk_eef2k_agree(seed):
    expected = {"NCBIGene:207", "NCBIGene:208", "NCBIGene:10000",  # AKT1/2/3
                "NCBIGene:5594", "NCBIGene:5595", "NCBIGene:29904"}  # MAPK1/3, EEF2K
    assert set(seed.agreed["gene"]) == expected
    prf = seed.scores[("identifier", "all", "gene")]
    assert prf.tp == len(expected)
    assert prf.fn == 1  # LHB: the suspect brain region
    status = {m.text: s for m, s in zip(seed.mentions, seed.mention_status)}
    assert status["Akt"] == status["ERK"] == "agree"


def test_seed_nmda_without_identifier_is_regrounded(seed):
    nmda = [d for d in seed.differences if d.word == "NMDA"]
    assert len(nmda) == 1
    d = nmda[0]
    assert d.kind in ("regrounded", "added") and d.type == "chemical"
    assert d.identifiers == () and "MESH:D016202" in d.figcap_identifiers
    assert seed.counts["no_identifier"] == 1
    # AMPA has its MeSH id: it agrees at identifier level; NMDA only at word level.
    assert seed.agreed["chemical"] == ("MESH:D018350",)
    word = seed.scores[("word", "all", "chemical")]
    assert word.fn == 0 and word.tp == 2


def test_seed_brain_regions_are_added_only(seed):
    added = [d for d in seed.differences if d.type == "brain_region"]
    assert added and {d.kind for d in added} == {"added"}
    assert {d.word for d in added} >= {"lateral habenula", "ventral tegmental area"}
    assert not any(key[2] == "brain_region" for key in seed.scores)
    assert seed.counts["brain_regions_added"] == len(added)


def _differences_of(figid, caption, anns, organisms=("Homo sapiens",)):
    """figcap's differences for a record of gene annotations ``anns`` on ``caption``."""
    from figcap.api import annotate

    record = Record(figid, caption, organisms=organisms,
                    annotations={"gene": anns, "chemical": None, "disease": None})
    return compare_record(record, annotate(caption, record.organisms)).differences


def _gold_and_pred(record, comparison, type_):
    rows, _ = existing_rows(record, CaptionIndex(record.caption))
    gold = {r.id for r in rows[type_] if r.id}
    visible = {r.id for r in rows[type_] if r.id and r.span is not None}
    pred = set()
    for m in comparison.mentions:
        if (m.type == "family" and type_ == "gene") or m.type == type_:
            ids = mention_ids(m)
            if type_ == "gene":
                pred |= set(ids)
            elif ids:
                pred.add(next((i for i in ids if i in gold), ids[0]))
    return gold, visible, pred


def test_counts_add_up(fixture_comparisons):
    assert len(fixture_comparisons) == len(GOOD)
    for c in fixture_comparisons:
        record = read_record(c.source)
        for type_ in SCORED_TYPES:
            if type_ in c.not_annotated:
                continue
            gold, visible, pred = _gold_and_pred(record, c, type_)
            everything = c.scores[("identifier", "all", type_)]
            assert everything.tp + everything.fn == len(gold)
            assert everything.tp + everything.fp == len(pred)
            vis = c.scores[("identifier", "visible", type_)]
            assert vis.tp + vis.fn == len(visible) and vis.fp == everything.fp
            assert vis.tp <= everything.tp and len(c.agreed[type_]) == everything.tp
    corpus = corpus_scores(fixture_comparisons)
    for key, total in corpus.micro.items():
        summed = sum((c.scores[key] for c in fixture_comparisons if key in c.scores), PRF())
        assert (total.tp, total.fp, total.fn) == (summed.tp, summed.fp, summed.fn)
    kinds = corpus.differences
    assert sum(kinds.values()) == sum(len(c.differences) for c in fixture_comparisons)


def test_not_annotated_records_are_left_out(fixture_comparisons):
    by_id = {c.figid: c for c in fixture_comparisons}
    na = by_id["PMC102186__mb2400926009"]
    assert set(na.not_annotated) == {"gene", "chemical", "disease"}
    assert na.scores == {} and na.mentions  # figcap found things, nothing is scored
    assert set(na.mention_status) <= {"unscored", "added"}  # brain regions only are added
    corpus = corpus_scores(fixture_comparisons)
    without = corpus_scores([c for c in fixture_comparisons if c is not na])
    assert corpus.not_annotated["gene"] == without.not_annotated["gene"] + 1
    assert corpus.scored["gene"] == without.scored["gene"]
    for key in corpus.micro:
        assert corpus.micro[key] == without.micro[key]


def test_suspect_reasons_stop_common_and_other_gene():
    # Fog1 is only in the figure (OCR): figcap grounds the word alone (reason (c)).
    caption = "Signalling in the cell: Mast acts downstream of the receptor."
    anns = (Annotation("gene", "Mast", ("NCBIGene:84446",), "BRSK1", "hgnc_alias_symbol"),
            Annotation("gene", "CELL", ("NCBIGene:999",), "CDH1", "hgnc_alias_symbol"),
            Annotation("gene", "Fog1", ("NCBIGene:2623",), "GATA1", "hgnc_alias_symbol"))
    record = Record("PMC0__test", caption, organisms=("Mus musculus",),
                    annotations={"gene": anns, "chemical": None, "disease": None})
    from figcap.api import annotate

    groundings = {a.word: annotate(a.word, record.organisms) for a in anns}
    c = compare_record(record, annotate(caption, record.organisms), word_groundings=groundings)
    reasons = {d.word: d.reason for d in c.differences if d.kind == "suspect"}
    assert reasons["Mast"] == "Mast is a common English word"
    assert reasons["CELL"] == "CELL is on the gene stop list"
    assert reasons["Fog1"].startswith("figcap grounds Fog1 as ZFPM1 (NCBIGene:161882)")
    assert "for Mus musculus, not GATA1" in reasons["Fog1"]
    # In the caption the same grounding is a regrounding, with the span as evidence.
    caption2 = "Fog1 binds GATA1."
    record2 = Record("PMC0__test2", caption2, organisms=("Mus musculus",),
                     annotations={"gene": anns[2:], "chemical": None, "disease": None})
    c2 = compare_record(record2, annotate(caption2, record2.organisms))
    (d,) = [d for d in c2.differences if d.word == "Fog1"]
    assert d.kind == "regrounded" and (d.start, d.end) == (0, 4)
    assert "NCBIGene:161882" in d.figcap_identifiers


def test_a_figure_in_capitals_hides_the_case_of_a_name():
    # The figure says "ENOS": as written that is ENO4's NCBI synonym, but in the figure's
    # capitals it is eNOS (NOS3), as PFOCR read it; a species prefix is no such case
    # ("hSF-1"). An undefined acronym is no longer read through an NCBI synonym at all, so
    # the word alone grounds nothing; the case rule itself still holds.
    from figcap.api import annotate
    from figcap.evaluation.differences import _other_case_name

    anns = (Annotation("gene", "ENOS", ("NCBIGene:4846",), "NOS3", "hgnc_alias_symbol"),
            Annotation("gene", "HSF-1", ("NCBIGene:2516",), "NR5A1", "hgnc_alias_symbol"))
    caption = "Endothelial signalling in the vessel wall."
    record = Record("PMC0__caps", caption, organisms=("Homo sapiens",),
                    annotations={"gene": anns, "chemical": None, "disease": None})
    groundings = {a.word: annotate(a.word, record.organisms) for a in anns}
    assert groundings["ENOS"] == []  # the word alone, as written
    assert _other_case_name("ENOS", {"NCBIGene:4846"})
    assert not _other_case_name("HSF-1", {"NCBIGene:2516"})
    c = compare_record(record, annotate(caption, record.organisms), word_groundings=groundings)
    reasons = {d.word: d.reason for d in c.differences if d.kind == "suspect"}
    assert "ENOS" not in reasons
    assert reasons["HSF-1"].startswith("figcap grounds HSF-1 as HSF1")


def test_caption_index_and_snippet():
    idx = CaptionIndex("inhibits N-methyl-D-aspartate (NMDA) receptors; TGF-β")
    assert idx.find("N-Methyl-D-Aspartate") == (9, 29)
    assert idx.find("receptor") == (37, 46)  # plural seen as singular
    assert idx.find("aspart") is None  # token boundaries only
    assert idx.find("TGFbeta") is not None
    assert snippet("abc", -1, -1) == ""
    text = "x" * 100 + "LHb" + "y" * 100
    assert snippet(text, 100, 103) == "…" + "x" * 40 + "LHb" + "y" * 40 + "…"


def test_a_family_word_naming_a_member_does_not_make_the_family_visible():
    # PFOCR read "caspase" from the figure and expanded it to every caspase; the caption
    # names caspases 8, 3 and 9 only, so only those rows are caption-visible.
    record = read_record(FIXTURES / "PMC3397358__viruses-04-00980-g001.md")
    idx = CaptionIndex(record.caption)
    assert idx.find("caspase") is not None and idx.find("caspase", bare=True) is None
    rows, _ = existing_rows(record, idx)
    caspases = {r.symbol: r.span is not None for r in rows["gene"] if r.word == "caspase"}
    assert len(caspases) > 5
    assert {s for s, seen in caspases.items() if seen} == {"CASP3", "CASP8", "CASP9"}
    alone = CaptionIndex("effector caspases act; RXR-γ; CD8+ T cells")
    assert alone.find("caspase", bare=True) is not None  # plural, no member named
    assert alone.find("RXR", bare=True) is None and alone.find("CD8+", bare=True) is not None


def test_stored_figcap_block_is_read_not_rerun(tmp_path, monkeypatch):
    record = read_record(SEED)
    result = reannotate(record)
    written = write_record(record, tmp_path, figcap=result.to_dict())
    stored = read_record(written)
    assert figcap_mentions(stored) == result.mentions

    def boom(record):  # figcap must not run again
        raise AssertionError("reannotate called")

    monkeypatch.setattr("figcap.api.reannotate", boom)
    (c,) = compare_records([written], ground_words=False)
    assert c.mentions == result.mentions
    assert any(d.word == "LHb" and d.kind == "suspect" for d in c.differences)


def test_a_stale_figcap_block_is_not_scored_as_this_figcap(tmp_path, monkeypatch, caplog):
    """A block written by another figcap version, or whose mention text is not the caption's
    text at its offsets (the caption was edited after figcap ran), is not this figcap's
    reading: figcap runs on the caption again, with a warning naming the record."""
    record = read_record(SEED)
    result = reannotate(record)
    block = result.to_dict()
    old = dict(block, version="0.0.1")
    shifted = dict(block, mentions=[dict(m, start=m["start"] + 1, end=m["end"] + 1)
                                    for m in block["mentions"]])
    runs = []

    def counting(rec):
        runs.append(rec.source)
        return result

    monkeypatch.setattr("figcap.api.reannotate", counting)
    for name, value, why in (("old", old, "written by figcap 0.0.1"),
                             ("shifted", shifted, "where the caption has")):
        written = write_record(record, tmp_path / name, figcap=value)
        caplog.clear()
        (c,) = compare_records([written], ground_words=False)
        assert runs[-1] == str(written) and c.mentions == result.mentions
        (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert warning.startswith(f"{written}: its figcap block ") and why in warning
        assert warning.endswith("running figcap on the caption instead")
    assert len(runs) == 2


def test_bad_records_are_reported_and_skipped(tmp_path):
    bad_block = tmp_path / "bad_block"
    record = read_record(SEED)
    write_record(record, bad_block, figcap={"mentions": [{"text": "x"}]})
    scores = score_records([FIXTURES, bad_block], out_dir=tmp_path / "out")
    assert len(scores["errors"]) == 2
    assert any("no caption" in e for e in scores["errors"])
    assert any("malformed mention" in e for e in scores["errors"])
    assert scores["corpus"]["records"] == len(GOOD)
    assert set(scores["records"]) == {read_record(p).figid for p in GOOD}


def test_score_records_outputs_are_deterministic(tmp_path):
    first = score_records(GOOD, out_dir=tmp_path / "a")
    second = score_records(GOOD, out_dir=tmp_path / "b")
    for name in ("scores.json", "differences.tsv", "suspects.tsv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    text = (tmp_path / "a" / "scores.json").read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(
        {k: first[k] for k in ("figcap_version", "corpus", "records")}))
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=1,
                              ensure_ascii=False) + "\n"
    with open(tmp_path / "a" / "suspects.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    lhb = [r for r in rows if r["word"] == "LHb"]
    assert lhb[0]["reason"] == "LHb is defined in the caption as lateral habenula (brain region)"
    diffs = (tmp_path / "a" / "differences.tsv").read_text(encoding="utf-8").splitlines()
    assert diffs[0].split("\t")[:3] == ["figid", "kind", "type"]
    assert len(diffs) - 1 == sum(first["corpus"]["differences"].values())
    assert first["corpus"]["scored_records"]["gene"] == second["corpus"]["scored_records"]["gene"]


def test_format_summary(tmp_path):
    scores = score_records(GOOD)
    text = format_summary(scores)
    assert "identifier level" in text and "word level" in text
    assert "caption-visible" in text and "all annotations" in text
    gene = next(line for line in text.splitlines() if line.startswith("gene micro"))
    prf = scores["corpus"]["scores"]["identifier"]["all"]["gene"]["micro"]
    assert f"{prf['tp']}/{prf['fp']}/{prf['fn']}" in gene
    assert "not annotated" in text and "brain regions" in text
    assert format_summary(scores["corpus"]) == text


def test_glossary_definition_makes_a_suspect_but_a_list_does_not():
    from figcap.api import annotate

    caption = "Glycolysis. PEP, phosphoenolpyruvate; PYR, pyruvate. Clock: CCA1, LHY, GI, CK2."
    anns = (Annotation("gene", "PEP", ("NCBIGene:5047",), "PAEP", "hgnc_alias_symbol"),
            Annotation("gene", "GI", ("NCBIGene:2770",), "GNAI1", "bioentities_symbol"))
    record = Record("PMC0__gloss", caption,
                    annotations={"gene": anns, "chemical": None, "disease": None})
    c = compare_record(record, annotate(caption))
    by_word = {d.word: d for d in c.differences}
    pep = by_word["PEP"]
    assert pep.kind == "suspect"
    assert pep.reason == "PEP is defined in the caption as phosphoenolpyruvate (chemical)"
    assert caption[pep.start : pep.end] == "PEP"
    assert by_word["GI"].kind == "missed"  # a list item, not a definition: no evidence


def test_a_definition_that_names_no_gene_makes_the_alias_suspect():
    from figcap.api import annotate

    # PMC3539764 (shared PFOCR records): PFOCR maps TGN to TG through an HGNC alias
    caption = ("Following synthesis in the endoplasmic reticulum, pro-BACE1 traffics through "
               "the trans-Golgi network (TGN), where it matures before localizing to the "
               "plasma membrane.")
    anns = (Annotation("gene", "TGN", ("NCBIGene:7038",), "TG", "hgnc_alias_symbol"),
            Annotation("gene", "BACE1", ("NCBIGene:23621",), "BACE1", "hgnc_symbol"))
    record = Record("PMC3539764__zns9991222870009", caption,
                    annotations={"gene": anns, "chemical": None, "disease": None})
    mentions = annotate(caption)
    assert "TGN" not in {m.text for m in mentions}  # figcap reads no gene there
    by_word = {d.word: d for d in compare_record(record, mentions).differences}
    assert by_word["TGN"].kind == "suspect"
    assert by_word["TGN"].reason == ("TGN is defined in the caption as trans-Golgi network, "
                                     "which figcap does not read as TG")
    assert "BACE1" not in by_word  # agreed


def test_a_glossary_naming_another_gene_or_enzyme_makes_suspects():
    fixtures = Path(__file__).parent / "fixtures" / "evaluation"

    def suspects(name):
        rec = read_record(fixtures / f"{name}.md")
        comp = compare_record(rec, reannotate(rec).mentions)
        return {d.word: d.reason for d in comp.differences if d.kind == "suspect"}

    # PFOCR reads MCM as the MCM helicase family; the legend says "methylmalonyl-CoA mutase"
    assert suspects("PMC5244315__zam9991176260002")["MCM"] == (
        "MCM is defined in the caption as methylmalonyl-CoA mutase (gene MMUT)")
    # PFOCR's OCR word "ADH/RH" is seen in the caption as ADH, which the legend defines
    assert suspects("PMC6275086__ijms-19-03388-g003")["ADH/RH"].startswith(
        "ADH is defined in the caption as aldehyde dehydrogenase, which figcap does not read")
    found = suspects("PMC123913__am0620108001")
    assert found["GAP"] == "GAP is defined in the caption as glyceraldehyde-3-phosphate (chemical)"
    assert found["PDC"] == ("PDC is defined in the caption as pyruvate decarboxylase, which "
                            "figcap does not read as PDC")
    assert "fructose-1,6-biphosphate aldolase" in found["FBA"]


def test_a_caption_with_mojibake_is_read_repaired_with_its_own_offsets():
    # PMC6027367 (shared PFOCR records): UTF-8 read as Mac Roman, "IKKβ" is "IKKŒ≤"
    rec = read_record(Path(__file__).parent / "fixtures" / "evaluation"
                      / "PMC6027367__biomedicines-06-00058-g001.md")
    mentions = reannotate(rec).mentions
    ikk = [m for m in mentions if m.identifiers[:1] == ("HGNC:5960",)]  # IKBKB
    assert ikk and all(m.text == "IKKŒ≤" == rec.caption[m.start : m.end] for m in ikk)
    assert any(m.text == "NF-Œ∫B" and m.identifiers == ("FPLX:NFkappaB",) for m in mentions)
    comp = compare_record(rec, mentions)
    assert "IKK" not in {d.word for d in comp.differences}  # PFOCR's IKK: agreed
    assert CaptionIndex(rec.caption).find("NF-κB") == (rec.caption.index("NF-Œ∫B"),
                                                        rec.caption.index("NF-Œ∫B") + 6)


def test_an_anion_class_and_its_acid_are_the_same_chemical():
    from figcap.evaluation.equivalence import chemical_id

    assert chemical_id("MESH:D011773") == "MESH:D019289"  # Pyruvates -> Pyruvic Acid
    assert chemical_id("MESH:D005947") == "MESH:D005947"  # glucose: no class above it
    # PMC123913 (shared PFOCR records): PFOCR files "pyruvate" under Pyruvates, figcap
    # under Pyruvic Acid (as BC5CDR's gold does); they agree
    rec = read_record(Path(__file__).parent / "fixtures" / "evaluation"
                      / "PMC123913__am0620108001.md")
    assert "MESH:D011773" in {i for a in rec.annotations["chemical"] for i in a.identifiers}
    comp = compare_record(rec, reannotate(rec).mentions)
    assert "pyruvate" not in {d.word.lower() for d in comp.differences if d.type == "chemical"}


def test_mojibake_mentions_and_repeated_words():
    from figcap.evaluation.differences import mention_keys
    from figcap.schema import Mention

    # PMC6097131__PBI-16-1531-g003: "glucosidase I (G‚ÄêI)" shows the word G-I
    m = Mention(text="G\u201a\u00c4\u00eaI", start=0, end=5, type="gene",
                identifiers=("HGNC:24862",), label="MOGS", matched="G-I",
                method="abbreviation", score=0.95)
    assert "gi" in mention_keys(m)
    # PMC3334963__pone.0035009.g007 (cut): MKK and MEKK do not show MAPK
    idx = CaptionIndex("MEKK: Mitogen-activated protein kinase kinase kinase; MKK: "
                       "Mitogen-activated protein kinase kinase; p38")
    assert idx.find("mitogen-activated protein kinase") is None
    assert idx.find("mitogen-activated protein kinase kinase") is not None


def test_a_word_figcap_tags_otherwise_is_suspect_when_the_caption_defines_it():
    # PMC4698510__WJG-22-8-g001 and PMC5085738__ijms-17-01706-g004 (cut); PFOCR read
    # CPT-1 as CHPT1 (alias CPT1) and SHMT as SHMT1.
    caption = ("CYP2E1: Cytochrome P450 2E1; CPT-1: Carnitine palmitoyl-transferase-1; ECM: "
               "extracellular matrix; SHMT: serine transhydroxymethyltransferase; FAS, DENV "
               "stimulates de novo phospholipid biosynthesis in the replication complex.")
    anns = (Annotation("gene", "CPT-1", ("NCBIGene:56994",), "CHPT1", "hgnc_alias_symbol"),
            Annotation("gene", "SHMT", ("NCBIGene:6470",), "SHMT1", "hgnc_alias_symbol"),
            Annotation("gene", "FAS", ("NCBIGene:355",), "FAS", "hgnc_symbol"))
    differences = _differences_of("PMC0__defined", caption, anns)
    reasons = {d.word: d.reason for d in differences if d.kind == "suspect"}
    assert reasons["CPT-1"] == ("CPT-1 is defined in the caption as Carnitine "
                                "palmitoyl-transferase-1, which figcap does not read as CHPT1")
    assert "SHMT" not in reasons  # SHMT1's own name, spelled with "trans"
    assert "FAS" not in reasons  # prose after a comma defines nothing


def test_no_suspect_from_prose_own_names_or_the_long_forms_of_a_pair():
    # PMC6585543__NRR-14-1661-g001 and PMC3921165__pone.0088508.g009 (cut), with words of
    # the figure PFOCR read (figcap leaves them untagged or grounds them otherwise)
    caption = ("Aβ: amyloid-β; Shh: sonic hedgehog; PI3K/AKT: phosphoinositide 3-kinase/"
               "protein kinase B. By inhibiting AC (and subsequent cAMP production), H2S "
               "alleviates it. ThrB, homoserine kinase.")
    anns = (Annotation("gene", "Shh", ("NCBIGene:6469",), "SHH", "hgnc_symbol"),
            Annotation("gene", "PI3K/AKT", ("NCBIGene:207",), "AKT1", "bioentities_symbol"),
            Annotation("gene", "AC", ("NCBIGene:107",), "ADCY1", "bioentities_symbol"),
            Annotation("gene", "ThrB", ("NCBIGene:7068",), "THRB", "hgnc_symbol"))
    differences = _differences_of("PMC0__prose", caption, anns)
    reasons = {d.word: d.reason for d in differences if d.kind == "suspect"}
    for word in ("Shh", "PI3K/AKT", "AC"):
        assert "defined in the caption" not in reasons.get(word, "")
    # a bacterial gene's enzyme still tells against a human gene of that symbol
    assert reasons["ThrB"] == ("ThrB is defined in the caption as homoserine kinase, which "
                               "figcap does not read as THRB")


def test_a_family_word_the_caption_defines_as_one_member():
    # PMC2773089__pp1511221f06 (cut): PFOCR expanded ENO to the enolase family
    caption = "Glycolysis-gluconeogenesis-carbon fixation. ENO, Enolase 2; FBPA, Fru-bisphosphate aldolase."
    anns = tuple(Annotation("gene", "ENO", (f"NCBIGene:{n}",), s, "bioentities_symbol")
                 for n, s in (("2023", "ENO1"), ("2026", "ENO2"), ("2027", "ENO3"),
                              ("387712", "ENO4")))
    differences = _differences_of("PMC0__eno", caption, anns)
    (d,) = [d for d in differences if d.word == "ENO"]
    assert d.kind == "suspect" and "NCBIGene:2026" not in d.identifiers
    assert d.reason == ("ENO is defined in the caption as Enolase 2 (ENO2), one gene, not the "
                        "other genes of its family")


def test_a_word_only_inside_a_chemical_name_is_suspect():
    # PMC6213986__ijms-19-03266-g002 (cut); PFOCR read ST-4 as CRYBG1 (alias ST4)
    caption = "Notoginsenoside ST-4 (21) prevents HSV-1 from penetrating into cells."
    anns = (Annotation("gene", "ST-4", ("NCBIGene:202",), "CRYBG1", "hgnc_alias_symbol"),)
    differences = _differences_of("PMC0__st4", caption, anns)
    (d,) = [d for d in differences if d.word == "ST-4"]
    assert d.kind == "suspect"
    assert d.reason == "ST-4 occurs in the caption only inside the chemical name Notoginsenoside ST-4"


def test_a_carbon_count_is_suspect():
    from figcap.evaluation.differences import _carbon_count

    # PMC6354897__emss-81481-f001, PMC3969365__pone.0093317.g001, PMC6194902 (cut)
    text = ("GDP, geranyl diphosphate (GDP, C10); FPP (C15) in monoterpenes (C10); the C40 "
            "carotenoid pigment lycopene; C6 or C5 sugar enters glycolysis")
    mentions = figcap.annotate(text)
    assert _carbon_count("C10", text, mentions)
    assert _carbon_count("C40", text, mentions)
    assert _carbon_count("C5", text, mentions)
    # the complement component stays a gene where nothing counts carbons
    text = "C5 cleaves into C5a and C5b, and C5 binds the receptor"
    assert not _carbon_count("C5", text, figcap.annotate(text))


def test_a_word_that_names_a_protein_domain_is_suspect():
    from figcap.evaluation.differences import _domain_name

    # PMC4582187__joces-128-165209-g7, PMC6180192__fnmol-11-00310-g0001 (cut)
    text = ("binds the N-terminal region of Rpn13 through its central TPR domain (this "
            "study); KEAP1 interacts with the Neh2 domain of NRF2 and with TPR-like repeats")
    assert _domain_name("TPR", text) and _domain_name("Neh2", text)
    assert not _domain_name("NRF2", text) and not _domain_name("KEAP1", text)
    assert not _domain_name("TPR", "TPR binds the pore; the TPR domain")  # also the protein


def test_pfocr_placeholder_organism_is_not_named_in_a_reason():
    # PMC3004842__1475-2859-9-94-2 (cut): PFOCR writes "XXX" where it has no organism
    caption = ("Central metabolism and analysis of flux-sum intensity in Z. mobilis. Reactions "
               "for utilizing pentose sugars in Z. mobilis are introduced.")
    anns = (Annotation("gene", "HIS", ("NCBIGene:57016",), "HIS", "hgnc_alias_symbol"),)
    from figcap.api import annotate

    record = Record("PMC3004842__1475-2859-9-94-2", caption, organisms=("XXX",),
                    annotations={"gene": anns, "chemical": None, "disease": None})
    groundings = {"HIS": annotate("HIS", record.organisms)}
    c = compare_record(record, annotate(caption, record.organisms), word_groundings=groundings)
    (d,) = [d for d in c.differences if d.word == "HIS"]
    assert d.kind == "suspect" and d.reason.startswith("figcap grounds HIS as ")
    assert "XXX" not in d.reason
