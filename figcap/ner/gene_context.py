"""Mentions that the text around them shows to be genes, or not to be.

:func:`gene_context` applies the rules below.

:func:`defined_name_tails`: "interleukin (IL)-6", "interferon regulatory factor (IRF)3",
"plasminogen activator inhibitor (PAI)-1", "macrophage inflammatory protein (MIP)-1 alpha"
define a short form and go on with the rest of a name: the whole is the gene that the short form with that tail names
(IL-6, PAI-1, MIP-1 alpha), not the family or the other gene the long form alone reads as.

:func:`disease_genes`: a short form read as a disease and followed by "gene" or "locus"
names the gene ("the Rb gene", "the entire NF1 gene" after "neurofibromatosis type 1
(NF1)", "The EDA gene" after "ectodermal dysplasia (EDA)"), when its text grounds to one.

:func:`not_genes` drops a gene or family mention that is

- a relative named after the gene: "Sry-related transcription factor", "DFF45-like
  effector", "MAD-related protein" name kin of Sry, DFF45 and MAD (a name the lexicon has
  as a whole, "TNF-related apoptosis-inducing ligand", "Krüppel-like factor 4", is matched
  as a whole before this rule and never seen here);
- a chromosome band or a rearrangement written in cytogenetic notation: "p16" of
  "2p15-p16", "p11.2" of "t(X;18)(p11.2;q11.2)", "t(1;3)", "der(1)";
- an amino-acid residue: "Met" of "Val158Met", "Val(158)Met" or "Met-11";
- a figure reference: "Fig 1" (an alias of IL4I1 once the space is dropped);
- a gene's name that names its family: "the EPH family of receptors", "the nerve growth
  factor (NGF) family", "the TNF superfamily" (a FamPlex family by that name is matched
  as a whole before this rule: "p53 family");
- a name without a number that a hyphen and a member's number continue into a name the
  lexicons do not know: "HCC-4" (not HYCC1's alias HCC), "hMAD-4", "ICH-1L";
- a quantity given a value: "(tau = 13 ms)" (MAPT's alias), "(R (2)=0.94)", the first
  part of a compound's code: "U50,488" (SNORD50A's alias U50), a tool's name: "the GRAIL
  and GENEFINDER programs", "MDS plot", an exon before a variant's position: "e12/1236T",
  a membrane anchor: "GPI-anchored", or a bacterial toxin: "C3 botulinum toxin";
- a plural name of three words or more: "neuronal cell adhesion molecules" (a class, not
  NRCAM alone);
- a virus's protein: an alias, previous symbol or synonym right after a virus's name,
  as "HIV-1 gp120" (not ITIH4's synonym GP120), "EBV LMP1" (not PDLIM7), "adenoviral E1A"
  (not DHTKD1); "HIV CCR5" keeps CCR5;
- the rest of a word that a Greek letter and a hyphen open, when it is an alias, previous
  symbol or synonym: "α-SMA" (alpha smooth muscle actin, not SMN1's old symbol SMA),
  "α-ALD" (not ABCD1's ALD); "γ-H2AX" keeps H2AX, "TGF-β-TβRI" keeps TβRI;
- a developmental stage in a text about development: an end of a rising range of
  postnatal or embryonic days ("P25-P26", "P60-80", "P27 until P32", "E12.5 through E14";
  not CDKN1B, H3P22 or NPAT) or one listed beside another stage that is no gene mention
  ("(P0), P14, and P18");
- a codon or short DNA sequence where the words around it say so: "triplet repeats (GCT;
  alanine)" (QPCT's alias), "a GAC-->AAC transition" (GLS, GLYAT), "the TTG haplotype";
- a cell line or kind of cell: an alias, previous symbol or synonym (not an approved
  symbol) right before "cells", as "THP-1 cells" (an alias of GLI2), "PC-3 cells" (MSMP),
  "BRL cells" (BRD1), also first in a list of cell lines: "PC-3 and DU145 cells"; "CD4
  cells" keep CD4. Any gene reading that a hyphen and a code with a digit continue into
  a cell line's name: "BRL-3A cells", "MOLT-4 cells", and a code with a digit after a
  cell line's first part and a hyphen: "Weri-Rb1 cells".
- a disease or procedure named by its abbreviation before the people it concerns: an
  alias, previous symbol or synonym without a digit right before "patients", "families",
  "cases" and the like, as "ARO patients" (autosomal recessive osteopetrosis, not
  CYP19A1's alias ARO), "IVF cases" (not SCN5A's IVF); "BRCA1 carriers" keep BRCA1.

:func:`collagen_chains`: in a text about collagen, "alpha1(V)", "pro-alpha3(V)", "α2(I)"
are the chains of COL5A1, COL5A3, COL1A2.
"""

from __future__ import annotations

import re

from ..definitions import find_long_form
from ..grounding import AMBIGUOUS_KINDS, Grounder
from ..grounding_text import AMINO_ACIDS
from ..normalize import GREEK
from .family_members import greek_chains, greek_members, qualified_members, typed_members
from .gene_greek import latin_greek
from .gene_receptors import ligand_receptors, typed_receptors
from .mentions import _GENE_ONLY, _GENE_TYPES, covered, make_mention, replaced, with_extra
from .tokview import TokView

__all__ = ["collagen_chains", "defined_name_tails", "disease_genes", "gene_context",
           "not_genes"]

_KIN_WORDS = frozenset({"related", "like"})
# What a hyphen adds to a short form to make a name: a number, letter or Greek letter, with
# more of them ("1beta", "β1", "B", "alpha", "1", "kappaB")
_TAIL = re.compile(r"(?:\d{1,3}[A-Za-z]?|[A-Za-z])?(?:%s)?(?:\d{1,2}|[A-Z])?" % "|".join(sorted(
    set(GREEK) | set(GREEK.values()), key=len, reverse=True)), re.IGNORECASE)
_GENE_WORDS = frozenset({"gene", "genes", "locus", "loci"})
# Tokens that close the search window of a long form.
_WINDOW_STOPS = frozenset({".", ";", ":", "(", ")", "[", "]", ","})
_BAND = re.compile(r"[pq]\d{1,2}(?:\.\d{1,2})?")
# what comes before a band: another band and a dash ("2p15-"), a chromosome ("17"), or the
# bracket of a rearrangement's breakpoints ("t(X;18)(")
_BAND_BEFORE = re.compile(r"(?:(?:\d|[XY])[pq]\d+(?:\.\d+)?\s*[-–]\s*|(?:\d|[XY])|\)\()$")
_BAND_AFTER = re.compile(r"\s*;\s*[pq]\d")
_REARRANGEMENT = re.compile(r"(?:t|der|del|dup|inv|ins|add|i)\(", re.IGNORECASE)
_AMINO_ACIDS = frozenset(AMINO_ACIDS)
_RESIDUE_BEFORE = re.compile(r"(?:%s)\(?\d+\)?$" % "|".join(sorted(_AMINO_ACIDS)))
_RESIDUE_AFTER = re.compile(r"-?\d")
_CELLS = frozenset({"cell", "cells"})
_WEAK_KINDS = AMBIGUOUS_KINDS | {"prev"}
_FIGURE = re.compile(r"(?:Fig|FIG|Figure|FIGURE)s?\.?\s+\d{1,2}[A-Za-z]?")


def _kin(tv: TokView, j: int) -> bool:
    """Whether "-related" or "-like" follows the mention ending before token ``j``, also
    past a short form in brackets: "tumor necrosis factor (TNF)-related ligand"."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if j < n and texts[j] == ")":
        j += 1  # "TNF" of "(TNF)-related"
    elif j + 2 < n and texts[j] == "(" and texts[j + 2] == ")" and ws[j - 1]:
        j += 3  # "tumor necrosis factor" of "tumor necrosis factor (TNF)-related"
    return (j + 1 < n and texts[j] == "-" and not ws[j - 1] and not ws[j]
            and texts[j + 1].lower() in _KIN_WORDS)


# A codon or a short DNA sequence, and the words around one that say it is a sequence:
# "triplet repeats (GCT; alanine)", "a GAC-->AAC transition", "the TTG haplotype", "CAG
# repeats", "(ATC sequences)".
_NUCLEOTIDES = re.compile(r"[ACGTU]{3,8}")
_SEQ_NOUNS = (r"(?:repeats?|codons?|triplets?|haplotypes?|sequences?|motifs?|alleles?|"
              r"boxe?s?|tracts?|expansions?|stretch(?:es)?|transitions?|transversions?)")
_SEQ_AFTER = re.compile(r"\s*(?:-*>|→|/)\s*[ACGTU]{3}|\s+" + _SEQ_NOUNS + r"\b")
_SEQ_BEFORE = re.compile(r"(?:[ACGTU]{3}\s*(?:-*>?|→|/)\s*|\b(?:" + _SEQ_NOUNS
                         + r"|trinucleotides?|nucleotides?)\s*\(?)$")


def _sequence(text: str, m) -> bool:
    """Whether mention ``m`` is a codon or a short DNA sequence named in a sequence's
    context (see ``_NUCLEOTIDES``)."""
    core = m.text.lstrip(">-→")
    if not _NUCLEOTIDES.fullmatch(core):
        return False
    return bool(_SEQ_AFTER.match(text, m.end)
                or _SEQ_BEFORE.search(text, max(0, m.end - len(core) - 30),
                                      m.end - len(core)))


def _notation(text: str, m) -> bool:
    """Whether mention ``m`` is a band, a rearrangement, an amino-acid residue, a figure
    reference or a DNA sequence."""
    t = m.text
    if t[:1] in ">-→ACGTU" and _sequence(text, m):
        return True
    if t in _AMINO_ACIDS:
        return bool(_RESIDUE_BEFORE.search(text, max(0, m.start - 12), m.start)
                    or _RESIDUE_AFTER.match(text, m.end))
    if t[:1] in "pq" and _BAND.fullmatch(t):
        before = text[max(0, m.start - 12): m.start]
        return bool(_BAND_BEFORE.search(before)
                    or (before.endswith("(") and _BAND_AFTER.match(text, m.end)))
    if t[:1] == "F" and _FIGURE.fullmatch(t):
        return True
    return "(" in t and bool(_REARRANGEMENT.match(t)) and any(c.isdigit() for c in t)


# A cell line's name goes on after a gene-like first part with a hyphen and a code (a
# number, or a letter and a number; "CD4-CD8" is a pair), and "cells" or "cell line(s)"
# follow it, maybe after more names of the kind:
# "BRL-3A cells", "MOLT-4 cells", "CML-C1, CML-C2, DL-40, and DL-95 cell lines".
_LINE_TAIL = re.compile(r"-(?:\d[A-Za-z0-9]*|[A-Za-z]\d+[A-Za-z]?)(?:,?\s+(?:and\s+|or\s+)?[A-Za-z0-9]+"
                        r"(?:-[A-Za-z0-9]+)+){0,4},?\s+(?:cells?|cell\s+lines?)\b")


# The rest of a cell line's name after its last part: more names of the kind, then "cells"
# or "cell line(s)" ("Weri-Rb1 cells", "CML-C2, DL-40, and DL-95 cell lines").
_LINE_END = re.compile(r"(?:,?\s+(?:and\s+|or\s+)?[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+){0,4},?\s+"
                       r"(?:cells?|cell\s+lines?)\b")
_LINE_HEAD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9]*-$")


_PEOPLE = frozenset({"patient", "patients", "families", "family", "cases", "case", "subjects",
                     "carriers", "probands", "kindreds", "individuals", "cohort", "cohorts"})


def _people(tv: TokView, j: int, m) -> bool:
    """Whether the gene reading ``m``, ending before token ``j``, is a weak one without a
    digit right before a word for the people a disease concerns ("ARO patients")."""
    return (m.type == "gene" and m.source in _WEAK_KINDS and j < len(tv.texts) and tv.ws[j - 1]
            and tv.texts[j].lower() in _PEOPLE and not any(c.isdigit() for c in m.text))


def _cell_line(tv: TokView, j: int, m) -> bool:
    """Whether the gene reading ``m``, ending before token ``j``, names cells: a weak one
    (an alias or the like, or a symbol only the match key reaches) right before "cells"
    ("THP-1 cells", "pre-B cells" for PREB), any one as the first part of a cell line's
    name ("BRL-3A cells")."""
    if tv.text.startswith("-", m.end) and _LINE_TAIL.match(tv.text, m.end):
        return True
    if any(c.isdigit() for c in m.text) and _LINE_HEAD.search(tv.text, max(0, m.start - 12),
                                                               m.start) \
            and _LINE_END.match(tv.text, m.end):
        return True  # the code after a cell line's first part: "Weri-Rb1 cells"
    return ((m.source in _WEAK_KINDS or m.score < 0.95) and j < len(tv.texts)
            and tv.ws[j - 1] and (tv.texts[j].lower() in _CELLS or _listed_cells(tv, j)))


_AND = frozenset({"and", "or", ","})


def _listed_cells(tv: TokView, j: int) -> bool:
    """Whether token ``j`` starts the rest of a list of cell lines, codes with a capital or
    a digit joined by "and", "or" or commas, that ends in "cells": "PC-3 and DU145 cells"."""
    texts, n = tv.texts, len(tv.texts)
    k, joined = j, False
    while k < n and k < j + 7:
        t = texts[k]
        if t.lower() in _CELLS:
            return joined
        if t.lower() in _AND:
            joined = True
        elif not (any(c.isdigit() for c in t) or any(c.isupper() for c in t)) \
                or not t.replace("-", "").isalnum():
            return False
        k += 1
    return False


# A member's number glued by a hyphen to a name: "HCC-4", "hMAD-4", "ICH-1L"; not a
# position ("FAS-670", "IL1B-31T/C").
_NUMBER_TAIL = re.compile(r"-\d{1,2}[A-Za-z]{0,2}(?![\w/-])")


def _numbered(text: str, m) -> bool:
    """Whether gene mention ``m``, letters without a number, goes on with a hyphen and a
    member's number that the lexicons do not know together with it: "HCC-4" names the
    fourth HCC chemokine, not the gene whose alias is HCC. (A family with a member's
    number, "Notch-1C", still covers the member.)"""
    return m.type == "gene" and m.text[-1:].isalpha() \
        and not any(c.isdigit() for c in m.text) and bool(_NUMBER_TAIL.match(text, m.end))


# What makes a gene's name the name of its family: "the EPH family", "the TNF
# superfamily", "the ICE/Ced-3 gene family", "the nerve growth factor (NGF) family".
_FAMILY_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+|-)(?:(?:gene|protein|receptor|"
                           r"cytokine|chemokine|ligand)s?\s+)?(?:super|sub)?famil(?:y|ies)\b",
                           re.IGNORECASE)


# A quantity's value: "(tau = 13 ms)", "(R (2)=0.94)", "K < 0.05".
_VALUE_AFTER = re.compile(r"\s*[=<>\u2264\u2265]\s*[-\u2212]?\d")


# A compound's code goes on past a comma with three digits: "U50,488", "U69,593".
_CODE_AFTER = re.compile(r",\d{3}(?![\d,])")


# What follows a tool's name, not a gene's: "the GRAIL and GENEFINDER programs", "MDS plot";
# a variant's position and base after a slash: "e12/1236T" (exon 12, 1236T); and what
# follows a membrane anchor's name: "GPI-anchored" (glycosylphosphatidylinositol); a
# bacterial toxin's letter and number: "C3 botulinum toxin", "C3 exoenzyme" (not complement C3).
_TOOL_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][A-Za-z0-9-]*)?\s+(?:programs?|software|"
                         r"algorithms?|plots?)\b|/\d{2,5}[ACGT]\b|-anchor(?:ed|s)?\b"
                         r"|\s+(?:component\s+of\s+)?(?:botulinum|exoenzyme)\b")


def _quantity(text: str, m) -> bool:
    """Whether gene mention ``m`` is a quantity given a value, "tau = 13 ms" (a time
    constant, not MAPT), or the first part of a compound's code, "U50,488" (not SNORD50A)."""
    return bool(_VALUE_AFTER.match(text, m.end) or _TOOL_AFTER.match(text, m.end)) or (
        m.text[-1:].isdigit() and bool(_CODE_AFTER.match(text, m.end)))


# A name of three words or more in small letters (the first may be capitalised) whose last
# word is a plural: "neuronal cell adhesion molecules" ("insulin receptors" may be the
# receptor's many copies; a name with a symbol-like word is not matched here).
_PLURAL_NAME = re.compile(r"[A-Za-z][a-z\-]*(?:\s+[a-z][a-z\-]*)+\s+[a-z]+(?<![siuo]s)s")


def _plural_class(m) -> bool:
    """Whether gene mention ``m`` is a plural name of words, naming a class of proteins
    ("neuronal cell adhesion molecules" is not NRCAM alone)."""
    return m.type == "gene" and " " in m.text and bool(_PLURAL_NAME.fullmatch(m.text))


# A virus's name right before a protein's: "HIV-1 gp120", "EBV LMP1", "adenoviral E1A",
# "HPV16 E7" name the virus's proteins, not the human genes that share their aliases.
_VIRUS_BEFORE = re.compile(r"(?<![\w-])(?:HIV|SIV|HTLV|HPV|EBV|KSHV|HHV|HCV|HBV|HCMV|CMV|SV40|"
                           r"[Aa]denoviral|[Aa]denovirus|[Vv]iral)(?:-?\d{1,2}[a-z]?)?[\s-]$")


def _viral(text: str, m) -> bool:
    """Whether gene mention ``m``, a weak reading (an alias or the like), follows a
    virus's name: the virus's protein."""
    return m.type == "gene" and m.source in _WEAK_KINDS \
        and bool(_VIRUS_BEFORE.search(text, max(0, m.start - 14), m.start))


# A Greek letter and a hyphen that open a word: "α-SMA" (alpha smooth muscle actin),
# "α-ALD" (alpha-acetolactate decarboxylase), not the end of another name ("TGF-β-TβRI").
_GREEK_BEFORE = re.compile(r"(?:^|(?<=[\s(\[/]))(?:[\u03b1-\u03c9]|alpha|beta|gamma|delta|kappa)-$")


def _greek_prefixed(text: str, m) -> bool:
    """Whether gene mention ``m``, a weak reading (an alias or the like), is the rest of a
    word that a Greek letter opens: the letter makes another name ("α-SMA" is no SMN1)."""
    return m.type == "gene" and m.source in _WEAK_KINDS \
        and bool(_GREEK_BEFORE.search(text, max(0, m.start - 7), m.start))


# A developmental stage: postnatal day ("P27") or embryonic day ("E12", "E12.5").
_STAGE = re.compile(r"[PE](\d{1,2}(?:\.5)?)")
# A range to or from another stage or day: "P25-P26", "P60-80", "P27 until P32", "E12.5
# through E14"; a list with another stage: "(P0), P14, and P18", "at E12 and E15".
_STAGE_AFTER = re.compile(r"\)?\s*(-|\u2013|to|until|till|through|,|and|or)\s*(?:and\s+)?"
                          r"([PE]?)(\d{1,2}(?:\.5)?)\b")
_STAGE_BEFORE = re.compile(r"\b([PE])(\d{1,2}(?:\.5)?)\)?\s*(-|\u2013|to|until|till|through|,|and|"
                           r"or)\s*(?:and\s+)?$")
# Words of a text about development, where "P14" and "E12" are more likely ages than genes.
_DEVELOPMENT = re.compile(r"postnatal|embryo|pups?\b|neonat|developing|development|gestation"
                          r"|newborn|litter|\bdays?\s+old|\baged?\b|\bE1?\d\.5\b", re.IGNORECASE)
_LISTING = frozenset({",", "and", "or"})


def _stage(text: str, m, genes: frozenset[str]) -> bool:
    """Whether gene mention ``m`` ("P27", "E12") is a developmental stage, in a text about
    development: an end of a rising range of stages or days ("P25-P26", "P60-80", "P27
    until P32") or listed beside another stage that is no gene mention (in ``genes``): "(P0),
    P14, and P18". "P53-P21" and "P21 and P27" (two genes) stay genes."""
    own = _STAGE.fullmatch(m.text)
    if own is None or not _DEVELOPMENT.search(text):
        return False
    letter, number = m.text[0], float(own.group(1))
    after = _STAGE_AFTER.match(text, m.end)
    if after and after.group(2) in ("", letter):
        if after.group(1) not in _LISTING:
            return float(after.group(3)) > number
        if after.group(2) == letter and letter + after.group(3) not in genes:
            return True
    before = _STAGE_BEFORE.search(text, max(0, m.start - 16), m.start)
    if before is None or before.group(1) != letter:
        return False
    if before.group(3) not in _LISTING:
        return float(before.group(2)) < number
    return letter + before.group(2) not in genes


def _family_name(text: str, m) -> bool:
    """Whether gene mention ``m`` names its family: "family" or "superfamily" follows."""
    return m.type == "gene" and bool(_FAMILY_AFTER.match(text, m.end))


def not_genes(tv: TokView, placed):
    """``placed`` without the gene and family mentions the context rules out (module
    docstring)."""
    text = tv.text
    genes = frozenset(m.text for _i, _j, m in placed if m.type in _GENE_TYPES)
    out = [(i, j, m) for i, j, m in placed
           if m.type not in _GENE_TYPES
           or not (_kin(tv, j) or _notation(text, m) or _cell_line(tv, j, m) or _people(tv, j, m)
                   or _numbered(text, m) or _family_name(text, m)
                   or _quantity(text, m) or _plural_class(m) or _viral(text, m)
                   or _greek_prefixed(text, m) or _stage(text, m, genes))]
    return out if len(out) < len(placed) else placed


def disease_genes(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with each one-token disease mention followed by "gene" or "locus" that
    grounds to a gene read as that gene (module docstring)."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    chosen = []
    for k, (i, j, m) in enumerate(placed):
        if m.type != "disease" or j - i != 1 or j >= n or not ws[j - 1] \
                or texts[j].lower() not in _GENE_WORDS:
            continue
        choice = grounder.ground_text(m.text, taxa, types=_GENE_ONLY)
        if choice is not None:
            chosen.append((k, i, j, choice))
    return replaced(tv, placed, chosen, grounder)


def _tail_end(tv: TokView, k: int) -> list[int]:
    """Token ends of the name tails that may start at token ``k``, longest first: "1" and
    "1 alpha" of "1 alpha"."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if k >= n or not texts[k] or not _TAIL.fullmatch(texts[k]):
        return []
    ends = [k + 1]
    if k + 1 < n and ws[k] and texts[k][0].isdigit() and texts[k + 1].lower() in GREEK.values():
        ends.insert(0, k + 2)
    return ends


def _long_form_start(tv: TokView, j: int, short: str, placed_end: dict) -> int | None:
    """First token of the long form that ``short``, in brackets at token ``j``, defines:
    the mention ending at the bracket when it starts with the short form's first letter,
    else the words before the bracket that the short form abbreviates (Schwartz-Hearst)."""
    texts = tv.texts
    before = placed_end.get(j)
    if before is not None and before[2].text[:1].lower() == short[:1].lower():
        return before[0]
    w0 = j
    while w0 > 0 and j - w0 < 2 * len(short) + 2 and texts[w0 - 1] not in _WINDOW_STOPS:
        w0 -= 1
    if w0 == j:
        return None
    window = tv.text[tv.starts[w0]: tv.ends[j - 1]]
    off = find_long_form(short, window)
    if off is None or len(window) - off <= len(short):
        return None
    return tv.by_start().get(tv.starts[w0] + off)


def defined_name_tails(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with "<long form> (<short form>)-<tail>" as one gene or family mention
    where the short form and tail ground to one (module docstring)."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if "(" not in texts:
        return placed
    by_end = {j: (i, j, m) for i, j, m in placed}
    out = None
    for j in tv.positions("("):
        # j: "(" ; j + 1: the short form ; j + 2: ")" ; j + 3: "-" ; j + 4: the tail, or the
        # tail right after the bracket when it is a number ("interferon regulatory factor
        # (IRF)3")
        if not 1 <= j < n - 3 or texts[j + 2] != ")" or ws[j + 2] or not ws[j - 1] \
                or not texts[j + 1][:1].isalpha():
            continue
        if texts[j + 3] == "-" and j + 4 < n and not ws[j + 3]:
            tail, join = j + 4, "-"
        elif texts[j + 3][:1].isdigit():
            tail, join = j + 3, ""  # as written: "(TH)1" is TH1, no gene
        else:
            continue
        short = texts[j + 1]
        i = _long_form_start(tv, j, short, by_end)
        if i is None:
            continue
        for end in _tail_end(tv, tail):
            if end + 1 < n and texts[end] == "-" and not ws[end - 1] and not ws[end]:
                break  # the name goes on: "(TGF)-b-inducible early gene-1"
            name = short + join + tv.span_text(tail, end)
            choice = grounder.ground_text(name, taxa, types=_GENE_TYPES)
            if choice is None:
                continue
            if out is None:
                out = list(placed)
            whole = make_mention(tv, i, end, choice, "normalised", 0.9, grounder)
            out = [q for q in out if q[1] <= i or q[0] >= end] + [(i, end, whole)]
            # "(ERK)-1/2": each part after a slash with the short form
            while end + 1 < n and texts[end] == "/" and not ws[end - 1] and not ws[end] \
                    and _TAIL.fullmatch(texts[end + 1]) and end + 1 not in covered(out):
                part = grounder.ground_text(short + "-" + texts[end + 1], taxa,
                                            types=_GENE_TYPES)
                if part is None:
                    break
                out.append((end + 1, end + 2, make_mention(tv, end + 1, end + 2, part,
                                                           "normalised", 0.9, grounder)))
                end += 2
            break
    if out is None:
        return placed
    return sorted(out, key=lambda q: (q[0], q[1]))


# A collagen chain by its chain number and its type in Roman numerals: "alpha1(V)",
# "pro-alpha3(V)", "α2(I)".
_CHAIN = re.compile(r"(?<![\w-])(?:pro-?)?(?:alpha|α)\s?(\d)\s?\(([IVX]{1,6})\)(?![\w-])")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v
               for k, v in enumerate(values))


def collagen_chains(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with collagen chains in a text about collagen: "alpha1(V)" is the chain
    COL5A1 encodes, "pro-alpha3(V)" COL5A3, "α2(I)" COL1A2."""
    text = tv.text
    if "collagen" not in text.lower() or "(" not in text:
        return placed
    by_start = tv.by_start()
    by_end = tv.by_end()
    taken = covered(placed)
    extra = []
    for m in _CHAIN.finditer(text):
        i, j = by_start.get(m.start()), by_end.get(m.end())
        if i is None or j is None or any(k in taken for k in range(i, j + 1)):
            continue
        choice = grounder.ground_text(f"COL{_roman(m[2])}A{m[1]}", taxa, types=_GENE_ONLY)
        if choice is None or choice.kind != "symbol":
            continue
        taken.update(range(i, j + 1))
        extra.append((i, j + 1, make_mention(tv, i, j + 1, choice, "normalised", 0.9,
                                             grounder)))
    return with_extra(placed, extra)


def gene_context(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """:func:`defined_name_tails`, :func:`disease_genes`,
    :func:`~figcap.ner.gene_receptors.ligand_receptors`, :func:`not_genes`, then
    :func:`~figcap.ner.gene_greek.latin_greek`."""
    placed = defined_name_tails(tv, placed, grounder, taxa)
    placed = ligand_receptors(tv, disease_genes(tv, placed, grounder, taxa), grounder, taxa)
    placed = typed_receptors(tv, placed, grounder, taxa)
    placed = collagen_chains(tv, placed, grounder, taxa)
    placed = greek_chains(tv, qualified_members(tv, placed, grounder, taxa), grounder, taxa)
    placed = greek_members(tv, typed_members(tv, placed, grounder, taxa), grounder, taxa)
    return latin_greek(tv, not_genes(tv, placed), grounder, taxa)
