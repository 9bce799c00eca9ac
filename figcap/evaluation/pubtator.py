"""Read PubTator gold corpora (BC5CDR, GNormPlus, NLM-Gene, WhiteText) into frozen values.

A PubTator document is a title line ``PMID|t|title``, an abstract line ``PMID|a|abstract``,
then one tab-separated line per annotation, ``PMID start end text type [ids [extra]]``, and a
blank line before the next document. Offsets index ``title + SEPARATOR + abstract`` (the
abstract starts at ``len(title) + 1``); no annotation in the shared corpora crosses the
boundary, so the separator character itself is not fixed by the data. figcap uses a newline:
offsets are the same as with a space, and a lexicon matcher cannot join the last words of a
title with the first words of the abstract.

Identifier columns differ between corpora:

- BC5CDR: MeSH UIs, ``|`` joins several (composite mentions), ``-1`` means none; a 7th column
  lists the parts of a composite mention. ``PMID<TAB>CID<TAB>D..<TAB>D..`` lines are
  chemical-induced-disease relations, not mentions: they are counted and otherwise ignored.
- GNormPlus: Entrez Gene IDs, ``,`` joins several; non-human IDs carry ``(Tax:N)`` (four
  carry ``(tax:N)``); FamilyName and DomainMotif lines have no ID column.
- NLM-Gene: Entrez Gene IDs of any species with no taxon marker; ``,`` and ``;`` join several.
- WhiteText: BrainRegion lines with an empty ID column.

Every mention is checked: ``text[start:end]`` must equal the mention text. GNormPlus gives
UTF-8 *byte* offsets in three documents that contain a non-ASCII letter (7520377 Sjögren,
7649249 Krüppel, 8248204 Schütz); with ``realign_utf8=True`` (default) a mention whose byte
span decodes to exactly its text is moved to the equivalent character span and counted as
realigned. Any other mismatch is skipped and counted (kept in :attr:`Document.skipped`).

Nothing here imports spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from ..errors import RecordFormatError

__all__ = [
    "SEPARATOR",
    "GoldId",
    "GoldMention",
    "Document",
    "parse_ids",
    "iter_pubtator",
    "read_pubtator",
    "corpus_counts",
]

#: Joins title and abstract into :attr:`Document.text` (one character, as PubTator offsets need).
SEPARATOR = "\n"

_ID_SPLIT = re.compile(r"[|;,]")
_ID_TOKEN = re.compile(r"^\s*([^()\s]+)\s*(?:\(\s*[Tt]ax\s*:\s*(\d+)\s*\))?\s*$")
_HEADER = re.compile(r"^([^|\t]+)\|([ta])\|(.*)$")


class GoldId(NamedTuple):
    """One gold identifier as written in the corpus (no namespace prefix).

    Attributes
    ----------
    id : str
        ``D009270`` (MeSH), ``C012345`` (MeSH supplementary), ``5243`` (Entrez Gene).
    taxon : str
        The NCBI taxon of a ``(Tax:N)`` marker (GNormPlus), else ``""`` (unmarked).
    """

    id: str
    taxon: str = ""


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One annotated mention of a PubTator document.

    Attributes
    ----------
    doc_id : str
        The PMID.
    start, end : int
        Character offsets into :attr:`Document.text`.
    text : str
        The mention text as written in the annotation line.
    type : str
        The corpus type: ``Chemical``, ``Disease``, ``Gene``, ``FamilyName``, ``DomainMotif``,
        ``BrainRegion``, ``Cell``, ``ChromosomeLocation`` ...
    ids : tuple of GoldId
        Parsed identifiers; empty when the line has none (or only ``-1``).
    raw_ids : str
        The identifier column verbatim (``""`` when absent).
    line : int
        1-based line number in the source file.
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    ids: tuple[GoldId, ...] = ()
    raw_ids: str = ""
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "ids": [list(i) for i in self.ids],
            "raw_ids": self.raw_ids,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class Document:
    """One PubTator document with its checked gold mentions.

    Attributes
    ----------
    doc_id : str
        The PMID.
    title, abstract : str
        As in the file.
    text : str
        ``title + SEPARATOR + abstract``; every mention in :attr:`mentions` satisfies
        ``text[m.start:m.end] == m.text``.
    mentions : tuple of GoldMention
        Mentions whose offsets agree with the text, in file order.
    skipped : tuple of GoldMention
        Mentions whose offsets do not agree with the text (offsets as in the file).
    realigned : int
        How many of :attr:`mentions` were moved from UTF-8 byte to character offsets.
    relations : int
        Relation lines (BC5CDR ``CID``) ignored.
    source : str
        The file the document came from.
    """

    doc_id: str
    title: str
    abstract: str
    text: str
    mentions: tuple[GoldMention, ...] = ()
    skipped: tuple[GoldMention, ...] = ()
    realigned: int = 0
    relations: int = 0
    source: str = field(default="", compare=False)


def parse_ids(raw: str) -> tuple[GoldId, ...]:
    """Parse a PubTator identifier column.

    Parameters
    ----------
    raw : str
        ``D014786|D006311``, ``7422,22339(Tax:10090)``, ``17390;17395``, ``-1`` or ``""``.

    Returns
    -------
    tuple of GoldId
        In column order, duplicates removed; ``-1`` and empty parts dropped.

    Raises
    ------
    ValueError
        When a part is not an identifier with an optional ``(Tax:N)`` marker.

    Examples
    --------
    >>> parse_ids("7422,22339(Tax:10090)")
    (GoldId(id='7422', taxon=''), GoldId(id='22339', taxon='10090'))
    >>> parse_ids("D008750|-1")
    (GoldId(id='D008750', taxon=''),)
    """
    out: list[GoldId] = []
    for part in _ID_SPLIT.split(raw):
        if not part.strip() or part.strip() == "-1":
            continue
        m = _ID_TOKEN.match(part)
        if m is None:
            raise ValueError(f"not an identifier: {part!r} in {raw!r}")
        gid = GoldId(m.group(1), m.group(2) or "")
        if gid not in out:
            out.append(gid)
    return tuple(out)


def _realign(text: str, start: int, end: int, mention: str) -> tuple[int, int] | None:
    """Character span for a UTF-8 byte span that holds exactly ``mention``, else None."""
    data = text.encode("utf-8")
    try:
        if data[start:end].decode("utf-8") != mention:
            return None
        new_start = len(data[:start].decode("utf-8"))
    except UnicodeDecodeError:  # the byte span cuts a character: not a byte offset
        return None
    return new_start, new_start + len(mention)


class _Builder:
    """Collects the lines of one document."""

    def __init__(self, doc_id: str, source: str) -> None:
        self.doc_id = doc_id
        self.source = source
        self.title: str | None = None
        self.abstract: str | None = None
        self.lines: list[tuple[int, list[str]]] = []
        self.relations = 0

    def build(self, realign_utf8: bool) -> Document:
        title = self.title or ""
        abstract = self.abstract or ""
        text = title + SEPARATOR + abstract if self.abstract is not None else title
        kept: list[GoldMention] = []
        skipped: list[GoldMention] = []
        realigned = 0
        for lineno, cols in self.lines:
            where = f"{self.source}:{lineno}"
            try:
                start, end = int(cols[1]), int(cols[2])
                ids = parse_ids(cols[5]) if len(cols) > 5 else ()
            except ValueError as exc:
                raise RecordFormatError(where, f"bad annotation line: {exc}") from None
            raw = cols[5] if len(cols) > 5 else ""
            mention = GoldMention(self.doc_id, start, end, cols[3], cols[4], ids, raw, lineno)
            if text[start:end] == mention.text:
                kept.append(mention)
                continue
            span = _realign(text, start, end, mention.text) if realign_utf8 else None
            if span is None:
                skipped.append(mention)
            else:
                kept.append(GoldMention(self.doc_id, span[0], span[1], mention.text,
                                        mention.type, ids, raw, lineno))
                realigned += 1
        return Document(self.doc_id, title, abstract, text, tuple(kept), tuple(skipped),
                        realigned, self.relations, self.source)


def iter_pubtator(
    lines: Iterable[str], *, source: str = "<lines>", realign_utf8: bool = True
) -> Iterator[Document]:
    """Parse PubTator lines into documents, in file order.

    Parameters
    ----------
    lines : iterable of str
        The file's lines (with or without line ends).
    source : str
        Named in errors and kept in :attr:`Document.source`.
    realign_utf8 : bool
        Recover mentions whose offsets count UTF-8 bytes (see the module docstring).

    Yields
    ------
    Document

    Raises
    ------
    RecordFormatError
        On a line that is neither a title/abstract line, an annotation, a relation nor blank,
        or an annotation of another document than the one being read.
    """
    current: _Builder | None = None
    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        header = _HEADER.match(line)
        if header is not None:
            doc_id, kind, value = header.groups()
            if current is not None and (current.doc_id != doc_id or kind == "t"):
                yield current.build(realign_utf8)
                current = None
            if current is None:
                current = _Builder(doc_id, source)
            if kind == "t":
                current.title = value
            else:
                current.abstract = value
            continue
        cols = line.split("\t")
        if current is None or cols[0] != current.doc_id:
            raise RecordFormatError(where, "annotation line outside its document "
                                           f"(expected PMID {current.doc_id if current else '?'})")
        if len(cols) >= 5 and cols[1].isdigit() and cols[2].isdigit():
            current.lines.append((lineno, cols))
        elif len(cols) >= 3 and not cols[1].isdigit():
            current.relations += 1  # e.g. BC5CDR "PMID<TAB>CID<TAB>D..<TAB>D.."
        else:
            raise RecordFormatError(where, f"not a PubTator line: {line[:80]!r}")
    if current is not None:
        yield current.build(realign_utf8)


def read_pubtator(path: str | Path, *, realign_utf8: bool = True) -> list[Document]:
    """Read a PubTator file (UTF-8).

    Parameters
    ----------
    path : str or Path
        The file.
    realign_utf8 : bool
        Recover mentions whose offsets count UTF-8 bytes (see the module docstring).

    Returns
    -------
    list of Document
        In file order.

    Raises
    ------
    OSError
        When the file cannot be read.
    RecordFormatError
        On a malformed line (names ``file:line``).
    """
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        return list(iter_pubtator(fh, source=str(path), realign_utf8=realign_utf8))


def corpus_counts(docs: Iterable[Document]) -> dict[str, Any]:
    """Count documents, mentions per type, skipped and realigned mentions, relations.

    Returns
    -------
    dict
        ``documents``, ``mentions`` (type -> n), ``skipped`` (type -> n),
        ``skipped_documents`` (PMIDs with a skipped mention), ``realigned``, ``relations``.
    """
    n = 0
    mentions: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    skipped_docs: list[str] = []
    realigned = relations = 0
    for doc in docs:
        n += 1
        mentions.update(m.type for m in doc.mentions)
        skipped.update(m.type for m in doc.skipped)
        if doc.skipped:
            skipped_docs.append(doc.doc_id)
        realigned += doc.realigned
        relations += doc.relations
    return {
        "documents": n,
        "mentions": dict(sorted(mentions.items())),
        "skipped": dict(sorted(skipped.items())),
        "skipped_documents": skipped_docs,
        "realigned": realigned,
        "relations": relations,
    }
