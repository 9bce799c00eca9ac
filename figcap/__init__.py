"""figcap: re-annotate the captions of biomedical figures (PFOCR).

>>> import figcap
>>> mentions = figcap.annotate("lateral habenula (LHb) neurons")  # doctest: +SKIP
"""

from __future__ import annotations

from ._version import __version__
from .api import Reannotation, annotate, annotate_many, reannotate
from .errors import ConfigError, FigcapError, LexiconError, RecordFormatError
from .schema import ENTITY_TYPES, Annotation, Mention, Record

__all__ = [
    "__version__",
    "annotate",
    "annotate_many",
    "reannotate",
    "Reannotation",
    "Mention",
    "Record",
    "Annotation",
    "ENTITY_TYPES",
    "FigcapError",
    "RecordFormatError",
    "LexiconError",
    "ConfigError",
]
