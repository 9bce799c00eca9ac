"""A family's name with a word in front that only one member's names use names that member.

"kappa opioid receptor" is OPRK1 (of the opioid receptors, only OPRK1's names say
"kappa"), "skeletal muscle glycogen synthase" GYS1 ("glycogen synthase, muscle"), "Muscle
phosphoglycerate mutase" PGAM2: the matcher finds the family's name, and the word before it
picks the member. The word must be a word of the member's names and designations (small
letters, four or more, not a generic protein word: :func:`~figcap.ner.gene_senses.names_gene`
reads them) and of no other member's; a Greek letter's name counts ("alpha", "kappa").
"""

from __future__ import annotations

import re

from ..grounding import Grounder
from .gene_senses import member_with_word
from .mentions import make_mention
from .tokview import TokView

__all__ = ["qualified_members"]

_GENE_ONLY = frozenset({"gene"})
_QUALIFIER = re.compile(r"[A-Za-z][a-z]{3,}")
# Words of grammar, which a designation may use ("associated with ..."), never a qualifier.
_FUNCTION_WORDS = frozenset({
    "with", "from", "into", "onto", "upon", "over", "under", "than", "that", "this", "these",
    "those", "their", "there", "both", "each", "some", "many", "most", "more", "less", "were",
    "been", "have", "also", "only", "such", "when", "then", "what", "which", "where", "while",
    "within", "without", "between", "among", "via"})


def qualified_members(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with each family mention that a word before it narrows to one member
    read as that member, over both (module docstring)."""
    texts, ws = tv.texts, tv.ws
    taken = {k for i, j, _m in placed for k in range(i, j)}
    out = None
    for n, (i, j, m) in enumerate(placed):
        if m.type != "family" or i == 0 or not m.members or not ws[i - 1] \
                or (i - 1) in taken or not _QUALIFIER.fullmatch(texts[i - 1]) \
                or texts[i - 1].lower() in _FUNCTION_WORDS:
            continue
        gene = member_with_word(m.members, texts[i - 1].lower(), m.text)
        if gene is None:
            continue
        choice = grounder.ground_text(gene, taxa, types=_GENE_ONLY)
        if choice is None or choice.kind != "symbol":
            continue
        if out is None:
            out = list(placed)
        out[n] = (i - 1, j, make_mention(tv, i - 1, j, choice, "normalised", 0.9, grounder))
    return placed if out is None else out
