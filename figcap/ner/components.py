"""figcap's spaCy component: lexicon matching, abbreviation propagation, grounding.

``figcap_lexicon_matcher`` proposes every token span whose key (concatenated token keys,
:func:`figcap.normalize.match_key`) is a synonym in the compiled lexicons, grounds each with
:class:`figcap.grounding.Grounder`, lets a short form defined in the caption take the
type and grounding of its long form everywhere, and keeps the longest, most specific
mentions. It writes ``doc.spans[spans_key]`` (label = entity type, ``span._.figcap`` = the
:class:`figcap.schema.Mention`) and ``doc._.figcap_mentions``; ``doc.ents`` only when
``set_ents`` is true.
"""

from __future__ import annotations

import re
import shutil
from bisect import bisect_left
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..grounding import AMBIGUOUS_KINDS, WEAK_GENE_KINDS, Choice, Grounder, organism_taxa
from ..lexicons import data_dir
from ..lexicons.index import INDEX_FILES, Term, TermIndex
from ..normalize import match_key, strip_plural
from ..schema import Mention
from .amino_acids import amino_acid_lists
from .carbon_counts import carbon_counts
from .chemical_lists import chemical_lists, gene_partners
from .shock import shock_proteins
from .enzyme_substrates import substrate_aliases
from .mentions import _GENE_ONLY, nested_chemicals, resolve
from .brain_latin import (avian_striata, latin_nuclei, latin_strata, nuclei_of_bundles,
                          numbered_lobules, numbered_nerves, pars_names)
from .brain_filters import not_regions
from .brain_names import (area_codes, defined_regions, names_region, position_long_forms,
                          position_nuclei, retinal_chemical)
from .brain_short_forms import unsupported_region_readings
from .brain_brackets import REGION_HEADS
from .brain_rules import with_position_words
from .brain_words import neuro_context
from .gene_context import gene_context
from .gene_senses import context_senses, reconsider, sense_candidates
from .gene_ranges import symbol_ranges
from .candidates import _SPAN_BREAKS, PAIR_PLURAL, PLURAL, SPECIES, SpanFinder
from .gene_enzymes import one_enzyme, other_enzyme
from .gene_lists import isoform_lists, plural_isoform_lists, slash_lists, slash_partners
from .gene_expansions import spelled_out_names
from .gene_pairs import paired_synonyms
from .gene_rules import (
    adjectival_names,
    domain_names,
    names_other,
    names_protein,
    names_things,
    numbered_other_names,
    one_protein,
    protein_words,
    split_word_candidates,
    undefined_acronyms,
    unsupported_gene_readings,
)
from .rules import (definitions, occurrences, salt_proposals, stereo_proposals,
                    unsupported_chemical_readings)
from .tokview import token_view

__all__ = ["LexiconMatcher", "make_lexicon_matcher"]

# Kinds of a gene reading that another gene may share: the text may say which one it is
_SHARED_WEAK = frozenset({"alias", "prev", "symbol"})

# Words that, after "<long form> (<short form>)", belong to the name: "eEF2 kinase".
HEAD_WORDS = frozenset(
    "kinase kinases receptor receptors channel channels complex complexes ligand "
    "phosphatase protein proteins factor factors activator activators inhibitor inhibitors".split()
)
_FIRST = itemgetter(0)
# A gene's name that goes on after a bracket: at most this many tokens after it, and only
# these readings (see LexiconMatcher._gene_around).
_MAX_TAIL = 5
_NAMED_KINDS = frozenset({"symbol", "name", "designation", "grounding_map", "curated"})
_INNER_PLURAL = re.compile(r"(?<=[a-z]{4})s(?=-)")
# Readings of a short form strong enough to overrule a weak reading of its long form.
_STRONG_KINDS = frozenset({"symbol", "grounding_map", "fplx_id", "curated"})
#: an acronym in capitals ending in C, in the plural ("MSCs", "pDCs"; not "Cs")
_CELLS = re.compile(r"[a-z]?[A-Z]+Cs")
#: a word of its own that is a member's code: capitals and digits, maybe hyphens ("D2",
#: "P2Y2", "5-HT1A"), not a word of the name after a hyphen ("Nedd4-like", "BH3-only")
_MEMBER_CODE = re.compile(r"(?<!\S)(?=[\w-]*[A-Z])(?=[\w-]*[0-9])[\w-]*[0-9A-Z][a-z]?s?(?!\S)")


def _register_extensions() -> None:
    if not Doc.has_extension("figcap_organisms"):
        Doc.set_extension("figcap_organisms", default=None)
    if not Doc.has_extension("figcap_mentions"):
        Doc.set_extension("figcap_mentions", default=None)
    if not Span.has_extension("figcap"):
        Span.set_extension("figcap", default=None)


@Language.factory(
    "figcap_lexicon_matcher",
    assigns=["doc.spans", "doc._.figcap_mentions"],
    default_config={
        "spans_key": "figcap",
        "max_tokens": 40,
        "fuzzy_cutoff": 90.0,
        "set_ents": False,
    },
)
def make_lexicon_matcher(
    nlp: Language, name: str, spans_key: str, max_tokens: int, fuzzy_cutoff: float,
    set_ents: bool,
) -> "LexiconMatcher":
    """Create the matcher (registered factory; see the module docstring)."""
    return LexiconMatcher(nlp, name, spans_key=spans_key, max_tokens=max_tokens,
                          fuzzy_cutoff=fuzzy_cutoff, set_ents=set_ents)


class LexiconMatcher:
    """Find and ground mentions of the five entity types in a Doc."""

    def __init__(
        self, nlp: Language, name: str = "figcap_lexicon_matcher", *, spans_key: str = "figcap",
        max_tokens: int = 40, fuzzy_cutoff: float = 90.0, set_ents: bool = False,
    ) -> None:
        if max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, not {max_tokens}")
        if not 0 < fuzzy_cutoff <= 100:
            raise ValueError(f"fuzzy_cutoff must be in (0, 100], not {fuzzy_cutoff}")
        _register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.max_tokens = max_tokens
        self.fuzzy_cutoff = fuzzy_cutoff
        self.set_ents = set_ents
        self._lexicon_dir: Path | None = None
        self._grounder: Grounder | None = None
        # taxa -> (key, text, variant) -> (choice, method, score, shared-alias terms or
        # None), or for terms with a brain region's a dict of those by ``neuro`` (see place)
        self._choices: dict[frozenset, dict[tuple, tuple | dict]] = {}
        self._n_choices = 0  # entries in those dicts
        self._sense_memo: dict[tuple, tuple] = {}  # (key, text) -> shared-alias terms
        self._spans: SpanFinder | None = None

    # -- state -----------------------------------------------------------------------
    @property
    def grounder(self) -> Grounder:
        """The grounder over this component's lexicons (loaded on first use)."""
        if self._grounder is None:
            index = TermIndex(self._lexicon_dir) if self._lexicon_dir else None
            self._grounder = Grounder(index)
            self._choices = {}
            self._n_choices = 0
            self._sense_memo = {}
            self._spans = SpanFinder(self._grounder.index)
        return self._grounder

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, lexicon_dir: str | None = None) -> None:
        """Point the component at a folder of compiled lexicons (default: packaged)."""
        self._lexicon_dir = Path(lexicon_dir) if lexicon_dir else None
        self._grounder = None

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the config and a copy of the lexicon index, so the pipeline is whole."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        src = self._lexicon_dir or data_dir()
        for fname in INDEX_FILES:
            shutil.copyfile(src / fname, path / fname)
        srsly.write_json(path / "cfg", {"spans_key": self.spans_key,
                                        "max_tokens": self.max_tokens,
                                        "fuzzy_cutoff": self.fuzzy_cutoff,
                                        "set_ents": self.set_ents})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "LexiconMatcher":
        """Load what :meth:`to_disk` wrote."""
        path = Path(path)
        cfg = srsly.read_json(path / "cfg")
        self.spans_key = cfg["spans_key"]
        self.max_tokens = cfg["max_tokens"]
        self.fuzzy_cutoff = cfg["fuzzy_cutoff"]
        self.set_ents = cfg["set_ents"]
        self._lexicon_dir = path if (path / INDEX_FILES[0]).exists() else None
        self._grounder = None
        return self

    # -- matching ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        taxa = organism_taxa(doc._.figcap_organisms)
        placed = self.place(doc, taxa)
        mentions = [m for _i, _j, m in placed]
        spans = []
        for i, j, m in placed:
            span = Span(doc, i, j, label=m.type)
            span._.figcap = m
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.figcap_mentions = mentions
        if self.set_ents:
            from spacy.util import filter_spans

            doc.ents = filter_spans(spans)
        return doc

    def find(self, doc: Doc, taxa: frozenset[str] = frozenset()) -> list[Mention]:
        """Grounded, non-overlapping mentions in ``doc``."""
        return [m for _i, _j, m in self.place(doc, taxa)]

    def place(self, doc: Doc, taxa: frozenset[str] = frozenset()) -> list[tuple[int, int, Mention]]:
        """``(start token, end token, mention)`` for each grounded mention in ``doc``."""
        grounder = self.grounder
        tv = token_view(doc)
        spans = self._spans
        infos = spans.token_info(tv.texts)
        keys = list(map(_FIRST, infos))
        cands = spans.candidates(tv, infos, keys, self.max_tokens)
        # (split words span two tokens or more: the single tokens need not be in cands)
        cands.extend(split_word_candidates(tv, keys, cands))
        found = grounder.index.lookup_many([c[2] for c in cands])
        # single tokens first, then longer and variant spans, each in token order
        hits = [((i, i + 1, info[0], 0), info[4]) for i, info in enumerate(infos) if info[4]]
        hits += [(c, terms) for c, terms in zip(cands, found) if terms]
        if any(c[3] == PAIR_PLURAL for c, _terms in hits):
            # two words in the plural read only as a protein family or a gene's name
            # ("alcohol dehydrogenases"): no other rule sees them as another type
            hits = [(c, terms if c[3] != PAIR_PLURAL else tuple(
                t for t in terms if t.lexicon in ("genes", "families"))) for c, terms in hits]
            hits = [h for h in hits if h[1]]
        defs = definitions(doc, tv)
        proposals: list[tuple[int, int, int, Choice, str, float]] = []  # (prio, i, j, ...)
        sub_terms: dict[tuple[int, int], tuple[Term, ...]] = {}
        pending: list[tuple[int, int, str, tuple[Term, ...]]] = []  # shared aliases
        weak: list[tuple[int, str, tuple[Term, ...]]] = []  # shared, grounded by rank
        written_chemical: dict[tuple[int, int], str] = {}  # span -> chemical read as written
        neuro = neuro_context(tv, hits)
        # The terms are a function of the key: remember choices across Docs, per organism
        # set. The nervous-system context changes only a reading among brain-region terms
        # (Grounder.choose): only those are remembered per context, so that a text read in
        # one context is not read anew in the other (a tenth of the spans read in a pass
        # over the PFOCR captions).
        memo = self._choices.get(taxa)
        if memo is None:
            memo = self._choices[taxa] = {}
        text_of, starts, ends, tv_texts = tv.text, tv.starts, tv.ends, tv.texts
        for (i, j, key, variant), terms in hits:
            text = tv_texts[i] if j - i == 1 else text_of[starts[i] : ends[j - 1]]
            if "/" in text and j - i > 1:
                # "IL-1/6" is two names, not IL16: a slash only inside a synonym with one
                terms = tuple(t for t in terms if "/" in t.text)
                if not terms:
                    continue
            sub_terms[(i, j)] = terms
            known = memo.get((key, text, variant))
            if known.__class__ is dict:
                known = known.get(neuro)
            if known is None:
                known = self._known(tv, j, key, text, variant, terms, taxa, neuro)
                if self._n_choices >= 200_000:
                    self._choices.clear()
                    self._n_choices = 0
                    memo = self._choices[taxa] = {}
                if any(t.lexicon == "brain_regions" for t in terms):
                    memo.setdefault((key, text, variant), {})[neuro] = known
                else:
                    memo[(key, text, variant)] = known
                self._n_choices += 1
            choice, method, score, senses = known
            if senses:
                if choice is None:
                    pending.append((i, j, text, senses))
                else:
                    weak.append((len(proposals), text, senses))
            if choice is None or variant == SPECIES and text[0] == "p" \
                    and choice.kind not in _STRONG_KINDS:
                continue
            if variant == PAIR_PLURAL and choice.kind in WEAK_GENE_KINDS:
                # two words in the plural: a protein family ("alcohol dehydrogenases") or
                # the plural of a gene's name ("insulin receptors"); they name a class,
                # not the one gene whose alias or designation their singular is
                # ("glycolytic enzymes" are not HK1)
                continue
            if variant == PLURAL and choice.kind in WEAK_GENE_KINDS \
                    and not _MEMBER_CODE.search(text):
                # so does any other plural whose singular is only an alias, old symbol or
                # NCBI's description of one gene: "IGFs" are not IGF1, "IRAKs" not IRAK1,
                # "lamins" not LMNA; "ABC transporters" not ABCG2, "voltage-gated K+
                # channels" not KCND3, "type II keratins" not KRT80 (GNormPlus marks them
                # FamilyName); and acronyms of cells and things are no gene at all ("HSCs" are
                # no FUT1, "MEFs" no MEFV). A member's code among the words keeps the gene:
                # "dopamine D2 receptors" are DRD2, "AT1Rs" AGTR1.
                continue
            if choice.lexicon == "genes" and choice.matched != text and _CELLS.fullmatch(text):
                # an acronym ending in C, in the plural, is cells (or clusters, complexes):
                # "MSCs", "APCs", "pDCs", "GSCs" are no MSC, APC, PDC, GSC genes, and
                # "high-ranking SRCs" (scores) no SRC
                continue
            if variant == PLURAL and choice.type == "chemical" \
                    and written_chemical.get((i, j), choice.id) != choice.id:
                # a chemical name found as written beats its singular's: "phenothiazines"
                # is MeSH's class Phenothiazines, not the compound phenothiazine
                continue
            if not variant and choice.type == "chemical":
                written_chemical[(i, j)] = choice.id
            # A species-prefixed reading ("m" + "TOR") only where nothing else matches.
            proposals.append((2 if variant == SPECIES else 1, i, j, choice, method, score))
        proposals = reconsider(tv, weak, proposals, grounder)
        proposals.extend(context_senses(tv, pending, proposals, grounder))
        proposals.extend(stereo_proposals(tv, proposals))
        proposals.extend(salt_proposals(tv, proposals))
        proposals.extend(self._abbreviation_proposals(tv, keys, defs, sub_terms, taxa, proposals,
                                                       neuro))
        proposals.extend(defined_regions(tv, defs, proposals, grounder, neuro))
        drop = unsupported_gene_readings(tv, defs, proposals) | unsupported_region_readings(
            tv, defs, proposals) | undefined_acronyms(tv, proposals) \
            | unsupported_chemical_readings(tv, defs, proposals) \
            | numbered_other_names(tv, proposals)
        if drop:
            proposals = [p for n, p in enumerate(proposals) if n not in drop]
        placed = resolve(tv, proposals, grounder)
        placed = area_codes(tv, position_nuclei(tv, placed, grounder, neuro), grounder, neuro)
        placed = numbered_nerves(tv, placed, grounder, neuro)
        placed = numbered_lobules(tv, placed, grounder, neuro)
        placed = avian_striata(tv, latin_strata(tv, placed, grounder, neuro), grounder, neuro)
        placed = nuclei_of_bundles(tv, placed, grounder, neuro)
        placed = retinal_chemical(tv, latin_nuclei(tv, placed, grounder, neuro), grounder)
        placed = position_long_forms(tv, pars_names(tv, placed, grounder, neuro), defs)
        placed = not_regions(tv, placed, neuro, grounder)
        placed = with_position_words(tv, placed, grounder)
        placed = slash_partners(tv, slash_lists(tv, placed, grounder, taxa), grounder, taxa)
        placed = one_enzyme(tv, protein_words(tv, placed, grounder, taxa))
        placed = domain_names(tv, isoform_lists(tv, placed, grounder, taxa))
        placed = plural_isoform_lists(tv, placed, grounder, taxa)
        placed = amino_acid_lists(tv, gene_context(tv, placed, grounder, taxa), grounder)
        placed = gene_partners(tv, chemical_lists(tv, placed, grounder, taxa), grounder, taxa)
        placed = carbon_counts(tv, substrate_aliases(tv, placed))
        placed = paired_synonyms(tv, symbol_ranges(tv, placed, grounder, taxa), grounder, taxa)
        placed = adjectival_names(tv, spelled_out_names(tv, placed, grounder, taxa))
        placed = shock_proteins(tv, placed)
        nested = nested_chemicals(tv, placed, proposals, grounder)
        if nested:
            placed = sorted(placed + nested, key=lambda p: (p[2].start, -p[2].end))
        return placed

    def _known(self, tv, j, key, text, variant, terms, taxa, neuro) -> tuple:
        """``(choice, method, score, shared-alias terms)`` for the span ``text``, which ends
        at token ``j``, with ``terms`` (choice None: no reading; the terms, of
        :func:`sense_candidates`, only for a span with no reading or a weak gene reading and
        no variant, else None)."""
        singular = None
        if variant == PLURAL or variant == PAIR_PLURAL:
            last = tv.texts[j - 1]
            singular = text[: len(text) - len(last)] + (strip_plural(last) or "")
        elif variant == SPECIES:
            singular = text[1:]
        # A short form's definition acts through its long form (place): its own reading
        # gets no credit for being defined ("RIP" defined as a protein is no region).
        choice = self.grounder.choose(text, terms, taxa, singular=singular, defined=False,
                                      neuro=neuro)
        senses = None
        weak_gene = choice is not None and choice.type == "gene" and choice.kind in _SHARED_WEAK
        if (choice is None or weak_gene) and not variant:
            senses = self._sense_memo.get((key, text))
            if senses is None:
                senses = sense_candidates(self.grounder, text, terms)
                if len(self._sense_memo) > 200_000:
                    self._sense_memo.clear()
                self._sense_memo[(key, text)] = senses
        if choice is None:
            return None, None, None, senses
        return choice, choice.method, choice.score, senses

    def _region_around(self, tv, keys, short, li, lj, close, taxa, neuro):
        """``(start token, choice)`` for a brain-region name written around its short form,
        in a text about the nervous system, whose long form ``li``-``lj`` is no region
        mention of its own: the long form, or its last words from one that begins with the
        short form's letter, and the head noun after the bracket name a region together
        ("mediodorsal (MD) nucleus"; "stimulation of the subthalamic (STN) nucleus" is the
        subthalamic nucleus, not "stimulation of the subthalamic"). None otherwise. The
        words before the bracket take the region's reading and join the head later
        (brain_brackets)."""
        texts = tv.texts
        head = close + 1
        if not neuro or close != lj + 2 or head >= len(texts) or \
                texts[head].lower() not in REGION_HEADS:
            return None
        tail = match_key(texts[head])
        singular = match_key(strip_plural(texts[head]) or "")
        for a in range(li, lj):
            if a > li and texts[a][:1].lower() != short[:1].lower():
                continue
            body = "".join(keys[a:lj])
            terms = self.grounder.index.lookup(body + tail) or (
                singular and self.grounder.index.lookup(body + singular))
            if not terms:
                continue
            text = tv.span_text(a, lj) + " " + texts[head]
            choice = self.grounder.choose(text, terms, taxa, neuro=neuro)
            if choice is not None and choice.type == "brain_region":
                return a, choice
        return None

    def _gene_named_twice(self, tv, short, li, lj, by_span, sub_terms, taxa):
        """The gene whose approved symbol the short form is, where its long form is both
        a disease's name and that gene's ("adenomatous polyposis coli (APC)",
        "neurofibromin 1 (NF1)" are the genes the syndromes are named after: a figure
        writing name and symbol means the gene); None otherwise."""
        symbols = {by_span[o].id for o in occurrences(tv, short) if o in by_span
                   and by_span[o].type == "gene" and by_span[o].kind == "symbol"}
        if not symbols:
            return None
        terms = [t for t in sub_terms.get((li, lj), ()) if t.lexicon == "genes"
                 and t.id in symbols]
        if not terms:
            return None
        return self.grounder.choose(tv.span_text(li, lj), terms, taxa)

    def _gene_around(self, tv, keys, li, lj, close, taxa):
        """``(end token, choice)`` for a gene's name that goes on after the short form of
        its first words, two to five tokens within the sentence: "tissue factor (TF) pathway
        inhibitor" is TFPI, "interferon (IFN) regulatory factor-3" IRF3, "granulocyte-
        macrophage (GM-) colony-stimulating factor" CSF2 (GNormPlus), with the bracket left
        out of the name. Only right after "long (SHORT)", and not into a hyphenated word
        ("(LDL)-receptor-related"). The longest such span that grounds to a gene by its
        symbol, name or designation; None otherwise (one head word: see
        :meth:`_abbreviation_proposals`)."""
        texts, n = tv.texts, len(tv.texts)
        if lj >= n or texts[lj] != "(" or close > lj + 4 or not tv.ws[lj - 1]:
            return None  # only "long (SHORT) rest": not a gloss "SHORT, long" nor "long(..."
        body = "".join(keys[li:lj])
        ends = []
        for e in range(close + 2, min(n, close + 1 + _MAX_TAIL) + 1):
            if texts[e - 1] in _SPAN_BREAKS or texts[e - 1] in ("(", ")", "[", "]"):
                break
            ends.append(e)
        for e in reversed(ends[1:]):  # two tokens or more
            if not keys[e - 1] or e < n and not tv.ws[e - 1] and texts[e] == "-":
                continue  # not part of a hyphenated word: "(LDL)-receptor-related"
            terms = self.grounder.index.lookup(body + "".join(keys[close + 1:e]))
            if not terms:
                continue
            text = tv.span_text(li, lj) + " " + tv.span_text(close + 1, e)
            choice = self.grounder.choose(text, terms, taxa, types=_GENE_ONLY)
            if choice is not None and choice.kind in _NAMED_KINDS:
                return e, choice
        return None

    def _singular_chemical(self, tv, li: int, lj: int, taxa):
        """The chemical a long form names once a plural word inside it, before a hyphen, is
        made singular ("glyceraldehydes-3-phosphate"), or None."""
        text = tv.span_text(li, lj)
        if "s-" not in text:
            return None
        variant = _INNER_PLURAL.sub("", text)
        if variant == text:
            return None
        choice = self.grounder.ground_text(variant, taxa, types=frozenset({"chemical"}))
        return choice

    def _abbreviation_proposals(self, tv, keys, defs, sub_terms, taxa, proposals, neuro):
        """Long forms grounded (exactly, with a head word, or fuzzily) and their short forms;
        ``neuro``: the text is about the nervous system (:func:`neuro_context`)."""
        grounder = self.grounder
        texts = tv.texts
        n = len(texts)
        by_span = {(i, j): c for prio, i, j, c, _m, _s in proposals}
        closing = tv.positions(")")
        out = []
        for short, (li, lj) in defs:
            choice = by_span.get((li, lj))
            if choice is not None and choice.type == "disease":
                # "adenomatous polyposis coli (APC)": the gene whose name and symbol the
                # text gives, not the syndrome named after it
                choice = self._gene_named_twice(tv, short, li, lj, by_span, sub_terms,
                                                taxa) or choice
            method, score = ("exact", 1.0) if choice is None else (choice.method, choice.score)
            # the first ")" after the long form's next token (n: none)
            k = bisect_left(closing, lj + 1)
            close = closing[k] if k < len(closing) else n
            if close + 1 < n and texts[close + 1].lower() in HEAD_WORDS:
                head = texts[close + 1]
                key = "".join(keys[li:lj]) + match_key(head)
                terms = grounder.index.lookup(key)
                if not terms and head.endswith("s"):
                    key = "".join(keys[li:lj]) + match_key(strip_plural(head) or "")
                    terms = grounder.index.lookup(key)
                text = tv.span_text(li, lj) + " " + head
                wrapped = grounder.choose(text, terms, taxa) if terms else None
                if wrapped is not None:
                    out.append((0, li, close + 2, wrapped, wrapped.method, wrapped.score))
            wrapped = self._gene_around(tv, keys, li, lj, close, taxa)
            if wrapped is not None:
                out.append((0, li, wrapped[0], wrapped[1], wrapped[1].method, wrapped[1].score))
            whole = choice is not None  # the long form is a mention of its own
            region = None
            if choice is None or choice.type != "brain_region":
                region = self._region_around(tv, keys, short, li, lj, close, taxa, neuro)
            if region is not None:
                # "stimulation of the subthalamic (STN) nucleus": the name goes on after the
                # bracket and the short form abbreviates all of it, everywhere in the text
                a, region = region
                out.append((0, a, lj, region, region.method, region.score))
                choice, method, score = region, "abbreviation", region.score
                whole = False
            if choice is None and region is None:
                # a plural inside a chemical's name: "glyceraldehydes-3-phosphate"
                choice = self._singular_chemical(tv, li, lj, taxa)
                if choice is not None:
                    method, score, whole = "normalised", 0.9, True
            # a long-form reading the short form's own may overrule: a MeSH protein
            # descriptor, or a weak name matched only after normalising
            weak = choice is not None and choice.quality > 0 and choice.kind in AMBIGUOUS_KINDS
            overrulable = choice is not None and choice.kind.startswith("peptide_") or weak
            # diseases that end the long form ("Heparin-induced thrombocytopenia (HIT)")
            ends = [(j - i, c) for _p, i, j, c, _m, _s in proposals
                    if j == lj and li <= i and c.type == "disease"]
            if region is None and (choice is None or overrulable):
                # The short form's own reading grounds its long form ("B-cell lymphoma 2
                # (Bcl-2)" is BCL2, not a lymphoma), when it is a gene or family. A symbol
                # also beats a MeSH protein descriptor ("X-linked inhibitor of apoptosis
                # protein (XIAP)" is the gene XIAP) or a weak name ("retinoic acid-inducible
                # gene I (RIG-I)" is RIGI, not PLAAT4's "... gene 1"); an alias only a
                # heading of one protein (gene_rules.one_protein: PD-L1; "Interferon
                # regulatory factor" is no TRIM63). Not a long form that names a brain
                # region by its head ("amygdaloid central nucleus (ACe)" is no ACE).
                weak_ok = names_protein(tv, li, lj) and (
                    not overrulable or not weak and one_protein(choice, short))
                own = next((by_span[o] for o in occurrences(tv, short)
                            if o in by_span and by_span[o].type in ("gene", "family")
                            and (weak_ok or by_span[o].kind not in AMBIGUOUS_KINDS
                                 and not names_things(tv, li, lj))
                            and not (overrulable and not weak_ok
                                     and by_span[o].kind not in _STRONG_KINDS)
                            and not other_enzyme(tv, li, lj, by_span[o])
                            and not names_other(tv, li, lj, by_span[o], bool(ends))
                            and not names_region(tv, li, lj, neuro)), None)
                if own is not None:
                    choice, method, score = own, "abbreviation", round(0.95 * own.score, 4)
                    whole = True
            if choice is None:
                # "Heparin-induced thrombocytopenia (HIT)": the disease that ends the long
                # form names the short form (the long form keeps its own parts: heparin).
                if ends:
                    choice = max(ends, key=lambda e: e[0])[1]
                    method, score = "abbreviation", round(0.9 * choice.score, 4)
            if choice is None:
                pool = [t for ts in (sub_terms.get((a, b), ()) for a in range(li, lj)
                                     for b in range(a + 1, lj + 1)) for t in ts]
                hit = grounder.fuzzy(tv.span_text(li, lj), pool, taxa, cutoff=self.fuzzy_cutoff)
                if hit is not None:
                    choice, score = hit
                    method, whole = "fuzzy", True
            if whole and choice is not None:
                out.append((0, li, lj, choice, method, score))
            if choice is None:
                continue
            for a, b in occurrences(tv, short):
                out.append((0, a, b, choice, "abbreviation", round(0.95 * score, 4)))
        return out
