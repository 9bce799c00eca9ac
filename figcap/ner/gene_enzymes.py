"""Enzyme names against gene readings, for the lexicon matcher.

- :func:`other_enzyme`: "pyruvate decarboxylase (PDC)" names an enzyme the gene PDC is not;
- :func:`one_enzyme`: "O-methyltransferase" is one enzyme, not the whole class.

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
:mod:`figcap.ner.gene_rules` uses the enzyme words of long forms read here
(:func:`_enzyme_word`, :func:`_glossary_enzymes`) to drop gene readings of short forms.
"""

from __future__ import annotations

import re

from ..definitions import is_short_form
from .mentions import _GENE_TYPES
from .tokview import TokView

__all__ = [
    "one_enzyme",
    "other_enzyme",
]


_NAME_WORD = re.compile(r"[a-z0-9]{4,}")


def other_enzyme(tv: TokView, li: int, lj: int, choice) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` names an enzyme ("pyruvate
    decarboxylase", "fructose-1,6-biphosphate aldolase", "isochorismate synthase 1") that
    the gene of ``choice`` is not: none of the gene's names holds the enzyme word, and its
    approved name shares no word with the long form. Such a short form is not that gene
    (PDC, phosducin; FBA, an alias of FBXO3; ICS1, of DNAI1), but "PTGDS,
    prostaglandin-H2 D-isomerase" is PTGDS, prostaglandin D2 synthase, and "GSNO
    reductase (GSNOR)" ADH5, which has that name. A gene whose names hold the enzyme word
    is still another enzyme when the substrate words of the long form, in small letters,
    are in none of its names: "taxadiene synthase (TXS)" is no TBXAS1 (thromboxane
    synthase), "ent-kaurenoic acid oxidase (KAO)" no AOC1 (kidney amine oxidase).
    Families and other long forms pass."""
    last = _enzyme_word(tv, li, lj)
    if choice.type != "gene" or not last:
        return False
    from ..lexicons import NAME_WORD, concept_enzymes, concept_name_words, concept_names

    name = concept_names("genes").get(choice.id, ("", ""))[1].lower()
    enzyme = last.removesuffix("s")
    if enzyme in name or any(enzyme in w for w in concept_enzymes("genes").get(choice.id, ())):
        # "activin-like kinase 5" (ALK5) is TGFBR1, "ALK-5 kinase" one name
        # words in small letters, read as the gene's name words are (not "GSNO", a short form)
        substrate = set(NAME_WORD.findall(tv.span_text(li, lj))) - {last, enzyme}
        return bool(substrate) and not _shares_word(
            substrate, concept_name_words("genes").get(choice.id, ()))
    words = set(_NAME_WORD.findall(tv.span_text(li, lj).lower()))
    return not words & set(_NAME_WORD.findall(name))


def _shares_word(words: set[str], names: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` is one of a gene's name words ``names`` or the same word
    written otherwise: one holds the other and the shorter has five letters or more ("IL-1
    receptorassociated kinase" is IRAK1, "phospho-mevalonate kinase" PMVK), or they share
    their first eight letters ("asparagine endopeptidase" is LGMN, asparaginyl
    endopeptidase)."""
    for w in words:
        for n in names:
            short, long_ = (w, n) if len(w) <= len(n) else (n, w)
            if short == long_ or len(short) >= 5 and short in long_ \
                    or len(short) >= 8 and short[:8] == long_[:8]:
                return True
    return False


_DESIGNATOR = re.compile(r"\d{1,2}[a-z]?|[IVX]{1,4}|[A-Z]")


def _enzyme_word(tv: TokView, li: int, lj: int) -> str:
    """The "-ase" word that ends the long form at tokens ``li`` to ``lj``, lower-cased, before
    a member's number or letter ("isomerase 2", "synthase II"); "" when there is none."""
    k = lj - 1
    if k > li and _DESIGNATOR.fullmatch(tv.texts[k]):
        k -= 1
    last = tv.texts[k].lower()
    return last if last.endswith(("ase", "ases")) and (
        len(last) >= 6 or last in ("lyase", "lyases")) else ""  # "pyruvate formate-lyase"


_GLOSS_SEPARATORS = frozenset({":", ",", "="})
_GLOSS_ENDS = frozenset({";", ",", ".", ")"})


def _glossary_enzymes(tv: TokView, proposals, defs) -> list[tuple[str, tuple[int, int]]]:
    """Glossary entries "SYMBOL: enzyme name" whose symbol is a gene reading and whose name
    ends in an "-ase" word ("LEU2: 3-isopropylmalate dehydrogenase,"): a gene's own name
    need not abbreviate its enzyme, so these are not definitions figcap reads, but the
    enzyme still says what the symbol is not (:func:`other_enzyme`). An entry starts the
    text or follows a separator, as glossaries do, and its name ends before a qualifier in
    brackets ("DAK: dihydroxyacetone kinase (EC 2.7.1.29)", "OGD, oxoglutarate
    dehydrogenase (succinyl-transferring)"). A gene named by the end of the name (OGDH) is
    the entry's, not another item of a list; when it is the symbol's own gene ("JAK2, janus
    kinase 2") the entry says nothing against it."""
    texts, n = tv.texts, len(tv.texts)
    seps = {k for sep in _GLOSS_SEPARATORS for k in tv.positions(sep) if 0 < k < n - 1}
    if not seps:
        return []
    # one-token gene readings followed by a separator: the symbols an entry may start with
    starts = [p for p in proposals if p[2] in seps and p[2] - p[1] == 1 and p[3].type == "gene"]
    if not starts:
        return []
    known = {short for short, _span in defs}
    genes: dict[int, tuple[int, str]] | None = None
    out = []
    for p in starts:
        i, j = p[1], p[2]
        short = texts[i]
        if short in known or not (i == 0 or texts[i - 1] in _GLOSS_ENDS | {":"}) \
                or not is_short_form(short) or short.islower() or short.istitle() \
                and not any(c.isdigit() for c in short):
            continue
        end = _entry_end(tv, j + 1)
        if end - j <= 2 or texts[j + 1] in ("and", "or") or not _enzyme_word(tv, j + 1, end):
            continue
        # a list goes on with another name ("mdm2, Akt and MAP kinases"), a glossary
        # with a description; after a comma, an entry ends where a list item cannot
        # ("ceramidases, ASAH, sphingosine kinases, for ...")
        inside = range(j + 1, end)
        after = _after_bracket(texts, end)
        if texts[j] == "," and (after >= n or texts[after] == ","):
            continue  # "MxA, ribonuclease L (RNaseL), 2'-5'-oligoadenylate synthetase"
        if genes is None:
            genes = {q[1]: (q[2], q[3].id) for q in proposals if q[3].type in _GENE_TYPES}
        named = [genes[k] for k in inside if k in genes]
        if all(stop >= end and cid != p[3].id for stop, cid in named) \
                and not any(texts[k] in _GLOSS_SEPARATORS for k in inside):
            out.append((short, (j + 1, end)))
    return out


def _entry_end(tv: TokView, k: int) -> int:
    """Where the glossary name that starts at token ``k`` ends: at an entry's end, before a
    qualifier in brackets, or after eight words. A bracket inside a chemical's name
    ("4-(cytidine 5'-diphospho)-2-C-methyl-D-erythritol kinase") is part of the name."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    depth = words = 0
    while k < n and words < 8:
        t = texts[k]
        if t == "(" and k and not ws[k - 1] and not (k + 1 < n and texts[k + 1][:1].isdigit()):
            depth += 1  # not an EC number: "Sucrose phosphate monophosphatase(3.1.3.24);"
        elif t == ")" and depth:
            depth -= 1
        elif t in _GLOSS_ENDS or t == "(":
            break
        words += bool(ws[k])
        k += 1
    return k


def _after_bracket(texts: list[str], k: int) -> int:
    """The token after the bracket that opens at ``k`` and closes within twelve tokens, or
    ``k`` itself when no bracket opens there."""
    if k < len(texts) and texts[k] == "(":
        for m in range(k + 1, min(k + 13, len(texts))):
            if texts[m] == ")":
                return m + 1
    return k


#: Atoms whose locant ("3-O", "N6-") names where a transferase acts.
_POSITION_ATOMS = frozenset({"C", "N", "O", "S"})

#: Members of a family broad enough that a substrate before its word picks one enzyme.
_BROAD_CLASS = 20


def one_enzyme(tv: TokView, placed):
    """A family read from the word of a broad enzyme class ("methyltransferase", 65 genes)
    that a substrate or a position opens is one enzyme the lexicons do not know, not the
    whole class: "coclaurine-N-methyltransferase", "O-methyltransferase", "sterol
    methyltransferase" (a chemical right before it), "caffeoyl-CoA 3-O methyltransferase"
    (a locant). Those mentions go, with a short form they define ("O-methyltransferase
    (OMT)"). A small family's word keeps its reading: "fructose 1,6-diphosphate aldolase"
    is ALDO, "6-phosphofructokinase" PFK. "catechol O-methyltransferase" is a name the
    lexicons have as a whole, matched before this."""
    texts, ws = tv.texts, tv.ws
    chem_ends = {j for _i, j, m in placed if m.type == "chemical"
                 and not m.source.startswith(("protein_mesh", "peptide_mesh"))}
    drop: set[int] = set()
    shorts: set[tuple[str, tuple[str, ...]]] = set()
    for n, (i, j, m) in enumerate(placed):
        head = texts[j - 1].lower()
        if m.type != "family" or not head.endswith(("ase", "ases")) or len(head) < 8 \
                or len(m.members) <= _BROAD_CLASS:
            continue
        k = i
        if j - i == 3 and len(texts[i]) == 1 and texts[i].isupper() and texts[i + 1] == "-" \
                and not ws[i] and not ws[i + 1]:
            k = i + 2  # "O-methyltransferase": a position, then the class word
        elif j - i != 1:
            continue
        opened = k > i or (i > 0 and not ws[i - 1] and texts[i - 1] == "-") \
            or (i > 0 and ws[i - 1] and i in chem_ends) \
            or (i > 1 and ws[i - 1] and texts[i - 1] in _POSITION_ATOMS
                and texts[i - 2] == "-" and not ws[i - 2])  # "caffeoyl-CoA 3-O methyltransferase"
        if not opened:
            continue
        drop.add(n)
        if j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")":
            shorts.add((texts[j + 1], m.identifiers))
    if not drop:
        return placed
    return [p for n, p in enumerate(placed) if n not in drop
            and not (p[2].method == "abbreviation" and (p[2].text, p[2].identifiers) in shorts)]
