"""Amino-acid codes in lists are amino acids, not the genes they are aliases of."""

import figcap


def _read(text):
    return {(m.text, m.type, m.label) for m in figcap.annotate(text)}


def test_a_list_of_codes_names_amino_acids():
    # PFOCR PMC5472864 and PMC6125421 (captions as published)
    got = _read("Effects of adding Asp, Glu and Met on the metabolic pathway of A. pasteurians")
    assert ("Met", "chemical", "Methionine") in got
    assert ("Asp", "chemical", "Aspartic Acid") in got and ("Glu", "chemical", "Glutamic Acid") in got
    assert not any(t == "gene" for _x, t, _l in got)
    got = _read("(A) IRE1 pathway; IRE1 has Ser/Thr kinase and RNase domains")
    assert ("Thr", "chemical", "Threonine") in got and ("Ser", "chemical", "Serine") in got
    assert not any(x == "Thr" and t == "family" for x, t, _l in got)


def test_a_code_alone_a_sequence_or_capitals_stay_as_they_were():
    got = _read("Met receptor and MET, Asp and MET signalling")
    assert ("Met", "gene", "MET") in got  # alone: the receptor
    assert all(t == "gene" for x, t, _l in got if x == "MET")  # capitals are the gene
    got = _read("the Arg-Gly-Asp motif binds integrins")
    assert not any(x in ("Arg", "Gly", "Asp") for x, _t, _l in got)  # a peptide sequence


def test_a_code_another_chemical_only_after_normalising_is_its_amino_acid():
    # PMC5846438__BMRI2018-9171905.002 and PMC5821452__pone.0192175.g003 (cut): "Gly" is
    # glycine, in a list and alone, not MeSH's GL-Y, which it matches without the hyphen
    got = _read("Thr, His, Arg, Leu, Asn, Cys, Gln, Met, and Gly inhibit NF-κB signaling")
    assert ("Gly", "chemical", "Glycine") in got and ("Met", "chemical", "Methionine") in got
    got = _read("Hcy—homocysteine, Gly—glycine, GSH—glutathione reduced")
    assert ("Gly", "chemical", "Glycine") in got
    # glued to a dipeptide partner or a short form's prefix it is neither (PMC3962153, cut)
    got = _read("Cys-Gly—cysteinylglycine; 3P-Gly, 3-phosphoglycerate")
    assert not any(x == "Gly" for x, _t, _l in got)


def test_a_code_standing_alone_is_its_amino_acid():
    # PFOCR PMC3875828, PMC5846438 and PMC2861463: "Thr" was FamPlex's THR (thyroid hormone
    # receptors), "Trp" the TRP channels, "Phe" nothing
    got = _read("MS, Met synthase; TD, Thr deaminase; TS, Thr synthase.")
    assert ("Thr", "chemical", "Threonine") in got
    assert not any(t == "family" for _x, t, _l in got)
    got = _read("Trp reduces intestinal inflammation via activating AhR.")
    assert ("Trp", "chemical", "Tryptophan") in got
    got = _read("the shikimate and Phe biosynthetic pathways")
    assert ("Phe", "chemical", "Phenylalanine") in got


def test_a_residue_position_or_an_english_word_is_no_amino_acid():
    # PFOCR PMC6163247: a residue with its position; "His" opening a sentence is a word
    got = _read("activated PKCε phosphorylates Thr 1160 of INSR. His group showed it.")
    assert not any(t == "chemical" for _x, t, _l in got)
