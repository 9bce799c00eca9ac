""""Heat shock" and "cold-shock" name proteins and responses, not the disease shock.

MeSH's Shock (circulatory failure) is a disease; "Heat-shock proteins", "cold-shock
protein" and "heat-shock response" are no shock. :func:`shock_proteins` drops a disease
mention "shock" right after "heat" or "cold", spaced or hyphenated. (Other prefixes stay: the
BC5CDR corpus marks the disease in "non-hypertensive", "anti-tumor", "pre-nephrotic".)
"""

from __future__ import annotations

from .tokview import TokView

__all__ = ["shock_proteins"]

_SHOCK = frozenset({"heat", "cold"})
_HYPHENS = frozenset({"-", "\u2010"})


def shock_proteins(tv: TokView, placed):
    """``placed`` without the disease "shock" of "heat-shock" and "cold-shock"."""
    texts, ws = tv.texts, tv.ws
    drop = {n for n, (i, j, m) in enumerate(placed)
            if m.type == "disease" and j - i == 1 and texts[i].lower() == "shock"
            and _after_heat(texts, ws, i)}
    return [p for n, p in enumerate(placed) if n not in drop] if drop else placed


def _after_heat(texts, ws, i: int) -> bool:
    """Whether "heat" or "cold" comes right before token ``i``, spaced or hyphenated."""
    if i >= 1 and ws[i - 1] and texts[i - 1].lower() in _SHOCK:
        return True
    return i >= 2 and not ws[i - 1] and not ws[i - 2] and texts[i - 1] in _HYPHENS \
        and texts[i - 2].lower() in _SHOCK
