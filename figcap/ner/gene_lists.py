"""Lists of gene symbols and isoforms, read by the lexicon matcher.

- :func:`slash_lists`: "LRP5/6" is LRP5 and LRP6, "GGT1,4,5" three genes;
- :func:`slash_partners`: "Jak/Stat": a capitalised word joined to a gene by a slash;
- :func:`isoform_lists`: "PKC alpha, epsilon and zeta", "hMAD-3 and -4", "p110 gamma";
- :func:`plural_isoform_lists`: "synapsins I and II" after a plural name.

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
:mod:`figcap.ner.gene_rules` holds the rules for split symbols and for short forms whose
long form supports no gene reading, :mod:`figcap.ner.gene_enzymes` those for enzyme names.
"""

from __future__ import annotations

import dataclasses
import re

from ..grounding import Grounder
from ..normalize import replace_greek
from .mentions import _GENE_ONLY, _GENE_TYPES, covered, make_mention, with_extra
from .tokview import TokView

__all__ = [
    "isoform_lists",
    "plural_isoform_lists",
    "slash_lists",
    "slash_partners",
]


_LIST_TAIL = re.compile(r"^(.*?)(\d+|[A-Z])$")
# A mention that is itself a slash list ("Smad2/3"): its stem and first part.
_SLASHED = re.compile(r"(.*?)(\d+|[A-Z])(?:/(?:\d+|[A-Z]))+")
_GREEK_PART = ("(?:[\u03b1-\u03c9]|alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|"
               "lambda|mu|nu|xi|pi|rho|sigma|tau|phi|chi|psi|omega)")
# A symbol ending in a Greek letter ("IKK\u03b1", "IL-1alpha") or in a capital and a number
# ("S100A7"), and a part of the same shape after a slash ("\u03b2", "betaII", "A8").
_GREEK_TAIL = re.compile(r"^(.*?[A-Za-z0-9-])(%s)$" % _GREEK_PART)
_GREEK_ITEM = re.compile(r"%s(?:\d{1,2}|I{1,3}|IV)?" % _GREEK_PART)
_LETTER_NUMBER_TAIL = re.compile(r"^(.*?\d)([A-Z]\d{1,2})$")
_LETTER_NUMBER_ITEM = re.compile(r"[A-Z]\d{1,2}")
# A Roman numeral after a hyphen ("ROCK-I/II", "PKC-I/II")
_ROMAN_TAIL = re.compile(r"^(.*?[A-Za-z]-)(I{1,3}|IV|VI{0,3})$")
_ROMAN_ITEM = re.compile(r"I{1,3}|IV|VI{0,3}")


def slash_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """Symbols listed with a slash or a tight comma: "LRP5/6" is LRP5 and LRP6, "KDM6A/B"
    KDM6A and KDM6B, "GGT1,4,5" GGT1, GGT4 and GGT5, "Smad2/3/4" adds SMAD4; after a
    slash also a Greek letter ("IKK\u03b1/\u03b2" is CHUK and IKBKB, "IL-1alpha/beta" IL1A and
    IL1B, "PKCalpha/betaII"), a capital with a number ("S100A7/A8/A9") and a Roman numeral
    after a hyphen ("ROCK-I/II").

    The part after the slash (a number or one capital) becomes a mention of its own,
    grounded as the first symbol's stem plus that part.
    """
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = None
    extra = []
    for _i, j, m in placed:
        if m.type not in _GENE_TYPES or j + 1 >= n or texts[j] not in ("/", ",") \
                or ws[j - 1] or ws[j]:
            continue  # no part glued on by a slash or comma (tested again below)
        taken = covered(placed) if taken is None else taken
        # "IL1/2/3", "GGT1,4,5": every part goes on the first stem ("Smad" of "Smad2/3/4")
        stem = _SLASHED.fullmatch(m.text) or _LIST_TAIL.match(m.text)
        item = None  # the shape of a part that is not a number or one capital
        if texts[j] == "/":
            for tail, shape in ((_GREEK_TAIL, _GREEK_ITEM),
                                (_LETTER_NUMBER_TAIL, _LETTER_NUMBER_ITEM),
                                (_ROMAN_TAIL, _ROMAN_ITEM)):
                if tail.match(m.text) and shape.fullmatch(texts[j + 1]):
                    stem, item = tail.match(m.text), shape
                    break
        while stem and m.type in _GENE_TYPES and j + 1 < n and texts[j] in ("/", ",") \
                and not ws[j - 1] and not ws[j] and j + 1 not in taken:
            part = texts[j + 1]
            if item is not None:
                if texts[j] != "/" or not item.fullmatch(part):
                    break
                # "PPAR\u03b2/\u03b4-dependent": a hyphen after a Greek letter is no locant's
                if j + 2 < n and not ws[j + 1] and texts[j + 2] not in ("/", ",", ")", ";", ".") \
                        and not (item is _GREEK_ITEM and texts[j + 2] == "-"):
                    break
            else:
                if not (part.isdigit() or (len(part) == 1 and part.isupper())):
                    break
                if j + 2 < n and not ws[j + 1] and texts[j + 2] not in ("/", ",", ")", ";", "."):
                    break  # "1,4-isoprene": locants of a chemical name
                if part.isdigit() != stem.group(2).isdigit():
                    break
            choice = grounder.ground_text(stem.group(1) + part, taxa, types=_GENE_TYPES)
            if choice is None:
                break
            m = make_mention(tv, j + 1, j + 2, choice, "normalised", 0.9, grounder)
            extra.append((j + 1, j + 2, m))
            j += 2
    return with_extra(placed, extra)


_SHORT_NUMBER = re.compile(r"\d{1,3}")


_GREEK_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
                "pi rho sigma tau phi chi psi omega").split()
#: An isoform or subunit named after its family: a Greek letter (spelt out or not) with
#: an optional number, or a Roman numeral.
_ISOFORM = re.compile(r"(?:%s)\d{0,2}[a-z]?|[IVX]{1,4}" % "|".join(_GREEK_NAMES),
                      re.IGNORECASE)
_ISOFORM_WORDS = frozenset("isoform isoforms isozyme isozymes subunit subunits type".split())
_LIST_WORDS = frozenset({",", "and", "or", "&"})
# A bare list item by number ("3" in "SOCS1 and 3"), and what may close a list after it.
_BARE_NUMBER = re.compile(r"[1-9][0-9]?")
_CLOSERS = frozenset({".", ";", ")", "]"})
# Units and counted things after a number: "1 and 2 h", "2 and 4 weeks".
_UNITS = frozenset(
    "h hr hrs hour hours min mins minute minutes s sec d day days wk wks week weeks mo month "
    "months y yr yrs year years nm um µm μm mm cm m nM uM µM μM mM ng µg μg mg g kg ml µl μl "
    "l kda da bp kb mb % fold times x °c".split())
_GREEK_SET = frozenset(_GREEK_NAMES)
# The part of a symbol an elliptic list replaces: "-T1" in "GalNAc-T1", "1" in "hMAD-1".
_TAIL_DIGITS = re.compile(r"\d+$")
_TAIL_LETTER = re.compile(r"[A-Za-z]$")


# token text -> the isoform it writes (Greek letters spelt out), or None: the rules below
# ask this of most tokens of a text
_ISOFORM_WORD: dict[str, str | None] = {}


def _isoform_item(tv: TokView, k: int) -> tuple[int, str] | None:
    """``(end token, text)`` of an isoform written at token ``k`` ("alpha", "alpha 1", "β2",
    "II"), or None."""
    texts, n = tv.texts, len(tv.texts)
    word = _ISOFORM_WORD.get(texts[k], "")
    if word == "":  # not seen before
        word = replace_greek(texts[k])
        if not _ISOFORM.fullmatch(word):
            word = None
        if len(_ISOFORM_WORD) > 100_000:
            _ISOFORM_WORD.clear()
        _ISOFORM_WORD[texts[k]] = word
    if word is None:
        return None
    if word.isalpha() and word.upper() != word and k + 1 < n and tv.ws[k] \
            and _SHORT_NUMBER.fullmatch(texts[k + 1]) and texts[k + 1] != "0":
        return k + 2, word + " " + texts[k + 1]  # "alpha 1"
    return k + 1, word


def _elliptic_item(tv: TokView, k: int, base: str) -> tuple[int, str] | None:
    """``(end token, text)`` of an elliptic list item at ``k``: "-T2" after "GalNAc-T1"
    gives "GalNAc-T2", "-4" after "hMAD-3" "hMAD-4", "-B" after "hHR23A" "hHR23B"."""
    texts, n = tv.texts, len(tv.texts)
    if texts[k][:1] != "-":
        after = texts[k + 1] if k + 1 < n else "."
        if not _BARE_NUMBER.fullmatch(texts[k]) or k == 0 or texts[k - 1] not in _LIST_WORDS \
                or after not in _LIST_WORDS and after not in _CLOSERS and (
                    texts[k - 1] == "," or not tv.ws[k] or after.lower() in _UNITS
                    or after[:1].isdigit()) \
                or after == "," and not tv.ws[k] and not tv.ws[k + 1]:
            return None
        # a bare number after a symbol ending in one, where the list goes on or ends
        # ("DUSP1, 8 and 10", "Per1, 2)") or, after "and", before a word ("TLR3 and 7
        # responses"); not a quantity ("ERK1 and 2 h"), a number of a label ("AIM2 and 2:
        # ASC"), a count ("SOCS3, 2 negative regulators") or a locant ("BDA1, 1,4-...")
        tail = _TAIL_DIGITS.search(base)
        if tail is None or tail.start() == 0 or not base[tail.start() - 1].isalpha() \
                and base[tail.start() - 1] != "-":
            return None
        return k + 1, base[: tail.start()] + texts[k]
    if len(texts[k]) > 1:
        end, part = k + 1, texts[k][1:]  # "-T2" as one token
    elif not tv.ws[k] and k + 1 < n:
        end, part = k + 2, texts[k + 1]
    else:
        return None
    if not part.isalnum() or len(part) > 6:
        return None
    if part.isdigit():
        tail = _TAIL_DIGITS.search(base)
    elif len(part) == 1:
        tail = _TAIL_LETTER.search(base)
    else:
        cut = base.rfind("-")
        tail = re.search(r"(?<=-).+$", base) if cut > 0 else None
    if tail is None or tail.start() == 0:
        return None
    return end, base[: tail.start()] + part


def isoform_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """Isoforms and subunits named after a gene or family mention.

    - "p110 gamma", "GlyR alpha 1": a Greek letter (or a Roman numeral) after the mention
      that the two make a gene of: the mention widens over it;
    - "PKC alpha, epsilon, and zeta", "PKC isoforms alpha and zeta", "synapsins I and II":
      each listed isoform becomes a gene mention of its own;
    - "GalNAc-T1 and -T2", "hMAD-3 and -4", "hHR23A and -B": each elliptic item is the
      first symbol with its last part replaced; so is a bare number closing the list
      ("SOCS1 and 3", "IRF-3 and 7.").

    Only spans no other mention covers, and only when the derived name grounds to a gene.
    A mention of a hyphen-led token ("-T2" read as the symbol T2) is no such cover: the
    elliptic item replaces it.
    """
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    elliptic = {i for i, j, m in placed if m.text[:1] == "-" and j - i == 1}
    taken = covered([p for p in placed if p[0] not in elliptic])
    out = []
    changed = False
    replaced: set[int] = set()
    for i, j, m in placed:
        if m.type not in _GENE_TYPES or j >= n or not ws[j - 1] and texts[j] != ",":
            out.append((i, j, m))
            continue
        extra = []
        base = m.text
        k = j
        last = _isoform_item(tv, j - 1) if j - i > 1 and ws[j - 2] else None
        if last is not None and last[0] == j:
            # the mention ends in an isoform ("PKC alpha"): the list goes on from it
            base = tv.span_text(i, j - 1)
            first = False
        elif texts[k].lower() in _ISOFORM_WORDS and ws[k - 1]:
            k += 1
            base = base[:-1] if base.endswith("s") and len(base) > 3 else base
            first = True
        else:
            if base.endswith("s") and len(base) > 4 and base[-2].islower():
                base = base[:-1]  # "synapsins I and II"
            first = texts[k] not in _LIST_WORDS
        while (start := _next_item(texts, k, taken, first)) is not None:
            k = start
            item = _isoform_item(tv, k)
            if item is not None:
                name = base + " " + item[1]
            else:
                item = _elliptic_item(tv, k, m.text) if not first else None
                name = item[1] if item is not None else None
            if item is None:
                break
            choice = grounder.ground_text(name, taxa, types=_GENE_ONLY)
            if choice is None:
                break
            extra.append((k, item[0], choice))
            k = item[0]
            first = False
        if extra and extra[0][0] == j:
            # the first isoform follows the mention: one mention over both ("p110 gamma")
            _k0, k1, choice = extra.pop(0)
            out.append((i, k1, make_mention(tv, i, k1, choice, "normalised", 0.9, grounder)))
            changed = True
        else:
            out.append((i, j, m))
        for a, b, choice in extra:
            replaced.update(range(a, b))
            item = make_mention(tv, a, b, choice, "normalised", 0.9, grounder)
            if item.text.startswith("-"):  # "-T2": the hyphen only marks the ellipsis
                item = dataclasses.replace(item, text=item.text[1:], start=item.start + 1)
            out.append((a, b, item))
        changed = changed or bool(extra)
    if not changed:
        return placed
    out = [p for p in out if not (p[0] in elliptic and p[0] in replaced and p[2].text[:1] == "-")]
    return sorted(out, key=lambda p: (p[0], p[1]))


def _next_item(texts: list[str], k: int, taken, first: bool) -> int | None:
    """Where the next item of a list starts: at token ``k`` for the ``first`` item, else
    after the list words there (", and"); None when the list ends there (at the text's end,
    at a token in ``taken`` or where no list words follow an item)."""
    n = len(texts)
    if k >= n or k in taken:
        return None
    if first:
        return k
    if texts[k] not in _LIST_WORDS:
        return None
    while k < n and texts[k] in _LIST_WORDS:
        k += 1
    return None if k >= n or k in taken else k


def plural_isoform_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with the isoforms listed after a plural name: "synapsins I and II",
    "synapsins I, II, and III" are SYN1, SYN2 (and SYN3) when "synapsin I" grounds to a
    gene; "Smads 2 and 3", "caspases 3, 7, and 9", "keratins 8 and 18" list members by
    number when the name and number make a gene's symbol or name ("Smad 2", "keratin 8";
    not "proteins 5 and 6"). The first mention spans the name and its numeral; a family
    or chemical reading of the plural name alone ("Smads", "keratins") yields to it."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    # the plural name: a word of five letters or more ending in "s", in small letters but
    # for a capital first one, before a space (found in one pass; most captions have few)
    plurals = [w for w, word in enumerate(texts[: n - 1])
               if word[-1:] == "s" and len(word) > 4 and ws[w] and word.isalpha()
               and word[1:-1].islower() and not (word[0].isupper() and not word[1:].islower())]
    if not plurals:
        return placed
    taken = covered(placed)
    alone = {i: k for k, (i, j, m) in enumerate(placed)
             if j == i + 1 and m.type in ("family", "chemical")}
    extra = []
    drop: set[int] = set()
    for w in plurals:
        word = texts[w]
        if w in taken and w not in alone:
            continue
        k, first, found = w + 1, True, []
        while (start := _next_item(texts, k, taken, first)) is not None:
            k = start
            item = _isoform_item(tv, k)
            number = item is None and texts[k].isdigit() and len(texts[k]) <= 2 \
                and texts[k] != "0"
            if number:
                item = (k + 1, texts[k])
            if item is None:
                break
            choice = grounder.ground_text(word[:-1] + " " + item[1], taxa, types=_GENE_ONLY)
            if choice is None or number and (choice.kind not in _NUMBERED_KINDS
                                             or word[:-1].lower() in _GENERIC_STEMS):
                break
            found.append((w if first else k, item[0], choice))
            k, first = item[0], False
        if len(found) > 1:  # a list: one numeral after a plural may be a count ("cells II")
            for a, b, choice in found:
                extra.append((a, b, make_mention(tv, a, b, choice, "normalised", 0.9,
                                                 grounder)))
            taken.update(range(w, k))
            if w in alone:
                drop.add(alone[w])
    if not extra:
        return placed
    if drop:
        placed = [p for q, p in enumerate(placed) if q not in drop]
    return with_extra(placed, extra)


# What names a gene with a number after a plural: its symbol or name ("Smad 2", "caspase
# 3", "keratin 8"), not a designation ("protein 3").
_NUMBERED_KINDS = frozenset({"symbol", "name", "grounding_map", "alias", "prev"})
_GENERIC_STEMS = frozenset({"protein", "kinase", "molecule", "complex", "isoform", "enzyme",
                            "factor", "receptor", "subunit", "domain", "gene", "cell", "type",
                            "group", "stage", "cluster", "node", "reaction", "carbon",
                            "isomer", "reference", "number", "transferase"})


def slash_partners(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """A capitalised English word joined by a slash to a gene or family mention is a
    symbol: "Stat" in "Jak/Stat", "Raf" in "Ras/Raf" (words alone are not: "Stat" opening
    a sentence). One token on either side of the slash, not already in a mention."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    extra = []
    for i, j, m in placed:
        if m.type not in _GENE_TYPES:
            continue
        for slash, k in ((j, j + 1), (i - 1, i - 2)):
            if not (0 <= k < n and 0 <= slash < n) or texts[slash] != "/" or k in taken:
                continue
            if ws[min(slash, k)] or ws[max(slash, k) - 1] or not texts[k].isalpha():
                continue
            if (k + 1 < n and not ws[k] and texts[k + 1].isalnum()) or (
                    k > 0 and not ws[k - 1] and texts[k - 1].isalnum()):
                continue  # part of a longer word
            choice = grounder.ground_text(texts[k], taxa, types=_GENE_TYPES, paired=True)
            if choice is not None:
                taken.add(k)
                extra.append((k, k + 1, make_mention(tv, k, k + 1, choice, "normalised", 0.9,
                                                     grounder)))
    return with_extra(placed, extra)
