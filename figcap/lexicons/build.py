"""Compile every lexicon from the raw sources (``figcap lexicons build --sources DIR``).

One function per source family lives in :mod:`figcap.lexicons.sources`; this module runs
them, writes the compiled files, the lookup index and ``MANIFEST.json``. Same sources give
byte-identical output.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable, Sequence

from .._version import __version__
from ..errors import LexiconError
from . import LEXICON_NAMES, data_dir, write_term_words
from .format import (
    LexiconData,
    atomic_write_bytes,
    read_tsv_gz,
    sha256_file,
    write_lexicon,
    write_manifest,
)
from .index import INDEX_FILES, build_index

__all__ = ["build_all", "BUILDERS"]

log = logging.getLogger(__name__)


def _genes(src: Path) -> LexiconData:
    from .sources.genes import build_genes

    return build_genes(src)


def _families(src: Path) -> LexiconData:
    from .sources.families import build_families

    return build_families(src)


def _chemicals(src: Path) -> LexiconData:
    from .sources.mesh import build_chemicals

    return build_chemicals(src)


def _diseases(src: Path) -> LexiconData:
    from .sources.mesh_diseases import build_diseases

    return build_diseases(src)


def _brain(src: Path) -> LexiconData:
    from .sources.brain import build_brain_regions

    return build_brain_regions(src)


#: lexicon name -> builder(sources folder) -> LexiconData
BUILDERS: dict[str, Callable[[Path], LexiconData]] = {
    "genes": _genes,
    "families": _families,
    "chemicals": _chemicals,
    "diseases": _diseases,
    "brain_regions": _brain,
}


def build_all(
    sources: Path, out_dir: Path | None = None, names: Sequence[str] | None = None
) -> dict[str, dict]:
    """Compile lexicons ``names`` (default: all) from ``sources`` into ``out_dir``.

    The index is always rebuilt over every lexicon present in ``out_dir``.
    Returns the manifest entries written.
    """
    sources = Path(sources)
    if not sources.is_dir():
        raise LexiconError(f"{sources}: sources folder not found")
    out = Path(out_dir) if out_dir is not None else data_dir()
    chosen = list(names) if names else list(LEXICON_NAMES)
    for name in chosen:
        if name not in BUILDERS:
            raise KeyError(f"unknown lexicon {name!r}; choose from {', '.join(BUILDERS)}")
    entries: dict[str, dict] = {}
    for name in chosen:
        t0 = time.perf_counter()
        try:
            data = BUILDERS[name](sources)
        except FileNotFoundError as exc:
            raise LexiconError(f"lexicon {name}: source file missing: {exc.filename}") from exc
        entries[name] = write_lexicon(data, out)
        log.info("%s: %d concepts, %d terms in %.1f s", name, entries[name]["concepts"],
                 entries[name]["terms"], time.perf_counter() - t0)
    present = [n for n in LEXICON_NAMES if (out / f"{n}.terms.tsv.gz").exists()]
    build_index(out, present)
    write_common_words(out)
    words = [write_term_words(out, n).name for n in present]
    entries["index"] = {
        "files": {f: sha256_file(out / f)
                  for f in INDEX_FILES + ("common_words.txt",) + tuple(words)},
        "lexicons": present,
    }
    write_manifest(entries, out, __version__)
    return entries


def write_common_words(out: Path) -> Path:
    """Write ``common_words.txt``: the curated frequent English words minus every approved
    gene symbol and FamPlex id (those stay matchable in any case)."""
    from ..resources import curated_common_words

    symbols: set[str] = set()
    for name in ("genes", "families"):
        path = out / f"{name}.concepts.tsv.gz"
        if path.exists():
            symbols.update(row[1].lower() for row in read_tsv_gz(path))
    words = sorted(curated_common_words() - symbols)
    text = "# frequent English words that are not gene symbols or FamPlex ids (figcap build)\n"
    path = out / "common_words.txt"
    atomic_write_bytes(path, (text + "\n".join(words) + "\n").encode("utf-8"))
    return path
