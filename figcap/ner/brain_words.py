"""Words of brain-region names and the context that lets atlas abbreviations stand alone.

- :func:`neuro_context`: does the text speak of the nervous system (atlas abbreviations);
- :data:`NEURO_WORDS`: words that make a text about the nervous system;
- :data:`POSITION_WORDS`, :data:`MODIFIER_WORDS`, :data:`PART_NOUNS`: position, modifier
  and part words a region name takes in, and the tests on them (``_modifier``,
  ``_place_word``) that :mod:`figcap.ner.brain_rules`, :mod:`figcap.ner.brain_names` and
  :mod:`figcap.ner.brain_short_forms` share.

:func:`neuro_context` takes figcap's token view (:class:`figcap.ner.tokview.TokView`).
"""

from __future__ import annotations

import re

from .tokview import TokView

__all__ = [
    "NEURO_WORDS",
    "POSITION_WORDS",
    "neuro_context",
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
#: nuclei", "vestibular premotor nuclei"), spinal level and retinal half.
MODIFIER_WORDS = frozenset(
    """superior inferior superficial deep upper lower inner outer middle intermediate
    bilateral unilateral basal magnocellular parvocellular granular agranular dysgranular
    primary secondary auditory visual vestibular somatosensory gustatory sensorimotor
    premotor motor sensory cervical thoracic lumbar sacral lumbosacral thoracolumbar
    nasal""".split()
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
