"""Brain regions no lexicon knows, named by their shape in texts about the nervous system.

- :func:`position_nuclei`: "ventromedial nucleus";
- :func:`area_codes`: "areas 17, 18 and 19";
- :func:`defined_regions`: "medial interlaminar nucleus (MIN)" and each later "MIN";
- :func:`retinal_chemical`: "retinal" that is retinaldehyde, not the adjective of retina;
- :func:`unsupported_region_readings`: "dendritic cells (DCs)" is no atlas abbreviation DCs;
- :func:`not_regions` (in :mod:`figcap.ner.brain_filters`): the cortex of "adrenal cortex";
- :func:`region_short_forms`: "dorsal premammillary nucleus (PMd)" and each later "PMd".

Names in the classical nomenclature ("nucleus laminaris", "stratum griseum centrale") are
read by :mod:`figcap.ner.brain_latin`. Each takes figcap's token view
(:class:`figcap.ner.tokview.TokView`) and plain tuples.
:func:`defined_regions` and :func:`region_short_forms` add proposals,
:func:`unsupported_region_readings` picks proposals to drop, the others work on placed
mentions.
"""

from __future__ import annotations

import dataclasses
import re

from ..definitions import defined_long_forms, is_short_form
from ..grounding import Grounder, brain_abbreviation
from ..normalize import strip_plural
from .brain_latin import (_GENERIC_AREA, _LATIN, _NOT_LATIN, _NUCLEUS_CONCEPT, _NUCLEUS_HEADS,
                          _STRATUM_WORD, _nucleus_nouns)
from .brain_filters import not_regions
from .brain_words import (_AND, _AREA_CODE, _AREA_WORDS, _DIRECTION, PART_NOUNS, _modifier,
                          _place_word)
from .mentions import PROTEIN_HEADS, covered, make_mention, with_extra
from .rules import occurrences
from .tokview import TokView

__all__ = ["position_nuclei", "area_codes", "defined_regions", "names_region", "position_long_forms", "retinal_chemical",
           "unsupported_region_readings", "not_regions", "region_short_forms"]


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
        choice = grounder.ground_text(_NUCLEUS_CONCEPT, types=frozenset({"brain_region"}))
        if choice is None:
            return placed
        choice = dataclasses.replace(choice, kind="position_nucleus", quality=2)
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
        choice = grounder.ground_text(_GENERIC_AREA, types=frozenset({"brain_region"}))
        if choice is None:
            return out
        choice = dataclasses.replace(choice, kind="position_part", quality=2)
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
    region = frozenset({"brain_region"})
    extra = []

    def add(a: int, b: int, code: str) -> None:
        # a joined code ("9/46", "17-18") is no Brodmann area of the lexicon
        choice = None if "/" in code or "-" in code else grounder.ground_text(
            f"area {code}", types=region)
        choice = choice or grounder.ground_text(_GENERIC_AREA, types=region)
        if choice is not None:
            choice = dataclasses.replace(choice, kind="area_code", quality=2)
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


#: Last words that make a defined long form a brain region in a text about the nervous
#: system: "ectomamillary nucleus (EMN)", "temporal dorsal area (TD)".
_DEFINED_HEADS = frozenset(
    """nucleus nuclei subnucleus subnuclei area areas cortex cortices gyrus lobe lobes
    lobule lobules subfield subfields subdivision subdivisions""".split()
)
#: Last words that do so only after a position or modifier word: "ventral respiratory
#: group (VRG)", "caudal central subdivision"; not "control group (CG)", "active zone (AZ)".
_DEFINED_WEAK_HEADS = frozenset(
    """field fields group region zone column columns centre center division divisions
    horn complex""".split()
)
#: Words of grammar that open no region name: a long form that starts with them took in
#: the words of the sentence before the name.
_GRAMMAR_OPENERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "although", "though", "while",
    "whereas", "when", "because", "since", "if", "and", "or", "but", "in", "on", "at",
    "of", "to", "by", "for", "from", "with", "into", "within", "as", "is", "are", "was",
    "were"})
_LONG_WORD = re.compile(r"^[A-Za-z][a-z]*(?:-[a-z]+)*$")


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
    region = frozenset({"brain_region"})
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
        choice = grounder.ground_text(concept, types=region)
        if choice is None:
            continue
        choice = dataclasses.replace(choice, kind="defined_region", quality=2)
        low = [w.lower() for w in words]
        size = lj - li
        out.extend((0, a, a + size, choice, "abbreviation", 0.8)
                   for a in range(len(texts) - size + 1)
                   if texts[a].lower() == low[0] and [w.lower() for w in texts[a:a + size]] == low)
        out.extend((0, a, b, choice, "abbreviation", 0.76) for a, b in occurrences(tv, short))
    part = grounder.ground_text(_GENERIC_AREA, types=region)
    if part is not None:
        part = dataclasses.replace(part, kind="defined_region", quality=2)
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


#: Words that make a long form anatomical, so that its short form may stay an atlas
#: abbreviation even where no lexicon knows the long form: "ventral posteromedial (VPM)",
#: "outer plexiform layer (OPL)", "pars magnocellularis (PSm)".
_ANATOMY_WORDS = PART_NOUNS | _DEFINED_HEADS | _DEFINED_WEAK_HEADS | frozenset(
    "layer layers lamina laminae tract pars stratum".split())
_LATIN_ADJECTIVE = re.compile(r"^[a-z]{3,}(?:alis|aris|ensis|ior|ius)$")


def _anatomical(long: str) -> bool:
    words = re.split(r"[\s\-/]+", long.lower())
    return any(w in _ANATOMY_WORDS or _modifier(w) or _LATIN_ADJECTIVE.match(w) for w in words)


def unsupported_region_readings(tv: TokView, defs, proposals) -> set[int]:
    """Indexes of ``proposals`` to drop: atlas-abbreviation readings of brain regions that
    the text rules out.

    - the text defines the abbreviation, in brackets or in a glossary ("ERS, ER stress;"),
      by a long form with no brain region and no anatomical word in it: "dendritic cells
      (DCs)", "pre-placodal ectoderm (PPE)";
    - the abbreviation is glued to a number by a hyphen, as gene names of C. elegans are:
      "EGL-30", "LIN-17";
    - the span has a space that the abbreviation has not: "in T" is no "int".
    """
    if not any(p[3].type == "brain_region" for p in proposals):
        return set()  # (most texts)
    texts, ws, n, text = tv.texts, tv.ws, len(tv.texts), tv.text
    regions = [(tv.starts[p[1]], tv.ends[p[2] - 1]) for p in proposals
               if p[3].type == "brain_region"
               and not brain_abbreviation(p[3].kind, p[3].matched, tv.span_text(p[1], p[2]))]
    longs: dict[str, list[tuple[int, int]]] = {}
    for short, (li, lj) in defs:
        longs.setdefault(short, []).append((tv.starts[li], tv.ends[lj - 1]))
    verdict: dict[str, bool] = {}
    drop: set[int] = set()
    for k, (_prio, i, j, choice, _method, _score) in enumerate(proposals):
        if choice.type != "brain_region":
            continue
        span = tv.span_text(i, j)
        if not brain_abbreviation(choice.kind, choice.matched, span):
            continue
        if " " in span and " " not in choice.matched:
            drop.add(k)
            continue
        if j + 1 < n and texts[j] == "-" and not ws[j - 1] and not ws[j] and (
                texts[j + 1][:1].isdigit()):
            drop.add(k)
            continue
        if span not in verdict:
            found = longs.get(span) or (longs.get(span[:-1]) if span.endswith("s") else None)
            verdict[span] = _defined_elsewhere(span, text, found or [], regions)
        if verdict[span]:
            drop.add(k)
    return drop


def _defined_elsewhere(short: str, text: str, found, regions) -> bool:
    """Does ``text`` define ``short`` (long forms at ``found``, and glossary entries) only by
    long forms that hold no brain region and no anatomical word?"""
    spans = list(found)
    for long in defined_long_forms(short, text):  # brackets the detector left alone
        for m in re.finditer(re.escape(long) + r"\s*\(\s*" + re.escape(short) + r"\s*\)", text):
            spans.append((m.start(), m.start() + len(long)))
    glossary = (r"(?:^|[;:.]\s*)" + re.escape(short)
                + r"\s*[,:=]\s*([A-Za-z0-9][^;()]{2,80}?)\s*(?=[;.]|$)")
    spans.extend(m.span(1) for m in re.finditer(glossary, text))
    if not spans:
        return False
    for a, b in spans:
        if _anatomical(text[a:b]) or any(a <= x and y <= b for x, y in regions):
            return False
    return True


#: Atlas codes of cell groups, written in brackets after the name of the region that holds
#: them: catecholamine groups A1-A17, serotonin groups B1-B9, adrenaline groups C1-C3,
#: cholinergic groups Ch1-Ch8 ("ventral tegmental area (A10)", "laterodorsal tegmental
#: nucleus (Ch6)"). They share no letters with the name.
_CELL_GROUP = re.compile(r"^(?:A1[0-7]|A[1-9]|B[1-9]|C[1-3]|Ch[1-8])$")


#: Animals named before a region name: "the dorsal zone of cat auditory cortex".
_SPECIES_WORDS = frozenset({"cat", "rat", "mouse", "monkey", "macaque", "primate", "human",
                            "ferret", "rabbit", "bat", "chick", "pigeon", "owl", "frog"})


def _part_start(tv: TokView, i: int) -> int | None:
    """The first token of a part named before the region at token ``i``, "<words> <part
    noun> of (the)" ("juxtacapsular nucleus of the bed nuclei ...", "dorsal zone of ...",
    "dorsal zone of cat ..."), of at most five words; else None."""
    texts = tv.texts
    b = i - 1
    if b >= 0 and texts[b].lower() in _SPECIES_WORDS:
        b -= 1  # "dorsal zone of cat auditory cortex (DZ)"
    if b >= 0 and texts[b].lower() == "the":
        b -= 1
    if b < 2 or texts[b].lower() != "of" or texts[b - 1].lower() not in PART_NOUNS:
        return None
    a = b - 1
    while a > 0 and b - a < 5 and _LONG_WORD.match(texts[a - 1]) and (
            texts[a - 1].lower() not in _NOT_NAME_WORDS):
        a -= 1
    return a


#: Words that end a part's name on the left: "cells in the juxtacapsular nucleus of ...".
_NOT_NAME_WORDS = frozenset(
    """the a an of in into within from to and or by with at on for that which as is are
    was were""".split())


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` may abbreviate the region name ``name``: each letter in the name,
    the first opening one of its words, or three letters or more (all of the short form)
    spelled inside one word ("dorsal neostriatum (Str)")."""
    name = name.lower()
    words = name.replace("-", " ").split()
    letters = [c for c in short.lower() if c.isalpha()]
    if not words or not letters:
        return False
    if len(letters) >= 3 and len(letters) == len(short) and any(
            "".join(letters) in w for w in words):
        return True
    return letters[0] in {w[0] for w in words} and all(c in name for c in letters)


def region_short_forms(tv: TokView, defs, proposals, part=None) -> list:
    """Proposals for a short form in brackets right after a brain-region name that
    abbreviates it with its letters in another order, and for each later use:
    "dorsal premammillary nucleus (PMd)", "lateral posterior nucleus, pars medialis (LPm)".

    Schwartz and Hearst's definitions need the letters in order; atlas abbreviations often
    put the position last. Each letter of the short form must be in the name, the first
    letter opening one of its words, and the text must not define the short form
    otherwise; cell-group codes (:data:`_CELL_GROUP`) share no letters with the name.
    """
    texts, n = tv.texts, len(tv.texts)
    defined = {short for short, _span in defs}
    ends: dict[int, tuple] = {}
    for p in proposals:
        if p[3].type == "brain_region" and not brain_abbreviation(
                p[3].kind, p[3].matched, tv.span_text(p[1], p[2])):
            best = ends.get(p[2])
            if best is None or p[1] < best[1]:
                ends[p[2]] = p
    out = []
    for k in tv.positions("("):
        if not 1 <= k < n - 2 or texts[k + 2] != ")" or k not in ends:
            continue
        short = texts[k + 1]
        group = bool(_CELL_GROUP.match(short))
        if short in defined or not (group or is_short_form(short)) or short.islower():
            continue
        _prio, i, _j, choice, _method, score = ends[k]
        # the position and modifier words the name takes in before it ("magnocellular red
        # nucleus (RNm)", "caudomedial neostriatum (Ncm)") may give letters too
        w = i
        while w > 0 and _place_word(texts[w - 1]) and texts[w - 1].islower():
            w -= 1
        if not group and not _abbreviates(short, tv.span_text(w, k)):
            # a part of the region named before it: "juxtacapsular nucleus of the bed
            # nuclei of the stria terminalis (Ju)" is a part, of its own first letter
            a = _part_start(tv, i)
            if part is None or a is None or tv.texts[a][:1].lower() != short[:1].lower() \
                    or not _abbreviates(short, tv.span_text(a, k)):
                continue
            choice = part
        defined.add(short)
        out.extend((0, a, b, choice, "abbreviation", round(0.9 * score, 4))
                   for a, b in occurrences(tv, short))
    return out


#: Nouns that end a region name shared by coordinated words before it ("supraoptic (SON)
#: and paraventricular nuclei", "primary (SI) and secondary (SII) somatosensory cortex").
_SHARED_HEADS = _DEFINED_HEADS | frozenset({"body", "gray", "grey", "olive", "cord", "horn"})
#: "cortical area(s)" of a name, which names a cortex: "primary motor cortical areas".
_CORTICAL_AREAS = re.compile(r"\bcortical (?:areas?|fields?|regions?)$")
#: Tokens a coordination may hold between a bracketed short form and the shared name.
_COORDINATION = frozenset({"and", "or", ",", "the"})


def coordinated_short_forms(tv: TokView, defs, proposals, grounder: Grounder,
                            neuro: bool) -> list:
    """Proposals for a short form in brackets after words coordinated with a brain-region
    name that ends the coordination, and for each later use, in texts about the nervous
    system: "supraoptic (SON) and paraventricular nuclei" defines SON as the supraoptic
    nucleus, "primary (SI) and secondary (SII) somatosensory cortex" SI as the primary
    somatosensory cortex. The region is the words before the bracket with the last words
    of the shared name, the longest such name a lexicon knows; the short form must
    abbreviate it (:func:`_abbreviates`) and the text must define it nowhere else."""
    if not neuro:
        return []
    texts, n = tv.texts, len(tv.texts)
    region = frozenset({"brain_region"})
    defined = {short for short, _span in defs}
    starts: dict[int, int] = {}  # first token -> last token (exclusive) of a region name
    for p in proposals:
        if p[3].type == "brain_region" and p[2] - p[1] > 1 and not brain_abbreviation(
                p[3].kind, p[3].matched, tv.span_text(p[1], p[2])):
            starts[p[1]] = max(starts.get(p[1], 0), p[2])
    if not starts:
        return []
    out = []
    for k in tv.positions("("):
        if not 1 <= k < n - 4 or texts[k + 2] != ")" or texts[k + 3].lower() not in _AND | {","}:
            continue
        short = texts[k + 1]
        if short in defined or not is_short_form(short) or short.islower():
            continue
        a = k
        while a > 0 and k - a < 3 and _LONG_WORD.match(texts[a - 1]) and texts[a - 1].islower() \
                and texts[a - 1] not in _NOT_NAME_WORDS:
            a -= 1
        if a == k:
            continue
        # the shared name: the first region name of two words or more after the
        # coordination, with nothing but coordinated words and bracketed short forms between
        s, name_end = k + 3, None
        while s < min(n, k + 16):
            if s in starts and texts[starts[s] - 1].lower() in _SHARED_HEADS | {
                    h + "s" for h in _SHARED_HEADS}:
                name_end = starts[s]
                break
            w = texts[s]
            if not (w.lower() in _COORDINATION or w in "()" or _LONG_WORD.match(w)
                    or is_short_form(w)):
                break
            s += 1
        if name_end is None:
            continue
        while s > k + 4 and _LONG_WORD.match(texts[s - 1]) and texts[s - 1].islower() \
                and texts[s - 1] not in _COORDINATION:
            s -= 1  # words of the shared name before the lexicon's: "motor cortical areas"
        words = [w.lower() for w in texts[a:k]]
        tail = [w.lower() for w in texts[s:name_end]]
        choice = None
        for t in range(len(tail)):
            name = " ".join(words + tail[t:])
            if not _abbreviates(short, name):
                continue
            # "primary (M1) ... motor cortical areas": the primary motor cortex
            choice = grounder.ground_text(name, types=region) or grounder.ground_text(
                _CORTICAL_AREAS.sub("cortex", name), types=region)
            if choice is not None:
                break
        if choice is None:
            continue
        defined.add(short)
        out.extend((0, x, y, choice, "abbreviation", 0.76) for x, y in occurrences(tv, short))
    return out


def bracketed_short_forms(tv: TokView, defs, proposals) -> list:
    """Proposals for a short form that a bracket gives with a brain-region name, and for
    each later use: after the name inside the bracket, "(nucleus magnocellularis, NM)";
    last of a list "respectively" after a coordination that the name ends, "the
    anteroventral, the posteroventral, and the dorsal cochlear nuclei (AVCN, PVCN, and
    DCN, respectively)". The short form must abbreviate the name (:func:`_abbreviates`)
    and the text define it nowhere else."""
    texts, n = tv.texts, len(tv.texts)
    defined = {short for short, _span in defs}
    names: dict[tuple[int, int], tuple] = {}
    for p in proposals:
        if p[3].type == "brain_region" and p[2] - p[1] > 1 and not brain_abbreviation(
                p[3].kind, p[3].matched, tv.span_text(p[1], p[2])):
            names.setdefault((p[1], p[2]), p)
    if not names:
        return []
    by_start = {a: (b, p) for (a, b), p in names.items()}
    by_end: dict[int, tuple] = {}
    for (a, b), p in names.items():
        if b not in by_end or a < by_end[b][0]:
            by_end[b] = (a, p)
    out = []
    for k in tv.positions("("):
        close = k + 1
        while close < n and close - k < 12 and texts[close] not in "()":
            close += 1
        if close >= n or texts[close] != ")":
            continue
        found = None
        # "(nucleus magnocellularis, NM)"
        if k + 1 in by_start:
            b, p = by_start[k + 1]
            if b + 2 == close and texts[b] == ",":
                found = (texts[b + 1], k + 1, b, p)
        # "(AVCN, PVCN, and DCN, respectively)" after the name
        elif texts[close - 1].lower() == "respectively" and texts[close - 2] == "," and \
                k in by_end:
            a, p = by_end[k]
            found = (texts[close - 3], a, k, p)
        if found is None:
            continue
        short, a, b, p = found
        if short in defined or not is_short_form(short) or short.islower() or \
                not _abbreviates(short, tv.span_text(a, b)):
            continue
        defined.add(short)
        out.extend((0, x, y, p[3], "abbreviation", round(0.9 * p[5], 4))
                   for x, y in occurrences(tv, short))
    return out
