"""Per-record differences between figcap and the existing annotations, with evidence.

For each existing word (all rows of one type sharing a match key), the first rule that
applies wins:

``suspect`` (a)
    A gene word that figcap grounds in the caption only as a non-gene (a MeSH protein or
    enzyme descriptor makes it ``regrounded`` instead). When the
    caption defines the word as an abbreviation (a figcap mention with method
    ``abbreviation`` whose long form, the previous mention with the same identifiers,
    comes earlier), the reason quotes the definition: ``LHb is defined in the caption as
    lateral habenula (brain region)``.
``suspect`` (a, glossary)
    A gene word figcap does not tag, defined glossary-style in the caption
    (``PEP, phosphoenolpyruvate;``) by a figcap mention of a non-gene or of another gene.
``suspect`` (b)
    A gene word on the gene stop list (:func:`figcap.resources.pfocr_stop_words`), or a
    common English word not written in capitals, unless figcap grounds it to the same gene.
``regrounded``
    figcap tags the word in the caption with other identifiers (or a PFOCR row has none).
``suspect`` (c)
    figcap does not tag the word in the caption, but grounds the word alone, for the
    record's organisms, as another gene, or as a non-protein chemical or a disease
    (reason (a) wording); a brain region out of context is no evidence (atlas
    abbreviations such as ARF are ambiguous).
``missed``
    The remaining caption-visible rows whose identifier figcap did not find.

Words only in the figure image (OCR) are normal and never suspect without evidence.
figcap mentions whose identifiers and word match no existing annotation are ``added``;
every brain region is ``added`` (PFOCR has none). Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from ..definitions import defined_long_forms, find_long_form
from ..normalize import fold, is_all_caps, match_key, repair_mojibake, strip_plural
from ..resources import common_words, pfocr_stop_words
from ..schema import Mention, Record
from .compare import DIFFERENCE_KINDS, Difference, ExistingRow, compared_type, mention_ids
from .visibility import CaptionIndex, gene_hgnc, snippet

__all__ = [
    "TYPE_NAMES",
    "classify",
    "glossary_definition",
    "is_protein_descriptor",
    "long_form",
    "mention_keys",
]

_GLOSS_SEP = re.compile(r"[ \t]*[,:=][ \t]*")
_GLOSS_END = re.compile(r"[ \t]*(?:[;,.)\]]|$)")
_NAME = re.compile(r"[a-z]{4}")
#: How a mention type is named in reasons and in the report.
TYPE_NAMES: dict[str, str] = {
    "gene": "gene", "family": "gene family", "chemical": "chemical", "disease": "disease",
    "brain_region": "brain region",
}


def mention_keys(m: Mention) -> tuple[str, ...]:
    """Match keys a mention answers to: its text, and its singular (``ERKs`` -> ``ERK``).

    A mention in a caption with UTF-8 mis-decoded as Mac Roman answers as repaired: "G‚ÄêI"
    is the word G-I, as the caption index reads it.
    """
    repaired = repair_mojibake(m.text)
    text = repaired[0] if repaired else m.text
    single = strip_plural(text)
    keys = [match_key(text)] + ([match_key(single)] if single else [])
    return tuple(k for k in dict.fromkeys(keys) if k)


def long_form(m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The mention an abbreviation was defined by: the last earlier non-abbreviation
    mention with the same identifiers, else one right after it (a glossary entry, "MCM,
    methylmalonyl-CoA mutase"); None when ``m`` is not an abbreviation."""
    if m.method != "abbreviation":
        return None
    found = None
    for x in mentions:
        if x.identifiers != m.identifiers or x.method == "abbreviation":
            continue
        if x.end <= m.start:
            found = x
        elif found is None and 0 <= x.start - m.end <= 3:
            return x
    return found


def glossary_definition(word: str, text: str, mentions: Sequence[Mention]
                        ) -> tuple[Mention, tuple[int, int]] | None:
    """A glossary-style definition of ``word`` in ``text``: ``PEP, phosphoenolpyruvate;``.

    Returns figcap's mention that makes up the whole entry after ``word`` and a separator
    (``,`` ``:`` ``=``), up to ``;`` ``,`` ``.`` ``)`` or the end, with the word's span;
    None when there is no such entry. The entry must read as a name (four lower-case
    letters in a row, three characters longer than the word), not as the next item of a
    list such as ``CCA1, LHY, GI, CK2``.
    """
    if not word.strip():
        return None
    starts = {m.start: m for m in mentions}
    for found in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE):
        sep = _GLOSS_SEP.match(text, found.end())
        m = starts.get(sep.end()) if sep else None
        if (m is not None and _GLOSS_END.match(text, m.end) and _NAME.search(m.text)
                and len(m.text) >= len(word) + 3):  # a name, not the next item of a list
            return m, found.span()
    return None


@lru_cache(maxsize=1)
def _grounder():
    from ..grounding import Grounder

    return Grounder()


def _defined_otherwise(word: str, record: Record, ids: set[str], group) -> str:
    """A reason when the caption defines ``word`` ("PTA, phosphotransacetylase;",
    "phosphotransacetylase (PTA)") by a long form figcap does not read as any of the
    existing gene identifiers ``ids``; "" otherwise."""
    from ..grounding import organism_taxa

    grounder = _grounder()
    taxa = organism_taxa(record.organisms)
    own = _own_names(ids)
    for long in defined_long_forms(word, record.caption or ""):
        if _names_own(long, own):
            return ""  # "Shh, sonic hedgehog": SHH's name, whatever figcap makes of it
        choice = grounder.ground_text(long, taxa)
        if choice is not None:
            found, members = grounder.identifiers(choice)
            if ids & (set(found) | set(members)):
                return ""  # the definition names PFOCR's gene
        elif not _name_like(word, long) or "/" in word and ("/" in long or " and " in long):
            # prose after the word ("eIF2α, leading to ..."), or the long forms of a slash
            # pair ("PI3K/AKT, phosphoinositide 3-kinase/protein kinase B") figcap cannot
            # judge
            continue
        symbol = group[0].symbol if group and group[0].symbol else "the PFOCR gene"
        return f"{word} is defined in the caption as {long}, which figcap does not read as {symbol}"
    return ""


def _own_names(ids: set[str]) -> list[str]:
    """Match keys of every name of the genes ``ids`` (NCBI Gene ids)."""
    from ..lexicons import terms_by_concept

    names = terms_by_concept("genes")
    return [match_key(t) for i in ids for t in names.get(gene_hgnc(i) or "", ())]


def _names_own(long: str, own: Sequence[str]) -> bool:
    """Whether a name of the gene starts with ``long``, spelling aside ("serine
    transhydroxymethyltransferase" for SHMT1), a member's number not ("alcohol
    dehydrogenase 2" is not ADH4's "alcohol dehydrogenase 4"), nor the enzyme's substrate
    ("fructose-1,6-diphosphate" is not FBP1's "fructose-1,6-bisphosphatase 1")."""
    key = match_key(long)
    n = len(key)
    return bool(key) and any(fuzz.ratio(key, k[:n]) >= 90
                             and _DIGITS.findall(key) in ([], _DIGITS.findall(k[:n]))
                             and key[-4:] in k[max(0, n - 12): n + 4]  # same last word
                             for k in own)


# Words that open prose rather than a name: "AC, and subsequent cAMP production".
_PROSE = frozenset("a an and as at but by for from in into of on or that the then to via "
                   "which while with respectively".split())


def _name_like(word: str, long: str) -> bool:
    """Whether a long form figcap cannot ground reads as a name: not prose (a function
    word or an "-ing" word first: "including both the classic", but "formaldehyde-activating
    enzyme" is a name), and the word's letters run
    through it (Schwartz-Hearst) or it ends in an enzyme's or protein's head word ("ThrB,
    homoserine kinase")."""
    first = long.split()[0].lower() if long.split() else ""
    if first in _PROSE or (first.endswith("ing") and first.isalpha() and len(first) > 5):
        return False
    return find_long_form(re.sub(r"\d", "", word) or word, long) is not None \
        or _enzyme_head(long)


def _defined_against(word: str, record: Record, ids: set[str], group) -> str:
    """Like :func:`_defined_otherwise`, for a word figcap tags: only a long form figcap
    grounds to no protein class of MeSH (a MeSH supplementary concept is one protein), or
    that reads as an enzyme's name, counts, unless
    a name of the PFOCR gene starts with it, spelling aside ("serine
    hydroxymethyltransferase" is SHMT1's name too; "alcohol dehydrogenase 2" is not
    ADH4's, "alcohol dehydrogenase 4"); prose after a comma ("FAS, DENV
    stimulates ...") is no evidence."""
    from ..grounding import organism_taxa

    grounder = _grounder()
    taxa = organism_taxa(record.organisms)
    own = _own_names(ids)
    symbol = group[0].symbol if group and group[0].symbol else "the PFOCR gene"
    for long in defined_long_forms(word, record.caption or ""):
        if _names_own(long, own):
            return ""  # "serine transhydroxymethyltransferase" is SHMT1's name, spelled so
        choice = grounder.ground_text(long, taxa)
        if choice is None:
            if _enzyme_name(word, long):
                return (f"{word} is defined in the caption as {long}, which figcap does not "
                        f"read as {symbol}")
            continue
        found, members = grounder.identifiers(choice)
        probe = Mention(text=long, start=0, end=0, type=choice.type, identifiers=found,
                        label=choice.label)
        if ids & (set(found) | set(members)) or (
                is_protein_descriptor(probe) and not choice.id.startswith("MESH:C")):
            return ""  # a protein class ("suppressor of cytokine signaling proteins") may
            # hold PFOCR's gene; a supplementary concept is one protein ("secologanin synthase")
        label = f" ({choice.label})" if choice.label.casefold() != long.casefold() else ""
        return f"{word} is defined in the caption as {long}{label}, not {symbol}"
    return ""


_DIGITS = re.compile(r"\d+")
_DESIGNATED = re.compile(r"[\s-]+(?:\d+[a-z]?|[IVX]{1,4})$")
_HEADS = frozenset("protein enzyme factor receptor regulator repressor activator "
                   "transporter subunit complex".split())


def _enzyme_name(word: str, long: str) -> bool:
    """Whether a long form figcap cannot ground still reads as a protein's name: the
    word's letters run through it (Schwartz-Hearst) and it ends in an "-ase" word or a
    protein's head word, before a member's number ("carnitine palmitoyl-transferase-1",
    "receptor-interacting protein 1"); not prose ("which induces the activation of")."""
    if find_long_form(re.sub(r"\d", "", word) or word, long) is None:
        return False
    return _enzyme_head(long)


def _enzyme_head(long: str) -> bool:
    """Whether ``long`` ends in an "-ase" word or a protein's head word, before a member's
    number or letter."""
    head = _DESIGNATED.sub("", long).split()[-1:]
    head = head[0].lower().rsplit("-", 1)[-1] if head else ""
    return head.endswith(("ase", "ases")) or head.removesuffix("s") in _HEADS


def _defined_as(word: str, m: Mention, label: bool = False) -> str:
    kind = TYPE_NAMES.get(m.type, m.type) + (f" {m.label}" if label else "")
    return f"{word} is defined in the caption as {m.text} ({kind})"


def _grounds_as(word: str, m: Mention, mentions: Sequence[Mention]) -> str:
    lf = long_form(m, mentions)
    kind = TYPE_NAMES.get(m.type, m.type)
    if lf is not None:
        return _defined_as(word, dataclasses.replace(lf, type=m.type))
    ident = m.identifiers[0] if m.identifiers else ""
    return f"figcap grounds {word} as {m.label} ({kind}, {ident})"


def _whole(word: str, found: Sequence[Mention]) -> Mention | None:
    return next((m for m in found if m.start == 0 and m.end == len(word)), None)


class _Builder:
    """Collects the differences of one record."""

    def __init__(self, record: Record, index: CaptionIndex) -> None:
        self.record, self.index, self.out = record, index, []

    def add(self, kind: str, type_: str, word: str, rows: Sequence[ExistingRow] = (),
            m: Mention | None = None, span: tuple[int, int] | None = None,
            reason: str = "") -> None:
        start, end = span if span is not None else (-1, -1)
        self.out.append(Difference(
            figid=self.record.figid, kind=kind, type=type_, word=word,
            identifiers=tuple(dict.fromkeys(r.id for r in rows if r.id)),
            symbol="|".join(dict.fromkeys(r.symbol for r in rows if r.symbol)),
            figcap_identifiers=m.identifiers if m is not None else (),
            figcap_label=m.label if m is not None else "",
            figcap_type=m.type if m is not None else "",
            start=start, end=end, snippet=snippet(self.index.text, start, end), reason=reason,
        ))


# MeSH trees of proteins, enzymes, peptides, protein complexes and proteoglycans: a gene
# word that figcap grounds to such a descriptor is regrounded, not evidence of a non-gene.
_PROTEIN_TREES = ("D12.644", "D12.776", "D08.244", "D08.811", "D05.500", "D05.750",
                  "D09.400.430", "D23")


def is_protein_descriptor(m: Mention) -> bool:
    """True when a chemical mention's MeSH descriptor is a protein, enzyme or complex."""
    if m.type != "chemical":
        return False
    from ..lexicons import load_concepts

    concepts = load_concepts("chemicals")
    trees: list[str] = []
    for ident in m.identifiers:
        c = concepts.get(ident)
        if c is None:
            continue
        trees += c.attrs.get("tree_numbers", "").split("|")
        for x in c.xrefs:  # a supplementary concept: its mapped descriptors
            if x in concepts:
                trees += concepts[x].attrs.get("tree_numbers", "").split("|")
    trees = [t for t in trees if t]
    return bool(trees) and all(t.startswith(_PROTEIN_TREES) for t in trees)


_Verdict = tuple[str, "Mention | None", "tuple[int, int] | None", str]


def _judge(record: Record, type_: str, word: str, group: Sequence[ExistingRow], ids: set[str],
           same: Sequence[Mention], other: Sequence[Mention], alone: Mention | None,
           mentions: Sequence[Mention]) -> _Verdict:
    """Kind, figcap mention, evidence span and reason for one existing word ("" = none)."""
    if type_ == "gene" and other and not same:
        m = other[0]
        if is_protein_descriptor(m):
            defined = _defined_against(word, record, ids, group) if ids else ""
            if defined:  # "DES, divinyl ether synthase": no desmin, whatever figcap reads
                return "suspect", m, m.span, defined
            why = f"figcap grounds {word} as the MeSH protein descriptor {m.label}"
            return "regrounded", m, m.span, f"{why} ({m.identifiers[0]})"
        why = _grounds_as(word, m, mentions)
        defined = glossary_definition(word, record.caption or "", mentions)
        if long_form(m, mentions) is None and defined is not None and defined[0].type == m.type:
            why = _defined_as(word, defined[0])
        return "suspect", m, m.span, why
    if ids and ids & {i for m in same for i in mention_ids(m)}:
        return "", None, None, ""  # figcap agrees: no evidence against the annotation
    if type_ == "gene" and not (same or other) and ids and alone is not None \
            and ids & set(mention_ids(alone)):
        # figcap reads the word alone as PFOCR's gene but not in this caption: a definition
        # that names no such gene is the reason ("trans-Golgi network (TGN)")
        why = _defined_otherwise(word, record, ids, group)
        return ("suspect", None, None, why) if why else ("", None, None, "")
    if type_ == "gene" and not (same or other):
        defined = glossary_definition(word, record.caption or "", mentions)
        if defined is not None:
            m, span = defined
            t = compared_type(m.type)
            if t != "gene" and not is_protein_descriptor(m):
                return "suspect", m, span, _defined_as(word, m)
            if t == "gene" and not ids & set(mention_ids(m)):
                return "suspect", m, span, _defined_as(word, m, label=True)
    if type_ == "gene" and not (same or other) and ids:
        why = _defined_otherwise(word, record, ids, group)
        if why:
            return "suspect", None, None, why
    if type_ == "gene" and fold(word).upper() in pfocr_stop_words():
        return "suspect", None, None, f"{word} is on the gene stop list"
    if type_ == "gene" and word.lower() in common_words() and not is_all_caps(word) \
            and (word.islower() or word.istitle()):  # "light", "Light"; not "pERK", "LIGHT"
        return "suspect", None, None, f"{word} is a common English word"
    if same and (not ids or not ids & {i for m in same for i in mention_ids(m)}):
        lf = long_form(same[0], mentions) if ids else None
        if lf is not None:  # "MCM, methylmalonyl-CoA mutase": the caption names another gene
            return "suspect", same[0], same[0].span, _defined_as(word, lf, label=True)
        defined = _defined_against(word, record, ids, group) if ids else ""
        if defined:
            # "CPT-1: Carnitine palmitoyl-transferase-1" is no CHPT1, "GAP, glyceraldehyde
            # phosphate" no RASA1, whatever figcap makes of the word
            return "suspect", same[0], same[0].span, defined
        why = f"PFOCR gives {word} no identifier" if not ids else ""
        return "regrounded", same[0], same[0].span, why
    if other and not same:
        m = other[0]
        return ("regrounded", m, m.span,
                f"figcap grounds {word} as {TYPE_NAMES.get(m.type, m.type)}")
    if same or other or alone is None:
        return "", None, None, ""
    t, alone_ids = compared_type(alone.type), set(mention_ids(alone))
    ident = ", ".join(mention_ids(alone)[:1] or alone.identifiers[:1])
    if type_ == "gene" and t == "brain_region":
        return "", None, None, ""  # an atlas abbreviation out of context is no evidence
    if type_ == "gene" and t != "gene":
        if is_protein_descriptor(alone):
            why = f"figcap grounds the word {word} alone as the MeSH protein descriptor"
            return "regrounded", alone, None, f"{why} {alone.label} ({ident})"
        return "suspect", alone, None, _grounds_as(word, alone, ())
    if t != type_ or (ids and ids & alone_ids):
        return "", None, None, ""
    if not ids:
        why = f"PFOCR gives {word} no identifier; figcap grounds the word alone as"
        return "regrounded", alone, None, f"{why} {alone.label} ({ident})"
    symbols = {r.symbol.upper() for r in group}
    if type_ == "gene" and is_all_caps(word) and _other_case_name(word, ids):
        # a figure's capitals hide the case that tells names apart: "ENOS" is ENO4's alias
        # as written, and eNOS, NOS3's, in the figure's lettering
        return "", None, None, ""
    if type_ == "gene" and alone.label.upper() not in symbols:
        # not PFOCR's placeholder "XXX" (organism unknown) as if it were an organism
        known = [o for o in record.organisms if o.strip().upper() != "XXX"]
        orgs = f" for {', '.join(known)}" if known else ""
        why = f"figcap grounds {word} as {alone.label} ({ident}){orgs}"
        return "suspect", alone, None, f"{why}, not {group[0].symbol or 'the PFOCR gene'}"
    why = (f"same symbol {alone.label}, other NCBI Gene id" if type_ == "gene"
           else f"figcap grounds the word alone as {alone.label} ({ident})")
    return "regrounded", alone, None, why


def _other_case_name(word: str, ids: set[str]) -> bool:
    """Whether one of the genes ``ids`` has ``word`` as a name in another case only
    ("eNOS" for NOS3 when the figure says "ENOS"). A rodent's title-case symbol ("Adh3")
    does not count, nor a name after a species prefix ("hSF-1" is human SF-1, and "HSF-1"
    in a figure heat shock factor 1)."""
    from ..lexicons import terms_by_concept

    texts = terms_by_concept("genes")
    folded = word.casefold()
    for ident in ids:
        names = texts.get(gene_hgnc(ident) or "", ())
        if word not in names and any(t.casefold() == folded and not _title_case(t)
                                     and not (t[0] in "hmr" and t[1:2].isupper())
                                     for t in names):
            return True
    return False


def _title_case(text: str) -> bool:
    return text[:1].isupper() and not any(c.isupper() for c in text[1:])


def _one_member(word: str, same: Sequence[Mention], mentions: Sequence[Mention]) -> str:
    """A reason when figcap reads ``word`` as an abbreviation the caption defines by one
    gene's name, so that PFOCR's other genes for the word (a family it expanded) are not
    meant; "" otherwise."""
    lf = long_form(same[0], mentions) if same else None
    if lf is None or lf.type != "gene" or not lf.identifiers:
        return ""
    return (f"{word} is defined in the caption as {lf.text} ({lf.label}), one gene, not "
            "the other genes of its family")


def _in_chemical_names(word: str, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The chemical mention (not a protein) that holds the first occurrence of ``word``
    when every occurrence of it in ``text`` lies inside a longer chemical name figcap
    reads ("cis" of "(+)-cis-isopulegone", "ST-4" of "notoginsenoside ST-4"); else None."""
    chems = [m for m in mentions if m.type == "chemical" and not is_protein_descriptor(m)]
    if not chems or not word:
        return None
    first = None
    for found in re.finditer(re.escape(word), text):
        a, b = found.span()
        holder = next((m for m in chems if m.start <= a and b <= m.end
                       and (m.start, m.end) != (a, b)), None)
        if holder is None:
            return None
        first = first or holder
    return first


_DOMAIN_AFTER = re.compile(r"(?:\s+|-like\s+)(?:domains?|motifs?|repeats?|homology)\b",
                           re.IGNORECASE)


def _domain_name(word: str, text: str) -> bool:
    """Whether every occurrence of ``word`` names a protein domain, as figcap's matcher reads
    it: "its central TPR domain", "EGF repeats", "the Neh2 domain", "EGF-like repeats"."""
    found = False
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", text):
        if not _DOMAIN_AFTER.match(text, m.end()):
            return False
        found = True
    return found


def _carbon_count(word: str, text: str, mentions: Sequence[Mention]) -> bool:
    """Whether every occurrence of ``word``, a "C" and a number, counts carbons as figcap's
    matcher reads them (:mod:`figcap.ner.carbon_counts`): before a chemical or a word for
    molecules ("C40 carotenoid", "C5 sugar"), joined to another count ("C6-C3"), or in
    brackets after a chemical or a class of molecules ("monoterpenes (C10)", "(GDP, C10)")."""
    from ..ner.carbon_counts import _CLASS_END, _COUNT, _MOLECULE_WORDS

    if not _COUNT.match(word):
        return False
    starts = {m.start for m in mentions if m.type == "chemical"}
    ends = {m.end for m in mentions if m.type == "chemical"}
    found = False
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", text):
        a, b = m.span()
        after = re.match(r"\s*(\S+?)(?=[\s,;.)]|$)", text[b:])
        nxt = after.group(1).lower() if after else ""
        joined = re.match(r"(?:-|\s+to\s+)C\d", text[b:]) or re.search(
            r"C\d{1,2}(?:-|\s+to\s+)\Z", text[:a])
        chem_next = after is not None and b + after.start(1) in starts
        bracket = re.search(r"\(\s*(?:[\w-]+,\s*)?\Z", text[:a]) is not None \
            and text[b:].lstrip().startswith(")")
        if bracket:
            before = text[: a].rsplit("(", 1)[0].rstrip()
            bracket = len(before) in ends or before.lower().endswith(_CLASS_END)
        if not (joined or chem_next or nxt in _MOLECULE_WORDS or bracket):
            return False
        found = True
    return found


def _missed_but_wrong(word: str, seen: ExistingRow, same: Sequence[Mention], text: str,
                      mentions: Sequence[Mention],
                      ) -> tuple[Mention | None, tuple[int, int], str] | None:
    """``(figcap's mention or None, span, reason)`` when a caption-visible gene row figcap
    did not find is probably wrong (a suspect, not a miss); else None."""
    one = _one_member(word, same, mentions)
    if one:
        # "ENO, Enolase 2": the caption's ENO is ENO2, not the rest of the family
        return same[0], same[0].span, one
    s, e = seen.span
    written = text[s:e]
    inside = _in_chemical_names(written, text, mentions) if not seen.via_synonym else None
    if inside is not None:
        why = f"{written} occurs in the caption only inside the chemical name {inside.text}"
        return inside, inside.span, why
    if _domain_name(written, text):
        return None, seen.span, f"{written} names a protein domain in the caption"
    if _carbon_count(written, text, mentions):
        return None, seen.span, f"{written} counts the carbons of a molecule in the caption"
    return None


def _missed_reason(row: ExistingRow, mentions: Sequence[Mention], text: str) -> str:
    """Why a caption-visible row may have been missed: a synonym, or inside a longer mention."""
    assert row.span is not None
    s, e = row.span
    parts = [f"in the caption as {text[s:e]!r}"] if row.via_synonym else []
    outer = next((m for m in mentions if m.start <= s and e <= m.end and m.span != (s, e)),
                 None)
    if outer is not None:
        kind = TYPE_NAMES.get(outer.type, outer.type)
        parts.append(f"only inside figcap's mention {outer.text!r} ({kind} {outer.label})")
    return "; ".join(parts)


def classify(
    record: Record,
    index: CaptionIndex,
    mentions: Sequence[Mention],
    rows: Mapping[str, Sequence[ExistingRow]],
    word_groundings: Mapping[str, Sequence[Mention]],
) -> tuple[list[Difference], list[str]]:
    """The differences of one record, and the status of each of figcap's mentions.

    Returns
    -------
    differences : list of Difference
        Sorted by caption position (words not in the caption last), then kind.
    status : list of str
        Aligned with ``mentions``: ``agree``, ``added``, ``regrounded``, ``suspect`` or
        ``unscored``.
    """
    b = _Builder(record, index)
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        for k in mention_keys(m):
            by_key.setdefault(k, []).append(m)
    pred: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for m in mentions:
        t = compared_type(m.type)
        pred.setdefault(t, set()).update(mention_ids(m))
        words.setdefault(t, set()).update(mention_keys(m))
    flagged: dict[str, str] = {}  # mention key -> suspect | regrounded
    regrounded_ids: set[str] = set()
    for type_, trows in rows.items():
        groups: dict[str, list[ExistingRow]] = {}
        for r in trows:
            groups.setdefault(r.key or r.word, []).append(r)
        reported: set[str] = set()
        for key, group in groups.items():
            word, ids = group[0].word, {r.id for r in group if r.id}
            found = by_key.get(key, [])
            same = [m for m in found if compared_type(m.type) == type_]
            other = [m for m in found if compared_type(m.type) != type_]
            first = next((r.span for r in group if r.span is not None and not r.via_synonym),
                         None)
            alone = _whole(word, word_groundings.get(word, ()))
            kind, m, span, reason = _judge(record, type_, word, group, ids, same, other, alone,
                                           mentions)
            if kind:
                b.add(kind, type_, word, group, m, span if span is not None else first, reason)
                if kind == "regrounded" and any(m is x for x in found):
                    regrounded_ids.update(mention_ids(m))
                for k in (key, *(k for m in found for k in mention_keys(m))):
                    flagged.setdefault(k, kind)
                continue
            missed = [r for r in group if r.span is not None and (
                (r.id and r.id not in pred.get(type_, ()) and r.id not in reported)
                or (not r.id and r.key not in words.get(type_, ())))]
            if missed:
                reported.update(r.id for r in missed)
                seen = missed[0]
                wrong = _missed_but_wrong(word, seen, same, index.text, mentions) \
                    if type_ == "gene" else None
                if wrong is not None:
                    m, span, why = wrong
                    b.add("suspect", type_, word, missed, m, span, why)
                    flagged.setdefault(key, "suspect")
                    continue
                s, e = seen.span
                if type_ == "gene" and (seen.via_synonym or index.text[s:e] != word):
                    # seen under a synonym or in another case ("ADH" for "ADH,(0;0;0;2;6)",
                    # "CS" for "Cs"): judge the caption's word ("ADH, aldehyde dehydrogenase"
                    # names no alcohol dehydrogenase)
                    kind, m, span, reason = _judge(record, type_, index.text[s:e], group, ids,
                                                   (), (), None, mentions)
                    if kind == "suspect":
                        b.add(kind, type_, word, missed, m, span or seen.span, reason)
                        flagged.setdefault(key, kind)
                        continue
                b.add("missed", type_, word, missed, None, seen.span,
                      _missed_reason(seen, mentions, index.text))
    status = _added(b, mentions, rows, flagged, regrounded_ids)
    order = {k: i for i, k in enumerate(DIFFERENCE_KINDS)}
    b.out.sort(key=lambda d: (d.start < 0, d.start, order[d.kind], d.type, d.word,
                              d.identifiers))
    return b.out, status


def _added(b: _Builder, mentions: Sequence[Mention], rows: Mapping[str, Sequence[ExistingRow]],
           flagged: Mapping[str, str], regrounded_ids: set[str]) -> list[str]:
    """Add the ``added`` differences; return the status of each mention."""
    gold_ids = {t: {r.id for r in rs if r.id} for t, rs in rows.items()}
    gold_words = {t: {r.key for r in rs if r.key} for t, rs in rows.items()}
    status: list[str] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for m in mentions:
        t, keys, ids = compared_type(m.type), mention_keys(m), set(mention_ids(m))
        flag = next((flagged[k] for k in keys if k in flagged), "")
        if t == "brain_region":
            s = flag or "added"
            if (t, m.identifiers) not in seen:
                seen.add((t, m.identifiers))
                b.add("added", t, m.text, (), m, m.span, "")
        elif t not in rows:
            s = "unscored"
        elif flag:
            s = flag
        elif ids & gold_ids[t] or set(keys) & gold_words[t]:
            s = "agree"
        elif ids & regrounded_ids:
            s = "regrounded"
        else:
            s = "added"
            if (t, m.identifiers) not in seen:
                seen.add((t, m.identifiers))
                b.add("added", t, m.text, (), m, m.span, "")
        status.append(s)
    return status
