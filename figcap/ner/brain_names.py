"""Brain regions no lexicon knows, named by their shape in texts about the nervous system.

- :func:`position_nuclei`: "ventromedial nucleus";
- :func:`area_codes`: "areas 17, 18 and 19";
- :func:`defined_regions`: "medial interlaminar nucleus (MIN)" and each later "MIN";
- :func:`position_long_forms`: "ventral posteromedial (VPM)", a long form of position words;
- :func:`retinal_chemical`: "retinal" that is retinaldehyde, not the adjective of retina.

Elsewhere: names in the classical nomenclature ("nucleus laminaris", "stratum griseum
centrale") in :mod:`figcap.ner.brain_latin`; short forms of region names ("dorsal
premammillary nucleus (PMd)") in :mod:`figcap.ner.brain_short_forms`; what is no region
("adrenal cortex") in :mod:`figcap.ner.brain_filters`. Each takes figcap's token view
(:class:`figcap.ner.tokview.TokView`) and plain tuples; :func:`defined_regions` adds
proposals, the others work on placed mentions.
"""

from __future__ import annotations

import dataclasses
import re

from ..grounding import Grounder
from ..normalize import strip_plural
from .brain_latin import (_GENERIC_AREA, _LATIN, _NOT_LATIN, _NUCLEUS_CONCEPT, _NUCLEUS_HEADS,
                          _STRATUM_WORD, _nucleus_nouns, _region_reading)
from .brain_short_forms import (_DEFINED_HEADS, _DEFINED_WEAK_HEADS, _LONG_WORD, _SPECIES_WORDS,
                                bracketed_short_forms, coordinated_short_forms,
                                region_short_forms)
from .brain_words import _AND, _AREA_CODE, _AREA_WORDS, _DIRECTION, _modifier, _place_word
from .mentions import PROTEIN_HEADS, covered, make_mention, with_extra
from .rules import occurrences
from .tokview import TokView

__all__ = ["position_nuclei", "area_codes", "defined_regions", "names_region",
           "position_long_forms", "retinal_chemical"]


#: An adjective that names one nucleus of the brain before "nucleus" ("perireticular",
#: "saccular", "retrofacial", "isthmic", "ambiguous", "perigeniculate").
_NUCLEUS_ADJECTIVE = re.compile(r"^[a-z]{4,}(?:al|ar|ic|ine|ate|ous)$")
#: An adjective that, after position words, names a nucleus with them ("lateral trapezoid
#: nucleus", "medial accessory subnucleus").
_PLACED_ADJECTIVE = re.compile(r"^[a-z]{4,}(?:al|ar|ic|ine|ate|ous|oid|ory)$")
#: Words that make "<adjective> nucleus" a cell's nucleus: an article or owner before it
#: ("a vesicular nucleus", "its eccentric nucleus") or a word of shape or state.
_CELL_NUCLEUS_OPENERS = frozenset({
    "a", "an", "its", "their", "his", "her", "each", "every", "one", "single", "no",
    "another"})
_CELL_NUCLEUS_WORDS = frozenset({
    "oval", "spherical", "elliptical", "eccentric", "irregular", "vesicular", "circular",
    "cellular", "neuronal", "glial", "nuclear", "apoptotic", "pyknotic", "condensed",
    "fragmented", "euchromatic", "heterochromatic", "polyploid", "diploid", "haploid",
    "single", "several", "different", "individual", "typical", "normal", "abnormal",
    "specific"})


def _named_nucleus(tv: TokView, k: int, taken) -> bool:
    """Whether the word before the singular nucleus noun at ``k`` is an adjective that names
    a nucleus of the brain ("the perireticular nucleus"), not a cell's ("a vesicular
    nucleus")."""
    texts, ws = tv.texts, tv.ws
    if texts[k].lower() not in _NUCLEUS_HEADS or k < 1 or (k - 1) in taken \
            or not ws[k - 1]:
        return False
    word = texts[k - 1]
    if not _NUCLEUS_ADJECTIVE.match(word) or word in _CELL_NUCLEUS_WORDS:
        return False
    if _part_of_named(tv, k, taken):
        return False  # a part of the region named after it: "specific subnuclei of the NTS"
    # after a region's adjective the name is that region's ("thalamic intralaminar
    # nuclei"), joined later (brain_rules)
    return k < 2 or (texts[k - 2].lower() not in _CELL_NUCLEUS_OPENERS
                     and (k - 2) not in taken)


def position_nuclei(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Brain nuclei named by position words and a nucleus noun alone, where the text is
    about the nervous system: "the ventromedial nucleus", "dorsal posterior nucleus"; or by
    an adjective and "nucleus" alone: "the perireticular nucleus" (:func:`_named_nucleus`).

    Grounded to the generic "nucleus of brain" concept; the words must belong to no other
    mention."""
    texts, ws = tv.texts, tv.ws
    taken: set[int] = set()
    extra = []
    for k in _nucleus_nouns(tv, placed, neuro, _NUCLEUS_HEADS | {"n."}, taken):
        a = k
        while a > 0 and ws[a - 1] and (a - 1) not in taken and _modifier(texts[a - 1]):
            a -= 1
        if a == k and _named_nucleus(tv, k, taken):
            a = k - 1  # "the perireticular nucleus", "the saccular nucleus"
        elif a == k and k > 1 and ws[k - 1] and ws[k - 2] and (k - 1) not in taken \
                and (k - 2) not in taken and _PLACED_ADJECTIVE.match(texts[k - 1]) \
                and texts[k - 1] not in _CELL_NUCLEUS_WORDS and _modifier(texts[k - 2]):
            # an adjective after position words: "lateral trapezoid nucleus", "dorsal
            # accessory subnucleus"
            a = k - 2
            while a > 0 and ws[a - 1] and (a - 1) not in taken and _modifier(texts[a - 1]):
                a -= 1
        if a == k or (a > 0 and not ws[a - 1]):
            continue  # nothing before the noun, or "non-visual nuclei"
        if k + 1 < len(texts) and ws[k] and _LATIN.match(texts[k + 1]) \
                and texts[k + 1] not in _NOT_LATIN:
            continue  # a name in Latin follows: "ipsilateral nucleus tegmenti pedunculopontinus"
        choice = _region_reading(grounder, "position_nucleus", _NUCLEUS_CONCEPT)
        if choice is None:
            return placed
        extra.append((a, k + 1, make_mention(tv, a, k + 1, choice, "normalised", 0.8,
                                             grounder)))
        taken.update(range(a, k + 1))
    return with_extra(placed, extra + _position_parts(tv, taken | covered(placed), grounder,
                                                      neuro))


#: Nouns that a compound direction word names a part of the brain with, as position words
#: name a nucleus: "the rostrolateral subdivision", "the dorsolateral column", "the
#: caudolateral area", "the dorsoposterior division".
_PART_HEADS = frozenset({"area", "areas", "column", "columns", "lobe", "lobes", "subdivision",
                         "subdivisions", "division", "divisions", "segment", "segments",
                         "quadrant", "quadrants"})


def _part_of_named(tv: TokView, k: int, taken) -> bool:
    """Whether the noun at ``k`` belongs to a name after it: an area code ("dorsomedial
    areas 9 and 24b", :func:`area_codes`) or "of (the)" and a region mention ("caudomedial
    subdivision of the medial nucleus")."""
    texts, n = tv.texts, len(tv.texts)
    if k + 1 >= n:
        return False
    if texts[k].lower() in _AREA_WORDS and _AREA_CODE.match(texts[k + 1]):
        return True
    b = k + 2 if k + 2 < n and texts[k + 2].lower() != "the" else k + 3
    return texts[k + 1].lower() == "of" and b in taken


def _position_parts(tv: TokView, taken: set[int], grounder: Grounder, neuro: bool) -> list:
    """Mentions of parts of the brain named by position words, one of them a compound
    direction word ("rostrolateral", "dorsolateral", "caudolateral"), and a noun of
    :data:`_PART_HEADS` alone, in a text about the nervous system; "lateral column", "caudal
    areas" say too little. Grounded to the generic "regional part of brain"; ``taken``: the
    tokens of other mentions."""
    texts, ws = tv.texts, tv.ws
    if not neuro:
        return []
    out: list = []
    for k, t in enumerate(texts):
        if t.lower() not in _PART_HEADS or k in taken or _part_of_named(tv, k, taken):
            continue
        a = k
        while a > 0 and ws[a - 1] and (a - 1) not in taken and _modifier(texts[a - 1]):
            a -= 1
        if a == k or (a > 0 and not ws[a - 1]) or not any(
                _DIRECTION.match(w.lower()) for w in texts[a:k]):
            continue
        choice = _region_reading(grounder, "position_part", _GENERIC_AREA)
        if choice is None:
            return out
        out.append((a, k + 1, make_mention(tv, a, k + 1, choice, "normalised", 0.8, grounder)))
        taken.update(range(a, k + 1))
    return out


def area_codes(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Cortical areas named by a code, in texts about the nervous system: "areas 3b",
    "area TE", and each further code of a list, "areas 17, 18, and 19" (three mentions,
    the first with its noun).

    Grounded to ``area <code>`` where the lexicon has it (Brodmann areas), else to the
    generic "regional part of brain"; words of other mentions stay theirs, but for a gene
    symbol that is a code ("area CA4", "areas AI, AII, and EPD")."""
    if not neuro or "area" not in tv.text.lower():
        return placed
    texts, n = tv.texts, len(tv.texts)
    taken = covered(placed)
    # a code that is also a gene symbol is the area's after an area word or in its list
    # ("area CA4", "areas AI, AII, and EPD")
    symbols = {i for i, j, m in placed
               if j - i == 1 and m.type in ("gene", "family") and _AREA_CODE.match(texts[i])}
    taken -= symbols
    extra = []

    def add(a: int, b: int, code: str) -> None:
        # a joined code ("9/46", "17-18") is no Brodmann area of the lexicon
        names = [_GENERIC_AREA] if "/" in code or "-" in code else [f"area {code}", _GENERIC_AREA]
        choice = _region_reading(grounder, "area_code", *names)
        if choice is not None:
            extra.append((a, b, make_mention(tv, a, b, choice, "normalised", 0.8, grounder)))
            taken.update(range(a, b))

    def add_list(p: int) -> None:
        while p < n:  # ", 18", "and 19", ", and 19"
            q = p
            if q < n and texts[q] == ",":
                q += 1
            if q < n and texts[q].lower() in _AND:
                q += 1
            if q == p or q >= n or q in taken or not _AREA_CODE.match(texts[q]):
                break
            e = _code_end(tv, q, taken)
            add(q, e, tv.span_text(q, e))
            p = e

    # "area" and a Latin adjective: "area striata", "area centralis", "area occipitalis";
    # a lexicon's reading of the adjective alone ("striata" as striata) gives way
    latin = {k for k in range(n - 1) if texts[k].lower() in _AREA_WORDS and k not in taken
             and _LATIN_AREA.match(texts[k + 1])
             and not (k + 2 < n and texts[k + 2].lower() == "to")}
    alone = {i for i, j, m in placed
             if j == i + 1 and m.type == "brain_region" and i - 1 in latin}
    placed = [p for p in placed if p[0] not in alone]
    taken -= alone
    for k in sorted(latin):
        if k + 1 not in taken:
            add(k, k + 2, texts[k + 1].lower())
    kept = []
    named = []  # lexicon names of areas before their code: "motor area 4"
    for i, j, m in placed:
        if m.type == "brain_region" and texts[j - 1].lower() in _AREA_WORDS and j < n \
                and j - i >= 2 and j not in taken and _AREA_CODE.match(texts[j]):
            named.append((i, j, m))
        elif m.type == "brain_region" and j - i == 2 and texts[i].lower() in _AREA_WORDS \
                and _AREA_CODE.match(texts[i + 1]) and _code_end(tv, i + 1, taken) > j:
            taken.difference_update(range(i, j))  # a lexicon's "area 9" of "area 9/46"
        else:
            kept.append((i, j, m))
    placed = kept
    for i, j, m in named:
        e = _code_end(tv, j, taken)
        end = tv.ends[e - 1]
        extra.append((i, e, dataclasses.replace(m, text=tv.text[m.start:end], end=end)))
        taken.update(range(i, e))
        add_list(e)
    for k in range(n - 1):
        if texts[k].lower() not in _AREA_WORDS or not _AREA_CODE.match(texts[k + 1]):
            continue
        if k in taken or k + 1 in taken:
            continue
        e = _code_end(tv, k + 1, taken)
        add(k, e, tv.span_text(k + 1, e))
        add_list(e)
    # a code with letters that names an area here names it at each other use ("injected
    # in area MT ... MT axons", "areas ... PLLS, DLS, and PS ... (PLLS, DLS, PS)")
    codes: dict[str, tuple] = {}
    for a, b, m in extra:
        code = texts[b - 1]
        if b - a == 1 or texts[a].lower() in _AREA_WORDS:
            if not code.isdigit() and _AREA_CODE.match(code) and not code.islower():
                codes.setdefault(code, (b - 1, m))
    for code, (first, m) in codes.items():
        for a, b in occurrences(tv, code):
            if b == a + 1 and a != first and a not in taken:
                extra.append((a, b, dataclasses.replace(
                    m, text=texts[a], start=tv.starts[a], end=tv.ends[a])))
                taken.add(a)
    used = covered(extra)
    return with_extra([p for p in placed if p[0] not in symbols or p[0] not in used],
                      sorted(extra, key=lambda p: (p[0], p[1])))


_LATIN_AREA = re.compile(r"^[a-z]{3,}(?:alis|aris|ata|atum|atus)$")
_NUMBER = re.compile(r"^\d{1,2}$")
_SUFFIX = re.compile(r"^[a-z]{1,3}$")


def _code_end(tv: TokView, q: int, taken) -> int:
    """End of the area code that starts at token ``q``: the tokenizer splits a number from
    letters that look like a unit ("13m", "10mm"), and a code joined to another by a
    slash names one area ("area 9/46", "area 1/2", "areas 17/18"), as do two numbers
    joined by a hyphen ("areas 17-18")."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)

    def glued(k: int) -> bool:
        return k < n and not ws[k - 1] and k not in taken

    e = q + 1
    if _NUMBER.match(texts[q]) and glued(e) and _SUFFIX.match(texts[e]):
        e += 1
    while glued(e) and glued(e + 1) and _AREA_CODE.match(texts[e + 1]) and (
            texts[e] == "/" or (texts[e] == "-" and _NUMBER.match(texts[e - 1])
                                and _NUMBER.match(texts[e + 1]))):
        e += 2
        if _NUMBER.match(texts[e - 1]) and glued(e) and _SUFFIX.match(texts[e]):
            e += 1
    return e


def position_long_forms(tv: TokView, placed, defs):
    """A long form of position words whose short form is a brain region's atlas
    abbreviation is that region: "ventral posteromedial (VPM)", "ventral posterolateral
    (VPL)". The words must be position, modifier or place words (:func:`_place_word`) and
    begin the label of the short form's region ("ventral posteromedial nucleus of
    thalamus"); the long form takes the short form's concept, here and where the text
    repeats the definition. Not "anterior posterior (AP)": area postrema is no "anterior
    posterior ..."."""
    if not defs:
        return placed
    texts, n = tv.texts, len(tv.texts)
    taken = covered(placed)
    at = {i: m for i, j, m in placed if j == i + 1 and m.type == "brain_region"}
    extra = []
    for short, (li, lj) in defs:
        if lj + 2 >= n or texts[lj] != "(" or texts[lj + 1] != short or texts[lj + 2] != ")":
            continue
        m = at.get(lj + 1)
        words = [w.lower() for w in texts[li:lj]]
        if m is None or any(k in taken for k in range(li, lj)) or not all(
                _place_word(w) for w in words):
            continue
        if not (m.label.lower() + " ").startswith(" ".join(words) + " "):
            continue
        start, end = tv.starts[li], tv.ends[lj - 1]
        extra.append((li, lj, dataclasses.replace(m, text=tv.text[start:end], start=start,
                                                  end=end)))
        taken.update(range(li, lj))
        # each repeat of the definition: "ventral posterolateral(VPL) dendrites"
        size = lj - li
        for k in tv.positions("("):
            a = k - size
            if a < 0 or k == lj or k + 2 >= n or texts[k + 1] != short or \
                    texts[k + 2] != ")" or k + 1 not in at or any(
                        c in taken for c in range(a, k)) or [
                        w.lower() for w in texts[a:k]] != words:
                continue
            start, end = tv.starts[a], tv.ends[k - 1]
            extra.append((a, k, dataclasses.replace(at[k + 1], text=tv.text[start:end],
                                                    start=start, end=end)))
            taken.update(range(a, k))
    return with_extra(placed, extra)


#: Words of grammar that open no region name: a long form that starts with them took in
#: the words of the sentence before the name.
_GRAMMAR_OPENERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "although", "though", "while",
    "whereas", "when", "because", "since", "if", "and", "or", "but", "in", "on", "at",
    "of", "to", "by", "for", "from", "with", "into", "within", "as", "is", "are", "was",
    "were"})


def names_region(tv: TokView, li: int, lj: int, neuro: bool) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` names a brain region by its last
    word (:data:`_DEFINED_HEADS`: "amygdaloid central nucleus", "caudal central
    subdivision") in a text about the nervous system: its short form is that region's, not
    the gene whose symbol it happens to be ("ACe", "CCS"); or by "stratum" or "pars" and
    Latin words ("stratum griseum centrale (SGC)" is no guanylate cyclase)."""
    texts = tv.texts
    return neuro and lj - li >= 2 and (texts[lj - 1].lower() in _DEFINED_HEADS or (
        texts[li].lower() in ("stratum", "pars")
        and all(_STRATUM_WORD.match(w) or w == "et" for w in texts[li + 1:lj])))


def defined_regions(tv: TokView, defs, proposals, grounder: Grounder, neuro: bool) -> list:
    """Proposals for long forms that name a brain region by their last word and for the
    short forms they define, in texts about the nervous system: "medial interlaminar
    nucleus (MIN)", each later "MIN" and each repeat of the long form, where no lexicon
    knows the name.

    Only long forms of at most six plain words with no proposal of another type on two or
    more of their tokens. Grounded to "nucleus of brain" for nucleus heads, else to the
    generic "regional part of brain". Then :func:`region_short_forms`."""
    if not neuro:
        return []
    texts = tv.texts
    spans = [(p[1], p[2], p[3].type) for p in proposals]
    out = []
    for short, (li, lj) in defs:
        # a long form the detector opened with words of grammar ("Although the medial
        # agranular cortex (AGm)") or with the animal ("the rat medial agranular cortex
        # (AGm)") names the region from its first word of anatomy on
        while li < lj and (texts[li].lower() in _GRAMMAR_OPENERS
                           or texts[li].lower() in _SPECIES_WORDS):
            li += 1
        words = texts[li:lj]
        if not words:
            continue
        head = words[-1].lower()
        if len(words) < 2 or len(words) > 6 or not all(_LONG_WORD.match(w) for w in words):
            continue
        if head not in _DEFINED_HEADS and not (
                head in _DEFINED_WEAK_HEADS and any(_modifier(w) for w in words[:-1])):
            continue
        if any(a == li and b == lj or (t != "brain_region" and b - a > 1 and li <= a and b <= lj)
               for a, b, t in spans):
            continue
        concept = _NUCLEUS_CONCEPT if head in _NUCLEUS_HEADS else _GENERIC_AREA
        choice = _region_reading(grounder, "defined_region", concept)
        if choice is None:
            continue
        low = [w.lower() for w in words]
        size = lj - li
        out.extend((0, a, a + size, choice, "abbreviation", 0.8)
                   for a in range(len(texts) - size + 1)
                   if texts[a].lower() == low[0] and [w.lower() for w in texts[a:a + size]] == low)
        out.extend((0, a, b, choice, "abbreviation", 0.76) for a, b in occurrences(tv, short))
    part = _region_reading(grounder, "defined_region", _GENERIC_AREA)
    return out + region_short_forms(tv, defs, proposals, part) + coordinated_short_forms(
        tv, defs, proposals, grounder, neuro) + bracketed_short_forms(tv, defs, proposals)


#: Words of a text about retinoids, where "retinal" may be retinaldehyde.
_RETINOID_WORDS = ("retinol", "retinoic", "retinaldehyde", "retinyl", "carotene", "raldh")
#: Words after "retinal" that show it stands as a noun: "oxidation of retinal by RALDH",
#: "retinal is reduced", "conversion of retinal to RA".
_AFTER_NOUN = frozenset(
    """is was are were be by to into from which that in via through then as with for on
    at can may""".split()
)
_ISOMER = re.compile(r"^(?:all|\d{1,2})-(?:trans|cis)-$", re.IGNORECASE)


def retinal_chemical(tv: TokView, placed, grounder: Grounder):
    """"retinal" as the chemical retinaldehyde instead of the adjective of retina: written
    as an isomer ("all-trans-retinal", "11-cis-retinal", with the isomer in the mention)
    or in the plural ("retinals"), or standing as a noun in a text about retinoids
    ("oxidation of retinal by RALDH", "retinal dehydrogenase"), and a short form it
    defines ("retinal (RAL)")."""
    low = tv.text.lower()
    if "retinal" not in low:
        return placed
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    retinoid = any(w in low for w in _RETINOID_WORDS)
    shorts: dict = {}
    out = []
    for i, j, m in placed:
        word = texts[i].lower() if j - i == 1 else ""
        if m.type != "brain_region" or word not in ("retinal", "retinals"):
            out.append((i, j, m))
            continue
        a = i
        while a > 0 and not ws[a - 1] and texts[a - 1] not in "([/" and i - a < 4:
            a -= 1
        isomer = a < i and bool(_ISOMER.match(tv.text[tv.starts[a] : tv.starts[i]]))
        after = texts[j].lower() if j < n else ""
        noun = retinoid and (not after or not after[0].isalnum() or after in _AFTER_NOUN
                             or (strip_plural(after) or after) in PROTEIN_HEADS)
        choice = None
        if isomer or word == "retinals" or noun:
            choice = grounder.ground_text("retinal", types=frozenset({"chemical"}))
        if choice is None:
            out.append((i, j, m))
            continue
        a = a if isomer else i
        out.append((a, j, make_mention(tv, a, j, choice, "normalised", 0.9, grounder)))
        if j + 2 < n and texts[j] == "(" and texts[j + 2] == ")":
            shorts[texts[j + 1]] = choice  # "retinal (RAL)"
        shorts[m.identifiers] = choice  # a short form defined elsewhere ("RAL, retinal")
    if shorts:
        if any(m.type == "brain_region" and m.identifiers in shorts and m.method != "abbreviation"
               for _i, _j, m in out):
            shorts = {k: v for k, v in shorts.items() if isinstance(k, str)}  # the retina too
        out = [(i, j, make_mention(tv, i, j, shorts.get(m.text) or shorts[m.identifiers],
                                   "abbreviation", 0.85, grounder))
               if m.type == "brain_region" and (m.text in shorts or (
                   m.method == "abbreviation" and m.identifiers in shorts))
               else (i, j, m)
               for i, j, m in out]
    return out
