"""Lexicons and synonym kinds as :class:`figcap.grounding.Grounder` ranks and reads them.

- which entity type each lexicon holds (:data:`LEXICON_TYPE`);
- how a kind of synonym ranks (:data:`KIND_RANK`) and how lexicons break ties between
  equally good synonyms (``_LEXICON_RANK``);
- which kinds are symbols or abbreviations that case rules apply to (:data:`SYMBOL_KINDS`);
- which gene synonyms are weak (:data:`WEAK_GENE_KINDS`), name no gene when several genes
  share them (:data:`AMBIGUOUS_KINDS`) or may be plain descriptions (``_DESCRIPTIVE_KINDS``);
- which kinds are never mentions of their own (``_NOT_MENTION_PREFIXES``);
- which brain-region terms are atlas abbreviations (:func:`brain_abbreviation`).

Plain data and one predicate; nothing is loaded here.
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_KINDS", "BRAIN_ABBREVIATION_KINDS", "KIND_RANK", "LEXICON_TYPE",
    "SUPPLEMENTARY_KINDS", "SYMBOL_KINDS", "WEAK_GENE_KINDS", "brain_abbreviation",
]

#: lexicon name -> figcap entity type
LEXICON_TYPE = {
    "genes": "gene",
    "families": "family",
    "chemicals": "chemical",
    "diseases": "disease",
    "brain_regions": "brain_region",
}

#: Rank of a synonym kind (lower is better). Unknown kinds rank 6.
KIND_RANK: dict[str, int] = {
    "symbol": 0,
    "curated": 0,
    "curated_abbreviation": 0,
    "curated_label": 0,
    "fplx_id": 1,
    "grounding_map": 1,
    "mesh_name": 1,
    "mesh_entry": 1,
    "class_mesh_name": 1,
    "class_mesh_entry": 1,
    "label": 1,
    "abbreviation": 1,
    "exact_synonym": 2,
    "allen_name": 2,
    "allen_acronym": 2,
    "paxinos_label": 2,
    "paxinos_abbreviation": 2,
    "name": 1,
    "variant": 2,
    "singular_variant": 3,
    "alias": 2,
    "supp_name": 2,
    "mgi_symbol": 3,
    "rgd_symbol": 3,
    "prev": 3,
    "supp_synonym": 3,
    "ncbi_synonym": 4,
    "designation": 4,
    "equivalence": 4,
    "mesh_equivalence": 2,
    "peptide_mesh_name": 5,
    "peptide_mesh_entry": 5,
    # a form figcap derives (singular, anion) ranks after MeSH's own names of a peptide as
    # it does for other chemicals: "Cyclosporine" is the heading, not the singular of
    # "Cyclosporines" (an entry of the class "Cyclosporins")
    "peptide_variant": 6,
    "peptide_singular_variant": 6,
    "peptide_supp_name": 5,
    "peptide_supp_synonym": 5,
    "mgi_synonym": 5,
    "rgd_synonym": 5,
    "ambiguous_abbreviation": 5,
}

#: Kinds that are symbols or abbreviations, not names: case rules apply to them.
SYMBOL_KINDS = frozenset(
    {
        "symbol", "alias", "prev", "ncbi_synonym", "mgi_symbol", "mgi_synonym", "rgd_symbol",
        "rgd_synonym", "fplx_id", "abbreviation", "allen_acronym",
        "paxinos_abbreviation", "curated_abbreviation", "ambiguous_abbreviation",
    }
)
_GENE_LEXICONS = ("genes", "families")
#: A gene's synonyms that are not its approved symbol or name: several genes may share
#: one, and in the plural they name a class rather than the gene.
WEAK_GENE_KINDS = frozenset({"alias", "prev", "designation", "ncbi_synonym", "variant"})
#: Names of MeSH supplementary concept records: hundreds of thousands of compounds, many
#: named by short codes.
SUPPLEMENTARY_KINDS = frozenset({"supp_name", "supp_synonym"})
# Ties between equally good synonyms: a gene beats a brain-region acronym of an atlas and
# a MeSH heading ("prolactin" is the PRL gene, not a chemical), a MeSH heading a FamPlex
# name ("NMDA").
_LEXICON_RANK = {"brain_regions": 0, "genes": 1, "chemicals": 2, "diseases": 3, "families": 4}


#: Kinds of brain-region terms that are atlas abbreviations ("PAG", "VTA", "SNc").
BRAIN_ABBREVIATION_KINDS = frozenset(
    {"abbreviation", "allen_acronym", "paxinos_abbreviation", "curated_abbreviation",
     "ambiguous_abbreviation"}
)


def brain_abbreviation(kind: str, text: str, written: str = "") -> bool:
    """Is a brain-region term of this kind and text, matched by ``written``, an
    abbreviation: an atlas kind, or a one-word synonym written as one ("NIC", "PDTs"; "mct"
    is a UBERON exact synonym, read from "MCT")."""
    if kind in BRAIN_ABBREVIATION_KINDS:
        return True
    return len(text) <= 8 and " " not in text and (
        sum(map(str.isupper, text)) >= 2 or sum(map(str.isupper, written)) >= 2)


# NCBI's free-text names of a gene, which may be plain descriptions.
_DESCRIPTIVE_KINDS = frozenset({"designation", "variant", "ncbi_synonym"})
#: Gene synonym kinds that do not name a gene when several genes share them (a weak
#: reading of a text: an alias or synonym, not an approved symbol or name).
AMBIGUOUS_KINDS = frozenset(
    {"alias", "designation", "ncbi_synonym", "mgi_synonym", "rgd_synonym", "variant"}
)


# Protein and enzyme MeSH descriptors are in the chemicals lexicon for lookups of
# identifiers, but genes and families are what figcap calls them. Drug classes
# ("Antidepressive Agents") name no particular chemical: on the BC5CDR training and
# development sets four in five of their matches were not gold mentions.
_NOT_MENTION_PREFIXES = ("protein_", "class_")
