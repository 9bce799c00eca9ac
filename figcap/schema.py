"""Frozen, typed values that flow through figcap.

record -> caption text -> spaCy Doc -> :class:`Mention` (grounded) -> comparison -> scores.
Nothing here imports spaCy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "ENTITY_TYPES",
    "EntityType",
    "Annotation",
    "Record",
    "Mention",
]

EntityType = Literal["gene", "family", "chemical", "disease", "brain_region"]
#: The entity types figcap recognises, in display order.
ENTITY_TYPES: tuple[str, ...] = ("gene", "family", "chemical", "disease", "brain_region")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One existing annotation of a record, normalised to one shape for both layouts.

    Attributes
    ----------
    type : str
        ``gene``, ``chemical`` or ``disease`` (PFOCR's lists).
    word : str
        The word PFOCR matched (read from the figure image, not from the caption).
    identifiers : tuple of str
        CURIEs: ``NCBIGene:4988``, ``HGNC:8156``, ``MESH:D018350``, ``FPLX:AKT`` ...
        Empty when PFOCR recorded none (e.g. a chemical with ``identifier: ''``).
    symbol : str
        The symbol or name PFOCR gave (HGNC symbol for genes, MeSH name for chemicals).
    source : str
        How PFOCR matched it (``hgnc_symbol``, ``bioentities_symbol``, ``MESH`` ...).
    organism : str
        NCBI taxon id as text (``9606``) where the layout records it, else ``""``.
    """

    type: str
    word: str
    identifiers: tuple[str, ...] = ()
    symbol: str = ""
    source: str = ""
    organism: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        d = asdict(self)
        d["identifiers"] = list(self.identifiers)
        return d


@dataclass(frozen=True, slots=True)
class Record:
    """A PFOCR figure record.

    ``annotations`` maps a type (``gene``, ``chemical``, ``disease``) to its existing
    annotations, or to ``None`` when the record is *not annotated* for that type (no list,
    or ``provenance.<type>s_available: false``). An empty tuple means *annotated, nothing
    found*. ``fields`` holds every front-matter field verbatim (figcap never drops one);
    ``layout`` is ``"old"``, ``"current"`` or ``"jsonl"``.
    """

    figid: str
    caption: str | None
    figtitle: str = ""
    papertitle: str = ""
    organisms: tuple[str, ...] = ()
    annotations: dict[str, tuple[Annotation, ...] | None] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    body: str = field(default="", compare=False, repr=False)
    layout: str = "old"
    source: str = field(default="", compare=False)

    @property
    def pmcid(self) -> str:
        """The PMC id (``PMC7859674``), taken from the fields or the figid."""
        value = self.fields.get("pmcid")
        return str(value) if value else self.figid.split("__", 1)[0]

    @property
    def figure_url(self) -> str:
        """Link to the figure on PMC (from ``figlink`` when present)."""
        link = str(self.fields.get("figlink") or "").strip()
        if link:
            return "https://www.ncbi.nlm.nih.gov/" + link.lstrip("/")
        return f"https://www.ncbi.nlm.nih.gov/pmc/articles/{self.pmcid}/"

    def annotated(self, type_: str) -> bool:
        """True when the record carries an annotation list for ``type_``."""
        return self.annotations.get(type_) is not None


@dataclass(frozen=True, slots=True)
class Mention:
    """A grounded mention found by figcap in a caption.

    Attributes
    ----------
    text : str
        The caption text ``caption[start:end]``.
    start, end : int
        Character offsets into the caption.
    type : str
        One of :data:`ENTITY_TYPES`.
    identifiers : tuple of str
        CURIEs, most specific first: ``("HGNC:8156", "NCBIGene:4988")``; for a family
        ``("FPLX:AKT",)`` with the members in ``members``.
    label : str
        Preferred symbol or label (``OPRM1``, ``Ketamine``, ``lateral habenula``).
    matched : str
        The lexicon synonym that matched.
    method : str
        ``exact``, ``normalised``, ``abbreviation`` or ``fuzzy``.
    score : float
        1.0 for exact; lower for normalised, abbreviation-propagated and fuzzy matches.
    members : tuple of str
        For families and complexes: member genes as ``NCBIGene:`` CURIEs.
    organism : str
        NCBI taxon of the symbol that matched (``10090`` for a mouse symbol), else ``""``.
    source : str
        Lexicon kind of the synonym (``symbol``, ``alias``, ``mesh_entry`` ...).
    """

    text: str
    start: int
    end: int
    type: str
    identifiers: tuple[str, ...]
    label: str
    matched: str = ""
    method: str = "exact"
    score: float = 1.0
    members: tuple[str, ...] = ()
    organism: str = ""
    source: str = ""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (tuples become lists)."""
        d = asdict(self)
        d["identifiers"] = list(self.identifiers)
        d["members"] = list(self.members)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        """Inverse of :meth:`to_dict`."""
        d = dict(data)
        d["identifiers"] = tuple(d.get("identifiers", ()))
        d["members"] = tuple(d.get("members", ()))
        return cls(**d)
