"""Short forms of brain-region names, and what a short form's definition says.

- :func:`region_short_forms`: "dorsal premammillary nucleus (PMd)" and each later "PMd";
- :func:`coordinated_short_forms`: "supraoptic (SON) and paraventricular nuclei";
- :func:`bracketed_short_forms`: "(nucleus magnocellularis, NM)";
- :func:`unsupported_region_readings`: "dendritic cells (DCs)" is no atlas abbreviation DCs.

:func:`figcap.ner.brain_names.defined_regions` calls the first three; the last picks
proposals to drop. Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`),
the caption's definitions and the proposals as plain tuples.
"""

from __future__ import annotations

import re

from ..definitions import defined_long_forms, is_short_form
from ..grounding import Grounder, brain_abbreviation
from .brain_words import _AND, PART_NOUNS, _modifier, _place_word
from .mentions import _REGION_ONLY
from .rules import occurrences
from .tokview import TokView

__all__ = ["region_short_forms", "coordinated_short_forms", "bracketed_short_forms",
           "unsupported_region_readings"]


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
_LONG_WORD = re.compile(r"^[A-Za-z][a-z]*(?:-[a-z]+)*$")


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
            choice = grounder.ground_text(name, types=_REGION_ONLY) or grounder.ground_text(
                _CORTICAL_AREAS.sub("cortex", name), types=_REGION_ONLY)
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
