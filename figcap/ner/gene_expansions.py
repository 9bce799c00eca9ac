"""Names that open with a cytokine's short form: "IL-1 receptor antagonist", "IFN regulatory
factor 3", "IL-1 receptor-associated kinase 1", "IL-6 signal transducer".

Gene names spell the cytokine out ("interleukin 1 receptor antagonist", IL1RN; "interferon
regulatory factor 3", IRF3), while texts write its short form. The lexicon knows some of
these as written ("IL-1 receptor accessory protein"), not all; the matcher then stops at
the part it knows ("IL-1 receptor", IL1R1) or reads MeSH's heading as a chemical.
:func:`spelled_out_names` tries, at each short form IL, IFN, TNF or TGF that opens a
mention, the longer spans of the same sentence (up to :data:`MAX_TOKENS` tokens) with the
short form spelt out: the longest that names a gene by its approved name, or by a
designation or an NCBI synonym with a number ("IL-6 signal transducer"; not "IFN
receptor"), replaces the mentions inside it. A span that ends in a participle is an
adjective ("TGF-beta-induced signaling"). A chemical reading of the mention's own span
(MeSH's "Interferon Regulatory Factor-3") yields to the gene as well.
"""

from __future__ import annotations

from ..grounding import Grounder
from .mentions import _GENE_ONLY, make_mention
from .tokview import TokView

__all__ = ["MAX_TOKENS", "spelled_out_names"]

#: Longest span tried, in tokens ("IL-1 receptor - associated kinase 1": 7 tokens).
MAX_TOKENS = 8
_SPELLED = {"IL": "interleukin", "IFN": "interferon", "TNF": "tumor necrosis factor",
            "TGF": "transforming growth factor"}
_NAME_KINDS = frozenset({"name", "designation", "ncbi_synonym", "variant"})
_STOPS = frozenset({".", ",", ";", ":", "(", ")", "[", "]", "/", "and", "or"})


def spelled_out_names(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with the names that open with a spelt-out short form (module docstring)
    as gene mentions."""
    texts, n = tv.texts, len(tv.texts)
    starts = [k for k, (i, _j, m) in enumerate(placed)
              if texts[i] in _SPELLED and m.type in ("gene", "family", "chemical")]
    if not starts:
        return placed
    out = list(placed)
    drop: set[int] = set()
    extra = []
    for k in starts:
        i, j, m = placed[k]
        if k in drop:
            continue
        short = texts[i]
        # the tokens after the mention, up to the sentence's or list's next break
        end = j
        while end < n and end - i < MAX_TOKENS and texts[end] not in _STOPS:
            end += 1
        for e in range(end, j - 1, -1):
            if e == j and m.type != "chemical":
                break  # the mention's own span: a gene or family reading stands
            last = texts[e - 1]
            if e > j and (not last.isalnum() or last.endswith("ed")):
                continue  # "TGF-beta-induced signaling", "IFN receptor-mediated": adjectives
            span = tv.span_text(i, e)
            spelled = _SPELLED[short] + span[len(short):]
            choice = grounder.ground_text(spelled, taxa, types=_GENE_ONLY)
            if choice is None or choice.kind not in _NAME_KINDS or (
                    choice.kind != "name" and not any(map(str.isdigit, span))):
                continue  # NCBI's "interferon receptor" names no one gene
            inside = [q for q in range(k, len(placed)) if placed[q][0] < e]
            if any(placed[q][1] > e for q in inside):
                continue  # a mention goes on past the span
            drop.update(inside)
            extra.append((i, e, make_mention(tv, i, e, choice, "normalised", 0.9, grounder)))
            break
    if not extra:
        return placed
    out = [p for q, p in enumerate(out) if q not in drop] + extra
    return sorted(out, key=lambda p: (p[0], p[1]))
