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
from ..normalize import replace_greek
from .gene_senses import _symbols_by_curie, member_with_word
from .mentions import _GENE_ONLY, make_mention, replaced, with_extra
from .tokview import TokView

__all__ = ["greek_chains", "greek_members", "qualified_members", "typed_members"]

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
    chosen = []
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
        if choice is not None:
            chosen.append((n, i - 1, j, choice))
    return replaced(tv, placed, chosen, grounder)


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
    chosen = []
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
        if choice is not None:
            chosen.append((n, i, j + 1, choice))
    return replaced(tv, placed, chosen, grounder)


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
            by_end = tv.by_end()
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


_CHAIN_WORDS = frozenset({"subunit", "subunits", "chain", "chains", "isoform", "isoforms"})
# The letter a member's symbol gives a Greek letter's name ("CAMK2D" for delta, "GSTP1" for
# pi, "PRKCQ" for theta).
_GREEK_INITIAL = {"alpha": "A", "beta": "B", "gamma": "G", "delta": "D", "epsilon": "E",
                  "zeta": "Z", "eta": "H", "theta": "Q", "iota": "I", "kappa": "K", "pi": "P"}
# A Greek letter (its name or the letter) and maybe a number, as one token: "delta", "β", "α7"
_GREEK_TOKEN = re.compile(r"(%s)([1-9]?)" % "|".join(_GREEK_INITIAL))


def _greek(token: str) -> tuple[str, str] | None:
    """``(initial, number)`` of a Greek-letter token ("α7" -> ("A", "7")), or None."""
    found = _GREEK_TOKEN.fullmatch(replace_greek(token).lower())
    return None if found is None else (_GREEK_INITIAL[found[1]], found[2])


def greek_members(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with a family's name and a Greek letter joined to it read as the one member
    whose approved symbol ends in the letter's initial (and the number written with it):
    "delta-CaMKII" is CAMK2D, "β-actin" ACTB (of the actins, only ACTB ends in B), "GST-π"
    GSTP1, "α7 nAChR" CHRNA7, "nicotinic receptor α2" CHRNA2. The letter goes before the
    name with a hyphen or a space, or after it with a hyphen; no member or several
    ("PDE beta": PDE1B, PDE4B ...; "α-actin": ACTA1, ACTA2) leave the family, and so does
    a letter after the name that a chain word follows ("calcium channel alpha-subunit" is
    no CACNA1A). Only where no other mention covers the letter."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = None
    chosen = []
    for k, (i, j, m) in enumerate(placed):
        if m.type != "family" or not m.members:
            continue
        found = None
        if i >= 2 and texts[i - 1] == "-" and not ws[i - 2] and not ws[i - 1]:
            found = (i - 2, j, _greek(texts[i - 2]))  # "delta-CaMKII", "β-actin"
        if (found is None or found[2] is None) and i >= 1 and ws[i - 1]:
            found = (i - 1, j, _greek(texts[i - 1]))  # "α7 nAChR"
            if found[2] is not None and not found[2][1]:
                found = None  # a lone letter before a space starts no name: "β MAPK"
        if (found is None or found[2] is None) and j + 1 < n and texts[j] == "-" \
                and not ws[j - 1] and not ws[j]:
            found = (i, j + 2, _greek(texts[j + 1]))  # "GST-π"
        if (found is None or found[2] is None) and j < n and ws[j - 1]:
            found = (i, j + 1, _greek(texts[j]))  # "nicotinic receptor α2"
        if found is None or found[2] is None:
            continue
        a, b, (initial, number) = found
        if b > j and b < n and (texts[b] == "-" and not ws[b - 1]
                                or texts[b].lower() in _CHAIN_WORDS):
            continue  # "calcium channel alpha-subunit", "alpha subunit": a kind of chain
        if taken is None:
            taken = {x for p, q, _m in placed for x in range(p, q)}
        if any(x in taken for x in range(a, b) if not i <= x < j):
            continue
        end = re.compile(r".*[0-9A-Z]%s%s" % (initial, number or "[0-9]?"))
        ids = _symbols_by_curie()
        symbols = {ids[c][1] for c in m.members if c in ids and end.fullmatch(ids[c][1])}
        if len(symbols) != 1:
            continue
        choice = grounder.ground_text(symbols.pop(), taxa, types=_GENE_ONLY)
        if choice is not None and choice.kind == "symbol":
            chosen.append((k, a, b, choice))
    if not chosen:
        return placed
    return sorted(replaced(tv, placed, chosen, grounder), key=lambda p: (p[0], p[1]))
