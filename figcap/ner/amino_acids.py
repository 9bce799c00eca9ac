"""Amino acids written by their three-letter codes: "Asp, Glu and Met", "Phe biosynthesis".

"Met", "Trp", "Tyr", "Ala" are also gene aliases and symbols (MET, TRP, TYR); in a list of
codes the caption names amino acids. :func:`amino_acid_lists` finds lists of two or more
codes joined by commas, "and", "or" or slashes, and reads each code as its amino acid
(a chemical, grounded through the amino acid's name). A code joined to the next by a
hyphen is part of a peptide sequence ("Arg-Gly-Asp") and is left alone, as are residues
("Val158Met", handled by the gene rules) and codes written in capitals ("MET"). A code
anywhere, in capitals too, that figcap reads as another chemical only after normalising
is its amino acid: "Gly" and "GLY" are glycine, not MeSH's "GL-Y" (a glycosphingolipid);
joined by a hyphen ("Cys-Gly", "3P-Gly") it is neither. A code in title case that stands
alone and that nothing else reads is its amino acid too ("Phe biosynthetic pathways", "Thr
deaminase"), and a FamPlex id is never read in a code's case ("Thr" is no THR, "Trp" no
TRP; :class:`figcap.grounding.Grounder`).
"""

from __future__ import annotations

from ..grounding import Grounder
from ..grounding_text import AMINO_ACIDS
from .mentions import covered, make_mention, with_extra
from .tokview import TokView

__all__ = ["AMINO_ACIDS", "amino_acid_lists"]

_JOINS = frozenset({",", "and", "or", "/", "&"})
_CAPITALS = {code.upper(): code for code in AMINO_ACIDS}
_HYPHENS = frozenset({"-", "\u2013"})
_CHEMICAL = frozenset({"chemical"})


def amino_acid_lists(tv: TokView, placed, grounder: Grounder):
    """``placed`` with each code of a list of amino-acid codes, and each code read as
    another chemical only after normalising, read as its amino acid."""
    texts, n = tv.texts, len(tv.texts)
    codes = [k for k in range(n) if texts[k] in AMINO_ACIDS]
    listed: set[int] = set()
    for a, b in zip(codes, codes[1:]):
        between = texts[a + 1:b]
        # "Asp, Glu", "Glu and Met", "Asp, Glu, and Met", "Ser/Thr"
        if 1 <= len(between) <= 2 and all(t in _JOINS for t in between):
            listed.update((a, b))
    listed = {k for k in listed if not _in_sequence(tv, k)}
    # a code standing alone that no mention holds: "Phe biosynthetic pathways", "Trp
    # reduces inflammation" (not "His", an English word; not a residue "Thr 1160")
    held = covered(placed)
    listed.update(k for k in codes if k not in held and texts[k] != "His"
                  and not _hyphenated(tv, k) and not _numbered(tv, k))
    # "Gly" read as "GL-Y": a code anywhere that only a normalised match makes another chemical
    normalised = {i for i, j, m in placed if j - i == 1 and m.type == "chemical"
                  and m.method == "normalised" and _code(texts[i])
                  and m.label.lower() != AMINO_ACIDS[_code(texts[i])].lower()}
    if not listed and not normalised:
        return placed
    keep = []
    for p in placed:
        i, j, m = p
        held = listed.intersection(range(i, j))
        if i in normalised:  # the other chemical gives way
            if not _hyphenated(tv, i):  # "3P-Gly", "Cys-Gly": neither GL-Y nor glycine
                listed.add(i)
            continue
        if held:
            if j - i == 1 and m.type != "chemical":
                continue  # the code's gene reading gives way
            listed -= held  # the amino acid already, or a longer name holds the code
        keep.append(p)
    extra = []
    for k in sorted(listed):
        choice = grounder.ground_text(AMINO_ACIDS[_code(texts[k])], types=_CHEMICAL)
        if choice is not None:
            extra.append((k, k + 1, make_mention(tv, k, k + 1, choice, "normalised", 0.9,
                                                 grounder)))
    return with_extra(keep, extra)


def _code(text: str) -> str:
    """The three-letter code ``text`` is, in its own case or in capitals; "" if none."""
    return text if text in AMINO_ACIDS else _CAPITALS.get(text, "")


def _numbered(tv: TokView, k: int) -> bool:
    """Whether code ``k`` is followed by a number, a residue's position ("Thr 1160")."""
    return k + 1 < len(tv.texts) and tv.texts[k + 1][:1].isdigit()


def _hyphenated(tv: TokView, k: int) -> bool:
    """Whether token ``k`` is glued by a hyphen to the token before or after it."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    return (k >= 1 and not ws[k - 1] and texts[k - 1] in _HYPHENS) or (
        k + 1 < n and not ws[k] and texts[k + 1] in _HYPHENS)


def _in_sequence(tv: TokView, k: int) -> bool:
    """Whether code ``k`` is glued by a hyphen to a neighbouring code ("Arg-Gly-Asp")."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    after = k + 2 < n and not ws[k] and texts[k + 1] in _HYPHENS and texts[k + 2] in AMINO_ACIDS
    before = k >= 2 and not ws[k - 1] and texts[k - 1] in _HYPHENS and texts[k - 2] in AMINO_ACIDS
    return after or before
