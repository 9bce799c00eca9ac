"""Brain-region context rules of the lexicon matcher: how far a brain-region name reaches.

- :func:`with_position_words`: a region takes in "left", "dorsal", modifiers and adjectives
  of place, a part noun before "of (the)", coordinated words and an adjective before it.

The words these rules read and :func:`figcap.ner.brain_words.neuro_context` are in
:mod:`figcap.ner.brain_words`, region names written around their short form in
:mod:`figcap.ner.brain_brackets`, mentions that name no region
(:func:`figcap.ner.brain_filters.not_regions`) in :mod:`figcap.ner.brain_filters`; the
rules that name regions no lexicon knows are in :mod:`figcap.ner.brain_names`. Each takes
figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
"""

from __future__ import annotations

import dataclasses
import re

from ..normalize import strip_plural
from .brain_brackets import _join_bracketed_short_forms
from .brain_words import (
    _ADJECTIVE,
    _AND,
    _AREA_CODE,
    _AREA_WORDS,
    _PLACE_ADJECTIVES,
    _POSITION_INITIALS,
    _STRUCTURE_NOUNS,
    PART_NOUNS,
    _modifier,
    _place_word,
)
from .mentions import covered
from .tokview import TokView

__all__ = ["with_position_words"]


def _coordinated(before: str, first: str) -> bool:
    """May ``before`` be a modifier coordinated with the first word ``first`` of a region
    name ("orbital and medial", "lateral and interposed", "paraventricular and arcuate",
    "main and accessory"; not "primary and olfactory")."""
    if _modifier(first):
        return _modifier(before) or bool(_ADJECTIVE.match(before))
    if before.lower() in _PLACE_ADJECTIVES and first.lower() in _PLACE_ADJECTIVES:
        return True  # "main and accessory olfactory bulbs", "central and peripheral"
    return bool(_ADJECTIVE.match(first.lower())) and bool(_ADJECTIVE.match(before)) and not (
        _modifier(before))


def _bracket_before(texts, ws, k: int, taken) -> int | None:
    """The "(" of a bracket of at most four tokens that closes right before token ``k``
    ("(C1-4)", "(VA)") and holds no mention, or None. A bracket with a mention (a short
    form read as a region of its own, "primary (SI) and secondary (SII) somatosensory
    cortex") keeps it apart."""
    if k < 3 or texts[k - 1] != ")" or not ws[k - 1] or k - 1 in taken:
        return None
    o = k - 2
    while o > 0 and k - 1 - o <= 4 and texts[o] not in "()":
        o -= 1
    if texts[o] != "(" or o == k - 2 or any(c in taken for c in range(o, k - 1)):
        return None
    return o


#: Short lower-case prefixes glued by a hyphen before a region name ("vl-PAG", "far-lateral
#: hypothalamus", "sub-nuclei"); not a negation or a word of another sense ("non-visual").
_GLUED_PREFIX = re.compile(r"^[a-z]{1,4}$")
_NOT_PREFIXES = frozenset("non anti de re co un pre post self".split())
#: Nouns for the layers of a region and words for their depth ("deep cortical layers").
_LAYER_NOUNS = frozenset("layer layers lamina laminae".split())
_DEPTH_WORDS = frozenset("superficial deep upper lower middle inner outer".split())
#: The first part of a compound word written alone before "- and": "tel-", "met-", "pre-".
_HANGING_PART = re.compile(r"^[a-z]{2,}$")
#: Plurals of region nouns that strip_plural does not undo.
_IRREGULAR_PLURALS = frozenset("nuclei subnuclei cortices gyri sulci ganglia thalami".split())


def _plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (w.isalpha() and strip_plural(w) is not None)


def _list_word(word: str) -> bool:
    """A word that may stand for one name of a coordinated list before a plural region
    name: "lateral", "interposed", "pedunculopontine", "descending"."""
    w = word.lower()
    return _place_word(w) or bool(_ADJECTIVE.match(w)) or (
        len(w) > 4 and w.isalpha() and w.endswith(("ed", "ing")))


def _list_start(texts, a: int, free) -> int | None:
    """Start of the coordinated words before token ``a`` ("lateral, basolateral, and" in
    "lateral, basolateral, and central nuclei"), or None when there are none; ``free``
    says a token belongs to no mention. Not after "and the" ("the lateral crescent and
    the superior lateral subnuclei" are two names), nor in a list that goes on with other
    names before the coordinated words."""
    k = a - 1
    if not (free(k) and texts[k].lower() in _AND):
        return None
    k -= 1
    commas = free(k) and texts[k] == ","
    if commas:
        k -= 1
    start = None
    while free(k) and _list_word(texts[k]):
        start = k
        if not (free(k - 1) and texts[k - 1] == "," and free(k - 2) and _list_word(texts[k - 2])):
            break
        commas = True
        k -= 2
    if start is not None and commas:
        while free(start - 1) and _list_word(texts[start - 1]):
            start -= 1  # "dorsal superficial, dorsal, and"
        if start > 0 and texts[start - 1] == ",":
            return None  # the list goes on with other names: "insular, piriform, orbital, and"
    if start is not None and start > 0 and not free(start - 1):
        return None  # the first word ends another name: "cerebellar interposed and dorsal"
    return start


def with_position_words(tv: TokView, placed, grounder=None):
    """Widen each brain-region mention over the words of its name before it.

    Adjacent brain-region mentions of which the first is one adjective join ("prefrontal
    cortical", "spinal dorsal horn", named by the last); a mention takes in position and
    modifier words before it ("superficial dorsal horn"), a coordinated modifier
    ("orbital and medial prefrontal cortex") and a part noun with its modifiers before
    "of (the)" ("caudal part of the medial vestibular nucleus").
    """
    if not any(m.type == "brain_region" for _i, _j, m in placed):
        return list(placed)  # each step below changes brain-region mentions only
    texts, ws = tv.texts, tv.ws
    placed = _drop_compound_adjectives(tv, placed)
    placed = _join_adjectives(tv, placed)
    placed = _join_parts(tv, placed)
    placed = _latin_and_nerve_tails(tv, _join_bracketed_short_forms(tv, placed, grounder))
    placed = _joined_complexes(tv, placed)
    taken = covered(placed)

    def free(k: int) -> bool:
        # a word of no mention, standing apart ("visual" in "non-visual" does not)
        return k >= 0 and k not in taken and ws[k] and (
            k == 0 or ws[k - 1] or not (texts[k - 1] == "-" or texts[k - 1][-1].isalnum()))

    out = []
    for i, j, m in placed:
        a = i
        if m.type == "brain_region":
            plural = _plural(texts[j - 1])
            # "superficial cortical layers" are the superficial layers of the cortex: the
            # depth word goes with the layers after a region adjective, not with the region
            layers = m.source == "adjective" and j - i == 1 and j < len(texts) and \
                texts[j].lower() in _LAYER_NOUNS
            while True:
                k = a - 1
                if layers and free(k) and texts[k].lower() in _DEPTH_WORDS:
                    break
                if free(k) and (_place_word(texts[k]) or (
                        texts[k].lower() in _AREA_WORDS and a == i and j - i == 1
                        and _AREA_CODE.match(texts[i]))):
                    a = k
                    continue
                # a position written by its initials before the name: "vl periaqueductal
                # gray", "dl periaqueductal gray", "v lateral periaqueductal gray" (as in
                # "vlPAG"); not a unit after a number ("10 m")
                if a == i and free(k) and _POSITION_INITIALS.match(texts[k]) and (
                        k == 0 or not texts[k - 1][-1].isdigit()):
                    a = k
                    break
                # "peri-" names the region around the one it is glued to
                # ("peri-locus coeruleus", "peri-suprachiasmatic region"); position initials
                # and short prefixes glued by a hyphen name a part of it ("vl-PAG",
                # "far-lateral hypothalamus", "sub-nuclei principalis")
                if a == i and k >= 1 and texts[k] == "-" and (
                        texts[k - 1].lower() == "peri" or (
                            _GLUED_PREFIX.match(texts[k - 1]) and not ws[k]
                            and texts[k - 1] not in _NOT_PREFIXES)) \
                        and not ws[k - 1] and k not in taken and k - 1 not in taken and (
                        k == 1 or ws[k - 2]):
                    a = k - 1
                    break
                # "orbital and medial ...", "lateral and interposed nuclei"
                if free(k) and texts[k].lower() in _AND and free(k - 1) and (
                    m.source != "adjective" or a < i
                ) and _coordinated(texts[k - 1], texts[a]):
                    a = k - 1
                    continue
                # a coordinated word with a bracket after it: "cervical (C1-4) and sacral
                # spinal cord", "ventral anterior (VA) and medial pulvinar nuclei"
                o = _bracket_before(texts, ws, k, taken) \
                    if free(k) and texts[k].lower() in _AND else None
                if o is not None and free(o - 1) and ws[o - 1] and (
                        m.source != "adjective" or a < i) and _coordinated(texts[o - 1], texts[a]) \
                        and not texts[o - 1].lower().endswith("ergic"):  # a cell's transmitter
                    a = o - 1
                    continue
                # the first part of a compound shared with the name after "and", its
                # hyphen left hanging: "tel- and diencephalon", "pre- and parasubiculum"
                if a == i and j - i == 1 and free(k) and texts[k].lower() in _AND and k >= 2 \
                        and texts[k - 1] == "-" and ws[k - 1] and not ws[k - 2] \
                        and k - 1 not in taken and k - 2 not in taken \
                        and _HANGING_PART.match(texts[k - 2]) and (k == 2 or ws[k - 3]):
                    a = k - 2
                    continue
                # plural names: "lateral, basolateral, and central nuclei"
                if plural and m.source != "adjective":
                    c = _list_start(texts, a, lambda k: k >= 0 and k not in taken)
                    if c is not None:
                        a = c
                        continue
                # "[ventral] part of [the] X"
                b = k - 1 if free(k) and texts[k].lower() == "the" else k
                if free(b) and texts[b].lower() == "of" and free(b - 1) and (
                    texts[b - 1].lower() in PART_NOUNS
                ):
                    c = b - 1
                    while free(c - 1) and _place_word(texts[c - 1]):
                        c -= 1
                    if c == b - 1 and out and out[-1][1] == c and out[-1][0] == c - 1 and (
                            out[-1][2].type == "brain_region" and texts[c - 1].islower()
                            and _ADJECTIVE_END.search(texts[c - 1])):
                        # a region adjective says which part: "septal part of the
                        # hippocampus", "striatal parts of the olfactory tubercle"
                        out.pop()
                        a = c - 1
                        continue
                    if c < b - 1 or texts[b - 1].lower() in _STRUCTURE_NOUNS:
                        a = c
                        continue
                break
        if a < i:
            start = tv.starts[a]
            m = dataclasses.replace(m, text=tv.text[start : m.end], start=start)
            taken.update(range(a, i))
        out.append((a, j, m))
    return _join_glued(tv, _join_locators(tv, out))


#: Marks that glue two region names into one without spaces: "subventricular
#: zone-olfactory bulb", "fimbria/fornix".
_GLUES = frozenset({"-", "/"})


def _word(text: str) -> bool:
    """A word of four letters or more in small letters or with a capital first letter
    ("bulb", "Fornix"), not a short form ("VTA", "LGN", "Pf")."""
    return len(text) > 3 and text.isalpha() and (text.islower() or text.istitle())


def _join_glued(tv: TokView, placed):
    """Join two brain-region mentions glued by a hyphen or a slash, no space on either
    side, into one named by the second: the pair names one stretch of tissue, a pathway or
    a combined region ("subventricular zone-olfactory bulb", "accumbens-caudate-putamen",
    "fimbria/fornix", "dentate gyrus/CA3 area", "retrosplenial/posterior cingulate
    cortex"; WhiteText marks each pair whole, 8 of 8). Not short forms ("VTA/PBP",
    "nucleus-LGN": two names, or a name and its own short form), nor a region adjective
    hyphenated to a name, which relates the two ("hypothalamic-pituitary pathways",
    "pretectal-geniculate projection"), nor a pair glued on to a further word
    ("hypothalamic-pituitary-adrenal axis": an axis of three organs)."""
    texts, ws = tv.texts, tv.ws
    n = len(texts)
    out: list = []
    for i, j, m in placed:
        if out and m.type == "brain_region":
            pi, pj, pm = out[-1]
            if (pm.type == "brain_region" and pj + 1 == i and texts[pj] in _GLUES
                    and not ws[pj - 1] and not ws[pj]
                    and _word(texts[pj - 1]) and _word(texts[j - 1])
                    and not (texts[pj] == "-" and pm.source == "adjective")
                    and not (j < n and not ws[j - 1] and texts[j] in _GLUES)
                    and not (pi > 0 and not ws[pi - 1] and texts[pi - 1] in _GLUES)):
                out[-1] = (pi, j, dataclasses.replace(
                    m, text=tv.text[pm.start : m.end], start=pm.start, end=m.end))
                continue
        out.append((i, j, m))
    return out


#: Head nouns of a region name that a region name before it may locate ("brainstem
#: trigeminal complex", "brainstem auditory nuclei", "V1 cortex").
_LOCATED_HEADS = frozenset({"nucleus", "nuclei", "subnucleus", "subnuclei", "complex",
                            "cortex", "cortices", "neocortex", "neocortices", "gray", "grey",
                            "area", "areas"})
#: Latin genitives of region names: "amygdalae", "thalami", "cerebelli", "pontis".
_LATIN_GENITIVE = re.compile(r"^[a-z]{4,}(?:ae|i|is)$")
#: Bare head nouns that name no region of their own after a region name ("SI cortex").
_BARE_HEADS = frozenset({"cortex", "cortices", "nuclei", "complex", "area", "areas"})


def _join_locators(tv: TokView, placed):
    """Join a brain-region mention to the one right after it, one space between, when that
    one ends in a head noun (:data:`_LOCATED_HEADS`) or opens with one and "of" ("brainstem
    nucleus of the solitary tract"): the first says where the second is,
    and they are one name ("brainstem trigeminal complex", "brainstem auditory nuclei",
    "thalamic reticular and perireticular nuclei", "temporal lobe neocortices"), named by
    the second, or by the first before a bare head ("V1 cortex", "SI cortex"); and a Latin
    nucleus name to its region in the genitive ("nucleus centralis amygdalae")."""
    texts, ws = tv.texts, tv.ws
    out: list = []
    for i, j, m in placed:
        if out and m.type == "brain_region":
            pi, pj, pm = out[-1]
            headed = texts[j - 1].lower() in _LOCATED_HEADS or (
                texts[i].lower() in _LOCATED_HEADS and i + 1 < j and texts[i + 1] == "of"
                and texts[j - 1].lower() not in ("brain", "brains"))  # "nucleus of the brain"
            # a Latin name takes its region in the genitive: "nucleus centralis amygdalae"
            latin = pj - pi >= 2 and texts[pi].lower() in ("nucleus", "nuclei") and \
                j - i == 1 and bool(_LATIN_GENITIVE.match(texts[i]))
            if pj == i and pm.type == "brain_region" and ws[pj - 1] and (headed or latin) and \
                    texts[pj - 1][-1:].isalnum() and texts[i][:1].isalnum():
                head = pm if j - i == 1 and texts[i].lower() in _BARE_HEADS else m
                if latin and pm.label != "nucleus of brain":
                    head = pm
                out[-1] = (pi, j, dataclasses.replace(
                    head, text=tv.text[pm.start : m.end], start=pm.start, end=m.end))
                continue
        out.append((i, j, m))
    return out


#: Nouns a one-word region adjective takes as the head of its name ("intermediolateral
#: column", "infralimbic cortices", "spinal segments", "tectal gray", "limbic structures");
#: not "layers":
#: WhiteText marks "cortical" in "cortical layers".
_ADJECTIVE_HEADS = frozenset(
    """column columns cortices nuclei nucleus subdivision subdivisions complex segment
    segments gray grey structure structures""".split()
)


def _drop_compound_adjectives(tv: TokView, placed):
    """Drop a one-word region adjective that ends a hyphenated compound ("thalamo-cortical
    projections", "DL-spinal cells"): the compound names a pathway or cell group, not the
    region."""
    texts, ws = tv.texts, tv.ws
    return [
        (i, j, m) for i, j, m in placed
        if not (m.type == "brain_region" and m.source == "adjective" and j - i == 1
                and i >= 2 and texts[i - 1] == "-" and not ws[i - 1] and not ws[i - 2]
                and texts[i - 2][-1:].isalpha())
    ]


#: Latin adjectives put after a Latin region name ("archistriatum intermedium", "habenula
#: perforata", "eminentia granularis anterior"); the name must end in a Latin word.
_LATIN_NAME = re.compile(r"^[a-z]{4,}(?:um|a|us|is|ae)$")
_LATIN_AFTER = re.compile(r"^(?:[a-z]{3,}(?:alis|aris|ata|atum|atus|ior)|inter?medi(?:um|us|a))$")
#: Cranial nerves by number: "mesencephalic nucleus of the fifth nerve", "motor nucleus of
#: the VII nerve".
_NERVE_NUMBER = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    I II III IV V VI VII VIII IX X XI XII""".split())
_NERVE_HOLDERS = frozenset("nucleus nuclei subnucleus subnuclei root roots ganglion".split())


def _latin_and_nerve_tails(tv: TokView, placed):
    """Widen a region name over a Latin adjective after it ("archistriatum intermedium",
    not "archistriatum anterior to") or "proper" ("anterior commissure proper"), and a
    nucleus over the cranial nerve it belongs to by number ("mesencephalic nucleus of the
    fifth nerve"). The words must be free."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)

    def free(k: int) -> bool:
        return k < n and k not in taken

    out = []
    for i, j, m in placed:
        if m.type == "brain_region":
            e = j
            if _LATIN_NAME.match(texts[j - 1].lower()) and ws[j - 1] and free(e) and \
                    _LATIN_AFTER.match(texts[e]) and not (e + 1 < n and texts[e + 1] == "to"):
                e += 1
            elif free(e) and texts[e] == "proper" and ws[j - 1] and texts[j - 1].isalpha() \
                    and texts[j - 1].islower():
                # "proper" after a name: the structure itself, without its neighbours
                # ("oculomotor nuclei proper", "anterior commissure proper")
                e += 1
            elif _eponym_after(tv, i, j, free):
                e += 2  # "commissural nucleus of Cajal", "area ventralis of Tsai"
            elif texts[j - 1].lower() in _NERVE_HOLDERS and ws[j - 1] and free(j) and \
                    texts[j] == "of":
                k = j + 1
                if free(k) and texts[k] == "the":
                    k += 1
                if free(k) and free(k + 1) and (texts[k] in _NERVE_NUMBER or texts[k].lower()
                                                 in _NERVE_NUMBER) \
                        and texts[k + 1].lower() in ("nerve", "nerves"):
                    e = k + 2
            if e > j:
                end = tv.ends[e - 1]
                m = dataclasses.replace(m, text=tv.text[m.start : end], end=end)
                taken.update(range(j, e))
                j = e
        out.append((i, j, m))
    return out


#: Nouns of structures named after an anatomist: "nucleus of Cajal", "area X of Rexed",
#: "tract of Lissauer", "column of Clarke", "commissure of Gudden".
_EPONYM_HEADS = frozenset(
    """nucleus nuclei area band islands tract column commissure bundle lamina laminae zone
    ganglion""".split())
_EPONYM = re.compile(r"^[A-Z][a-z]{2,}$")


def _eponym_after(tv: TokView, i: int, j: int, free) -> bool:
    """Whether "of" and an anatomist's name follow the structure name at tokens ``i`` to
    ``j``: a capitalised word after "of" that ends the phrase ("of Cajal.", "of Tsai),"),
    so not a genus and its species ("of Rana pipiens") nor a strain ("of Brown Norway")."""
    texts, n = tv.texts, len(tv.texts)
    return j + 1 < n and free(j) and free(j + 1) and texts[j] == "of" and tv.ws[j - 1] \
        and _EPONYM.match(texts[j + 1]) is not None \
        and (j + 2 == n or texts[j + 2] in {",", ".", ";", ":", ")"}) \
        and any(w.lower() in _EPONYM_HEADS for w in texts[i:j])


def _joined_complexes(tv: TokView, placed):
    """Two regions joined by a hyphen or slash before "complex" name one complex:
    "medial septum-diagonal band complex", "suprageniculate-limitans complex",
    "centromedian/parafascicular complex". A region name takes the joined words up to a
    free "complex" after it, and a "... complex" name takes the word joined before it;
    the concept stays the region's."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    single = {i for i, j, m in placed if j == i + 1 and m.type == "brain_region"}

    def glued(k: int) -> bool:  # token k is "-" or "/" with no space around it
        return 0 < k < n - 1 and texts[k] in ("-", "/") and not ws[k - 1] and not ws[k]

    def word(k: int) -> bool:
        return 0 <= k < n and texts[k].isalpha() and (k not in taken or k in single)

    ends = {i: j for i, j, m in placed
            if m.type == "brain_region" and texts[j - 1].lower() == "complex"}
    drop: set[int] = set()
    out = []
    for i, j, m in placed:
        if m.type == "brain_region" and i not in drop:
            if glued(j) and j + 1 in ends and j + 1 not in single:
                # "medial septum-diagonal band complex" of two names
                e = ends[j + 1]
                drop.add(j + 1)
                end = tv.ends[e - 1]
                m = dataclasses.replace(m, text=tv.text[m.start : end], end=end)
                j = e
            elif glued(j):
                e = j + 1
                while e < n and e - j <= 3 and word(e) and texts[e].lower() != "complex" \
                        and ws[e]:
                    e += 1
                if e > j + 1 and e < n and texts[e].lower() == "complex" and e not in taken:
                    drop.update(k for k in range(j + 1, e) if k in single)
                    end = tv.ends[e]
                    m = dataclasses.replace(m, text=tv.text[m.start : end], end=end)
                    taken.update(range(j, e + 1))
                    j = e + 1
            elif texts[j - 1].lower() == "complex" and glued(i - 1) and word(i - 2):
                if i - 2 in single:
                    out = [p for p in out if p[0] != i - 2]
                start = tv.starts[i - 2]
                m = dataclasses.replace(m, text=tv.text[start : m.end], start=start)
                taken.update(range(i - 2, i))
                i -= 2
        out.append((i, j, m))
    return [p for p in out if p[0] not in drop]


def _join_parts(tv: TokView, placed):
    """Join "<region> of (the) <region>" into one mention of the first, a part of the
    second ("pars compacta of the substantia nigra")."""
    texts = tv.texts
    out = []
    for i, j, m in placed:
        if out and m.type == "brain_region":
            pi, pj, pm = out[-1]
            gap = [t.lower() for t in texts[pj:i]]
            if pm.type == "brain_region" and gap in (["of"], ["of", "the"]):
                out[-1] = (pi, j, dataclasses.replace(pm, text=tv.text[pm.start : m.end],
                                                      end=m.end))
                continue
        out.append((i, j, m))
    return out


#: Adjectives that describe cells or axons, not a part of the region, between a region
#: adjective and a head noun: "thalamic terminal fields" are axon terminals.
_NOT_BRIDGES = frozenset("terminal several different other adjacent individual".split())
#: Nouns any region name takes as its head: "basal forebrain regions", "spinal cord
#: regions", "parabrachial nucleus subnuclei", "rhombencephalic territories", "CA1
#: subfield", "pars compacta subregions".
_PLACE_HEADS = frozenset(
    """region regions subregion subregions area areas zone zones territory territories field
    fields subfield subfields subdivision subdivisions subnuclei lobules hemispheres complex
    nucleus nuclei subnucleus""".split()
)


_GRAYS = frozenset({"gray", "grey"})
#: Endings of region adjectives ("septal", "striatal", "thalamic", "pontine", "amygdalar").
_ADJECTIVE_END = re.compile(r"(?:al|ar|ic|ine)$")


def _join_adjectives(tv: TokView, placed):
    """Join a one-word brain-region adjective to the brain-region mention right after it,
    or to a head noun after it (:data:`_ADJECTIVE_HEADS`); then any region name to a
    place noun after it (:data:`_PLACE_HEADS`)."""
    taken = covered(placed)
    n = len(tv.texts)
    widened = []
    texts, ws = tv.texts, tv.ws
    for i, j, m in placed:
        if m.type == "brain_region" and m.source == "adjective" and j - i == 1 and ws[i]:
            # up to two adjectives between: "spinal trigeminal complex"; or a coordinated
            # adjective before a plural head: "paraventricular and arcuate nuclei"
            h = j
            while h < min(n, j + 2) and h not in taken and ws[h] and (
                    _ADJECTIVE.match(texts[h]) or _modifier(texts[h])) and (
                    texts[h].lower() not in _ADJECTIVE_HEADS | _PLACE_HEADS | _NOT_BRIDGES):
                h += 1
            if h == j and j + 2 < n and texts[j].lower() in _AND and ws[j] and (
                    j + 1 not in taken and ws[j + 1] and _list_word(texts[j + 1])
                    and _plural(texts[j + 2])):
                h = j + 2
            if h < n and h not in taken and texts[h].lower() in _ADJECTIVE_HEADS | _PLACE_HEADS \
                    and (h == j or texts[h].lower() in _ADJECTIVE_HEADS or _plural(texts[h])):
                end = tv.ends[h]
                m = dataclasses.replace(m, text=tv.text[m.start : end], end=end)
                j = h + 1
        widened.append((i, j, m))
    placed = widened
    out = []
    for i, j, m in placed:
        if out and m.type == "brain_region":
            pi, pj, pm = out[-1]
            if (pj == i and pm.type == "brain_region" and pj - pi == 1 and tv.ws[pi]
                    and pm.source == "adjective"):
                head = pm if m.source == "adjective" else m
                out[-1] = (pi, j, dataclasses.replace(
                    head, text=tv.text[pm.start : m.end], start=pm.start, end=m.end))
                continue
        out.append((i, j, m))
    taken = covered(out)
    for k, (i, j, m) in enumerate(out):
        if (m.type == "brain_region" and j < n and tv.ws[j - 1] and j not in taken
                and (tv.texts[j].lower() in _PLACE_HEADS or (
                    # "periaqueductal gray matter", "spinal gray matter"
                    tv.texts[j].lower() == "matter" and tv.texts[j - 1].lower() in _GRAYS))
                and tv.texts[j - 1].lower() not in _PLACE_HEADS):
            out[k] = (i, j + 1, dataclasses.replace(m, text=tv.text[m.start : tv.ends[j]],
                                                    end=tv.ends[j]))
    return out
