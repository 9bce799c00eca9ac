"""MeSH chemicals/diseases and brain-region lexicon builders, on fixtures cut from the sources.

The fixtures under ``tests/fixtures/lexicon-sources/`` (``mesh_*``, ``uberon*``, ``allen*``,
``nif/``) are rows and stanzas copied verbatim from the real files in
``shared/data/lexicon-sources`` (same names and formats, gzipped the same way).
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from figcap.lexicons.format import LexiconData, write_lexicon
from figcap.lexicons.sources.brain import (
    ABBREVIATION_KINDS,
    CURATED_DIR,
    build_brain_regions,
    read_ambiguity_policy,
)
from figcap.lexicons.sources.brain_readers import read_tsv
from figcap.lexicons.sources.mesh import build_chemicals
from figcap.lexicons.sources.mesh_diseases import build_diseases
from figcap.normalize import match_key

FIX = Path(__file__).parent / "fixtures" / "lexicon-sources"


@pytest.fixture(scope="module")
def chemicals() -> LexiconData:
    return build_chemicals(FIX)


@pytest.fixture(scope="module")
def diseases() -> LexiconData:
    return build_diseases(FIX)


@pytest.fixture(scope="module")
def brain() -> LexiconData:
    return build_brain_regions(FIX)


def concepts(data: LexiconData) -> dict:
    return {c.id: c for c in data.concepts}


def ids_of(data: LexiconData, text: str, kinds: set[str] | None = None) -> set[str]:
    key = match_key(text)
    return {
        t.id for t in data.terms if match_key(t.text) == key and (kinds is None or t.kind in kinds)
    }


def texts_of(data: LexiconData, cid: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for t in data.terms:
        if t.id == cid:
            out[t.text].add(t.kind)
    return out


# --- MeSH -----------------------------------------------------------------------------


def test_chemical_descriptors(chemicals):
    c = concepts(chemicals)
    for ui, label in [
        ("D007649", "Ketamine"),
        ("D004298", "Dopamine"),
        ("D012701", "Serotonin"),
        ("D005680", "gamma-Aminobutyric Acid"),
        ("D016202", "N-Methylaspartate"),
        ("D018350", "alpha-Amino-3-hydroxy-5-methyl-4-isoxazolepropionic Acid"),
        ("D020123", "Sirolimus"),
    ]:
        assert c[f"MESH:{ui}"].label == label
    assert dict(c["MESH:D007649"].attrs)["tree_numbers"].startswith("D02.")
    assert texts_of(chemicals, "MESH:D005680")["GABA"] == {"mesh_entry"}
    assert texts_of(chemicals, "MESH:D020123")["Rapamycin"] == {"mesh_entry"}
    assert "Sirolimus" in texts_of(chemicals, "MESH:D020123")
    # tree C only (Alzheimer Disease) and tree A (brain) stay out of chemicals
    assert "MESH:D000544" not in c and "MESH:D017557" not in c


def test_esketamine_supplementary(chemicals):
    esk = concepts(chemicals)["MESH:C000629870"]
    assert esk.label == "Esketamine"
    assert dict(esk.attrs)["supplementary"] == "1"
    assert "MESH:D007649" in esk.xrefs
    terms = texts_of(chemicals, "MESH:C000629870")
    assert terms["S-Ketamine"] == {"supp_synonym"}
    assert terms["Esketamine"] == {"supp_name"}
    # "(-)-Ketamine" has the match key of Ketamine itself: dropped, and counted
    assert "(-)-Ketamine" not in terms
    assert chemicals.stats["dropped_shadowed_by_descriptor"] >= 1
    assert ids_of(chemicals, "ketamine") == {"MESH:D007649"}


def test_filters_are_counted(chemicals):
    s = chemicals.stats
    assert s["dropped_too_long"] >= 1  # Calcimycin's CAS index name
    assert s["dropped_organism_qualified"] >= 1  # "... protein, mouse"
    assert s["supplementary_rejoined_rows"] == 1  # C483025 with a tab in a quoted cell
    calcimycin = texts_of(chemicals, "MESH:D000001")
    assert set(calcimycin) == {"Calcimycin"}
    assert all(len(t.text) <= 120 for t in chemicals.terms)
    assert not any(t.text.endswith(", mouse") for t in chemicals.terms)


def test_inverted_entry_terms_dropped(diseases):
    terms = texts_of(diseases, "MESH:D001943")
    assert "Breast Neoplasms" in terms and "Breast Tumor" in terms
    assert "Neoplasms, Breast" not in terms and "Tumor, Breast" not in terms
    assert diseases.stats["dropped_inverted"] >= 4
    # an inverted form whose plain form is absent is kept
    alz = texts_of(diseases, "MESH:D000544")
    assert "Dementia, Alzheimer-Type (ATD)" in alz


def test_diseases_tree_c_and_f03(diseases):
    c = concepts(diseases)
    assert c["MESH:D000544"].label == "Alzheimer Disease"
    assert c["MESH:D012559"].label == "Schizophrenia"  # F03, a mental disorder
    assert "MESH:D003866" in c  # Depressive Disorder, F03
    assert "MESH:D007649" not in c
    scr = c["MESH:C536594"]
    assert dict(scr.attrs)["supplementary"] == "1" and scr.xrefs == ("MESH:D000544",)
    assert texts_of(diseases, "MESH:C536594")["Alzheimer disease 1"] == {"supp_synonym"}


def _kinds(data: LexiconData, text: str, cid: str) -> set[str]:
    return {t.kind for t in data.terms if t.text == text and t.id == cid}


def test_disease_british_spellings(diseases):
    assert _kinds(diseases, "Anaemia", "MESH:D000740") == {"variant"}
    assert _kinds(diseases, "Oedema", "MESH:D004487") == {"variant"}
    assert _kinds(diseases, "Ischaemia", "MESH:D007511") == {"variant"}
    assert _kinds(diseases, "Ischaemic", "MESH:D007511") == set()  # adjectives are lower case
    assert "ischaemic" in texts_of(diseases, "MESH:D007511")
    assert "Tumour" in texts_of(diseases, "MESH:D009369")
    assert diseases.stats["variant_british"] >= 5


def test_disease_lowercase_short_names(diseases):
    # "Chest Pain" is treated like a symbol by the grounder's case rules (<= 10 chars with
    # an inner capital); the lower-case copy lets "chest pain" match.
    assert _kinds(diseases, "chest pain", "MESH:D002637") == {"variant"}
    assert diseases.stats["variant_lowercase"] >= 1


def test_disease_adjectives(diseases):
    for text, cid in [
        ("hypertensive", "MESH:D006973"),
        ("epileptic", "MESH:D004827"),
        ("schizophrenic", "MESH:D012559"),
        ("ischemic", "MESH:D007511"),
        ("thrombotic", "MESH:D013927"),
        ("anemic", "MESH:D000740"),
    ]:
        assert _kinds(diseases, text, cid) == {"variant"}, text
    # adjectives that mostly describe something else are not added
    assert not ids_of(diseases, "toxic") and not ids_of(diseases, "systemic")
    assert diseases.stats["variant_adjective"] >= 6


def test_disease_organ_phrases_and_neoplasms(diseases):
    kidney = texts_of(diseases, "MESH:D007674")
    for text in ("renal dysfunction", "renal damage", "renal toxicity", "kidney injury",
                 "glomerular lesion"):
        assert kidney[text] == {"variant"}, text
    assert texts_of(diseases, "MESH:D006331")["cardiac dysfunction"] == {"variant"}
    assert texts_of(diseases, "MESH:D001943")["breast cancer"] == {"variant"}
    assert texts_of(diseases, "MESH:D010051")["ovarian carcinoma"] == {"variant"}
    assert diseases.stats["variant_organ"] >= 10 and diseases.stats["variant_neoplasm"] >= 4


def test_curated_disease_synonyms(diseases):
    # BC5CDR's headings for forms MeSH 2024 lacks or places under a newer heading
    assert texts_of(diseases, "MESH:D064420")["toxicity"] == {"curated"}
    assert texts_of(diseases, "MESH:D007674")["nephrotoxicity"] == {"curated"}
    assert texts_of(diseases, "MESH:D056486")["hepatitis"] == {"curated"}
    assert texts_of(diseases, "MESH:D003866")["depression"] == {"curated"}
    assert texts_of(diseases, "MESH:D009369")["cancer"] == {"curated"}
    # adjectives of curated names too: "diabetes" is curated only if its heading is in
    # the fixture; headings missing from the fixture are counted, not added
    assert diseases.stats["curated"] >= 5
    assert diseases.stats["curated_unknown_heading"] >= 1
    rows = (Path(__file__).parents[1] / "figcap" / "lexicons" / "curated"
            / "disease_synonyms.tsv").read_text(encoding="utf-8").splitlines()
    body = [r.split("\t") for r in rows if r and not r.startswith(("#", "text\t"))]
    assert all(len(r) == 3 and re.fullmatch(r"[CD]\d+", r[1]) and r[2] for r in body)
    assert len({(r[0].lower(), r[1]) for r in body}) == len(body)  # no duplicates


def test_curated_diseases_rank_first():
    from figcap.grounding import KIND_RANK

    assert KIND_RANK["curated"] < KIND_RANK["mesh_name"] < KIND_RANK["variant"]


# --- brain regions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("long_form", "abbreviation"),
    [
        ("lateral habenula", "LHb"),
        ("dorsal raphe nucleus", "DRN"),
        ("ventral tegmental area", "VTA"),
        ("medial prefrontal cortex", "mPFC"),
        ("nucleus accumbens", "NAcc"),
        ("nucleus accumbens", "NAc"),
        ("bed nucleus of the stria terminalis", "BNST"),
    ],
)
def test_key_abbreviations_share_the_long_form_concept(brain, long_form, abbreviation):
    long_ids = ids_of(brain, long_form)
    assert len(long_ids) == 1 and next(iter(long_ids)).startswith("UBERON:")
    assert long_ids <= ids_of(brain, abbreviation)


def test_key_concepts(brain):
    c = concepts(brain)
    assert ids_of(brain, "DRN") == {"UBERON:0002043"}
    assert ids_of(brain, "VTA") == {"UBERON:0002691"}
    assert c["UBERON:0001941"].label == "lateral habenular nucleus"
    assert "UBERON:0001469" not in c  # sternoclavicular joint: not nervous system
    assert "UBERON:0000104" not in c  # life cycle


def test_allen_and_paxinos_grounding(brain):
    c = concepts(brain)
    assert "MBA:186" in c["UBERON:0001941"].xrefs  # Allen LH via the bridge
    assert "PAXRAT:456" in c["UBERON:0001941"].xrefs  # Paxinos LHb by label
    allen = [t for t in brain.terms if t.source_id == "MBA:186"]
    assert {t.organism for t in allen} == {"10090"}
    assert {t.text for t in allen} == {"Lateral habenula", "LH"}
    pax = [t for t in brain.terms if t.source_id == "PAXRAT:456"]
    assert {t.organism for t in pax} == {"10116"}
    # a structure no source maps to UBERON keeps its Allen id; Paxinos joins it
    assert "PAXRAT:98" in c["MBA:72"].xrefs
    assert dict(c["MBA:72"].attrs)["source"] == "allen"


def test_mesh_brain_descriptors(brain):
    c = concepts(brain)
    assert "MESH:D065847" in c["UBERON:0002043"].xrefs  # Dorsal Raphe Nucleus merged
    assert "Nucleus Raphe Dorsalis" in texts_of(brain, "UBERON:0002043")
    assert "MESH:D006624" in c["UBERON:0002421"].xrefs  # Hippocampus -> curated concept
    assert "MESH:D000074523" not in c  # neurons (tree A11) are cells, not regions
    assert not any(t.text == "Cortex, Perirhinal" for t in brain.terms)


def test_ambiguous_abbreviations(brain):
    kinds: dict[str, set[str]] = defaultdict(set)
    for t in brain.terms:
        kinds[t.text].add(t.kind)
    # LH: lateral habenula in Allen, lateral hypothalamic area elsewhere
    assert kinds["LH"] == {"ambiguous_abbreviation"}
    assert ids_of(brain, "LH") == {"UBERON:0001941", "UBERON:0002430"}
    for text in ["CA", "MS", "LS", "root", "grey", "ARC", "INS"]:
        assert kinds[text] == {"ambiguous_abbreviation"}, text
    assert kinds["VTA"] <= ABBREVIATION_KINDS
    assert brain.stats["ambiguous_short"] > 0 and brain.stats["ambiguous_curated"] > 0
    # no abbreviation of at most two characters escapes
    for t in brain.terms:
        if len(match_key(t.text)) <= 2:
            assert t.kind == "ambiguous_abbreviation", t


def test_adjectives_and_variants(brain):
    assert ids_of(brain, "cortical", {"adjective"}) == {"UBERON:0000956"}
    assert ids_of(brain, "dorsal raphe nuclei", {"variant"}) == {"UBERON:0002043"}
    assert ids_of(brain, "area 17", {"variant"}) == {"UBERON:8440010"}


def test_counts_in_stats(brain):
    s = brain.stats
    assert s["concepts"] == len(brain.concepts)
    assert s["abbreviations"] >= 50
    assert s["uberon_concepts"] > 50


def test_sources_provenance(brain, chemicals):
    for data in (brain, chemicals):
        for info in data.sources:
            assert re.fullmatch(r"[0-9a-f]{64}", info.sha256), info
            assert info.licence and info.version and info.origin
    files = {s.file: s for s in brain.sources}
    assert files["uberon_2026-04-01.json.gz"].licence == "CC BY 3.0"
    curated = files["figcap/lexicons/curated/brain_regions.tsv"]
    assert (curated.version, curated.licence) == ("figcap curated", "CC0")
    assert {s.file for s in chemicals.sources} == {
        "mesh_descriptors_2024.tsv.gz",
        "mesh_supplementary_2024.tsv.gz",
    }


def test_builds_without_hgnc(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ["uberon", "allen", "mesh_descriptors", "nif"]:
        for p in FIX.glob(f"{name}*"):
            (shutil.copytree if p.is_dir() else shutil.copy)(p, src / p.name)
    data = build_brain_regions(src)
    assert "hgnc_entries.tsv.gz" not in {s.file for s in data.sources}
    assert ids_of(data, "LHb") == {"UBERON:0001941"}


# --- curated files -----------------------------------------------------------------------


def test_curated_files_are_well_formed():
    curie = re.compile(r"^(UBERON|MBA|PAXRAT|MESH):\w+$")
    for row in read_tsv(CURATED_DIR / "brain_regions.tsv"):
        assert curie.match(row["concept_id"]) and row["long_form"], row
    for row in read_tsv(CURATED_DIR / "brain_adjectives.tsv"):
        assert curie.match(row["concept_id"]) and row["adjective"].islower(), row
    policy = read_ambiguity_policy()
    allowed = re.compile(r"^(require_definition|never|case_sensitive|prefer=\S+)$")
    for rule in policy.values():
        assert rule.candidates and all(curie.match(c) for c in rule.candidates), rule
        for part in rule.policy.split(";"):
            assert allowed.match(part), rule
            if part.startswith("prefer="):
                assert part[len("prefer=") :] in rule.candidates, rule
    assert policy[match_key("LH")].policy == "require_definition"
    assert "case_sensitive" in policy[match_key("LHb")].policy


# --- determinism --------------------------------------------------------------------------


def test_write_is_deterministic(tmp_path, chemicals, diseases, brain):
    for data in (chemicals, diseases, brain):
        write_lexicon(data, tmp_path / "a")
    for builder in (build_chemicals, build_diseases, build_brain_regions):
        write_lexicon(builder(FIX), tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 6
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
