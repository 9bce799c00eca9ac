"""A gene alias right before an enzyme word is the enzyme's substrate: "APS reductase".

"APS" is an alias of KLK3 (prostate-specific antigen), but "APS reductase" reduces
adenosine 5'-phosphosulfate; "ACC oxidase" oxidises 1-aminocyclopropane-1-carboxylic acid,
not ACACA. :func:`substrate_aliases` drops the gene reading of a one-word alias or previous
symbol (not an approved symbol: "eEF2 kinase" is the kinase of EEF2) that an "-ase" word follows when none
of the gene's names holds that word (a gene named for the enzyme keeps it).
"""

from __future__ import annotations

from ..grounding import AMBIGUOUS_KINDS
from ..lexicons import concept_enzymes
from ..resources import common_words

__all__ = ["substrate_aliases"]

_WEAK = AMBIGUOUS_KINDS | {"prev"}  # an alias or old symbol, not the approved one


def substrate_aliases(tv, placed):
    """``placed`` without gene readings of aliases that name an enzyme's substrate."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    drop = set()
    starts = {i for i, _j, _m in placed}
    for p in placed:
        i, j, m = p
        if j - i != 1 or j >= n or not ws[i] or m.type != "gene" or m.source not in _WEAK:
            continue
        word = texts[j].lower()
        if not word.endswith(("ase", "ases")) or len(word) < 7 or j in starts \
                or word in common_words():
            # no enzyme ("releases", "increase"; "kinase" names the gene's kinase too: "MAP
            # kinase"), or a name of its own ("GSNO reductase")
            continue
        enzyme = word.removesuffix("s")
        gene = m.identifiers[0] if m.identifiers else ""
        # the same kind of enzyme: "endonuclease" for an "endoribonuclease" (IRE1)
        if not any(w.endswith(enzyme[-7:]) for w in concept_enzymes("genes").get(gene, ())):
            drop.add(id(p))
    return [p for p in placed if id(p) not in drop] if drop else placed
