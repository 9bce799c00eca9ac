"""Symbol ranges: "NPHP1-9", "freac-1 to freac-7", "SMAD1 through SMAD3", "caspase-3 to -9".

A range names every gene between its ends. Curators of pathway figures want each of them
(PFOCR lists genes, not ranges), so :func:`symbol_ranges` adds a gene mention for each gene
after the first. Those the text names only through the range ("NPHP2" to "NPHP9" of
"NPHP1-9", "CASP9" of "caspase-3 to -9") have no text of their own: their mentions cover
the whole range, from the first symbol to the last (they overlap the first symbol's
mention), and carry the method ``range``. A last end spelt out but missed by the lexicon
matcher ("freac-7" of "freac-1 to freac-7") gets a mention of its own.

A range is expanded only when it is plainly one:

- the first end is a gene mention ending in a number after a stem with at least two
  letters ("NPHP1", "freac-1", "AKR1C1"; not "p53");
- the second end is a bare number right after a hyphen or en dash ("NPHP1-9",
  "S1P1–5"), or the same stem with a number after "to" or "through" ("freac-1 to
  freac-7", "SMAD1 through SMAD3"), or an elliptic "-9" after "to" ("caspase-3 to -9").
  Two full symbols joined by a dash are left alone: "CD4-CD8", "CXCR4–CXCR7 crosstalk"
  name two genes, a pair or a complex, not a range;
- the numbers rise, by at most :data:`MAX_SPAN`, and every name in between grounds to a
  gene (stem plus number, written as the first end is: "freac-3").
"""

from __future__ import annotations

import re

from ..grounding import Grounder
from .mentions import _GENE_ONLY, covered, make_mention
from .tokview import TokView

__all__ = ["MAX_SPAN", "symbol_ranges"]

#: Largest difference between the numbers of a range's ends ("NPHP1-9": 8).
MAX_SPAN = 12
_NUMBERED = re.compile(r"(.*?[A-Za-z].*?[-\s]?)(\d{1,3})")
_RANGE_WORDS = frozenset({"to", "through", "thru"})
_DASHES = frozenset({"-", "–"})


def _stem(text: str) -> tuple[str, int] | None:
    """``(stem, number)`` of a numbered symbol ("freac-1" -> ("freac-", 1)), or None."""
    m = _NUMBERED.fullmatch(text)
    if m is None or sum(c.isalpha() for c in m.group(1)) < 2:
        return None
    return m.group(1), int(m.group(2))


def _same_stem(a: str, b: str) -> bool:
    return a.lower().rstrip("- ") == b.lower().rstrip("- ")


def _second_end(tv: TokView, j: int, stem: str, starts: dict[int, tuple]):
    """``(start token, end token, number, mention or None)`` of the range's second end
    when a range opens at token ``j`` (right after the first end), else None. The start
    token is that of the number alone where the end is elliptic ("9" of "NPHP1-9")."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if j >= n:
        return None
    t = texts[j]
    if t in _DASHES and not ws[j - 1] and not ws[j] and j + 1 < n:
        num = texts[j + 1]
        if num.isdigit() and (j + 2 >= n or ws[j + 1] or not texts[j + 2].isalnum()):
            if j + 2 < n and not ws[j + 1] and texts[j + 2] in _DASHES:
                return None  # "CD4-8-" is a phenotype, "NPHP1-9-..." a longer name
            return j + 1, j + 2, int(num), None
        return None
    if t.lower() not in _RANGE_WORDS or not ws[j - 1] or not ws[j] or j + 1 >= n:
        return None
    if j + 1 in starts:
        return _full_end(starts[j + 1], stem)
    nxt = texts[j + 1]
    if nxt[:1] in _DASHES and nxt[1:].isdigit():
        return j + 1, j + 2, int(nxt[1:]), None  # "-9" as one token
    if nxt in _DASHES and not ws[j + 1] and j + 2 < n and texts[j + 2].isdigit():
        return j + 2, j + 3, int(texts[j + 2]), None
    # the stem written again, a word the lexicon misses in this spelling: "freac-7"
    k = j + 1
    while k + 1 < n and not ws[k] and k - j < 4 and (texts[k + 1].isalnum()
                                                      or texts[k + 1] in _DASHES):
        k += 1
    spelt = _NUMBERED.fullmatch(tv.span_text(j + 1, k + 1))
    if spelt and spelt.group(1).lower() == stem.lower() and texts[k].isdigit():
        return j + 1, k + 1, int(spelt.group(2)), None
    return None


def _full_end(placed_item: tuple, stem: str):
    i, k, m = placed_item
    if m.type != "gene":
        return None
    other = _stem(m.text)
    if other is None or not _same_stem(other[0], stem):
        return None
    return i, k, other[1], m


def symbol_ranges(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` plus the mentions of the genes that symbol ranges name (module docstring)."""
    texts, n = tv.texts, len(tv.texts)
    starts = taken = None
    extra = []
    for i, j, m in placed:
        if m.type != "gene" or j >= n or not (texts[j] in _DASHES
                                              or texts[j].lower() in _RANGE_WORDS):
            continue
        first = _stem(m.text)
        if first is None:
            continue
        stem, a = first
        if starts is None:
            starts = {p[0]: p for p in placed}
            taken = covered(placed)
        end = _second_end(tv, j, stem, starts)
        if end is None:
            continue
        t0, k, b, last = end
        if not 0 < b - a <= MAX_SPAN:
            continue
        names = [stem + str(x) for x in range(a + 1, b + (last is None))]
        choices = [grounder.ground_text(name, taxa, types=_GENE_ONLY) for name in names]
        if any(c is None for c in choices) or len({c.id for c in choices} | {m.identifiers[0]}) \
                != len(choices) + 1:
            continue  # a name in between is no gene, or two names are one gene
        if last is None and not tv.texts[t0].lstrip("-–").isdigit():
            # the stem written again ("freac-7" of "freac-1 to freac-7"): a mention of its own
            if any(x in taken for x in range(t0, k)):
                continue
            extra.append((t0, k, make_mention(tv, t0, k, choices.pop(), "normalised", 0.9,
                                              grounder)))
        for choice in choices:
            member = make_mention(tv, i, k, choice, "range", 0.9, grounder)
            extra.append((i, k, member))
    if not extra:
        return placed
    return sorted(placed + extra, key=lambda p: (p[0], p[1], p[2].start, p[2].end))
