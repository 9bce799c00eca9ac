"""figcap's tokenizer: scispaCy's rules, split further so lexicon keys line up with tokens.

scispaCy keeps ``mTORC1/ERK``, ``(NMDA)/low``, ``(GABA)-ergic`` and ``IL-6-induced`` as one
token. figcap's matcher builds a span's key by concatenating token keys
(:func:`figcap.normalize.match_key` drops punctuation), so splitting at every slash,
bracket, hyphen, comma and plus sign loses nothing for multi-word names
(``N-Methyl-D-Aspartate`` still matches) and lets the parts be found on their own
(``ERK`` in ``mTORC1/ERK``). Stereo descriptors stay whole (``(R,S)-`` in
``(R,S)-ketamine``), so ``S`` is never read as the start of ``S-ketamine``.

spaCy keeps the tokens of each whitespace-delimited chunk it has seen (figcap lets it keep
up to :data:`CHUNK_CACHE_SIZE` chunks, not its default 10,000), so the affix rules run
only on new chunks. Those are searched only with the alternatives of scispaCy's suffix
regex that can end with their last character (:class:`SuffixSearch`): the whole regex, a
long alternation Python's ``re`` tries at every position, took more time than all other
affix rules together. Likewise scispaCy's infix regex is searched only in chunks with a
character some alternative can start a match with (:class:`InfixFinder`): most chunks are
letters and digits alone, where it cannot match.
"""

from __future__ import annotations

import re
import warnings
from types import SimpleNamespace

try:  # the regex parser of Python's re (3.11+), to split scispaCy's suffix rule
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: the whole regex is used
    _sre = _sre_parse = None

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["create_tokenizer", "SuffixSearch", "InfixFinder", "STEREO_PREFIX",
           "CHUNK_CACHE_SIZE"]

#: A stereo descriptor at the start of a chemical name: (R)-, (S)-, (R,S)-, (+/-)-, (±)- ...
STEREO_PREFIX = r"\((?:[RSEZ]|[RS],[RS]|RS|SR|\+|-|\u2212|\u00b1|\+/-|\+/\u2212|[RS]\*|[DL])\)-?"

#: Whitespace-delimited chunks whose tokens spaCy's tokenizer keeps (its default: 10,000).
CHUNK_CACHE_SIZE = 1 << 18

_ARROWS = r"[<>\u2190-\u21ff\u27f5-\u27ff]"
# Split at these characters wherever they stand inside a token.
_EXTRA_INFIXES = [r"[/()\[\]{}\-\u2010-\u2015\u2212,;:+=~'\u2019\"]",
                  # arrows between names: "EGFR→KRAS", "EGFR->RAS", "NO⇒cGMP" (and before
                  # or after one: "EGFR →KRAS", prefixes and suffixes below)
                  _ARROWS,
                  # an allele's star after a gene symbol: "ADH1C*1/*1", "TPMT*3A"
                  r"(?<=[A-Za-z0-9])\*(?=[0-9])"]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex pattern (``"|".join`` gives it back)."""
    out, depth, i, start, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: "|" and brackets inside are literal
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and not depth:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _class_chars(items) -> set[str] | None:
    """The characters of a parsed character class, or None (negated, categories)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars


def _edge_chars(items, last: bool) -> tuple[set[str] | None, bool]:
    """``(characters, may be empty)``: every character a match of the parsed sequence
    ``items`` can consume last (``last``) or first; None when that cannot be told."""
    acc: set[str] = set()
    for op, av in (reversed(list(items)) if last else items):
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # lookarounds consume nothing
        if op is _sre.AT:
            if last and av is _sre.AT_END:
                continue
            return None, False
        if op is _sre.LITERAL:
            acc.add(chr(av))
            return acc, False
        if op is _sre.IN:
            chars = _class_chars(av)
            if chars is None:
                return None, False
            return acc | chars, False
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:
            alts = [av[3]]
        elif op is _sre.BRANCH:
            alts = av[1]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] > 0:
            alts = [av[2]]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            chars, _empty = _edge_chars(av[2], last)
            if chars is None:
                return None, False
            acc |= chars
            continue
        else:
            return None, False
        empty = False
        for alt in alts:
            chars, alt_empty = _edge_chars(alt, last)
            if chars is None:
                return None, False
            acc |= chars
            empty = empty or alt_empty
        if not empty:
            return acc, False
    return acc, True


def _plain(items) -> bool:
    """No back-references, conditionals or inline flags anywhere in the parsed ``items``
    (so alternatives may be dropped or regrouped without changing a match)."""
    for op, av in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS, _sre.GROUPREF_IGNORE,
                  _sre.GROUPREF_LOC_IGNORE, _sre.GROUPREF_UNI_IGNORE):
            return False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2] or not _plain(av[3]):
                return False
        elif op is _sre.BRANCH:
            if not all(_plain(alt) for alt in av[1]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT,
                    _sre.ATOMIC_GROUP):
            if not _plain(av[2] if op is not _sre.ATOMIC_GROUP else av):
                return False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if not _plain(av[1]):
                return False
    return True


class SuffixSearch:
    """``search`` of a suffix regex that tries only the alternatives that can match.

    An alternative that ends in ``$`` can match only a string whose last character it can
    consume last; the others (and any figcap cannot read so) are always tried. Dropping
    alternatives that cannot match changes no match: the remaining ones keep their order,
    so the leftmost match and the first alternative to match there are the same. The whole
    regex is used where the pattern cannot be split so (flags, back-references) and for a
    string ending in a newline (``$`` also matches before it). A drop-in for
    ``re.compile(pattern).search`` as spaCy's suffix callback (``callback.__self__.pattern``
    is the pattern spaCy serialises; it pickles as its pattern).
    """

    __slots__ = ("regex", "pattern", "alts", "always", "by_char", "compiled", "by_last")

    def __init__(self, pattern: str) -> None:
        self.regex = regex = _compile(pattern)
        self.pattern = pattern
        self.alts = _alternatives(pattern)
        self.always = 0  # bit mask of the alternatives tried for every string
        self.by_char: dict[str, int] | None = {}  # last character -> alternatives
        self.compiled: dict[int, re.Pattern | None] = {0: None}  # by bit mask
        # select's answer by last character (it depends on nothing else), filled as met
        self.by_last: dict[str, re.Pattern | None] = {}
        parsed = [_parse(a) for a in self.alts]
        if (any(p is None for p in parsed) or "|".join(self.alts) != pattern
                or regex.flags & ~re.UNICODE or any(not _plain(p.data) for p in parsed)):
            self.by_char = None
            return
        for n, p in enumerate(parsed):
            items = list(p.data)
            chars, empty = _edge_chars(items, last=True)
            if chars is None or empty or not items or items[-1] != (_sre.AT, _sre.AT_END):
                self.always |= 1 << n
                continue
            for c in chars:
                self.by_char[c] = self.by_char.get(c, 0) | 1 << n

    def select(self, string: str) -> re.Pattern | None:
        """The regex of the alternatives that can match ``string`` (None: none can)."""
        by_char = self.by_char
        if by_char is None or not string or string[-1] == "\n":
            return self.regex
        mask = self.always | by_char.get(string[-1], 0)
        found = self.compiled.get(mask, False)
        if found is False:
            found = _compile("|".join(a for n, a in enumerate(self.alts) if mask >> n & 1))
            self.compiled[mask] = found
        return found

    def search(self, string: str) -> re.Match | None:
        if not string:
            return self.regex.search(string)
        regex = self.by_last.get(string[-1], False)
        if regex is False:
            regex = self.by_last[string[-1]] = self.select(string)
        return regex.search(string) if regex is not None else None

    def __reduce__(self):
        return (SuffixSearch, (self.pattern,))


class InfixFinder:
    """``finditer`` of an infix regex that skips the strings it cannot match in.

    A match consumes at least one character, the first of which some alternative of the
    regex can consume first; a string without any such character has no match, and the
    regex is not run on it. Where that set cannot be told (flags, a character category,
    an alternative that may match nothing), the regex runs on every string. A drop-in for
    ``re.compile(pattern).finditer`` as spaCy's infix callback
    (``callback.__self__.pattern`` is the pattern spaCy serialises; it pickles as its
    pattern).
    """

    __slots__ = ("regex", "pattern", "first")

    def __init__(self, pattern: str) -> None:
        self.regex = regex = _compile(pattern)
        self.pattern = pattern
        self.first: frozenset[str] | None = None  # characters a match can start with
        parsed = _parse(pattern)
        if parsed is None or regex.flags & ~re.UNICODE:
            return
        chars, empty = _edge_chars(list(parsed.data), last=False)
        if chars is not None and not empty:
            self.first = frozenset(chars)

    def finditer(self, string: str):
        first = self.first
        if first is not None and first.isdisjoint(string):
            return iter(())
        return self.regex.finditer(string)

    def __reduce__(self):
        return (InfixFinder, (self.pattern,))


def _parse(pattern: str):
    """``pattern`` parsed by Python's regex parser, or None where it cannot be (no parser,
    an error) or it sets flags other than Unicode; quiet as :func:`_compile`."""
    if _sre_parse is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            parsed = _sre_parse.parse(pattern)
    except re.error:
        return None
    return None if parsed.state.flags & ~_sre.SRE_FLAG_UNICODE else parsed


def _compile(pattern: str) -> re.Pattern:
    """``re.compile``, quiet about scispaCy's character classes ("[[" reads as a possible
    set union to Python's re, which warns)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return re.compile(pattern)


class _TokenizerArgs:
    """What scispaCy's ``combined_rule_tokenizer`` passes to spaCy's Tokenizer."""

    def __init__(self, vocab, rules=None, prefix_search=None, suffix_search=None,
                 infix_finditer=None, token_match=None, **_kwargs) -> None:
        self.rules = rules
        self.prefix_search = prefix_search
        self.suffix_search = suffix_search
        self.infix_finditer = infix_finditer
        self.token_match = token_match


@spacy.registry.tokenizers("figcap.tokenizer.v1")
def create_tokenizer():
    """Registered tokenizer factory (``[nlp.tokenizer] @tokenizers = "figcap.tokenizer.v1"``)."""

    def make(nlp: Language) -> Tokenizer:
        from scispacy import custom_tokenizer

        if not hasattr(nlp, "tokenizer"):
            # Built from the config, before the Language has a tokenizer: scispaCy only
            # reads its token_match (none here).
            nlp.tokenizer = SimpleNamespace(token_match=None)
        # scispaCy's rules and patterns, without building its tokenizer: figcap builds its
        # own from them, and each build loads every special case (a tenth of a second).
        built = custom_tokenizer.Tokenizer
        custom_tokenizer.Tokenizer = _TokenizerArgs
        try:
            base = custom_tokenizer.combined_rule_tokenizer(nlp)
        finally:
            custom_tokenizer.Tokenizer = built
        # scispaCy's infixes plus ours; scispaCy's prefixes behind the stereo descriptor.
        infixes = InfixFinder(base.infix_finditer.__self__.pattern + "|" + "|".join(_EXTRA_INFIXES))
        # One regex (spaCy serialises the pattern): a stereo descriptor before more text,
        # then an opening bracket or an arrow, then scispaCy's prefixes.
        prefix_re = _compile(
            "^" + STEREO_PREFIX + r"(?=.)|^[(\[{]|^" + _ARROWS + "|"
            + base.prefix_search.__self__.pattern
        )

        return Tokenizer(
            nlp.vocab,
            rules=base.rules,
            prefix_search=prefix_re.search,
            suffix_search=SuffixSearch(base.suffix_search.__self__.pattern + "|" + _ARROWS
                                       + "$").search,
            infix_finditer=infixes.finditer,
            token_match=None,
            url_match=None,
            # spaCy's default keeps the tokens of 10,000 chunks; a few thousand captions
            # have tens of thousands of distinct ones (the tokens are the same either way)
            max_cache_size=CHUNK_CACHE_SIZE,
        )

    return make
