"""Greek letters written as Latin ones: "b-catenin", "a-catenin", "ERa", "IKKb".

Text converted from PDFs and some abstracts lose the Greek letters of gene names: β becomes
"b", α "a", γ "g", δ "d", κ "k". A word that names no gene or family as written, but
does with the letter read as Greek, is that gene or family:

- a small letter and a hyphen before a name: "b-catenin" (CTNNB1), "a-catenin" (the
  CTNNA family), "b-TrCP" (BTRC);
- a small "a", "b" or "g" after a symbol in capitals: "ERa" (ESR1), "IKKb" (IKBKB).

The other way round, a receptor chain's Greek letter after "R" is the letter its symbol
ends in: "IL-4Ralpha" (IL4R, "IL4RA"), "IL-2Rbeta" (IL2RB).

Only words the matcher left alone are read this way, and only as genes or families.
"""

from __future__ import annotations

import re

from ..grounding import Grounder
from .mentions import covered, make_mention, with_extra
from .tokview import TokView

__all__ = ["latin_greek"]

_GREEK = {"a": "alpha", "b": "beta", "g": "gamma", "d": "delta", "k": "kappa"}
_GENE_TYPES = frozenset({"gene", "family"})
# "b-catenin", "b-TrCP": a letter, a hyphen and a name of letters (and digits after them)
# (Each pattern tests the character before its first one after reading it: a pattern
# that starts with a class of characters is searched for faster than one that starts with
# a lookbehind.)
_PREFIX = re.compile(r"([abgdk])(?<![\w-][abgdk])-([A-Za-z]{2,}[A-Za-z0-9]*)(?![\w-])")
# "ERa", "IKKb": a symbol in capitals and one small letter
_SUFFIX = re.compile(r"([A-Z](?<![\w-][A-Z])[A-Z]+[0-9]*)([abg])(?![\w-])")
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
        for m in pattern.finditer(text):
            if by_start is None:
                by_start = tv.by_start()
                by_end = {e: k for k, e in enumerate(tv.ends)}
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
    return with_extra(placed, extra)
