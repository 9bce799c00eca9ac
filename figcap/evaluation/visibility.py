"""Which existing annotations are *caption-visible*: their word, or a synonym, is in the caption.

PFOCR read its annotations from the figure image, so most of them are not in the caption
at all. An annotation is caption-visible when its word, or any synonym of its identifier
in figcap's lexicons, occurs in the caption at token boundaries. A caption is indexed
once (:class:`CaptionIndex`): every run of up to :data:`MAX_NGRAM` tokens gets its
:func:`~figcap.normalize.match_key`, so a lookup is one dict access and a synonym such as
``N-Methyl-D-Aspartate`` meets the caption text ``N-methyl-D-aspartate``.

A family word counts only where it stands alone: in "caspase 3", "TLR 2" or "RXR-γ" the
caption names a member (:attr:`CaptionIndex.bare` keeps the spans of n-grams that no member
designator follows), so a family row PFOCR expanded from "Caspase" is visible there only
through its member's own names ("caspase 3" for CASP3).

A name that a repeated word continues is no mention of it either: "mitogen-activated protein
kinase kinase" (MKK) does not show MAPK.

Synonyms that are too weak to be evidence are skipped: keys shorter than 3 characters,
PFOCR stop words and common English words (``impact``, ``mast``). The word of the
annotation itself is always tried.

Nothing here imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from ..normalize import match_key, repair_mojibake, strip_plural
from ..resources import common_words, pfocr_stop_words

__all__ = [
    "MAX_NGRAM",
    "CaptionIndex",
    "families_by_key",
    "family_keys",
    "gene_hgnc",
    "snippet",
    "synonym_keys",
]

#: Longest token run indexed (long chemical names run to about ten tokens).
MAX_NGRAM = 12
#: Characters of context on each side of an evidence snippet.
SNIPPET_CONTEXT = 40
_TOKEN = re.compile(r"(?:[^\W_]|\+)+")
#: What names one member after a family word: a number ("caspase 3", "caspase-12"), a Greek
#: letter ("RXR-γ") or a roman numeral ("PKC II"), joined to the word by nothing, a space or a
#: hyphen. (Not any one letter: "CD8+ T cells" names no member of CD8.)
_DESIGNATOR = re.compile(r"(?:\d+[a-z]?|[α-ωΑ-Ω]|[IVX]{1,4})\Z")
_JOINER = frozenset(("", " ", "-", "\u2010", "\u2011", "\u2013"))


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    """``text[start:end]`` with ``context`` characters each side, on one line.

    Returns ``""`` when ``start`` is negative (the word is not in the text).
    """
    if start < 0:
        return ""
    lo, hi = max(0, start - context), min(len(text), end + context)
    out = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    return " ".join(out.split())


class CaptionIndex:
    """Match keys of every token n-gram of a caption, with the first span of each.

    Parameters
    ----------
    text : str
        The caption.
    max_ngram : int
        Longest token run indexed.

    Examples
    --------
    >>> idx = CaptionIndex("inhibits N-methyl-D-aspartate (NMDA) receptors")
    >>> idx.find("N-Methyl-D-Aspartate"), idx.find("receptor"), idx.find("aspart")
    ((9, 29), (37, 46), None)
    """

    __slots__ = ("bare", "spans", "text")

    def __init__(self, text: str, max_ngram: int = MAX_NGRAM) -> None:
        self.text = text
        repaired = repair_mojibake(text)  # "NF-Œ∫B" shows NF-κB; spans stay in ``text``
        read, at = repaired if repaired else (text, range(len(text) + 1))
        found = list(_TOKEN.finditer(read))
        toks = [(at[m.start()], at[m.end()], match_key(m.group()), m.group()) for m in found]
        spans: dict[str, tuple[int, int]] = {}
        bare: dict[str, tuple[int, int]] = {}
        # designated[j]: token j is followed by a member designator ("caspase" in "caspase 3")
        designated = [j + 1 < len(found) and read[m.end():found[j + 1].start()] in _JOINER
                      and _DESIGNATOR.match(found[j + 1].group()) is not None
                      for j, m in enumerate(found)]
        # repeated[j]: the next token repeats word j, so a name ending at j goes on into a
        # longer one ("mitogen-activated protein kinase kinase" names no MAP kinase)
        repeated = [j + 1 < len(toks) and toks[j][2] == toks[j + 1][2] and len(toks[j][2]) > 3
                    and toks[j][2].isalpha() for j in range(len(toks))]
        for i, (start, _end, _key, _word) in enumerate(toks):
            key = ""
            for j in range(i, min(i + max_ngram, len(toks))):
                tok = toks[j]
                if not tok[2]:
                    continue
                if repeated[j]:
                    key += tok[2]
                    continue
                key += tok[2]
                keys = [key]
                single = strip_plural(tok[3])
                if single:  # "receptors" also shows "receptor"
                    keys.append(key[: -len(tok[2])] + match_key(single))
                for k in keys:
                    spans.setdefault(k, (start, tok[1]))
                    if not designated[j]:
                        bare.setdefault(k, (start, tok[1]))
        self.spans = spans
        self.bare = bare

    def find(self, text: str, *, bare: bool = False) -> tuple[int, int] | None:
        """The first ``(start, end)`` of ``text`` (by match key) in the caption, or None.

        With ``bare``, only where no member designator follows ("caspase" is not bare in
        "caspase 3").
        """
        return (self.bare if bare else self.spans).get(match_key(text))

    def find_any(self, keys: Iterable[str], *, bare: bool = False) -> tuple[int, int] | None:
        """The earliest span among ``keys`` (already match keys), or None."""
        spans = self.bare if bare else self.spans
        found = [spans[k] for k in keys if k in spans]
        return min(found) if found else None


def _weak(text: str, key: str) -> bool:
    return (
        len(key) < 3
        or text.upper() in pfocr_stop_words()
        or text.lower() in common_words()
        or key in common_words()
    )


def _keys(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(k for t in texts if (k := match_key(t)) and not _weak(t, k))


@lru_cache(maxsize=1)
def _ncbi_to_hgnc() -> Mapping[str, str]:
    from ..lexicons import load_concepts

    out: dict[str, str] = {}
    for cid, concept in load_concepts("genes").items():
        for x in concept.xrefs:
            if x.startswith("NCBIGene:"):
                out.setdefault(x, cid)
    return out


def gene_hgnc(ncbigene: str) -> str | None:
    """The HGNC id of an ``NCBIGene:`` CURIE (via the gene concepts' xrefs), or None."""
    return _ncbi_to_hgnc().get(ncbigene)


@cache
def synonym_keys(identifier: str) -> frozenset[str]:
    """Match keys of the usable synonyms of one CURIE (genes via HGNC; MeSH; FPLX; UBERON).

    Examples
    --------
    >>> "pkb" in synonym_keys("NCBIGene:207")  # doctest: +SKIP
    True
    """
    from ..lexicons import terms_by_concept

    prefix = identifier.split(":", 1)[0]
    if prefix == "NCBIGene":
        hgnc = gene_hgnc(identifier)
        return _keys(terms_by_concept("genes").get(hgnc, ())) if hgnc else frozenset()
    if prefix == "HGNC":
        return _keys(terms_by_concept("genes").get(identifier, ()))
    if prefix == "FPLX":
        return _keys(terms_by_concept("families").get(identifier, ()))
    if prefix == "MESH":
        texts = list(terms_by_concept("chemicals").get(identifier, ()))
        texts += terms_by_concept("diseases").get(identifier, ())
        return _keys(texts)
    if prefix == "UBERON":
        return _keys(terms_by_concept("brain_regions").get(identifier, ()))
    return frozenset()


@lru_cache(maxsize=1)
def _family_index() -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, frozenset[str]]]:
    from ..lexicons import load_concepts, terms_by_concept

    by_key: dict[str, list[str]] = {}
    for fid, texts in terms_by_concept("families").items():
        for t in texts:
            k = match_key(t)
            if k and fid not in by_key.setdefault(k, []):
                by_key[k].append(fid)
    members: dict[str, frozenset[str]] = {}
    genes = load_concepts("genes")
    for fid, concept in load_concepts("families").items():
        ncbi = {x for h in concept.members if h in genes
                for x in genes[h].xrefs if x.startswith("NCBIGene:")}
        members[fid] = frozenset(ncbi)
    return {k: tuple(sorted(v)) for k, v in by_key.items()}, members


def families_by_key(word: str, member: str) -> tuple[str, ...]:
    """FamPlex ids whose synonym has ``word``'s key and whose members hold ``member``."""
    by_key, members = _family_index()
    return tuple(f for f in by_key.get(match_key(word), ()) if member in members.get(f, ()))


def family_keys(word: str, member: str, family_symbol: str = "") -> frozenset[str]:
    """Synonym keys of the families an expanded (``bioentities_symbol``) row stands for.

    The family is named by ``family_symbol`` (PFOCR's ``symbol`` field) or found from the
    row's word; only families that have ``member`` among their genes count.
    """
    fids = families_by_key(family_symbol, member) if family_symbol else ()
    fids = fids or families_by_key(word, member)
    out: frozenset[str] = frozenset()
    for fid in fids:
        out |= synonym_keys(fid)
    return out
