"""Chemical names on real text (sentences of BC5CDR abstracts, /work/shared/data/benchmarks)."""

from __future__ import annotations

import figcap


def _chemicals(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.identifiers[0]) for m in figcap.annotate(text) if m.type == "chemical"]


def test_heading_beats_a_derived_singular_of_another_heading():
    # "Cyclosporine" is MeSH's heading D016572; "Cyclosporines" is an entry of the class
    # Cyclosporins, whose singular figcap derives: the heading wins, the class keeps its plural
    text = ("Cyclosporine-induced hypertension after transplantation. "
            "Treatment with cyclosporin was stopped; other cyclosporins were not tried.")
    assert _chemicals(text) == [("Cyclosporine", "MESH:D016572"), ("cyclosporin", "MESH:D016572"),
                                ("cyclosporins", "MESH:D003524")]
