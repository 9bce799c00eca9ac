"""Build figcap's spaCy pipeline and run it over texts.

``spacy.blank("en")`` + figcap's tokenizer (scispaCy's rules, split further) + scispaCy's
AbbreviationDetector + ``figcap_lexicon_matcher``. No trained model is needed.

:func:`annotate_texts` reads a caption with UTF-8 mis-decoded as Mac Roman ("NF-Œ∫B") as
repaired ("NF-κB"); mention offsets and texts stay those of the caption as given.
"""

from __future__ import annotations

import dataclasses
import gc
import warnings
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language

from ..grounding import organism_taxa
from ..normalize import repair_mojibake
from ..schema import Mention
from . import components  # noqa: F401  (registers the factory)
from . import tokenizer as _tokenizer  # noqa: F401  (registers figcap.tokenizer.v1)
from .components import LexiconMatcher
from .mentions import mentions_from_doc
from .tokview import token_view

__all__ = ["build_nlp", "get_nlp", "warm_up", "annotate_texts"]


def build_nlp(*, abbreviations: bool = True, set_ents: bool = False) -> Language:
    """A fresh pipeline: tokenizer, abbreviation detector, lexicon matcher."""
    with warnings.catch_warnings():
        # spaCy compiles scispaCy's character classes with a FutureWarning (set union).
        warnings.simplefilter("ignore", FutureWarning)
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "figcap.tokenizer.v1"}}})
        if abbreviations:
            from . import abbreviations as _abbr  # noqa: F401  (registers the factory)

            nlp.add_pipe("figcap_abbreviations")
        nlp.add_pipe("figcap_lexicon_matcher", config={"set_ents": set_ents})
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline (built once)."""
    return build_nlp()


def warm_up(*, freeze_gc: bool = False) -> Language:
    """The process-wide pipeline with every lexicon its rules read loaded, so that the first
    caption costs no more than the next ones.

    ``freeze_gc``: then also collect garbage once and move every object of the process to
    the garbage collector's permanent generation (:func:`gc.freeze`). The imported modules
    and the lexicons, which live as long as the process, are then no longer walked by each
    full collection; on the PFOCR captions that is a sixth of the annotation time. Meant
    for programs that annotate in bulk (figcap's command line does it): objects alive at
    that moment are never collected as reference cycles afterwards. The youngest
    generation is also collected after 50,000 allocations instead of 700 (annotating a
    caption makes tens of thousands of short-lived objects, freed by their reference
    counts): full collections over the PFOCR captions fall from 13 to 2, and the
    annotation takes 3-6% less time.
    """
    from ..lexicons import concept_enzymes, concept_names

    # The tables are hundreds of thousands of small containers that live as long as the
    # process: the garbage collector, walking them again and again while they are read,
    # would take a third of the loading time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        nlp = get_nlp()
        next(annotate_texts(["warm up: ketamine"], nlp=nlp))
        concept_names("genes")  # read by the gene rules on their first gene
        concept_enzymes("genes")  # with the genes' name words (the enzyme and sense rules)
        from . import gene_senses

        gene_senses.load_tables()  # and family members' symbols (the family-member rule)
    finally:
        if collecting:
            gc.enable()
    if freeze_gc:
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, *gc.get_threshold()[1:])
    return nlp


def annotate_texts(
    texts: Iterable[str],
    organisms: Sequence[Sequence[str] | None] | None = None,
    *,
    nlp: Language | None = None,
) -> Iterator[list[Mention]]:
    """Mentions for each text, in order (one process; spaCy's ``n_process`` is slower here)."""
    nlp = nlp or get_nlp()
    texts = list(texts)
    orgs = list(organisms) if organisms is not None else [None] * len(texts)
    if len(orgs) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(orgs)} organism lists")
    # When figcap's matcher is the last step, its mentions are all a caller of this function
    # wants: ask it for them directly and skip building doc.spans (a tenth of the time).
    procs = [proc for _name, proc in nlp.pipeline]
    last = procs.pop() if procs and isinstance(procs[-1], LexiconMatcher) else None
    for text, org in zip(texts, orgs):
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        repaired = repair_mojibake(text)
        source = repaired[0] if repaired else text
        doc = nlp.make_doc(source)
        token_view(doc, source)  # the components' view of the tokens, with the text as given
        doc._.figcap_organisms = tuple(org) if org else None
        for proc in procs:
            doc = proc(doc)
        mentions = last.find(doc, organism_taxa(org)) if last is not None else None
        if mentions is None:
            mentions = mentions_from_doc(doc)
        yield _in_original(mentions, text, repaired[1]) if repaired else mentions


def _in_original(mentions: list[Mention], text: str, offsets: list[int]) -> list[Mention]:
    """Mentions found in the repaired text, with offsets and text of the caption as given
    ("IKKŒ≤" is read as IKKβ; its mention still spans the five characters of the caption)."""
    out = []
    for m in mentions:
        start, end = offsets[m.start], offsets[m.end]
        out.append(dataclasses.replace(m, start=start, end=end, text=text[start:end]))
    return out
