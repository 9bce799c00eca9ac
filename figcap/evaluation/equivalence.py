"""Identifiers that name the same chemical in a pathway figure.

MeSH files an acid and its anions apart: "Pyruvic Acid" (D019289) sits directly under
"Pyruvates" (D011773, the acid with its salts and esters). Captions write "pyruvate" for
either; BC5CDR's gold uses the acid, PFOCR's annotations the class. Scoring maps such a
class to its acid, on both sides, so the two conventions agree; nothing else is merged.

Nothing here imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

__all__ = ["chemical_id"]

_ACID = re.compile(r"^(\w+?)(?:ic|ous) Acid$")


@lru_cache(maxsize=1)
def _class_to_acid() -> Mapping[str, str]:
    from ..lexicons import load_concepts

    concepts = load_concepts("chemicals")
    by_tree: dict[str, str] = {}
    for cid, c in concepts.items():
        for tree in c.attrs.get("tree_numbers", "").split("|"):
            if tree:
                by_tree[tree] = cid
    out: dict[str, str] = {}
    for cid, c in concepts.items():
        m = _ACID.match(c.label)
        if m is None:
            continue
        stem = m.group(1).lower()
        for tree in c.attrs.get("tree_numbers", "").split("|"):
            parent = by_tree.get(tree.rpartition(".")[0])
            # "Pyruvates" over "Pyruvic Acid", "Succinates" over "Succinic Acid"
            if parent and concepts[parent].label.lower().startswith(stem) \
                    and concepts[parent].label.endswith("ates"):
                out.setdefault(parent, cid)
    return out


def chemical_id(identifier: str) -> str:
    """``identifier`` with a MeSH anion class replaced by its acid (``MESH:D011773``,
    Pyruvates, becomes ``MESH:D019289``, Pyruvic Acid); any other id as it is."""
    return _class_to_acid().get(identifier, identifier)
