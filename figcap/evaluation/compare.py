"""Compare figcap's mentions of a record with its existing (PFOCR) annotations.

Two levels, two subsets, per type (gene, chemical, disease):

* identifier level: genes as ``NCBIGene:`` ids, a figcap family expanded to its member
  genes the way PFOCR expands ``bioentities_symbol`` rows; chemicals and diseases as MeSH
  ids (a figcap mention with several MeSH ids matches when any of them does; an anion
  class such as Pyruvates counts as its acid, :mod:`.equivalence`). An existing
  annotation without an identifier (``identifier: ''``) takes part at word level only.
* word level: :func:`~figcap.normalize.match_key` of the existing word against that of
  figcap's mention text.
* ``all`` existing annotations, and the ``visible`` ones (:mod:`.visibility`). In the
  visible subset a figcap mention that matches an existing annotation that is not
  caption-visible is neither a true nor a false positive. ``trusted`` is the visible
  subset less the annotations figcap finds suspect (evidence in the caption against them),
  so that PFOCR's own errors do not count as figcap's misses.

A type the record is not annotated for (``None``) is not scored; PFOCR has no
brain-region annotations, so figcap's brain regions are reported as ``added`` only.
Current-layout gene rows of other organisms than human are left out (figcap grounds to
human genes) and counted as ``other_organism``.

The :class:`Difference` kinds and their precedence for one existing word are
``suspect`` > ``regrounded`` > ``missed``; see :mod:`figcap.evaluation.differences`.
Nothing here imports spaCy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from ..normalize import match_key
from ..schema import Mention, Record
from .equivalence import chemical_id
from .prf import PRF, macro
from .visibility import CaptionIndex, family_keys, gene_hgnc, synonym_keys

__all__ = [
    "BRAIN_REGION_NOTE",
    "COMPARED_TYPES",
    "DIFFERENCE_KINDS",
    "LEVELS",
    "SCORED_TYPES",
    "SUBSETS",
    "CorpusScores",
    "Difference",
    "ExistingRow",
    "RecordComparison",
    "compare_record",
    "compared_type",
    "corpus_scores",
    "existing_rows",
    "mention_ids",
]

SCORED_TYPES: tuple[str, ...] = ("gene", "chemical", "disease")
COMPARED_TYPES: tuple[str, ...] = SCORED_TYPES + ("brain_region",)
LEVELS: tuple[str, ...] = ("identifier", "word")
SUBSETS: tuple[str, ...] = ("all", "visible", "trusted")
DIFFERENCE_KINDS: tuple[str, ...] = ("missed", "added", "regrounded", "suspect")
BRAIN_REGION_NOTE = "PFOCR has no brain-region annotations: figcap's are reported as added only"
_HUMAN = ("", "9606")
_FAMILY_SOURCES = ("bioentities_symbol", "famplex_relations")  # PFOCR rows expanded from a family


def compared_type(mention_type: str) -> str:
    """The scored type of a figcap mention type (a ``family`` is scored as ``gene``)."""
    return "gene" if mention_type == "family" else mention_type


def mention_ids(m: Mention) -> tuple[str, ...]:
    """Identifiers of a mention as compared: NCBI genes (family members), MeSH, or UBERON."""
    if m.type in ("gene", "family"):
        ids = [i for i in m.identifiers if i.startswith("NCBIGene:")]
        if not ids:
            ids = [x for i in m.identifiers if i.startswith("HGNC:") for x in _hgnc_ncbi(i)]
        return tuple(dict.fromkeys(ids + list(m.members)))
    if m.type == "chemical":  # an anion class as its acid: see evaluation.equivalence
        return tuple(dict.fromkeys(
            chemical_id(i) for i in m.identifiers if i.startswith("MESH:")))
    if m.type == "disease":
        return tuple(i for i in m.identifiers if i.startswith("MESH:"))
    return m.identifiers[:1]


def _hgnc_ncbi(hgnc: str) -> tuple[str, ...]:
    from ..lexicons import load_concepts

    concept = load_concepts("genes").get(hgnc)
    return tuple(x for x in concept.xrefs if x.startswith("NCBIGene:")) if concept else ()


@dataclass(frozen=True, slots=True)
class Difference:
    """One disagreement between figcap and the existing annotations of a record.

    Attributes
    ----------
    figid : str
    kind : str
        ``missed`` (caption-visible existing annotation figcap did not find), ``added``
        (figcap found it, PFOCR did not annotate it), ``regrounded`` (same word, other
        identifier) or ``suspect`` (an existing annotation with evidence against it).
    type : str
        ``gene``, ``chemical``, ``disease`` or ``brain_region`` (families count as genes).
    word : str
        The existing word (missed, regrounded, suspect) or figcap's text (added).
    identifiers : tuple of str
        The existing identifiers concerned (empty for added).
    symbol : str
        PFOCR's symbols for them, ``|``-joined.
    figcap_identifiers : tuple of str
        figcap's identifiers (added, regrounded, and suspects figcap grounds otherwise).
    figcap_label : str
    figcap_type : str
        figcap's mention type (``family``, ``brain_region`` ...), or ``""``.
    start, end : int
        Evidence offsets in the caption; ``-1`` when the word is not in it.
    snippet : str
        The caption around the evidence (±40 characters).
    reason : str
        Why (always given for suspects).
    """

    figid: str
    kind: str
    type: str
    word: str
    identifiers: tuple[str, ...] = ()
    symbol: str = ""
    figcap_identifiers: tuple[str, ...] = ()
    figcap_label: str = ""
    figcap_type: str = ""
    start: int = -1
    end: int = -1
    snippet: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-able dict (tuples become lists)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True, slots=True)
class ExistingRow:
    """An existing annotation as compared: one identifier, its word, its caption evidence."""

    type: str
    word: str
    key: str
    id: str
    symbol: str
    span: tuple[int, int] | None
    via_synonym: bool


ScoreKey = tuple[str, str, str]  # (level, subset, type)


@dataclass(frozen=True, slots=True)
class RecordComparison:
    """figcap against the existing annotations of one record.

    ``scores`` maps ``(level, subset, type)`` to a :class:`~figcap.evaluation.prf.PRF` for
    every scored type the record is annotated for; ``agreed`` maps such a type to the
    identifiers both sides have (the identifier-level true positives). ``mention_status``
    is aligned with ``mentions``: ``agree``, ``added``, ``regrounded``, ``suspect`` or
    ``unscored`` (the record has no list for that type).
    """

    figid: str
    caption: str
    figure_url: str = ""
    figtitle: str = ""
    source: str = ""
    organisms: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    mention_status: tuple[str, ...] = ()
    differences: tuple[Difference, ...] = ()
    scores: Mapping[ScoreKey, PRF] = field(default_factory=dict)
    not_annotated: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    agreed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def scores_dict(self) -> dict[str, Any]:
        """``{level: {subset: {type: PRF dict}}}``."""
        out: dict[str, Any] = {}
        for (level, subset, type_), prf in sorted(self.scores.items()):
            out.setdefault(level, {}).setdefault(subset, {})[type_] = prf.to_dict()
        return out

    def difference_counts(self) -> dict[str, int]:
        """Number of differences of each kind."""
        return {k: sum(d.kind == k for d in self.differences) for k in DIFFERENCE_KINDS}

    def to_dict(self, full: bool = True) -> dict[str, Any]:
        """JSON-able dict; ``full=False`` leaves out caption, mentions and differences."""
        d: dict[str, Any] = {
            "figid": self.figid, "source": self.source, "figure_url": self.figure_url,
            "organisms": list(self.organisms), "not_annotated": list(self.not_annotated),
            "scores": self.scores_dict(), "counts": dict(self.counts),
            "difference_counts": self.difference_counts(),
            "agreed": {t: list(v) for t, v in sorted(self.agreed.items())},
        }
        if full:
            d["caption"] = self.caption
            d["mentions"] = [dict(m.to_dict(), status=s)
                             for m, s in zip(self.mentions, self.mention_status)]
            d["differences"] = [x.to_dict() for x in self.differences]
        return d


def _family_symbols(record: Record) -> list[str]:
    """PFOCR's family symbol of each gene annotation (aligned), where the layout keeps it."""
    n = len(record.annotations.get("gene") or ())
    items = record.fields.get("genes")
    if isinstance(items, list) and len(items) == n:
        return [str(i.get("symbol") or "") if isinstance(i, dict) else "" for i in items]
    table = (getattr(record.fields, "tables", None) or {}).get("gene")
    if table is not None and "match" in table.header and len(table.rows) == n:
        col = table.header.index("match")
        return [row[col] if row[col] != "NA" else "" for row in table.rows]
    return [""] * n


def existing_rows(record: Record, index: CaptionIndex) -> tuple[dict[str, list[ExistingRow]],
                                                                dict[str, int]]:
    """The compared existing annotations of each annotated type, and side counts."""
    rows: dict[str, list[ExistingRow]] = {}
    counts = {"other_organism": 0, "no_identifier": 0}
    for type_ in SCORED_TYPES:
        anns = record.annotations.get(type_)
        if anns is None:
            continue
        fams = _family_symbols(record) if type_ == "gene" else [""] * len(anns)
        out = rows[type_] = []
        for ann, fam in zip(anns, fams):
            if type_ == "gene" and ann.organism not in _HUMAN:
                counts["other_organism"] += 1
                continue
            if type_ == "gene":
                ids = [i for i in ann.identifiers if i.startswith("NCBIGene:")]
                ids = ids or [x for i in ann.identifiers if i.startswith("HGNC:")
                              for x in _hgnc_ncbi(i)]
            else:
                ids = [i for i in ann.identifiers if i.startswith("MESH:")]
            ident = ids[0] if ids else ""
            counts["no_identifier"] += not ident
            # A row PFOCR expanded from a family word is visible where the family word
            # stands alone, or where the caption names the member itself.
            family_row = type_ == "gene" and ann.source in _FAMILY_SOURCES
            span, via = index.find(ann.word, bare=family_row), False
            if span is None and ident:
                keys = synonym_keys(ident)
                hgnc = gene_hgnc(ident) if type_ == "gene" else None
                if hgnc:
                    keys |= synonym_keys(hgnc)
                span = index.find_any(keys)
                if family_row:
                    found = [s for s in (span, index.find_any(family_keys(ann.word, ident, fam),
                                                              bare=True)) if s is not None]
                    span = min(found) if found else None
                via = True
            if type_ == "chemical":
                ident = chemical_id(ident)
            out.append(ExistingRow(type_, ann.word, match_key(ann.word), ident,
                                   ann.symbol, span, via and span is not None))
    return rows, counts


def _score(pred: set[str], gold_all: set[str], gold_vis: set[str]) -> tuple[PRF, PRF]:
    everything = PRF()
    everything.score_set(pred, gold_all)
    visible = PRF(tp=len(pred & gold_vis), fp=len(pred - gold_all), fn=len(gold_vis - pred))
    return everything, visible


def _suspects(diffs) -> tuple[set[str], set[str]]:
    """Identifiers and word keys of the existing annotations figcap finds suspect."""
    ids = {i for d in diffs if d.kind == "suspect" for i in d.identifiers}
    words = {match_key(d.word) for d in diffs if d.kind == "suspect"}
    return ids, words


def compare_record(
    record: Record,
    mentions: Sequence[Mention],
    *,
    word_groundings: Mapping[str, Sequence[Mention]] | None = None,
) -> RecordComparison:
    """Compare figcap's ``mentions`` of ``record`` with its existing annotations.

    Parameters
    ----------
    record : Record
        The record (its caption, organisms and existing annotations).
    mentions : sequence of Mention
        figcap's mentions of the caption (from :func:`figcap.reannotate` or written
        earlier under the record's ``figcap`` key).
    word_groundings : mapping, optional
        ``word -> mentions figcap finds in the word alone`` for the record's organisms,
        for existing words figcap did not tag in the caption (suspect reason (c)); words
        missing from it give no evidence.

    Returns
    -------
    RecordComparison
    """
    from .differences import classify, mention_keys

    caption = record.caption or ""
    index = CaptionIndex(caption)
    rows, counts = existing_rows(record, index)
    scores: dict[ScoreKey, PRF] = {}
    agreed: dict[str, tuple[str, ...]] = {}
    diffs, status = classify(record, index, mentions, rows, word_groundings or {})
    suspect_ids, suspect_words = _suspects(diffs)
    for type_, trows in rows.items():
        typed = [m for m in mentions if compared_type(m.type) == type_]
        gold_ids = {r.id for r in trows if r.id}
        vis_ids = {r.id for r in trows if r.id and r.span is not None}
        gold_words = {r.key for r in trows if r.key}
        vis_words = {r.key for r in trows if r.key and r.span is not None}
        pred_ids: set[str] = set()
        for m in typed:
            ids = mention_ids(m)
            if type_ == "gene":
                pred_ids.update(ids)
            elif ids:
                pred_ids.add(next((i for i in ids if i in gold_ids), ids[0]))
        pred_words = set()
        for m in typed:
            keys = mention_keys(m)
            if keys:
                pred_words.add(next((k for k in keys if k in gold_words), keys[0]))
        agreed[type_] = tuple(sorted(pred_ids & gold_ids))
        for level, (p, ga, gv) in (("identifier", (pred_ids, gold_ids, vis_ids)),
                                   ("word", (pred_words, gold_words, vis_words))):
            scores[(level, "all", type_)], scores[(level, "visible", type_)] = _score(p, ga, gv)
            # caption-visible annotations figcap has no evidence against
            trusted = gv - (suspect_ids if level == "identifier" else suspect_words)
            scores[(level, "trusted", type_)] = _score(p, ga, trusted)[1]
    counts["brain_region_mentions"] = sum(m.type == "brain_region" for m in mentions)
    counts["brain_regions_added"] = sum(d.type == "brain_region" for d in diffs)
    not_annotated = tuple(t for t in SCORED_TYPES if t not in rows)
    counts["unscored_mentions"] = sum(s == "unscored" for s in status)
    return RecordComparison(
        figid=record.figid, caption=caption, figure_url=record.figure_url,
        figtitle=record.figtitle, source=record.source, organisms=tuple(record.organisms),
        mentions=tuple(mentions), mention_status=tuple(status), differences=tuple(diffs),
        scores=scores, not_annotated=not_annotated, counts=counts, agreed=agreed,
    )


@dataclass(frozen=True, slots=True)
class CorpusScores:
    """Scores over many records: micro (summed counts) and macro (mean of per-record values).

    ``micro`` and ``macro`` are keyed by ``(level, subset, type)``; ``scored`` counts the
    records each type was scored on and ``not_annotated`` those left out for it.
    """

    records: int
    micro: Mapping[ScoreKey, PRF]
    macro: Mapping[ScoreKey, dict[str, float | None]]
    scored: Mapping[str, int]
    not_annotated: Mapping[str, int]
    differences: Mapping[str, int]
    counts: Mapping[str, int]
    errors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, deterministic dict (see ``scores.json``)."""
        levels: dict[str, Any] = {}
        for level in LEVELS:
            for subset in SUBSETS:
                per_type = {}
                for t in SCORED_TYPES:
                    prf = self.micro.get((level, subset, t), PRF())
                    per_type[t] = {"micro": prf.to_dict(), "records": self.scored.get(t, 0),
                                   "macro": self.macro.get((level, subset, t),
                                                           macro({}))}
                total = sum((self.micro.get((level, subset, t), PRF()) for t in SCORED_TYPES),
                            PRF())
                scored = {t: self.micro[(level, subset, t)] for t in SCORED_TYPES
                          if (level, subset, t) in self.micro}
                per_type["all_types"] = {"micro": total.to_dict(), "macro": macro(scored)}
                levels.setdefault(level, {})[subset] = per_type
        return {
            "records": self.records,
            "errors": list(self.errors),
            "scores": levels,
            "scored_records": {t: self.scored.get(t, 0) for t in SCORED_TYPES},
            "not_annotated": {t: self.not_annotated.get(t, 0) for t in SCORED_TYPES},
            "brain_region": {"mentions": self.counts.get("brain_region_mentions", 0),
                             "added": self.counts.get("brain_regions_added", 0),
                             "note": BRAIN_REGION_NOTE},
            "differences": {k: self.differences.get(k, 0) for k in DIFFERENCE_KINDS},
            "counts": dict(sorted(self.counts.items())),
        }


def corpus_scores(comparisons: Sequence[RecordComparison],
                  errors: Sequence[str] = ()) -> CorpusScores:
    """Sum and average the comparisons of many records.

    ``macro`` over a type is the mean of the per-record precision, recall and F1 where
    they are defined (:func:`~figcap.evaluation.prf.macro`); the ``all_types`` macro in
    :meth:`CorpusScores.to_dict` is the mean over types of their micro scores.
    """
    micro: dict[ScoreKey, PRF] = {}
    per_record: dict[ScoreKey, dict[str, PRF]] = {}
    scored = {t: 0 for t in SCORED_TYPES}
    not_annotated = {t: 0 for t in SCORED_TYPES}
    diffs = {k: 0 for k in DIFFERENCE_KINDS}
    counts: dict[str, int] = {}
    for c in comparisons:
        for key, prf in c.scores.items():
            micro.setdefault(key, PRF())
            micro[key] += prf
            per_record.setdefault(key, {})[c.figid] = prf
        for t in SCORED_TYPES:
            if t in c.not_annotated:
                not_annotated[t] += 1
            else:
                scored[t] += 1
        for k, n in c.difference_counts().items():
            diffs[k] += n
        for k, n in c.counts.items():
            counts[k] = counts.get(k, 0) + n
    return CorpusScores(
        records=len(comparisons), micro=micro,
        macro={k: macro(v) for k, v in per_record.items()}, scored=scored,
        not_annotated=not_annotated, differences=diffs, counts=counts, errors=tuple(errors),
    )
