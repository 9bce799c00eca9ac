"""Curator report: one self-contained HTML page comparing figcap with PFOCR's annotations.

:func:`write_report` renders comparisons made by :mod:`figcap.evaluation`;
:func:`report_records` does the whole run (compare records, score, write the page).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .html import STATUSES, chart_svg, render_report, write_report

__all__ = ["STATUSES", "chart_svg", "render_report", "report_records", "write_report"]


def report_records(
    inputs: Iterable[str | Path] | str | Path,
    path: str | Path,
    *,
    limit: int | None = None,
    rerun: bool = False,
    out_dir: str | Path | None = None,
    jobs: int = 1,
) -> dict[str, Any]:
    """Compare records with figcap, score them and write the report page.

    Parameters
    ----------
    inputs : path, or iterable of paths
        Records (files, folders, globs), plain or with a ``figcap`` block.
    path : str or Path
        The HTML file to write.
    limit : int, optional
        Only the first ``limit`` readable records (cards and scores alike).
    rerun : bool
        Run figcap even on records that carry a ``figcap`` block.
    out_dir : path, optional
        Also write ``scores.json``, ``differences.tsv`` and ``suspects.tsv`` there.
    jobs : int
        Worker processes that run figcap (the page does not depend on it).

    Returns
    -------
    dict
        The scores (as :func:`figcap.evaluation.scoring.score_records` returns them), with
        ``outputs`` naming the files written (``report`` included).

    Raises
    ------
    ConfigError, OSError
        Before any work, when an output is an input file or cannot be written
        (:func:`figcap.evaluation.scoring.check_outputs`).
    """
    from ..evaluation.scoring import _compare_and_score

    comparisons, scores, result = _compare_and_score(inputs, out_dir, rerun=rerun,
                                                     limit=limit, jobs=jobs, page=path)
    result["outputs"]["report"] = str(write_report(comparisons, scores, path))
    return result
