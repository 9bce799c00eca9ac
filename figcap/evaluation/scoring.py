"""Score figcap against the existing annotations of many records, and write the results.

:func:`score_records` reads records (files, folders, globs), takes figcap's mentions from
each record's ``figcap`` front-matter block when one is there (output of
``figcap annotate --out``) and this figcap wrote it for this caption (same version and
lexicons, every mention's text at its offsets: else a warning and figcap runs again) or
runs figcap, compares them (:mod:`.compare`), and writes
``scores.json``, ``differences.tsv`` and ``suspects.tsv``. A bad record is reported
(``errors``) and skipped; it never stops the run. :func:`format_summary` renders the
scores as a plain-text table.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import RecordFormatError
from ..lexicons.format import atomic_write_bytes
from ..normalize import match_key
from ..records import FIGCAP_KEY, iter_records
from ..schema import Mention, Record
from .compare import (
    DIFFERENCE_KINDS,
    LEVELS,
    SCORED_TYPES,
    Difference,
    RecordComparison,
    compare_record,
    corpus_scores,
)

__all__ = [
    "DIFFERENCE_COLUMNS",
    "OUTPUT_NAMES",
    "SUSPECT_COLUMNS",
    "check_outputs",
    "compare_records",
    "figcap_mentions",
    "format_summary",
    "score_records",
    "scores_dict",
    "stale_block",
    "write_outputs",
]

logger = logging.getLogger(__name__)

#: Columns of ``differences.tsv``.
DIFFERENCE_COLUMNS: tuple[str, ...] = (
    "figid", "kind", "type", "word", "identifiers", "symbol", "figcap_identifiers",
    "figcap_label", "figcap_type", "start", "end", "reason", "snippet",
)
#: Columns of ``suspects.tsv``.
SUSPECT_COLUMNS: tuple[str, ...] = (
    "figid", "type", "word", "identifiers", "symbol", "reason", "start", "end", "snippet",
)
_INPUT = Iterable[str | Path] | str | Path


def figcap_mentions(record: Record) -> tuple[Mention, ...] | None:
    """Mentions stored in the record's ``figcap`` block, or None when it has none.

    Raises
    ------
    RecordFormatError
        When the block is there but its ``mentions`` are malformed.
    """
    block = record.fields.get(FIGCAP_KEY)
    if not isinstance(block, Mapping) or "mentions" not in block:
        return None
    items = block["mentions"]
    if not isinstance(items, list):
        raise RecordFormatError(record.source or record.figid, "figcap.mentions must be a list")
    try:
        return tuple(Mention.from_dict(d) for d in items)
    except (TypeError, ValueError, AttributeError) as exc:
        raise RecordFormatError(record.source or record.figid,
                                f"figcap.mentions holds a malformed mention: {exc}") from exc


def stale_block(record: Record, mentions: Sequence[Mention]) -> str:
    """Why the record's ``figcap`` block cannot be scored as figcap's reading, or "".

    A block is figcap's reading of this caption only when the running figcap wrote it:
    the same ``version`` and ``lexicons`` (another version reads captions otherwise, and
    its scores would be labelled with this one's version), and every mention's text is
    the caption's text at its offsets (else the caption was edited after figcap ran).
    """
    from .._version import __version__
    from ..lexicons import manifest

    block = record.fields.get(FIGCAP_KEY) or {}
    lexicons = manifest().get("figcap_version", "")
    if block.get("version") != __version__ or block.get("lexicons", lexicons) != lexicons:
        return (f"its figcap block was written by figcap {block.get('version')!s} "
                f"(lexicons {block.get('lexicons')!s}), this is {__version__} "
                f"(lexicons {lexicons})")
    caption = record.caption or ""
    for m in mentions:
        if caption[m.start:m.end] != m.text:
            return (f"its figcap block has {m.text!r} at {m.start}-{m.end}, where the caption "
                    f"has {caption[m.start:m.end]!r}")
    return ""


class _WordGrounder:
    """figcap's grounding of existing words on their own, cached by (word, organisms)."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, tuple[str, ...]], tuple[Mention, ...]] = {}

    def __call__(self, record: Record, mentions: Sequence[Mention]) -> dict[str, tuple]:
        from ..api import annotate_many

        tagged = {match_key(m.text) for m in mentions}
        orgs = tuple(record.organisms)
        words = sorted({a.word for t in SCORED_TYPES for a in (record.annotations.get(t) or ())
                        if a.word and match_key(a.word) not in tagged})
        todo = [w for w in words if (w, orgs) not in self.cache]
        if todo:
            found = annotate_many(todo, [list(orgs) or None] * len(todo))
            for w, ms in zip(todo, found):
                self.cache[(w, orgs)] = tuple(ms)
        return {w: self.cache[(w, orgs)] for w in words}


def compare_records(
    inputs: _INPUT,
    *,
    errors: list[RecordFormatError] | None = None,
    rerun: bool = False,
    ground_words: bool = True,
    limit: int | None = None,
    jobs: int = 1,
) -> Iterator[RecordComparison]:
    """Yield the comparison of every readable record under ``inputs``.

    Parameters
    ----------
    inputs : path, or iterable of paths
        Record files, folders (searched recursively) or glob patterns.
    errors : list, optional
        Bad records are appended to it (and skipped); when None they are logged only.
    rerun : bool
        Run figcap even on records that carry a ``figcap`` block. Without it, a block is
        used only when this figcap wrote it for this caption (:func:`stale_block`); else
        figcap runs on the caption, with a warning line for the record.
    ground_words : bool
        Ground existing words figcap did not tag on their own (suspect reason (c)); this
        runs figcap's pipeline.
    limit : int, optional
        Only the first this many readable records.
    jobs : int
        Worker processes that run figcap and compare (:func:`figcap.parallel.map_records`);
        the comparisons and errors are the same, in the same order.
    """
    from ..engine import reannotate_record
    from ..parallel import map_records

    errs: list[RecordFormatError] = [] if errors is None else errors
    grounder = _WordGrounder() if ground_words else None

    def compare(record: Record) -> RecordComparison:
        try:
            mentions = None if rerun else figcap_mentions(record)
            why = stale_block(record, mentions) if mentions is not None else ""
            if why:
                logger.warning("%s: %s; running figcap on the caption instead",
                               record.source or record.figid, why)
                mentions = None
            if mentions is None:
                mentions = reannotate_record(record).mentions
            groundings = grounder(record, mentions) if grounder else None
            return compare_record(record, mentions, word_groundings=groundings)
        except RecordFormatError as exc:
            logger.warning("%s", exc)
            raise

    items = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    records: Iterable[Record] = iter_records(items, errors=errs)
    if limit is not None:
        records = itertools.islice(records, max(limit, 0))
    yield from map_records(compare, records, errs, jobs)


def scores_dict(comparisons: Sequence[RecordComparison],
                errors: Sequence[RecordFormatError | str] = ()) -> dict[str, Any]:
    """The content of ``scores.json``: corpus scores and per-record scores."""
    from .._version import __version__

    records: dict[str, Any] = {}
    for c in comparisons:
        key = c.figid if c.figid not in records else f"{c.figid} ({c.source})"
        records[key] = c.to_dict(full=False)
    corpus = corpus_scores(comparisons, [str(e) for e in errors])
    return {"figcap_version": __version__, "corpus": corpus.to_dict(), "records": records}


def _cell(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        value = "|".join(value)
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _tsv(columns: Sequence[str], diffs: Iterable[Difference]) -> bytes:
    lines = ["\t".join(columns)]
    lines += ["\t".join(_cell(getattr(d, c)) for c in columns) for d in diffs]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_outputs(comparisons: Sequence[RecordComparison], scores: Mapping[str, Any],
                  out_dir: str | Path) -> dict[str, Path]:
    """Write ``scores.json``, ``differences.tsv`` and ``suspects.tsv`` atomically."""
    out = Path(out_dir)
    diffs = [d for c in comparisons for d in c.differences]
    paths = dict(zip(("scores", "differences", "suspects"), (out / n for n in OUTPUT_NAMES)))
    text = json.dumps(scores, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    atomic_write_bytes(paths["scores"], text.encode("utf-8"))
    atomic_write_bytes(paths["differences"], _tsv(DIFFERENCE_COLUMNS, diffs))
    atomic_write_bytes(paths["suspects"],
                       _tsv(SUSPECT_COLUMNS, (d for d in diffs if d.kind == "suspect")))
    return paths


def score_records(
    inputs: _INPUT,
    out_dir: str | Path | None = None,
    *,
    rerun: bool = False,
    limit: int | None = None,
    jobs: int = 1,
) -> dict[str, Any]:
    """Compare figcap with the existing annotations of records; optionally write the results.

    Parameters
    ----------
    inputs : path, or iterable of paths
        Records (files, folders, globs), plain or with a ``figcap`` block.
    out_dir : path, optional
        Where ``scores.json``, ``differences.tsv`` and ``suspects.tsv`` go (created).
    rerun : bool
        Ignore stored ``figcap`` blocks and run figcap.
    limit : int, optional
        Compare only the first ``limit`` readable records.
    jobs : int
        Worker processes (:func:`compare_records`); the results do not depend on it.

    Returns
    -------
    dict
        The ``scores.json`` content (``figcap_version``, ``corpus``, ``records``), plus
        ``errors`` (list of ``"source: problem"``) and ``outputs`` (written paths, as text).
    """
    return _compare_and_score(inputs, out_dir, rerun=rerun, limit=limit, jobs=jobs)[2]


OUTPUT_NAMES: tuple[str, ...] = ("scores.json", "differences.tsv", "suspects.tsv")


def check_outputs(inputs: _INPUT, out_dir: str | Path | None = None,
                  page: str | Path | None = None) -> None:
    """Before a run: refuse outputs that are input files, or that cannot be written.

    Raises
    ------
    ConfigError
        When the page, or a file :func:`write_outputs` writes in ``out_dir``, is one of
        the input files (``figcap report recs/a.md --out recs/a.md``).
    OSError
        When ``out_dir`` or ``page`` cannot be written (:func:`figcap.records.check_writable`).
    """
    from ..errors import ConfigError
    from ..records import check_writable, input_files

    items = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    targets = [] if out_dir is None else [("--out folder", Path(out_dir) / n)
                                          for n in OUTPUT_NAMES]
    if page is not None:
        targets.append(("report page", Path(page)))
    if targets:
        protect = input_files(items)
        for what, target in targets:
            if protect.holds(target):
                raise ConfigError(f"{target} is an input file; figcap never overwrites its "
                                  f"inputs, choose another {what}")
    if out_dir is not None:
        check_writable(out_dir, folder=True)
    if page is not None:
        check_writable(page, folder=False)


def _compare_and_score(
    inputs: _INPUT, out_dir: str | Path | None, *, rerun: bool, limit: int | None, jobs: int,
    page: str | Path | None = None,
) -> tuple[list[RecordComparison], dict[str, Any], dict[str, Any]]:
    """:func:`score_records`' run, with what :func:`figcap.report.report_records` also
    needs for its page: the comparisons, the scores (:func:`scores_dict`) and the result
    (the scores with ``errors`` and ``outputs``). The outputs (``out_dir``'s files and
    ``page``) are checked first (:func:`check_outputs`)."""
    check_outputs(inputs, out_dir, page)
    errors: list[RecordFormatError] = []
    comparisons = list(compare_records(inputs, errors=errors, rerun=rerun, limit=limit,
                                       jobs=jobs))
    scores = scores_dict(comparisons, errors)
    result = dict(scores, errors=[str(e) for e in errors], outputs={})
    if out_dir is not None:
        written = write_outputs(comparisons, scores, out_dir)
        result["outputs"] = {k: str(v) for k, v in written.items()}
    return comparisons, scores, result


def _num(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _row(label: str, records: Any, a: Mapping[str, Any], v: Mapping[str, Any]) -> str:
    def part(s: Mapping[str, Any]) -> str:
        counts = f"{s['tp']}/{s['fp']}/{s['fn']}" if "tp" in s else ""
        return (f"{_num(s['precision'])} {_num(s['recall'])} {_num(s['f1'])} "
                f"{counts:>17}")
    return f"{label:<22}{records!s:>7}  {part(a)}   {part(v)}"


def format_summary(scores: Mapping[str, Any]) -> str:
    """A plain-text summary table of :func:`score_records`' result (or ``scores.json``).

    Per level and type: precision, recall, F1 and tp/fp/fn against all existing
    annotations and against the caption-visible ones, micro and macro; then the counts of
    records left out (not annotated), brain regions and differences.
    """
    corpus = scores.get("corpus", scores)
    skipped = len(corpus.get("errors", []))
    lines = [f"figcap vs existing PFOCR annotations: {corpus['records']} records, {skipped} skipped"]
    trusted = []
    head = f"{'':<22}{'records':>7}  {'P':>5} {'R':>5} {'F1':>5} {'tp/fp/fn':>17}"
    for level in LEVELS:
        title = f"{level} level"
        lines += ["", f"{title:<31}{'all annotations':^35}   {'caption-visible':^35}",
                  head + "   " + head[31:]]
        per = corpus["scores"][level]
        for t in SCORED_TYPES:
            a, v = per["all"][t], per["visible"][t]
            lines.append(_row(f"{t} micro", a["records"], a["micro"], v["micro"]))
            lines.append(_row(f"{t} macro", "", a["macro"], v["macro"]))
        a, v = per["all"]["all_types"], per["visible"]["all_types"]
        lines.append(_row("all types micro", "", a["micro"], v["micro"]))
        lines.append(_row("all types macro", "", a["macro"], v["macro"]))
        if "trusted" in per:
            for t in SCORED_TYPES:
                m = per["trusted"][t]["micro"]
                if m.get("recall") is not None:
                    trusted.append(f"{level} {t}: R {m['recall']:.3f} ({m['tp']}/{m['tp'] + m['fn']})")
    if trusted:
        lines += ["", "caption-visible recall without the annotations figcap finds suspect: "
                  + "; ".join(trusted)]
    na = corpus["not_annotated"]
    lines += ["", "not annotated (left out of P/R/F1): "
              + ", ".join(f"{t} {na[t]}" for t in SCORED_TYPES) + " records"]
    br = corpus["brain_region"]
    lines.append(f"brain regions: {br['mentions']} mentions, {br['added']} added "
                 f"({br['note']})")
    diffs = corpus["differences"]
    lines.append("differences: " + ", ".join(f"{k} {diffs[k]}" for k in DIFFERENCE_KINDS))
    for e in corpus.get("errors", [])[:20]:
        lines.append(f"skipped: {e}")
    return "\n".join(lines) + "\n"
