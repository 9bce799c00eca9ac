"""Run figcap over records in several processes, with the output of one.

A batch job spends its time annotating captions, one at a time, in Python: on a machine
with several cores, ``--jobs N`` runs N worker processes. They are forked from the
process that has already loaded the pipeline and the lexicons (:func:`figcap.ner.pipeline.
warm_up`), so they start at once and share those tables with it until they write to them.
Records go to the workers in batches and come back in input order, and bad records are
reported where one process would report them: the output does not depend on ``jobs``.

spaCy's own ``nlp.pipe(n_process=...)`` sends each Doc back to the parent; the workers here
send back figcap's small results (mentions, comparisons) instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from typing import Callable, Iterable, Iterator, TypeVar

from .errors import RecordFormatError

__all__ = ["map_records"]

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: The function the workers run: set before they are forked, so it is never pickled.
_TASK: Callable | None = None


def _run(item):
    try:
        return _TASK(item)  # type: ignore[misc]
    except RecordFormatError as exc:
        return exc


#: ``figcap -v`` logs progress (to stderr, through :mod:`logging`) every this many records.
PROGRESS_EVERY = 500


class _Progress:
    """Count the records a run has done (results and bad records) and log every
    :data:`PROGRESS_EVERY` of them, then the total, at INFO: ``figcap -v`` shows them."""

    def __init__(self, errors: list[RecordFormatError]) -> None:
        self.errors, self.mark = errors, len(errors)  # errors from before the run left out
        self.done, self.start = 0, time.perf_counter()

    def step(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.log("")

    def log(self, last: str) -> None:
        if log.isEnabledFor(logging.INFO):
            took, bad = time.perf_counter() - self.start, len(self.errors) - self.mark
            log.info("%s%d records (%d bad) in %.1f s, %.0f records/s", last, self.done + bad,
                     bad, took, (self.done + bad) / took if took else 0.0)


def map_records(
    func: Callable[[T], R], items: Iterable[T], errors: list[RecordFormatError],
    jobs: int = 1, batch: int = 64,
) -> Iterator[R]:
    """``func`` over ``items``, in input order; an item whose ``func`` raises
    :class:`RecordFormatError` is skipped and the error appended to ``errors``.

    ``items`` may append errors to ``errors`` while it is read (:func:`figcap.records.
    iter_records` does, for records it cannot read): they keep their place before the
    next item's results, as with ``jobs=1``. ``jobs > 1`` forks that many workers; where
    the platform cannot fork, the records are annotated in this process.

    Progress goes to the log at INFO (:class:`_Progress`; ``figcap -v`` shows it on stderr).
    """
    progress = _Progress(errors)
    for result in _map_records(func, items, errors, jobs, batch):
        yield result
        progress.step()
    progress.log("done: ")


def _map_records(
    func: Callable[[T], R], items: Iterable[T], errors: list[RecordFormatError],
    jobs: int = 1, batch: int = 64,
) -> Iterator[R]:
    """:func:`map_records` without the progress log."""
    if jobs > 1 and "fork" not in multiprocessing.get_all_start_methods():
        log.warning("this platform cannot fork worker processes; annotating in one process")
        jobs = 1
    if jobs <= 1:
        for item in items:
            try:
                yield func(item)
            except RecordFormatError as exc:
                errors.append(exc)
        return
    global _TASK
    _TASK = func
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            it = iter(items)
            pending, trailing, spent = _read_batch(it, errors, batch)
            while pending:
                work = pool.map_async(_run, [item for item, _before in pending],
                                      chunksize=max(1, len(pending) // (4 * jobs)))
                following: list = []
                if not spent:  # read the next batch while the workers annotate this one
                    following, trailing, spent = _read_batch(it, errors, batch)
                for (_item, before), result in zip(pending, work.get()):
                    errors.extend(before)
                    if isinstance(result, RecordFormatError):
                        errors.append(result)
                    else:
                        yield result
                pending = following
            errors.extend(trailing)
    finally:
        _TASK = None


def _read_batch(it: Iterator[T], errors: list[RecordFormatError], batch: int):
    """``(items, trailing, spent)``: up to ``batch`` items of ``it``, each with the errors
    that reading it appended to ``errors`` (taken out of ``errors`` until the item's turn);
    whether ``it`` is spent, and then the errors reading its end appended."""
    pending: list[tuple[T, list[RecordFormatError]]] = []
    while len(pending) < batch:
        mark = len(errors)
        try:
            item = next(it)
        except StopIteration:
            trailing = errors[mark:]
            del errors[mark:]
            return pending, trailing, True
        taken = errors[mark:]
        del errors[mark:]
        pending.append((item, taken))
    return pending, [], False
