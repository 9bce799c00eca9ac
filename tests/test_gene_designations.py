"""NCBI designations that describe a protein name no gene (figcap.grounding)."""

from __future__ import annotations

import figcap


def _genes(text: str) -> dict[str, str]:
    return {m.text: m.label for m in figcap.annotate(text) if m.type == "gene"}


def test_descriptive_designations_name_no_gene():
    # GNormPlus training sentences
    assert _genes("Langerin is an endocytic receptor that induces the formation of "
                  "Birbeck granules") == {"Langerin": "CD207"}
    assert "cytoplasmic protein" not in _genes(
        "the immunoreactive region fused to the cytoplasmic protein, chicken muscle "
        "pyruvate kinase")
    # the fuzzy match of a defined long form skips them too
    genes = _genes("Csk physically associates with PEP, a protein tyrosine phosphatase "
                   "(PTP) expressed in hemopoietic cells")
    assert "protein tyrosine phosphatase" not in genes and "PTP" not in genes


def test_designations_that_name_a_gene_still_ground():
    assert _genes("the Ah receptor binds dioxin")["Ah receptor"] == "AHR"
    assert _genes("the cartilage link protein")["cartilage link protein"] == "HAPLN1"


def test_symbol_like_ncbi_synonyms_that_describe_name_no_gene():
    # GNormPlus training sentences (PMIDs 1579499, 8204608): NCBI synonyms of HFM1 and SOD1
    assert _genes("expression and localization of an RNA helicase gene") == {}
    assert _genes("Both are able to form homodimers in vitro") == {}


def test_proto_oncogenes_in_lower_case():
    # GNormPlus training sentence (PMID 8423996)
    genes = _genes("genes encoding the transcription factors, c-rel, NF-kappa Bp50")
    assert genes["c-rel"] == "REL"
    assert _genes("c-kit and c-abl") == {"c-kit": "KIT", "c-abl": "ABL1"}


def test_a_famplex_mesh_entry_that_is_another_genes_name_names_that_gene():
    # PMC4029903: FamPlex equates FNT (protein farnesyltransferase, FNTA/FNTB) with MeSH's
    # Farnesyltranstransferase, whose entry term is GGPS1's approved name without its number
    mentions = figcap.annotate("FPPS, farnesyl diphosphate synthase; GGPP, geranylgeranyl "
                               "diphosphate; GGPPS, geranylgeranyl diphosphate synthase")
    assert "FPLX:FNT" not in {i for m in mentions for i in m.identifiers}
    assert _genes("GGPPS, geranylgeranyl diphosphate synthase") == {
        "GGPPS": "GGPS1", "geranylgeranyl diphosphate synthase": "GGPS1"}
    # a name a member has too stays the family's: MAPK1 is "mitogen-activated protein kinase 1"
    family = [m.identifiers for m in figcap.annotate("mitogen-activated protein kinase")]
    assert family == [("FPLX:MAPK",)]
