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
        The record's organisms (``["Mus musculus"]``), for species-aware grounding: names
        or NCBI taxon ids (``["10090"]``, as :attr:`Mention.organism` gives them). Human,
        mouse and rat change the grounding (their symbols, MGI and RGD); other organisms
        are accepted and change nothing. A bare string is refused (it is no list of names).

    Returns
    -------
    list of Mention
        Mentions in text order (the longer first where two start together); deterministic
        for the same input and lexicons. Mentions do not overlap, with one exception: a
        chemical that opens a gene or family name is kept as a second mention inside it
        ("alcohol" in "alcohol dehydrogenase", "creatine" in "creatine kinase"), so that
        the chemical is found too; a tool that needs flat spans keeps the outer one. The
        pipeline and lexicons load once per process.

    Examples
    --------
    >>> [(m.text, m.type, m.identifiers[0]) for m in annotate("ketamine blocks NMDA receptors")][:1]
    [('ketamine', 'chemical', 'MESH:D007649')]
    """
    from .ner.pipeline import annotate_texts

    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return next(annotate_texts([text], [_organism_list(organisms)]))


def annotate_many(
    texts: Iterable[str], organisms: Sequence[Sequence[str] | None] | None = None
) -> list[list[Mention]]:
    """:func:`annotate` over many texts (one pipeline pass each, same process);
    ``organisms``: one sequence of names (or None) per text."""
    from .ner.pipeline import annotate_texts

    if organisms is not None:
        organisms = [_organism_list(o) for o in organisms]
    return list(annotate_texts(texts, organisms))


def _organism_list(organisms: Sequence[str] | None) -> Sequence[str] | None:
    """``organisms`` checked: None or a sequence of strings, not one string."""
    if organisms is None:
        return None
    if isinstance(organisms, (str, bytes)):
        raise TypeError(f"organisms must be a list of names, not one string: "
                        f"use [{organisms!r}]")
    bad = [o for o in organisms if not isinstance(o, str)]
    if bad:
        raise TypeError(f"organisms must be names (str), not {type(bad[0]).__name__}")
    return organisms


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
