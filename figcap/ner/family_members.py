"""A family's name with a word in front that only one member's names use names that member.

"kappa opioid receptor" is OPRK1 (of the opioid receptors, only OPRK1's names say
"kappa"), "skeletal muscle glycogen synthase" GYS1 ("glycogen synthase, muscle"), "Muscle
phosphoglycerate mutase" PGAM2: the matcher finds the family's name, and the word before it
picks the member. The word must be a word of the member's names and designations (small
letters, four or more, not a generic protein word: :func:`~figcap.ner.gene_senses.names_gene`
reads them) and of no other member's; a Greek letter's name counts ("alpha", "kappa").
"""

from __future__ import annotations

import re

from ..grounding import Grounder
from ..normalize import strip_plural
from .gene_senses import member_with_word
from .mentions import make_mention
from .tokview import TokView

__all__ = ["greek_chains", "qualified_members"]

_GENE_ONLY = frozenset({"gene"})
_QUALIFIER = re.compile(r"[A-Za-z][a-z]{3,}")
# A member's letter and number ("m3", "M1"), which names put after the family's words.
_CODE = re.compile(r"[A-Za-z][1-9]")
# Words of grammar, which a designation may use ("associated with ..."), never a qualifier.
_FUNCTION_WORDS = frozenset({
    "with", "from", "into", "onto", "upon", "over", "under", "than", "that", "this", "these",
    "those", "their", "there", "both", "each", "some", "many", "most", "more", "less", "were",
    "been", "have", "also", "only", "such", "when", "then", "what", "which", "where", "while",
    "within", "without", "between", "among", "via"})


def qualified_members(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with each family mention that a word before it narrows to one member
    read as that member, over both (module docstring)."""
    texts, ws = tv.texts, tv.ws
    taken = {k for i, j, _m in placed for k in range(i, j)}
    out = None
    for n, (i, j, m) in enumerate(placed):
        if m.type != "family" or i == 0 or not m.members or not ws[i - 1] \
                or (i - 1) in taken:
            continue
        word = texts[i - 1]
        if _CODE.fullmatch(word):
            choice = _coded_member(m, word, grounder, taxa)
        elif _QUALIFIER.fullmatch(word) and word.lower() not in _FUNCTION_WORDS:
            gene = member_with_word(m.members, word.lower(), m.text)
            choice = None if gene is None else grounder.ground_text(gene, taxa, types=_GENE_ONLY)
            if choice is not None and choice.kind != "symbol":
                choice = None
        else:
            continue
        if choice is None:
            continue
        if out is None:
            out = list(placed)
        out[n] = (i - 1, j, make_mention(tv, i - 1, j, choice, "normalised", 0.9, grounder))
    return placed if out is None else out


def _coded_member(m, code: str, grounder: Grounder, taxa: frozenset[str]):
    """The member a letter and number before a family's name picks, as the member's name
    or designation writes it after the family's words ("m3 muscarinic acetylcholine
    receptors" is "muscarinic acetylcholine receptor M3", CHRM3), or None."""
    name = strip_plural(m.text) or m.text
    for probe in (f"{name} {code.upper()}", f"{name} {code}"):
        choice = grounder.ground_text(probe, taxa, types=_GENE_ONLY)
        if choice is not None and choice.kind in ("name", "designation") and any(
                x in m.members for x in (choice.id, *choice.xrefs.split("|"))):
            return choice
    return None


_CHAIN_GREEK = frozenset({"alpha", "beta", "gamma", "delta"})


def greek_chains(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with a receptor family's name and a Greek letter's name after it, apart
    ("IL-2R alpha", "IL-2 receptor alpha"), read as the member whose symbol ends in the
    letter's initial after "R" (IL2RA), as "IL-2Ralpha" is read; the gene must be a member
    of the family."""
    texts, ws = tv.texts, tv.ws
    taken = None
    out = None
    for n, (i, j, m) in enumerate(placed):
        if m.type != "family" or not m.members or j >= len(texts) or not ws[j - 1] \
                or texts[j].lower() not in _CHAIN_GREEK:
            continue
        if taken is None:
            taken = {k for a, b, _m in placed for k in range(a, b)}
        if j in taken:
            continue
        name = m.text
        if name.lower().endswith("receptor"):
            stem = name[:-len("receptor")].rstrip(" -") + "R"
        elif name.endswith("R"):
            stem = name
        else:
            continue
        choice = None
        for probe in dict.fromkeys((stem, stem.replace("-", ""))):
            choice = grounder.ground_text(probe + texts[j][0].upper(), taxa, types=_GENE_ONLY)
            if choice is not None and choice.kind == "symbol" and any(
                    x in m.members for x in (choice.id, *choice.xrefs.split("|"))):
                break
            choice = None
        if choice is None:
            continue
        if out is None:
            out = list(placed)
        out[n] = (i, j + 1, make_mention(tv, i, j + 1, choice, "normalised", 0.9, grounder))
    return placed if out is None else out
