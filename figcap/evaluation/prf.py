"""A small precision/recall/F1 accumulator (after ``spacy.scorer.PRFScore``).

0/0 is defined as ``None`` (no evidence either way), never smoothed with ``1e-100``;
:func:`macro` averages only the defined values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Hashable, Iterable, Mapping

__all__ = ["PRF", "macro"]


@dataclass
class PRF:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def score_set(self, predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> None:
        """Add the comparison of two sets (duplicates collapse)."""
        p, g = set(predicted), set(gold)
        self.tp += len(p & g)
        self.fp += len(p - g)
        self.fn += len(g - p)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None when nothing was predicted."""
        d = self.tp + self.fp
        return self.tp / d if d else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None when there was nothing to find."""
        d = self.tp + self.fn
        return self.tp / d if d else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None when either is undefined;
        0.0 when both are 0."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if (p + r) else 0.0

    def to_dict(self, digits: int = 4) -> dict[str, Any]:
        """Counts and rounded scores, JSON-able."""

        def rnd(x: float | None) -> float | None:
            return None if x is None else round(x, digits)

        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": rnd(self.precision),
            "recall": rnd(self.recall),
            "f1": rnd(self.f1),
        }


def macro(scores: Mapping[str, PRF]) -> dict[str, float | None]:
    """Unweighted mean of the defined precision, recall and F1 values over ``scores``."""
    out: dict[str, float | None] = {}
    for name in ("precision", "recall", "f1"):
        vals = [getattr(s, name) for s in scores.values()]
        vals = [v for v in vals if v is not None]
        out[name] = round(sum(vals) / len(vals), 4) if vals else None
    return out
