"""Grounding: choose a concept for a span from the lexicon terms that share its key.

No spaCy here. The matcher (:mod:`figcap.ner.components`) proposes spans and the terms
found under their keys; :class:`Grounder` filters those terms with the disambiguation
rules (case, stop words, common words, species) and ranks the rest:

1. how the text matched: exactly (case and all) > same letters ignoring case > same key
   (spacing, hyphens, Greek letters, brackets differ);
2. the kind of synonym (approved symbol > FamPlex name > MeSH heading or entry term >
   alias > previous symbol > designation ...), see :data:`KIND_RANK`;
3. the record's organisms (a mouse symbol wins in a mouse figure);
4. the concept id, so ties break the same way every run.

:func:`Grounder.fuzzy` is the fallback for leftover spans (a long form the caption defines
that no synonym matches): rapidfuzz over the terms of its sub-spans, with a cutoff.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from .lexicons import Concept, load_concepts, load_index
from .lexicons.index import Term, TermIndex
from .normalize import fold, is_all_caps, match_key
from .resources import common_words, pfocr_stop_words

__all__ = ["KIND_RANK", "SYMBOL_KINDS", "Choice", "Grounder", "LEXICON_TYPE", "organism_taxa"]

#: lexicon name -> figcap entity type
LEXICON_TYPE = {
    "genes": "gene",
    "families": "family",
    "chemicals": "chemical",
    "diseases": "disease",
    "brain_regions": "brain_region",
}

#: Rank of a synonym kind (lower is better). Unknown kinds rank 6.
KIND_RANK: dict[str, int] = {
    "symbol": 0,
    "curated_abbreviation": 0,
    "curated_label": 0,
    "fplx_id": 1,
    "grounding_map": 1,
    "mesh_name": 1,
    "mesh_entry": 1,
    "label": 1,
    "abbreviation": 1,
    "exact_synonym": 2,
    "allen_name": 2,
    "allen_acronym": 2,
    "paxinos_label": 2,
    "paxinos_abbreviation": 2,
    "name": 2,
    "variant": 2,
    "alias": 2,
    "supp_name": 2,
    "mgi_symbol": 3,
    "rgd_symbol": 3,
    "prev": 3,
    "supp_synonym": 3,
    "ncbi_synonym": 4,
    "designation": 4,
    "equivalence": 4,
    "mgi_synonym": 5,
    "rgd_synonym": 5,
    "ambiguous_abbreviation": 5,
}

#: Kinds that are symbols or abbreviations, not names: case rules apply to them.
SYMBOL_KINDS = frozenset(
    {
        "symbol", "alias", "prev", "ncbi_synonym", "mgi_symbol", "mgi_synonym", "rgd_symbol",
        "rgd_synonym", "fplx_id", "grounding_map", "abbreviation", "allen_acronym",
        "paxinos_abbreviation", "curated_abbreviation", "ambiguous_abbreviation",
    }
)
_GENE_LEXICONS = ("genes", "families")

_TAXA = {
    "homo sapiens": "9606", "human": "9606", "mus musculus": "10090", "mouse": "10090",
    "rattus norvegicus": "10116", "rat": "10116",
}


def organism_taxa(organisms: Iterable[str] | None) -> frozenset[str]:
    """NCBI taxon ids of a record's organism names (``Mus musculus`` -> ``10090``)."""
    out = set()
    for name in organisms or ():
        taxon = _TAXA.get(str(name).strip().lower())
        if taxon:
            out.add(taxon)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Choice:
    """The concept chosen for a span, with the evidence for it."""

    type: str
    id: str
    label: str
    matched: str
    kind: str
    quality: int  # 0 exact, 1 same letters ignoring case, 2 same key
    organism: str
    lexicon: str

    @property
    def method(self) -> str:
        """``exact`` or ``normalised``."""
        return "exact" if self.quality == 0 else "normalised"

    @property
    def score(self) -> float:
        """1.0 exact, 0.95 case-insensitive, 0.9 key-only."""
        return (1.0, 0.95, 0.9)[self.quality]


@lru_cache(maxsize=1 << 16)
def _casefold(text: str) -> str:
    return fold(text).lower()


def _quality(term_text: str, text: str) -> int:
    if term_text == text:
        return 0
    if _casefold(term_text) == _casefold(text):
        return 1
    return 2


class Grounder:
    """Choose and describe concepts for spans; see the module docstring.

    Parameters
    ----------
    index : TermIndex, optional
        The lookup index (default: the packaged lexicons, loaded once per process).
    """

    def __init__(self, index: TermIndex | None = None) -> None:
        self.index = index if index is not None else load_index()
        self._common = common_words()
        self._stop = pfocr_stop_words()

    # -- filters -------------------------------------------------------------------
    def allowed(self, term: Term, text: str, quality: int, defined: bool = False) -> bool:
        """Whether ``term`` may ground the caption text ``text`` (disambiguation rules).

        ``defined`` is True when the caption defines ``text`` as an abbreviation.
        """
        kind = term.kind
        if kind == "ambiguous_abbreviation" and not defined:
            return False
        lower = text.lower()
        if term.lexicon in _GENE_LEXICONS and fold(text).upper() in self._stop:
            return False
        if kind not in SYMBOL_KINDS and not (len(match_key(text)) <= 4 and term.lexicon != "brain_regions"):
            # Names: any case. Short names (<= 4 letters: "Lead", "ACE") follow symbol rules.
            return not (lower in self._common and term.lexicon in ("chemicals", "diseases")
                        and quality > 0 and not is_all_caps(text))
        key = match_key(text)
        if len(key) <= 2 and not (quality == 0 and any(c.isdigit() for c in key) and len(key) == 2):
            return False
        if text.islower() and not term.text.islower():
            return False  # "was", "can", "set": lower-case words are not symbols
        if lower in self._common:
            if not is_all_caps(text) or kind not in ("symbol", "fplx_id", "curated_abbreviation"):
                return False
        return True

    # -- ranking -------------------------------------------------------------------
    def choose(
        self,
        text: str,
        terms: Sequence[Term],
        taxa: frozenset[str] = frozenset(),
        *,
        singular: str | None = None,
        defined: bool = False,
        types: frozenset[str] | None = None,
    ) -> Choice | None:
        """The best concept for ``text`` among ``terms``, or None when all are ruled out.

        ``singular`` is the text with a plural ending removed, when ``terms`` were found
        under the singular's key. ``types`` restricts the entity types considered.
        """
        probe = singular or text
        best: tuple | None = None
        best_term: Term | None = None
        best_q = 2
        for term in terms:
            etype = LEXICON_TYPE.get(term.lexicon)
            if etype is None or (types is not None and etype not in types):
                continue
            q = _quality(term.text, probe)
            if not self.allowed(term, probe, q, defined):
                continue
            species = 0
            if term.organism:
                species = 0 if term.organism in taxa else 1
            rank = (q, KIND_RANK.get(term.kind, 6) + 2 * species, term.lexicon, term.id, term.text)
            if best is None or rank < best:
                best, best_term, best_q = rank, term, q
        if best_term is None:
            return None
        t = best_term
        return Choice(
            type=LEXICON_TYPE[t.lexicon],
            id=t.id,
            label=t.label,
            matched=t.text,
            kind=t.kind,
            quality=best_q,
            organism=t.organism,
            lexicon=t.lexicon,
        )

    def ground_text(self, text: str, taxa: frozenset[str] = frozenset(), **kw) -> Choice | None:
        """Ground a whole string (exact, then normalised lookup; then its singular)."""
        choice = self.choose(text, self.index.lookup(match_key(text)), taxa, **kw)
        if choice is None and text.endswith("s") and len(text) > 3:
            sing = text[:-1]
            choice = self.choose(text, self.index.lookup(match_key(sing)), taxa, singular=sing, **kw)
        return choice

    def fuzzy(
        self, text: str, candidates: Iterable[Term], taxa: frozenset[str] = frozenset(),
        *, cutoff: float = 90.0, types: frozenset[str] | None = None,
    ) -> tuple[Choice, float] | None:
        """Best rapidfuzz match of ``text`` among ``candidates`` scoring >= ``cutoff``."""
        probe = _casefold(text)
        best: tuple | None = None
        for term in candidates:
            if term.kind in SYMBOL_KINDS:
                continue  # fuzzy matching of symbols invents genes
            if types is not None and LEXICON_TYPE.get(term.lexicon) not in types:
                continue
            s = fuzz.ratio(probe, _casefold(term.text), score_cutoff=cutoff)
            if s:
                rank = (-s, KIND_RANK.get(term.kind, 6), term.lexicon, term.id, term.text)
                if best is None or rank < best[0]:
                    best = (rank, term, s)
        if best is None:
            return None
        _, t, s = best
        choice = Choice(LEXICON_TYPE[t.lexicon], t.id, t.label, t.text, t.kind, 2, t.organism,
                        t.lexicon)
        return choice, s / 100.0

    # -- identifiers ---------------------------------------------------------------
    def identifiers(self, choice: Choice) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``(identifiers, members)`` CURIEs for a choice (see :class:`figcap.schema.Mention`)."""
        return _identifiers(choice.lexicon, choice.id)


def _gene_curies(concepts: dict[str, Concept], hgnc: str) -> tuple[str, ...]:
    c = concepts.get(hgnc)
    if c is None:
        return (hgnc,)
    return (hgnc,) + tuple(x for x in c.xrefs if x.startswith("NCBIGene:"))


@lru_cache(maxsize=1 << 16)
def _identifiers(lexicon: str, cid: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    concept = load_concepts(lexicon).get(cid)
    if lexicon == "genes":
        return _gene_curies(load_concepts("genes"), cid), ()
    if concept is None:
        return (cid,), ()
    if lexicon == "families":
        genes = load_concepts("genes")
        members = []
        for m in concept.members:
            members.extend(x for x in _gene_curies(genes, m) if x.startswith("NCBIGene:"))
        return (cid,), tuple(sorted(set(members), key=lambda x: int(x.split(":")[1])))
    extra = tuple(x for x in concept.xrefs if x.startswith(("MESH:", "UBERON:")) and x != cid)
    return (cid,) + extra, ()
