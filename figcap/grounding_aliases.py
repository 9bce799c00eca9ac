"""Which gene a shared alias names, when the text or the sources settle it.

Used by :class:`figcap.grounding.Grounder` for a text that is an alias, synonym or
previous symbol of several genes: a mixed case that only one gene has as written
(:func:`mixed_case`), or an alias that HGNC and NCBI agree on against other genes' old
symbols (:func:`backed_alias`), or FamPlex's grounding map in another case (:func:`case_mapped`).
"""

from __future__ import annotations

__all__ = ["backed_alias", "case_mapped", "mixed_case"]


def backed_alias(ranked, prev):
    """The rows of the one other gene that has a text both as an HGNC alias and as an NCBI
    synonym, where the text is only a previous symbol of the genes in ``prev``: "IL-1ra"
    is IL1RN's alias and synonym, IL1R1's old symbol IL1RA. None when no gene or several,
    or when the text matches that gene no better than the old symbol."""
    old = {r[2].id for r in prev}
    kinds: dict[str, set[str]] = {}
    for r in ranked:
        t = r[2]
        if t.lexicon == "genes" and not t.organism and t.id not in old:
            kinds.setdefault(t.id, set()).add(t.kind)
    backed = [i for i, k in kinds.items() if {"alias", "ncbi_synonym"} <= k]
    if len(backed) != 1:
        return None
    rows = [r for r in ranked if r[2].id == backed[0]]
    # and the text is written closer to that alias than to the old symbol: "SCA 2" is as
    # far from LY6E's SCA-2 as from ATXN2's old SCA2, and stays ATXN2
    return rows if min(r[1] for r in rows) < min(r[1] for r in prev) else None


def mixed_case(text: str) -> bool:
    """Capitals after the first letter and small letters too: "BiP", "pICln", "IkBa"."""
    return any(c.islower() for c in text) and any(c.isupper() for c in text[1:])


def case_mapped(text: str, terms, chosen: str):
    """The gene FamPlex's grounding map gives ``text`` written in another case, when the
    text has a digit and that gene is not ``chosen``, the gene an alias or synonym gave it;
    else None. The map's short entries match only as written ("Mhc" is MYH, "MHC" is not),
    but a numbered symbol in another case is the same name: "Cip1" is CDKN1A (the map's
    CIP1), not SLC12A9, whose alias CIP1 also is; "P16" is CDKN2A (the map's p16), not the
    pseudogene H3P10, whose alias p16 also is. Not an entry with a small letter before
    capitals, a prefix of its own: the map's "rSK1" (a rat channel, KCNN1) is no "RSK1"."""
    if not any(c.isdigit() for c in text):
        return None
    key = "".join(c for c in text if c.isalnum()).lower()
    mapped = {t.id: t for t in terms if t.kind == "grounding_map" and t.lexicon == "genes"
              and not t.organism and t.text != text
              and not (t.text[:1].islower() and t.text[1:2].isupper())
              and "".join(c for c in t.text if c.isalnum()).lower() == key}
    if len(mapped) != 1 or chosen in mapped:
        return None
    return next(iter(mapped.values()))
