"""The spans of a caption figcap's matcher looks up, and the per-token facts behind them.

:class:`SpanFinder` remembers, per token text, the token's match key
(:func:`figcap.normalize.match_key`), its lexicon terms, its singular and species-less
keys, and whether its key starts a longer one; from those it proposes every token span
whose key may be a synonym. Span keys are concatenated token keys, extended only from a
token whose key is a synonym's first piece, past the next token only where the two are a
synonym's first two pieces, and no further than the longest such synonym.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

from ..lexicons.index import TermIndex
from ..normalize import match_key, strip_plural
from .tokview import TokView

__all__ = ["PAIR_PLURAL", "PLURAL", "SPECIES", "SpanFinder"]

#: Variants of a candidate span: the key is that of the singular, or a species prefix was
#: dropped ("hDaxx", "mCB2"), or the key is that of the singular of two words whose plural
#: starts no synonym ("alcohol dehydrogenases"); 0 otherwise.
PLURAL, SPECIES, PAIR_PLURAL = 1, 2, 3
# A human or mouse gene written with a species prefix: "hDaxx", "mCB2", "hKv1.3".
# Also a phospho (or protein) prefix: "pERK", "pAkt", "pSTAT3", "pVHL" (the matcher keeps
# only strong readings of those).
_SPECIES_PREFIX = re.compile(r"^[hmp][A-Z][A-Za-z0-9]")

# Bracket tokens and how they change the nesting depth of a span.
_BRACKETS = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}
# Punctuation followed by a space ends a name: "Shc, a" is no "ShcA".
_SPAN_BREAKS = frozenset({".", ",", ";", ":"})
# A match key of letters then digits, two pieces of a synonym that writes them apart.
_GLUED = re.compile(r"[a-z]+[0-9]+")
# Fields of SpanFinder.token_info's tuples: extends, odd.
_EXTENDS, _ODD = itemgetter(1), itemgetter(7)


class SpanFinder:
    """Candidate spans over one lexicon index, with per-token facts remembered across
    captions (at most 500,000 token texts and 200,000 token pairs; then emptied)."""

    def __init__(self, index: TermIndex) -> None:
        self.index = index
        self._tokens: dict[str, tuple] = {}  # token text -> token_info's tuple
        self._pair_entries = 0  # next-key lengths remembered in those tuples

    def token_info(self, texts: list[str]) -> list[tuple]:
        """Per token: ``(key, extends, singular key, species key, terms, nexts, joined,
        odd)``, remembered per text.

        ``extends``: some longer match key starts with the token's key as its first piece;
        ``singular key``: key of the token's singular (None when it is no plural);
        ``species key``: key of the symbol without its species prefix ("hDaxx"), or None;
        ``terms``: the lexicon terms indexed under the key (an empty tuple for none);
        ``nexts``: for a token that extends, the longest match key starting with its key
        and a next token's key as two pieces, by that next key (filled by
        :meth:`candidates`); else None;
        ``joined``: for a key of letters then digits ("beta2"), the longest match key whose
        first two pieces it joins ("beta-2-microglobulin"), else 0;
        ``odd``: the token has a key and a singular or species key.
        """
        memo = self._tokens
        infos = list(map(memo.get, texts))
        if None not in infos:
            return infos
        new = list(dict.fromkeys(t for t, info in zip(texts, infos) if info is None))
        keys = [match_key(t) for t in new]
        index = self.index
        lens = index.start_lengths([k for k in keys if k])
        lens.reverse()
        found = index.lookup_many(keys)
        if len(memo) + len(new) > 500_000 or self._pair_entries > 200_000:
            memo.clear()
            self._pair_entries = 0
        # A token of letters then digits is one piece of a text ("\u03b22", "IL6") and two of
        # a synonym that spaces or hyphenates them ("beta-2-microglobulin", "IL-6
        # receptor"): it starts the synonyms whose first two pieces it joins, too.
        glued = [k for k in keys if _GLUED.fullmatch(k)]
        split = dict(zip(glued, index.start_lengths(glued, pair=True))) if glued else {}
        for t, k, terms in zip(new, keys, found):
            sing = species = None
            if len(t) > 3 and t[-1] == "s":
                stem = strip_plural(t)
                if stem:
                    sing = match_key(stem)
            if t[:1] in "hmp" and _SPECIES_PREFIX.match(t):
                species = match_key(t[1:])
            joined = split.get(k, 0) if k else 0
            extends = bool(k) and max(lens.pop(), joined) > len(k)
            memo[t] = (k, extends, sing, species, terms if k else (), {} if extends else None,
                       joined, bool(k) and (sing is not None or species is not None))
        return list(map(memo.__getitem__, texts))

    def candidates(self, tv: TokView, infos: list[tuple], keys: list[str],
                   max_tokens: int) -> list[tuple[int, int, str, int]]:
        """``(start, end, key, variant)`` token spans worth looking up, besides the single
        tokens (:meth:`token_info` has their terms); ``variant`` is :data:`PLURAL` when the
        key is that of the singular (:data:`PAIR_PLURAL` for two words that only as a
        singular start a synonym), :data:`SPECIES` when a species prefix was dropped
        ("hDaxx", "mCB2"), else 0. ``infos`` from :meth:`token_info`, ``keys`` their first
        fields."""
        texts, ws = tv.texts, tv.ws
        n = len(texts)
        out: list[tuple[int, int, str, int]] = []
        # (i, j, depth, key of token j, longest match key from the pair or None if unknown)
        pairs: list[tuple[int, int, int, str, int | None]] = []
        tried = False  # some token was paired with a next one
        unknown: list[int] = []  # the pairs in ``pairs`` not yet looked up
        plural_pairs: list[tuple[int, int]] = []  # next to each other, the second a plural
        # token -> key of its singular; species-prefixed symbols without the prefix (the
        # tokens are picked by their flags in C: most tokens are neither)
        odd = list(compress(range(n), map(_ODD, infos)))
        singular = {i: infos[i][2] for i in odd if infos[i][2] is not None}
        species = [(i, i + 1, infos[i][3], SPECIES) for i in odd if infos[i][3] is not None]
        for i in compress(range(n), map(_EXTENDS, infos)):  # tokens that extend
            # the next token with a key, within a short reach and the sentence (a token
            # with a key is neither a bracket nor a full stop or comma)
            depth = 0
            if i + 1 < n and keys[i + 1]:
                j = i + 1
            else:
                j = -1
                for jj in range(i + 1, min(n, i + 4)):
                    if ws[jj - 1] and texts[jj - 1] in _SPAN_BREAKS:
                        break
                    depth += _BRACKETS.get(texts[jj], 0)
                    if depth < 0:
                        break
                    if keys[jj]:
                        j = jj
                        break
                if j < 0:
                    continue
            tried = True
            if j == i + 1 and infos[j][2] is not None and len(keys[i]) > 1:
                # a two-word name with its last word in the plural: "alcohol
                # dehydrogenases" (the pair's own key starts no synonym; not after one
                # letter: "B proteins", "d DEGs")
                plural_pairs.append((i, j))
            maxlen = infos[i][5].get(keys[j])
            if maxlen is None:
                unknown.append(len(pairs))
            elif not maxlen:
                continue
            pairs.append((i, j, depth, keys[j], maxlen))
        if not tried:
            return out
        if unknown:
            lens = self.index.start_lengths(
                [keys[pairs[u][0]] + pairs[u][3] for u in unknown], pair=True,
                remember=False)  # remembered here, in the token's facts
            for u, maxlen in zip(unknown, lens):
                i, j, depth, kj, _none = pairs[u]
                if infos[j][2] is None:  # a glued token's synonyms go on (not to a plural:
                    maxlen = max(maxlen, infos[i][6])  # "L4 segments" is no pair of pieces)
                infos[i][5][kj] = maxlen
                pairs[u] = (i, j, depth, kj, maxlen)
            self._pair_entries += len(unknown)
        for i, j0, depth, kj, maxlen in pairs:
            if not maxlen:
                continue
            s = keys[i] + kj
            if not depth:
                out.append((i, j0 + 1, s, 0))
            for j in range(j0 + 1, min(n, i + max_tokens)):
                if ws[j - 1] and texts[j - 1] in _SPAN_BREAKS:
                    break
                step = _BRACKETS.get(texts[j], 0)
                depth += step
                if depth < 0:
                    break  # a bracket closes that the span did not open
                kj = keys[j]
                s += kj
                if len(s) > maxlen:
                    break
                # a span never leaves a bracket open ("antigen (HE2"), and may end on
                # the bracket that closes one ("poly(A)")
                if not depth and (kj or step < 0):
                    out.append((i, j + 1, s, 0))
        # keys of each token's singular, and of each species-prefixed symbol without it
        spans = len(out)
        out.extend(species)
        if singular:
            out.extend([(i, i + 1, sk, PLURAL) for i, sk in singular.items()])
            get = singular.get
            made = set()
            for i, j, k, _variant in out[:spans]:
                sk = get(j - 1)
                if sk is not None:
                    made.add((i, j))
                    out.append((i, j, k[: len(k) - len(keys[j - 1])] + sk, PLURAL))
            out.extend([(i, j + 1, keys[i] + singular[j], PAIR_PLURAL) for i, j in plural_pairs
                        if (i, j + 1) not in made and j in singular])
        return out
