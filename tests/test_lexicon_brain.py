"""Brain-region builder rules for WhiteText conventions: variants, non-region drops, curated
lists (no source files needed)."""

from __future__ import annotations

from collections import defaultdict

from figcap.lexicons.sources import brain
from figcap.lexicons.sources.brain_readers import CURATED_DIR, read_ambiguity_policy
from figcap.normalize import match_key
from figcap.resources import generic_terms


def _lex(*terms: tuple[str, str, str]) -> brain._Lexicon:
    lex = brain._Lexicon()
    for text, cid, kind in terms:
        lex.concept(cid, text, "test")
        lex.term(text, cid, kind)
    return lex


def _texts(lex: brain._Lexicon, kind: str) -> dict[str, str]:
    return {t.text: t.id for t in lex.terms if t.kind == kind}


def test_brain_adjective_variants_and_no_position_variants():
    lex = _lex(
        ("hippocampus", "U:1", "label"),
        ("ventral hippocampus", "U:2", "label"),
        ("cortical", "U:3", "adjective"),
    )
    stats: dict[str, int] = defaultdict(int)
    brain._add_variants(lex, stats)
    v = _texts(lex, "variant")
    assert v["cortical areas"] == "U:3" and v["cortical region"] == "U:3"
    # position words are the matcher's job (figcap.ner.brain_words.POSITION_WORDS)
    assert "contralateral hippocampus" not in v and "posterior cortical" not in v
    # an existing name keeps its own concept
    assert "ventral hippocampus" not in v


def test_brain_drops_tracts_fibres_and_vessels():
    lex = _lex(
        ("corticospinal tract", "U:10", "label"),
        ("nucleus of the optic tract", "U:11", "label"),
        ("mossy fiber", "U:12", "exact_synonym"),
        ("artery", "U:13", "label"),
        ("CST", "U:10", "abbreviation"),
    )
    live = {
        "U:10": {"ancestors": {}},
        "U:11": {"ancestors": {}},
        "U:12": {"ancestors": {}},
        "U:13": {"ancestors": {"UBERON:0001981": 1}},
    }
    stats: dict[str, int] = defaultdict(int)
    brain._drop_non_regions(lex, live, stats)
    left = {t.text for t in lex.terms}
    assert left == {"nucleus of the optic tract", "CST"}
    assert "U:13" not in lex.labels and "U:10" in lex.labels


def test_brain_curated_lists():
    generic = generic_terms("brain_regions")
    for word in ("brain", "ganglion", "nerve", "central nervous system", "neuropil"):
        assert word in generic
    assert "retina" not in generic and "cortex" not in generic
    policy = read_ambiguity_policy(CURATED_DIR / "ambiguous_abbreviations.tsv")
    assert policy[match_key("PHA")].policy == "never"
    assert "require_definition" in policy[match_key("III")].policy
    assert policy[match_key("V1")].policy == "case_sensitive;prefer=UBERON:0002436"
    rows = (CURATED_DIR / "brain_regions.tsv").read_text(encoding="utf-8")
    assert "\tretinal\tUBERON:0000966" in rows and "\tcortex\tUBERON:0000956" in rows


def test_brain_headless_adjectives():
    lex = _lex(
        ("parabrachial nucleus", "U:20", "label"),
        ("cerebral cortex", "U:21", "label"),
        ("periventricular nucleus", "U:22", "label"),  # two concepts as "nucleus"...
        ("periventricular nucleus", "U:23", "paxinos_label"),
        ("periventricular zone", "U:24", "label"),
        ("ventromedial nucleus", "U:25", "label"),  # a position word
        ("olfactory bulb", "U:26", "label"),  # a sense
        ("dentate gyrus", "U:27", "label"),
        ("dentate", "U:27", "exact_synonym"),  # already a term
    )
    stats: dict[str, int] = defaultdict(int)
    brain._add_headless(lex, stats)
    adj = _texts(lex, "adjective")
    assert adj == {"parabrachial": "U:20", "cerebral": "U:21"}
    assert stats["headless_adjectives"] == 2


def test_brain_name_without_its_parent_structure():
    lex = _lex(
        ("medial terminal nucleus of the accessory optic tract", "U:30", "label"),
        ("intergeniculate leaflet of lateral geniculate complex", "U:31", "label"),
        ("lateral nucleus of the amygdala", "U:32", "label"),  # only a position: no variant
    )
    stats: dict[str, int] = defaultdict(int)
    brain._add_variants(lex, stats)
    v = _texts(lex, "variant")
    assert v["medial terminal nucleus"] == "U:30"
    assert v["intergeniculate leaflet"] == "U:31"
    assert "lateral nucleus" not in v


def test_brain_latin_plural_variants():
    lex = _lex(
        ("retina", "U:40", "label"),
        ("entorhinal cortex", "U:41", "label"),
        ("superior colliculus", "U:42", "label"),
        ("striatum", "U:43", "label"),
        ("body of caudate nucleus", "U:44", "label"),  # the head is not the last word
    )
    stats: dict[str, int] = defaultdict(int)
    brain._add_variants(lex, stats)
    v = _texts(lex, "variant")
    assert v["retinae"] == "U:40" and v["entorhinal cortices"] == "U:41"
    assert v["superior colliculi"] == "U:42" and v["striata"] == "U:43"
    assert not any(k.endswith("nuclei") for k in v)


def test_brain_english_plural_variants_of_two_word_names():
    lex = _lex(
        ("spinal cord", "U:50", "label"),
        ("dorsal horn", "U:51", "label"),
        ("mammillary body", "U:52", "label"),
        ("circumventricular organ", "U:55", "label"),
        ("ventricular zone", "U:56", "label"),
        ("facial nerve", "U:53", "label"),  # nerves stay singular
        ("cord", "U:54", "label"),  # one word: the matcher finds its plural itself
    )
    stats: dict[str, int] = defaultdict(int)
    brain._add_variants(lex, stats)
    v = _texts(lex, "variant")
    assert v["spinal cords"] == "U:50" and v["dorsal horns"] == "U:51"
    assert v["mammillary bodies"] == "U:52" and v["circumventricular organs"] == "U:55"
    assert v["ventricular zones"] == "U:56"
    assert "facial nerves" not in v and "cords" not in v


def test_brain_variant_goes_to_the_concept_whose_label_yields_it():
    lex = _lex(("retina", "U:50", "label"))
    lex.term("retina", "U:51", "exact_synonym")  # another concept's synonym
    stats: dict[str, int] = defaultdict(int)
    brain._add_variants(lex, stats)
    assert _texts(lex, "variant")["retinae"] == "U:50"


def test_brain_drops_nerves_below_the_head_not_cranial_nerves_or_ganglia():
    lex = _lex(
        ("sciatic nerve", "U:60", "label"),
        ("dorsal root of spinal cord", "U:61", "label"),
        ("vagus nerve", "U:62", "label"),
        ("superior cervical ganglion", "U:63", "label"),
    )
    live = {
        "U:60": {"ancestors": {"UBERON:0001810": 1}},  # nerve plexus
        "U:61": {"ancestors": {"UBERON:0009623": 1}},  # spinal nerve root
        "U:62": {"ancestors": {"UBERON:0001785": 1}},  # cranial nerve
        "U:63": {"ancestors": {"UBERON:0002410": 1}},  # autonomic nervous system
    }
    stats: dict[str, int] = defaultdict(int)
    brain._drop_non_regions(lex, live, stats)
    assert {t.text for t in lex.terms} == {"vagus nerve", "superior cervical ganglion"}


def test_brain_drops_layers_keeps_their_regions():
    lex = _lex(
        ("inner nuclear layer of retina", "U:70", "label"),
        ("INL", "U:70", "abbreviation"),
        ("dentate gyrus", "U:71", "label"),
        ("molecular layer of dentate gyrus", "U:71", "exact_synonym"),
    )
    live = {"U:70": {"ancestors": {}}, "U:71": {"ancestors": {}}}
    stats: dict[str, int] = defaultdict(int)
    brain._drop_non_regions(lex, live, stats)
    assert {t.text for t in lex.terms} == {"dentate gyrus"}
    assert "U:70" not in lex.labels


def test_brain_keeps_ganglia_inside_a_dropped_plexus():
    lex = _lex(("inferior mesenteric ganglion", "U:80", "label"))
    live = {"U:80": {"ancestors": {"UBERON:0001810": 1, "UBERON:0000045": 1}}}
    stats: dict[str, int] = defaultdict(int)
    brain._drop_non_regions(lex, live, stats)
    assert {t.text for t in lex.terms} == {"inferior mesenteric ganglion"}


def test_brain_complex_variants_of_nuclear_complexes():
    lex = _lex(
        ("trigeminal nuclear complex", "U:60", "label"),
        ("vestibular nuclear complex", "U:61", "label"),
        ("nucleus of oculomotor nuclear complex", "U:62", "exact_synonym"),  # a part of one
    )
    stats: dict[str, int] = defaultdict(int)
    brain._add_variants(lex, stats)
    v = _texts(lex, "variant")
    assert v["trigeminal complex"] == "U:60" and v["vestibular complex"] == "U:61"
    assert not [k for k in v if k.startswith("nucleus of oculomotor complex")]


def test_cerebral_is_the_cerebrum_not_the_cerebral_nuclei():
    import figcap

    # PFOCR PMC2266688: "cerebral" alone is the cerebrum (UBERON's
    # telencephalon), which the headless-adjective rule would otherwise have taken from
    # "cerebral nuclei" (the basal ganglia)
    got = [(m.text, m.identifiers[0]) for m in figcap.annotate(
        "thus increasing cerebral energy stores in ischemic brain") if m.type == "brain_region"]
    assert ("cerebral", "UBERON:0001893") in got
