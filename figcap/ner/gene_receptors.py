"""A gene mention followed by "receptor": the words name the receptor, not the gene.

"CNTF receptor", "IGF-1 receptor", "Prl receptor", "NK-3 receptor" name the receptor of
the ligand the first word names. Where the lexicon has no synonym for the whole, the ligand
gene's approved name with "receptor" ("ciliary neurotrophic factor receptor") or its
symbol with "R" ("TAC3R") finds the receptor: the mention becomes the receptor over both
words. Where no receptor is found and the first word is only an alias or previous symbol of
a gene that is no receptor ("A2A receptor", "ACh receptor", "AGE receptor", "TAM
receptors"), that alias names something else (adenosine A2A, acetylcholine, advanced
glycation end products, the TAM kinases) and the gene mention is dropped. A gene that is a
receptor itself ("CB1 receptor", "TrkB receptor", "Fas receptor") is left alone.
"The receptor for ciliary neurotrophic factor" is read the same way when the receptor is
found; the ligand stays otherwise.

:func:`typed_receptors`: "angiotensin II type 1 receptor", "TGFbeta type I receptor" are
the receptors the lexicons name "angiotensin II receptor type 1" (AGTR1) and "TGF-beta
receptor type-1" (TGFBR1).
"""

from __future__ import annotations

from ..grounding import AMBIGUOUS_KINDS, Grounder
from ..lexicons import concept_names
from .mentions import _GENE_ONLY, _GENE_TYPES, make_mention, replaced
from .tokview import TokView

__all__ = ["ligand_receptors", "typed_receptors"]

_RECEPTOR = frozenset({"receptor", "receptors"})
_WEAK = AMBIGUOUS_KINDS | {"prev"}


def _receptor_end(tv: TokView, j: int) -> int | None:
    """The token end of "receptor" right after a mention ending before token ``j``:
    "IGF-1 receptor", "CNTF-receptor"."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if j < n and ws[j - 1] and texts[j].lower() in _RECEPTOR:
        return j + 1
    if j + 1 < n and texts[j] == "-" and not ws[j - 1] and not ws[j] \
            and texts[j + 1].lower() in _RECEPTOR:
        return j + 2
    return None


def _receptor_for(tv: TokView, i: int) -> bool:
    """Whether "receptor for" or "receptors for" comes right before token ``i``."""
    return i >= 2 and tv.texts[i - 1].lower() == "for" and tv.texts[i - 2].lower() in _RECEPTOR


def _is_receptor(choice, names) -> bool:
    if choice.type == "family":
        return True
    concept = names.get(choice.id)
    return concept is not None and "receptor" in concept[1].lower()


_TYPE_WORDS = frozenset({"type", "subtype"})
_NUMERALS = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def _typed_receptor(tv: TokView, j: int) -> tuple[int, str] | None:
    """``(end, number)`` for "type 1 receptor" right after a mention ending before token
    ``j``: "angiotensin II type 1 receptor", "TGFbeta type I receptor"."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if j + 2 < n and ws[j - 1] and texts[j].lower() in _TYPE_WORDS and ws[j] and ws[j + 1] \
            and texts[j + 2].lower() in _RECEPTOR:
        number = _NUMERALS.get(texts[j + 1], texts[j + 1])
        if number.isdigit() and len(number) == 1:
            return j + 3, number
    return None


def typed_receptors(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with "<ligand> type <N> receptor" read as the receptor the lexicon
    names "<ligand> receptor type <N>" or "<ligand> receptor <N>": "angiotensin II type 1
    receptor" is AGTR1, "TGFbeta type I receptor" TGFBR1."""
    if "type" not in tv.text:
        return placed
    taken = {k for i, j, _m in placed for k in range(i, j)}
    chosen = []
    for n, (i, j, m) in enumerate(placed):
        if m.type not in _GENE_TYPES:
            continue
        typed = _typed_receptor(tv, j)
        if typed is None or any(k in taken for k in range(j, typed[0])):
            continue
        end, number = typed
        choice = None
        for text in (f"{m.text} receptor type {number}", f"{m.text} receptor {number}"):
            choice = grounder.ground_text(text, taxa, types=_GENE_ONLY)
            if choice is not None:
                break
        if choice is not None:
            chosen.append((n, i, end, choice))
    return replaced(tv, placed, chosen, grounder)


def ligand_receptors(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with "<gene> receptor" read as the receptor, or without the gene mention
    when its weak reading names no receptor (module docstring)."""
    if "receptor" not in tv.text.lower() or not any(t.lower() in _RECEPTOR for t in tv.texts):
        return placed  # (the first test spares the look at each token of most texts)
    names = concept_names("genes")  # id -> (label, name)
    taken = {k for i, j, _m in placed for k in range(i, j)}
    out = None
    for n, (i, j, m) in enumerate(placed):
        if m.type != "gene":
            continue
        end = _receptor_end(tv, j)
        start = i
        if end is None and _receptor_for(tv, i):
            start, end = i - 2, j
        if end is None or any(k in taken for k in (*range(start, i), *range(j, end))):
            continue
        cid = m.identifiers[0] if m.identifiers else None
        concept = names.get(cid) if cid else None
        if concept is None:
            continue
        label, name = concept
        if "receptor" in name.lower():
            continue  # "CB1 receptor": the gene is the receptor
        choice = None
        for text in (name + " receptor", label + "R"):
            found = grounder.ground_text(text, taxa, types=_GENE_TYPES)
            if found is not None and found.id != cid and _is_receptor(found, names):
                choice = found
                break
        if choice is None and (m.source not in _WEAK or start < i):
            continue
        if out is None:
            out = list(placed)
        out[n] = None if choice is None else (
            start, end, make_mention(tv, start, end, choice, "normalised", 0.9, grounder))
    if out is None:
        return placed
    return [q for q in out if q is not None]
