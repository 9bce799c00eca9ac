"""Compiled lexicons shipped inside figcap, loaded lazily.

Nothing is read at import. :func:`load_index` returns the lookup index over all lexicons
(cached per process); :func:`load_concepts` the concept table of one lexicon;
:func:`manifest` the provenance of every compiled file. ``figcap lexicons build`` writes
them (see :mod:`figcap.lexicons.build`).
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from ..errors import LexiconError
from .format import read_tsv_gz
from .index import Term, TermIndex

__all__ = [
    "LEXICON_NAMES",
    "Concept",
    "Term",
    "data_dir",
    "manifest",
    "load_index",
    "load_concepts",
    "NAME_KINDS",
    "NAME_WORD",
    "concept_name_words",
    "concept_name_word_sets",
    "concept_names",
    "terms_by_concept",
    "write_term_words",
]

#: Compiled lexicons, in the order the build writes them.
LEXICON_NAMES: tuple[str, ...] = ("genes", "families", "chemicals", "diseases", "brain_regions")


class Concept(NamedTuple):
    """One concept of a compiled lexicon."""

    id: str
    label: str
    xrefs: tuple[str, ...]
    members: tuple[str, ...]
    attrs: dict[str, str]


def data_dir() -> Path:
    """Folder of the compiled lexicons: ``$FIGCAP_LEXICON_DIR`` or the packaged data."""
    override = os.environ.get("FIGCAP_LEXICON_DIR")
    if override:
        return Path(override)
    return Path(str(resources.files(__name__).joinpath("data")))


def _check_name(name: str) -> None:
    if name not in LEXICON_NAMES:
        raise KeyError(f"unknown lexicon {name!r}; choose one of {', '.join(LEXICON_NAMES)}")


@lru_cache(maxsize=None)
def manifest() -> dict:
    """The parsed ``MANIFEST.json`` (provenance of every compiled lexicon)."""
    path = data_dir() / "MANIFEST.json"
    if not path.exists():
        raise LexiconError(f"{path}: no compiled lexicons; run `figcap lexicons build`")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_index() -> TermIndex:
    """The lookup index over every compiled lexicon (loaded once per process)."""
    folder = data_dir()
    try:
        return TermIndex(folder)
    except FileNotFoundError as exc:
        raise LexiconError(
            f"{folder}: compiled lexicon index missing ({exc.filename}); "
            "run `figcap lexicons build --sources DIR`"
        ) from exc


def _read_rows(path: Path) -> list[list[str]]:
    try:
        return read_tsv_gz(path)
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: compiled lexicon missing; run `figcap lexicons build`") from exc


@lru_cache(maxsize=None)
def load_concepts(name: str) -> dict[str, Concept]:
    """Concept table of lexicon ``name``: id -> :class:`Concept`."""
    _check_name(name)
    out: dict[str, Concept] = {}
    for cid, label, xrefs, members, attrs in _read_rows(data_dir() / f"{name}.concepts.tsv.gz"):
        out[cid] = Concept(
            cid,
            label,
            tuple(xrefs.split("|")) if xrefs else (),
            tuple(members.split("|")) if members else (),
            dict(kv.split("=", 1) for kv in attrs.split(";")) if attrs else {},
        )
    return out


@lru_cache(maxsize=None)
def concept_names(name: str) -> dict[str, tuple[str, str]]:
    """``id -> (label, name attribute or "")`` of lexicon ``name``: what the matcher's rules
    read of a concept, loaded in a fifth of the time of :func:`load_concepts`."""
    _check_name(name)
    out: dict[str, tuple[str, str]] = {}
    for row in _read_rows(data_dir() / f"{name}.concepts.tsv.gz"):
        attrs = row[4]
        at = attrs.rfind("name=")  # attributes are "key=value" joined by ";"
        if at < 0:
            value = ""
        elif at == 0 or attrs[at - 1] == ";":  # the last "name" key
            end = attrs.find(";", at)
            value = attrs[at + 5 : end] if end >= 0 else attrs[at + 5 :]
        else:  # "name=" inside another key or value
            value = dict(kv.split("=", 1) for kv in attrs.split(";")).get("name", "")
        out[row[0]] = (row[1], value)
    return out


_ENZYME_WORD = re.compile(r"[a-z]{3,}ases?\b")
#: Words of a name that say what a concept is: written in small letters, four or more
#: ("coactivator", "prostate"; not the symbols and acronyms inside names: "TBP", "p15").
NAME_WORD = re.compile(r"(?<![A-Za-z0-9])[a-z]{4,}(?![A-Za-z0-9])")
#: Kinds of synonyms that are names, whose words describe what the concept is.
NAME_KINDS = frozenset({"name", "designation", "variant"})
# In a line of the terms table the kind is followed by the organism, empty for the main one.
_NAME_MARKS = tuple(f"\t{kind}\t\t" for kind in sorted(NAME_KINDS))


def scan_term_words(
    path: Path,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]], dict[str, str]]:
    """``(enzyme words, name words, name word sets)`` of the concepts of the terms table at
    ``path`` (:func:`concept_enzymes`, :func:`concept_name_words`,
    :func:`concept_name_word_sets`), read in one pass, line by line: the whole table would
    double the process's memory. The name word sets are kept written as
    :func:`_name_sets_text` writes them, for the concepts whose names use different words."""
    import gzip

    enzymes: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    sets: dict[str, set[frozenset[str]]] = {}
    find_enzymes = _ENZYME_WORD.findall
    find_names = NAME_WORD.findall
    marks = _NAME_MARKS
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as fh:
        next(fh, None)  # the header
        for line in fh:
            enzyme = "ase" in line or "ASE" in line
            named = marks[0] in line or marks[1] in line or marks[2] in line
            if not (enzyme or named):
                continue
            row = line.split("\t")
            if enzyme:
                words = find_enzymes(row[1].lower())
                if words:
                    enzymes.setdefault(row[2], set()).update(w.removesuffix("s") for w in words)
            if named and len(row) >= 5 and row[3] in NAME_KINDS and not row[4]:
                words = find_names(row[1])
                if words:
                    found = names.get(row[2])
                    if found is None:
                        names[row[2]] = found = set()
                        sets[row[2]] = set()
                    found.update(words)
                    sets[row[2]].add(frozenset(words))
    one: dict[str, str] = {}  # one str object per word, shared by the concepts
    name_words = {cid: tuple(sorted(one.setdefault(w, w) for w in words))
                  for cid, words in names.items()}
    name_sets = {cid: _name_sets_text(name_words[cid], found)
                 for cid, found in sets.items() if len(found) > 1}
    return ({cid: frozenset(words) for cid, words in enzymes.items()}, name_words, name_sets)


def _name_sets_text(words: tuple[str, ...], sets: set[frozenset[str]]) -> str:
    """The word sets of a concept's names written with the positions of their words in
    the concept's sorted name words ``words``: "0 2|1 2 3", sets in sorted order."""
    at = {w: i for i, w in enumerate(words)}
    return "|".join(sorted(" ".join(map(str, sorted(at[w] for w in s))) for s in sets))


WORDS_HEADER = ("id", "enzyme_words", "name_words", "name_sets")


def write_term_words(out_dir: Path, name: str) -> Path:
    """Write ``<name>.words.tsv.gz`` beside lexicon ``name``'s terms table: each concept's
    enzyme and name words and the word sets of its names (:func:`scan_term_words`), read
    at run time in a tenth of the time of the scan. Its first line names the terms table's
    sha256, so that words of another build are never read."""
    from .format import _tsv_gz_bytes, atomic_write_bytes, sha256_file

    out_dir = Path(out_dir)
    terms = out_dir / f"{name}.terms.tsv.gz"
    enzymes, names, sets = scan_term_words(terms)
    rows = [(cid, " ".join(sorted(enzymes.get(cid, ()))), " ".join(sorted(names.get(cid, ()))),
             sets.get(cid, "")) for cid in sorted(enzymes.keys() | names.keys())]
    rows.insert(0, ("#", f"{terms.name}", f"sha256={sha256_file(terms)}", ""))
    path = out_dir / f"{name}.words.tsv.gz"
    atomic_write_bytes(path, _tsv_gz_bytes(WORDS_HEADER, rows))
    return path


def _read_term_words(
    path: Path, terms: Path,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]], dict[str, str]] | None:
    """The words :func:`write_term_words` wrote, or None when the file is missing, was
    made from another terms table or by a build that did not write name word sets."""
    from .format import sha256_file

    if not path.exists():
        return None
    rows = read_tsv_gz(path)
    if not rows or rows[0] != ["#", terms.name, f"sha256={sha256_file(terms)}", ""]:
        return None
    enzymes: dict[str, frozenset[str]] = {}
    names: dict[str, tuple[str, ...]] = {}
    sets: dict[str, str] = {}
    one: dict[str, str] = {}  # one str object per word, shared by the concepts
    for cid, enzyme_words, name_words, name_sets in rows[1:]:
        if enzyme_words:
            enzymes[cid] = frozenset(enzyme_words.split(" "))
        if name_words:
            names[cid] = tuple(one.setdefault(w, w) for w in name_words.split(" "))
        if name_sets:
            sets[cid] = name_sets
    return enzymes, names, sets


@lru_cache(maxsize=None)
def _term_words(
    name: str,
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]], dict[str, str]]:
    """``(enzyme words, name words, name word sets)`` of lexicon ``name``: from its words
    file when it matches the terms table, else read from the terms table."""
    _check_name(name)
    path = data_dir() / f"{name}.terms.tsv.gz"
    if not path.exists():
        raise LexiconError(f"{path}: compiled lexicon missing; run `figcap lexicons build`")
    found = _read_term_words(data_dir() / f"{name}.words.tsv.gz", path)
    return found if found is not None else scan_term_words(path)


def concept_enzymes(name: str) -> dict[str, frozenset[str]]:
    """``id -> enzyme words ("kinase", "reductase") in any synonym`` of lexicon ``name``'s
    concepts that have one: what the matcher's enzyme rule reads, without holding every
    synonym text (:func:`terms_by_concept`)."""
    return _term_words(name)[0]


def concept_name_words(name: str) -> dict[str, tuple[str, ...]]:
    """``id -> the distinct words of four small letters or more, sorted`` (standing alone:
    not inside a symbol such as "p15") of the names, designations and variants of lexicon
    ``name``'s concepts that have any, of the main organism: what the gene sense rules
    compare with a text (tuples: a third of the memory of sets)."""
    return _term_words(name)[1]


def concept_name_word_sets(name: str, cid: str) -> tuple[tuple[str, ...], ...]:
    """The distinct word sets (sorted) of the names, designations and variants of concept
    ``cid`` of lexicon ``name``, each one name's words as :func:`concept_name_words` reads
    them: what the family-member rule compares with a family's name, without reading the
    terms table."""
    _enzymes, names, sets = _term_words(name)
    words = names.get(cid)
    if words is None:
        return ()
    text = sets.get(cid)
    if text is None:  # one set: every word of the concept's names
        return (words,)
    word = words.__getitem__
    return tuple(tuple(map(word, map(int, part.split(" ")))) for part in text.split("|"))


@lru_cache(maxsize=None)
def terms_by_concept(name: str) -> dict[str, tuple[str, ...]]:
    """Every synonym text of each concept of lexicon ``name`` (for evaluation tools)."""
    _check_name(name)
    out: dict[str, list[str]] = {}
    for _key, text, cid, *_rest in _read_rows(data_dir() / f"{name}.terms.tsv.gz"):
        out.setdefault(cid, []).append(text)
    return {cid: tuple(texts) for cid, texts in out.items()}
