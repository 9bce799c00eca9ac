"""Abbreviation definitions in plain text (figcap.definitions), without spaCy."""

from figcap.definitions import defined_long_forms, find_long_form, is_short_form


def test_long_forms_in_brackets_and_glossaries():
    caption = ("Acetate is made by phosphotransacetylase (PTA) and acetate kinase (ACK). "
               "ALDC, acetolactate decarboxylase; AR, acetoin reductase.")
    assert defined_long_forms("PTA", caption) == ["phosphotransacetylase"]
    assert defined_long_forms("ACK", caption) == ["acetate kinase"]
    assert defined_long_forms("AR", caption) == ["acetoin reductase"]
    # a list of symbols is no definition
    assert defined_long_forms("CCA1", "CCA1, LHY, GI, CK2 and TOC1") == []
    assert defined_long_forms("AST", "the AST (AST pathway) branch") == []


def test_glossary_long_forms_before_an_ec_number_or_without_a_separator():
    # Cut from PFOCR legends (PMC6103934, PMC6153650, PMC5879998).
    plant = ("UGPEase: UDPG-4-epimerase(5.1.3.6); PGM: Phosphoglucomutase(5.4.2.2); "
             "GS: Galactinol synthase(2.4.1.123); RS: Raffinose synthase")
    assert defined_long_forms("PGM", plant) == ["Phosphoglucomutase"]
    assert defined_long_forms("GS", plant) == ["Galactinol synthase"]
    mva = "HMGR HMG-CoA reductase; FPS FPP synthase; SQS Squalene synthase; DXS"
    assert defined_long_forms("FPS", mva) == ["FPP synthase"]
    butanol = "thl thiolase, ctfAB CoA-transferase, hbd 3-hydroxybutyryl-CoA dehydrogenase, crt"
    assert defined_long_forms("hbd", butanol) == ["3-hydroxybutyryl-CoA dehydrogenase"]
    # prose after a sentence start is not a glossary: the letters do not run through it
    assert defined_long_forms("AKT", "was seen. AKT Phosphorylation of GSK3, ERK") == []


def test_glossary_short_form_of_the_enzyme_after_its_substrate():
    # PMC1304888's glycolysis glossary: ALD abbreviates the aldolase, not its substrate; a
    # short form that starts inside the long form otherwise defines nothing ("Akt, a kinase")
    from figcap.definitions import glossary_definitions

    t = ("PFK, phosphofructokinase; ALD, fructose 1,6-diphosphate aldolase; Akt, a protein "
         "kinase; TPI, triose phosphate isomerase")
    assert [(t[a:b], t[c:d]) for a, b, c, d in glossary_definitions(t)] == [
        ("PFK", "phosphofructokinase"), ("ALD", "fructose 1,6-diphosphate aldolase"),
        ("TPI", "triose phosphate isomerase")]


def test_glossary_entries_after_an_en_or_em_dash():
    # PMC5821452: entries written "ALC—acetyl L-carnitine", "αKG– α-ketoglutarate"
    from figcap.definitions import glossary_definitions

    t = ("3PG– 3-phoshogluconate, αKG– α-ketoglutarate, β-Ala– β-Alanine, ALC—acetyl "
         "L-carnitine, Asp—aspartate, CAT—Carnitine acetyltransferase, CoASH—reduced co-enzyme A.")
    found = [(t[a:b], t[c:d]) for a, b, c, d in glossary_definitions(t)]
    assert ("ALC", "acetyl L-carnitine") in found and ("αKG", "α-ketoglutarate") in found
    assert ("CAT", "Carnitine acetyltransferase") in found
    # PMC5779720: "ALD- aldehyde dehydrogenase", a hyphen glued to the short form; not "pre-"
    t = ("AKGD- alpha-ketoglutarate dehydrogenase, ALD- aldehyde dehydrogenase, PDC- pyruvate "
         "decarboxylase. pre- and post-synaptic")
    assert [(t[a:b], t[c:d]) for a, b, c, d in glossary_definitions(t)] == [
        ("AKGD", "alpha-ketoglutarate dehydrogenase"), ("ALD", "aldehyde dehydrogenase"),
        ("PDC", "pyruvate decarboxylase")]


def test_schwartz_hearst_walk():
    text = "inhibits lateral habenula"
    assert text[find_long_form("LHb", text):] == "lateral habenula"
    assert find_long_form("XYZ", "no such words here") is None
    assert is_short_form("mPFC") and not is_short_form("a") and not is_short_form("12")


def test_suspect_when_the_caption_defines_another_enzyme():
    from pathlib import Path

    import figcap
    from figcap.evaluation.compare import compare_record
    from figcap.records import read_record

    # A real PFOCR record: "phosphotransacetylase (PTA)", annotated as the human gene PTCRA.
    path = Path(__file__).parent / "fixtures" / "evaluation" / "PMC3421167__pnas.1204201109fig01.md"
    rec = read_record(path)
    comp = compare_record(rec, figcap.annotate(rec.caption, rec.organisms))
    reasons = {d.word: d.reason for d in comp.differences if d.kind == "suspect"}
    assert "defined in the caption as phosphotransacetylase" in reasons["PTA"]


def _fixture(name):
    from pathlib import Path

    from figcap.records import read_record

    return read_record(Path(__file__).parent / "fixtures" / "evaluation" / f"{name}.md")


def test_glossary_definitions_of_a_real_legend():
    from figcap.definitions import glossary_definitions

    # PMC123913 (shared PFOCR records): "Abbreviations: GAP, glyceraldehyde-3-phosphate; ..."
    caption = _fixture("PMC123913__am0620108001").caption
    found = {caption[a:b]: caption[c:d] for a, b, c, d in glossary_definitions(caption)}
    assert found["GAP"] == "glyceraldehyde-3-phosphate"
    assert found["FBA"] == "fructose-1,6-biphosphate aldolase"
    assert found["PDC"] == "pyruvate decarboxylase"
    assert "GPD" not in found  # "cytosolic G3P dehydrogenase" does not start with its G
    assert "Abbreviations" not in found
    # lists and prose define nothing
    assert glossary_definitions("CCA1, LHY, GI, CK2 and TOC1 cycle.") == []
    assert glossary_definitions("Akt, a serine/threonine kinase, binds ERK, JNK and p38.") == []


def test_glossary_with_a_spaced_dash():
    from figcap.definitions import glossary_definitions

    # PFOCR legend style "Pgm - phosphoglucomutase; gapA - glyceraldehyde-3-phosphate ..."
    text = "Pgm - phosphoglucomutase; gapA - glyceraldehyde-3-phosphate dehydrogenase."
    found = {text[a:b]: text[c:d] for a, b, c, d in glossary_definitions(text)}
    assert found == {"Pgm": "phosphoglucomutase",
                     "gapA": "glyceraldehyde-3-phosphate dehydrogenase"}
    assert glossary_definitions("ERK - JNK - p38 cascade") == []


def test_glossary_search_tries_only_starts_before_a_separator():
    from figcap.definitions import _GLOSSARY, _glossary_entries

    # PMC1540424__1471-2229-6-14-4, cut
    caption = (
        "Putative metabolic pathway from pyruvate and glyceraldehyde-3-phosphate to secent "
        "synthesis, and its related enzymes, in P. bellina. DXPS: deoxyxylulose-5-phosphate "
        "synthase; DXPR: deoxyxylulose-5-phosphate reductoisomerase; EPI: epimerase; GDPS: "
        "geranyl diphosphate synthase; NADPHDH: NADPH dehydrogenase."
    )
    for text in (caption, "(GAP, glyceraldehyde-3-phosphate)", "A=b", "x;AB = cdef ghi.\nCD: efgh"):
        expected = [m.span(2) for m in _GLOSSARY.finditer(text)]
        assert [m.span(2) for m in _glossary_entries(text)] == expected
    assert len(list(_glossary_entries(caption))) == 5



def test_a_roman_numeral_ending_a_short_form_stands_for_the_long_forms_digit():
    # GNormPlus training text (PMID 10226785)
    c = "large homology with the insulin-like growth factor-1"
    assert c[find_long_form("IGF-I", c):] == "insulin-like growth factor-1"
    assert find_long_form("IGF-II", c) is None


def test_more_glossary_forms_and_what_is_no_long_form():
    # PMC4154835__pone.0107015.g005 (cut): a spaced en dash separates the entries
    text = ("pgi – glucose-6-phosphate isomerase; pfk–6-phosphofructokinase; fba – fructose "
            "biphosphate aldolase; pgk – phosphoglycerate kinase; pyk – pyruvate kinase")
    assert defined_long_forms("pgk", text) == ["phosphoglycerate kinase"]
    assert defined_long_forms("fba", text) == ["fructose biphosphate aldolase"]
    assert defined_long_forms("ERK", "Ras - Raf - MEK - ERK - p90RSK") == []
    # PMC2880953__nihms195329f1 (cut): a note in brackets is no long form
    assert defined_long_forms("Crabps", "RA enters cells and binds Crabps (blue ovals), which") == []
    # PMC3614443__1752-0509-7-23-1 (cut): a list goes on after the comma
    assert defined_long_forms(
        "GI", "Post-translational regulation of TOC1 and the EC by GI, ZTL and COP1 is "
        "indicated by the dotted red lines.") == []
    # PMC4438218__zjb9990936290001 (cut): what a gene's product is
    text = ("the hpr gene product is hydroxypyruvate reductase, the gck gene product is "
            "glycerate kinase, the mch gene product is required for growth.")
    assert defined_long_forms("hpr", text) == ["hydroxypyruvate reductase"]
    assert defined_long_forms("gck", text) == ["glycerate kinase"]
    assert defined_long_forms("mch", text) == []


def test_suspect_when_the_caption_names_another_enzyme_from_other_substrates():
    import figcap
    from figcap.evaluation.compare import compare_record

    # The same record: ACK and FDH were annotated as TNK2 (alias ACK) and ADH5 (alias
    # FDH); the caption spells them out as bacterial enzymes those genes are not.
    rec = _fixture("PMC3421167__pnas.1204201109fig01")
    comp = compare_record(rec, figcap.annotate(rec.caption, rec.organisms))
    reasons = {d.word: d.reason for d in comp.differences if d.kind == "suspect"}
    assert "defined in the caption as acetate kinase" in reasons["ACK"]
    assert "formate dehydrogenase" in reasons["FDH"]
