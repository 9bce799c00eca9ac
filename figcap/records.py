"""Read and write PFOCR figure records as :class:`~figcap.schema.Record` values.

Layouts
-------
old
    ``<figid>.md``: YAML front matter holding ``genes:``, ``chemicals:`` and ``diseases:``
    lists (the example record and the 3,333 shared records).
current
    ``_figures/<figid>.md`` (front matter, no annotation lists) plus
    ``_data/<figid>-genes.tsv``, ``-chemicals.tsv``, ``-diseases.tsv``; ``_data`` is looked
    for beside the record's folder (``../_data``), then beside the record (``./_data``).
    A front matter without lists is *current* when such a TSV exists or the file sits in
    a ``_figures`` folder, otherwise *old*. See :mod:`figcap.records_tsv`.
jsonl
    One JSON object per line: the front-matter fields, annotation lists in the old shape.
    Errors name ``file:line``.

Policies
--------
* Not annotated vs nothing found: ``annotations[type]`` is ``None`` when there is no list
  (key absent or ``null``), no TSV file, or ``provenance.<type>s_available`` is ``false``;
  it is ``()`` for an empty list or a header-only TSV. Types: gene, chemical, disease.
* Gene items: ``NCBIGene:<entrez>`` plus ``HGNC:<hgnc_id>`` only when the item has an
  ``hgnc_id``; ``symbol`` is ``hgnc_symbol``; ``source`` is kept, so ``bioentities_symbol``
  marks a FamPlex family expanded to one member (the family symbol stays in ``fields``).
  Chemical and disease items: ``MESH:<identifier>``, or ``()`` when it is empty;
  ``symbol`` is ``mesh_symbol`` (else ``symbol``). Optional item keys ``organism`` and
  ``xrefs`` (more CURIEs) are read too; figcap writes them only for records made in code.
* ``fields`` is the front matter verbatim and in order. In the current layout it is a
  :class:`FrontMatter`, a dict that also carries the TSV tables read (``.tables``).
* A missing caption raises ``RecordFormatError(path, "no caption")`` unless
  ``require_caption=False`` (then ``caption`` is None). A missing figid always raises
  (it is never guessed from the file name). A figid that could leave the output folder
  (see :func:`validate_figid`) raises at read and at write.
* Writing: figcap owns only the front-matter key ``figcap``. Everything else is written
  from ``fields`` and the tables read, never regenerated from ``annotations``; lists or
  tables are built from ``annotations`` only when a record has none (made in code). A
  write that would read back as a different record raises. YAML is dumped with width 80,
  as on the PFOCR site, so an unchanged site file is written back byte for byte. Writes
  are atomic (temp file, then ``os.replace``), deterministic, never over an input file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import glob
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Union

import yaml

from figcap.errors import RecordFormatError
from figcap.records_tsv import (
    TSV_SUFFIXES,
    Table,
    annotations_from_items,
    annotations_from_table,
    atomic_write,
    find_tables,
    format_table,
    item_from_annotation,
    kind_of,
    not_utf8,
    read_bytes,
    read_table,
    read_text,
    table_from_annotations,
    validate_figid,
)
from figcap.schema import Annotation, Record

__all__ = [
    "ANNOTATION_TYPES",
    "FIGCAP_KEY",
    "LIST_KEYS",
    "FrontMatter",
    "InputFiles",
    "check_writable",
    "input_files",
    "iter_records",
    "read_jsonl",
    "read_record",
    "sample_paths",
    "validate_figid",
    "with_figcap",
    "write_jsonl",
    "write_record",
]

logger = logging.getLogger(__name__)

PathLike = Union[str, "os.PathLike[str]"]
#: Annotation types read from PFOCR records.
ANNOTATION_TYPES: tuple[str, ...] = ("gene", "chemical", "disease")
#: Front-matter list key of each annotation type.
LIST_KEYS: dict[str, str] = dict(TSV_SUFFIXES)
#: The only front-matter key figcap owns.
FIGCAP_KEY = "figcap"
YAML_WIDTH = 80
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: libyaml's emitter when PyYAML was built with it: the pure-Python SafeDumper took most of
#: ``annotate --out``'s time in the parent process. Both are *safe* dumpers (plain YAML
#: types only) and write the same bytes, but for double-quoted strings, which they fold
#: at different places (PMC5114830__40478_2016_392_Fig1_HTML, a caption full of U+FEFF,
#: was the one shared record out of 3,333 that differed): a front matter holding a string
#: YAML must double-quote goes through SafeDumper, so output never depends on libyaml.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
#: What makes PyYAML's emitter double-quote a string (yaml.emitter.Emitter.analyze_scalar,
#: with allow_unicode): a character it will not print as is (a tab, a control character,
#: U+FEFF, a lone surrogate ...), or a space next to a line break.
_DOUBLE_QUOTED = re.compile(
    "[^\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]"
    "|[ ][\n\x85\u2028\u2029]|[\n\x85\u2028\u2029][ ]")
_FENCE = re.compile(r"^---[ \t\r]*$", re.MULTILINE)
#: A lone UTF-16 surrogate (U+D800-U+DFFF): not a character, and no UTF-8 file can hold it.
#: JSON's ``"\ud800"`` escape and YAML's ``"\ud800"`` still make one; spaCy (and every
#: UTF-8 write) then fails on the string. Such a record is refused when read.
_SURROGATE = re.compile("[\ud800-\udfff]")


class FrontMatter(dict):  # type: ignore[type-arg]
    """Front-matter fields of a current-layout record, carrying its ``_data`` tables.

    It compares, iterates and serialises as the plain front matter; ``tables`` maps an
    annotation type to the :class:`~figcap.records_tsv.Table` read, so that
    :func:`write_record` writes the original rows back. ``dict(fm)`` drops the tables.
    """

    def __init__(self, *args: Any, tables: Mapping[str, Table] | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.tables: dict[str, Table] = dict(tables or {})


# ---------------------------------------------------------------- reading


def read_record(path: PathLike, *, require_caption: bool = True) -> Record:
    """Read one ``.md`` record (old or current layout).

    Parameters
    ----------
    path : str or os.PathLike
        The record file; current-layout TSVs are found from it.
    require_caption : bool
        When True (default) a record without a caption raises.

    Returns
    -------
    Record

    Raises
    ------
    RecordFormatError
        Naming the file and the problem (no front matter, malformed YAML with its line,
        wrong field types, non-UTF-8 bytes with their offset, missing or unsafe figid ...).
    """
    p = Path(path)
    src = str(p)
    if p.suffix == ".jsonl":
        raise RecordFormatError(src, "a JSON Lines file holds many records: use read_jsonl()")
    text = read_text(p, src)
    if not text.startswith("---"):
        raise RecordFormatError(src, "no front matter: the file must start with a '---' line")
    first = text.find("\n")
    close = _FENCE.search(text, first + 1) if first >= 0 and not text[3:first].strip() else None
    if close is None:
        raise RecordFormatError(src, "no front matter: no '---' lines around the YAML")
    fm = _load_yaml(text[first + 1 : close.start()], src)
    body = text[close.end() + 1 :]
    tables = None
    if isinstance(fm, dict) and not any(k in fm for k in LIST_KEYS.values()):
        figid = fm.get("figid")
        paths = find_tables(p, validate_figid(figid, src)) if figid is not None else {}
        if paths or p.parent.name == "_figures":
            tables = {t: read_table(tp, t) for t, tp in paths.items()}
    layout = "old" if tables is None else "current"
    return _build(fm, src, layout, body, tables, require_caption)


def read_jsonl(
    path: PathLike, *, require_caption: bool = True, errors: list[RecordFormatError] | None = None
) -> Iterator[Record]:
    """Yield the records of a JSON Lines file; blank lines are skipped.

    A bad line raises :class:`RecordFormatError` naming ``file:line``, or, when ``errors``
    is a list, is appended to it and skipped.
    """
    src = str(path)
    data = read_bytes(Path(path), src)
    offset = 0
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        where, start, offset = f"{src}:{lineno}", offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        try:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise RecordFormatError(where, not_utf8(raw, exc, start, line=False)) from exc
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problem = f"invalid JSON: {exc.msg} (column {exc.colno})"
                raise RecordFormatError(where, problem) from exc
            if not isinstance(obj, dict):
                raise RecordFormatError(where, f"a line must hold a JSON object, got {kind_of(obj)}")
            yield _build(obj, where, "jsonl", "", None, require_caption)
        except RecordFormatError as exc:
            if errors is None:
                raise
            logger.warning("%s", exc)
            errors.append(exc)


def iter_records(
    paths: PathLike | Iterable[PathLike],
    *,
    require_caption: bool = True,
    errors: list[RecordFormatError] | None = None,
    exclude: PathLike | None = None,
) -> Iterator[Record]:
    """Yield the records found in files, directories (recursively) and glob patterns.

    Directories contribute their ``*.md`` and ``*.jsonl`` files in sorted order, skipping
    names that start with ``.`` and, when ``exclude`` is a folder inside a directory given,
    the files under it (a command's output folder inside its input folder: ``figcap
    annotate recs --out recs/out`` run twice must not read its first output as input).
    When ``errors`` is a list, bad files (and missing paths, patterns matching nothing,
    folders holding no record file) are appended to it and skipped; otherwise the first
    raises.
    """
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    seen: set[Path] = set()
    for item in items:
        try:
            files = _expand(item, exclude)
        except RecordFormatError as exc:
            if errors is None:
                raise
            errors.append(exc)
            continue
        for file in files:
            key = file.resolve()
            if key in seen:
                continue
            seen.add(key)
            if file.suffix == ".jsonl":
                yield from read_jsonl(file, require_caption=require_caption, errors=errors)
                continue
            try:
                yield read_record(file, require_caption=require_caption)
            except RecordFormatError as exc:
                if errors is None:
                    raise
                logger.warning("%s", exc)
                errors.append(exc)


def _inside(folder: Path, top: Path) -> tuple[str, ...] | None:
    """The parts of ``folder`` below ``top`` when it lies strictly inside it, else None."""
    try:
        rel = folder.resolve().relative_to(top.resolve())
    except ValueError:
        return None
    return rel.parts or None


def _expand(item: PathLike, exclude: PathLike | None = None) -> list[Path]:
    p = Path(item)
    if p.is_dir():
        skip = _inside(Path(exclude), p) if exclude is not None else None
        found = []
        for f in p.rglob("*"):
            rel = f.relative_to(p).parts
            if (f.suffix in (".md", ".jsonl") and not any(part.startswith(".") for part in rel)
                    and (skip is None or rel[:len(skip)] != skip) and f.is_file()):
                found.append(f)
        if not found:  # a wrong folder, not a run with nothing to do: say so
            where = " (outside --out)" if skip is not None else ""
            raise RecordFormatError(str(item), f"no record files (*.md, *.jsonl) in this "
                                               f"folder{where}")
        return sorted(found, key=str)
    if p.exists():
        return [p]
    if glob.has_magic(str(item)):
        matches = sorted(Path(m) for m in glob.glob(str(item), recursive=True))
        if not matches:
            raise RecordFormatError(str(item), "the pattern matches no files")
        return [f for m in matches for f in (_expand(m, exclude) if m.is_dir() else [m])]
    raise RecordFormatError(str(item), "no such file or directory")


class InputFiles:
    """The files a run reads (:func:`input_files`), to refuse writing over any of them.

    An output path is checked by identity (device and inode), so another spelling of an
    input (``./a.md``, a symbolic link) is caught too.
    """

    def __init__(self, paths: Iterable[Path]) -> None:
        self.keys: set[tuple[int, int]] = set()
        for path in paths:
            with contextlib.suppress(OSError):
                st = path.stat()
                self.keys.add((st.st_dev, st.st_ino))

    def holds(self, path: PathLike) -> bool:
        """Whether ``path`` exists and is one of the input files."""
        try:
            st = os.stat(path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.keys


def input_files(paths: PathLike | Iterable[PathLike], exclude: PathLike | None = None
                ) -> InputFiles:
    """The files :func:`iter_records` reads for ``paths`` (found without reading them),
    with the ``_data/*.tsv`` tables current-layout records may read beside them."""
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files: list[Path] = []
    folders: set[Path] = set()
    for item in items:
        with contextlib.suppress(RecordFormatError):
            for f in _expand(item, exclude):
                files.append(f)
                if f.suffix == ".md":
                    folders.update((f.parent / "_data", f.parent.parent / "_data"))
    for folder in folders:
        if folder.is_dir():
            files.extend(folder.glob("*.tsv"))
    return InputFiles(files)


def check_writable(path: PathLike, *, folder: bool) -> None:
    """Raise :class:`OSError` (with the path and the reason) when ``path`` cannot be
    written as a folder (``folder=True``) or as a file, before a long run starts: it is a
    file where a folder is wanted (or the reverse), a part of it is a file, or the nearest
    existing folder is not writable."""
    p = Path(path).absolute()
    if p.exists():
        if folder and not p.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder", str(path))
        if not folder and p.is_dir():
            raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    existing = p if folder else p.parent
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"{existing} is a file, not a folder", str(path))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, f"{existing} is not writable", str(path))


def _load_yaml(text: str, src: str) -> Any:
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark, context = getattr(exc, "problem_mark", None), getattr(exc, "context", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 fence, +1 1-based
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        cmark = getattr(exc, "context_mark", None)
        if context and cmark is not None and mark is not None and cmark.line != mark.line:
            problem += f" ({context} that starts at line {cmark.line + 2})"
        raise RecordFormatError(src, f"malformed YAML{where}: {problem}") from exc


def _refuse_surrogates(value: Any, src: str, where: str = "") -> None:
    """Raise when a string in the front matter holds a lone surrogate, naming the field
    (``caption``, ``genes[3].word``) and the offset of the character in it."""
    if isinstance(value, str):
        bad = _SURROGATE.search(value)
        if bad:
            raise RecordFormatError(src, f"invalid character U+{ord(bad.group()):04X} at offset "
                                         f"{bad.start()} of {where or 'a field'}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_surrogates(key, src, f"{where}.{key}" if where else "a field name")
            _refuse_surrogates(item, src, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _refuse_surrogates(item, src, f"{where}[{i}]")


def _text(fm: Mapping[str, Any], key: str, src: str) -> str:
    value = fm.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordFormatError(src, f"{key} must be a string, got {kind_of(value)}")
    return value


def _build(fm: Any, src: str, layout: str, body: str, tables: dict[str, Table] | None,
           require_caption: bool) -> Record:
    """Validate front-matter fields and make the Record (shared by every layout)."""
    if not isinstance(fm, dict):
        raise RecordFormatError(src, f"the front matter must be a mapping, got {kind_of(fm)}")
    bad = next((k for k in fm if not isinstance(k, str)), None)
    if bad is not None:
        raise RecordFormatError(src, f"field names must be strings, got {bad!r}")
    if fm.get("figid") is None:
        raise RecordFormatError(src, "no figid")
    figid = validate_figid(fm["figid"], src)
    _refuse_surrogates(fm, src)
    caption = fm.get("caption")
    if caption is None and require_caption:
        raise RecordFormatError(src, "no caption")
    if caption is not None and not isinstance(caption, str):
        raise RecordFormatError(src, f"caption must be a string, got {kind_of(caption)}")
    organisms = fm.get("organisms") or []
    if not isinstance(organisms, list):
        got = kind_of(organisms)
        raise RecordFormatError(src, f"organisms must be a list of strings, got {got}")
    bad = next((o for o in organisms if not isinstance(o, str)), "")
    if bad != "":
        raise RecordFormatError(src, f"organisms must be a list of strings, got {bad!r} in it")
    prov = fm.get("provenance") or {}
    if not isinstance(prov, dict):
        raise RecordFormatError(src, f"provenance must be a mapping, got {kind_of(prov)}")
    annotations: dict[str, tuple[Annotation, ...] | None] = {}
    for type_ in ANNOTATION_TYPES:
        key = LIST_KEYS[type_]
        if tables is None:
            anns = annotations_from_items(fm.get(key), type_, key, src)
        else:
            anns = annotations_from_table(tables[type_]) if type_ in tables else None
        annotations[type_] = None if prov.get(f"{key}_available") is False else anns
    fields = fm if tables is None else FrontMatter(fm, tables=tables)
    return Record(figid=figid, caption=caption, figtitle=_text(fm, "figtitle", src),
                  papertitle=_text(fm, "papertitle", src), organisms=tuple(organisms),
                  annotations=annotations, fields=fields, body=body, layout=layout, source=src)


# ---------------------------------------------------------------- writing


def _jsonable(figcap: Any, src: str) -> Any:
    if not isinstance(figcap, Mapping):
        raise TypeError(f"figcap must be a dict, got {type(figcap).__name__}")
    try:
        return json.loads(json.dumps(figcap, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise RecordFormatError(src, f"the figcap value is not JSON-able: {exc}") from exc


def with_figcap(record: Record, figcap: Mapping[str, Any]) -> Record:
    """Return a copy of ``record`` whose fields hold ``figcap`` under :data:`FIGCAP_KEY`.

    The value is normalised through JSON (tuples become lists); an earlier ``figcap``
    value is replaced in place, otherwise the key is added last.
    """
    fields = dict(record.fields)
    fields[FIGCAP_KEY] = _jsonable(figcap, record.source or record.figid)
    tables = getattr(record.fields, "tables", None)
    new = fields if tables is None else FrontMatter(fields, tables=tables)
    return dataclasses.replace(record, fields=new)


def _prepare(record: Record, as_jsonl: bool) -> tuple[dict[str, Any], dict[str, Table] | None]:
    """Front matter (and tables) to write; raise if they would read back differently."""
    src = record.source or record.figid
    fm = dict(record.fields)
    for key, value in (("figid", record.figid), ("caption", record.caption),
                       ("figtitle", record.figtitle), ("papertitle", record.papertitle),
                       ("organisms", list(record.organisms))):
        if key not in fm and value:
            fm[key] = value
    tables = None
    if record.layout == "current" and not as_jsonl:
        tables = dict(getattr(record.fields, "tables", None) or {})
        for t in ANNOTATION_TYPES:
            if t not in tables and record.annotations.get(t) is not None:
                tables[t] = table_from_annotations(t, record.annotations[t] or ())
    else:
        for t in ANNOTATION_TYPES:
            anns = record.annotations.get(t)
            if LIST_KEYS[t] not in fm and anns is not None:
                fm[LIST_KEYS[t]] = [item_from_annotation(a) for a in anns]
    back = _build(fm, src, record.layout, record.body, tables, require_caption=False)
    diff = [name for name in ("figid", "caption", "figtitle", "papertitle", "organisms")
            if getattr(back, name) != getattr(record, name)]
    diff += [f"{t} annotations" for t in sorted(set(record.annotations) | set(back.annotations))
             if record.annotations.get(t) != back.annotations.get(t)]
    if diff:
        raise RecordFormatError(src, f"cannot write: the record's {', '.join(diff)} differ from "
                                "its fields (figcap writes fields and tables as read)")
    return fm, tables


def _double_quoted(value: Any) -> bool:
    """Whether YAML would write a string in ``value`` (keys included) double-quoted."""
    if isinstance(value, str):
        return _DOUBLE_QUOTED.search(value) is not None
    if isinstance(value, dict):
        return any(_double_quoted(k) or _double_quoted(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_double_quoted(v) for v in value)
    return False


def _md_text(fm: dict[str, Any], body: str, src: str) -> str:
    try:
        dumper = yaml.SafeDumper if _double_quoted(fm) else _DUMPER
        dumped = yaml.dump(fm, Dumper=dumper, sort_keys=False, allow_unicode=True,
                           width=YAML_WIDTH)
    except yaml.YAMLError as exc:
        raise RecordFormatError(src, f"cannot write the front matter as YAML: {exc}") from exc
    return f"---\n{dumped}---\n{body}"


def _inputs(record: Record) -> list[Path]:
    source = record.source.rsplit(":", 1)[0] if record.layout == "jsonl" else record.source
    tables = getattr(record.fields, "tables", None) or {}
    return [Path(p) for p in [source, *(t.path for t in tables.values())] if p]


def _refuse_inputs(targets: Iterable[Path], inputs: list[Path], src: str,
                   protect: InputFiles | None = None) -> None:
    for target in targets:
        for path in inputs:
            if target.exists() and path.exists() and os.path.samefile(target, path):
                raise RecordFormatError(src, f"refusing to overwrite the input file {path}")
        if protect is not None and protect.holds(target):
            raise RecordFormatError(src, f"refusing to overwrite the input file {target}")


def write_record(
    record: Record, out_dir: PathLike, figcap: Mapping[str, Any] | None = None,
    *, protect: InputFiles | None = None,
) -> Path:
    """Write ``record`` into ``out_dir`` in the layout it came from; return the ``.md`` path.

    Old layout -> ``<out_dir>/<figid>.md``. Current layout -> ``<out_dir>/_figures/<figid>.md``
    and one ``<out_dir>/_data/<figid>-<type>s.tsv`` per table read (original columns and
    rows); a stale TSV of the figid for another type is removed so the folder reads back
    as the record. JSON Lines records go through :func:`write_jsonl`.

    Parameters
    ----------
    record : Record
    out_dir : str or os.PathLike
        Created when missing.
    figcap : dict, optional
        JSON-able value written under the front-matter key ``figcap`` (replacing any
        earlier one); when None an existing ``figcap`` field is kept as it is.
    protect : InputFiles, optional
        The other input files of the run (:func:`input_files`): none is written over.

    Raises
    ------
    RecordFormatError
        Unsafe figid, a record that disagrees with its fields, a JSON Lines record, or a
        target that is an input file.
    """
    src = record.source or str(record.figid)
    figid = validate_figid(record.figid, src)
    if record.layout not in ("old", "current"):
        hint = "use write_jsonl()" if record.layout == "jsonl" else "expected 'old' or 'current'"
        raise RecordFormatError(src, f"cannot write a {record.layout!r} record here: {hint}")
    if figcap is not None:
        record = with_figcap(record, figcap)
    fm, tables = _prepare(record, as_jsonl=False)
    out = Path(out_dir)
    target = out / f"{figid}.md" if tables is None else out / "_figures" / f"{figid}.md"
    files = {target: _md_text(fm, record.body, src)}
    stale = []
    for t, suffix in TSV_SUFFIXES.items():
        tsv = out / "_data" / f"{figid}-{suffix}.tsv"
        if tables is not None and t in tables:
            files[tsv] = format_table(tables[t])
        elif tables is not None and tsv.exists():
            stale.append(tsv)
    inputs = _inputs(record)
    _refuse_inputs([*files, *stale], inputs, src, protect)
    for path, text in files.items():
        atomic_write(path, text, src)
    for path in stale:
        logger.info("%s: removing stale %s", src, path)
        path.unlink()
    return target


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):  # YAML dates and timestamps
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON-able")


def write_jsonl(records: Iterable[Record], path: PathLike, *,
                protect: InputFiles | None = None) -> Path:
    """Write records as JSON Lines (one front-matter object per line, lists in the old shape).

    Records of any layout are accepted; current-layout annotations become old-layout items
    (extra CURIEs under ``xrefs``, organism under ``organism``). Dates become ISO strings.
    The text after a front matter (``body``) is not kept. Use :func:`with_figcap` to add
    figcap results first. The file is written atomically.
    """
    target = Path(path)
    lines, inputs = [], []
    for record in records:
        src = record.source or str(record.figid)
        validate_figid(record.figid, src)
        fm, _ = _prepare(record, as_jsonl=True)
        if record.body.strip():
            logger.warning("%s: the text after the front matter is not kept in JSON Lines", src)
        try:
            lines.append(json.dumps(fm, ensure_ascii=False, allow_nan=False, default=_json_default))
        except (TypeError, ValueError) as exc:
            raise RecordFormatError(src, f"cannot write as JSON: {exc}") from exc
        inputs.extend(_inputs(record))
    _refuse_inputs([target], inputs, str(target), protect)
    atomic_write(target, "".join(line + "\n" for line in lines), str(target))
    return target


def sample_paths() -> list[Path]:
    """Return the sample records bundled in ``figcap/samples`` (sorted ``.md`` paths).

    Twenty-odd old-layout records from PFOCR plus the current-layout example
    ``current/_figures/PMC10031257__gr3.md`` (with its ``_data`` genes TSV).
    """
    root = Path(str(resources.files(__package__ or "figcap").joinpath("samples")))
    return sorted((p for p in root.rglob("*.md") if "_data" not in p.parts), key=str)
