"""Short forms that name both a gene and a chemical, read by the words they are listed with.

Many short forms of metabolites are also genes' symbols or aliases: IPP (isopentenyl
diphosphate) is the symbol of the gene IPP, S1P (sphingosine 1-phosphate) an alias of
MBTPS1, the site-1 protease. Each is read one way by itself (the grounder's ranking and the
curated lists), and the words it is listed with can say otherwise:

- :func:`chemical_lists`: a gene or family reading listed with a chemical, joined by a
  comma, "and", "or" or a slash, gives way to the word's chemical reading, where it has one
  that is no peptide or protein: "the MEP pathway for synthesis of IPP and DMAPP"
  (PMC2254931), "the two IPP/DMAPP producing pathways" (PMC2754923).
- :func:`gene_partners`: a chemical reading gives way to the word's gene reading where the
  caption writes the word beside another name of that gene ("SKI-1/S1P", PMC3252376) or
  reads a numbered sibling of it as a gene ("the proteases S1P and S2P", PMC6125421:
  the site-1 and site-2 proteases).
"""

from __future__ import annotations

import re

from ..grounding import Grounder
from .amino_acids import _JOINS
from .mentions import _GENE_ONLY, _GENE_TYPES, make_mention
from .tokview import TokView

__all__ = ["chemical_lists", "gene_partners"]

_CHEMICAL = frozenset({"chemical"})
_NUMBER = re.compile(r"\d+")
# A heading's own name or entry term, or a curated one: a supplementary concept's synonym
# of a few letters names one compound among many ("IPP" is MeSH's indolepropanol phosphate,
# "FDP" its formycin diphosphate), and a peptide or protein is the gene's product
_NAMED = frozenset({"curated", "mesh_name", "mesh_entry"})


def chemical_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str] = frozenset()):
    """``placed`` with each one-token gene or family reading listed next to a chemical
    read as its chemical, where it has one."""
    if len(placed) < 2:
        return placed
    texts = tv.texts
    out = list(placed)
    last = len(placed) - 1
    for n, (i, j, m) in enumerate(placed):
        if j - i != 1 or m.type not in _GENE_TYPES or m.method == "abbreviation":
            continue
        if not (n and _listed(texts, placed[n - 1], i, j)) \
                and not (n < last and _listed(texts, placed[n + 1], i, j)):
            continue
        choice = grounder.ground_text(texts[i], taxa, types=_CHEMICAL)
        if choice is None or choice.kind not in _NAMED:
            continue
        out[n] = (i, j, make_mention(tv, i, j, choice, choice.method, choice.score, grounder))
    return out


def gene_partners(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str] = frozenset()):
    """``placed`` with each one-token chemical reading that the caption pairs with its own
    gene, or with a numbered sibling read as a gene, read as that gene."""
    texts = tv.texts
    genes = {m.text: m for _i, _j, m in placed if m.type == "gene"}
    if not genes:
        return placed
    out = list(placed)
    last = len(placed) - 1
    for n, (i, j, m) in enumerate(placed):
        if j - i != 1 or m.type != "chemical" or m.method == "abbreviation":
            continue
        text = texts[i]
        siblings = _siblings(text, genes)
        slashed = [placed[k] for k in (n - 1, n + 1) if 0 <= k <= last
                   and placed[k][2].type == "gene" and _slashed(texts, placed[k], i, j)]
        if not siblings and not slashed:
            continue
        choice = grounder.ground_text(text, taxa, types=_GENE_ONLY)
        if choice is None:
            continue
        gene = make_mention(tv, i, j, choice, choice.method, choice.score, grounder)
        if siblings or any(p[2].identifiers == gene.identifiers for p in slashed):
            out[n] = (i, j, gene)
    return out


def _between(texts, other, i: int, j: int) -> list[str]:
    """The tokens between the mention ``other`` and tokens ``i``..``j``."""
    a, b, _m = other
    return texts[b:i] if b <= i else texts[j:a]


def _listed(texts, other, i: int, j: int) -> bool:
    """Whether the mention ``other`` is a chemical joined to tokens ``i``..``j`` by list
    words only."""
    m = other[2]
    if m.type != "chemical" or m.source.startswith("peptide_"):
        return False
    between = _between(texts, other, i, j)
    return 1 <= len(between) <= 2 and all(t in _JOINS for t in between)


def _slashed(texts, other, i: int, j: int) -> bool:
    """Whether the mention ``other`` is joined to tokens ``i``..``j`` by a slash alone."""
    return _between(texts, other, i, j) == ["/"]


def _siblings(text: str, genes: dict) -> bool:
    """Whether ``genes`` (mention text -> mention) holds ``text`` with another number in
    place of its one number: "S2P" for "S1P"."""
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return False
    pattern = re.compile(re.escape(text).replace(numbers[0], r"\d+", 1) + r"\Z")
    return any(g != text and pattern.match(g) for g in genes)
