"""The library API: :func:`annotate` a text, :func:`reannotate` a record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from .errors import LexiconError, RecordFormatError
from .schema import Mention, Record

__all__ = ["annotate", "annotate_many", "reannotate", "Reannotation"]


def annotate(text: str, organisms: Sequence[str] | None = None) -> list[Mention]:
    """Find and ground gene, family, chemical, disease and brain-region mentions.

    Parameters
    ----------
    text : str
        A caption (or any text).
    organisms : sequence of str, optional
        The record's organisms (``["Mus musculus"]``), for species-aware grounding.

    Returns
    -------
    list of Mention
        Non-overlapping mentions in text order; deterministic for the same input and
        lexicons. The pipeline and lexicons load once per process.

    Examples
    --------
    >>> [(m.text, m.type, m.identifiers[0]) for m in annotate("ketamine blocks NMDA receptors")][:1]
    [('ketamine', 'chemical', 'MESH:D007649')]
    """
    from .ner.pipeline import annotate_texts

    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return next(annotate_texts([text], [organisms]))


def annotate_many(
    texts: Iterable[str], organisms: Sequence[Sequence[str] | None] | None = None
) -> list[list[Mention]]:
    """:func:`annotate` over many texts (one pipeline pass each, same process)."""
    from .ner.pipeline import annotate_texts

    return list(annotate_texts(texts, organisms))


@dataclass(frozen=True)
class Reannotation:
    """figcap's reading of one record."""

    record: Record
    mentions: tuple[Mention, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form, as written under the record's ``figcap`` key."""
        from . import __version__
        from .lexicons import manifest

        try:
            lexicon_version = manifest().get("figcap_version", "")
        except LexiconError:  # pragma: no cover - manifest always ships
            lexicon_version = ""
        return {
            "version": __version__,
            "lexicons": lexicon_version,
            "mentions": [m.to_dict() for m in self.mentions],
        }


def reannotate(record: Record) -> Reannotation:
    """Run figcap over a record's caption.

    Raises
    ------
    RecordFormatError
        When the record has no caption.
    """
    if record.caption is None:
        raise RecordFormatError(record.source or record.figid, "no caption to annotate")
    return Reannotation(record, tuple(annotate(record.caption, record.organisms or None)))
