"""figcap.annotate on real captions with the packaged lexicons (the issue's acceptance)."""

from __future__ import annotations

import pytest
import spacy

import figcap
from figcap.ner.pipeline import build_nlp

# (caption text, type, required identifier) for the seed caption's required mentions.
REQUIRED = [
    ("mu-opioid receptors", "gene", "NCBIGene:4988"),
    ("MOR", "gene", "NCBIGene:4988"),
    ("5-HT1A receptors", "gene", "NCBIGene:3350"),
    ("D1 receptor", "gene", "NCBIGene:1812"),
    ("Akt", "family", "FPLX:AKT"),
    ("ERK", "family", "FPLX:ERK"),
    ("mammalian target of rapamycin complex 1", "family", "FPLX:mTORC1"),
    ("mTORC1", "family", "FPLX:mTORC1"),
    ("ketamine", "chemical", "MESH:D007649"),
    ("(R,S)-ketamine", "chemical", "MESH:D007649"),
    ("(S)-ketamine", "chemical", "MESH:C000629870"),
    ("5-HT", "chemical", "MESH:D012701"),
    ("dopamine", "chemical", "MESH:D004298"),
    ("γ-aminobutyric acid", "chemical", "MESH:D005680"),
    ("GABA", "chemical", "MESH:D005680"),
    ("N-Methyl-D-Aspartate", "chemical", "MESH:D016202"),
    ("NMDA", "chemical", "MESH:D016202"),
    ("α-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid", "chemical", "MESH:D018350"),
    ("AMPA", "chemical", "MESH:D018350"),
]
REGIONS = {
    "lateral habenula": "LHb",
    "dorsal raphe nucleus": "DRN",
    "ventral tegmental area": "VTA",
    "medial prefrontal cortex": "mPFC",
    "nucleus accumbens": "NAcc",
}
# Optional extras the issue allows; anything else of these types is a failure.
OPTIONAL = {"eEF2", "NMDA", "T-VSCC", "monoamine", "opioid", "AMPA) receptor", "(R)-ketamine"}


@pytest.fixture(scope="module")
def seed_mentions(seed_record):
    return figcap.annotate(seed_record.caption, seed_record.organisms)


def test_seed_required_mentions(seed_record, seed_mentions):
    caption = seed_record.caption
    by_text: dict[str, list] = {}
    for m in seed_mentions:
        assert caption[m.start : m.end] == m.text
        by_text.setdefault(m.text, []).append(m)
    for text, type_, curie in REQUIRED:
        found = by_text.get(text, [])
        assert found, f"no mention {text!r}"
        for m in found:
            assert m.type == type_ and curie in m.identifiers + m.members, (text, m)
    # every ERK, also the one in "mTORC1/ERK", and every MOR and mTORC1
    assert len(by_text["ERK"]) == caption.count("ERK")
    assert len(by_text["MOR"]) == caption.count("MOR")
    assert len(by_text["mTORC1"]) == caption.count("mTORC1")
    assert len(by_text["5-HT"]) == caption.count("5-HT") - caption.count("5-HT1A")
    akt = by_text["Akt"][0]
    assert set(akt.members) == {"NCBIGene:207", "NCBIGene:208", "NCBIGene:10000"}
    assert set(by_text["ERK"][0].members) == {"NCBIGene:5594", "NCBIGene:5595"}
    eef2k = [m for m in seed_mentions if "NCBIGene:29904" in m.identifiers]
    assert eef2k and "kinase" in eef2k[0].text


def test_seed_brain_regions_long_and_short(seed_record, seed_mentions):
    caption = seed_record.caption
    regions = [m for m in seed_mentions if m.type == "brain_region"]
    for long_form, short in REGIONS.items():
        longs = [m for m in regions if m.text == long_form]
        shorts = [m for m in regions if m.text == short]
        assert longs, long_form
        assert len(shorts) == len([i for i in range(len(caption)) if caption.startswith(short, i)
                                   and not caption[i + len(short): i + len(short) + 1].isalnum()])
        assert {m.identifiers[0] for m in shorts} == {longs[0].identifiers[0]}
        assert longs[0].identifiers[0].startswith("UBERON:")


def test_seed_nothing_else(seed_mentions):
    allowed = {t for t, _, _ in REQUIRED} | set(REGIONS) | set(REGIONS.values()) | OPTIONAL
    extra = [m for m in seed_mentions
             if m.type in ("gene", "family", "chemical") and m.text not in allowed
             and "kinase" not in m.text]
    assert not extra, extra
    ids = {i for m in seed_mentions for i in m.identifiers}
    assert "NCBIGene:3972" not in ids  # the gene LHB
    assert "MESH:D020123" not in ids  # sirolimus (rapamycin)


def test_short_form_defined_as_brain_region_is_never_a_gene():
    mentions = figcap.annotate("Neurons of the lateral habenula (LHb) project; LHb activity rises.")
    lhb = [m for m in mentions if m.text == "LHb"]
    assert len(lhb) == 2 and all(m.type == "brain_region" for m in lhb)
    # Written in capitals and undefined, it is the gene.
    genes = figcap.annotate("LHB and FSHB subunits are secreted.")
    assert genes[0].identifiers[:2] == ("HGNC:6584", "NCBIGene:3972")


def test_species_aware_mouse_symbol():
    mouse = figcap.annotate("Mapk3 and Akt1 are phosphorylated.", ["Mus musculus"])
    by_text = {m.text: m for m in mouse}
    assert "NCBIGene:5595" in by_text["Mapk3"].identifiers
    assert "NCBIGene:207" in by_text["Akt1"].identifiers
    assert by_text["Akt1"].organism == "10090"


def test_organisms_as_taxon_ids_and_a_bare_string_refused():
    # the taxon id a Mention carries is accepted back as an organism
    text = "Mapk3 and Akt1 are phosphorylated."
    by_id = [m.to_dict() for m in figcap.annotate(text, ["10090"])]
    assert by_id == [m.to_dict() for m in figcap.annotate(text, ["Mus musculus"])]
    assert by_id != [m.to_dict() for m in figcap.annotate(text)]
    with pytest.raises(TypeError, match="not one string"):
        figcap.annotate(text, "Mus musculus")
    with pytest.raises(TypeError, match="not one string"):
        figcap.annotate_many([text], ["Mus musculus"])


def test_choices_remembered_per_context_do_not_leak_across_organisms():
    # One pipeline remembers the matcher's choices across texts, per organism set and
    # nervous-system context: the same words read anew in another context are read as a
    # fresh pipeline reads them (mouse symbols only in a mouse record).
    from figcap.ner.pipeline import annotate_texts

    text = "Mapk3 and Akt1 are phosphorylated."
    orgs = [None, ["Mus musculus"], None, ["Mus musculus"]]
    shared = build_nlp()
    got = [[m.to_dict() for m in ms]
           for ms in annotate_texts([text] * len(orgs), orgs, nlp=shared)]
    for org, mentions in zip(orgs, got):
        fresh = next(annotate_texts([text], [org], nlp=build_nlp()))
        assert mentions == [m.to_dict() for m in fresh]
    assert got[0] != got[1]  # the context changes the reading: Akt1 is mouse's only there
    assert got[0] == got[2] and got[1] == got[3]


def test_a_famplex_word_in_small_letters_may_open_with_a_capital():
    # PMC4715152: "Tau" is FamPlex's "tau" (MAPT); "P21" (postnatal day 21) stays no "p21"
    genes = {m.text: m.label for m in figcap.annotate(
        "WWOX prevents neurodegeneration by inhibiting Tau hyperphosphorylation caused by "
        "ERK and GSK-3β.") if m.type == "gene"}
    assert genes["Tau"] == "MAPT"
    assert "P21" not in {m.text for m in figcap.annotate("mice were killed at P21 and P65")}


def test_choices_shared_across_nervous_system_contexts_but_brain_regions(monkeypatch):
    # The nervous-system context changes only a reading among brain-region terms: the
    # matcher reads "Akt1" once for both texts, "ARF" once in each (an atlas acronym in a
    # text about neurons, CDKN2A's alias elsewhere), and each text reads as in a fresh
    # pipeline.
    from figcap.ner.components import LexiconMatcher
    from figcap.ner.pipeline import annotate_texts

    texts = ["Akt1 and ARF in neurons of the hippocampus.", "Akt1 and ARF in tumor cells."]
    read = []
    known = LexiconMatcher._known

    def counted(self, tv, j, key, text, *args):
        read.append(text)
        return known(self, tv, j, key, text, *args)

    monkeypatch.setattr(LexiconMatcher, "_known", counted)
    shared = build_nlp()
    got = [[m.to_dict() for m in ms] for ms in annotate_texts(texts, nlp=shared)]
    assert read.count("Akt1") == 1 and read.count("ARF") == 2
    for text, mentions in zip(texts, got):
        assert mentions == [m.to_dict() for m in next(annotate_texts([text], nlp=build_nlp()))]
    arf = [[m["type"] for m in ms if m["text"] == "ARF"] for ms in got]
    assert arf == [["brain_region"], ["gene"]]


def test_ordinary_words_are_not_genes():
    # "P vs T" (a PFOCR caption's comparison) is no PVS, PVR's old symbol; a citation "B. et
    # al." no BET (DNER's alias); NER, nucleotide excision repair, no NR1H2
    assert not [m for m in figcap.annotate("PPAR signaling (a, P vs T upregulation)")
                if m.text == "P vs"]
    assert [m.text for m in figcap.annotate(
        "downstream NER factors (XPA, RPA). Adapted from Lima, B. et al. TMT-labeled "
        "proteins")] == ["XPA", "RPA"]
    text = "Fog and Mast cells was set to can the impact of cell type on fate"
    assert [m for m in figcap.annotate(text) if m.type in ("gene", "family")] == []


def test_tokenizer_units_reach_mentions():
    mentions = figcap.annotate("activation of mTORC1/ERK and Akt/mammalian targets; (GABA)-ergic")
    texts = [(m.text, m.type) for m in mentions]
    assert ("mTORC1", "family") in texts and ("ERK", "family") in texts
    assert ("Akt", "family") in texts and ("GABA", "chemical") in texts
    tgf = figcap.annotate("TGF-β signalling")
    assert tgf and tgf[0].text == "TGF-β" and tgf[0].method in ("exact", "normalised")


def test_deterministic_and_offsets(seed_record):
    a = [m.to_dict() for m in figcap.annotate(seed_record.caption)]
    b = [m.to_dict() for m in figcap.annotate(seed_record.caption)]
    assert a == b
    assert [(m["start"], m["end"]) for m in a] == sorted((m["start"], m["end"]) for m in a)


def test_bad_input_type():
    with pytest.raises(TypeError, match="text must be str"):
        figcap.annotate(None)  # type: ignore[arg-type]


def test_spacy_pipeline_spans_and_round_trip(tmp_path, seed_record):
    nlp = build_nlp(set_ents=True)
    doc = nlp(seed_record.caption)
    spans = doc.spans["figcap"]
    assert {s.label_ for s in spans} >= {"gene", "family", "chemical", "brain_region"}
    assert all(s._.figcap.text == s.text for s in spans)
    assert len(doc.ents) > 10
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    doc2 = again(seed_record.caption)
    assert [(s.start_char, s.end_char, s.label_) for s in doc2.spans["figcap"]] == [
        (s.start_char, s.end_char, s.label_) for s in spans
    ]


def test_matcher_config_is_validated():
    from figcap.ner.components import LexiconMatcher

    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="max_tokens"):
        LexiconMatcher(nlp, max_tokens=0)
    with pytest.raises(ValueError, match="fuzzy_cutoff"):
        LexiconMatcher(nlp, fuzzy_cutoff=0)


def test_brain_region_takes_in_position_words():
    mentions = figcap.annotate("Neurons in the left dorsolateral prefrontal cortex and the VTA fire.")
    regions = [m for m in mentions if m.type == "brain_region"]
    assert regions[0].text == "left dorsolateral prefrontal cortex"
    assert regions[0].label == "dorsolateral prefrontal cortex"  # "left" taken in, not "dorsolateral" lost


def test_atlas_abbreviation_needs_a_nervous_system_context():
    assert [m.type for m in figcap.annotate("p19ARF and ARF inhibit MDM2")].count("brain_region") == 0
    assert [m.type for m in figcap.annotate("B-cell lymphoma 2 (Bcl-2) binds")] == ["gene", "gene"]


def test_slash_lists_of_symbols():
    mentions = figcap.annotate("Wnt binds LRP5/6; IL1/2/3 and KDM6A/B rise")
    ids = {m.text: m.identifiers[0] for m in mentions}
    assert ids["LRP5"] == "HGNC:6697" and ids["6"] == "HGNC:6698"
    assert ids["B"] == "HGNC:29012"  # KDM6B
    assert [m.text for m in figcap.annotate("IL-1/6")] != ["IL-1/6"]  # not IL16
    # PFOCR captions: a tight comma list, and a slash list after a family that is one
    labels = [m.label for m in figcap.annotate("GGT1,4,5,6 and Smad2/3/4")]
    assert labels == ["GGT1", "GGT7", "GGT5", "GGT6", "SMAD2_3", "SMAD4"]  # GGT4 is GGT7's old symbol
    assert [m.label for m in figcap.annotate(
        "activate serine/threonine-protein kinase (LATS)1/2 to inhibit")] == ["LATS1", "LATS2"]


def test_abbreviation_of_an_induced_disease_and_bracket_balance():
    mentions = figcap.annotate("Heparin-induced thrombocytopenia (HIT) occurred; HIT was treated.")
    by_text = {}
    for m in mentions:
        by_text.setdefault(m.text, []).append(m)
    assert by_text["Heparin"][0].type == "chemical"  # the long form keeps its parts
    assert [m.identifiers[0] for m in by_text["HIT"]] == ["MESH:D013921"] * 2
    spans = [m.text for m in figcap.annotate("human sperm antigen (HE2) and poly(A) tails")]
    assert all(s.count("(") == s.count(")") for s in spans)


def test_definitions_leave_out_trailing_commas_and_citation_gaps():
    # PFOCR captions: "glucosidase I, (GI)" and "betacellulin (BTC; )" (a citation cut out);
    # no mention ends in the punctuation, and a version number is no gene ("GenMapp v2.1")
    text = ("residues are trimmed by glucosidase I, (GI) (II), and GII. EGF receptor "
            "transactivated by betacellulin (BTC; ). BTC binds. A tool (GenMapp v2.1) was used.")
    found = [(m.text, m.label) for m in figcap.annotate(text)]
    assert ("glucosidase I", "MOGS") in found and ("BTC", "BTC") in found
    assert not [t for t, _ in found if t[-1] in ",;"]
    assert "v2.1" not in {t for t, _ in found}


def test_a_long_form_takes_in_a_bracketed_short_form_it_holds():
    # PMC1466347 and a PFOCR AMPK caption: the long form of CaMK holds "(CaM)"; no mention
    # starts inside the bracket ("CaM)-dependent kinase")
    text = ("activates either the Ca2+/calmodulin (CaM)-dependent kinase (CaMK) or "
            "Ca2+/CaM-dependent phosphatase. adenosine monophosphate (AMP)-activated protein "
            "kinase (AMPK) senses energy.")
    mentions = figcap.annotate(text)
    assert all(m.text.count("(") == m.text.count(")") for m in mentions)
    by_text = {m.text: m.identifiers[0] for m in mentions}
    assert by_text["calmodulin (CaM)-dependent kinase"] == "FPLX:CAMK"
    assert by_text["adenosine monophosphate (AMP)-activated protein kinase"] == "FPLX:AMPK"


def _genes(text):
    return {m.text: m.label for m in figcap.annotate(text) if m.type == "gene"}


def test_isoform_lists_after_a_family():
    # sentences from the GNormPlus training corpus
    genes = _genes("Stimulation of the cells with bradykinin resulted in a rapid (30-60 s) "
                   "translocation of the PKC isoforms alpha, epsilon, and zeta.")
    assert {k: genes[k] for k in ("alpha", "epsilon", "zeta")} == {
        "alpha": "PRKCA", "epsilon": "PRKCE", "zeta": "PRKCZ"}
    assert _genes("A phosphoinositide-3 kinase isotype, p110 gamma, was cloned and "
                  "characterized.") == {"p110 gamma": "PIK3CG"}
    genes = _genes("we show that the hHR23A and -B also interact with the MPG protein")
    assert (genes["hHR23A"], genes["B"]) == ("RAD23A", "RAD23B")
    # a list of something else ends the isoforms
    assert _genes("PKC alpha, ERK and Akt") == {"PKC alpha": "PRKCA"}


def test_symbols_cut_by_the_tokenizer_or_written_apart():
    assert _genes("The SCNN1G and SCNN1B subunits") == {"SCNN1G": "SCNN1G", "SCNN1B": "SCNN1B"}
    assert _genes("The IFN-inducible nucleoprotein IFI 16 is expressed in cells of the "
                  "monocyte lineage") == {"IFI 16": "IFI16"}
    assert _genes("C3G, a guanine nucleotide-releasing protein")["C3G"] == "RAPGEF1"


def test_greek_letter_and_number_alone_is_no_gene():
    text = ("Mutations in the alpha1(V) and alpha2(V) chain genes have been identified in "
            "some cases of classical Ehlers-Danlos syndrome")
    assert not any(m.type == "gene" for m in figcap.annotate(text))


def test_domain_names_are_no_genes():
    # GNormPlus training sentences: the domains are not annotated as genes there
    assert _genes("SHP2 interacts with RAFTK through a region other than its Src homology 2 "
                  "domains.") == {"SHP2": "PTPN11", "RAFTK": "PTK2B"}
    assert "EGF" not in _genes("followed by 10 EGF-like repeats (domain II), 9 of which have a "
                               "consensus sequence for calcium binding.")
    assert "EGFR" in _genes("the kinase domain of EGFR")


def test_short_form_of_a_long_form_that_names_no_protein_is_no_gene():
    # GNormPlus training sentences; PAI and SAR are aliases of SERPINE1 and SAR1A
    assert _genes("The presence of this internal SNP extends the usefulness provided by the "
                  "polymorphic Alu insertion (PAI).") == {}
    assert _genes("bind to a scaffold attachment region (SAR) element from the human genome."
                  ) == {}
    assert _genes("B-cell lymphoma 2 (Bcl-2) binds") == {"B-cell lymphoma 2": "BCL2",
                                                          "Bcl-2": "BCL2"}
    # HGNC's alias for one gene beats NCBI synonyms of its pseudogenes
    assert _genes("FKBP12 binds rapamycin") == {"FKBP12": "FKBP1A"}


def test_split_words_need_a_symbol_shape():
    # GNormPlus and PFOCR text: units, ranges and words before a number are no symbols
    assert _genes("an inactivation rate constant of 1.06 min-1.") == {}
    assert _genes("Bivariate analyses indicated that the putative LDL-C QTL") == {}
    assert "NPHP19" not in {v for v in _genes("mutations in NPHP1-9 and them 6").values()}
    assert _genes("UVRAG, Atg14, Bif-1, VMP-1, and Ambra-1 induce autophagy")["Ambra-1"] == "AMBRA1"


def test_one_gene_mesh_entry_is_no_family():
    # GNormPlus training text; MeSH "Genes, p53" lists "TP53 Gene" among its entry terms
    assert _genes("mutations of the TP53 gene") == {"TP53": "TP53"}


def test_a_gene_written_loosely_beats_the_mesh_protein_entry():
    # GNormPlus training sentence; MeSH lists "CYP 1A1" under Cytochrome P-450 CYP1A1
    genes = _genes("The ligand-bound receptor activates Cyp 1a1 gene transcription")
    assert genes == {"Cyp 1a1": "CYP1A1"}


def test_a_word_joined_to_a_gene_by_a_slash_is_a_symbol():
    # PFOCR PMC2832691 and PMC4878077 captions: STAT written as an English word
    genes = {m.text: m.label for m in figcap.annotate(
        "gD-induced signalling of the Jak/Stat and Jak/Src pathways")}
    assert genes["Stat"] == "STAT"
    assert {m.text for m in figcap.annotate("Shows Jak/stat pathway analysis")} == {"Jak", "stat"}
    assert figcap.annotate("Stat is up") == []


def test_curated_family_names():
    labels = {m.text: m.label for m in figcap.annotate("Wnt binds Frizzled; Sprouty inhibits ERK")}
    assert labels["Frizzled"] == "FZD" and labels["Sprouty"] == "SPRY"
    labels = {m.text: m.label for m in figcap.annotate("SREBP processing; MHC class I and MHC-I")}
    assert labels == {"SREBP": "SREBF", "MHC class I": "HLA1", "MHC-I": "HLA1"}


def test_death_domain_is_no_disease():
    # PFOCR PMC1064894 caption: "DD, death domain."
    assert [m.type for m in figcap.annotate("DD, death domain.")] == []


def _regions(text):
    return [m.text for m in figcap.annotate(text) if m.type == "brain_region"]


def test_brain_region_takes_in_its_modifiers_parts_and_coordinations():
    # sentences cut from WhiteText 1.3 abstracts
    assert "caudal part of the medial vestibular nucleus" in _regions(
        "The tracer substances were injected into the spinal vestibular nucleus (SpVe), the "
        "caudal part of the medial vestibular nucleus (MVe), and nucleus X of Brown Norwegian rats.")
    assert "orbital and medial prefrontal cortex" in _regions(
        "The organization of projections from the macaque orbital and medial prefrontal cortex "
        "(OMPFC) to the hypothalamus and related regions of the diencephalon was studied.")
    assert _regions("Prefrontal cortical projections to the striatum in macaque monkeys") == [
        "Prefrontal cortical", "striatum"]
    assert "superficial dorsal horn" in _regions(
        "Lamina I neurons of the superficial dorsal horn project to the parabrachial nucleus.")
    # a region adjective coordinated with another adjective stays apart
    assert "primary and olfactory bulb" not in " ".join(_regions(
        "Neurons of the primary and olfactory bulb"))


def test_region_adjectives_and_their_head_nouns():
    # cut from WhiteText 1.3 abstracts
    regions = _regions("The intermediolateral column is preferentially innervated between T1 "
                       "and T3, and parabrachial neurons project to the cerebral cortex.")
    assert regions == ["intermediolateral column", "parabrachial", "cerebral cortex"]


def test_position_words_and_a_nucleus_noun_name_a_nucleus():
    # cut from a WhiteText 1.3 abstract; the text speaks of the brain ("thalamus")
    text = ("Labeled cells were found in the ventromedial nucleus and the dorsal posterior "
            "nucleus of the thalamus.")
    found = [(m.text, m.label) for m in figcap.annotate(text) if m.type == "brain_region"]
    assert ("ventromedial nucleus", "nucleus of brain") in found
    assert "dorsal posterior nucleus of the thalamus" in [t for t, _ in found]
    # without a nervous-system context, nothing
    assert not figcap.annotate("The lateral nucleus stained.")


def test_a_region_of_a_region_is_one_mention():
    # title of a WhiteText 1.3 abstract
    regions = [m for m in figcap.annotate(
        "Human GABA A receptors on dopaminergic neurons in the pars compacta of the substantia "
        "nigra.") if m.type == "brain_region"]
    assert [m.text for m in regions] == ["pars compacta of the substantia nigra"]


def test_cortical_areas_by_code_and_their_lists():
    # cut from a WhiteText 1.3 abstract
    text = ("The results show that the cortical targets of the Cparv are areas 17, 18, 19, 20a, "
            "and 21a. In area 3b of the monkey brain, neurons were labeled.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert regions == ["cortical", "areas 17", "18", "19", "20a", "21a", "area 3b"]
    # outside the nervous system an area code is nothing
    assert not [m for m in figcap.annotate("Cells from areas 17 and 18 of the plate grew.")
                if m.type == "brain_region"]


def test_area_codes_split_by_the_tokenizer_or_joined_by_a_slash():
    # cut from WhiteText 1.3 abstracts: "13m" is no "13" (the tokenizer reads "m" as a
    # unit), "area 1/2" and "areas 17/18" name one area each
    text = ("Injections in the orbital cortex labeled areas 13l, 13m, and 13b of the monkey "
            "brain, and areas 10o and 11m; cells of area 1/2 and of areas 17/18 projected.")
    regions = [m for m in figcap.annotate(text) if m.type == "brain_region"]
    assert [m.text for m in regions] == ["orbital cortex", "areas 13l", "13m", "13b",
                                         "areas 10o", "11m", "area 1/2", "areas 17/18"]
    # a joined code takes no Brodmann area of one of its numbers ("1/2" is no area 12)
    assert all(m.label == "regional part of brain" for m in regions[1:])


def test_parts_named_by_pars_and_a_latin_word():
    # cut from WhiteText 1.3 abstracts
    text = ("Neurons of the archistriatum pars ventrolateralis and of the substantia nigra (SN) "
            "pars reticulata project to the brain stem. Labelled boutons were found in the "
            "pars oralis (5o) and in the medial dorsal nucleus, pars multiformis.")
    regions = [m for m in figcap.annotate(text) if m.type == "brain_region"]
    assert [m.text for m in regions][:4] == [
        "archistriatum pars ventrolateralis", "substantia nigra (SN) pars reticulata",
        "brain stem", "pars oralis"]
    # the lexicon's part of the substantia nigra names the joined mention
    assert regions[1].label == "substantia nigra pars reticulata"
    # a sentence may begin with the part
    assert [m.text for m in figcap.annotate(
        "Neurons of the brain stem were measured. Pars media neurons were small.")
        if m.type == "brain_region"] == ["brain stem", "Pars media"]
    # after a comma the part stays apart
    assert "medial dorsal nucleus, pars multiformis" not in [m.text for m in regions]
    # outside texts about the nervous system "pars" and a Latin word are nothing
    assert not [m for m in figcap.annotate("The pars oralis of the plant grew.")
                if m.type == "brain_region"]


def test_region_names_written_around_their_short_form():
    # cut from WhiteText 1.3 abstracts
    text = ("Injections into the parabrachial nucleus (PB) subnuclei and the parafascicular (Pf) "
            "nuclei of the rat brain labeled the primary somatosensory (SI) cortex and the "
            "olfactory bulb (OB) core.")
    regions = [m for m in figcap.annotate(text) if m.type == "brain_region"]
    assert [m.text for m in regions] == [
        "parabrachial nucleus (PB) subnuclei", "parafascicular (Pf) nuclei",
        "primary somatosensory (SI) cortex", "olfactory bulb", "OB"]
    assert regions[0].label == "parabrachial nucleus"
    # the head may be a mention of its own
    regions = [m.text for m in figcap.annotate(
        "Labeled neurons lay in the inferior colliculus (IC) cortices of the rat brain.")
        if m.type == "brain_region"]
    assert regions[0] == "inferior colliculus (IC) cortices"


def test_motor_and_sensory_narrow_a_region_down():
    # cut from WhiteText 1.3 abstracts
    text = ("GAD67-positive neurons lie in the basal ganglia afferent receiving territory in "
            "the motor thalamus, in the border zone between motor and sensory thalamus.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert "motor thalamus" in regions and "motor and sensory thalamus" in regions


def test_gray_matter_ends_a_region_name():
    # cut from WhiteText 1.3 abstracts
    text = ("Injections labeled neurons in the lateral and ventrolateral periaqueductal gray "
            "matter and in the spinal gray matter.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert regions == ["lateral and ventrolateral periaqueductal gray matter",
                       "spinal gray matter"]


def test_named_area_takes_its_code():
    # cut from WhiteText 1.3 abstracts
    text = ("The corticorubral input from motor area 4 was examined, and connections to the "
            "rostral orbital area 11l of the monkey brain.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert regions == ["motor area 4", "rostral orbital area 11l"]


def test_defined_region_name_keeps_its_short_form_from_a_gene_symbol():
    # cut from WhiteText 1.3 abstracts: ACE and CCS are gene symbols, but these long forms
    # name brain regions
    text = ("Evidence suggests that the amygdaloid central nucleus (ACe) may influence the "
            "brain. Motoneurons lie in the caudal central subdivision (CCS) of the "
            "oculomotor complex; ACe neurons project to the CCS.")
    found = [(m.text, m.type) for m in figcap.annotate(text) if m.text not in ("brain",)]
    assert ("amygdaloid central nucleus", "brain_region") in found
    assert ("caudal central subdivision", "brain_region") in found
    assert not [t for t, ty in found if ty == "gene"]


def test_area_codes_that_are_gene_symbols():
    # cut from a WhiteText 1.3 abstract: AII and EPD are gene symbols, here auditory areas
    text = ("Five cortical areas (areas AI, AII, SF, EPD, and Te) had heavier projections to "
            "the sagulum of the brain than the others.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert regions[:6] == ["cortical areas", "areas AI", "AII", "SF", "EPD", "Te"]
    assert not [m for m in figcap.annotate(text) if m.type == "gene"]


def test_coordinated_place_adjectives_share_the_region_name():
    # cut from a WhiteText 1.3 abstract
    regions = [m.text for m in figcap.annotate(
        "Vomeronasal axons were traced in the main and accessory olfactory bulbs of the rat "
        "brain.") if m.type == "brain_region"]
    assert regions[0] == "main and accessory olfactory bulbs"


def test_curated_regions_and_plurals_of_two_word_names():
    # cut from WhiteText 1.3 abstracts (curated/brain_regions.tsv and English plurals of
    # two-word names; needs rebuilt lexicons)
    text = ("Injections resulted in numerous labeled cells in the PVCN and AVCN. We studied the "
            "connections of the sagulum in the midbrain.")
    found = {m.text: m.label for m in figcap.annotate(text) if m.type == "brain_region"}
    assert found["PVCN"] == "posteroventral cochlear nucleus"
    assert found["AVCN"] == "anteroventral cochlear nucleus"
    assert found["sagulum"] == "sagulum nucleus"
    regions = [m.text for m in figcap.annotate(
        "After neonatal lesions of the ipsilateral colliculus, these two minor projections "
        "greatly increase in the brain.") if m.type == "brain_region"]
    assert regions[0] == "ipsilateral colliculus"
    regions = [m.text for m in figcap.annotate(
        "In 35% of cells recorded in rats with intact spinal cords, the RF extended onto the "
        "forelimb; spinal dorsal horns were labeled.") if m.type == "brain_region"]
    assert regions == ["spinal cords", "spinal dorsal horns"]


def test_region_adjective_takes_structures_as_its_head():
    # cut from a WhiteText 1.3 abstract
    regions = [m.text for m in figcap.annotate(
        "The two networks also had distinct connections with other cortical regions, with "
        "limbic structures, and with the mediodorsal thalamic nucleus.")
        if m.type == "brain_region"]
    assert "limbic structures" in regions


def test_baso_direction_words_are_position_words():
    # cut from a WhiteText 1.3 abstract
    regions = [m.text for m in figcap.annotate(
        "Biocytin injections were stereotaxically placed within the posterior basolateral "
        "nucleus of the amygdala of rats.") if m.type == "brain_region"]
    assert regions == ["posterior basolateral nucleus of the amygdala"]


def test_cranial_is_a_place_adjective():
    # cut from a WhiteText 1.3 abstract
    regions = [m.text for m in figcap.annotate(
        "Differences were observed in the ventral horn, while the other was observed in the "
        "cranial motor nuclei as well as the spinal lateral motor column.")
        if m.type == "brain_region"]
    assert regions[1] == "cranial motor nuclei"


def test_position_words_defining_an_atlas_abbreviation_name_its_region():
    # cut from a WhiteText 1.3 abstract
    text = ("One hundred nine dendrites from six ventral posterolateral (VPL) neurons and six "
            "ventral posteromedial (VPM) neurons of the thalamus were examined.")
    found = {m.text: m.label for m in figcap.annotate(text) if m.type == "brain_region"}
    assert found["ventral posterolateral"] == found["VPL"] == "ventral posterolateral nucleus"
    assert found["ventral posteromedial"] == found["VPM"]
    # the short form's region must begin with the words: area postrema is no axis
    text = ("The anterior posterior (AP) axis of the rat brain and neurons of the area "
            "postrema (AP) were studied.")
    assert "anterior posterior" not in [m.text for m in figcap.annotate(text)]


def test_latin_adjectives_and_cranial_nerve_numbers_end_region_names():
    # cut from WhiteText 1.3 abstracts
    text = ("The distribution of afferent neurones in the mesencephalic nucleus of the fifth "
            "nerve in the cat. The tract terminates both in the archistriatum intermedium and "
            "in the habenula perforata; the archistriatum anterior to it was spared.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert regions == ["mesencephalic nucleus of the fifth nerve", "archistriatum intermedium",
                       "habenula perforata", "archistriatum"]


def test_area_and_a_latin_adjective():
    # cut from WhiteText 1.3 abstracts: "striata" alone would be read as striata (striatum)
    text = ("Callosal connections of the area striata and area occipitalis were studied in the "
            "brain of the cat.")
    regions = [m for m in figcap.annotate(text) if m.type == "brain_region"]
    assert [m.text for m in regions][1:] == ["area striata", "area occipitalis"]
    assert regions[1].label != "striatum"


def test_regions_joined_before_complex_name_one_complex():
    # cut from WhiteText 1.3 abstracts
    text = ("Cholinergic neurons of the medial septum-diagonal band complex project to the "
            "hippocampus; the suprageniculate-limitans complex receives tectal input.")
    regions = [m.text for m in figcap.annotate(text) if m.type == "brain_region"]
    assert "medial septum-diagonal band complex" in regions
    assert "suprageniculate-limitans complex" in regions


def test_inner_ear_parts_are_regions():
    # cut from a WhiteText 1.3 abstract
    regions = [m.text for m in figcap.annotate(
        "Efferent fibers reach the organ of Corti in the cochlea of the inner ear and both "
        "retinae.") if m.type == "brain_region"]
    assert regions == ["organ of Corti", "cochlea of the inner ear", "retinae"]


def test_region_adjective_ending_a_hyphenated_compound_is_no_region():
    # cut from a WhiteText 1.3 abstract
    regions = [m.text for m in figcap.annotate(
        "Presumptive thalamo-cortical projection cells were found; cortical neurons were "
        "labeled.") if m.type == "brain_region"]
    assert regions == ["cortical"]


def test_glossary_short_forms_take_their_long_forms_reading():
    from pathlib import Path

    from figcap.records import read_record

    # PMC123913 (shared PFOCR records), a yeast glycolysis legend
    rec = read_record(Path(__file__).parent / "fixtures" / "evaluation"
                      / "PMC123913__am0620108001.md")
    by_text = {}
    for m in figcap.annotate(rec.caption, rec.organisms):
        by_text.setdefault(m.text, []).append(m)
    assert [m.identifiers for m in by_text["GAP"]] == [("MESH:D005986",)]
    assert {m.type for m in by_text["GAP"]} == {"chemical"}
    assert by_text["ADH"][0].identifiers == ("FPLX:ADH",)
    # a long form naming another enzyme: PDC is no phosducin, FBA no FBXO3
    assert "PDC" not in by_text and "FBA" not in by_text


def test_a_symbol_beats_the_mesh_protein_entry_of_its_long_form():
    # PMC3474187 (shared PFOCR records)
    text = ("Proteins of the inhibitor of apoptosis family, including X-linked inhibitor of "
            "apoptosis protein (XIAP), inhibit executioner caspases through the occupation")
    found = {m.text: m for m in figcap.annotate(text)}
    for t in ("X-linked inhibitor of apoptosis protein", "XIAP"):
        assert (found[t].type, found[t].identifiers[1]) == ("gene", "NCBIGene:331")
    # an alias does not: IRF stays the MeSH descriptor of its long form, not TRIM63
    # PMC3334963 (shared PFOCR records)
    text = ("IRAK4: Interleukin-1 receptor-associated kinase 4; IRF: Interferon regulatory "
            "factor; MEKK: Mitogen-activated protein")
    irf = next(m for m in figcap.annotate(text) if m.text == "IRF")
    assert irf.identifiers == ("MESH:D050835",)


def test_a_region_adjective_used_as_a_chemical_noun():
    # PMC2880953 (shared PFOCR records), a retinoid metabolism legend
    text = ("ROH, retinol; RAL, retinal; adhs, alcohol dehydrogenases; aldh1as, aldehyde "
            "dehyrogenase 1as.")
    found = {m.text: (m.type, m.identifiers[0]) for m in figcap.annotate(text)}
    assert found["retinal"] == found["RAL"] == ("chemical", "MESH:D012172")
    # as an adjective, or in a text about the nervous system, it stays the retina
    found = {m.text: m.type for m in figcap.annotate("retinal ganglion cells die")}
    assert found["retinal"] == "brain_region"
    found = {m.text: m.type for m in figcap.annotate("neurons of the retina project to retinal")}
    assert found["retinal"] == "brain_region"


def test_a_weak_long_form_reading_yields_to_the_short_forms_symbol():
    # PMC5691642 (shared PFOCR records): "retinoic acid-inducible gene I", read with the
    # Roman numeral as "gene 1", is PLAAT4's NCBI designation; RIG-I is RIGI (was DDX58)
    text = ("Toll-like receptors and retinoic acid-inducible gene I (RIG-I) receptors are "
            "activated by the virus")
    found = {m.text: m.label for m in figcap.annotate(text)}
    assert found["retinoic acid-inducible gene I"] == found["RIG-I"] == "RIGI"


def test_a_previous_symbol_does_not_overrule_its_long_form():
    # PFOCR caption: ACBP is a previous symbol of CPN2 but an alias of DBI, whose name the
    # caption gives
    text = "membrane proteins belonging to the ACBP (Acyl-CoA binding protein) family"
    assert {m.label for m in figcap.annotate(text)} == {"DBI"}


def test_phospho_prefixed_symbols():
    # PFOCR captions write phosphorylated forms as "pERK", "pAkt" (11 "p-ERK", 9 "pAKT" in
    # the shared records); the prefix only strips to a strong reading, and "pKa" is no PKA
    found = {m.text: m.label for m in figcap.annotate(
        "pERK and pAkt levels rose with pSTAT3 and pCREB; the pKa of the probe")}
    assert found == {"pERK": "ERK", "pAkt": "AKT", "pSTAT3": "STAT3", "pCREB": "CREB"}


def test_chemical_after_a_receptor_kind_adjective_is_kept_nested():
    # BC5CDR development text (PMID 19940105): glutamate is a chemical mention inside the
    # family "Metabotropic glutamate (mGlu) receptors"
    mentions = figcap.annotate("Parkinson's disease.\nMetabotropic glutamate (mGlu) receptors "
                               "modulate synaptic transmission")
    kinds = {(m.text, m.type) for m in mentions}
    assert ("glutamate", "chemical") in kinds
    assert ("Metabotropic glutamate (mGlu) receptors", "family") in kinds


def test_two_substrates_before_an_enzyme_head_stay_nested():
    # PFOCR caption (PMC4323349): both substrates of "glutamate cysteine ligase (GCL)"
    text = ("In the glutathione (GSH) pathway, glutamate cysteine ligase (GCL), which includes "
            "two subunits the catalytic subunit (GCLC) and the modifier subunit (GCLM)")
    kinds = {(m.text, m.type) for m in figcap.annotate(text)}
    assert {("glutamate", "chemical"), ("cysteine", "chemical")} <= kinds
    # a long form does not reach back over "), ": the GCL definition's bracket ends it
    assert not any(m.text.startswith("GCL)") for m in figcap.annotate(text))


def test_curated_names_of_the_insect_brain():
    # cut from WhiteText 1.3 abstracts (curated/brain_regions.tsv; needs rebuilt lexicons)
    text = ("The antennal lobes (ALs) are the primary olfactory centers in the insect brain. "
            "Axons of projection neurons leave the AL and terminate in the lateral "
            "protocerebrum.")
    found = [(m.text, m.label) for m in figcap.annotate(text) if m.type == "brain_region"]
    assert ("antennal lobes", "insect supraesophageal ganglion") in found
    assert ("ALs", "insect supraesophageal ganglion") in found
    assert ("AL", "insect supraesophageal ganglion") in found  # the plural's singular
    assert ("lateral protocerebrum", "insect protocerebrum") in found


def test_the_olive_in_texts_about_the_brain():
    # cut from a WhiteText 1.3 abstract (curated/brain_regions.tsv; needs rebuilt lexicons)
    found = [(m.text, m.label) for m in figcap.annotate(
        "In neonatal rats transection of the cerebellar peduncles causes degeneration of the "
        "contralateral inferior olive. Axons from the remaining olive recross the cerebellar "
        "midline.") if m.type == "brain_region"]
    assert ("olive", "olivary body") in found
    # the fruit outside texts about the nervous system; the colour
    assert not [m for m in figcap.annotate("Olive oil and olive leaf extract lowered LDL.")
                if m.type == "brain_region"]
    assert not [m for m in figcap.annotate(
        "Genes of the dopaminergic synapse pathway of the brain are shown as olive/red nodes.")
        if m.text == "olive"]


def test_an_ordinary_word_before_a_short_form_takes_no_gene_reading_from_it():
    # cut from a WhiteText 1.3 abstract: "supplementary (SMA)" shares its head with the
    # coordinated names after it; SMA is SMN1's previous symbol, and a long form that shares
    # no word with SMN1's names neither takes nor leaves that reading
    text = ("monkeys were subjected to multiple injections of tracers in the primary (M1), "
            "premotor (PM), and supplementary (SMA) motor cortical areas and in area 46.")
    found = {(m.text, m.type) for m in figcap.annotate(text)}
    assert ("M1", "brain_region") in found
    assert not [t for t, kind in found if t == "supplementary"]
    # a one-word long form that names the gene itself keeps it
    assert ("calmodulin", "FPLX:CALM") in {(m.text, m.identifiers[0]) for m in figcap.annotate(
        "Binding of calcium to calmodulin (CaM) activates CaMKII.")}


def test_heat_shock_is_no_shock():
    # PFOCR captions: "Heat-shock proteins are marked with an asterisk", "heat shock factor 1";
    # "septic shock" stays the disease
    diseases = [m.text for m in figcap.annotate(
        "Heat-shock proteins are marked; heat shock factor 1 and the cold-shock protein; "
        "patients in septic shock") if m.type == "disease"]
    assert diseases == ["septic shock"]
