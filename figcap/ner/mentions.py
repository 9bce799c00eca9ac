"""Turn grounded span proposals into the final, non-overlapping :class:`Mention` list.

This is the only place where spans become data.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from ..grounding import Choice, Grounder
from ..schema import ENTITY_TYPES, Mention

__all__ = ["resolve", "mentions_from_doc"]

_TYPE_ORDER = {t: n for n, t in enumerate(ENTITY_TYPES)}


def resolve(
    tv, proposals: Sequence[tuple[int, int, int, Choice, str, float]], grounder: Grounder
) -> list[tuple[int, int, Mention]]:
    """Keep the best non-overlapping proposals and build mentions.

    ``tv`` is the matcher's token view (texts, offsets). Each proposal is ``(priority, start_token, end_token, choice, method, score)``;
    priority 0 (long forms and short forms the caption defines) goes first, then longer
    spans before shorter ones, better matches before worse, and finally position and type
    so that the order never depends on anything but the input.
    """
    ranked = sorted(
        proposals,
        key=lambda p: (
            p[0],
            -(tv.ends[p[2] - 1] - tv.starts[p[1]]),
            p[3].quality,
            p[1],
            _TYPE_ORDER.get(p[3].type, 9),
            p[3].id,
        ),
    )
    taken = [False] * len(tv.texts)
    chosen = []
    for prio, i, j, choice, method, score in ranked:
        if any(taken[i:j]):
            continue
        for k in range(i, j):
            taken[k] = True
        chosen.append((i, j, choice, method, score))
    chosen.sort(key=lambda c: (c[0], c[1]))
    out = []
    for i, j, choice, method, score in chosen:
        start = tv.starts[i]
        end = tv.ends[j - 1]
        identifiers, members = grounder.identifiers(choice)
        out.append((i, j, Mention(
                text=tv.text[start:end],
                start=start,
                end=end,
                type=choice.type,
                identifiers=identifiers,
                label=choice.label,
                matched=choice.matched,
                method=method,
                score=score,
                members=members,
                organism=choice.organism,
                source=choice.kind,
            )))
    return out


def mentions_from_doc(doc: Doc) -> list[Mention]:
    """The mentions figcap's matcher left on ``doc`` (an empty list if it did not run)."""
    return list(getattr(doc._, "figcap_mentions", None) or [])
