"""The matcher's candidate spans are the same whether its per-token memo is empty or
filled (figcap remembers token facts and token pairs across captions)."""

from __future__ import annotations

import pytest

from figcap import annotate as figcap_annotate
from figcap.lexicons import load_index
from figcap.ner.candidates import SpanFinder
from figcap.ner.pipeline import annotate_texts, build_nlp
from figcap.ner.tokview import token_view

# PFOCR captions (PMC6077868__ejh-62-3-2956-g007, cut): pairs, a slash list, plurals.
CAPTIONS = [
    "TGF-β upon biding its receptors, activates both canonical Smads pathway and "
    "noncanonical pathway (SPHK1/S1P/mTOR), inducing transcription of pro-fibrotic target genes.",
    "Schematic representation of TGF-β dependent signaling implicated in fibrosis process.",
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _spans(finder: SpanFinder, tv):
    infos = finder.token_info(tv.texts)
    keys = [info[0] for info in infos]
    return [info[:5] for info in infos], finder.candidates(tv, infos, keys, 40)


def test_candidates_do_not_depend_on_the_memo(nlp):
    index = load_index()
    warm = SpanFinder(index)
    for text in CAPTIONS:
        tv = token_view(nlp.make_doc(text))
        first = _spans(warm, tv)
        again = _spans(warm, tv)
        fresh = _spans(SpanFinder(index), tv)
        assert first == again == fresh
        cands = first[1]
        assert cands, text
    # "canonical Smads pathway": a span of several tokens was proposed
    tv = token_view(nlp.make_doc(CAPTIONS[0]))
    assert any(j - i > 1 for i, j, _k, _v in _spans(warm, tv)[1])


def test_token_odd_flag_is_a_key_with_a_singular_or_species_key(nlp):
    # candidates picks the tokens with a singular's or species-less key by token_info's
    # last flag: "receptors", "Smads", "mTOR" (phospho/species prefix) have one, "TGF" not
    finder = SpanFinder(load_index())
    tv = token_view(nlp.make_doc(CAPTIONS[0] + " hDaxx"))
    infos = finder.token_info(tv.texts)
    for text, info in zip(tv.texts, infos):
        assert info[7] == (bool(info[0]) and (info[2] is not None or info[3] is not None)), text
    odd = {t for t, info in zip(tv.texts, infos) if info[7]}
    assert {"receptors", "Smads", "hDaxx"} <= odd and "TGF" not in odd


def test_start_lengths_without_remembering():
    index = load_index()
    keys = ["tgfbeta", "smadspathway", "noncanonicalpathway", "xqzzy"]
    before = len(index._pair_cache)
    got = index.start_lengths(keys, pair=True, remember=False)
    assert len(index._pair_cache) == before
    assert got == index.start_lengths(keys, pair=True)
    assert got[0] > len("tgfbeta") and got[-1] == 0  # "TGF-beta receptor ..." starts so


def test_mentions_same_cold_and_warm(nlp):
    cold = [list(m) for m in annotate_texts(CAPTIONS, nlp=nlp)]
    warm = [list(m) for m in annotate_texts(CAPTIONS, nlp=nlp)]
    assert cold == warm
    assert any(m.text == "SPHK1" for m in cold[0])


def test_a_glued_greek_letter_and_number_start_a_spaced_synonym():
    # PMC2988517__tjp0588-3539-f5 (cut): "β2" is one piece, NCBI's "beta-2 adrenergic
    # receptor" and "beta2-AR" two ("beta", "2") before the rest
    found = {(m.text, m.type) for m in figcap_annotate(
        "In control fetuses and lambs, stimulation of the β2-AR increases cAMP production",
        ["Homo sapiens"]) if m.label == "ADRB2"}
    assert ("β2-AR", "gene") in found
    # PMC5769535__13046_2018_674_Fig1_HTML (cut): the short form of a list of definitions
    found = {(m.text, m.type) for m in figcap_annotate(
        "Ach, acetylcholine; β2-AR, β2-adrenergic receptor;cAMP, cyclic adenosine "
        "monophosphate", ["Homo sapiens"]) if m.label == "ADRB2"}
    assert ("β2-AR", "gene") in found
