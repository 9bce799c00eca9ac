"""Grounding: choose a concept for a span from the lexicon terms that share its key.

No spaCy here. The matcher (:mod:`figcap.ner.components`) proposes spans and the terms
found under their keys; :class:`Grounder` filters those terms with the disambiguation
rules (case, stop words, common words, species) and ranks the rest:

1. how the text matched: exactly (case and all) > same letters ignoring case > same key
   (spacing, hyphens, Greek letters, brackets differ);
2. the kind of synonym (approved symbol > FamPlex name > MeSH heading or entry term >
   alias > previous symbol > designation ...), see
   :data:`figcap.grounding_kinds.KIND_RANK`;
3. the record's organisms (a mouse symbol wins in a mouse figure; it comes right after
   the match quality when the record names organisms);
4. the concept id, so ties break the same way every run.

An alias, designation or other synonym that several genes share grounds none of them
(PFOCR's rule too); an approved symbol or name always grounds its gene.

:func:`Grounder.fuzzy` is the fallback for leftover spans (a long form the caption defines
that no synonym matches): rapidfuzz over the terms of its sub-spans, with a cutoff.

This module holds :class:`Grounder`, its input (:func:`organism_taxa`) and its result
(:class:`Choice`). The ranking tables and kinds of synonym are in
:mod:`figcap.grounding_kinds`, the predicates on text in :mod:`figcap.grounding_text`,
the tie-breaks between genes sharing an alias in :mod:`figcap.grounding_aliases`; the
public names of ``grounding_kinds`` can be imported from here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

from rapidfuzz import fuzz

from .grounding_aliases import backed_alias, case_mapped, mixed_case
from .grounding_kinds import (
    _DESCRIPTIVE_KINDS,
    _GENE_LEXICONS,
    _LEXICON_RANK,
    _NOT_MENTION_PREFIXES,
    AMBIGUOUS_KINDS,
    BRAIN_ABBREVIATION_KINDS,
    KIND_RANK,
    LEXICON_TYPE,
    SUPPLEMENTARY_KINDS,
    SYMBOL_KINDS,
    WEAK_GENE_KINDS,
    brain_abbreviation,
)
from .grounding_text import (
    AMINO_ACIDS,
    _FUNCTION_WORDS,
    _GREEK_NAMES,
    _GREEK_NUMBER,
    _KDA,
    _LETTER_NUMBER,
    _MICRO_UNIT,
    _ONCOGENE,
    _WORD,
    _alnum,
    _casefold,
    _is_generic_gene,
    _looks_symbol,
    _nested_breaks,
    _protein_word_id,
    _quality,
    _words_but_a_letter,
)
from .lexicons import load_index
from .lexicons.index import Term, TermIndex, pieces
from .lexicons.sources.brain_readers import read_ambiguity_policy
from .normalize import fold, is_all_caps, match_key, replace_greek, strip_plural
from .schema import slot_init
from .resources import (
    GENERIC_LEXICONS,
    common_words,
    curated_common_words,
    descriptive_gene_words,
    gene_alias_senses,
    generic_gene_words,
    generic_terms,
    pfocr_stop_words,
)

__all__ = [
    "AMBIGUOUS_KINDS", "BRAIN_ABBREVIATION_KINDS", "KIND_RANK", "SUPPLEMENTARY_KINDS",
    "SYMBOL_KINDS", "WEAK_GENE_KINDS", "Choice", "Grounder", "LEXICON_TYPE", "brain_abbreviation",
    "organism_taxa",
]

_HYPHENS = re.compile(r"[-\u2010-\u2015]")
_DIGIT_HYPHEN_DIGIT = re.compile(r"\d[-\u2010-\u2015]\d")

_TAXA = {
    "homo sapiens": "9606", "human": "9606", "mus musculus": "10090", "mouse": "10090",
    "rattus norvegicus": "10116", "rat": "10116",
    "9606": "9606", "10090": "10090", "10116": "10116",  # the ids themselves
}


def organism_taxa(organisms: Iterable[str] | None) -> frozenset[str]:
    """NCBI taxon ids of a record's organism names (``Mus musculus`` -> ``10090``)."""
    out = set()
    for name in organisms or ():
        taxon = _TAXA.get(str(name).strip().lower())
        if taxon:
            out.add(taxon)
    return frozenset(out)


@slot_init
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
    xrefs: str = ""

    @classmethod
    def of(cls, term: Term, quality: int, kind: str | None = None) -> "Choice":
        """The choice of the lexicon term ``term`` matched with ``quality``; ``kind``
        overrides the term's kind (a reviewed sense is ``curated``)."""
        return cls(type=LEXICON_TYPE[term.lexicon], id=term.id, label=term.label,
                   matched=term.text, kind=term.kind if kind is None else kind,
                   quality=quality, organism=term.organism, lexicon=term.lexicon,
                   xrefs=term.xrefs)

    @property
    def method(self) -> str:
        """``exact`` or ``normalised``."""
        return "exact" if self.quality == 0 else "normalised"

    @property
    def score(self) -> float:
        """1.0 exact, 0.95 case-insensitive, 0.9 key-only."""
        return (1.0, 0.95, 0.9)[self.quality]


class _Probe(NamedTuple):
    """What the rules need to know of a caption text, computed once per text."""

    casefold: str
    stop: bool
    common: bool
    all_caps: bool
    lower: bool
    short: bool
    tiny: bool
    generic_gene: bool
    numeric: bool
    digit: bool
    function: bool
    title_common: bool
    oncogene: bool


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
        self._probes: dict[str, _Probe] = {}
        self._policies = read_ambiguity_policy()
        self._generic_gene = generic_gene_words()
        self._english = curated_common_words()
        self._describing = self._generic_gene | descriptive_gene_words()
        self._described: dict[str, bool] = {}  # text -> self._describes(text)
        self._generic = {name: generic_terms(name) for name in GENERIC_LEXICONS}
        self._alias_senses = gene_alias_senses()

    # -- filters -------------------------------------------------------------------
    def _probe(self, text: str) -> "_Probe":
        p = self._probes.get(text)
        if p is None:
            key = match_key(text)
            lower = text.lower()
            p = _Probe(
                casefold=_casefold(text),
                stop=fold(text).upper() in self._stop,
                common=lower in self._common,
                all_caps=is_all_caps(text),
                lower=text.islower(),
                short=len(key) <= 4,
                tiny=len(key) <= 2 and not (len(key) == 2 and any(map(str.isdigit, key))),
                generic_gene=_is_generic_gene(text, self._generic_gene),
                digit=any(map(str.isdigit, text)),
                function=len(text) <= 10
                and any(w in _FUNCTION_WORDS for w in _words_but_a_letter(text)),
                numeric=not any(map(str.isalpha, _KDA.sub("", text)))
                or bool(_LETTER_NUMBER.fullmatch(text)) or bool(_MICRO_UNIT.fullmatch(text))
                or bool(_GREEK_NUMBER.fullmatch(replace_greek(text))),
                title_common=text[:1].isupper() and text[1:].islower()
                and lower in self._english,
                oncogene=bool(_ONCOGENE.fullmatch(text)),
            )
            if len(self._probes) > 100_000:
                self._probes.clear()
            self._probes[text] = p
        return p

    def allowed(self, term: Term, text: str, quality: int, defined: bool = False,
                taxa: frozenset[str] = frozenset(), paired: bool = False) -> bool:
        """Whether ``term`` may ground the caption text ``text`` (disambiguation rules).

        ``defined`` is True when the caption defines ``text`` as an abbreviation.

        - an ambiguous abbreviation only where the caption defines it (or the curated
          policy lets it stand alone); a lower-case brain-region abbreviation only as
          written, unless defined ("mtt" is a tract, "MTT" an assay), and none with
          capitals inside it from a title-case word ("Dlx" is no "dlX");
        - nothing from PFOCR's stop list is a gene or family;
        - mouse and rat synonyms (not symbols) only when the record names that species;
        - generic words ("drugs", "water", "disease", "brain"; ``curated/generic_*.txt``)
          are no chemical, disease or brain-region mentions;
        - NCBI's designations and synonyms that only describe a kind of protein
          ("cytoplasmic protein", "endocytic receptor", "helicase"; :meth:`_describes`)
          name no gene;
        - names (MeSH headings, gene names) match in any case, but one or two letters
          only exactly and not in capitals;
        - an acronym in capitals with a small plural "s" is no name or symbol ending in s
          written otherwise ("IDs", "PTMs", "PRRs" are no IDS, PTMS, PRRS);
        - symbols and abbreviations: never 1-2 characters (bar a letter and a digit
          written exactly, as "C3"); never a lower-case word for a symbol that has
          capitals ("was", "set"); never a frequent English word unless in capitals
          ("Fog", "Mast");
        - a proto-oncogene in lower case ("c-rel", "c-kit") may match its synonym in
          any case.
        """
        kind = term.kind
        if kind.startswith(_NOT_MENTION_PREFIXES):
            return False
        if quality > 0 and not defined and term.lexicon == "brain_regions" \
                and term.text.islower() and brain_abbreviation(kind, term.text, text):
            return False  # Allen's tracts "mtt", "snp" are written so; "MTT", "SNPs" are not
        if quality > 0 and not defined and term.lexicon == "brain_regions" and text.istitle() \
                and term.text[:1].islower() and any(map(str.isupper, term.text[1:])) \
                and len(term.text) <= 8 \
                and " " not in term.text:
            return False  # "Dlx" (genes) is not the zebrafish atlas's "dlX"
        if kind == "ambiguous_abbreviation" and not defined and not self._policy_allows(
            term, text, quality
        ):
            return False
        p = self._probe(text)
        lexicon = term.lexicon
        if lexicon in _GENE_LEXICONS and (p.stop or p.generic_gene or p.numeric or p.function):
            return False
        title_common = p.title_common and not paired
        if title_common and kind in ("mgi_symbol", "rgd_symbol") and term.organism not in taxa:
            return False  # "She" opening a sentence is no mouse gene outside a mouse figure
        if kind in ("mgi_synonym", "rgd_synonym") and term.organism not in taxa:
            return False
        if title_common and quality > 0 and (kind in SYMBOL_KINDS or _looks_symbol(term.text)):
            return False  # "She", "Was" opening a sentence are words, not SHE, WAS
        if quality == 1 and text[-1:] == "s" and term.text[-1:] in "sS" and len(text) >= 3 \
                and text[:-1].isupper():
            # a plural acronym is no name that ends in "s": "PRRs" are no PRRS (a swine
            # syndrome), "IDs" no IDS, "PTMs" no PTMS (nor the mouse Ptms)
            return False
        if quality == 2 and _DIGIT_HYPHEN_DIGIT.search(text) \
                and not _DIGIT_HYPHEN_DIGIT.search(term.text):
            return False  # a hyphen between digits parts numbers: "MSK1-2" is no MSK12
        if quality == 2 and kind in SUPPLEMENTARY_KINDS and p.short \
                and _HYPHENS.sub("", term.text) != _HYPHENS.sub("", text):
            # a short MeSH supplementary name matched by its key, other than by a hyphen
            # ("2-APB" is "2APB"): "copy" is no "Co(Py)", "RNAi" no "RNA I", the
            # gibberellin "GA1" no ganglioside "GA(1)"
            return False
        if lexicon in self._generic and p.casefold in self._generic[lexicon]:
            return False
        if p.oncogene and quality <= 1 and lexicon in _GENE_LEXICONS:
            return True  # "c-rel", "c-kit": the proto-oncogene notation, in any case
        if kind == "fplx_id" and quality == 1 and term.text.isupper() \
                and not (text.isupper() or text.istitle() or text.islower()):
            return False  # an id in capitals is not written in mixed case: "pKa" is no PKA
        if kind == "fplx_id" and quality == 1 and text in AMINO_ACIDS:
            return False  # "Thr", "Trp" are threonine and tryptophan, not THR and TRP
        if kind == "grounding_map" and quality > 0 and len(term.text) <= 5 \
                and _alnum(term.text) != _alnum(text) \
                and not (term.text.islower() and term.text.isalpha()
                         and text == term.text.capitalize()):
            # FamPlex maps short texts as written: "Mhc" is MYH, "MHC" is not; a hyphen
            # may come or go ("COX2" is "COX-2"), and a word in small letters may open with
            # a capital ("Tau" is FamPlex's "tau"; "P21", postnatal day 21, is no "p21")
            return False
        if kind in _DESCRIPTIVE_KINDS and lexicon == "genes" and self._describes(term.text):
            return False  # NCBI's "helicase", "homodimer": a kind of protein, of any kind
        if kind not in SYMBOL_KINDS and not _looks_symbol(term.text):
            if not self._name_matches(term, text, quality):
                return False
            # Names match in any case; one or two letters only exactly ("Na", "Ca").
            return not p.tiny or (quality == 0 and not p.all_caps)
        if p.tiny or (len(p.casefold) <= 2 and (quality > 0 or kind != "symbol")):
            if not (kind == "ambiguous_abbreviation" and quality == 0 and p.digit
                    and self._preferred(term, text)):
                return False  # "V1" may stand as a preferred brain region
        if p.lower and not paired and not term.text.islower() and not (p.digit and lexicon == "genes") \
                and not (len(text) >= 7 and term.text.isupper() and text.isalpha()
                         and not p.common and lexicon == "genes") \
                and not _protein_word_id(kind, term.text):
            # "was", "set": lower-case words are not symbols ("rac1" is); a long word that
            # NCBI lists in capitals is a name ("dynamitin" for DYNAMITIN), and so is a
            # FamPlex id that is a protein's capitalised word ("hexokinase" is the
            # Hexokinase family; "notch", "patched" are words)
            return False
        if p.common and not p.all_caps and not (
                quality == 0 and lexicon in _GENE_LEXICONS and mixed_case(
                    text[:-1] if text[-2:-1].isupper() and text.endswith("s") else text)):
            # "Fog", "Mast": capitalised words are not symbols; a gene's synonym with a
            # capital inside, written so, is no English spelling ("MinK", "minK" are KCNE1,
            # not the animal), bar a plural's "s" ("SARs" are scaffold attachment regions)
            return False
        if quality and kind in AMBIGUOUS_KINDS and not term.organism and term.text.isupper() \
                and text.isalpha() and (text.istitle() or text[:-1].isupper()) and not paired:
            # "Hpo", "Rnf" (a bacterial complex), "ESCs" (cells) are not the human aliases
            # HPO, RNF, ESCS; written in capitals or as "ChREBP" they may be
            return False
        return True

    def _name_matches(self, term: Term, text: str, quality: int) -> bool:
        """Whether a *name* (not a symbol) may ground ``text``.

        - NCBI's descriptive designations made of everyday words ("tumor antigen",
          "membrane bound", "neuronal migration") name no particular gene (nor, whatever
          their shape, do those :meth:`_describes` finds: see :meth:`allowed`);
        - a name matched only after normalisation may join or split words but not move a
          word break ("proteins on" is no "protein SON"), and keeps the case of a final
          single letter ("protein(s)" is no "protein S").
        """
        if term.kind in _DESCRIPTIVE_KINDS and term.lexicon == "genes" and term.text.islower() \
                and all(w in self._english for w in _WORD.findall(term.text)) \
                and not self._peptide_heading(term.text):
            return False
        if quality == 2:
            if not _nested_breaks(pieces(text), pieces(term.text)):
                return False
            last = _WORD.findall(term.text)[-1:]
            tail = [c for c in text if c.isalnum()][-1:]
            if last and len(last[0]) == 1 and last[0].isupper() and tail and tail[0].islower():
                return False
        return True

    def _peptide_heading(self, text: str) -> bool:
        """Whether MeSH has ``text`` as a peptide heading or entry term too ("stem cell
        factor"), or as a protein's when a Greek letter's name in it numbers a member
        ("kappa opioid receptor", an entry term of "Receptors, Opioid, kappa"): then a
        designation of everyday words is a protein's name after all."""
        key = _casefold(text)
        kinds = ("peptide_mesh_name", "peptide_mesh_entry")
        if {w.lower() for w in _WORD.findall(text)} & _GREEK_NAMES:
            kinds += ("protein_mesh_name", "protein_mesh_entry")
        return any(t.kind in kinds
                   and _casefold(t.text) == key for t in self.index.lookup(match_key(text)))

    def _describes(self, text: str) -> bool:
        """Whether ``text`` has no digit and only words of a kind of protein
        (``curated/generic_gene_words.txt``) and words that describe one
        (``curated/descriptive_gene_words.txt``), singular or plural."""
        known = self._described.get(text)
        if known is None:
            words = [] if any(map(str.isdigit, text)) else \
                [w.lower() for w in _WORD.findall(fold(text))]
            vocab = self._describing
            known = bool(words) and all(w in vocab or (w.endswith("s") and w[:-1] in vocab)
                                        for w in words)
            if len(self._described) > 100_000:
                self._described.clear()
            self._described[text] = known
        return known

    def _preferred(self, term: Term, text: str) -> bool:
        """True when the curated policy prefers ``term``'s concept for ``text``."""
        rule = self._policies.get(match_key(text))
        return rule is not None and f"prefer={term.id}" in rule.policy.split(";")

    def _policy_allows(self, term: Term, text: str, quality: int) -> bool:
        """The curated policy for an ambiguous abbreviation the caption does not define
        (``figcap/lexicons/curated/ambiguous_abbreviations.tsv``): unlisted ones and
        ``require_definition``/``never`` ones do not match; ``case_sensitive`` ones only
        in their exact case; ``prefer=<id>`` ones only as that concept."""
        rule = self._policies.get(match_key(text))
        if rule is None:
            return False
        policy = set(rule.policy.split(";"))
        if policy & {"never", "require_definition"}:
            return False
        if "case_sensitive" in policy and quality != 0:
            return False
        preferred = {p.split("=", 1)[1] for p in policy if p.startswith("prefer=")}
        return not preferred or term.id in preferred

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
        neuro: bool = True,
        paired: bool = False,
    ) -> Choice | None:
        """The best concept for ``text`` among ``terms``, or None when all are ruled out.

        ``singular`` is the text with a plural ending removed, when ``terms`` were found
        under the singular's key. ``types`` restricts the entity types considered.
        ``neuro`` says the text is about the nervous system; where it is not, a brain-region
        abbreviation the text does not define is not read as one ("ARF" is a gene).
        ``paired`` says the text is joined to a gene or family name by a slash ("Jak/Stat"):
        a capitalised English word there is a symbol.
        """
        return self._choose(text, terms, taxa, singular, defined, types, neuro, paired)

    def _choose(self, text, terms, taxa, singular, defined, types, neuro,
                paired=False) -> Choice | None:
        probe = singular or text
        if probe.endswith(".") and probe[-2:-1].isalnum() \
                and not any(t.text.endswith(".") for t in terms):
            # "IgA." ending a sentence, one token (an initial to the tokenizer): the mention
            # leaves the period out (mentions.make_mention), so the match is judged without it
            probe = probe[:-1]
        ranked: list[tuple[tuple, int, Term]] = []
        # Genes whose approved symbol this is, in any case: among synonyms that rank alike
        # they come first ("Rap1b" is MGI's symbol for both RAP1B and its retrocopy RAP1BL).
        named = {term.id for term in terms
                 if term.kind == "symbol" and _casefold(term.text) == _casefold(probe)}
        for term in terms:
            etype = LEXICON_TYPE.get(term.lexicon)
            if etype is None or (types is not None and etype not in types):
                continue
            q = _quality(term.text, probe)
            if not self.allowed(term, probe, q, defined, taxa, paired):
                continue
            if not neuro and not defined and term.lexicon == "brain_regions" \
                    and brain_abbreviation(term.kind, term.text, text):
                continue  # an atlas acronym outside a text about the nervous system
            worded = q == 1 and _protein_word_id(term.kind, term.text)
            if q == 1 and (term.kind not in SYMBOL_KINDS and not _looks_symbol(term.text)
                           or worded):
                # a name's capitals carry no meaning: "Angiotensin II"; nor does the capital
                # of a FamPlex id that is a protein's word: "hexokinase" is FamPlex's
                # Hexokinase, not HK1, whose NCBI synonym it is as written
                q = 0
            if term.kind.startswith("peptide_"):
                q = max(q, 2)  # a peptide's gene, written in any way, comes first: "PTHrP", "Cyp 1a1"
            # The record's own species first: a mouse symbol in a mouse figure beats the
            # human one; without organisms, species-specific synonyms rank lower.
            if taxa:
                species = 0 if term.organism in taxa else (1 if not term.organism else 2)
            else:
                species = 1 if term.organism else 0
            kind_rank = KIND_RANK.get(term.kind, 6) + worded  # after the family's own texts
            if term.kind == "ambiguous_abbreviation" and self._preferred(term, probe):
                kind_rank = 0  # the curated policy's choice ranks as a curated abbreviation
            rank = (q, species if taxa else 0, kind_rank + 2 * species,
                    _LEXICON_RANK[term.lexicon], term.id not in named, term.id, term.text)
            ranked.append((rank, q, term))
        if not ranked:
            if (types is None or "gene" in types) and singular is None:
                return self._protein_gene(probe, terms)
            return None
        ranked.sort()
        sense = self._alias_senses.get(probe)
        if sense is not None:
            rows = [r for r in ranked if r[2].id == sense]
            if rows:
                # a reviewed sense of a short form several genes share: "TAZ" is WWTR1
                # ("YAP/TAZ"), not TAFAZZIN, whose old symbol it is; "CSL" is RBPJ
                _rank, q, t = rows[0]
                return Choice.of(t, q, kind="curated")
        _rank, q, t = ranked[0]
        if q > 0 and any(x.kind.startswith("protein_mesh") and x.text == probe
                         and (x.label.endswith("s") or t.kind in WEAK_GENE_KINDS
                              and not self._heading_of(x.label, t.id)) for x in terms):
            # MeSH's protein name as written beats a symbol only the key matches when it
            # heads a class ("SNARE" proteins are no SNAR-E), and an alias or old symbol
            # matched in another case when it heads another protein ("IgA" is
            # immunoglobulin A, not CD79A's IGA; "Cx43" stays GJA1, "Connexin 43")
            return None
        if t.lexicon == "genes" and t.kind == "variant":
            # a variant figcap cut from a designation ("ubiquitin-conjugating enzyme
            # E2(25K)" of UBE2K) that FamPlex has as a class's name names the class
            family = next((r for r in ranked if r[2].lexicon == "families" and r[1] <= q), None)
            if family is not None:
                _rank, q, t = family
        if t.lexicon == "families":
            # PFOCR's order: an approved symbol, in any case, before a FamPlex name
            # ("Fos" is the FOS gene; "Akt", "ERK" name no gene and stay families).
            symbol = next((r for r in ranked if r[2].lexicon == "genes" and r[2].kind == "symbol"
                           and r[1] <= 1), None)
            if symbol is None and t.kind == "mesh_equivalence" and self._qualified(probe, t.id):
                # A MeSH entry term that FamPlex inherits from the heading of the whole
                # class, made of a qualifier and the class's name, often names one member,
                # which a gene name has as written: "medium-chain acyl-CoA dehydrogenase"
                # is ACADM, not every acyl-CoA dehydrogenase.
                symbol = next((r for r in ranked if r[2].lexicon == "genes" and r[1] == 0
                               and not r[2].organism), None)
            if symbol is not None:
                _rank, q, t = symbol
        if t.lexicon == "genes" and t.kind in AMBIGUOUS_KINDS:
            # An alias, designation or synonym shared by several genes names none of them
            # for sure (PFOCR drops these too): a gene whose symbol, name or FamPlex text
            # it is wins; else another type, or nothing.
            genes = {term.id for _r, _q, term in ranked if term.lexicon == "genes"}
            if len(genes) > 1:
                strong = [r for r in ranked
                          if r[2].lexicon == "genes" and r[2].kind not in AMBIGUOUS_KINDS]
                if strong and all(r[2].kind == "prev" for r in strong):
                    strong = backed_alias(ranked, strong) or strong
                if not strong:
                    # HGNC's own alias for one gene beats NCBI's synonyms for others
                    # ("FKBP12" is FKBP1A's alias and a synonym of its pseudogenes); not
                    # for a short acronym of letters, which names many things ("PEP").
                    curated = [r for r in ranked if r[2].lexicon == "genes" and r[2].kind == "alias"]
                    # as written first: "IPS-1" is MAVS's alias, "IPS1" PPIP5K1's
                    curated = [r for r in curated if r[1] == min((c[1] for c in curated), default=0)]
                    if len({r[2].id for r in curated}) == 1 and (
                            len(probe) >= 5 or any(map(str.isdigit, probe))):
                        strong = curated
                    elif mixed_case(probe):
                        # letters in a mixed case carry meaning: "BiP" is HSPA5's alias as
                        # written, "BIP" also an NCBI synonym of GDF10
                        exact = [r for r in ranked if r[2].lexicon == "genes" and r[1] == 0
                                 and not r[2].organism]
                        if len({r[2].id for r in exact}) == 1:
                            strong = exact
                rest = strong or [r for r in ranked if r[2].lexicon != "genes"]
                if not rest:
                    return None
                _rank, q, t = rest[0]
        if t.lexicon == "genes" and t.kind in AMBIGUOUS_KINDS:
            mapped = case_mapped(probe, terms, t.id)
            if mapped is not None:  # "Cip1": FamPlex's CIP1 (CDKN1A), not SLC12A9's alias
                t, q = mapped, 1
        return Choice.of(t, q)

    def _protein_gene(self, text: str, terms: Sequence[Term]) -> Choice | None:
        """The gene a MeSH protein or enzyme heading names, for a text that only such a
        heading or one of its entry terms matches: the one human gene whose approved name
        or symbol the heading is (spacing, hyphens and case aside), or whose NCBI
        designation it is when the heading numbers a member, and no family has it.
        "5-lipoxygenase" is an entry term of "Arachidonate 5-Lipoxygenase", ALOX5's name;
        "beta1 integrin" of "Integrin beta1", a designation of ITGB1. None for a class
        ("Receptors, Opioid, kappa"; "Integrins" is a family; "malate dehydrogenase" is a
        designation of PHGDH) and for a plural ("sphingomyelinases" are the class)."""
        for q, term in sorted((_quality(t.text, text), t) for t in terms
                              if t.kind.startswith("protein_mesh")):
            if not self.allowed(term._replace(lexicon="genes", kind="name"), text, q):
                continue  # as a gene's name would be: not "protein", "kinase"
            found = [t for t in self.index.lookup(match_key(term.label)) if not t.organism]
            member = any(map(str.isdigit, term.label)) or bool(
                {w.lower() for w in _WORD.findall(term.label)} & _GREEK_NAMES)
            genes = {t.id for t in found if t.lexicon == "genes"
                     and (t.kind in ("symbol", "name") or member and t.kind == "designation")
                     and self._name_matches(t, term.label, _quality(t.text, term.label))}
            if len(genes) != 1 or any(t.lexicon == "families" for t in found):
                continue
            gene = next(t for t in found if t.id in genes)
            return Choice(type="gene", id=gene.id, label=gene.label, matched=term.text,
                          kind="mesh_protein", quality=max(q, 1), organism="",
                          lexicon="genes", xrefs=gene.xrefs)
        return None

    def _heading_of(self, heading: str, concept: str) -> bool:
        """Whether the MeSH heading ``heading`` is a synonym of the concept ``concept``."""
        return any(t.id == concept for t in self.index.lookup(match_key(heading)))

    def _qualified(self, text: str, family: str) -> bool:
        """Whether ``text`` is words in front of another name of the family ``family``
        ("medium-chain" + "acyl-CoA dehydrogenase")."""
        words = text.split()
        return any(t.id == family for k in range(1, len(words))
                   for t in self.index.lookup(match_key(" ".join(words[k:]))))

    def ground_text(self, text: str, taxa: frozenset[str] = frozenset(), **kw) -> Choice | None:
        """Ground a whole string (exact, then normalised lookup; then its singular, by the
        matcher's rule :func:`figcap.normalize.strip_plural`)."""
        choice = self.choose(text, self.index.lookup(match_key(text)), taxa, **kw)
        sing = strip_plural(text) if choice is None and len(text) > 3 else None
        if sing:
            choice = self.choose(text, self.index.lookup(match_key(sing)), taxa, singular=sing, **kw)
        return choice

    def fuzzy(
        self, text: str, candidates: Iterable[Term], taxa: frozenset[str] = frozenset(),
        *, cutoff: float = 90.0, types: frozenset[str] | None = None,
    ) -> tuple[Choice, float] | None:
        """Best rapidfuzz match of ``text`` among ``candidates`` scoring >= ``cutoff``."""
        p = self._probe(text)
        probe = p.casefold
        best: tuple | None = None
        for term in candidates:
            if term.kind in SYMBOL_KINDS or term.kind.startswith(_NOT_MENTION_PREFIXES):
                continue  # fuzzy matching of symbols invents genes
            if p.stop and term.lexicon in _GENE_LEXICONS \
                    or probe in self._generic.get(term.lexicon, ()):
                continue  # a stop word is never a gene or family, a generic word no concept
            if term.kind in _DESCRIPTIVE_KINDS and term.lexicon == "genes" \
                    and self._describes(term.text):
                continue  # "protein tyrosine phosphatase" describes, it names no gene
            if types is not None and LEXICON_TYPE.get(term.lexicon) not in types:
                continue
            s = fuzz.ratio(probe, _casefold(term.text), score_cutoff=cutoff)
            if s:
                rank = (-s, KIND_RANK.get(term.kind, 6), _LEXICON_RANK[term.lexicon], term.id,
                        term.text)
                if best is None or rank < best[0]:
                    best = (rank, term, s)
        if best is None:
            return None
        _, t, s = best
        return Choice.of(t, 2), s / 100.0

    # -- identifiers ---------------------------------------------------------------
    @staticmethod
    def identifiers(choice: Choice) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``(identifiers, members)`` CURIEs for a choice (see :class:`figcap.schema.Mention`)."""
        return _identifiers(choice.id, choice.lexicon, choice.xrefs)


@lru_cache(maxsize=1 << 16)
def _identifiers(cid: str, lexicon: str, xrefs: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    refs = tuple(x for x in xrefs.split("|") if x)
    if lexicon == "families":
        return (cid,), refs
    return (cid,) + tuple(x for x in refs if x != cid), ()
