"""Score an annotator on a PubTator gold corpus: mention-level and document-level P/R/F1.

What is compared (one corpus type at a time):

=============  ===============  ================================================================
corpus type    figcap type      document-level identifiers
=============  ===============  ================================================================
Chemical       chemical         ``MESH:<UI>``: every gold ID of every mention (``|`` parts
                                each count, ``-1`` ignored) against the first ``MESH:``
                                identifier of each figcap mention
Disease        disease          as Chemical
Gene           gene             ``NCBIGene:<id>``: gold IDs without a ``(Tax:N)`` marker or with
                                ``Tax:9606`` against the first ``NCBIGene:`` identifier of each
                                figcap *gene* mention. Family mentions and their members do not
                                count (GNormPlus gold is per gene; FamilyName is a separate
                                type). ``gene_ids`` restricts both sides further (NLM-Gene has
                                no taxon markers: pass the human Entrez IDs).
                                ``gold_id_map`` rewrites gold IDs first (e.g. mouse
                                and rat IDs to their human orthologs, see
                                :mod:`figcap.evaluation.orthologs`)
BrainRegion    brain_region     none (WhiteText has no IDs): ``document_ids`` is None
=============  ===============  ================================================================

Mention level: ``strict`` counts a prediction correct when its ``(start, end)`` equals a gold
span; ``overlap`` when it shares at least one character, each gold span and each prediction
used at most once: exact pairs first, then the remaining pairs by decreasing overlap length
(ties by gold then predicted offsets), so the matching is deterministic. Identical gold spans
listed twice (GNormPlus 14976162 "MDR1" with two IDs) count once. The document-level gold
also takes the IDs of mentions skipped for bad offsets: an offset error does not make the
concept absent from the document. Supplementary MeSH concepts are compared as given: when
figcap says ``MESH:C...`` and the gold the mapped ``D...`` descriptor (or the reverse), that
is a miss; nothing is mapped to make them agree.

Nothing here imports spaCy; ``annotate`` is any ``Callable[[str], list[Mention]]``.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any, Callable, Collection, Mapping, Sequence

from ..errors import ConfigError, FigcapError
from ..schema import Mention
from .prf import PRF
from .pubtator import Document, GoldMention, read_pubtator

__all__ = [
    "ENTITY_TYPES",
    "run_benchmark",
    "score_spans",
    "format_table",
    "benchmark_command",
    "load_gene_info_ids",
]

Annotate = Callable[[str], Sequence[Mention]]
Span = tuple[int, int]

#: Corpus type -> (figcap mention type, identifier namespace or None).
ENTITY_TYPES: dict[str, tuple[str, str | None]] = {
    "Chemical": ("chemical", "MESH"),
    "Disease": ("disease", "MESH"),
    "Gene": ("gene", "NCBIGene"),
    "BrainRegion": ("brain_region", None),
}
_HUMAN = ("", "9606")


def score_spans(
    gold: Collection[Span], predicted: Collection[Span]
) -> tuple[PRF, PRF, list[tuple[Span, Span]]]:
    """Compare gold and predicted spans of one document.

    Parameters
    ----------
    gold, predicted : collection of (start, end)
        Duplicates collapse.

    Returns
    -------
    strict : PRF
        Exact ``(start, end)`` matches.
    overlap : PRF
        One-to-one matches sharing at least one character (exact pairs first, then by
        decreasing overlap, ties by offsets).
    boundary : list of (gold span, predicted span)
        Pairs matched by overlap but not strictly.

    Examples
    --------
    >>> strict, overlap, pairs = score_spans([(0, 5), (10, 20)], [(0, 5), (12, 25), (30, 31)])
    >>> (strict.tp, strict.fp, strict.fn), (overlap.tp, overlap.fp, overlap.fn), pairs
    ((1, 2, 1), (2, 1, 0), [((10, 20), (12, 25))])
    """
    g, p = set(gold), set(predicted)
    exact = g & p
    rest_g, rest_p = sorted(g - exact), sorted(p - exact)
    candidates = []
    for gs in rest_g:
        for ps in rest_p:
            shared = min(gs[1], ps[1]) - max(gs[0], ps[0])
            if shared > 0:
                candidates.append((-shared, gs, ps))
    candidates.sort()
    used_g: set[Span] = set()
    used_p: set[Span] = set()
    boundary: list[tuple[Span, Span]] = []
    for _, gs, ps in candidates:
        if gs not in used_g and ps not in used_p:
            used_g.add(gs)
            used_p.add(ps)
            boundary.append((gs, ps))
    boundary.sort()
    n_strict, n_overlap = len(exact), len(exact) + len(boundary)
    strict = PRF(n_strict, len(p) - n_strict, len(g) - n_strict)
    overlap = PRF(n_overlap, len(p) - n_overlap, len(g) - n_overlap)
    return strict, overlap, boundary


def load_gene_info_ids(path: str | Path) -> frozenset[str]:
    """Read the GeneID column of an NCBI ``*.gene_info[.gz]`` file (e.g. all human genes)."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        return frozenset(line.split("\t", 2)[1] for line in fh if not line.startswith("#"))


def _gold_ids(
    mentions: Sequence[GoldMention], ns: str, gene_ids: Collection[str] | None,
    id_map: Mapping[str, str] | None = None,
) -> set[str]:
    out: set[str] = set()
    for m in mentions:
        for gid in m.ids:
            if id_map is not None and gid.id in id_map:
                out.add(f"{ns}:{id_map[gid.id]}")
                continue
            if ns == "NCBIGene" and (gid.taxon not in _HUMAN
                                     or (gene_ids is not None and gid.id not in gene_ids)):
                continue
            out.add(f"{ns}:{gid.id}")
    return out


def _pred_id(m: Mention, ns: str, gene_ids: Collection[str] | None) -> str | None:
    prefix = ns + ":"
    curie = next((i for i in m.identifiers if i.startswith(prefix)), None)
    if curie is not None and gene_ids is not None and ns == "NCBIGene":
        return curie if curie[len(prefix):] in gene_ids else None
    return curie


def _select(docs: list[Document], half: str | None, limit: int | None) -> list[Document]:
    if half is not None:
        cut = (len(docs) + 1) // 2
        if half == "first":
            docs = docs[:cut]
        elif half == "second":
            docs = docs[cut:]
        else:
            raise ConfigError(f"half must be 'first', 'second' or None, not {half!r}")
    if limit is not None:
        if limit < 0:
            raise ConfigError(f"limit must be >= 0, not {limit}")
        docs = docs[:limit]
    return docs


def run_benchmark(
    path: str | Path | Sequence[str | Path],
    entity_type: str,
    annotate: Annotate,
    *,
    limit: int | None = None,
    half: str | None = None,
    examples: int = 20,
    gene_ids: Collection[str] | None = None,
    gold_id_map: Callable[[Sequence[Document]], Mapping[str, str]] | None = None,
    realign_utf8: bool = True,
) -> dict[str, Any]:
    """Annotate every document of a PubTator corpus and score one entity type.

    Parameters
    ----------
    path : path or sequence of paths
        One PubTator file, or several read as one corpus in the given order (BC5CDR train
        then dev).
    entity_type : str
        ``Chemical``, ``Disease``, ``Gene`` or ``BrainRegion`` (see the module docstring).
    annotate : callable
        ``annotate(text) -> list[Mention]``, e.g. :func:`figcap.annotate`.
    limit : int, optional
        Score only the first ``limit`` documents (after ``half``).
    half : {"first", "second"}, optional
        Split the documents in file order (first half gets the odd one) to tune on one half
        and check on the other; default: all documents.
    examples : int
        How many error examples of each kind to keep in ``result["examples"]``.
    gene_ids : collection of str, optional
        For ``Gene``: keep only these Entrez IDs on both sides of the document-level score
        (e.g. :func:`load_gene_info_ids` of ``Homo_sapiens.gene_info.gz`` for NLM-Gene).
    gold_id_map : callable, optional
        ``gold_id_map(documents) -> {gold ID: ID}``, called once on every document of the
        corpus (before ``half`` and ``limit``, so the mapping does not depend on them); the
        document-level gold takes the mapped ID in place of the ID as written, and the
        mapped ID passes the ``gene_ids`` filter as it is (e.g. a partial of
        :func:`figcap.evaluation.orthologs.human_orthologs_of_gold`). Mention-level scores
        are unchanged. ``result["gold_ids_mapped"]`` counts the mapped IDs (None without).
    realign_utf8 : bool
        Passed to :func:`~figcap.evaluation.pubtator.read_pubtator`.

    Returns
    -------
    dict
        JSON-able: ``corpus``, ``entity_type``, ``counts``, ``mention_strict``,
        ``mention_overlap``, ``document_ids`` (None for BrainRegion), ``headline``,
        ``time``, ``frequent`` and ``examples``. Scores are :meth:`PRF.to_dict` dicts.
        ``time.docs_per_second`` leaves out the first document, whose time
        (``first_document_seconds``) includes any lazy loading of the annotator.

    Raises
    ------
    ConfigError
        For an unknown ``entity_type`` or ``half``, or a negative ``limit``.
    RecordFormatError, OSError
        When a corpus file cannot be read.
    """
    if entity_type not in ENTITY_TYPES:
        raise ConfigError(f"entity_type must be one of {', '.join(ENTITY_TYPES)}, "
                          f"not {entity_type!r}")
    fc_type, ns = ENTITY_TYPES[entity_type]
    paths = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    docs: list[Document] = []
    for p in paths:
        docs.extend(read_pubtator(p, realign_utf8=realign_utf8))
    id_map = None if gold_id_map is None or ns is None else dict(gold_id_map(docs))
    docs = _select(docs, half, limit)

    tally = _Tally(entity_type, fc_type, ns, gene_ids, examples, id_map)
    for doc in docs:
        t0 = time.perf_counter()
        predicted = list(annotate(doc.text))
        tally.add(doc, predicted, time.perf_counter() - t0)
    return {
        "corpus": [str(p) for p in paths],
        "entity_type": entity_type,
        "figcap_type": fc_type,
        "id_namespace": ns,
        "gene_ids_filter": None if gene_ids is None else len(gene_ids),
        "gold_ids_mapped": None if id_map is None else len(id_map),
        "half": half,
        "limit": limit,
        **tally.result(),
    }


class _Tally:
    """Counts, scores and error samples over the documents of one run."""

    def __init__(self, entity_type: str, fc_type: str, ns: str | None,
                 gene_ids: Collection[str] | None, examples: int,
                 id_map: Mapping[str, str] | None = None) -> None:
        self.entity_type, self.fc_type, self.ns = entity_type, fc_type, ns
        self.gene_ids, self.examples, self.id_map = gene_ids, examples, id_map
        self.strict, self.overlap, self.ids = PRF(), PRF(), PRF()
        self.gold_types: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.pred_types: Counter[str] = Counter()
        self.fp_on_other: Counter[str] = Counter()
        self.freq: dict[str, Counter[str]] = {
            k: Counter() for k in ("false_positives", "false_negatives", "boundary")}
        self.ex: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "false_positives", "false_negatives", "boundary", "id_false_positives",
            "id_false_negatives", "prediction_offset_errors")}
        self.docs = self.duplicate_gold = self.realigned = self.bad_offsets = 0
        self.gold_id_n = self.pred_id_n = 0
        self.seconds = self.first = 0.0

    def keep(self, kind: str, item: dict[str, Any]) -> None:
        if len(self.ex[kind]) < self.examples:
            self.ex[kind].append(item)

    def add(self, doc: Document, predicted: list[Mention], seconds: float) -> None:
        if not self.docs:
            self.first = seconds  # includes loading the pipeline and lexicons on a cold start
        self.docs += 1
        self.seconds += seconds
        self.gold_types.update(m.type for m in doc.mentions)
        self.skipped.update(m.type for m in doc.skipped)
        self.realigned += doc.realigned
        self.pred_types.update(m.type for m in predicted)
        for m in predicted:
            if doc.text[m.start:m.end] != m.text:
                self.bad_offsets += 1
                self.keep("prediction_offset_errors", {
                    "doc": doc.doc_id, "start": m.start, "end": m.end, "text": m.text,
                    "text_at_offsets": doc.text[m.start:m.end]})
        pred = [m for m in predicted if m.type == self.fc_type]
        self._mentions(doc, pred)
        if self.ns is not None:
            self._ids(doc, pred, self.ns)

    def _mentions(self, doc: Document, pred: list[Mention]) -> None:
        gold = [m for m in doc.mentions if m.type == self.entity_type]
        gold_spans = {(m.start, m.end) for m in gold}
        self.duplicate_gold += len(gold) - len(gold_spans)
        pred_by_span = {(m.start, m.end): m for m in reversed(pred)}  # first wins
        s, o, boundary = score_spans(gold_spans, pred_by_span)
        self.strict += s
        self.overlap += o
        exact = gold_spans & set(pred_by_span)
        matched_g = exact | {g for g, _ in boundary}
        matched_p = exact | {p for _, p in boundary}
        for g, p in boundary:
            gt, pt = doc.text[g[0]:g[1]], doc.text[p[0]:p[1]]
            self.freq["boundary"][f"{gt} -> {pt}"] += 1
            self.keep("boundary", {"doc": doc.doc_id, "gold": [g[0], g[1], gt],
                                   "predicted": [p[0], p[1], pt]})
        for g in sorted(gold_spans - matched_g):
            text = doc.text[g[0]:g[1]]
            self.freq["false_negatives"][text] += 1
            self.keep("false_negatives", {"doc": doc.doc_id, "start": g[0], "end": g[1],
                                          "text": text})
        others = [m for m in doc.mentions if m.type != self.entity_type]
        for span in sorted(set(pred_by_span) - matched_p):
            m = pred_by_span[span]
            hit = next((g.type for g in others if g.start < m.end and m.start < g.end), "")
            if hit:
                self.fp_on_other[hit] += 1
            self.freq["false_positives"][m.text] += 1
            self.keep("false_positives", {"doc": doc.doc_id, "start": m.start, "end": m.end,
                                          "text": m.text, "identifiers": list(m.identifiers),
                                          "label": m.label, "gold_other_type": hit})

    def _ids(self, doc: Document, pred: list[Mention], ns: str) -> None:
        typed = [m for m in doc.mentions + doc.skipped if m.type == self.entity_type]
        gold_ids = _gold_ids(typed, ns, self.gene_ids, self.id_map)
        pred_ids: dict[str, list[str]] = {}
        for m in pred:
            curie = _pred_id(m, ns, self.gene_ids)
            if curie is not None:
                pred_ids.setdefault(curie, []).append(m.text)
        self.gold_id_n += len(gold_ids)
        self.pred_id_n += len(pred_ids)
        self.ids.score_set(pred_ids, gold_ids)
        for curie in sorted(set(pred_ids) - gold_ids):
            self.keep("id_false_positives", {"doc": doc.doc_id, "id": curie,
                                             "texts": sorted(set(pred_ids[curie]))})
        for curie in sorted(gold_ids - set(pred_ids)):
            mapped = self.id_map or {}
            texts = sorted({m.text for m in typed
                            if any(f"{ns}:{mapped.get(g.id, g.id)}" == curie for g in m.ids)})
            self.keep("id_false_negatives", {"doc": doc.doc_id, "id": curie, "texts": texts})

    def result(self) -> dict[str, Any]:
        has_ids = self.ns is not None
        doc_ids = self.ids.to_dict() if has_ids else None
        strict = self.strict.to_dict()
        headline = (("document_ids", doc_ids["f1"]) if doc_ids is not None
                    else ("mention_strict", strict["f1"]))
        n = self.docs
        return {
            "counts": {
                "documents": n,
                "gold_mentions": dict(sorted(self.gold_types.items())),
                "gold_scored": self.gold_types[self.entity_type] - self.duplicate_gold,
                "duplicate_gold_spans": self.duplicate_gold,
                "skipped_mentions": dict(sorted(self.skipped.items())),
                "realigned_mentions": self.realigned,
                "predictions": self.pred_types[self.fc_type],
                "predictions_by_type": dict(sorted(self.pred_types.items())),
                "prediction_offset_errors": self.bad_offsets,
                "false_positives_on_other_gold_types": dict(sorted(self.fp_on_other.items())),
                "gold_ids": self.gold_id_n if has_ids else None,
                "predicted_ids": self.pred_id_n if has_ids else None,
            },
            "mention_strict": strict,
            "mention_overlap": self.overlap.to_dict(),
            "document_ids": doc_ids,
            "headline": {"metric": f"{headline[0]}.f1", "f1": headline[1]},
            "time": {"annotate_seconds": round(self.seconds, 3),
                     "first_document_seconds": round(self.first, 3),
                     "docs_per_second": _rate(n - 1, self.seconds - self.first) if n > 1
                     else _rate(n, self.seconds)},
            "frequent": {k: [[t, c] for t, c in v.most_common(self.examples)]
                         for k, v in self.freq.items()},
            "examples": self.ex,
        }


def _rate(n: int, seconds: float) -> float | None:
    return round(n / seconds, 2) if seconds > 0 else None


def _fmt(x: float | None) -> str:
    return "    -" if x is None else f"{x:.3f}"


def format_table(result: dict[str, Any], *, frequent: int = 10) -> str:
    """Render a :func:`run_benchmark` result as a plain-text table.

    Parameters
    ----------
    result : dict
        As returned by :func:`run_benchmark`.
    frequent : int
        How many of the most frequent error texts to list (0: none).
    """
    c = result["counts"]
    names = ", ".join(Path(p).name for p in result["corpus"])
    sel = "".join(f", {k}={result[k]}" for k in ("half", "limit") if result[k] is not None)
    gold = ", ".join(f"{k} {v}" for k, v in c["gold_mentions"].items()) or "none"
    preds = ", ".join(f"{k} {v}" for k, v in c["predictions_by_type"].items()) or "none"
    skipped = ", ".join(f"{k} {v}" for k, v in c["skipped_mentions"].items()) or "0"
    lines = [
        (f"{result['entity_type']} ({result['figcap_type']}) on {names}: "
         f"{c['documents']} documents{sel}"),
        (f"  gold mentions: {gold}; scored {c['gold_scored']} "
         f"({c['duplicate_gold_spans']} duplicate spans)"),
        (f"  skipped (offset mismatch): {skipped}; realigned from UTF-8 byte offsets: "
         f"{c['realigned_mentions']}"),
        f"  predictions: {preds}; prediction offset errors: {c['prediction_offset_errors']}",
        "",
        f"  {'':<18}{'tp':>7}{'fp':>7}{'fn':>7}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    rows = [("mention strict", result["mention_strict"]),
            ("mention overlap", result["mention_overlap"])]
    if result["document_ids"] is not None:
        rows.append((f"document {result['id_namespace']}", result["document_ids"]))
    for name, s in rows:
        lines.append(f"  {name:<18}{s['tp']:>7}{s['fp']:>7}{s['fn']:>7}"
                     f"{_fmt(s['precision']):>8}{_fmt(s['recall']):>8}{_fmt(s['f1']):>8}")
    t = result["time"]
    dps = "-" if t["docs_per_second"] is None else t["docs_per_second"]
    lines += ["", (f"  time: {t['annotate_seconds']} s annotating (first document "
                   f"{t['first_document_seconds']} s), then {dps} docs/s")]
    if c["false_positives_on_other_gold_types"]:
        other = ", ".join(f"{k} {v}" for k, v in c["false_positives_on_other_gold_types"].items())
        lines.append(f"  false positives on gold of another type: {other}")
    for kind, items in result["frequent"].items():
        if frequent and items:
            shown = "; ".join(f"{t} ({n})" for t, n in items[:frequent])
            lines.append(f"  frequent {kind.replace('_', ' ')}: {shown}")
    return "\n".join(lines)


def benchmark_command(
    path: str | Path | Sequence[str | Path],
    entity_type: str,
    annotate: Annotate,
    json_out: bool = False,
    limit: int | None = None,
    half: str | None = None,
    *,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
) -> int:
    """Run :func:`run_benchmark` and print the table (or JSON); the body of ``figcap benchmark``.

    Returns
    -------
    int
        0 when scored, 1 when the corpus cannot be read or annotating fails with a figcap
        error (e.g. lexicons not built), 2 for a bad option.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        result = run_benchmark(path, entity_type, annotate, limit=limit, half=half)
    except ConfigError as exc:
        print(f"figcap: error: {exc}", file=err)
        return 2
    except (FigcapError, OSError) as exc:
        print(f"figcap: error: {exc}", file=err)
        return 1
    print(json.dumps(result, indent=1, sort_keys=True) if json_out else format_table(result),
          file=out)
    return 0
