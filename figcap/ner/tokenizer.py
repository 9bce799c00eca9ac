"""figcap's tokenizer: scispaCy's rules, split further so lexicon keys line up with tokens.

scispaCy keeps ``mTORC1/ERK``, ``(NMDA)/low``, ``(GABA)-ergic`` and ``IL-6-induced`` as one
token. figcap's matcher builds a span's key by concatenating token keys
(:func:`figcap.normalize.match_key` drops punctuation), so splitting at every slash,
bracket, hyphen, comma and plus sign loses nothing for multi-word names
(``N-Methyl-D-Aspartate`` still matches) and lets the parts be found on their own
(``ERK`` in ``mTORC1/ERK``). Stereo descriptors stay whole (``(R,S)-`` in
``(R,S)-ketamine``), so ``S`` is never read as the start of ``S-ketamine``.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["create_tokenizer", "STEREO_PREFIX"]

#: A stereo descriptor at the start of a chemical name: (R)-, (S)-, (R,S)-, (+/-)-, (±)- ...
STEREO_PREFIX = r"\((?:[RSEZ]|[RS],[RS]|RS|SR|\+|-|\u2212|\u00b1|\+/-|\+/\u2212|[RS]\*|[DL])\)-?"

# Split at these characters wherever they stand inside a token.
_EXTRA_INFIXES = [r"[/()\[\]{}\-\u2010-\u2015\u2212,;:+=~'\u2019\"]"]


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
        infix_re = re.compile(base.infix_finditer.__self__.pattern + "|" + "|".join(_EXTRA_INFIXES))
        # One regex (spaCy serialises the pattern): a stereo descriptor before more text,
        # then an opening bracket, then scispaCy's prefixes.
        prefix_re = re.compile(
            "^" + STEREO_PREFIX + r"(?=.)|^[(\[{]|" + base.prefix_search.__self__.pattern
        )

        return Tokenizer(
            nlp.vocab,
            rules=base.rules,
            prefix_search=prefix_re.search,
            suffix_search=base.suffix_search,
            infix_finditer=infix_re.finditer,
            token_match=None,
            url_match=None,
        )

    return make
