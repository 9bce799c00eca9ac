"""`figcap lexicons build` on a fixture cut of the real sources, and the shipped lexicons."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from figcap.lexicons import LEXICON_NAMES, manifest
from figcap.lexicons.build import build_all
from figcap.lexicons.index import TermIndex
from figcap.normalize import match_key

SOURCES = Path(__file__).parent / "fixtures" / "lexicon-sources"


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("lex")
    build_all(SOURCES, out)
    return out


def test_same_sources_byte_identical(built, tmp_path):
    build_all(SOURCES, tmp_path)
    assert digests(built) == digests(tmp_path)
    # concepts, terms and words of each lexicon + index, common words, manifest
    assert len(digests(built)) == 3 * len(LEXICON_NAMES) + 5 + 2


def test_manifest_provenance(built):
    m = json.loads((built / "MANIFEST.json").read_text())
    for name in LEXICON_NAMES:
        entry = m["lexicons"][name]
        assert entry["concepts"] > 0 and entry["terms"] > 0
        for src in entry["sources"]:
            assert src["version"] and src["licence"] and src["origin"]
            path = SOURCES / src["file"]
            if path.exists():  # curated files live in the package
                assert src["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        for fname, sha in entry["files"].items():
            assert hashlib.sha256((built / fname).read_bytes()).hexdigest() == sha


def test_index_finds_fixture_terms(built):
    index = TermIndex(built)
    akt = index.lookup(match_key("Akt"))
    assert any(t.lexicon == "families" and t.id == "FPLX:AKT" for t in akt)
    assert any(t.id == "MESH:D007649" for t in index.lookup(match_key("ketamine")))
    assert index.lookup(match_key("no such synonym anywhere")) == ()


def test_build_errors(tmp_path):
    from figcap.errors import LexiconError

    with pytest.raises(LexiconError, match="not found"):
        build_all(tmp_path / "missing", tmp_path / "out")
    with pytest.raises(KeyError, match="choose from"):
        build_all(SOURCES, tmp_path / "out", ["proteins"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(LexiconError, match="missing"):
        build_all(tmp_path / "empty", tmp_path / "out", ["genes"])


def test_shipped_lexicons_meet_the_issue_counts():
    m = manifest()["lexicons"]
    assert m["genes"]["stats"]["hgnc_approved"] >= 43000
    assert m["chemicals"]["stats"]["descriptors"] >= 10000
    assert m["diseases"]["stats"]["descriptors"] >= 4000
    assert m["families"]["concepts"] >= 700
    assert m["brain_regions"]["concepts"] >= 2000
    for name in LEXICON_NAMES:
        assert all(s["version"] and s["licence"] for s in m[name]["sources"])


def test_words_file_matches_the_terms_table(built):
    """The build writes each lexicon's enzyme and name words; read back they equal the
    words read from the terms table, and the file names the table it was made from."""
    from figcap.lexicons import _read_term_words, scan_term_words

    terms = built / "genes.terms.tsv.gz"
    words = built / "genes.words.tsv.gz"
    assert words.exists()
    assert _read_term_words(words, terms) == scan_term_words(terms)
    assert json.loads((built / "MANIFEST.json").read_text())["lexicons"]["index"]["files"][
        "genes.words.tsv.gz"]


# Rows of HGNC:11474 (SURF1) as figcap's compiled genes table has them.
_SURF1_ROWS = """key\ttext\tid\tkind\torganism\tsource_id
0610010f23rik\t0610010F23Rik\tHGNC:11474\tmgi_synonym\t10090\tMGI:98443
shy1\tSHY1\tHGNC:11474\talias\t\t
surf1\tSURF1\tHGNC:11474\tsymbol\t\t
surf1\tSurf-1\tHGNC:11474\tmgi_synonym\t10090\tMGI:98443
surf1cytochromecoxidaseassemblyfactor\tSURF1 cytochrome c oxidase assembly factor\tHGNC:11474\tname\t\t
surfeit1\tsurfeit 1\tHGNC:11474\tdesignation\t\t
surfeitlocusprotein1\tsurfeit locus protein 1\tHGNC:11474\tdesignation\t\t
"""


def test_term_words_of_real_rows_and_a_stale_words_file(tmp_path):
    import gzip

    from figcap.lexicons import _read_term_words, scan_term_words, write_term_words

    terms = tmp_path / "genes.terms.tsv.gz"
    terms.write_bytes(gzip.compress(_SURF1_ROWS.encode("utf-8")))
    enzymes, names, sets = scan_term_words(terms)
    assert enzymes == {"HGNC:11474": frozenset({"oxidase"})}
    # small-letter words of four letters or more of the human names and designations
    assert names == {"HGNC:11474": tuple(sorted(
        {"cytochrome", "oxidase", "assembly", "factor", "surfeit", "locus", "protein"}))}
    path = write_term_words(tmp_path, "genes")
    assert _read_term_words(path, terms) == (enzymes, names, sets)
    # a terms table of another build: its words file is not read
    terms.write_bytes(gzip.compress(_SURF1_ROWS.replace("surfeit 1", "surfeit one").encode()))
    assert _read_term_words(path, terms) is None


def test_name_word_sets_of_real_rows(tmp_path, monkeypatch):
    """Each name's own words come back from the words file: the family-member rule needs
    a family's words within one name, not spread over several."""
    import gzip

    from figcap import lexicons
    from figcap.lexicons import _read_term_words, concept_name_word_sets, write_term_words

    terms = tmp_path / "genes.terms.tsv.gz"
    terms.write_bytes(gzip.compress(_SURF1_ROWS.encode("utf-8")))
    path = write_term_words(tmp_path, "genes")
    assert _read_term_words(path, terms) is not None
    monkeypatch.setenv("FIGCAP_LEXICON_DIR", str(tmp_path))
    lexicons._term_words.cache_clear()
    try:
        got = set(concept_name_word_sets("genes", "HGNC:11474"))
    finally:
        lexicons._term_words.cache_clear()
    assert got == {("assembly", "cytochrome", "factor", "oxidase"), ("surfeit",),
                   ("locus", "protein", "surfeit")}
    # a words file without name sets (an older build) is not read
    rows = gzip.decompress(path.read_bytes()).decode().splitlines()
    old = "\n".join("\t".join(r.split("\t")[:3]) for r in rows) + "\n"
    path.write_bytes(gzip.compress(old.encode()))
    assert _read_term_words(path, terms) is None


def test_index_rows_of_one_key_share_it(built):
    """The lookup verifies a hash hit on the first row of the key's rows only: every row
    under one key of the built index has that key, and a key whose hash hit another key's
    rows (a collision, forced here) finds nothing."""
    index = TermIndex(built)
    terms = list(index.iter_terms())
    keys = {match_key(t.text) for t in terms}
    for key in keys:
        found = index.lookup(key)
        assert found and {match_key(t.text) for t in found} == {key}
    assert sum(len(index.lookup(k)) for k in keys) == len(terms)
    akt = match_key("Akt")
    pos = index._positions(index._keys, [akt])[0]
    assert index._rows(akt, pos) and index._rows(match_key("ketamine"), pos) == ()
