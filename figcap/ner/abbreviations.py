"""Abbreviation definitions: Schwartz & Hearst (2003), as in scispaCy, on the raw text.

``figcap_abbreviations`` is a :class:`scispacy.abbreviation.AbbreviationDetector` whose
search runs on characters instead of tokens. scispaCy rebuilds the long-form candidate by
joining tokens with single spaces and maps the match back by token lengths; with figcap's
finer tokens (``mu - opioid``) that shifts the long form ("-opioid receptors" for
"mu-opioid receptors (MOR)") and its word window, counted in tokens, is too short for
"α-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA)". Here the window is counted
in words, the character walk is scispaCy's, and the spans are cut at character offsets.
It also skips scispaCy's per-Doc ``Matcher`` rebuilds (figcap's matcher finds the later
occurrences of each short form), which cost more than the rest of the pipeline together.

Besides brackets, glossary entries define short forms ("GAP, glyceraldehyde-3-phosphate;
FBA, fructose-bisphosphate aldolase"), which figure legends use for their abbreviations;
see :func:`figcap.definitions.glossary_definitions`.

``doc._.abbreviations`` holds one span per definition (the short form) with
``span._.long_form`` set, as in scispaCy; bracket definitions come first.
"""

from __future__ import annotations

import re

from scispacy.abbreviation import AbbreviationDetector
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..definitions import find_long_form, glossary_definitions, is_short_form
from .tokview import token_view

__all__ = ["FigcapAbbreviationDetector", "find_long_form", "is_short_form"]


# Closing bracket -> its opening one: definitions are made in round and square brackets
# ("Friedreich's ataxia [FRDA]").
_OPENING = {")": "(", "]": "["}


# What follows a short form in a member's name: a number, a Greek or capital letter.
_MEMBER_TAIL = re.compile(r"[-\u2010-\u2013]?(?:\d|[α-ωΑ-Ω]|[A-Z])")


@Language.factory("figcap_abbreviations", assigns=["doc._.abbreviations"], default_config={})
def make_abbreviations(nlp: Language, name: str) -> "FigcapAbbreviationDetector":
    """Create the detector (registered factory)."""
    return FigcapAbbreviationDetector(nlp, name)


class FigcapAbbreviationDetector(AbbreviationDetector):
    """Schwartz-Hearst abbreviation definitions on characters; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "figcap_abbreviations") -> None:
        # scispaCy's constructor re-registers its extensions with force=True and builds
        # matchers figcap does not use; register idempotently instead.
        if not Doc.has_extension("abbreviations"):
            Doc.set_extension("abbreviations", default=[])
        if not Span.has_extension("long_form"):
            Span.set_extension("long_form", default=None)
        self.name = name
        self.make_serializable = False

    def __call__(self, doc: Doc) -> Doc:
        tv = token_view(doc)
        found: list[Span] = []
        texts = tv.texts
        text = tv.text
        seen_short: set[str] = set()
        seen_long: set[str] = set()

        def add(short: Span, long: Span) -> None:
            """Keep the first definition of each short form and of each long form."""
            short_text = text[short.start_char : short.end_char]
            long_text = text[long.start_char : long.end_char]
            if short_text not in seen_short and long_text not in seen_long:
                seen_short.add(short_text)
                seen_long.add(long_text)
                short._.long_form = long
                found.append(short)

        if "(" in texts or "[" in texts:
            opened = {"(": -1, "[": -1}  # the open bracket of each kind, if any
            for i in sorted([*tv.positions("("), *tv.positions(")"), *tv.positions("["),
                             *tv.positions("]")]):
                kind = _OPENING.get(texts[i])
                if kind is None:
                    opened[texts[i]] = i
                    continue
                if opened[kind] < 0:
                    continue
                pair = self._definition(doc, tv, opened[kind], i)
                opened[kind] = -1
                if pair is not None:
                    add(*pair)
        for sa, sb, la, lb in glossary_definitions(text):
            if text[sa:sb] in seen_short:
                continue
            short = doc.char_span(sa, sb)
            long = doc.char_span(la, lb, alignment_mode="expand")
            if short is not None and long is not None:
                add(short, long)
        doc._.abbreviations = found
        return doc

    @staticmethod
    def _definition(doc: Doc, tv, open_i: int, close_i: int) -> tuple[Span, Span] | None:
        """The definition a bracket pair (tokens ``open_i``, ``close_i``) makes, if any.

        Works on the token view's text and offsets; spans are made only for a definition."""
        while close_i - open_i > 2 and tv.texts[close_i - 1] in (";", ","):
            close_i -= 1  # "betacellulin (BTC; )": a citation left out after the short form
        if close_i - open_i < 2:
            return None
        text = tv.text
        a, b = tv.starts[open_i + 1], tv.ends[close_i - 1]
        inside = text[a:b]
        if is_short_form(inside):
            # "long form (SF)": look back over at most min(|SF| + 5, 2 |SF|) words.
            n = len(inside.replace(" ", ""))
            max_words = min(n + 5, 2 * n)
            end = tv.starts[open_i]
            start = end
            words = 0
            while start > 0 and words < max_words:
                start = text.rfind(" ", 0, max(start - 1, 0))
                words += 1
                if start < 0:
                    start = 0
                    break
            # A sentence end, a line break or an earlier bracket closes the window; not a
            # bracket closed inside it: "calmodulin (CaM)-dependent kinase (CaMK)".
            end = start + len(text[start:end].rstrip().rstrip(",;:").rstrip())
            cand = text[start:end]  # no comma before the bracket: "glucosidase I, (GI)"
            for stop in (". ", "; ", ") ", "), ", "); ", "(", "\n"):
                k = cand.rfind(stop)
                if k >= 0 and stop == "(" and ")" in cand[k:]:
                    continue
                if k >= 0:
                    cand_start = start + k + len(stop)
                    cand = text[cand_start:end]
                    start = cand_start
            offset = find_long_form(inside, cand)
            if offset is None or len(cand) - offset <= len(inside):
                return None
            tail = cand[offset:]
            if ")" in tail and "(" not in tail[:tail.index(")")]:
                # a long form that starts inside a bracketed short form takes in the bracket
                # and the long form that it defines: "calmodulin (CaM)-dependent kinase
                # (CaMK)", not "CaM)-dependent kinase"; without one, there is no definition.
                # (A bracket inside a chemical's name stays as it was: "4-(cytidine
                # 5'-diphospho)-2C-methyl-d-erythritol kinase (CMK)".)
                k = cand.rfind("(", 0, offset)
                inner = cand[k + 1 : cand.index(")", k)] if k >= 0 else ""
                if is_short_form(inner):
                    offset = find_long_form(inner, cand[:k].rstrip())
                    if offset is None:
                        return None
            long = doc.char_span(start + offset, start + len(cand), alignment_mode="expand")
            short = doc.char_span(a, b)
            if long is None or short is None or long.end > open_i:
                return None
            return short, long
        # "SF (long form)": the token(s) before the bracket abbreviate its content.
        if open_i == 0:
            return None
        prev = tv.texts[open_i - 1]
        if not tv.ws[open_i - 1] or not is_short_form(prev) or len(inside.split()) < 2:
            return None
        offset = find_long_form(prev, inside)
        if offset is None:
            return None
        # a word the bracket spells out again is no short form of it: "ventral nuclei (of
        # the bed nuclei of the stria terminalis)"
        first = inside[offset:].split(None, 1)[0]
        if first.lower() == prev.lower():
            return None
        # nor are members it names: "type I IFN (IFNα and IFNβ)", "Wnt (Wnt3a)" (but "Ca
        # (calcium)" is a definition)
        if first.startswith(prev) and _MEMBER_TAIL.match(first, len(prev)):
            return None
        long = doc.char_span(a + offset, b, alignment_mode="expand")
        if long is None:
            return None
        return doc[open_i - 1 : open_i], long
