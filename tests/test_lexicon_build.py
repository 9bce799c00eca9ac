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
    assert len(digests(built)) == 2 * len(LEXICON_NAMES) + 5 + 2  # + index, words, manifest


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
