"""A gene's synonym written beside its symbol or name: "CDKN2C (p18)", "p130 (RBL2)".

Captions and abstracts often give a protein's other name in brackets, after a slash or
after "also known as": "CDKN2C [p18]", "p19 (CDKN2D)", "RBL2/p130", "IGF2BP3, also known
as IMP3". The synonym alone may name several genes ("p18" is an alias of CDKN2C and of
TPPP2, "p130" of RBL2 and of BCAR1), and the lexicon matcher grounds it by rank or not at
all. Beside the gene it stands for, it names that gene: :func:`paired_synonyms` grounds
the written synonym to the gene of its partner when the lexicon has it as a human
synonym of that gene (any kind but a mouse or rat one), unless the synonym is an approved
symbol itself ("TCF4" stays TCF4 beside TCF7L2; not after "also known as") or the partner
is a synonym of the synonym's own gene the other way round.

The synonym is one word (hyphens and digits inside it allowed, no spaces) that fills the
brackets, or is joined to its partner by a slash with no spaces, or follows "also known
as" / "also called". Its partner is a gene mention. A synonym that another mention of a
type other than gene or family covers, or that only part of a mention covers, is left
alone.
"""

from __future__ import annotations

from ..grounding import Choice, Grounder, _quality
from ..normalize import match_key
from .mentions import _GENE_TYPES, covered, make_mention
from .tokview import TokView

__all__ = ["paired_synonyms"]

_CLOSE = {"(": ")", "[": "]"}
_ALSO = (("also", "known", "as"), ("also", "called"))


def _word_end(tv: TokView, k: int, limit: int = 4) -> int:
    """The end token of the word (tokens not parted by spaces) that starts at ``k``."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    end = k + 1
    while end < n and end - k < limit and not ws[end - 1] and texts[end] not in (
            ")", "]", "/", ",", ";", "(", "["):
        end += 1
    return end


def _word_start(tv: TokView, last: int) -> int:
    """The start token of the word (tokens not parted by spaces, four at most) that ends
    with token ``last``."""
    texts, ws = tv.texts, tv.ws
    k = last
    while k > 0 and not ws[k - 1] and texts[k - 1] not in ("(", "[", "/", ",", ";") \
            and last - k < 3:
        k -= 1
    return k


def _partners(tv: TokView, i: int, j: int):
    """``(start, end, said)`` token spans of the words written as a synonym of the mention
    at tokens ``i``-``j``: in the brackets after it, before the brackets it fills, across a
    slash, after "also known as" (``said`` True: the text says they are one)."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    # "CDKN2C (p18)", "CDKN2C [p18]"
    if j + 2 < n and texts[j] in _CLOSE and ws[j - 1]:
        end = _word_end(tv, j + 1)
        if end < n and texts[end] == _CLOSE[texts[j]]:
            yield j + 1, end, False
    # "p18 (CDKN2C)": the mention fills the brackets
    if i >= 2 and j < n and texts[i - 1] in _CLOSE and texts[j] == _CLOSE[texts[i - 1]] \
            and ws[i - 2]:
        yield _word_start(tv, i - 2), i - 1, False
    # "RBL2/p130", "p130/RBL2": one slash, no spaces, no list on either side
    if j + 1 < n and texts[j] == "/" and not ws[j - 1] and not ws[j]:
        end = _word_end(tv, j + 1)
        if end >= n or texts[end] != "/":
            yield j + 1, end, False
    if i >= 2 and texts[i - 1] == "/" and not ws[i - 2] and not ws[i - 1]:
        k = _word_start(tv, i - 2)
        if k == 0 or texts[k - 1] != "/":
            yield k, i - 1, False
    # "IGF2BP3, also known as IMP3", "IGF2BP3 (also called IMP3)"
    k = j + 1 if j < n and texts[j] in (",", "(") else j
    for words in _ALSO if k < n and texts[k].lower() == "also" else ():
        if tuple(t.lower() for t in texts[k:k + len(words)]) == words and k + len(words) < n:
            start = k + len(words)
            yield start, _word_end(tv, start), True


def _synonym_of(grounder: Grounder, text: str, gene: str) -> Choice | None:
    """The choice of gene ``gene`` for ``text`` when the lexicon has ``text`` as a human
    synonym of that gene, else None."""
    best = None
    for t in grounder.index.lookup(match_key(text)):
        if t.id != gene or t.lexicon != "genes" or t.organism:
            continue
        q = _quality(t.text, text)
        if best is None or q < best.quality:
            best = Choice.of(t, q)  # a human gene's term: organism "", lexicon "genes"
    return best


def paired_synonyms(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with each synonym written beside a gene mention grounded to that gene
    (module docstring)."""
    texts = tv.texts
    if "(" not in texts and "[" not in texts and "/" not in texts \
            and "also" not in tv.text.lower():
        return placed  # no brackets, slash or "also" (a token "also" is in the lower text)
    by_span = {(i, j): n for n, (i, j, _m) in enumerate(placed)}
    taken = None
    out = list(placed)
    changed = False
    for i, j, m in placed:
        if m.type != "gene" or not m.identifiers or sum(map(str.isalpha, m.text)) < 2:
            continue  # not "3" of "MAPK1/3", a list's part
        gene = m.identifiers[0]
        for a, b, said in _partners(tv, i, j):
            if b <= a or b - a > 4:
                continue
            text = tv.span_text(a, b)
            if len(text) < 2 or not any(c.isalpha() for c in text):
                continue
            n = by_span.get((a, b))
            other = out[n][2] if n is not None else None
            if other is not None and (other.type not in _GENE_TYPES
                                      or other.source == "symbol" and not said
                                      or other.identifiers[:1] == (gene,)):
                continue  # another type, an approved symbol, or already the gene
            if n is None:
                taken = covered(placed) if taken is None else taken
                if any(k in taken for k in range(a, b)):
                    continue
            choice = _synonym_of(grounder, text, gene)
            if choice is None:
                continue
            if other is not None and other.type == "gene" and other.identifiers \
                    and _synonym_of(grounder, m.text, other.identifiers[0]) is not None:
                continue  # each is a synonym of the other's gene: the pair says nothing
            mention = make_mention(tv, a, b, choice, "normalised", 0.9, grounder)
            if n is None:
                by_span[(a, b)] = len(out)
                out.append((a, b, mention))
                taken.update(range(a, b))
            else:
                out[n] = (a, b, mention)
            changed = True
    if not changed:
        return placed
    return sorted(out, key=lambda p: (p[0], p[1]))
