"""Tests for figcap.records: both PFOCR layouts, JSON Lines, bad input and round trips."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest
import yaml

from figcap.errors import RecordFormatError
from figcap.records import (
    FIGCAP_KEY,
    iter_records,
    read_jsonl,
    read_record,
    sample_paths,
    validate_figid,
    with_figcap,
    write_jsonl,
    write_record,
)
from figcap.records_tsv import read_table, to_curie
from figcap.schema import Annotation, Record

FIX = Path(__file__).parent / "fixtures" / "records"
OLD_EX = FIX / "old" / "PMC7859674__10.1177_0269881120959644-fig4.md"
CUR_EX = FIX / "current" / "_figures" / "PMC10031257__gr3.md"
CUR_CHEM = FIX / "current" / "_figures" / "PMC10003241__ijms-24-04893-g003.md"
ADRD = FIX / "old" / "PMC5932355__fnins-12-00215-g0001.md"
NO_CAPTION = FIX / "old" / "PMC6879371__plantbiotechnology-35-3-18.0601a-figure01.md"
EMPTY_GENES = FIX / "old" / "PMC1283772__pp1391366f01.md"
UNAVAILABLE = FIX / "old" / "PMC1351030__nihms2404f8.md"
JSONL = FIX / "jsonl" / "records.jsonl"
ALL_GOOD = [OLD_EX, ADRD, EMPTY_GENES, UNAVAILABLE, CUR_EX, CUR_CHEM]


def shared_data() -> Path:
    """The shared data folder: $FIGCAP_SHARED_DATA or <workspace>/shared/data."""
    env = os.environ.get("FIGCAP_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def front_matter_keys(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return list(yaml.safe_load(text[4 : text.index("\n---\n", 4)]))


def assert_same(a: Record, b: Record) -> None:
    """Equal records, fields (checked explicitly: not part of ==), body and tables."""
    assert a == b
    assert a.fields == b.fields
    assert list(a.fields) == list(b.fields)
    assert a.body == b.body
    assert getattr(a.fields, "tables", None) == getattr(b.fields, "tables", None)


# ------------------------------------------------------------------ old layout


def test_old_example_values() -> None:
    r = read_record(OLD_EX)
    assert r.figid == "PMC7859674__10.1177_0269881120959644-fig4"
    assert r.layout == "old" and r.source == str(OLD_EX)
    assert r.caption.startswith("Hypothesised monoamine and opioid mechanisms")
    assert r.caption.endswith("potentiate the ERK signalling pathway.")
    assert r.papertitle == "Ketamine: A tale of two enantiomers."
    assert r.figtitle.startswith("Hypothesised monoamine")
    assert r.organisms == ("Homo sapiens",)
    assert r.body == ""
    genes = r.annotations["gene"]
    assert len(genes) == 11
    assert genes[0] == Annotation("gene", "LHb", ("NCBIGene:3972",), "LHB", "hgnc_symbol")
    # a FamPlex family expanded to members: the member is the symbol ...
    assert genes[1] == Annotation("gene", "Akt", ("NCBIGene:208",), "AKT2", "bioentities_symbol")
    # ... and the family symbol stays in the raw item
    assert r.fields["genes"][1] == {"word": "Akt", "symbol": "AKT", "source": "bioentities_symbol",
                                    "hgnc_symbol": "AKT2", "entrez": "208"}
    assert r.annotations["chemical"] == (
        Annotation("chemical", "NMDA", (), "", ""),
        Annotation("chemical", "AMPA", ("MESH:D018350",), "", "MESH"),
    )
    assert r.annotations["disease"] == ()  # `diseases: []`: annotated, nothing found


def test_old_fields_are_the_front_matter_verbatim_in_order() -> None:
    r = read_record(OLD_EX)
    assert list(r.fields) == front_matter_keys(OLD_EX)
    assert r.fields["pathway_score"] == 0.895973  # YAML types kept
    assert r.fields["year"] == "2021"
    assert r.fields["schema-jsonld"]["keywords"][:2] == ["LHB", "AKT2"]
    assert r.pmcid == "PMC7859674"


def test_chemical_items_with_mesh_names() -> None:
    r = read_record(EMPTY_GENES)
    assert r.annotations["gene"] == ()
    assert r.annotated("gene")
    assert r.annotations["chemical"][1] == Annotation(
        "chemical", "ent-kaurene", ("MESH:D045786",), "Diterpenes, Kaurane", "MESH"
    )
    assert r.annotations["disease"] is None  # diseases_available: false


def test_provenance_unavailable_means_not_annotated() -> None:
    r = read_record(ADRD)
    assert len(r.annotations["gene"]) == 16
    assert r.annotations["chemical"] is None and r.annotations["disease"] is None
    assert not r.annotated("chemical")
    none = read_record(UNAVAILABLE)
    assert none.annotations == {"gene": None, "chemical": None, "disease": None}


def test_flag_false_wins_over_a_list(tmp_path: Path) -> None:
    text = EMPTY_GENES.read_text(encoding="utf-8")
    edited = tmp_path / EMPTY_GENES.name
    edited.write_text(text.replace("chemicals_available: true", "chemicals_available: false"),
                      encoding="utf-8")
    r = read_record(edited)
    assert r.annotations["chemical"] is None
    assert len(r.fields["chemicals"]) == 2  # the list itself is kept


def test_body_crlf_and_bom(tmp_path: Path) -> None:
    text = UNAVAILABLE.read_text(encoding="utf-8") + "\nSome *markdown* body.\n"
    body_file = tmp_path / "body" / UNAVAILABLE.name
    body_file.parent.mkdir()
    body_file.write_text(text, encoding="utf-8")
    r = read_record(body_file)
    assert r.body == "\nSome *markdown* body.\n"
    out = write_record(r, tmp_path / "out")
    assert out.read_text(encoding="utf-8").endswith("---\n\nSome *markdown* body.\n")
    assert_same(read_record(out), r)
    crlf = tmp_path / "crlf" / UNAVAILABLE.name
    crlf.parent.mkdir()
    crlf.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    c = read_record(crlf)
    assert c == r and c.fields == r.fields
    assert c.caption == r.caption


def test_missing_caption_policy() -> None:
    with pytest.raises(RecordFormatError, match="no caption") as info:
        read_record(NO_CAPTION)
    assert NO_CAPTION.name in str(info.value)
    assert info.value.source == str(NO_CAPTION)
    r = read_record(NO_CAPTION, require_caption=False)
    assert r.caption is None
    assert len(r.annotations["gene"]) == 3 and len(r.annotations["chemical"]) == 8
    assert r.organisms == ()  # no organisms field


# ------------------------------------------------------------------ current layout


def test_current_example_genes_from_tsv() -> None:
    r = read_record(CUR_EX)
    assert r.layout == "current"
    assert r.figid == "PMC10031257__gr3"
    assert r.organisms == ("NA",)
    assert r.caption.startswith("FA signaling in cartilage.")
    genes = r.annotations["gene"]
    rows = (FIX / "current" / "_data" / "PMC10031257__gr3-genes.tsv").read_text().splitlines()
    assert len(genes) == len(rows) - 1 == 68
    assert genes[0] == Annotation("gene", "Src", ("NCBIGene:6714",), "SRC", "ncbigene_symbol", "9606")
    assert genes[1].source == "famplex_relations" and genes[1].symbol == "FGR"
    assert r.annotations["chemical"] is None and r.annotations["disease"] is None
    assert "genes" not in r.fields
    assert list(r.fields) == front_matter_keys(CUR_EX)
    assert r.fields.tables["gene"].header[:4] == ("organism_id", "organism_name",
                                                 "organism_group", "word")


def test_current_chemicals_and_diseases() -> None:
    r = read_record(CUR_CHEM)
    chems = r.annotations["chemical"]
    assert len(chems) == 12
    assert chems[0] == Annotation("chemical", "Fatty acid", ("MESH:D005227", "CHEBI:35366"),
                                  "Fatty Acids")
    assert chems[2] == Annotation("chemical", "Acetil-CoA", ("MESH:C065987",), "")  # NA cells
    assert r.annotations["disease"] == (
        Annotation("disease", "OBS proteins", ("MESH:D011488",), ""),
    )
    assert r.annotations["gene"] is None  # no genes TSV: not annotated


def _copy_current(tmp_path: Path, beside: bool) -> Path:
    folder = tmp_path / "figs"
    data = folder / "_data" if beside else tmp_path / "_data"
    data.mkdir(parents=True)
    folder.mkdir(exist_ok=True)
    shutil.copy(CUR_EX, folder / CUR_EX.name)
    shutil.copy(FIX / "current" / "_data" / "PMC10031257__gr3-genes.tsv", data)
    return folder / CUR_EX.name


@pytest.mark.parametrize("beside", [False, True], ids=["../_data", "./_data"])
def test_current_data_folder_locations(tmp_path: Path, beside: bool) -> None:
    r = read_record(_copy_current(tmp_path, beside))
    assert r.layout == "current"
    assert r.annotations == read_record(CUR_EX).annotations


def test_header_only_tsv_means_annotated_nothing_found(tmp_path: Path) -> None:
    md = _copy_current(tmp_path, beside=False)
    (tmp_path / "_data" / "PMC10031257__gr3-chemicals.tsv").write_text(
        "word\tmesh\tmatch\tname\tchebi\n", encoding="utf-8")
    r = read_record(md)
    assert r.annotations["chemical"] == ()
    assert r.annotations["disease"] is None
    back = read_record(write_record(r, tmp_path / "out"))
    assert_same(r, back)
    assert back.annotations["chemical"] == ()


def test_bad_tsv_names_file_and_line(tmp_path: Path) -> None:
    md = _copy_current(tmp_path, beside=False)
    tsv = tmp_path / "_data" / "PMC10031257__gr3-genes.tsv"
    lines = tsv.read_text().splitlines()
    lines[3] = lines[3] + "\textra"
    tsv.write_text("\n".join(lines) + "\n")
    with pytest.raises(RecordFormatError, match=r"genes\.tsv:4: 12 columns, the header has 11"):
        read_record(md)
    tsv.write_text("word\tmatch\nSrc\tSRC\n")
    with pytest.raises(RecordFormatError, match="missing column.*ncbigene_id"):
        read_table(tsv, "gene")


def test_to_curie() -> None:
    assert to_curie("mesh:D005227", "MESH") == "MESH:D005227"
    assert to_curie("chebi:35366", "CHEBI") == "CHEBI:35366"
    assert to_curie("ncbigene:207", "NCBIGene") == "NCBIGene:207"
    assert to_curie("D018350", "MESH") == "MESH:D018350"
    assert to_curie("NA", "DOID") is None and to_curie(" ", "MESH") is None


# ------------------------------------------------------------------ bad input

BAD = [
    ("no_front_matter.md", "no front matter"),
    ("unclosed_front_matter.md", "no front matter"),
    ("bad_yaml.md", ("malformed YAML at line 20: found unexpected end of stream "
                     "(while scanning a quoted scalar that starts at line 7)")),
    ("bad_yaml_colon.md", "malformed YAML at line 3: mapping values are not allowed"),
    ("not_mapping.md", "the front matter must be a mapping, got a list"),
    ("no_caption.md", "no caption"),
    ("caption_not_string.md", "caption must be a string, got a list"),
    ("organisms_not_list.md", "organisms must be a list of strings, got a string"),
    ("no_figid.md", "no figid"),
    ("figid_escape.md", "unsafe figid '../../etc/PMC1351030__nihms2404f8'"),
    ("genes_not_list.md", "genes must be a list, got a string"),
    ("gene_item_not_mapping.md", "genes[0] must be a mapping, got a string"),
    ("entrez_not_digits.md", "genes[0].entrez '688x' is not a number"),
    ("gene_word_bool.md", "genes[0].word must be a string, got true/false (quote it in YAML)"),
    ("latin1.md", "not UTF-8: byte 0xfc at offset 196 (line 7)"),
]


@pytest.mark.parametrize(("name", "problem"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_file_and_problem(name: str, problem: str) -> None:
    path = FIX / "bad" / name
    with pytest.raises(RecordFormatError) as info:
        read_record(path)
    assert info.value.source == str(path)
    assert str(info.value) == f"{path}: {info.value.problem}"
    assert problem in info.value.problem


def test_latin1_offset_is_the_bad_byte() -> None:
    data = (FIX / "bad" / "latin1.md").read_bytes()
    assert data.index(b"\xfc") == 196  # the ü of "Krüppel"


@pytest.mark.parametrize("figid", ["", "  ", "../x", "a/b", "a\\b", ".hidden", "/abs", "C:x",
                                   "a\x00b", "a\nb", "x\x7f", "PMC1..2", 123, None])
def test_unsafe_figids_refused(figid: object) -> None:
    with pytest.raises(RecordFormatError, match="figid"):
        validate_figid(figid, "f.md")


def test_safe_figid_accepted() -> None:
    assert validate_figid("PMC7859674__10.1177_0269881120959644-fig4") == (
        "PMC7859674__10.1177_0269881120959644-fig4")


def test_unsafe_figid_refused_at_write(tmp_path: Path) -> None:
    bad = dataclasses.replace(read_record(OLD_EX), figid="../evil")
    with pytest.raises(RecordFormatError, match="unsafe figid '../evil'"):
        write_record(bad, tmp_path / "out")
    assert list(tmp_path.rglob("*")) == []


# ------------------------------------------------------------------ writing


@pytest.mark.parametrize("path", ALL_GOOD, ids=[p.stem[:24] for p in ALL_GOOD])
def test_round_trip_and_determinism(tmp_path: Path, path: Path) -> None:
    before = digest(FIX)
    r = read_record(path)
    out1 = write_record(r, tmp_path / "a")
    out2 = write_record(read_record(out1), tmp_path / "b")
    assert_same(r, read_record(out1))
    assert_same(r, read_record(out2))
    assert digest(tmp_path / "a") == digest(tmp_path / "b")  # byte-identical
    assert digest(FIX) == before  # inputs untouched
    assert not [p for p in tmp_path.rglob(".*")]  # no temp files left


def test_site_files_written_back_byte_for_byte(tmp_path: Path) -> None:
    out = write_record(read_record(OLD_EX), tmp_path)
    assert out == tmp_path / f"{read_record(OLD_EX).figid}.md"
    assert out.read_bytes() == OLD_EX.read_bytes()
    out = write_record(read_record(CUR_EX), tmp_path / "cur")
    assert out == tmp_path / "cur" / "_figures" / "PMC10031257__gr3.md"
    assert out.read_bytes() == CUR_EX.read_bytes()
    tsv = FIX / "current" / "_data" / "PMC10031257__gr3-genes.tsv"
    assert (tmp_path / "cur" / "_data" / tsv.name).read_bytes() == tsv.read_bytes()
    assert sorted(p.name for p in (tmp_path / "cur" / "_data").iterdir()) == [tsv.name]


def test_figcap_key_added_then_replaced(tmp_path: Path) -> None:
    r = read_record(OLD_EX)
    value = {"version": "0.1", "mentions": [{"text": "Akt", "span": (4, 7)}]}
    first = read_record(write_record(r, tmp_path / "1", figcap=value))
    assert first.fields[FIGCAP_KEY] == {"version": "0.1", "mentions": [{"text": "Akt",
                                                                        "span": [4, 7]}]}
    assert list(first.fields)[-1] == FIGCAP_KEY
    assert {k: v for k, v in first.fields.items() if k != FIGCAP_KEY} == r.fields
    assert first == r
    out = write_record(first, tmp_path / "2", figcap={"version": "0.2"})
    second = read_record(out)
    assert second.fields[FIGCAP_KEY] == {"version": "0.2"}
    assert list(second.fields) == list(first.fields)
    assert out.read_text(encoding="utf-8").count("\nfigcap:") == 1
    kept = read_record(write_record(second, tmp_path / "3"))  # figcap=None keeps it
    assert kept.fields[FIGCAP_KEY] == {"version": "0.2"}


def test_figcap_on_current_layout_keeps_tables(tmp_path: Path) -> None:
    r = read_record(CUR_EX)
    back = read_record(write_record(r, tmp_path, figcap={"genes": 3}))
    assert back.fields[FIGCAP_KEY] == {"genes": 3}
    assert back.annotations == r.annotations
    assert with_figcap(r, {"x": 1}).fields.tables == r.fields.tables


def test_figcap_value_must_be_jsonable(tmp_path: Path) -> None:
    r = read_record(OLD_EX)
    with pytest.raises(RecordFormatError, match="not JSON-able"):
        write_record(r, tmp_path, figcap={"bad": {1, 2}})
    with pytest.raises(TypeError, match="must be a dict"):
        write_record(r, tmp_path, figcap=["not", "a", "dict"])  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_never_overwrites_an_input(tmp_path: Path) -> None:
    copy = tmp_path / OLD_EX.name
    shutil.copy(OLD_EX, copy)
    with pytest.raises(RecordFormatError, match="refusing to overwrite the input file"):
        write_record(read_record(copy), tmp_path, figcap={"x": 1})
    assert copy.read_bytes() == OLD_EX.read_bytes()
    md = _copy_current(tmp_path / "cur", beside=False)  # <tmp>/cur/figs/x.md, <tmp>/cur/_data
    tsv = tmp_path / "cur" / "_data" / "PMC10031257__gr3-genes.tsv"
    with pytest.raises(RecordFormatError, match="refusing to overwrite"):
        write_record(read_record(md), tmp_path / "cur")  # would write cur/_data/*.tsv
    assert tsv.read_bytes() == (FIX / "current" / "_data" / tsv.name).read_bytes()


def test_record_disagreeing_with_its_fields_is_not_written(tmp_path: Path) -> None:
    r = read_record(OLD_EX)
    with pytest.raises(RecordFormatError, match="gene annotations differ"):
        write_record(dataclasses.replace(r, annotations={**r.annotations, "gene": ()}), tmp_path)
    with pytest.raises(RecordFormatError, match="caption differ"):
        write_record(dataclasses.replace(r, caption="edited"), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_stale_tsv_of_the_figid_is_removed(tmp_path: Path) -> None:
    stale = tmp_path / "_data" / "PMC10031257__gr3-diseases.tsv"
    stale.parent.mkdir()
    stale.write_text("word\tmesh\tmatch\tname\tdoid\nOA\tmesh:D010003\tNA\tNA\tNA\n")
    r = read_record(CUR_EX)
    back = read_record(write_record(r, tmp_path))
    assert not stale.exists()
    assert back.annotations["disease"] is None


MADE = {
    "gene": (Annotation("gene", "Akt", ("NCBIGene:207", "HGNC:391"), "AKT1", "bioentities_symbol"),
             Annotation("gene", "Trh", ("NCBIGene:22044",), "Trh", "ncbigene_symbol", "10090")),
    "chemical": (Annotation("chemical", "AMPA", ("MESH:D018350",), "AMPA", "MESH"),
                 Annotation("chemical", "NMDA", (), "", "")),
    "disease": (),
}


def test_old_record_made_in_code(tmp_path: Path) -> None:
    r = Record(figid="PMC1__f1", caption="Akt and AMPA.", organisms=("Homo sapiens",),
               annotations=MADE, layout="old")
    out = write_record(r, tmp_path)
    back = read_record(out)
    assert back == r
    assert back.fields["genes"][0]["hgnc_id"] == "HGNC:391"
    assert back.fields["genes"][1]["organism"] == "10090"
    assert back.fields["diseases"] == []


def test_current_record_made_in_code(tmp_path: Path) -> None:
    chem = (Annotation("chemical", "Fatty acid", ("MESH:D005227", "CHEBI:35366"), "Fatty Acids"),)
    r = Record(figid="PMC2__f2", caption="x", layout="current",
               annotations={"gene": MADE["gene"][1:], "chemical": chem, "disease": None})
    out = write_record(r, tmp_path)
    assert out == tmp_path / "_figures" / "PMC2__f2.md"
    assert read_record(out) == r
    assert (tmp_path / "_data" / "PMC2__f2-chemicals.tsv").read_text().splitlines()[1] == (
        "Fatty acid\tmesh:D005227\tFatty Acids\tNA\tchebi:35366")
    assert not (tmp_path / "_data" / "PMC2__f2-diseases.tsv").exists()


def test_pickled_record_keeps_its_tables() -> None:
    r = read_record(CUR_EX)
    copy = pickle.loads(pickle.dumps(r))
    assert_same(r, copy)


# ------------------------------------------------------------------ JSON Lines


def test_read_jsonl_matches_the_markdown_records() -> None:
    records = list(read_jsonl(JSONL))
    assert [r.source for r in records] == [f"{JSONL}:1", f"{JSONL}:3", f"{JSONL}:4"]
    for r, md in zip(records, [ADRD, EMPTY_GENES, UNAVAILABLE]):
        m = read_record(md)
        assert r.layout == "jsonl"
        assert (r.figid, r.caption, r.annotations, r.organisms) == (
            m.figid, m.caption, m.annotations, m.organisms)
        assert r.fields == m.fields


def test_jsonl_errors_name_file_and_line() -> None:
    bad = FIX / "bad" / "mixed.jsonl"
    errors: list[RecordFormatError] = []
    records = list(read_jsonl(bad, errors=errors))
    assert [r.figid for r in records] == ["PMC1351030__nihms2404f8"]
    assert [e.source for e in errors] == [f"{bad}:{n}" for n in (2, 3, 4, 5)]
    assert "invalid JSON" in errors[0].problem
    assert errors[1].problem == "a line must hold a JSON object, got a list"
    assert errors[2].problem == "no caption"
    assert errors[3].problem.startswith("not UTF-8: byte 0xfc at offset")
    with pytest.raises(RecordFormatError, match=r"mixed\.jsonl:2: invalid JSON"):
        list(read_jsonl(bad))


def test_write_jsonl_round_trip(tmp_path: Path) -> None:
    records = [*read_jsonl(JSONL), read_record(OLD_EX), read_record(CUR_CHEM)]
    records[0] = with_figcap(records[0], {"n": 1})
    out = write_jsonl(records, tmp_path / "out.jsonl")
    back = list(read_jsonl(out))
    assert len(back) == len(records)
    for a, b in zip(records, back):
        assert (a.figid, a.caption, a.annotations) == (b.figid, b.caption, b.annotations)
    assert back[0].fields == records[0].fields and back[0].fields[FIGCAP_KEY] == {"n": 1}
    assert back[3].fields == records[3].fields
    assert back[4].fields["chemicals"][0]["xrefs"] == ["CHEBI:35366"]
    again = write_jsonl(back, tmp_path / "again.jsonl")
    assert again.read_bytes() == out.read_bytes()


def test_jsonl_record_is_not_written_as_markdown(tmp_path: Path) -> None:
    r = next(read_jsonl(JSONL))
    with pytest.raises(RecordFormatError, match="write_jsonl"):
        write_record(r, tmp_path)


def test_write_jsonl_refuses_its_input(tmp_path: Path) -> None:
    copy = tmp_path / "in.jsonl"
    shutil.copy(JSONL, copy)
    with pytest.raises(RecordFormatError, match="refusing to overwrite"):
        write_jsonl(list(read_jsonl(copy)), copy)
    assert copy.read_bytes() == JSONL.read_bytes()


# ------------------------------------------------------------------ batches


def test_iter_records_directory_collects_errors() -> None:
    errors: list[RecordFormatError] = []
    records = list(iter_records(FIX, errors=errors))
    assert sorted(r.figid for r in records) == sorted([
        "PMC7859674__10.1177_0269881120959644-fig4", "PMC5932355__fnins-12-00215-g0001",
        "PMC1283772__pp1391366f01", "PMC1351030__nihms2404f8", "PMC10031257__gr3",
        "PMC10003241__ijms-24-04893-g003", "PMC5932355__fnins-12-00215-g0001",
        "PMC1283772__pp1391366f01", "PMC1351030__nihms2404f8", "PMC1351030__nihms2404f8",
    ])
    # 15 bad .md files, 4 bad JSON lines, the shared record without a caption
    assert len(errors) == len(BAD) + 4 + 1
    assert all(str(FIX) in e.source for e in errors)
    assert any(e.source == str(NO_CAPTION) and e.problem == "no caption" for e in errors)


def test_iter_records_raises_without_error_list() -> None:
    with pytest.raises(RecordFormatError):
        list(iter_records(FIX / "bad"))


def test_iter_records_globs_and_missing_paths(tmp_path: Path) -> None:
    found = list(iter_records([str(FIX / "old" / "PMC59*.md"), OLD_EX, OLD_EX]))
    assert [r.figid for r in found] == ["PMC5932355__fnins-12-00215-g0001",
                                        "PMC7859674__10.1177_0269881120959644-fig4"]
    errors: list[RecordFormatError] = []
    assert list(iter_records([tmp_path / "nope.md", str(tmp_path / "*.md")], errors=errors)) == []
    assert [e.problem for e in errors] == ["no such file or directory",
                                           "the pattern matches no files"]
    with pytest.raises(RecordFormatError, match="no such file"):
        list(iter_records(tmp_path / "nope.md"))


def test_iter_records_skips_hidden_files(tmp_path: Path) -> None:
    shutil.copy(OLD_EX, tmp_path / OLD_EX.name)
    (tmp_path / ".x.md.123.tmp.md").write_text("junk")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "a.md").write_text("junk")
    assert [r.figid for r in iter_records(tmp_path)] == [read_record(OLD_EX).figid]


# ------------------------------------------------------------------ samples


def test_bundled_samples() -> None:
    paths = sample_paths()
    names = {p.name for p in paths}
    assert len(paths) >= 21
    assert "PMC5932355__fnins-12-00215-g0001.md" in names
    assert "PMC7859674__10.1177_0269881120959644-fig4.md" in names
    records = list(iter_records(paths))
    assert len(records) == len(paths)
    current = [r for r in records if r.layout == "current"]
    assert [r.figid for r in current] == ["PMC10031257__gr3"]
    assert len(current[0].annotations["gene"]) == 68
    for r in records:
        assert r.caption
        assert any(r.annotations.get(t) for t in ("gene", "chemical")), r.figid


# ------------------------------------------------------------------ all shared records


@pytest.mark.shared
def test_shared_records_round_trip(tmp_path: Path) -> None:
    data = shared_data() / "pfocr"
    if not (data / "records").is_dir():
        pytest.skip(f"shared PFOCR records not found at {data} (set FIGCAP_SHARED_DATA)")
    start = time.perf_counter()
    errors: list[RecordFormatError] = []
    records = list(iter_records(data / "records", require_caption=False, errors=errors))
    elapsed = time.perf_counter() - start
    assert errors == []
    assert len(records) == 3333
    assert elapsed < 15, f"reading 3,333 records took {elapsed:.1f} s"
    assert sorted(r.figid.split("__")[0] for r in records if r.caption is None) == [
        "PMC6879371", "PMC6879386"]
    strict: list[RecordFormatError] = []
    assert len(list(iter_records(data / "records", errors=strict))) == 3331
    assert sorted(e.problem for e in strict) == ["no caption", "no caption"]
    examples = [data / "examples" / OLD_EX.name, data / "examples" / CUR_EX.name]
    failures = []
    for r in [*records, *(read_record(p) for p in examples)]:
        back = read_record(write_record(r, tmp_path), require_caption=False)
        if back != r or back.fields != r.fields or list(back.fields) != list(r.fields):
            failures.append(r.figid)
    assert failures == []
    counts = {t: sum(1 for r in records if r.annotations[t]) for t in ("gene", "chemical")}
    assert counts == {"gene": 1066, "chemical": 635}


# ------------------------------------------------------------------ YAML emitter and odd text


def test_libyaml_dumper_writes_the_same_bytes_as_pyyaml(tmp_path: Path) -> None:
    """figcap dumps front matters with libyaml (fast) but must write what PyYAML's own
    SafeDumper writes, byte for byte; libyaml folds double-quoted strings elsewhere, so
    those go through SafeDumper. The caption of PMC5114830__40478_2016_392_Fig1_HTML (one of
    the shared records) is full of U+FEFF: its first sentence, repeated, is the case."""
    from figcap import records

    assert records._DUMPER is getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    feff = ("RyR1 activation preceded by DHPR activation resulting in high sarcoplasmic "
            "Ca\ufeff2+\ufeff 2) RyR1 closed: bound Ca2+-Cam at high [Ca2+] resulting in ")
    for path in ALL_GOOD:
        r = read_record(path)
        for caption in (r.caption, feff * 4, "Wnt\tsignalling " * 12):
            rec = dataclasses.replace(r, caption=caption,
                                      fields={**r.fields, "caption": caption})
            out = write_record(rec, tmp_path / "out", figcap={"note": caption})
            text = out.read_text(encoding="utf-8")
            fm = yaml.load(text.split("---\n")[1], Loader=yaml.SafeLoader)
            expected = yaml.safe_dump(fm, sort_keys=False, allow_unicode=True, width=80)
            assert text.split("---\n")[1] == expected


def test_lone_surrogate_is_refused_when_read(tmp_path: Path) -> None:
    """A JSON "\\ud800" escape makes a string no UTF-8 file (nor spaCy) can take: the
    record is refused at read time, naming line and offset, and the next one is read."""
    path = tmp_path / "surr.jsonl"
    path.write_text('{"figid": "PMCJ1", "caption": "TP53 binds MDM2"}\n'
                    '{"figid": "PMCJ2", "caption": "EGFR \\ud800 KRAS"}\n'
                    '{"figid": "PMCJ3", "caption": "ok", "figtitle": "x\\udfff"}\n',
                    encoding="utf-8")
    errors: list[RecordFormatError] = []
    assert [r.figid for r in iter_records(path, errors=errors)] == ["PMCJ1"]
    assert [str(e) for e in errors] == [
        f"{path}:2: invalid character U+D800 at offset 5 of caption",
        f"{path}:3: invalid character U+DFFF at offset 1 of figtitle"]


def test_a_folder_without_records_is_an_error(tmp_path: Path) -> None:
    """An input folder holding no record file is a wrong path, not an empty run: it is
    reported (figcap annotate/score/report then exit 1) instead of '0 records', exit 0."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "full").mkdir()
    shutil.copy(OLD_EX, tmp_path / "full" / OLD_EX.name)
    errors: list[RecordFormatError] = []
    got = list(iter_records([tmp_path / "empty", tmp_path / "full"], errors=errors))
    assert [r.figid for r in got] == [read_record(OLD_EX).figid]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'empty'}: no record files (*.md, *.jsonl) in this folder"]
    with pytest.raises(RecordFormatError, match="no record files"):
        list(iter_records(tmp_path / "empty"))
