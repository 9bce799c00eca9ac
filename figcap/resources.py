"""Small word lists the disambiguation rules use (loaded lazily, cached)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = [
    "PFOCR_STOP_WORDS", "pfocr_stop_words", "generic_gene_words", "common_words", "curated_common_words", "generic_terms",
    "descriptive_gene_words", "gene_alias_senses",
]

#: PFOCR's gene stop list (2020 pipeline, plus the 2023 additions), upper case.
PFOCR_STOP_WORDS: frozenset[str] = frozenset(
    """CO2 HR GA CA2 TYPE DAMAGE GK S21 TAT L10 CYCLIN CAMP FOR DAG PIP FATE ANG NOT CAN MIR
    CEL ECM HITS AID HDS REG ROS D1 CALL BEND3 NFE CELL END I1 MUT MICE IMPACT FAT ODD SEX
    STEP TUBE HISTONE PROTEASOME TOP""".split()
)


@lru_cache(maxsize=1)
def pfocr_stop_words() -> frozenset[str]:
    """Never genes or families: PFOCR's stop list plus ``curated/gene_stop_words.txt``
    (upper case)."""
    path = resources.files("figcap.lexicons").joinpath("curated", "gene_stop_words.txt")
    return PFOCR_STOP_WORDS | {w.upper() for w in _read_words(path)}


@lru_cache(maxsize=1)
def generic_gene_words() -> frozenset[str]:
    """Words that describe a kind of protein (``curated/generic_gene_words.txt``)."""
    path = resources.files("figcap.lexicons").joinpath("curated", "generic_gene_words.txt")
    return frozenset(w.lower() for w in _read_words(path))


@lru_cache(maxsize=1)
def descriptive_gene_words() -> frozenset[str]:
    """Words of designations that describe a protein (``curated/descriptive_gene_words.txt``)."""
    path = resources.files("figcap.lexicons").joinpath("curated", "descriptive_gene_words.txt")
    return frozenset(w.lower() for w in _read_words(path))


@lru_cache(maxsize=1)
def gene_alias_senses() -> dict[str, str]:
    """Text as written -> the HGNC id of the one gene a short form that several genes
    share names in figures (``curated/gene_alias_senses.tsv``: "TAZ" is WWTR1, not
    TAFAZZIN; "CSL" is RBPJ)."""
    path = resources.files("figcap.lexicons").joinpath("curated", "gene_alias_senses.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}  # after the header


def _read_words(path) -> set[str]:
    return {
        w.strip() for w in path.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }


def curated_common_words() -> set[str]:
    """The packaged frequent-English-word list (``lexicons/curated/common_words.txt``),
    without the gene symbols of ``curated/title_case_symbols.txt`` ("jun")."""
    curated = resources.files("figcap.lexicons").joinpath("curated")
    return (_read_words(curated.joinpath("common_words.txt"))
            - _read_words(curated.joinpath("title_case_symbols.txt")))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words (lower case) that are not approved gene symbols or FamPlex ids.

    A symbol-like synonym never grounds such a word unless it is written in capitals
    ("Fog", "Mast", "was" are words; "JUN", "Ras" stay possible). ``figcap lexicons build``
    writes the list, with the symbols taken out, next to the compiled lexicons.
    """
    from .lexicons import data_dir

    path = data_dir() / "common_words.txt"
    return frozenset(_read_words(path) if path.exists() else curated_common_words())


#: Lexicons with a list of generic words (``lexicons/curated/generic_<lexicon>.txt``).
GENERIC_LEXICONS = ("chemicals", "diseases", "brain_regions")


@lru_cache(maxsize=None)
def generic_terms(lexicon: str = "chemicals") -> frozenset[str]:
    """Generic words that are synonyms in ``lexicon`` but name no particular concept in a
    caption ("drugs", "water", "disease", "brain"): ``lexicons/curated/generic_<lexicon>.txt``,
    case-folded. Lexicons without such a list have none."""
    from .normalize import fold

    if lexicon not in GENERIC_LEXICONS:
        return frozenset()
    path = resources.files("figcap.lexicons").joinpath("curated", f"generic_{lexicon}.txt")
    return frozenset(fold(w).lower() for w in _read_words(path))
