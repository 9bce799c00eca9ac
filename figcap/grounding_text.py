"""Predicates on a caption's text and a synonym's text, for :class:`figcap.grounding.Grounder`.

- how a synonym matched a text: exactly, ignoring case, or by key only (``_quality``,
  over ``_casefold``); whether a key match only joined or split words (``_nested_breaks``);
- whether a synonym is written like a symbol or code (``_looks_symbol``);
- whether a phrase only describes a kind of protein (``_is_generic_gene``);
- the patterns the grounder reads a caption text with once per text: numbers and kDa,
  function words, a letter or Greek letter and a number, proto-oncogenes, words, the
  endings of a protein's name.

Pure functions of strings, internal to figcap; the two that remember results by text
keep bounded dicts.
"""

from __future__ import annotations

import re

from .normalize import GREEK, fold


def _alnum(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


_KDA = re.compile(r"kDa|kD\b")
# A cellular or viral proto-oncogene written in lower case: "c-rel", "c-kit", "v-src".
_ONCOGENE = re.compile(r"[cv]-[a-z]{2,4}\d?")
_WORD = re.compile(r"[A-Za-z]+")
# A short span with one of these words is a phrase, not a gene: "in T", "As a", "an 11".
_FUNCTION_WORDS = frozenset(
    "a an the in on at as of to by is or and for with from be are was not no vs versus "
    "et al".split()  # "Lima, B. et al." is no BET (DNER's alias)
)


def _words_but_a_letter(text: str) -> list[str]:
    """The words of ``text`` in small letters, but for a last word that is one capital
    letter: a member's letter, not the article ("activin A", "cyclin A" are names; "in
    a", "of the" are not; nor is "protein A", a bacterial protein NCBI gives a human
    gene as a designation)."""
    words = text.split()
    if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper() \
            and words[-2].isalpha() and words[-2].lower() != "protein":
        words.pop()
    return [w.lower() for w in words]


#: The twenty amino acids of the genetic code, by their three-letter code.
AMINO_ACIDS: dict[str, str] = {
    "Ala": "alanine", "Arg": "arginine", "Asn": "asparagine", "Asp": "aspartic acid",
    "Cys": "cysteine", "Gln": "glutamine", "Glu": "glutamic acid", "Gly": "glycine",
    "His": "histidine", "Ile": "isoleucine", "Leu": "leucine", "Lys": "lysine",
    "Met": "methionine", "Phe": "phenylalanine", "Pro": "proline", "Ser": "serine",
    "Thr": "threonine", "Trp": "tryptophan", "Tyr": "tyrosine", "Val": "valine",
}
# A unit with the micro prefix ("µM", "μg", "µl"): read as Greek, "µM" is "muM", LXN's
# designation "MUM".
_MICRO_UNIT = re.compile(r"[µμ](?:M|m|mol|g|l|L|s|A|V|Ci|Gy)")
# "a 2", "A 10": a letter and a number apart are no gene symbol ("p53" is); nor is a
# version number ("GenMapp v2.1" is no IGLV3-1, whose synonym is "V2-1").
_LETTER_NUMBER = re.compile(r"[A-Za-z]\W+[\d.]+|[vV]\d+(?:\.\d+)+")
# A Greek letter and a number or numeral alone ("alpha1", "alpha 1", "delta3", "β2") is a
# subunit or isoform named by the word before it, not a gene of its own.
_GREEK_NUMBER = re.compile(
    r"(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho"
    r"|sigma|tau|phi|chi|psi|omega)[\s-]?(?:\d+[a-z]?|[IVX]+)")


_GREEK_NAMES = frozenset(GREEK.values())


def _is_generic_gene(text: str, generic: frozenset[str]) -> bool:
    """True when every word of ``text`` describes a kind of protein and no digit names
    one: "transcription factors", "protein kinase", "G protein-coupled receptor"."""
    if any(map(str.isdigit, text)):
        return False
    words = [w.lower() for w in _WORD.findall(fold(text))]
    if len(words) >= 2 and words[-1] in _GREEK_NAMES and words[-2].endswith("ase"):
        return False  # a Greek letter after an enzyme names one: "DNA polymerase beta"
    return bool(words) and all(w in generic or (w.endswith("s") and w[:-1] in generic)
                               for w in words)


# Results of the two functions below by text (at most 65,536 each; then emptied): dicts of
# strings and booleans, which the garbage collector does not walk, unlike an lru_cache.
_SYMBOL_LIKE: dict[str, bool] = {}
_CASEFOLDED: dict[str, str] = {}


def _looks_symbol(text: str) -> bool:
    """A synonym written like a symbol or code, whatever its kind: short, with a digit or a
    capital inside a word ("SAMe", "A 10", "mRNA", "SHAM"; not "Fatty Acid"). Case rules
    apply to it."""
    known = _SYMBOL_LIKE.get(text)
    if known is None:
        known = len(text) <= 10 and (any(map(str.isdigit, text)) or any(
            c.isupper() and text[k - 1].isalpha() for k, c in enumerate(text) if k))
        if len(_SYMBOL_LIKE) >= 1 << 16:
            _SYMBOL_LIKE.clear()
        _SYMBOL_LIKE[text] = known
    return known


def _casefold(text: str) -> str:
    folded = _CASEFOLDED.get(text)
    if folded is None:
        folded = fold(text).lower()
        if len(_CASEFOLDED) >= 1 << 16:
            _CASEFOLDED.clear()
        _CASEFOLDED[text] = folded
    return folded


def _breaks(parts: list[str]) -> set[int]:
    out, n = set(), 0
    for part in parts[:-1]:
        n += len(part)
        out.add(n)
    return out


def _nested_breaks(a: list[str], b: list[str]) -> bool:
    """Whether the word breaks of one piece list are all breaks of the other: words
    joined or split ("adenylcyclase", "methyl-glutaryl") but not moved ("proteins on" is
    not "protein SON")."""
    x, y = _breaks(a), _breaks(b)
    return x <= y or y <= x


def _quality(term_text: str, text: str) -> int:
    if term_text == text:
        return 0
    if _casefold(term_text) == _casefold(text):
        return 1
    return 2


#: Endings of a FamPlex id that is a protein's or enzyme's name ("Hexokinase", "Myosin").
_PROTEIN_ENDS = ("ase", "ases", "in", "ins")


def _protein_word_id(kind: str, term_text: str) -> bool:
    """Whether a FamPlex id (``kind`` "fplx_id") is a protein's word with a capital only for
    being an id ("Hexokinase", "Myosin"; not "Notch", "Patched"): it names its family in
    small letters too."""
    return kind == "fplx_id" and term_text[1:].islower() and term_text.endswith(_PROTEIN_ENDS)
