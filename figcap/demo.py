"""``figcap demo``: re-annotate the bundled sample records and show the result."""

from __future__ import annotations

from typing import IO

from .engine import format_mentions, reannotate_all
from .errors import RecordFormatError
from .records import sample_paths

__all__ = ["run_demo"]


def run_demo(limit: int = 0, out: IO[str] | None = None) -> dict:
    """Print, for each bundled record, its existing annotations and figcap's mentions."""
    import sys

    out = out or sys.stdout
    paths = sample_paths()
    if limit:
        paths = paths[:limit]
    errors: list[RecordFormatError] = []
    n = 0
    for result in reannotate_all(paths, errors):
        rec = result.record
        n += 1
        out.write("=" * 78 + "\n")
        for type_ in ("gene", "chemical", "disease"):
            anns = rec.annotations.get(type_)
            if anns is None:
                out.write(f"existing {type_}s: not annotated\n")
            else:
                # the count is of the words listed; a word PFOCR grounded to several
                # identifiers (a family expanded to its members) is one annotation each
                words = sorted({a.word for a in anns})
                count = (f"{len(words)}" if len(words) == len(anns)
                         else f"{len(words)} words, {len(anns)} annotations")
                out.write(f"existing {type_}s ({count}): {', '.join(words[:25])}"
                          f"{' ...' if len(words) > 25 else ''}\n")
        out.write(format_mentions(rec.figid, result.mentions))
    for err in errors:
        out.write(f"skipped: {err}\n")
    return {"records": n, "errors": errors}
