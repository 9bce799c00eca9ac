"""Brain-region context rules of the lexicon matcher: how far a brain-region name reaches.

- :func:`neuro_context`: does the text speak of the nervous system (atlas abbreviations);
- :func:`with_position_words`: a region takes in "left", "dorsal", modifiers and adjectives
  of place, a part noun before "of (the)", coordinated words and an adjective before it;
- :func:`not_regions`: mentions that name no region ("adrenal cortex", "atrial septum").

The rules that name regions no lexicon knows are in :mod:`figcap.ner.brain_names`. Each
takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
"""

from __future__ import annotations

import dataclasses
import re

from ..definitions import is_short_form
from ..normalize import fold, strip_plural
from ..resources import generic_terms
from .mentions import covered, make_mention
from .rules import occurrences
from .tokview import TokView

__all__ = [
    "NEURO_WORDS",
    "POSITION_WORDS",
    "neuro_context",
    "not_regions",
    "with_position_words",
]

#: Words that make a text about the nervous system, where atlas abbreviations of brain
#: regions ("ARF", "PTA", "DR") may stand alone.
NEURO_WORDS = frozenset(
    """brain brains neuron neurons neuronal neural cortex cortical hippocampus hippocampal
    synapse synapses synaptic axon axons axonal dendrite dendrites dendritic
    neurotransmitter neurotransmitters dopaminergic serotonergic glutamatergic gabaergic
    cholinergic noradrenergic interneurons thalamus hypothalamus striatum amygdala
    cerebellum midbrain forebrain hindbrain""".split()
)
_BRAIN_NAME_KINDS = frozenset(
    {"label", "exact_synonym", "curated_label", "allen_name", "paxinos_label", "mesh_name",
     "mesh_entry", "variant", "adjective"}
)


#: Position and laterality words a brain-region name takes in ("ventral hippocampus",
#: "left dorsolateral prefrontal cortex"): WhiteText spans include them (399 gold spans
#: against 15 that leave the word out, on the shared half).
POSITION_WORDS = frozenset(
    """ventral dorsal medial lateral rostral caudal anterior posterior ipsilateral
    contralateral left right dorsolateral dorsomedial ventrolateral ventromedial""".split()
)
#: Compound direction words ("anteroventral", "caudomedial", "mediobasal", "rostro-lateral",
#: "basolateral").
#: Initials of position words before a region name: dorsal, ventral, lateral, medial
#: and their pairs ("vl", "dl", "dm", "vm").
_POSITION_INITIALS = re.compile(r"^(?:[dv][lm]?|[lm])$")
_DIRECTION = re.compile(
    r"^(?:(?:antero|postero|dorso|ventro|medio|latero|rostro|caudo|supero|infero|centro|baso)-?)+"
    r"(?:anterior|posterior|dorsal|ventral|medial|lateral|rostral|caudal|superior|inferior"
    r"|basal|central)$"
)
#: Other words that narrow a named region down to a part of it and belong to its name in
#: neuroanatomical writing: depth and level ("superficial dorsal horn", "upper cervical
#: spinal cord"), cytoarchitecture ("magnocellular red nucleus", "medial agranular
#: cortex"), modality ("auditory thalamus", "motor thalamus", "sensory trigeminal
#: nuclei"), spinal level and retinal half.
MODIFIER_WORDS = frozenset(
    """superior inferior superficial deep upper lower inner outer middle intermediate
    bilateral unilateral basal magnocellular parvocellular granular agranular dysgranular
    primary secondary auditory visual somatosensory gustatory sensorimotor premotor motor
    sensory cervical thoracic lumbar sacral lumbosacral thoracolumbar nasal""".split()
)
#: Nouns naming a part of a region: "[ventral] part of the [X]" is one region name.
PART_NOUNS = frozenset(
    """part parts portion portions region regions division divisions subdivision
    subdivisions half halves third thirds one-third two-thirds sector sectors segment
    segments level levels bank banks aspect aspects pole limb limbs leaf wall territory
    territories subnucleus subnuclei nucleus nuclei zone zones column columns shell
    core edge edges border borders margin margins corner extension band bands group
    groups""".split()
)
#: Adjectives that name where in a region or which region ("central", "accessory",
#: "orbital cortex", "medullary dorsal horn", "retinorecipient pretectal nuclei"): a
#: region name takes them in like a position word. Not words for a species, an age, a
#: sample or a cell type ("primate cortex", "neonatal cortex", "normal cortex").
_PLACE_ADJECTIVES = frozenset(
    """central external internal accessory midline peripheral proximal principal
    visceral somatic opercular basilar tuberal vitreal polymodal multimodal glomerular
    hilar oral main cranial""".split()
)
_PLACE_ROOTS = re.compile(
    r"^(?!extra|intra)[a-z]{2,}(?:rhinal|temporal|frontal|parietal|orbital|occipital|nasal|pontine|striatal"
    r"|granular|cellular|capsular|thalamic|commissural|limbic|tentorial|sylvian|striate"
    r"|aqueductal|callosal|ventricular|recipient|caudal)$|^(?:rhinal|temporal|frontal"
    r"|parietal|orbital|occipital|vibrissal|medullary)$"
)
#: Part nouns that name a structure without a position word ("nuclei of the lateral
#: lemniscus", "subnuclei of the PB"); the others need one ("ventral part of the X").
_STRUCTURE_NOUNS = frozenset("subnucleus subnuclei nucleus nuclei".split())
# A word that can modify a region in a coordination ("orbital and medial prefrontal cortex").
_ADJECTIVE = re.compile(r"^[a-z]{3,}(?:al|ar|ic|ate|ory|ine|ior|ent)$")
_AND = frozenset({"and", "or"})


def _modifier(word: str) -> bool:
    w = word.lower()
    return w in POSITION_WORDS or w in MODIFIER_WORDS or bool(_DIRECTION.match(w))


def _place_word(word: str) -> bool:
    """A position or modifier word (:func:`_modifier`), or an adjective of place
    (:data:`_PLACE_ADJECTIVES`, "-rhinal", "-thalamic", "temporal")."""
    w = word.lower()
    return _modifier(word) or w in _PLACE_ADJECTIVES or bool(_PLACE_ROOTS.match(w))


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
            while True:
                k = a - 1
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
                # ("peri-locus coeruleus", "peri-suprachiasmatic region")
                if a == i and k >= 1 and texts[k] == "-" and texts[k - 1].lower() == "peri" \
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
    return _join_locators(tv, out)


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


#: Head nouns that end a region name after its short form in brackets: "parabrachial
#: nucleus (PB) subnuclei", "subthalamic (STN) nucleus", "olivocochlear (OC) bundle".
#: Not nouns for a part of the region ("olfactory bulb (OB) core", "zona incerta (ZI)
#: sectors"), which name a place in it and keep the short form for the whole.
_BRACKET_HEADS = frozenset(
    """nucleus nuclei subnucleus subnuclei area areas complex cortex cortices nerve nerves
    bundle tract fascicles""".split())
#: Head nouns a region name may take after its short form in brackets.
REGION_HEADS = _BRACKET_HEADS
_REGION = frozenset({"brain_region"})


def _short_in_brackets(tv: TokView, k: int, regions) -> bool:
    """Are tokens ``k`` to ``k + 3`` "(", a short form, ")"? ``regions``: the start tokens
    of brain-region mentions (a short form placed as one counts)."""
    texts = tv.texts
    return (k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")"
            and (k + 1 in regions or is_short_form(texts[k + 1])))


def _join_bracketed_short_forms(tv: TokView, placed, grounder=None):
    """A region name written around its short form is one mention, the short form inside:
    a name and its head noun ("parabrachial nucleus (PB) subnuclei", "parafascicular (Pf)
    nuclei", "subthalamic (STN) nucleus") and position or modifier words and a name
    ("primary somatosensory (SI) cortex", "ventral posterior (VP) thalamic nucleus").
    The concept is the name's (the whole name's where ``grounder`` grounds it: "primary
    somatosensory cortex", not "cortex"). Later uses of the short form are the region
    (:func:`_short_form_uses`), the whole name's where ``grounder`` grounds it."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    regions = {i for i, _j, m in placed if m.type == "brain_region"}
    starts = {i: m for i, _j, m in placed}
    single = {i for i, j, m in placed if j == i + 1 and m.type == "brain_region"}
    inside: set[int] = set()  # start tokens of the short forms (and heads) taken in
    shorts: dict = {}  # short form -> (region, words of its name before the bracket)
    out = []
    for i, j, m in placed:
        if m.type == "brain_region" and i not in inside:
            head = j + 3
            if _short_in_brackets(tv, j, regions) and head < n and ws[j + 2] and (
                    texts[head].lower() in _BRACKET_HEADS) and (
                    head not in taken or head in single):  # "(IC) cortices": a mention too
                if j + 1 in starts:
                    inside.add(j + 1)
                short = texts[j + 1]
                name = tuple(w.lower() for w in texts[i:j])
                _define(shorts, short, m, name)
                if head in single:
                    inside.add(head)
                end = tv.ends[j + 3]
                m = dataclasses.replace(m, text=tv.text[m.start : end], end=end)
                j += 4
            elif i >= 4 and ws[i - 1] and _short_in_brackets(tv, i - 3, regions) \
                    and ws[i - 4] and (i - 4) not in taken and _place_word(texts[i - 4]):
                a = i - 4
                while a > 0 and ws[a - 1] and (a - 1) not in taken and _place_word(texts[a - 1]):
                    a -= 1
                if i - 2 in starts:
                    inside.add(i - 2)
                start = tv.starts[a]
                name = tuple(w.lower() for w in texts[a : i - 3])
                whole = " ".join(texts[a : i - 3]) + " " + tv.span_text(i, j)
                choice = grounder.ground_text(whole, types=_REGION) if grounder else None
                region = m if choice is None else make_mention(tv, i, j, choice, "normalised",
                                                               choice.score, grounder)
                short = texts[i - 2]
                _define(shorts, short, region, name)
                m = dataclasses.replace(region, text=tv.text[start : m.end], start=start,
                                        end=m.end)
                i = a
        out.append((i, j, m))
    out = [(i, j, m) for i, j, m in out if i not in inside]
    return _short_form_uses(tv, out, shorts) if shorts else out


def _define(shorts: dict, short: str, region, name: tuple) -> None:
    """Record ``short`` as defined by ``region`` and the words ``name``; a short form defined
    twice, by other words or another region, is left alone (None)."""
    old = shorts.get(short, (region, name))
    same = old is not None and old[1] == name and old[0].identifiers == region.identifiers
    shorts[short] = (region, name) if same else None


def _short_form_uses(tv: TokView, placed, shorts):
    """Each later use of a short form that a region name written around it defines
    ("subthalamic (STN) nucleus ... the STN") is that region, not another reading of the
    abbreviation (the gene whose alias "STN" is); where the use repeats the name's words
    before it in brackets ("mediodorsal (MD) nucleus ... neurons of mediodorsal (MD)"),
    those words are the region too. Not a short form the text puts in brackets after
    other words, nor one defined twice."""
    texts, n = tv.texts, len(tv.texts)
    at = {i: (j, m) for i, j, m in placed}
    taken = covered(placed)
    extra, replaced = [], set()

    def add(a: int, b: int, region) -> None:
        start, end = tv.starts[a], tv.ends[b - 1]
        extra.append((a, b, dataclasses.replace(
            region, text=tv.text[start:end], start=start, end=end, method="abbreviation",
            score=round(0.95 * region.score, 4))))
        taken.update(range(a, b))

    for short, entry in shorts.items():
        if entry is None or not is_short_form(short):
            continue
        region, name = entry
        size = len(name)
        uses = occurrences(tv, short)
        if any(0 < a < n - 1 and texts[a - 1] == "(" and texts[b] == ")" and (
                a - 1 - size < 0 or tuple(w.lower() for w in texts[a - 1 - size : a - 1]) != name)
               for a, b in uses):
            continue  # also put in brackets after other words: defined otherwise too
        for a, b in uses:
            here = at.get(a)
            if here is not None and here[0] == b and here[1].type != "brain_region":
                replaced.add(a)
                add(a, b, region)
            elif here is None and not any(k in taken for k in range(a, b)):
                add(a, b, region)
            elif here is None or here[0] != b:
                continue
            c = a - 1 - size
            if texts[a - 1] == "(" and c >= 0 and not any(k in taken for k in range(c, a - 1)):
                add(c, a - 1, region)
    if not extra:
        return placed
    kept = [p for p in placed if p[0] not in replaced]
    return sorted(kept + extra, key=lambda p: (p[0], -p[1]))


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
    not "archistriatum anterior to") and a nucleus over the cranial nerve it belongs to
    by number ("mesencephalic nucleus of the fifth nerve"). The words must be free."""
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
#: regions", "parabrachial nucleus subnuclei", "rhombencephalic territories".
_PLACE_HEADS = frozenset(
    """region regions area areas zone zones territory territories field fields subnuclei
    lobules hemispheres complex nucleus nuclei subnucleus""".split()
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


#: Codes of cortical areas: "17", "3b", "24a", "46inf", "TE", "MT", "V1", "TEa", "Ts1".
_AREA_CODE = re.compile(r"^(?:\d{1,2}[a-z]{0,3}|[A-Z][A-Za-z]{0,3}\d?[a-z]?)$")
_AREA_WORDS = frozenset({"area", "areas"})


def neuro_context(tv: TokView, hits) -> bool:
    """True when the text names a brain region in full or speaks of the nervous system.

    ``hits`` are the ``((start, end, key, variant), terms)`` candidates that have terms."""
    if not NEURO_WORDS.isdisjoint(map(str.lower, tv.texts)):
        return True
    return any(c[1] - c[0] > 1 and any(t.lexicon == "brain_regions" and t.kind in _BRAIN_NAME_KINDS
                                       for t in terms)
               for c, terms in hits)


#: Organs with a cortex or a medulla of their own: "adrenal cortex", "renal medulla".
_OTHER_ORGANS = frozenset(
    """adrenal suprarenal renal kidney kidneys thymic thymus ovarian ovary hair bone
    lymph atrial interatrial ventricular interventricular cardiac heart nasal""".split()
)
_ORGAN_PARTS = frozenset("cortex cortices cortical medulla medullary septum".split())
#: Bare words that name a brain region only in a text about the nervous system: the
#: septum of the heart or nose, the chiasma of meiosis, the olive of a tree.
_NEURO_ONLY = frozenset({"septum", "chiasm", "olive", "olives"})
#: Region names that are also colours: "olive/red nodes", "olive green".
_COLOURS = frozenset({"olive"})
_COLOUR_WORDS = frozenset({"red", "green", "blue", "yellow", "orange", "purple", "brown",
                           "black", "grey", "gray", "pink", "cyan", "magenta", "violet",
                           "white", "colour", "color", "coloured", "colored"})


def _colour(tv: TokView, j: int) -> bool:
    """Whether the word before token ``j`` names a colour: glued to another word by a slash
    or hyphen ("olive/red nodes") or before a colour word ("olive green")."""
    texts, ws = tv.texts, tv.ws
    if j >= len(texts):
        return False
    return (not ws[j - 1] and texts[j] in ("/", "-")) or texts[j].lower() in _COLOUR_WORDS


#: Plurals that are walls between parts, not the septum of the brain: "barrels and their
#: intervening septa".
_WALLS = frozenset({"septa"})


#: Heads of names of an epithelium, a tissue of a sense organ or a lining, not a region of
#: the nervous system: "retinal pigment epithelium", "olfactory epithelium".
_EPITHELIA = frozenset({"epithelium", "epithelia", "neuroepithelium", "neuroepithelia"})


def _epithelia(tv: TokView, placed, grounder):
    """Brain-region mentions of an epithelium's name give way to the region adjective that
    opens it, as in "retinal ganglion cells" ("retinal" of "retinal pigment epithelium" is
    the retina; "vestibular sensory epithelium" has no such word), and the short forms it
    defines ("RPE") go with it."""
    texts = tv.texts
    names = [(i, j, m) for i, j, m in placed
             if m.type == "brain_region" and texts[j - 1].lower() in _EPITHELIA]
    if not names:
        return placed
    gone = {m.identifiers for _i, _j, m in names}
    region = frozenset({"brain_region"})
    out = []
    for i, j, m in placed:
        if m.type != "brain_region":
            out.append((i, j, m))
        elif texts[j - 1].lower() in _EPITHELIA:
            choice = grounder.ground_text(texts[i], types=region) \
                if grounder is not None and j - i >= 2 and texts[i].isalpha() else None
            if choice is not None:
                out.append((i, i + 1, make_mention(tv, i, i + 1, choice, "exact", 1.0, grounder)))
        elif not (m.identifiers in gone and j - i == 1 and is_short_form(m.text)):
            out.append((i, j, m))
    return out


def not_regions(tv: TokView, placed, neuro: bool = True, grounder=None):
    """Drop brain-region mentions that name no region of the nervous system: "cortex",
    "cortical", "medulla" or "septum" right after the name of another organ ("adrenal
    cortex", "renal medulla", "atrial septum"), "septum" and "chiasm" alone outside texts
    about the nervous system, "septa" alone (walls between barrels), generic words that
    a definition let through ("central nervous system (CNS)": a whole system, no region;
    ``curated/generic_brain_regions.txt``), names negated by "non-" ("non-visual
    nuclei"), a colour ("olive/red nodes") and names of an epithelium
    (:func:`_epithelia`)."""
    if not any(m.type == "brain_region" for _i, _j, m in placed):
        return placed  # most captions: every test below drops brain-region mentions only
    placed = _epithelia(tv, placed, grounder)
    texts, ws = tv.texts, tv.ws
    generic = generic_terms("brain_regions")
    # the concepts of generic words here, and so of the short forms they define ("WM")
    wide = {m.identifiers for _i, _j, m in placed
            if m.type == "brain_region" and fold(m.text).lower() in generic}
    # short forms a generic name defines, placed or not: "outer plexiform layer (OPL)"
    shorts = {texts[k] for k in _generic_definitions(tv, generic, placed)}
    return [(i, j, m) for i, j, m in placed
            if not (m.type == "brain_region" and (
                (j - i == 1 and texts[i].lower() in _WALLS)
                or fold(m.text).lower() in generic
                or (m.identifiers in wide and j - i == 1 and is_short_form(m.text))
                or (j - i == 1 and texts[i] in shorts)
                or (not neuro and j - i == 1 and texts[i].lower() in _NEURO_ONLY)
                or (j - i == 1 and texts[i].lower() in _COLOURS and _colour(tv, j))
                or (i > 0 and j - i == 1 and texts[i].lower() in _ORGAN_PARTS
                    and texts[i - 1].lower() in _OTHER_ORGANS)
                or (i > 1 and texts[i - 1] == "-" and not ws[i - 2] and not ws[i - 1]
                    and texts[i - 2].lower() == "non")))]


def _generic_definitions(tv: TokView, generic, placed) -> list[int]:
    """Tokens of short forms in brackets right after a generic word of
    ``curated/generic_brain_regions.txt`` of up to four words, which the short form then
    stands for: "outer plexiform layer (OPL)". Not where a mention takes in the generic
    words or the word before them ("periaqueductal gray matter (PAG)", "spiral ganglion
    (SG)": the generic word ends a name)."""
    texts, n = tv.texts, len(tv.texts)
    taken = covered(placed)
    out = []
    for k in tv.positions("("):
        if k + 2 >= n or texts[k + 2] != ")" or not is_short_form(texts[k + 1]):
            continue
        for size in range(1, 5):
            if k - size >= 0 and fold(tv.span_text(k - size, k)).lower() in generic:
                if not any(c in taken for c in range(k - size - 1, k)):
                    out.append(k + 1)
                break
    return out
