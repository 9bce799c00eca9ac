"""Turn grounded span proposals into the final, non-overlapping :class:`Mention` list.

This is the only place where spans become data.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from ..grounding import Choice, Grounder
from ..schema import ENTITY_TYPES, Mention

__all__ = ["resolve", "mentions_from_doc", "covered", "with_extra"]

_TYPE_ORDER = {t: n for n, t in enumerate(ENTITY_TYPES)}

#: ``types`` for a gene rule's grounding of a name it derives ("PKC alpha", "COL4A1",
#: "angiotensin II receptor type 1"): a gene, not a family or another type.
_GENE_ONLY = frozenset({"gene"})
#: The mention types gene rules build on or set aside: genes and gene families.
_GENE_TYPES = frozenset({"gene", "family"})
#: ``types`` for a brain rule's grounding of a name it reads or derives ("nucleus
#: ruber", "regional part of brain"): a brain region only.
_REGION_ONLY = frozenset({"brain_region"})


def resolve(
    tv, proposals: Sequence[tuple[int, int, int, Choice, str, float]], grounder: Grounder
) -> list[tuple[int, int, Mention]]:
    """Keep the best non-overlapping proposals and build mentions.

    ``tv`` is the matcher's token view (texts, offsets). Each proposal is ``(priority, start_token, end_token, choice, method, score)``;
    priority 0 (long forms and short forms the caption defines) goes first, then longer
    spans before shorter ones, better matches before worse, and finally position and type
    so that the order never depends on anything but the input.
    """
    starts, ends = tv.starts, tv.ends
    ranked = sorted(
        proposals,
        key=lambda p: (
            p[0],
            starts[p[1]] - ends[p[2] - 1],  # longer first
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
    return [(i, j, make_mention(tv, i, j, choice, method, score, grounder))
            for i, j, choice, method, score in chosen]


def covered(placed) -> set[int]:
    """Token indexes inside the ``(start, end, mention)`` spans of ``placed``."""
    out: set[int] = set()
    for i, j, _m in placed:
        if j - i == 1:  # most mentions are one token (a range per mention costs twice as much)
            out.add(i)
        else:
            out.update(range(i, j))
    return out


def with_extra(placed, extra):
    """``placed`` and the rule-made ``extra`` mentions, in token order."""
    if not extra:
        return placed
    return sorted(placed + extra, key=lambda p: (p[0], p[1]))


def replaced(tv, placed, chosen, grounder: Grounder):
    """``placed`` with the mention at each index ``n`` of ``chosen`` replaced by a
    "normalised" one (score 0.9) over ``chosen``'s tokens, for ``(n, start, end, choice)``
    in ``chosen``; ``placed`` itself, not a copy, when ``chosen`` is empty. The gene rules
    that read a mention (with the words beside it) as one gene end so: "angiotensin II
    type 1 receptor", "IL-2R alpha", "the EDA gene"."""
    if not chosen:
        return placed
    out = list(placed)
    for n, i, j, choice in chosen:
        out[n] = (i, j, make_mention(tv, i, j, choice, "normalised", 0.9, grounder))
    return out


def make_mention(tv, i: int, j: int, choice: Choice, method: str, score: float,
                 grounder: Grounder) -> Mention:
    """The :class:`Mention` for tokens ``i`` to ``j`` grounded to ``choice``."""
    start = tv.starts[i]
    end = tv.ends[j - 1]
    if tv.text[end - 1] == "." and not choice.matched.endswith("."):
        end -= 1  # "protein kinase B." tokenised as an initial: the period is not the name's
    identifiers, members = grounder.identifiers(choice)
    # positional: text, start, end, type, identifiers, label, matched, method, score,
    # members, organism, source (keywords cost a third of the call)
    return Mention(tv.text[start:end], start, end, choice.type, identifiers, choice.label,
                   choice.matched, method, score, members, choice.organism, choice.kind)


#: Last words of protein names that may start with a chemical: "creatine kinase",
#: "dopamine D2 receptor", "calcium channel", "angiotensin II receptor".
PROTEIN_HEADS = frozenset(
    """receptor channel kinase phosphokinase transporter aminotransferase transaminase
    synthase synthetase oxidase reductase dehydrogenase hydroxylase decarboxylase
    transferase esterase hydrolase enzyme pump exchanger cotransporter ligase""".split()
)


def nested_chemicals(
    tv, placed: Sequence[tuple[int, int, Mention]],
    proposals: Sequence[tuple[int, int, int, Choice, str, float]], grounder: Grounder,
) -> list[tuple[int, int, Mention]]:
    """Chemicals that open a gene or family name: "creatine" in "creatine kinase",
    "glutamate" in "metabotropic glutamate receptors" (after an adjective in -ic).

    The protein is the mention; the chemical is kept as a second, nested mention when the
    name ends, at most one word after the chemical, in a protein head word
    (:data:`PROTEIN_HEADS`, singular or plural); so is a second chemical that is that one
    word ("cysteine" of "glutamate cysteine ligase").
    """
    best: dict[int, tuple] = {}
    for p in proposals:
        if p[3].type == "chemical":
            cur = best.get(p[1])
            if cur is None or (p[2], -p[3].quality) > (cur[2], -cur[3].quality):
                best[p[1]] = p
    out = []
    for i, j, m in placed:
        if m.type not in ("gene", "family"):
            continue
        if i not in best and i + 1 < j and tv.texts[i].lower().endswith("ic") \
                and tv.texts[i].isalpha():
            i += 1  # after a receptor's kind: "metabotropic glutamate receptors"
        if i not in best:
            continue
        _prio, _i, k, choice, method, score = best[i]
        words = [t.lower() for t in tv.texts[k:j] if t.isalnum()]
        if k >= j or not words or len(words) > 2:
            continue
        head = words[-1][:-1] if words[-1].endswith("s") else words[-1]
        if head in PROTEIN_HEADS:
            out.append((i, k, make_mention(tv, i, k, choice, method, score, grounder)))
            nxt = best.get(k)
            if nxt is not None and nxt[2] == j - 1:
                # a second substrate right before the head: "glutamate cysteine ligase"
                _p, _k, k2, choice2, method2, score2 = nxt
                out.append((k, k2, make_mention(tv, k, k2, choice2, method2, score2,
                                                grounder)))
    return out


def mentions_from_doc(doc: Doc) -> list[Mention]:
    """The mentions figcap's matcher left on ``doc`` (an empty list if it did not run)."""
    return list(getattr(doc._, "figcap_mentions", None) or [])
