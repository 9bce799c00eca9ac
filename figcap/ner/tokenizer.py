"""figcap's tokenizer: scispaCy's rules, split further so lexicon keys line up with tokens.

scispaCy keeps ``mTORC1/ERK``, ``(NMDA)/low``, ``(GABA)-ergic`` and ``IL-6-induced`` as one
token. figcap's matcher builds a span's key by concatenating token keys
(:func:`figcap.normalize.match_key` drops punctuation), so splitting at every slash,
bracket, hyphen, comma and plus sign loses nothing for multi-word names
(``N-Methyl-D-Aspartate`` still matches) and lets the parts be found on their own
(``ERK`` in ``mTORC1/ERK``). Stereo descriptors stay whole (``(R,S)-`` in
``(R,S)-ketamine``), so ``S`` is never read as the start of ``S-ketamine``.

spaCy caches the tokens of each whitespace-delimited chunk, but not in the rest of a text
once a special case ("e.g.", "vs.", "al.") has been used in it, so most captions tokenise
many chunks again; the affix regexes, the costliest part of that, remember their results
per chunk (:class:`MemoRegex`).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["create_tokenizer", "MemoRegex", "STEREO_PREFIX"]

#: A stereo descriptor at the start of a chemical name: (R)-, (S)-, (R,S)-, (+/-)-, (±)- ...
STEREO_PREFIX = r"\((?:[RSEZ]|[RS],[RS]|RS|SR|\+|-|\u2212|\u00b1|\+/-|\+/\u2212|[RS]\*|[DL])\)-?"

# Split at these characters wherever they stand inside a token.
_EXTRA_INFIXES = [r"[/()\[\]{}\-\u2010-\u2015\u2212,;:+=~'\u2019\"]",
                  # an allele's star after a gene symbol: "ADH1C*1/*1", "TPMT*3A"
                  r"(?<=[A-Za-z0-9])\*(?=[0-9])"]


class _Memo(dict):
    """``regex.search`` results (with ``every``: all of ``regex.finditer``, as a tuple) by
    string; its ``__getitem__`` is a tokenizer callback, so a string seen before costs
    spaCy one dict lookup and no Python call."""

    __slots__ = ("regex", "pattern", "limit", "every")

    def __init__(self, regex: re.Pattern, limit: int, every: bool = False) -> None:
        super().__init__()
        self.regex = regex
        self.pattern = regex.pattern  # what spaCy serialises (``callback.__self__.pattern``)
        self.limit = limit
        self.every = every

    def __missing__(self, string: str) -> re.Match | None | tuple[re.Match, ...]:
        found = tuple(self.regex.finditer(string)) if self.every else self.regex.search(string)
        if len(self) >= self.limit:
            self.clear()
        self[string] = found
        return found

    def __reduce__(self):
        return (_Memo, (self.regex, self.limit, self.every))


class MemoRegex:
    """A compiled regex whose ``search`` and ``finditer`` remember their results per string.

    A drop-in for ``re.compile(pattern).search`` / ``.finditer`` as spaCy's tokenizer
    callbacks: the results are the regex's own (match objects are immutable), ``pattern``
    is what spaCy serialises, and it pickles as its pattern. Each memo holds at most
    ``limit`` strings and is emptied when full. ``search`` and ``matches`` (all matches as
    a tuple: spaCy's infix callback, whose results spaCy lists) are memo lookups
    (``callback.__self__.pattern`` is the pattern, as spaCy expects of a callback).
    """

    __slots__ = ("regex", "pattern", "limit", "search", "matches")

    def __init__(self, pattern: str, limit: int = 1 << 18) -> None:
        self.regex = re.compile(pattern)
        self.pattern = self.regex.pattern
        self.limit = limit
        self.search = _Memo(self.regex, limit).__getitem__
        self.matches = _Memo(self.regex, limit, every=True).__getitem__

    def finditer(self, string: str):
        return iter(self.matches(string))

    def __reduce__(self):
        return (MemoRegex, (self.pattern, self.limit))


@spacy.registry.tokenizers("figcap.tokenizer.v1")
def create_tokenizer():
    """Registered tokenizer factory (``[nlp.tokenizer] @tokenizers = "figcap.tokenizer.v1"``)."""

    def make(nlp: Language) -> Tokenizer:
        from scispacy.custom_tokenizer import combined_rule_tokenizer

        if not hasattr(nlp, "tokenizer"):
            # Built from the config, before the Language has a tokenizer: scispaCy only
            # reads its token_match (none here).
            nlp.tokenizer = SimpleNamespace(token_match=None)
        base = combined_rule_tokenizer(nlp)
        # scispaCy's infixes plus ours; scispaCy's prefixes behind the stereo descriptor.
        infix_re = MemoRegex(base.infix_finditer.__self__.pattern + "|" + "|".join(_EXTRA_INFIXES))
        # One regex (spaCy serialises the pattern): a stereo descriptor before more text,
        # then an opening bracket, then scispaCy's prefixes.
        prefix_re = MemoRegex(
            "^" + STEREO_PREFIX + r"(?=.)|^[(\[{]|" + base.prefix_search.__self__.pattern
        )

        return Tokenizer(
            nlp.vocab,
            rules=base.rules,
            prefix_search=prefix_re.search,
            suffix_search=MemoRegex(base.suffix_search.__self__.pattern).search,
            infix_finditer=infix_re.matches,
            token_match=None,
            url_match=None,
        )

    return make
