"""A shared alias names the gene the rest of the text describes (figcap.ner.gene_senses)."""

from __future__ import annotations

import figcap


def _genes(text: str) -> dict[str, str]:
    return {m.text: m.label for m in figcap.annotate(text) if m.type == "gene"}


def test_shared_alias_named_by_the_words_around_it():
    # GNormPlus training text (PMID 8062391): PC4 is an alias of SUB1, IFRD1 and PCSK4;
    # SUB1 is "positive cofactor 4", an "activated RNA polymerase II transcriptional
    # coactivator"
    text = ("Purification, cloning, and characterization of a human coactivator, PC4, that "
            "mediates transcriptional activation of class II genes. A novel positive cofactor "
            "(PC4) purified from the human USA fraction")
    assert _genes(text).get("PC4") == "SUB1"
    # GNormPlus training text (PMID 8579598): ICln is CLNS1A ("chloride nucleotide-sensitive
    # channel 1A", "chloride conductance regulatory protein ICln"), not CLNS1B
    text = ("Endothelial cells contain a cell-volume sensitive chloride conductance with "
            "biophysical properties similar to those of a ubiquitously expressed chloride "
            "current that is activated by cell swelling. The latter current has been "
            "associated with the ICln protein (pICln) which may be the chloride channel "
            "itself or, alternatively, a channel regulator.")
    assert _genes(text).get("ICln") == "CLNS1A"


def test_shared_alias_without_telling_words_stays_ungrounded():
    assert "PC4" not in _genes("PC4 was measured in all samples.")


def test_enzyme_class_words_and_small_letter_words_tell_nothing():
    # PFOCR caption (PMC1797636): "oxidoreductase" is no short form of one gene
    assert "oxidoreductase" not in _genes("NADPH-dependent oxidoreductase converts the "
                                          "steroid; a dehydrogenase follows")


def test_alias_chosen_by_rank_yields_to_the_gene_the_text_describes():
    # GNormPlus training text (PMID 10072425): SYT is SS18's old symbol and SYT1's alias
    genes = _genes("Functional domains of the SYT and SYT-SSX synovial sarcoma translocation "
                   "proteins. The t(X;18) chromosomal translocation commonly found in synovial "
                   "sarcomas fuses the SYT gene on chromosome 18 to either of two genes")
    assert genes["SYT"] == "SS18"
    assert _genes("SYT binds calcium at the synapse")["SYT"] == "SYT1"


def test_symbol_yields_only_to_a_gene_the_text_describes_well():
    # GNormPlus training text (PMID 9931490): XCE is a symbol of its own and ECEL1's alias
    text = ("XCE, a new member of the endothelin-converting enzyme and neutral endopeptidase "
            "family, is preferentially expressed in the CNS. In the neuronal cells XCE")
    assert _genes(text)["XCE"] == "ECEL1"
    assert _genes("XCE was mapped to the X chromosome")["XCE"] == "XCE"


def test_substrate_words_tell_nothing():
    # PFOCR caption (PMC4538610 and others, the plastid MEP pathway): CMK is the plant
    # kinase of 4-(cytidine 5'-diphospho)-2-C-methyl-D-erythritol; "cytidine" and
    # "diphosphate" are no evidence for CMPK1 ("cytidine monophosphate kinase")
    genes = _genes("DXS, DXR, MCT, CMK and MDS convert pyruvate to 2-C-methyl-D-erythritol "
                   "2,4-cyclodiphosphate; CMK phosphorylates 4-(cytidine 5'-diphospho)-2-C-"
                   "methyl-D-erythritol with ATP, releasing cytidine diphosphate")
    assert genes.get("CMK") != "CMPK1"
