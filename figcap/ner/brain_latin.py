"""Brain regions named in the classical nomenclature, in texts about the nervous system.

- :func:`latin_nuclei`: "nucleus laminaris", "n. annularis", "subnucleus gelatinosus";
- :func:`pars_names`: "substantia nigra pars reticulata";
- :func:`numbered_nerves`: "the eighth nerve", "IXth nerve";
- :func:`latin_strata`: "stratum griseum centrale";
- :func:`avian_striata`: "hyperstriatum ventrale" (the bird's telencephalon, older names);
- :func:`nuclei_of_bundles`: "nucleus of the basal optic root";
- :func:`numbered_lobules`: "lobule IX" (Larsell's numerals).

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and the placed
mentions, and returns them with the names it reads (:func:`figcap.ner.mentions.with_extra`).
:mod:`figcap.ner.brain_names` holds the rules for names of other shapes.
"""

from __future__ import annotations

import dataclasses
import re

from ..definitions import is_short_form
from ..grounding import Grounder
from .mentions import _REGION_ONLY, covered, make_mention, with_extra
from .tokview import TokView

__all__ = ["latin_nuclei", "pars_names", "numbered_nerves", "latin_strata", "avian_striata",
           "nuclei_of_bundles", "numbered_lobules"]


#: Head nouns that, after position or modifier words, name a nucleus of the brain on their
#: own ("ventromedial nucleus", "dorsal posterior nucleus", "central lateral subnucleus").
_NUCLEUS_HEADS = frozenset("nucleus nuclei subnucleus subnuclei".split())
_NUCLEUS_CONCEPT = "nucleus of brain"


def _region_reading(grounder: Grounder, kind: str, *names: str):
    """The first of ``names`` that grounds to a brain region, marked as read by the rule
    ``kind`` (its source kind) with the loosest match quality (2, same key), since a rule,
    not a lexicon name, made the span; None when none grounds. Most rules ask for a
    generic concept (:data:`_NUCLEUS_CONCEPT`, ``_GENERIC_AREA``) or try a name first."""
    for name in names:
        choice = grounder.ground_text(name, types=_REGION_ONLY)
        if choice is not None:
            return dataclasses.replace(choice, kind=kind, quality=2)
    return None


def _nucleus_nouns(tv: TokView, placed, neuro: bool, heads, taken: set[int]):
    """The nucleus nouns (``heads``) outside the placed mentions and ``taken`` (which this
    fills with the placed mentions' tokens and the caller with its own), in a text about
    the nervous system that speaks of nuclei; none in any other text."""
    if not neuro or "nucle" not in tv.text.lower():
        return
    taken.update(covered(placed))
    for k, t in enumerate(tv.texts):
        if t.lower() in heads and k not in taken and t != "N.":  # "N." opens a genus
            yield k


#: Latin words that name a nucleus after "nucleus" ("nucleus laminaris", "nucleus reticularis
#: tegmenti pontis"); not English words that end the same way.
_LATIN = re.compile(r"^[a-z]{4,}(?:is|us|ae|ii|um|i|ens|ior)$")
_NOT_LATIN = frozenset(
    """thus this minus plus versus status stimulus stimuli focus apparatus corpus
    consensus nucleus nuclei radius""".split()
)


def latin_nuclei(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Nuclei named in Latin, "nucleus" or "nuclei" and up to five Latin words ("pars"
    between them, an eponym before them), where the text is about the nervous system and
    no lexicon knows the name: "nucleus laminaris", "nucleus octavus descendens", "nucleus
    Deiters ventralis"; subnuclei so named too ("subnucleus gelatinosus", "subnucleus
    interpolaris", "subnucleus dissipatus") and nuclei after the short "n." ("n. annularis",
    "n. dorsomedialis anterior"). Grounded to the generic
    "nucleus of brain"; the words must belong to no other mention."""
    texts, ws = tv.texts, tv.ws
    taken: set[int] = set()
    extra = []
    for k in _nucleus_nouns(tv, placed, neuro, _NUCLEUS_HEADS | {"n."}, taken):
        if texts[k] == "n." and k + 1 < len(texts) and grounder.ground_text(
                "nervus " + texts[k + 1], types=_REGION_ONLY) is not None:
            continue  # "n. opticus" is a nerve, nervus
        b = k + 1
        # an eponym before the Latin words: "nucleus Deiters ventralis"
        if b + 1 < len(texts) and b not in taken and b + 1 not in taken and ws[b - 1] \
                and ws[b] and texts[b].istitle() and texts[b].isalpha() and \
                _LATIN.match(texts[b + 1]) and texts[b + 1] not in _NOT_LATIN:
            b += 1
        while b < len(texts) and b - k <= 5 and b not in taken and ws[b - 1] and (
                _LATIN.match(texts[b]) and texts[b] not in _NOT_LATIN):
            b += 1
            # "nucleus reticularis gigantocellularis pars ventralis"
            if b + 1 < len(texts) and texts[b] == "pars" and ws[b] and b > k + 1:
                b += 1
        if b == k + 1:
            continue
        choice = _region_reading(grounder, "latin_nucleus", _NUCLEUS_CONCEPT)
        if choice is None:
            return placed
        extra.append((k, b, make_mention(tv, k, b, choice, "normalised", 0.8, grounder)))
        taken.update(range(k, b))
    if neuro:
        extra.extend(_bare_latin_names(tv, grounder, taken))
    return with_extra(placed, extra)


#: Nouns after Latin words that make them the modifier of another name: "ventralis anterior
#: complex", "reticularis tegmenti pontis nucleus".
_LATIN_HEADED = frozenset(
    """nucleus nuclei subnucleus subnuclei complex complexes area areas region regions group
    groups column columns division divisions part parts""".split()
)
#: Latin nouns of fibre bundles and folds: after "nucleus" they say whose nucleus it is
#: ("nucleus tractus solitarius"), without it they name the bundle itself.
_LATIN_NOUNS = frozenset(
    """tractus fasciculus funiculus lemniscus ramus nervus pedunculus sulcus gyrus lobus
    lobulus ventriculus""".split()
)


def _bare_latin_names(tv: TokView, grounder: Grounder, taken: set[int]) -> list:
    """Latin names of a nucleus written without "nucleus", as anatomists write them ("the
    lentiformis mesencephali", "projects to the pretectalis diffusus"): two to four Latin
    words outside other mentions that, with "nucleus" before them, are a name a lexicon
    knows. Not after "nucleus" or "nuclear", nor before a noun they would qualify
    ("ventralis anterior complex"), nor opening with the noun of a bundle ("tractus
    solitarius" is the tract of the "nucleus tractus solitarius")."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)

    def latin(x: int) -> bool:
        t = texts[x]
        return x not in taken and t.islower() and bool(_LATIN.match(t)) and t not in _NOT_LATIN

    out = []
    k = 0
    while k < n - 1:
        if not latin(k) or texts[k] in _LATIN_NOUNS or (k > 0 and (
                latin(k - 1) or texts[k - 1].lower() in _LATIN_HEADED | {"nuclear"})):
            k += 1
            continue
        e = k
        while e < n and e - k < 4 and latin(e) and (e == k or ws[e - 1]):
            e += 1
        found = None
        for b in range(e, k + 1, -1):
            if b < n and texts[b].lower() in _LATIN_HEADED:
                continue
            name = "nucleus " + tv.text[tv.starts[k]:tv.ends[b - 1]]
            choice = _region_reading(grounder, "latin_nucleus", name)
            if choice is not None:
                found = (b, choice)
                break
        if found is None:
            k += 1
            continue
        b, choice = found
        out.append((k, b, make_mention(tv, k, b, choice, "normalised", 0.8, grounder)))
        taken.update(range(k, b))
        k = b
    return out


_GENERIC_AREA = "regional part of brain"

#: Latin words that name a part after "pars": "pars compacta", "pars caudalis", "pars
#: posterior", "pars media", "pars trigeminale".
_PARS_WORD = re.compile(r"^[a-z]{4,}(?:a|ae|is|us|um|i|ior|ale|e)$")


def pars_names(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Parts named in Latin by "pars" and a Latin word, in texts about the nervous system:
    a region name takes its part after it ("archistriatum pars ventrolateralis",
    "substantia nigra (SN) pars reticulata", "nucleus lentiformis mesencephali--pars
    lateralis"),
    and a part no lexicon knows stands alone ("pars oralis", "pars media").

    A joined name keeps the region's concept unless the part's own reading is a part of
    it (the lexicon's "pars reticulata" is "substantia nigra pars reticulata"); a part
    alone is grounded to the generic "regional part of brain"."""
    if not neuro or "pars" not in tv.text.lower():
        return placed
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    by_start = {i: (i, j, m) for i, j, m in placed}
    by_end = {j: (i, j, m) for i, j, m in placed if m.type == "brain_region"}
    taken = covered(placed)
    drop: set[int] = set()  # start tokens of mentions that a joined name takes in
    extra = []
    for k in range(n - 1):
        if texts[k] not in ("pars", "Pars") or not ws[k] or not _PARS_WORD.match(texts[k + 1]):
            continue
        b = k + 2
        own = by_start.get(k)
        if own is not None and (own[1] != b or own[2].type != "brain_region"):
            continue
        if own is None and (k in taken or k + 1 in taken):
            continue
        # the region before: right before, after dashes, or before "(SHORT)"; not after a
        # comma ("medial dorsal nucleus, pars multiformis" may list two places)
        prev = None
        for gap in ((), ("-", "-"), ("--",), ("(", None, ")")):
            e = k - len(gap)
            if e > 0 and all(g is None or texts[e + x] == g for x, g in enumerate(gap)) \
                    and e in by_end and (not gap or gap[0] != "(" or is_short_form(texts[e + 1])):
                prev = by_end[e]
                break
        if prev is not None:
            i, j, m = prev
            if own is not None and own[2].label.lower().startswith(m.label.lower()):
                m = own[2]
            end = tv.ends[b - 1]
            drop.update(x for x in range(i, b) if x in by_start)
            extra.append((i, b, dataclasses.replace(m, text=tv.text[tv.starts[i]:end],
                                                    start=tv.starts[i], end=end)))
        elif own is None:
            choice = _region_reading(grounder, "pars_name", _GENERIC_AREA)
            if choice is None:
                continue
            extra.append((k, b, make_mention(tv, k, b, choice, "normalised", 0.8, grounder)))
        taken.update(range(k, b))
    if not extra:
        return placed
    return with_extra([p for p in placed if p[0] not in drop], extra)



#: The cranial nerves by number, as anatomy numbers them.
_CRANIAL_NERVES = ("olfactory nerve", "optic nerve", "oculomotor nerve", "trochlear nerve",
                   "trigeminal nerve", "abducens nerve", "facial nerve",
                   "vestibulocochlear nerve", "glossopharyngeal nerve", "vagus nerve",
                   "accessory nerve", "hypoglossal nerve")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
#: Numbers that name a cranial nerve before "nerve": ordinal words from "third" on ("first"
#: and "second" count things as often), and Roman numerals with "th" ("IXth", "VIIIth").
_NERVE_ORDINALS = {w: n for n, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth"), 1) if n > 2}
_NERVE_ORDINALS.update({r + "th": n for n, r in enumerate(_ROMAN, 1) if n > 3})
_COUNTING = frozenset({"a", "an", "one", "each", "every", "another"})


def numbered_nerves(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Cranial nerves named by their number, in texts about the nervous system: "the eighth
    nerve" is the vestibulocochlear nerve, "the IXth nerve" the glossopharyngeal nerve;
    not after a word that counts ("a third nerve"). The words must belong to no other
    mention."""
    if not neuro or "nerve" not in tv.text.lower():
        return placed
    texts, n = tv.texts, len(tv.texts)
    taken = covered(placed)
    extra = []
    for k in range(n - 1):
        number = _NERVE_ORDINALS.get(texts[k]) or _NERVE_ORDINALS.get(texts[k].lower())
        if number is None or texts[k + 1].lower() not in ("nerve", "nerves") or \
                k in taken or k + 1 in taken or (k > 0 and texts[k - 1].lower() in _COUNTING):
            continue
        choice = grounder.ground_text(_CRANIAL_NERVES[number - 1],
                                      types=_REGION_ONLY)
        if choice is None:
            continue
        extra.append((k, k + 2, make_mention(tv, k, k + 2, choice, "normalised", 0.85,
                                             grounder)))
        taken.update((k, k + 1))
    return with_extra(placed, extra)


#: Strata of the skin, whose Latin names the nervous system's layers do not share.
_STRATUM_WORD = re.compile(r"^[a-z]{3,}(?:a|ae|is|us|um|i|ior|ale|e)$")
_SKIN_STRATA = frozenset({"corneum", "basale", "spinosum", "germinativum", "disjunctum"})


def latin_strata(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Layers named in Latin by "stratum" and one to four Latin words ("et" between
    them, a hyphen joining two), in texts about the nervous system: the tectum's "stratum
    griseum centrale", "stratum album centrale" and "stratum zonale", the hippocampus's
    "stratum lucidum". A name a lexicon knows keeps its concept; others are grounded to
    the generic "regional part of brain". The words must belong to no other mention; not
    the strata of the skin ("stratum corneum")."""
    if not neuro or "stratum" not in tv.text.lower():
        return placed
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    # a region read on the Latin words alone gives way ("griseum centrale" of "stratum
    # griseum centrale" is no central gray)
    after = {i: (i, j, m) for i, j, m in placed
             if i > 0 and texts[i - 1] in ("stratum", "Stratum") and m.type == "brain_region"}
    taken = covered([p for p in placed if p[0] not in after])

    def latin(x: int, first: bool = False) -> bool:
        return x < n and x not in taken and texts[x].islower() and bool(
            (_STRATUM_WORD if first else _PARS_WORD).match(texts[x])) \
            and texts[x] not in _NOT_LATIN

    drop = set()
    extra = []
    for k in range(n - 1):
        if texts[k] not in ("stratum", "Stratum") or k in taken or not ws[k] \
                or not latin(k + 1, True) or texts[k + 1] in _SKIN_STRATA:
            continue
        b, words = k + 2, 1
        while words < 4 and b < n:
            if latin(b) and ws[b - 1]:
                b, words = b + 1, words + 1
            elif texts[b] in ("-", "et") and latin(b + 1) and b not in taken:
                b, words = b + 2, words + 1
            else:
                break
        inner = after.get(k + 1)
        if inner is not None:
            if inner[1] > b:
                continue
            drop.add(inner)
        name = tv.text[tv.starts[k]:tv.ends[b - 1]]
        choice = _region_reading(grounder, "latin_stratum", name, _GENERIC_AREA)
        if choice is None:
            continue
        extra.append((k, b, make_mention(tv, k, b, choice, "normalised", 0.8, grounder)))
        taken.update(range(k, b))
    return with_extra([p for p in placed if p not in drop], extra)


#: The bird's telencephalon in its older nomenclature (Karten and Hodos): "hyperstriatum
#: ventrale", "archistriatum intermedium", "neostriatum caudale", "paleostriatum
#: augmentatum".
_AVIAN_STRIATA = re.compile(r"^(?:hyper|neo|archi|paleo|ecto)striatum$", re.IGNORECASE)
_AVIAN_PART = re.compile(r"^[a-z]{3,}(?:ale|um)$")


def avian_striata(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Divisions of the bird's telencephalon named by a "-striatum" word and a Latin
    adjective ("hyperstriatum ventrale", "neostriatum caudale"), in texts about the
    nervous system: one name, read as a lexicon knows it, else as the "-striatum" word's
    region, else as the generic "regional part of brain". The adjective must belong to no
    other mention."""
    if not neuro or "striatum " not in tv.text.lower():
        return placed
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    own = {i: (i, j, m) for i, j, m in placed if j == i + 1}
    taken = covered(placed)
    drop = set()
    extra = []
    for k in range(n - 1):
        if not _AVIAN_STRIATA.match(texts[k]) or not ws[k] or k + 1 in taken \
                or not _AVIAN_PART.match(texts[k + 1]) or texts[k + 1] in _NOT_LATIN:
            continue
        first = own.get(k)
        if k in taken and (first is None or first[2].type != "brain_region"):
            continue
        name = tv.text[tv.starts[k]:tv.ends[k + 1]]
        choice = grounder.ground_text(name, types=_REGION_ONLY)
        if choice is not None:
            m = make_mention(tv, k, k + 2, choice, "exact", 1.0, grounder)
        elif first is not None:
            m = dataclasses.replace(first[2], text=name, end=tv.ends[k + 1])
        else:
            choice = _region_reading(grounder, "avian_striatum", _GENERIC_AREA)
            if choice is None:
                continue
            m = make_mention(tv, k, k + 2, choice, "normalised", 0.8, grounder)
        if first is not None:
            drop.add(first)
        extra.append((k, k + 2, m))
        taken.update((k, k + 1))
    if not extra:
        return placed
    return with_extra([p for p in placed if p not in drop], extra)


#: Nouns of fibre bundles, roots and swellings that a nucleus is named after: "nucleus of
#: the basal optic root", "nucleus of the brachium", "nuclei of the accessory optic tract".
_NUCLEUS_OF_HEADS = frozenset(
    """root roots tract tracts brachium tuber commissure lemniscus nerve nerves fasciculus
    decussation band funiculus""".split()
)


def nuclei_of_bundles(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Nuclei named after the bundle, root or swelling they lie in, "nucleus" or "nuclei",
    "of the" and one to three words ending in such a noun (:data:`_NUCLEUS_OF_HEADS`), in
    texts about the nervous system, where no lexicon knows the whole name: "nucleus of the
    basal optic root", "nucleus of the spinal trigeminal tract". A region read on the
    words after "of the" gives way; the name must end there, no Latin word after it ("the
    nucleus of the tractus solitarius"). Grounded to the generic "nucleus of brain"."""
    if not neuro or " of the " not in tv.text:
        return placed
    texts, n = tv.texts, len(tv.texts)
    spans = list(placed)
    done: set[int] = set()
    drop = set()
    extra = []
    for k in range(n - 3):
        if texts[k].lower() not in ("nucleus", "nuclei") or k in done \
                or texts[k + 1] != "of" or texts[k + 2] != "the":
            continue
        b = None
        for e in range(k + 4, min(k + 6, n) + 1):
            words = texts[k + 3:e]
            if not all(w.isalpha() and w.islower() for w in words):
                break
            if words[-1] in _NUCLEUS_OF_HEADS and not (e < n and (
                    texts[e] in _NUCLEUS_OF_HEADS
                    or _LATIN.match(texts[e]) and texts[e] not in _NOT_LATIN)):
                b = e
                break
        if b is None:
            continue
        inside = [p for p in spans if p[0] < b and p[1] > k]
        if any(p[0] < k or p[1] > b or p[2].type != "brain_region" for p in inside):
            continue
        choice = _region_reading(grounder, "bundle_nucleus", _NUCLEUS_CONCEPT)
        if choice is None:
            return placed
        drop.update(inside)
        extra.append((k, b, make_mention(tv, k, b, choice, "normalised", 0.8, grounder)))
        done.update(range(k, b))
    if not extra:
        return placed
    return with_extra([p for p in placed if p not in drop], extra)


#: The lobules of the cerebellar vermis as Larsell numbered them, I to X.
_LOBULE_NUMBERS = _ROMAN[:10]


def numbered_lobules(tv: TokView, placed, grounder: Grounder, neuro: bool):
    """Lobules of the cerebellum named by Larsell's Roman numeral, in texts about the
    nervous system: "lobule IX" is lobule IX of the cerebellar vermis (a lexicon knows
    only some of them bare). "lobule" must belong to no other mention; a mention of another
    type on the numeral alone gives way ("VIII" is no gene there)."""
    if not neuro or "lobule" not in tv.text.lower():
        return placed
    texts, n = tv.texts, len(tv.texts)
    taken = covered(placed)
    on_number = {i: (i, j, m) for i, j, m in placed if j == i + 1}
    drop = set()
    extra = []
    for k in range(n - 1):
        # "X." where the tokenizer keeps a sentence's period on the numeral
        number = texts[k + 1].removesuffix(".")
        if texts[k].lower() != "lobule" or number not in _LOBULE_NUMBERS or k in taken \
                or (k + 2 < n and texts[k + 2] in ("-", "/")):
            continue
        own = on_number.get(k + 1)
        if k + 1 in taken and (own is None or own[2].type == "brain_region"):
            continue
        choice = grounder.ground_text(f"lobule {number} of cerebellum vermis",
                                      types=_REGION_ONLY)
        if choice is None:
            continue
        if own is not None:
            drop.add(own)
        extra.append((k, k + 2, make_mention(tv, k, k + 2, choice, "normalised", 0.85,
                                             grounder)))
        taken.update((k, k + 1))
    if not extra:
        return placed
    return with_extra([p for p in placed if p not in drop], extra)
