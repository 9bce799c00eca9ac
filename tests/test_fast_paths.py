"""figcap's faster paths give what the plain ones give."""

from __future__ import annotations

import pytest

from figcap.lexicons import LEXICON_NAMES, concept_names, load_concepts


@pytest.mark.parametrize("name", ["genes", "families", "brain_regions"])
def test_concept_names_are_the_concepts_label_and_name(name):
    assert name in LEXICON_NAMES
    concepts = load_concepts(name)
    names = concept_names(name)
    assert names.keys() == concepts.keys()
    for cid, concept in concepts.items():
        assert names[cid] == (concept.label, concept.attrs.get("name", "")), cid
    if name == "genes":
        assert any(n for _label, n in names.values())  # genes have approved names
