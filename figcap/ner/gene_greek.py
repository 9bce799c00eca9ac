"""Greek letters written as Latin ones: "b-catenin", "a-catenin", "ERa", "IKKb".

Text converted from PDFs and some abstracts lose the Greek letters of gene names: β becomes
"b", α "a", γ "g", δ "d", κ "k". A word that names no gene or family as written, but
does with the letter read as Greek, is that gene or family:

- a small letter and a hyphen before a name: "b-catenin" (CTNNB1), "a-catenin" (the
  CTNNA family), "b-TrCP" (BTRC);
- a small "a", "b" or "g" after a symbol in capitals: "ERa" (ESR1), "IKKb" (IKBKB);
- a small letter after a hyphen (and a number), or after a protein's mass: "IFN-g"
  (IFNG), "GSK-3b" (GSK3B), "interferon-g", "PGC-1a" (PPARGC1A), "p38a" (MAPK14); a
  gene or family mention of the part before the letter ("IFN") yields to the gene.

The other way round, a receptor chain's Greek letter after "R" is the letter its symbol
ends in: "IL-4Ralpha" (IL4R, "IL4RA"), "IL-2Rbeta" (IL2RB).

Only words the matcher left alone are read this way, and only as genes or families.
"""

from __future__ import annotations

import re

from ..grounding import Grounder
from .mentions import _GENE_TYPES, covered, make_mention, with_extra
from .tokview import TokView

__all__ = ["latin_greek"]

_GREEK = {"a": "alpha", "b": "beta", "g": "gamma", "d": "delta", "k": "kappa"}
# "b-catenin", "b-TrCP": a letter, a hyphen and a name of letters (and digits after them)
# (Each pattern tests the character before its first one after reading it: a pattern
# that starts with a class of characters is searched for faster than one that starts with
# a lookbehind.)
_PREFIX = re.compile(r"([abgdk])(?<![\w-][abgdk])-([A-Za-z]{2,}[A-Za-z0-9]*)(?![\w-])")
# "ERa", "IKKb": a symbol in capitals and one small letter
_SUFFIX = re.compile(r"([A-Z](?<![\w-][A-Z])[A-Z]+[0-9]*)([abg])(?![\w-])")
# What every match of _PREFIX holds, searched for first: scanning for a hyphen is quicker
# than trying _PREFIX at each of the many "a", "b", "d", "g" and "k", and five captions in
# six have none.
_PREFIX_HINT = re.compile(r"-(?<=[abgdk]-)[A-Za-z]{2}")
# "IL-4Ralpha", "IL-2Rbeta": a receptor's chain, whose symbol has the Greek letter's
# initial ("IL4RA", "IL2RB")
_CHAIN = re.compile(r"([A-Z](?<![\w-][A-Z])[A-Za-z]*-?[0-9]*R)(alpha|beta|gamma)(?![\w-])")


def latin_greek(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with the words whose Latin letter read as Greek names a gene or family
    (module docstring)."""
    text = tv.text
    if "-" not in text and not any(c.isupper() for c in text):
        return placed
    by_start = by_end = taken = None  # made at the first candidate word
    extra = []
    chains = "Ralpha" in text or "Rbeta" in text or "Rgamma" in text
    for pattern, greek in ((_PREFIX, lambda m: _GREEK[m[1]] + "-" + m[2]),
                           (_SUFFIX, lambda m: m[1] + _GREEK[m[2]]),
                           (_CHAIN, lambda m: m[1] + m[2][0].upper())):
        if pattern is _CHAIN and not chains:
            continue  # no "R" with a Greek letter's name after it
        if pattern is _PREFIX and not _PREFIX_HINT.search(text):
            continue  # no small letter, hyphen and two letters
        for m in pattern.finditer(text):
            if by_start is None:
                by_start = tv.by_start()
                by_end = tv.by_end()
                taken = covered(placed)
            i, j = by_start.get(m.start()), by_end.get(m.end())
            if i is None or j is None or any(k in taken for k in range(i, j + 1)):
                continue
            if grounder.ground_text(m[0], taxa, types=_GENE_TYPES) is not None:
                continue  # a name as written: left to the matcher's own rules
            choice = grounder.ground_text(greek(m), taxa, types=_GENE_TYPES)
            if choice is None:
                continue
            taken.update(range(i, j + 1))
            extra.append((i, j + 1, make_mention(tv, i, j + 1, choice, "normalised", 0.9,
                                                 grounder)))
    return _hyphen_greek(tv, with_extra(placed, extra), grounder, taxa)


# "IFN-g", "GSK-3b", "interferon-g", "PGC-1a": a name, a hyphen (and a number) and one
# small letter; "p38a": a protein's mass and a small letter
_HYPHEN_SUFFIX = re.compile(r"([A-Za-z](?<![\w-][A-Za-z])[A-Za-z0-9]*-\d{0,3})([abgdk])(?![\w-])")
_MASS_SUFFIX = re.compile(r"(p(?<![\w-]p)\d{2,3})([abg])(?![\w-])")
# The end of every match of _HYPHEN_SUFFIX, searched for first: _HYPHEN_SUFFIX is tried at
# every letter of the text (over the PFOCR captions, 90 ms, more than 1% of figcap's time)
# and matches in one caption of a hundred.
_HYPHEN_END = re.compile(r"-\d{0,3}[abgdk](?![\w-])")


def _hyphen_greek(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with the words whose last small letter, after a hyphen or a protein's
    mass, read as Greek names a gene: "IFN-g" is IFNG, "GSK-3b" GSK3B, "p38a" MAPK14.
    A gene or family mention of the word's first part alone ("IFN", the interferons)
    yields to the gene that the whole word names, as written or so read."""
    text = tv.text
    if "-" not in text and "p" not in text:
        return placed
    by_start = by_end = None
    drop: set[int] = set()
    extra = []
    for pattern in (_HYPHEN_SUFFIX, _MASS_SUFFIX):
        if pattern is _HYPHEN_SUFFIX and not _HYPHEN_END.search(text):
            continue
        for m in pattern.finditer(text):
            if by_start is None:
                by_start = tv.by_start()
                by_end = tv.by_end()
            i, j = by_start.get(m.start()), by_end.get(m.end())
            if i is None or j is None:
                continue
            inside = [q for q, (a, b, men) in enumerate(placed) if a <= j and b > i]
            if any(placed[q][0] < i or placed[q][1] > j + 1
                   or placed[q][2].type not in _GENE_TYPES for q in inside):
                continue  # a mention goes on past the word, or one of another type
            if any(placed[q][:2] == (i, j + 1) and placed[q][2].type == "gene" for q in inside):
                continue  # the word is a gene mention already ("TNF-a")
            choice = grounder.ground_text(m[0], taxa, types=_GENE_TYPES)
            if choice is None:
                choice = grounder.ground_text(m[1] + _GREEK[m[2]], taxa, types=_GENE_TYPES)
            if choice is None or choice.type != "gene":
                continue
            drop.update(inside)
            extra.append((i, j + 1, make_mention(tv, i, j + 1, choice, "normalised", 0.9,
                                                 grounder)))
    if not extra:
        return placed
    return with_extra([p for q, p in enumerate(placed) if q not in drop], extra)
