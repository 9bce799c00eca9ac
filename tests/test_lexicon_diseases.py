"""Disease lexicon rules (figcap/lexicons/sources/mesh.py) on the fixture cut of MeSH."""

from __future__ import annotations

from pathlib import Path

import pytest

from figcap.lexicons.sources.mesh_diseases import build_diseases

SOURCES = Path(__file__).parent / "fixtures" / "lexicon-sources"


@pytest.fixture(scope="module")
def diseases():
    return build_diseases(SOURCES)


def terms(data, cid):
    return {t.text: t.kind for t in data.terms if t.id == cid}


def test_adjective_and_neoplasm_variants(diseases):
    assert terms(diseases, "MESH:D006973").get("hypertensive") == "variant"
    breast = terms(diseases, "MESH:D001943")
    assert breast.get("breast cancer") == "variant" and "breast carcinoma" in breast


def test_curated_disease_synonyms_only_for_known_headings(diseases):
    curated = [t for t in diseases.terms if t.kind == "curated"]
    known = {c.id for c in diseases.concepts}
    assert all(t.id in known for t in curated)
    stats = diseases.stats
    # the fixture holds few headings: most curated rows name one it lacks, and are counted
    assert stats.get("curated_unknown_heading", 0) > 0
    assert stats.get("curated", 0) == len({(t.text, t.id) for t in curated})


def test_generic_disease_words_are_not_mentions():
    import figcap

    mentions = figcap.annotate("Body weight and disease progression; the syndrome recurred.")
    assert [m for m in mentions if m.type == "disease"] == []
    hits = figcap.annotate("Hypertensive patients developed nephrotoxicity.")
    ids = {m.text: m.identifiers[0] for m in hits if m.type == "disease"}
    assert ids == {"Hypertensive": "MESH:D006973", "nephrotoxicity": "MESH:D007674"}
