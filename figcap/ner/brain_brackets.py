"""Brain-region names written around their short form, for the lexicon matcher.

- :data:`REGION_HEADS`: head nouns a region name may take after its short form in brackets;
- ``_join_bracketed_short_forms``: "parabrachial nucleus (PB) subnuclei", "primary
  somatosensory (SI) cortex" are one mention each, and later uses of the short form the
  region (a step of :func:`figcap.ner.brain_rules.with_position_words`).

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
"""

from __future__ import annotations

import dataclasses

from ..definitions import is_short_form
from .brain_words import _place_word
from .mentions import _REGION_ONLY, covered, make_mention
from .rules import occurrences
from .tokview import TokView

__all__ = ["REGION_HEADS"]


#: Head nouns that end a region name after its short form in brackets: "parabrachial
#: nucleus (PB) subnuclei", "subthalamic (STN) nucleus", "olivocochlear (OC) bundle".
#: Not nouns for a part of the region ("olfactory bulb (OB) core", "zona incerta (ZI)
#: sectors"), which name a place in it and keep the short form for the whole.
_BRACKET_HEADS = frozenset(
    """nucleus nuclei subnucleus subnuclei area areas complex cortex cortices nerve nerves
    bundle tract fascicles""".split())
#: Head nouns a region name may take after its short form in brackets.
REGION_HEADS = _BRACKET_HEADS


def _short_in_brackets(tv: TokView, k: int, regions) -> bool:
    """Are tokens ``k`` to ``k + 3`` "(", a short form, ")"? ``regions``: the start tokens
    of brain-region mentions (a short form placed as one counts)."""
    texts = tv.texts
    return (k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")"
            and (k + 1 in regions or is_short_form(texts[k + 1])))


def _join_bracketed_short_forms(tv: TokView, placed, grounder=None):
    """A region name written around its short form is one mention, the short form inside:
    a name and its head noun ("parabrachial nucleus (PB) subnuclei", "parafascicular (Pf)
    nuclei", "subthalamic (STN) nucleus") and position or modifier words and a name
    ("primary somatosensory (SI) cortex", "ventral posterior (VP) thalamic nucleus").
    The concept is the name's (the whole name's where ``grounder`` grounds it: "primary
    somatosensory cortex", not "cortex"). Later uses of the short form are the region
    (:func:`_short_form_uses`), the whole name's where ``grounder`` grounds it."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    regions = {i for i, _j, m in placed if m.type == "brain_region"}
    starts = {i: m for i, _j, m in placed}
    single = {i for i, j, m in placed if j == i + 1 and m.type == "brain_region"}
    inside: set[int] = set()  # start tokens of the short forms (and heads) taken in
    shorts: dict = {}  # short form -> (region, words of its name before the bracket)
    out = []
    for i, j, m in placed:
        if m.type == "brain_region" and i not in inside:
            head = j + 3
            if _short_in_brackets(tv, j, regions) and head < n and ws[j + 2] and (
                    texts[head].lower() in _BRACKET_HEADS) and (
                    head not in taken or head in single):  # "(IC) cortices": a mention too
                if j + 1 in starts:
                    inside.add(j + 1)
                short = texts[j + 1]
                name = tuple(w.lower() for w in texts[i:j])
                _define(shorts, short, m, name)
                if head in single:
                    inside.add(head)
                end = tv.ends[j + 3]
                m = dataclasses.replace(m, text=tv.text[m.start : end], end=end)
                j += 4
            elif i >= 4 and ws[i - 1] and _short_in_brackets(tv, i - 3, regions) \
                    and ws[i - 4] and (i - 4) not in taken and _place_word(texts[i - 4]):
                a = i - 4
                while a > 0 and ws[a - 1] and (a - 1) not in taken and _place_word(texts[a - 1]):
                    a -= 1
                if i - 2 in starts:
                    inside.add(i - 2)
                start = tv.starts[a]
                name = tuple(w.lower() for w in texts[a : i - 3])
                whole = " ".join(texts[a : i - 3]) + " " + tv.span_text(i, j)
                choice = grounder.ground_text(whole, types=_REGION_ONLY) if grounder else None
                region = m if choice is None else make_mention(tv, i, j, choice, "normalised",
                                                               choice.score, grounder)
                short = texts[i - 2]
                _define(shorts, short, region, name)
                m = dataclasses.replace(region, text=tv.text[start : m.end], start=start,
                                        end=m.end)
                i = a
        out.append((i, j, m))
    out = [(i, j, m) for i, j, m in out if i not in inside]
    return _short_form_uses(tv, out, shorts) if shorts else out


def _define(shorts: dict, short: str, region, name: tuple) -> None:
    """Record ``short`` as defined by ``region`` and the words ``name``; a short form defined
    twice, by other words or another region, is left alone (None)."""
    old = shorts.get(short, (region, name))
    same = old is not None and old[1] == name and old[0].identifiers == region.identifiers
    shorts[short] = (region, name) if same else None


def _short_form_uses(tv: TokView, placed, shorts):
    """Each later use of a short form that a region name written around it defines
    ("subthalamic (STN) nucleus ... the STN") is that region, not another reading of the
    abbreviation (the gene whose alias "STN" is); where the use repeats the name's words
    before it in brackets ("mediodorsal (MD) nucleus ... neurons of mediodorsal (MD)"),
    those words are the region too. Not a short form the text puts in brackets after
    other words, nor one defined twice."""
    texts, n = tv.texts, len(tv.texts)
    at = {i: (j, m) for i, j, m in placed}
    taken = covered(placed)
    extra, replaced = [], set()

    def add(a: int, b: int, region) -> None:
        start, end = tv.starts[a], tv.ends[b - 1]
        extra.append((a, b, dataclasses.replace(
            region, text=tv.text[start:end], start=start, end=end, method="abbreviation",
            score=round(0.95 * region.score, 4))))
        taken.update(range(a, b))

    for short, entry in shorts.items():
        if entry is None or not is_short_form(short):
            continue
        region, name = entry
        size = len(name)
        uses = occurrences(tv, short)
        if any(0 < a < n - 1 and texts[a - 1] == "(" and texts[b] == ")" and (
                a - 1 - size < 0 or tuple(w.lower() for w in texts[a - 1 - size : a - 1]) != name)
               for a, b in uses):
            continue  # also put in brackets after other words: defined otherwise too
        for a, b in uses:
            here = at.get(a)
            if here is not None and here[0] == b and here[1].type != "brain_region":
                replaced.add(a)
                add(a, b, region)
            elif here is None and not any(k in taken for k in range(a, b)):
                add(a, b, region)
            elif here is None or here[0] != b:
                continue
            c = a - 1 - size
            if texts[a - 1] == "(" and c >= 0 and not any(k in taken for k in range(c, a - 1)):
                add(c, a - 1, region)
    if not extra:
        return placed
    kept = [p for p in placed if p[0] not in replaced]
    return sorted(kept + extra, key=lambda p: (p[0], -p[1]))
