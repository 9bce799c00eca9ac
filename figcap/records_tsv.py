r"""Helpers of :mod:`figcap.records`: annotation tables, annotation items, file safety.

Current layout
    A figure's front matter lives in ``_figures/<figid>.md`` and its annotations in
    ``_data/<figid>-genes.tsv``, ``-chemicals.tsv`` and ``-diseases.tsv``.
    :func:`find_tables` finds them, :func:`read_table` reads one into a :class:`Table`
    (header and rows kept as text, so they are written back unchanged),
    :func:`annotations_from_table` turns rows into :class:`~figcap.schema.Annotation`
    values and :func:`table_from_annotations` builds a table for a record made in code.
    ``NA`` or an empty cell means *missing*; identifier cells (``mesh:D005227``,
    ``chebi:35366``, ``doid:1234``) become CURIEs with an upper-case prefix, and a bare MeSH
    id (``D005227``) gets ``MESH:``. Files are parsed with the :mod:`csv` tab dialect
    (``"`` quoting, as R ``readr::write_tsv`` writes it) and written with ``\n`` line ends.
Old layout
    :func:`annotations_from_items` turns a front-matter list (``genes:`` ...) into
    annotations, :func:`item_from_annotation` goes back.
Files
    :func:`validate_figid` (a figid names output files), :func:`read_text` (UTF-8, errors
    give the byte offset), :func:`atomic_write` (temp file in the same folder, then
    :func:`os.replace`).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from figcap.errors import RecordFormatError
from figcap.schema import Annotation

__all__ = [
    "DEFAULT_COLUMNS",
    "TSV_SUFFIXES",
    "Table",
    "annotations_from_items",
    "annotations_from_table",
    "atomic_write",
    "find_tables",
    "format_table",
    "item_from_annotation",
    "kind_of",
    "not_utf8",
    "read_bytes",
    "read_table",
    "read_text",
    "table_from_annotations",
    "to_curie",
    "validate_figid",
]

#: File-name suffix of each annotation type: ``<figid>-<suffix>.tsv``.
TSV_SUFFIXES: dict[str, str] = {"gene": "genes", "chemical": "chemicals", "disease": "diseases"}

#: Columns PFOCR writes, used when a table is built from annotations.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "gene": (
        "organism_id", "organism_name", "organism_group", "word", "match",
        "ncbigene_symbol", "ncbigene_id", "source",
        "count_direct", "count_synonym", "count_match",
    ),
    "chemical": ("word", "mesh", "match", "name", "chebi"),
    "disease": ("word", "mesh", "match", "name", "doid"),
}

_REQUIRED = {"gene": ("word", "ncbigene_id"), "chemical": ("word", "mesh"),
             "disease": ("word", "mesh")}
# identifier columns in CURIE order: (column, prefix)
_ID_COLUMNS = {"gene": (("ncbigene_id", "NCBIGene"),),
               "chemical": (("mesh", "MESH"), ("chebi", "CHEBI")),
               "disease": (("mesh", "MESH"), ("doid", "DOID"))}
_MISSING = ("", "NA")
NEWLINE = b"\n"
_KINDS = {dict: "a mapping", list: "a list", str: "a string", bool: "true/false",
          int: "a number", float: "a number", type(None): "null"}


@dataclass(frozen=True)
class Table:
    """One ``_data`` TSV file as read: the header and the rows, all cells as text.

    Attributes
    ----------
    type : str
        ``gene``, ``chemical`` or ``disease``.
    header : tuple of str
        Column names, in file order.
    rows : tuple of tuple of str
        Data rows, each as long as ``header``.
    path : str
        The file it came from (``""`` when built in code); not compared.
    """

    type: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    path: str = field(default="", compare=False)


def kind_of(value: object) -> str:
    """Name the YAML/JSON type of ``value`` for error messages (``a list``, ``null`` ...)."""
    return _KINDS.get(type(value), type(value).__name__)


def validate_figid(figid: object, source: str = "") -> str:
    r"""Return ``figid`` if it is safe as a file name, else raise :class:`RecordFormatError`.

    Refused: non-strings, empty, control characters, ``/`` or ``\``, ``..``, a leading
    ``.``, absolute or drive paths (``C:``).
    """
    src = source or "record"
    if not isinstance(figid, str):
        raise RecordFormatError(src, f"figid must be a string, got {kind_of(figid)}")
    problem = ""
    if not figid.strip():
        problem = "it is empty"
    elif any(ord(c) < 32 or 127 <= ord(c) < 160 for c in figid):
        problem = "it contains a control character"
    elif "/" in figid or "\\" in figid:
        problem = "it contains a path separator"
    elif ".." in figid:
        problem = "it contains '..'"
    elif figid.startswith("."):
        problem = "it starts with '.'"
    elif os.path.isabs(figid) or re.match(r"[A-Za-z]:", figid):
        problem = "it is an absolute path"
    if problem:
        raise RecordFormatError(
            src, f"unsafe figid {figid!r}: {problem} (a figid names the output file)"
        )
    return figid


def read_bytes(path: Path, src: str) -> bytes:
    """Read a file; an OSError becomes a :class:`RecordFormatError` naming ``src``."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RecordFormatError(src, f"cannot read: {exc.strerror or exc}") from exc


def not_utf8(data: bytes, exc: UnicodeDecodeError, base: int = 0, line: bool = True) -> str:
    """Describe a decoding error: the bad byte, its offset (plus ``base``) and line."""
    where = f" (line {data.count(NEWLINE, 0, exc.start) + 1})" if line else ""
    return f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {base + exc.start}{where}"


def read_text(path: Path, src: str) -> str:
    """Read a UTF-8 file (a leading BOM is dropped); errors name ``src`` and the byte offset."""
    data = read_bytes(path, src)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise RecordFormatError(src, not_utf8(data, exc)) from exc


def atomic_write(path: Path, text: str, src: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` via a temp file in the same folder + os.replace."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordFormatError(src, f"cannot encode as UTF-8: {exc.reason}") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def find_tables(md_path: Path, figid: str) -> dict[str, Path]:
    """Find the TSV files of ``figid`` for a record file ``md_path``.

    The ``_data`` folder is looked for first as a sibling of the record's folder
    (``../_data``, the PFOCR site layout) and then beside the record (``./_data``). The
    first of these folders holding any file of ``figid`` is used alone.

    Returns
    -------
    dict
        Annotation type -> TSV path, for the files that exist (may be empty).
    """
    for folder in (md_path.parent.parent / "_data", md_path.parent / "_data"):
        found = {t: folder / f"{figid}-{suffix}.tsv" for t, suffix in TSV_SUFFIXES.items()}
        found = {t: p for t, p in found.items() if p.is_file()}
        if found:
            return found
    return {}


def read_table(path: Path, type_: str) -> Table:
    """Read one TSV file; raise :class:`RecordFormatError` naming it when it is malformed."""
    src = str(path)
    reader = csv.reader(io.StringIO(read_text(Path(path), src), newline=""), dialect="excel-tab")
    try:
        header = next(reader, None)
        if not header:
            raise RecordFormatError(src, "empty TSV: no header row")
        rows = []
        for row in reader:
            if not row:
                continue  # blank line
            if len(row) != len(header):
                raise RecordFormatError(
                    f"{src}:{reader.line_num}",
                    f"{len(row)} columns, the header has {len(header)}",
                )
            rows.append(tuple(row))
    except csv.Error as exc:
        raise RecordFormatError(f"{src}:{reader.line_num}", f"malformed TSV: {exc}") from exc
    missing = [c for c in _REQUIRED[type_] if c not in header]
    if missing:
        raise RecordFormatError(
            src, f"missing column(s) {', '.join(missing)} (has: {', '.join(header)})"
        )
    return Table(type_, tuple(header), tuple(rows), src)


def format_table(table: Table) -> str:
    r"""Return the TSV text of ``table`` (header, then rows; ``\n`` line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows(table.rows)
    return out.getvalue()


def to_curie(value: str, prefix: str) -> str | None:
    """Return ``value`` as a CURIE with an upper-case prefix, or None when it is missing.

    >>> to_curie("mesh:D005227", "MESH"), to_curie("C065987", "MESH"), to_curie("NA", "DOID")
    ('MESH:D005227', 'MESH:C065987', None)
    """
    value = value.strip()
    if value in _MISSING:
        return None
    if ":" in value:
        given, local = value.split(":", 1)
        given = prefix if given.upper() == prefix.upper() else given.upper()
        return f"{given}:{local}" if local else None
    return f"{prefix}:{value}"


def annotations_from_table(table: Table) -> tuple[Annotation, ...]:
    """Turn the rows of ``table`` into annotations, in row order.

    Genes: identifiers ``("NCBIGene:<ncbigene_id>",)``, symbol ``ncbigene_symbol``,
    ``source`` and ``organism`` (``organism_id``) from their columns. Chemicals and
    diseases: MeSH then ChEBI / DOID CURIEs, symbol ``match`` (the MeSH name).
    """
    col = {name: i for i, name in enumerate(table.header)}

    def cell(row: Sequence[str], name: str) -> str:
        i = col.get(name)
        value = row[i].strip() if i is not None else ""
        return "" if value in _MISSING else value

    out = []
    for n, row in enumerate(table.rows):
        ids = []
        for column, prefix in _ID_COLUMNS[table.type]:
            curie = to_curie(cell(row, column), prefix)
            if curie is None:
                continue
            if prefix == "NCBIGene" and not (curie[9:].isascii() and curie[9:].isdigit()):
                raise RecordFormatError(
                    table.path, f"row {n + 1}: ncbigene_id {cell(row, column)!r} is not a number"
                )
            ids.append(curie)
        if table.type == "gene":
            symbol = cell(row, "ncbigene_symbol")
            out.append(Annotation("gene", row[col["word"]], tuple(ids), symbol,
                                  cell(row, "source"), cell(row, "organism_id")))
        else:
            out.append(Annotation(table.type, row[col["word"]], tuple(ids), cell(row, "match")))
    return tuple(out)


def table_from_annotations(type_: str, annotations: Sequence[Annotation]) -> Table:
    """Build a table in :data:`DEFAULT_COLUMNS` from annotations (unknown cells are ``NA``).

    Used only for records that carry no table (made in code); identifiers other than the
    type's columns (NCBIGene; MESH, CHEBI; MESH, DOID) cannot be expressed and are dropped,
    which :func:`figcap.records.write_record` reports as a mismatch.
    """
    header = DEFAULT_COLUMNS[type_]
    rows = []
    for ann in annotations:
        values = dict.fromkeys(header, "NA")
        values["word"] = ann.word
        for column, prefix in _ID_COLUMNS[type_]:
            local = next((c.split(":", 1)[1] for c in ann.identifiers
                          if c.split(":", 1)[0].upper() == prefix.upper()), None)
            if local is not None:
                values[column] = local if prefix == "NCBIGene" else f"{prefix.lower()}:{local}"
        if type_ == "gene":
            values.update(ncbigene_symbol=ann.symbol or "NA", source=ann.source or "NA",
                          organism_id=ann.organism or "NA")
        else:
            values["match"] = ann.symbol or "NA"
        rows.append(tuple(values[c] for c in header))
    return Table(type_, header, tuple(rows))


def _item_text(item: dict[str, Any], where: str, src: str, key: str, number: bool = False) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if number and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        hint = " (quote it in YAML)" if isinstance(value, (bool, int, float)) else ""
        raise RecordFormatError(src, f"{where}.{key} must be a string, got {kind_of(value)}{hint}")
    return value


def _digits(value: str, what: str, src: str) -> str:
    if not (value.isascii() and value.isdigit()):
        raise RecordFormatError(src, f"{what} {value!r} is not a number")
    return value


def annotations_from_items(
    items: Any, type_: str, key: str, src: str
) -> tuple[Annotation, ...] | None:
    """Turn an old-layout list (``genes:`` ...) into annotations; None when it is None.

    Gene items: ``NCBIGene:<entrez>``, then ``HGNC:<hgnc_id>`` when given; symbol
    ``hgnc_symbol`` (else ``symbol``). Chemical and disease items: ``MESH:<identifier>``
    when not empty; symbol ``mesh_symbol`` (else ``symbol``). Optional ``xrefs`` CURIEs
    follow; ``source`` and ``organism`` are copied. ``key`` and ``src`` name the list and
    the file in :class:`RecordFormatError` messages (``genes[3].entrez '12a' is not a number``).
    """
    if items is None:
        return None
    if not isinstance(items, list):
        raise RecordFormatError(src, f"{key} must be a list, got {kind_of(items)}")
    out = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise RecordFormatError(src, f"{where} must be a mapping, got {kind_of(item)}")
        if item.get("word") is None:
            raise RecordFormatError(src, f"{where} has no word")
        get = functools.partial(_item_text, item, where, src)
        ids = []
        if type_ == "gene":
            if entrez := get("entrez", True).strip():
                ids.append("NCBIGene:" + _digits(entrez, f"{where}.entrez", src))
            if hgnc := get("hgnc_id", True).strip():
                local = hgnc[5:] if hgnc.upper().startswith("HGNC:") else hgnc
                ids.append("HGNC:" + _digits(local, f"{where}.hgnc_id", src))
            symbol = get("hgnc_symbol") or get("symbol")
        else:
            if curie := to_curie(get("identifier"), "MESH"):
                ids.append(curie)
            symbol = get("mesh_symbol") or get("symbol")
        xrefs = item.get("xrefs") or []
        if not isinstance(xrefs, list) or not all(isinstance(x, str) for x in xrefs):
            raise RecordFormatError(src, f"{where}.xrefs must be a list of strings")
        out.append(Annotation(type_, get("word"), tuple(ids + xrefs), symbol, get("source"),
                              get("organism", True)))
    return tuple(out)


def item_from_annotation(ann: Annotation) -> dict[str, Any]:
    """Inverse of :func:`annotations_from_items` for one annotation.

    Used only for records that have no list of their own (made in code, or written from
    the current layout to JSON Lines): CURIEs that no standard key holds go to ``xrefs``.
    """
    ids = list(ann.identifiers)
    item: dict[str, Any] = {"word": ann.word}
    if ann.type == "gene":
        entrez = ids.pop(0)[9:] if ids and ids[0].startswith("NCBIGene:") else ""
        hgnc = ids.pop(0) if ids and ids[0].startswith("HGNC:") else ""
        item.update(symbol=ann.symbol, source=ann.source, hgnc_symbol=ann.symbol, entrez=entrez)
        if hgnc:
            item["hgnc_id"] = hgnc
    else:
        mesh = ids.pop(0)[5:] if ids and ids[0].startswith("MESH:") else ""
        item.update(source=ann.source, identifier=mesh, mesh_symbol=ann.symbol)
    if ann.organism:
        item["organism"] = ann.organism
    if ids:
        item["xrefs"] = ids
    return item
