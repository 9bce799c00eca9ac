"""Carbon counts are not genes: "farnesyl diphosphate (C15)", "C5 units", "C6-C3-C6".

"C5", "C10" and "C15" are symbols or aliases of genes (the complement component C5,
C12orf57, PLAC8), but in a text about metabolites they count a molecule's carbons.
:func:`carbon_counts` drops the gene reading of such a "C" and a number when

- it stands in brackets after a chemical, alone or after the chemical's short form:
  "geranyl diphosphate (C10)", "farnesyl pyrophosphate (FPP, C15)", or inside a name:
  "stearic (C18) acid";
- a chemical follows it, or a word that counts molecules: "C15 farnesyl diphosphate",
  "C5 units", "C5 isoprenoids", "sesquiterpenoids (C15)";
- it is joined to another carbon count: "C6-C3-C6", "C3-C4 compounds", "C5 to C8";
- it is a fatty acid's shorthand, carbons then double bonds: "C18:1", "C18:3".
"""

from __future__ import annotations

import re

__all__ = ["carbon_counts"]

_COUNT = re.compile(r"C\d{1,2}\Z")
# Words after a count that say it counts the carbons of molecules.
_MOLECULE_WORDS = frozenset(
    "unit units isomer isomers compound compounds precursor precursors building blocks "
    "alcohol alcohols acid acids volatile volatiles isoprenoid isoprenoids skeleton "
    "skeletons chain chains backbone sugar sugars molecule molecules metabolites".split()
)
# Classes of molecules named before a bracketed count: "monoterpenes (C10)".
_CLASS_END = ("terpenes", "terpenoids", "terpene", "terpenoid", "isoprenoids", "phosphate",
              "phosphates", "prenes")


def carbon_counts(tv, placed):
    """``placed`` without gene readings of carbon counts (module docstring)."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    counts = [p for p in placed if p[1] - p[0] == 1 and p[2].type in ("gene", "family")
              and _COUNT.match(texts[p[0]])]
    if not counts:
        return placed
    chemical_end = {j for i, j, m in placed if m.type == "chemical"}
    chemical_start = {i for i, j, m in placed if m.type == "chemical"}
    drop = set()
    for p in counts:
        k = p[0]
        if _joined_count(texts, ws, k) or _lipid_number(texts, ws, k) or k + 1 < n and (
                k + 1 in chemical_start or texts[k + 1].lower() in _MOLECULE_WORDS):
            drop.add(id(p))
            continue
        # "(C15)", "(FPP, C15)" after a chemical or a class of molecules, or inside a
        # chemical's name: "stearic (C18) acid"
        if k + 1 < n and texts[k + 1] == ")":
            if k + 2 < n and texts[k + 2].lower() in _MOLECULE_WORDS:
                drop.add(id(p))
                continue
            o = k - 1
            if o >= 2 and texts[o] == "," and texts[o - 2] == "(":
                o -= 2
            if o >= 1 and texts[o] == "(" and (
                    o in chemical_end or texts[o - 1].lower().endswith(_CLASS_END)):
                drop.add(id(p))
    return [p for p in placed if id(p) not in drop] if drop else placed


def _joined_count(texts, ws, k: int) -> bool:
    """Whether the count at token ``k`` is joined to another one by a hyphen or "to"."""
    n = len(texts)
    after = k + 2 < n and (texts[k + 1] == "-" and not ws[k] or texts[k + 1] == "to") \
        and _COUNT.match(texts[k + 2])
    before = k >= 2 and (texts[k - 1] == "-" and not ws[k - 1] or texts[k - 1] == "to") \
        and _COUNT.match(texts[k - 2])
    return bool(after or before)


def _lipid_number(texts, ws, k: int) -> bool:
    """Whether the count at token ``k`` is glued to ":" and a number of double bonds (one
    token ":1" or two)."""
    if k + 1 >= len(texts) or ws[k] or not texts[k + 1].startswith(":"):
        return False
    after = texts[k + 1][1:] if len(texts[k + 1]) > 1 else \
        (texts[k + 2] if k + 2 < len(texts) and not ws[k + 1] else "")
    return after[:1].isdigit()
