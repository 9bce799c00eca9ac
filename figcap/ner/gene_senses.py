"""Which gene a shared alias names, read from the words of the rest of the text.

An alias or synonym that several genes share grounds none of them by itself
(:class:`figcap.grounding.Grounder`). The text around it often says which one it is: "A
novel positive cofactor (PC4) ... a human coactivator" is SUB1 ("positive cofactor 4",
"activated RNA polymerase II transcriptional coactivator p15"), not IFRD1 or PCSK4. Each
gene that may be meant scores the distinct words of its names and designations that the
text uses elsewhere: words of four small letters or more, not words that only describe a
kind of protein nor enzyme classes ending in "-ase", nor the words of the alias itself.
The alias, written with a capital or a digit, names the gene with the best score when
that score is two words or more and at least twice any other gene's.

:func:`reconsider` does the same for an alias or old symbol the grounder gave one of
several genes by rank alone: "SYT" is SYT1's alias and SS18's old symbol, and in a text
on synovial sarcoma ("synovial", "sarcoma", "translocation") it is SS18. An approved
symbol yields only when the text uses none of its gene's words and three or more of the
other's: "XCE" beside "endothelin-converting enzyme", "neutral endopeptidase" is ECEL1.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from functools import lru_cache

from ..grounding import WEAK_GENE_KINDS, Choice, Grounder, _quality
from ..lexicons import (NAME_WORD, concept_name_word_sets, concept_name_words, data_dir,
                        load_concepts, terms_by_concept)
from ..lexicons.index import Term
from ..normalize import match_key, strip_plural
from ..resources import descriptive_gene_words, generic_gene_words

__all__ = ["context_senses", "reconsider", "sense_candidates"]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    extra = {"non", "specific", "product", "products", "activated", "inhibitory", "molecular",
             "human", "putative", "probable", "novel", "like", "related", "associated",
             "containing", "member", "family", "subunit", "domain", "type", "protein", "dependent",
             "proteins", "gene", "factor", "isoform", "chain", "homolog"}
    return generic_gene_words() | descriptive_gene_words() | extra


def _words(text: str) -> set[str]:
    words = set(map(str.lower, _WORD.findall(text)))
    words -= _stop_words()
    return {w for w in words if not w.endswith(("ase", "ases"))}


def _name_words() -> dict[str, tuple[str, ...]]:
    """Gene id -> the words of its human names and designations (read once). Stop words
    and "-ase" words are left in: :func:`_words` leaves them out of the text's words,
    and a gene's words count only where they meet the text's."""
    return concept_name_words("genes")


def names_gene(text: str, gene: str) -> bool:
    """Whether ``text`` uses a word of gene ``gene``'s names or designations (singular or
    plural, or a word of six letters or more with the same first six, as misspelt or
    hyphenated words have: "adrenocorticotroic", "phospho-mevalonate"): "kappa opioid
    receptors" describes OPRK1, "Cdk inhibitors" not CHKA."""
    stop = _stop_words()
    return _uses_word(text, {w for w in _name_words().get(gene, ())
                             if w not in stop and not w.endswith(("ase", "ases"))})


def _uses_word(text: str, names) -> bool:
    """Whether ``text`` uses a word of ``names``: as written, in the singular, or with the
    same first six letters (:func:`names_gene`)."""
    stems = {w[:6] for w in names if len(w) >= 6}
    return any(w in names or strip_plural(w) in names or len(w) >= 6 and w[:6] in stems
               for w in NAME_WORD.findall(text.lower()))


def describes_other(text: str, gene: str) -> bool:
    """Whether ``text`` has words of its own that say what it names (not only generic
    protein words: "binding protein" says nothing) and none of them is one of gene
    ``gene``'s (:func:`names_gene`)."""
    return bool(_words(text)) and not names_gene(text, gene)


def describes_other_family(text: str, family: str) -> bool:
    """Whether ``text`` has words of its own and none of them is a word of family
    ``family``'s texts or of its member genes' names: "glyceraldehyde phosphate (GAP)" is
    no GTPase-activating protein."""
    if not _words(text) or not NAME_WORD.search(text):
        return False  # no words of its own, or only symbols ("SmSmad2")
    if _uses_word(text, _family_words().get(family, ())):  # "ubiquitination (Ub)"
        return False
    return not any(names_gene(text, m) for m in _family_genes().get(family, ()))


@lru_cache(maxsize=1)
def _family_words() -> dict[str, frozenset[str]]:
    """FamPlex id -> the small words of all its texts (read once)."""
    return {cid: frozenset(w for t in texts for w in NAME_WORD.findall(t.lower()))
            for cid, texts in terms_by_concept("families").items()}


@lru_cache(maxsize=1)
def _family_genes() -> dict[str, tuple[str, ...]]:
    """FamPlex id -> the HGNC ids of its member genes (read once)."""
    return {cid: tuple(x for x in concept.members if x.startswith("HGNC:"))
            for cid, concept in load_concepts("families").items()}


@lru_cache(maxsize=1)
def _family_members() -> frozenset[str]:
    """HGNC ids of the genes that are members of a family."""
    return frozenset(x for genes in _family_genes().values() for x in genes)


@lru_cache(maxsize=1)
def _symbols_by_curie() -> dict[str, tuple[str, str]]:
    """NCBIGene and HGNC CURIE -> (HGNC id, approved symbol) of each family member."""
    members = _family_members()
    out: dict[str, tuple[str, str]] = {}
    with gzip.open(data_dir() / "genes.concepts.tsv.gz", "rt", encoding="utf-8",
                   newline="\n") as fh:
        next(fh, None)  # the header
        for line in fh:
            cid, _tab, rest = line.partition("\t")
            if cid not in members:
                continue
            row = rest.split("\t", 2)
            if len(row) >= 2:
                out[cid] = (cid, row[0])
                for x in row[1].split("|"):
                    if x.startswith("NCBIGene:"):
                        out[x] = (cid, row[0])
    return out


@lru_cache(maxsize=None)
def _member_names(gene: str) -> tuple[frozenset[str], ...]:
    """The words of each human name and designation of gene ``gene`` (an HGNC id; words
    as :func:`_name_words` reads them), read when a family's members are first compared
    with a phrase: few of the families' thousands of members ever are."""
    stop = _stop_words()
    sets = {frozenset(w for w in ws if w not in stop)
            for ws in concept_name_word_sets("genes", gene)}
    sets.discard(frozenset())
    return tuple(sorted(sets, key=sorted))


def load_tables() -> None:
    """Read the tables these rules use (for :func:`figcap.ner.pipeline.warm_up`)."""
    _name_words()  # with the name word sets that _member_names reads
    _stop_words()
    _symbols_by_curie()  # with the family members that describes_other_family reads
    _family_words()


@lru_cache(maxsize=65_536)
def member_with_word(members: tuple[str, ...], word: str, family: str) -> str | None:
    """The approved symbol of the one gene among ``members`` (CURIEs) that has a name or
    designation using ``word`` and every word of the family's name ``family`` (words as
    :func:`_name_words` reads them; the family's name must have one), or None. Answers
    are remembered: a family's members are many and the same phrases recur."""
    want = {w for w in NAME_WORD.findall(family.lower()) if w not in _stop_words()}
    if not want or word in want:
        return None
    want.add(word)
    ids = _symbols_by_curie()
    found = {ids[c] for c in members if c in ids
             and any(want <= ws for ws in _member_names(ids[c][0]))}
    return next(iter(found))[1] if len(found) == 1 else None


def sense_candidates(grounder: Grounder, text: str, terms: Sequence[Term]) -> tuple[Term, ...]:
    """The human gene terms a span that grounded nothing shares with other genes: shared
    kinds, allowed for ``text`` by the grounder's rules, of two genes or more."""
    if text.count("(") != text.count(")"):
        return ()  # a span cut inside brackets: "TNF)-receptor-associated protein"
    if not any(c.isupper() or c.isdigit() for c in text):
        return ()  # a word in small letters is no short form: "oxidoreductase"
    out = []
    for t in terms:
        if t.lexicon != "genes" or t.organism or t.kind not in WEAK_GENE_KINDS:
            continue
        if grounder.allowed(t, text, _quality(t.text, text)):
            out.append(t)
    return tuple(out) if len({t.id for t in out}) > 1 else ()


def _scores(doc_words: set[str], text: str, cands: Sequence[Term],
            grounder: Grounder) -> list[tuple[str, int]]:
    """``(gene id, score)`` of each candidate gene, best first (ties by id). Words that
    name a chemical ("cytidine", "diphosphate", "glucose") do not count: a pathway's
    substrates are named beside enzymes of every kind."""
    names = _name_words()
    own = _words(text) | {text.lower()}
    scores: dict[str, int] = {}
    for t in cands:
        if t.id not in scores:
            shared = {w for w in names.get(t.id, ()) if w in doc_words and w not in own}
            scores[t.id] = sum(1 for w in shared if not _chemical(w, grounder))
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def _chemical(word: str, grounder: Grounder) -> bool:
    """Whether ``word`` is a chemical's MeSH name or entry term (not a protein's); the
    answers are kept on the grounder."""
    memo = grounder.__dict__.setdefault("_chemical_words", {})
    known = memo.get(word)
    if known is None:
        known = any(t.lexicon == "chemicals" and not t.kind.startswith(("protein_", "peptide_"))
                    for t in grounder.index.lookup(match_key(word)))
        if len(memo) > 100_000:
            memo.clear()
        memo[word] = known
    return known


def _choice(cands: Sequence[Term], gene: str, text: str) -> Choice:
    t = min((c for c in cands if c.id == gene), key=lambda c: (_quality(c.text, text), c.kind))
    return Choice(type="gene", id=t.id, label=t.label, matched=t.text, kind=t.kind,
                  quality=_quality(t.text, text), organism="", lexicon="genes", xrefs=t.xrefs)


def reconsider(tv, weak, proposals, grounder: Grounder):
    """``proposals`` with the gene of an alias or old symbol that several genes share
    (``weak``: ``(proposal index, text, candidate terms)``) replaced by the gene the rest of
    the text names, when that one scores two words or more and at least twice the chosen
    gene: "SYT" in a text on synovial sarcoma is SS18 (its old symbol), not SYT1 (whose
    alias it is)."""
    if not weak:
        return proposals
    doc_words = _words(tv.text)
    out = list(proposals)
    for n, text, cands in weak:
        prio, i, j, choice, _method, _score = out[n]
        ranked = _scores(doc_words, text, cands, grounder)
        mine = next((s for g, s in ranked if g == choice.id), 0)
        gene, best = ranked[0]
        need = 3 if choice.kind == "symbol" else 2
        if choice.kind == "symbol" and mine:
            continue  # an approved symbol the text also describes stays
        if gene != choice.id and best >= need and best >= 2 * mine and \
                (len(ranked) < 2 or ranked[1][0] == choice.id or best >= 2 * ranked[1][1]):
            out[n] = (prio, i, j, _choice(cands, gene, text), "normalised", 0.85)
    return out


def context_senses(tv, pending, proposals, grounder: Grounder):
    """Proposals ``(1, i, j, choice, "normalised", 0.85)`` for the spans of ``pending``
    (``(i, j, text, candidate terms)``) whose gene the rest of the text names (module
    docstring); spans another proposal overlaps are left alone."""
    if not pending:
        return []
    taken = [(p[1], p[2]) for p in proposals]
    doc_words = None
    out = []
    for i, j, text, cands in pending:
        if any(a < j and i < b for a, b in taken):
            continue
        if doc_words is None:
            doc_words = _words(tv.text)
        ranked = _scores(doc_words, text, cands, grounder)
        best, second = ranked[0][1], ranked[1][1]
        if best < 2 or best < 2 * second:
            continue
        out.append((1, i, j, _choice(cands, ranked[0][0], text), "normalised", 0.85))
        taken.append((i, j))
    return out
