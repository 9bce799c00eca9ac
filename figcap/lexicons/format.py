"""The compiled lexicon format: writing (build) and reading (load).

A compiled lexicon ``NAME`` is two gzipped, UTF-8, tab-separated files with a fixed header,
plus an entry in ``MANIFEST.json``:

``NAME.concepts.tsv.gz``
    ``id  label  xrefs  members  attrs`` -- one row per concept (``HGNC:8156``, ``FPLX:AKT``,
    ``MESH:D007649``, ``UBERON:0001904``). ``xrefs`` and ``members`` are ``|``-joined CURIEs
    (a family's member genes as ``HGNC:`` CURIEs); ``attrs`` is ``key=value`` pairs joined
    by ``;`` (``locus_type=gene with protein product``, ``supplementary=1``).
``NAME.terms.tsv.gz``
    ``key  text  id  kind  organism  source_id`` -- one row per synonym, sorted. ``key`` is
    :func:`figcap.normalize.match_key` of ``text``, computed at build time so loading does
    not normalise a million strings. ``kind`` says where the synonym came from (``symbol``,
    ``alias``, ``prev``, ``name``, ``mesh_entry`` ...); ``organism`` is an NCBI taxon id for
    species-specific symbols (``10090`` for an MGI symbol); ``source_id`` keeps the
    source's own id (``MGI:87986``) where it differs from ``id``.

Same rows in, same bytes out: rows are sorted, gzip's header carries no name or time.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from ..errors import LexiconError
from ..normalize import match_key

__all__ = [
    "FORMAT_VERSION",
    "CONCEPT_HEADER",
    "TERM_HEADER",
    "ConceptRow",
    "TermRow",
    "SourceInfo",
    "LexiconData",
    "read_tsv_gz",
    "read_curated_synonyms",
    "write_lexicon",
    "write_manifest",
    "sha256_file",
    "atomic_write_bytes",
]

FORMAT_VERSION = 1
CONCEPT_HEADER = ("id", "label", "xrefs", "members", "attrs")
TERM_HEADER = ("key", "text", "id", "kind", "organism", "source_id")


class ConceptRow(NamedTuple):
    """One concept of a lexicon."""

    id: str
    label: str
    xrefs: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()


class TermRow(NamedTuple):
    """One synonym of a concept."""

    text: str
    id: str
    kind: str
    organism: str = ""
    source_id: str = ""


@dataclass(frozen=True)
class SourceInfo:
    """Provenance of one source file used to build a lexicon."""

    file: str
    version: str
    licence: str
    origin: str
    sha256: str
    rows: int | None = None


@dataclass
class LexiconData:
    """What a source-specific builder returns, ready to be written."""

    name: str
    concepts: list[ConceptRow]
    terms: list[TermRow]
    sources: list[SourceInfo]
    stats: dict[str, int] = field(default_factory=dict)


def _clean(value: str) -> str:
    """Cell text: tabs, newlines and surrounding spaces cannot survive in a TSV cell."""
    return " ".join(str(value).replace("\t", " ").split())


def _tsv_gz_bytes(header: Iterable[str], rows: Iterable[Iterable[str]]) -> bytes:
    buf = io.StringIO()
    buf.write("\t".join(header) + "\n")
    for row in rows:
        buf.write("\t".join(row) + "\n")
    raw = buf.getvalue().encode("utf-8")
    out = io.BytesIO()
    # filename="" and mtime=0: the gzip header holds nothing that changes between builds.
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return out.getvalue()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_tsv_gz(path: Path) -> list[list[str]]:
    """The rows of a compiled ``*.tsv.gz`` file, header left out, cells split on tabs."""
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as fh:
        lines = fh.read().split("\n")
    return [line.split("\t") for line in lines[1:] if line]


def read_curated_synonyms(
    name: str, prefix: str, known: Callable[[str], bool], stats: dict[str, int],
    unknown: str,
) -> list[TermRow]:
    """Rows of the reviewed list ``lexicons/curated/<name>`` (columns ``text``, id without
    ``prefix``, note) as terms of kind ``curated`` with id ``prefix + id``, for the ids
    ``known`` accepts; ``stats["curated"]`` counts them and ``stats[unknown]`` the rest."""
    path = Path(__file__).resolve().parent / "curated" / name
    out: list[TermRow] = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "text\t")):
            continue
        text, ident, _note = line.split("\t", 2)
        key = "curated" if known(ident) else unknown
        stats[key] = stats.get(key, 0) + 1
        if key == "curated":
            out.append(TermRow(text, prefix + ident, "curated"))
    return out


def write_lexicon(data: LexiconData, out_dir: Path) -> dict:
    """Write ``data`` as compiled files in ``out_dir``; return its manifest entry."""
    out_dir = Path(out_dir)
    concepts: dict[str, ConceptRow] = {}
    for c in data.concepts:
        if c.id in concepts and concepts[c.id] != c:
            raise LexiconError(f"lexicon {data.name}: concept {c.id} defined twice, differently")
        concepts[c.id] = c
    concept_rows = sorted(
        (
            _clean(c.id),
            _clean(c.label),
            "|".join(sorted(set(c.xrefs))),
            "|".join(sorted(set(c.members))),
            ";".join(f"{k}={_clean(v).replace(';', ',')}" for k, v in sorted(c.attrs)),
        )
        for c in concepts.values()
    )
    seen: set[tuple[str, ...]] = set()
    term_rows = []
    for t in data.terms:
        text = _clean(t.text)
        key = match_key(text)
        if not key:
            continue
        if t.id not in concepts:
            raise LexiconError(f"lexicon {data.name}: term {text!r} names unknown concept {t.id}")
        row = (key, text, t.id, t.kind, t.organism, t.source_id)
        if row not in seen:
            seen.add(row)
            term_rows.append(row)
    term_rows.sort()
    files = {
        f"{data.name}.concepts.tsv.gz": _tsv_gz_bytes(CONCEPT_HEADER, concept_rows),
        f"{data.name}.terms.tsv.gz": _tsv_gz_bytes(TERM_HEADER, term_rows),
    }
    for fname, blob in files.items():
        atomic_write_bytes(out_dir / fname, blob)
    return {
        "files": {f: hashlib.sha256(b).hexdigest() for f, b in sorted(files.items())},
        "concepts": len(concept_rows),
        "terms": len(term_rows),
        "stats": dict(sorted(data.stats.items())),
        "sources": [s.__dict__ for s in data.sources],
    }


def write_manifest(entries: dict[str, dict], out_dir: Path, figcap_version: str) -> Path:
    """Write ``MANIFEST.json`` (sorted keys, so it is byte-identical across builds)."""
    path = Path(out_dir) / "MANIFEST.json"
    existing: dict = {}
    if path.exists():
        existing = json.loads(path.read_text(encoding="utf-8")).get("lexicons", {})
    existing.update(entries)
    manifest = {
        "format": FORMAT_VERSION,
        "figcap_version": figcap_version,
        "lexicons": existing,
    }
    text = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
    return path
