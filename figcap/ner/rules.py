"""Context rules the lexicon matcher applies around its matches (no lexicon lookups of
their own beyond grounding a derived text).

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples, so it
can be read and tested apart from the spaCy component:

- :func:`with_position_words`: a brain region takes in "left", "dorsal" ... before it;
- :func:`slash_lists`: "LRP5/6" is LRP5 and LRP6;
- :func:`neuro_context`: does the text speak of the nervous system (atlas abbreviations);
- :func:`stereo_proposals`: "(R,S)-ketamine" is ketamine;
- :func:`definitions` and :func:`occurrences`: abbreviation long forms and short forms.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from ..grounding import Grounder
from ..normalize import match_key
from .mentions import make_mention
from .tokenizer import STEREO_PREFIX
from .tokview import TokView

__all__ = [
    "NEURO_WORDS",
    "POSITION_WORDS",
    "with_position_words",
    "slash_lists",
    "neuro_context",
    "stereo_proposals",
    "definitions",
    "occurrences",
]

_STEREO = re.compile(STEREO_PREFIX)

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


def with_position_words(tv: TokView, placed):
    """Widen each brain-region mention over the position words just before it."""
    taken = set()
    for i, j, _m in placed:
        taken.update(range(i, j))
    out = []
    for i, j, m in placed:
        a = i
        if m.type == "brain_region":
            while a > 0 and tv.ws[a - 1] and (a - 1) not in taken and (
                tv.texts[a - 1].lower() in POSITION_WORDS
            ):
                a -= 1
        if a < i:
            start = tv.starts[a]
            m = dataclasses.replace(m, text=tv.text[start : m.end], start=start)
            taken.update(range(a, i))
        out.append((a, j, m))
    return out


_LIST_TAIL = re.compile(r"^(.*?)(\d+|[A-Z])$")
_GENE_TYPES = frozenset({"gene", "family"})


def slash_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """Symbols listed with a slash: "LRP5/6" is LRP5 and LRP6, "KDM6A/B" KDM6A and KDM6B.

    The part after the slash (a number or one capital) becomes a mention of its own,
    grounded as the first symbol's stem plus that part.
    """
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = {k for i, j, _m in placed for k in range(i, j)}
    extra = []
    for _i, j, m in placed:
        stem = _LIST_TAIL.match(m.text)  # "IL1/2/3": every part goes on the first stem
        while stem and m.type in _GENE_TYPES and j + 1 < n and texts[j] == "/" \
                and not ws[j - 1] and not ws[j] and j + 1 not in taken:
            part = texts[j + 1]
            if not (part.isdigit() or (len(part) == 1 and part.isupper())):
                break
            if part.isdigit() != stem.group(2).isdigit():
                break
            choice = grounder.ground_text(stem.group(1) + part, taxa, types=_GENE_TYPES)
            if choice is None:
                break
            m = make_mention(tv, j + 1, j + 2, choice, "normalised", 0.9, grounder)
            extra.append((j + 1, j + 2, m))
            j += 2
    if not extra:
        return placed
    return sorted(placed + extra, key=lambda p: (p[0], p[1]))


def neuro_context(tv: TokView, hits) -> bool:
    """True when the text names a brain region in full or speaks of the nervous system.

    ``hits`` are the ``((start, end, key, variant), terms)`` candidates that have terms."""
    if not NEURO_WORDS.isdisjoint(map(str.lower, tv.texts)):
        return True
    return any(c[1] - c[0] > 1 and any(t.lexicon == "brain_regions" and t.kind in _BRAIN_NAME_KINDS
                                       for t in terms)
               for c, terms in hits)


def stereo_proposals(tv: TokView, proposals) -> list:
    """A chemical right after a stereo descriptor token takes it in: "(R,S)-ketamine".

    Only where the longer span has no match of its own ("(S)-ketamine" is esketamine)."""
    spans = {(p[1], p[2]) for p in proposals}
    out = []
    for prio, i, j, choice, method, score in proposals:
        if choice.type != "chemical" or i == 0 or (i - 1, j) in spans:
            continue
        if not tv.ws[i - 1] and _STEREO.fullmatch(tv.texts[i - 1]):
            out.append((prio, i - 1, j, choice, "normalised", round(score * 0.95, 4)))
    return out


def definitions(doc: Doc, tv: TokView) -> list[tuple[str, tuple[int, int]]]:
    """``(short form text, (start, end) of its long form)`` for each definition, first one
    per short form; a long form starting inside a word is widened to the word's start."""
    out: dict[str, tuple[int, int]] = {}
    for short in getattr(doc._, "abbreviations", None) or ():
        long_form = short._.long_form
        if long_form is None or short.text in out:
            continue
        li, lj = long_form.start, long_form.end
        while li > 0 and not tv.ws[li - 1] and tv.texts[li - 1] not in "([/,;":
            li -= 1
        while li < lj and not match_key(tv.texts[li]):
            li += 1
        if li < lj:
            out[short.text] = (li, lj)
    return sorted(out.items(), key=lambda kv: kv[1])


def occurrences(tv: TokView, short: str) -> list[tuple[int, int]]:
    """Token spans of every whole-word occurrence of ``short`` (or its plural)."""
    out = []
    texts = tv.texts
    n = len(texts)
    text = tv.text
    # find the short form in the text, then map to tokens (cheaper than trying every token)
    starts = tv.by_start()
    pos = text.find(short)
    while pos >= 0:
        i = starts.get(pos)
        if i is not None and not (i > 0 and not tv.ws[i - 1] and texts[i - 1][-1].isalnum()):
            for j in range(i + 1, min(n, i + 8) + 1):
                span = tv.span_text(i, j)
                if span in (short, short + "s"):
                    if j == n or tv.ws[j - 1] or not texts[j][0].isalnum():
                        out.append((i, j))
                    break
                if not (short + "s").startswith(span):
                    break
        pos = text.find(short, pos + 1)
    return out
