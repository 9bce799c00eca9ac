"""Batch re-annotation: records in, re-annotated records and mentions out.

A bad record never stops a batch: it is reported (file and problem) and skipped. Outputs
are written atomically, and never over an input file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from . import api
from .api import Reannotation
from .errors import ConfigError, RecordFormatError
from .parallel import map_records
from .records import (
    InputFiles,
    check_writable,
    input_files,
    iter_records,
    with_figcap,
    write_jsonl,
    write_record,
)
from .schema import Record

__all__ = ["reannotate_all", "annotate_records", "check_out_dir", "reannotate_record",
           "caption_limit"]


def caption_limit() -> int:
    """The longest caption figcap annotates: spaCy's ``nlp.max_length`` of figcap's
    pipeline (1,000,000 characters by default). spaCy refuses longer texts (E088); the
    longest of the 3,333 PFOCR captions has a few thousand characters, and a caption of
    100,000 takes about a tenth of a second, so the limit is spaCy's own."""
    from .ner.pipeline import get_nlp

    return get_nlp().max_length


def reannotate_record(record: Record) -> Reannotation:
    """:func:`figcap.api.reannotate`, for batches: a caption longer than
    :func:`caption_limit` is a :class:`RecordFormatError` of its record (so the batch goes
    on) instead of spaCy's ValueError."""
    src = record.source or record.figid
    limit = caption_limit()
    if record.caption is not None and len(record.caption) > limit:
        raise RecordFormatError(src, f"caption too long: {len(record.caption)} characters "
                                     f"(limit {limit})")
    try:
        return api.reannotate(record)  # looked up here, so that tests can replace it
    except ValueError as exc:
        if isinstance(exc, RecordFormatError) or "[E088]" not in str(exc):
            raise
        # the text spaCy saw (mojibake repaired) can be a little longer than the caption
        raise RecordFormatError(src, f"caption too long: {len(record.caption or '')} "
                                     f"characters (limit {limit})") from exc


def reannotate_all(
    inputs: Iterable[Path | str], errors: list[RecordFormatError], jobs: int = 1,
    exclude: Path | str | None = None,
) -> Iterator[Reannotation]:
    """Re-annotate every readable record under ``inputs``, in input order; bad ones go to
    ``errors``. ``jobs > 1`` annotates in that many worker processes
    (:func:`figcap.parallel.map_records`), with the same results. Files under the folder
    ``exclude`` are not read from input folders (:func:`figcap.records.iter_records`)."""
    records = iter_records(list(inputs), errors=errors, exclude=exclude)
    return map_records(reannotate_record, records, errors, jobs)


def _check_not_input(record: Record, out_dir: Path) -> None:
    if not record.source:
        return
    src = Path(record.source.rsplit(":", 1)[0] if record.layout == "jsonl" else record.source).resolve()
    if src.parent == out_dir.resolve() or (
        record.layout == "current" and src.parent.parent == out_dir.resolve()
    ):
        raise RecordFormatError(record.source, f"output folder {out_dir} holds the input; "
                                "figcap never overwrites its inputs, choose another --out")


def check_out_dir(inputs: Iterable[Path | str], out_dir: Path | str) -> InputFiles:
    """Check ``annotate --out``'s folder before a run; return the run's input files.

    Raises
    ------
    ConfigError
        When ``out_dir`` is one of the input folders.
    OSError
        When it cannot be written (:func:`figcap.records.check_writable`).
    """
    for item in inputs:
        if Path(item).is_dir() and Path(item).resolve() == Path(out_dir).resolve():
            raise ConfigError(f"--out {out_dir} is an input folder; figcap never "
                              "overwrites its inputs, choose another --out")
    check_writable(out_dir, folder=True)
    return input_files(inputs, exclude=out_dir)


def annotate_records(
    inputs: Iterable[Path | str], *, out_dir: Path | None = None, json_lines: bool = False,
    stream: IO[str] | None = None, jobs: int = 1,
) -> dict:
    """Re-annotate records; write them to ``out_dir`` and/or print mentions to ``stream``.
    ``jobs``: worker processes (:func:`reannotate_all`).

    With ``out_dir``: it must not be an input folder (:class:`ConfigError`) and must be
    writable (:class:`OSError`), both checked before any record is read; records under it
    are not read from an input folder that holds it; a record is never written over any
    input file of the run, and a record whose figid an earlier record of the run had is
    an error (its output would replace the first one's).

    Returns ``{"records": n, "mentions": n, "errors": [RecordFormatError, ...]}``.
    """
    inputs = list(inputs)
    errors: list[RecordFormatError] = []
    n_records = n_mentions = 0
    jsonl: dict[str, list[Record]] = {}  # output file name -> records, in input order
    protect = None if out_dir is None else check_out_dir(inputs, out_dir)
    first: dict[str, str] = {}  # figid -> the source that had it first
    for result in reannotate_all(inputs, errors, jobs, exclude=out_dir):
        rec = result.record
        if out_dir is not None:
            try:
                if rec.figid in first:
                    raise RecordFormatError(rec.source, f"duplicate figid {rec.figid}, already "
                                            f"read from {first[rec.figid]}: not written")
                first[rec.figid] = rec.source
                _check_not_input(rec, out_dir)
                if rec.layout == "jsonl":
                    name = Path(rec.source.rsplit(":", 1)[0]).name
                    jsonl.setdefault(name, []).append(with_figcap(rec, result.to_dict()))
                else:
                    write_record(rec, out_dir, figcap=result.to_dict(), protect=protect)
            except RecordFormatError as exc:
                errors.append(exc)
                continue
        n_records += 1
        n_mentions += len(result.mentions)
        if stream is not None:
            if json_lines:
                stream.write(json.dumps({"figid": rec.figid,
                                         "mentions": [m.to_dict() for m in result.mentions]},
                                        ensure_ascii=False, sort_keys=True) + "\n")
            elif out_dir is None:
                stream.write(format_mentions(rec.figid, result.mentions))
    for name, records in sorted(jsonl.items()):
        target = Path(out_dir) / name  # type: ignore[arg-type]
        try:
            write_jsonl(records, target, protect=protect)
        except RecordFormatError as exc:
            errors.append(exc)
    return {"records": n_records, "mentions": n_mentions, "errors": errors}


def format_mentions(figid: str, mentions) -> str:
    """One line per mention under the figure id, for people."""
    lines = [f"{figid}: {len(mentions)} mentions"]
    for m in mentions:
        ids = " ".join(m.identifiers[:2])
        lines.append(f"  {m.start:>5}-{m.end:<5} {m.type:<12} {m.text!r:<40} {ids}  "
                     f"{m.label}  [{m.method} {m.score:.2f}]")
    return "\n".join(lines) + "\n"
