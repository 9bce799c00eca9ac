"""A compact lookup index over every compiled lexicon, for fast, low-memory matching.

Loading a million synonyms into Python dicts takes seconds and hundreds of MB; figcap
instead ships, next to the readable ``*.terms.tsv.gz`` files, an index derived from them:

``index.keys.npy``
    sorted ``uint64`` hashes of the match keys (:func:`key_hash`).
``index.offsets.npy``
    ``uint32`` byte offsets: the rows of the i-th key are ``blob[offsets[i]:offsets[i+1]]``.
``index.rows.zlib``
    zlib-compressed UTF-8 rows ``lexicon<TAB>text<TAB>id<TAB>kind<TAB>organism<TAB>source_id
    <TAB>label<TAB>xrefs``, one per line, grouped by key. ``xrefs`` holds what a mention
    needs, so annotating never loads a concept table: a gene's ``NCBIGene:`` id, a
    family's member genes (``NCBIGene:``), a concept's ``MESH:``/``UBERON:`` equivalents.
``index.starts.npy``
    sorted hashes of the *first piece* and of the *first two pieces* of every synonym
    (pieces: runs of letters and digits, and ``+``, of the folded lower-case text) and
    ``index.startlen.npy`` the longest match key that starts with each: the matcher
    extends a span only from a token whose key is a first piece, past the next token only
    if the two make a two-piece prefix, and only as far as that length. Keys of prefixes
    are marked apart from whole keys by a leading ``\x01`` (pieces) or ``\x02`` (pairs).

A lookup hashes each key and finds the hash among the sorted ones of its first 16 bits
(:class:`_HashTable`). A hash hit is checked against the row's text
(:func:`figcap.normalize.match_key`), so a collision can never produce a wrong match. The
index is rebuilt by ``figcap lexicons build`` and is byte-identical for the same compiled
lexicons.
"""

from __future__ import annotations

import io
import re
import zlib
from bisect import bisect_left
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

import numpy as np

from ..normalize import fold, match_key
from .format import atomic_write_bytes, read_tsv_gz

__all__ = ["Term", "key_hash", "pieces", "TermIndex", "build_index", "INDEX_FILES"]

INDEX_FILES = (
    "index.keys.npy",
    "index.offsets.npy",
    "index.rows.zlib",
    "index.starts.npy",
    "index.startlen.npy",
)
_PIECE = re.compile(r"[0-9a-z]+|\+")


class Term(NamedTuple):
    """One synonym as found in the index."""

    lexicon: str
    text: str
    id: str
    kind: str
    organism: str
    source_id: str
    label: str
    xrefs: str


# the second CRC-32's starting value (of the reversed bytes)
_SEED = 0x5BD1E995


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a match key (two CRC-32s; hits are verified on text)."""
    b = key.encode("utf-8")
    return (zlib.crc32(b) << 32) | zlib.crc32(b[::-1], _SEED)


def pieces(text: str) -> list[str]:
    """Runs of letters and digits, and ``+`` signs, of the folded lower-case text.

    >>> pieces("N-Methyl-D-Aspartate"), pieces("TGF-\u03b2"), pieces("Ca2+")
    (['n', 'methyl', 'd', 'aspartate'], ['tgf', 'beta'], ['ca2', '+'])
    """
    return _PIECE.findall(fold(text).lower())


def _npy_bytes(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=False)
    return buf.getvalue()


def build_index(data_dir: Path, names: Sequence[str]) -> dict[str, str]:
    """Build the index files in ``data_dir`` from the compiled lexicons ``names``.

    Returns the sha256-free summary ``{file: size}`` for the manifest's caller to hash.
    """
    data_dir = Path(data_dir)
    groups: dict[int, list[str]] = {}
    key_of: dict[int, str] = {}
    starts: dict[int, int] = {}
    genes = {r[0]: r for r in read_tsv_gz(data_dir / "genes.concepts.tsv.gz")} if "genes" in names else {}

    def ncbi(hgnc: str) -> list[str]:
        row = genes.get(hgnc)
        return [x for x in row[2].split("|") if x.startswith("NCBIGene:")] if row else []

    for name in names:
        info: dict[str, tuple[str, str]] = {}
        for cid, label, xrefs, members, _attrs in read_tsv_gz(data_dir / f"{name}.concepts.tsv.gz"):
            if name == "genes":
                keep = ncbi(cid)
            elif name == "families":
                keep = sorted({g for m in members.split("|") if m for g in ncbi(m)},
                              key=lambda c: int(c.split(":")[1]))
            else:
                keep = [x for x in xrefs.split("|") if x.startswith(("MESH:", "UBERON:"))]
            info[cid] = (label, "|".join(keep))
        for key, text, cid, kind, organism, source_id in read_tsv_gz(
            data_dir / f"{name}.terms.tsv.gz"
        ):
            label, xrefs = info.get(cid, ("", ""))
            h = key_hash(key)
            if key_of.setdefault(h, key) != key:  # pragma: no cover - 1e-7 chance
                raise RuntimeError(f"hash collision between {key!r} and {key_of[h]!r}")
            row = "\t".join((name, text, cid, kind, organism, source_id, label, xrefs))
            groups.setdefault(h, []).append(row)
            ps = pieces(text)
            for prefix in ("\x01" + ps[0], "\x02" + ps[0] + ps[1]) if len(ps) > 1 else ("\x01" + ps[0],) if ps else ():
                ph = key_hash(prefix)
                if len(key) > starts.get(ph, 0):
                    starts[ph] = len(key)
    hashes = sorted(groups)
    blob = io.BytesIO()
    offsets = [0]
    for h in hashes:
        blob.write(("\n".join(sorted(groups[h])) + "\n").encode("utf-8"))
        offsets.append(blob.tell())
    start_hashes = sorted(starts)
    files = {
        "index.keys.npy": _npy_bytes(np.array(hashes, dtype=np.uint64)),
        "index.offsets.npy": _npy_bytes(np.array(offsets, dtype=np.uint32)),
        "index.rows.zlib": zlib.compress(blob.getvalue(), 9),
        "index.starts.npy": _npy_bytes(np.array(start_hashes, dtype=np.uint64)),
        "index.startlen.npy": _npy_bytes(
            np.array([min(starts[h], 65535) for h in start_hashes], dtype=np.uint16)
        ),
    }
    for fname, data in files.items():
        atomic_write_bytes(data_dir / fname, data)
    return {f: str(len(b)) for f, b in files.items()}


def _ints(array: np.ndarray) -> memoryview:
    """A one-dimensional array of unsigned integers as a memoryview (in native byte order),
    whose items are read as Python ints without numpy's per-item cost."""
    array = array.astype(array.dtype.newbyteorder("="), copy=False)
    return memoryview(array).cast("B").cast(array.dtype.char)


class _HashTable:
    """A sorted ``uint64`` array of hashes, searched one hash at a time.

    The hashes are spread evenly, so the ones sharing their first 16 bits (a bucket) are a
    dozen neighbours; a search reads the bucket's bounds and bisects those few. The whole
    array, a few MB, is mostly out of the processor's cache between two captions: a
    binary search over all of it waited on memory for each of its last dozen steps, and
    numpy's call overhead outweighed the search for the few keys of a caption.

    Most keys a caption asks for are in no lexicon (on the PFOCR captions, 87% of the
    lookups: spans of words no synonym has, pairs of words no synonym starts with).
    :meth:`find` answers most of those from a bit per value of ``FILTER_BITS`` bits of the
    first CRC-32 (set for every hash of the table: a clear bit proves a miss), a MB that
    stays closer to the processor than the array, before it computes the second CRC-32 or
    reads the array.
    """

    __slots__ = ("_values", "_bounds", "_filter")

    BITS = 16
    FILTER_BITS = 23

    def __init__(self, array: np.ndarray) -> None:
        array = array.astype(np.uint64, copy=False)  # native byte order
        # memoryviews (they keep the arrays alive): indexing one gives a Python int, bisect
        # reads it as a sequence
        self._values = _ints(array)
        counts = np.bincount((array >> np.uint64(64 - self.BITS)).astype(np.intp),
                             minlength=1 << self.BITS)
        bounds = np.zeros((1 << self.BITS) + 1, dtype=np.uint32)
        np.cumsum(counts, out=bounds[1:])
        self._bounds = _ints(bounds)
        marks = np.zeros(1 << self.FILTER_BITS, dtype=bool)
        marks[((array >> np.uint64(32)) & np.uint64((1 << self.FILTER_BITS) - 1))
              .astype(np.intp)] = True
        self._filter = np.packbits(marks, bitorder="little").tobytes()

    def __len__(self) -> int:
        return len(self._values)

    def position(self, h: int) -> int:
        """Index of the hash ``h``, or -1."""
        bucket = h >> (64 - self.BITS)
        hi = self._bounds[bucket + 1]
        p = bisect_left(self._values, h, self._bounds[bucket], hi)
        return p if p < hi and self._values[p] == h else -1

    def find(self, key: str) -> int:
        """Index of the hash of the match key ``key`` (:func:`key_hash`), or -1."""
        b = key.encode("utf-8")
        high = zlib.crc32(b)
        x = high & ((1 << self.FILTER_BITS) - 1)
        if not self._filter[x >> 3] >> (x & 7) & 1:
            return -1  # no hash of the table has this first CRC-32
        return self.position(high << 32 | zlib.crc32(b[::-1], _SEED))


class TermIndex:
    """Read-only view of the index files; see the module docstring."""

    def __init__(self, data_dir: Path) -> None:
        data_dir = Path(data_dir)
        self._keys = _HashTable(np.load(data_dir / "index.keys.npy", allow_pickle=False))
        self._offsets = _ints(np.load(data_dir / "index.offsets.npy", allow_pickle=False))
        self._blob = zlib.decompress((data_dir / "index.rows.zlib").read_bytes())
        self._starts = _HashTable(np.load(data_dir / "index.starts.npy", allow_pickle=False))
        self._startlen = _ints(np.load(data_dir / "index.startlen.npy", allow_pickle=False))
        self._cache: dict[str, tuple[Term, ...]] = {}
        self._start_cache: dict[str, int] = {}
        self._pair_cache: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def _positions(self, table: _HashTable, keys: Sequence[str]) -> list[int]:
        """Index into ``table`` of each key's hash, or -1."""
        return list(map(table.find, keys))

    def start_lengths(self, keys: Sequence[str], pair: bool = False,
                      remember: bool = True) -> list[int]:
        """For each key: the longest match key that starts with it as its first piece (or,
        with ``pair``, as its first two pieces), or 0. ``remember=False`` for a caller that
        keeps the answers itself."""
        cache = (self._pair_cache if pair else self._start_cache) if remember else {}
        out = list(map(cache.get, keys))
        if None in out:
            mark = "\x02" if pair else "\x01"
            todo = list(dict.fromkeys(k for k, n in zip(keys, out) if n is None))
            startlen = self._startlen
            for k, p in zip(todo, self._positions(self._starts, [mark + k for k in todo])):
                cache[k] = startlen[p] if p >= 0 else 0
            out = list(map(cache.__getitem__, keys))
        if len(cache) > 200_000:
            cache.clear()
        return out

    def lookup_many(self, keys: Sequence[str]) -> list[tuple[Term, ...]]:
        """The terms indexed under each key (an empty tuple where there are none)."""
        cache = self._cache
        out = list(map(cache.get, keys))
        if None in out:
            todo = list(dict.fromkeys(k for k, terms in zip(keys, out) if terms is None))
            for key, p in zip(todo, self._positions(self._keys, todo)):
                cache[key] = self._rows(key, p) if p >= 0 else ()
            out = list(map(cache.__getitem__, keys))
        if len(cache) > 200_000:
            cache.clear()
        return out

    def lookup(self, key: str) -> tuple[Term, ...]:
        """The terms indexed under one key."""
        return self.lookup_many([key])[0]

    def _rows(self, key: str, pos: int) -> tuple[Term, ...]:
        a, b = self._offsets[pos], self._offsets[pos + 1]
        rows = self._blob[a:b].decode("utf-8").split("\n")
        terms = tuple(Term(*r.split("\t")) for r in rows if r)
        # A hash hit is real only if the text really has this key. The rows of one hash are
        # the terms of one key (the build writes each term under its text's match key and
        # refuses two keys with one hash), so the first row's text answers for all.
        return terms if terms and match_key(terms[0].text) == key else ()

    def iter_terms(self) -> Iterable[Term]:
        """Every term of every lexicon (slow; for tools and tests)."""
        for line in self._blob.decode("utf-8").split("\n"):
            if line:
                yield Term(*line.split("\t"))
