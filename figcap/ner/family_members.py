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
from .mentions import make_mention, with_extra
from .tokview import TokView

__all__ = ["greek_chains", "qualified_members", "typed_members"]

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


_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
# "type I and type II ", "type 1, type 2 or type 3 ": types listed before a family's name
_TYPES = re.compile(r"(?<![\w-])type[ -]?([1-5]|I{1,3}|IV|V)((?:\s*,\s*|\s*,?\s+(?:and|or)\s+)"
                    r"type[ -]?(?:[1-5]|I{1,3}|IV|V))*\s+$")
_TYPE_ITEM = re.compile(r"type[ -]?([1-5]|I{1,3}|IV|V)")


def typed_members(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with "type <N> <family>" read as the member the lexicon names
    "<family> type <N>" or "<family> <N>" ("type I TGF-beta receptor" is "TGF-beta
    receptor type 1", TGFBR1; "type II acetyl-CoA carboxylase" is "acetyl-CoA carboxylase
    2", ACACB), and types listed before it ("type I and type II acetyl-CoA-carboxylase")
    each read so: the last type with the family's name, the others on their own words.
    Every type must name a member of the family, else the family stays."""
    if "type" not in tv.text:
        return placed
    by_start = by_end = None
    out = None
    taken = {k for a, b, _m in placed for k in range(a, b)}
    extra = []
    for n, (i, j, m) in enumerate(placed):
        if m.type != "family" or not m.members or i == 0:
            continue
        if j < len(tv.texts) and not tv.ws[j - 1] and tv.texts[j] == "-":
            continue  # a longer name goes on: "type-1 tumor-necrosis-factor-receptor-associated"
        start = tv.starts[i]
        found = _TYPES.search(tv.text, max(0, start - 80), start)
        if found is None:
            continue
        if by_start is None:
            by_start = tv.by_start()
            by_end = {e: k for k, e in enumerate(tv.ends)}
        name = strip_plural(m.text) or m.text
        items = []
        for t in _TYPE_ITEM.finditer(found[0]):
            a, b = found.start() + t.start(), found.start() + t.end()
            ti, tj = by_start.get(a), by_end.get(b)
            number = _ROMAN.get(t[1], t[1])
            choice = None
            for probe in (f"{name} type {number}", f"{name} {number}"):
                choice = grounder.ground_text(probe, taxa, types=_GENE_ONLY)
                if choice is not None and any(
                        x in m.members for x in (choice.id, *choice.xrefs.split("|"))):
                    break
                choice = None
            if choice is None or ti is None or tj is None \
                    or any(k in taken for k in range(ti, tj + 1)):
                items = []
                break
            items.append((ti, tj + 1, choice))
        if not items:
            continue
        if out is None:
            out = list(placed)
        *others, (ti, _tj, choice) = items
        out[n] = (ti, j, make_mention(tv, ti, j, choice, "normalised", 0.9, grounder))
        for ti, tj, choice in others:
            extra.append((ti, tj, make_mention(tv, ti, tj, choice, "normalised", 0.9, grounder)))
    return placed if out is None else with_extra(out, extra)
