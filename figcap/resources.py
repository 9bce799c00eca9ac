"""Small word lists the disambiguation rules use (loaded lazily, cached)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .errors import LexiconError

__all__ = ["PFOCR_STOP_WORDS", "pfocr_stop_words", "common_words"]

#: PFOCR's gene stop list (2020 pipeline, plus the 2023 additions), upper case.
PFOCR_STOP_WORDS: frozenset[str] = frozenset(
    """CO2 HR GA CA2 TYPE DAMAGE GK S21 TAT L10 CYCLIN CAMP FOR DAG PIP FATE ANG NOT CAN MIR
    CEL ECM HITS AID HDS REG ROS D1 CALL BEND3 NFE CELL END I1 MUT MICE IMPACT FAT ODD SEX
    STEP TUBE HISTONE PROTEASOME TOP""".split()
)


def pfocr_stop_words() -> frozenset[str]:
    """PFOCR's stop list: these words are never genes or families."""
    return PFOCR_STOP_WORDS


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words (lower case) that are not approved gene symbols or FamPlex ids.

    A symbol-like synonym never grounds such a word unless it is written in capitals
    ("Fog", "Mast", "was" are words; "JUN", "Ras" stay possible).
    """
    path = resources.files("figcap.lexicons").joinpath("curated", "common_words.txt")
    words = {
        w.strip() for w in path.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    try:
        from .lexicons import load_concepts

        symbols = {c.label.lower() for c in load_concepts("genes").values()}
        symbols |= {c.label.lower() for c in load_concepts("families").values()}
    except LexiconError:  # lexicons not built yet: the plain list still works
        symbols = set()
    return frozenset(words - symbols)
