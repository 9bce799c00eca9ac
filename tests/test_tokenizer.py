"""figcap's tokenizer gives the units the lexicon keys need (the issue's examples)."""

from __future__ import annotations

import pytest

from figcap.ner.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("mTORC1/ERK", ["mTORC1", "/", "ERK"]),
        ("Akt/mammalian", ["Akt", "/", "mammalian"]),
        ("(NMDA)/low", ["(", "NMDA", ")", "/", "low"]),
        ("(GABA)-ergic", ["(", "GABA", ")", "-", "ergic"]),
        ("(R,S)-ketamine", ["(R,S)-", "ketamine"]),
        ("(S)-ketamine", ["(S)-", "ketamine"]),
        ("5-HT1A", ["5", "-", "HT1A"]),
        ("TGF-β", ["TGF", "-", "β"]),
        ("IL-6-induced", ["IL", "-", "6", "-", "induced"]),
    ],
)
def test_units(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_units_make_mentions(nlp):
    doc = nlp("IL-6-induced 5-HT1A receptors and (R,S)-ketamine")
    texts = [s.text for s in doc.spans["figcap"]]
    assert texts == ["IL-6", "5-HT1A receptors", "(R,S)-ketamine"]
