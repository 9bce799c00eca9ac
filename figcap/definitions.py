"""Abbreviation definitions in plain text (no spaCy): Schwartz & Hearst (2003).

:func:`find_long_form` is the character walk scispaCy's AbbreviationDetector uses; the
pipeline (:mod:`figcap.ner.abbreviations`) and the evaluation's suspect finder
(:mod:`figcap.evaluation.differences`) share it.
"""

from __future__ import annotations

import re

__all__ = ["is_short_form", "find_long_form", "defined_long_forms"]


def is_short_form(text: str) -> bool:
    """scispaCy's short-form filter: one or two words of 2-9 characters, mostly letters,
    starting with a letter."""
    words = text.split()
    if not 1 <= len(words) <= 2 or not all(2 <= len(w) < 10 for w in words):
        return False
    if sum(c.isalpha() for c in text) / len(text) < 0.5:
        return False
    return text[0].isalpha()


def find_long_form(short: str, candidate: str) -> int | None:
    """Start (in ``candidate``) of the long form that ``short`` abbreviates, or None.

    Every letter and digit of ``short`` must appear in order, right to left, and its first
    character must start a word of ``candidate``.

    >>> c = "inhibits lateral habenula"
    >>> c[find_long_form("LHb", c):]
    'lateral habenula'
    """
    li = len(candidate) - 1
    si = len(short) - 1
    while si >= 0:
        ch = short[si].lower()
        if not ch.isalnum():
            si -= 1
            continue
        while (li >= 0 and candidate[li].lower() != ch) or (
            si == 0 and li > 0 and candidate[li - 1].isalnum()
        ):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    return li + 1


_WINDOW_STOPS = re.compile(r".*(?:[.;:]\s|\(|\)\s)", re.S)


def defined_long_forms(word: str, text: str) -> list[str]:
    """Long forms ``text`` gives ``word``: "long form (WORD)" and "WORD (long form)", and
    glossary entries "WORD, long form;" / "WORD: long form." / "WORD = long form".

    >>> defined_long_forms("PTA", "PTA, phosphotransacetylase; ACK, acetate kinase.")
    ['phosphotransacetylase']
    >>> defined_long_forms("LHb", "the lateral habenula (LHb) fires")
    ['lateral habenula']
    """
    out: list[str] = []
    if not is_short_form(word):
        return out
    w = re.escape(word)
    for m in re.finditer(r"\(\s*" + w + r"\s*\)", text):
        before = text[max(0, m.start() - 200) : m.start()]
        stop = _WINDOW_STOPS.match(before)
        cand = before[stop.end() :] if stop else before
        words = cand.split()
        n = len(word)
        cand = " ".join(words[-min(n + 5, 2 * n) :])
        k = find_long_form(word, cand)
        if k is not None and len(cand) - k > len(word):
            out.append(cand[k:].strip())
    pattern = r"(?<![\w-])" + w + r"\s*(?:[,:=]|\()\s*([A-Za-z][^;,.()]{3,80}?)\s*(?=[;,.)]|$)"
    for m in re.finditer(pattern, text):
        long = m.group(1).strip()
        if re.search(r"[a-z]{4}", long) and len(long) >= len(word) + 3 and word not in long:
            out.append(long)
    return list(dict.fromkeys(out))
