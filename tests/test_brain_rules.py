"""figcap's brain-region context rules on sentences cut from WhiteText 1.3 abstracts."""

from __future__ import annotations

import figcap


def _regions(text):
    return [m.text for m in figcap.annotate(text) if m.type == "brain_region"]


def test_a_defined_long_form_with_a_region_head_is_a_region():
    text = ("The cell body dimensions of neuronal populations of the dorsal lateral geniculate "
            "and the medial interlaminar nucleus (MIN) were measured in the brain. Cells of "
            "the MIN and of the medial interlaminar nucleus grew.")
    found = [(m.text, m.label) for m in figcap.annotate(text) if m.type == "brain_region"]
    assert ("medial interlaminar nucleus", "nucleus of brain") in found
    assert [t for t, _ in found].count("MIN") == 2
    assert [t for t, _ in found].count("medial interlaminar nucleus") == 2
    # a weak head needs a position word; outside the nervous system nothing
    assert "control group" not in _regions(
        "Neurons of the hippocampus were counted in the control group (CG) and the CG.")
    assert "ventral respiratory group" in _regions(
        "Axons of brainstem neurons end in the ventral respiratory group (VRG).")
    assert not _regions("Cells of the medial interlaminar nucleus (MIN) grew in culture.")

