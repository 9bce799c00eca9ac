"""Gene and family context rules of the lexicon matcher.

- :func:`split_word_candidates`: "SCNN1G", "VIP-36", "IFI 16", "DNA ligase III" looked up;
- :func:`protein_words`: "the protein Max", "Max protein": a capitalised word is a symbol;
- :func:`domain_names`: "Src homology 2", "death domain" name domains, not genes or diseases;
- :func:`adjectival_names`: "hypoxia-induced signaling" is no gene SESN2;
- :func:`names_protein`, :func:`names_things`, :func:`names_other`, :func:`one_protein`:
  what a long form says of the gene reading of its short form;
- :func:`unsupported_gene_readings`: "scaffold attachment region (SAR)" is no gene SAR.

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
Lists of symbols and isoforms are read in :mod:`figcap.ner.gene_lists`, enzyme names in
:mod:`figcap.ner.gene_enzymes`.
"""

from __future__ import annotations

import re

from ..grounding import AMBIGUOUS_KINDS, Grounder
from ..grounding_text import _alnum
from ..normalize import match_key, replace_greek, strip_plural
from .gene_enzymes import _enzyme_word, _glossary_enzymes, other_enzyme
from .gene_lists import _GREEK_SET, _ISOFORM, _SHORT_NUMBER
from .gene_senses import describes_other, describes_other_family
from .mentions import _GENE_ONLY, _GENE_TYPES, covered, make_mention, with_extra
from .rules import occurrences
from .tokview import TokView

__all__ = [
    "adjectival_names",
    "domain_names",
    "names_other",
    "names_protein",
    "names_things",
    "one_protein",
    "protein_words",
    "split_word_candidates",
    "unsupported_gene_readings",
]


_BRACKET_CHARS = frozenset("()[]{}")
_ROMAN = {r: str(n) for n, r in enumerate("I II III IV V VI VII VIII IX X".split(), 1)}
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")


# The last word of a name that makes it an adjective before a noun ("hypoxia-induced
# signaling", "Ras-like GTPase"), and the words after it that are no such noun.
_ADJECTIVE_END = re.compile(
    r"(?:[a-z]{3}ed|like|related|responsive|inducible|dependent|specific|sensitive|regulated)$")
_NOT_NOUNS = frozenset(
    "and or of in on to by for with as at from is are was were be been that which than "
    "but nor via".split())


def adjectival_names(tv: TokView, placed):
    """Drop gene mentions read from a name, designation or synonym (not a symbol) that ends
    in a participle or adjective and stands before a word: the name is an adjective there.
    "the hypoxia-induced signaling pathway" (not SESN2's designation "hypoxia-induced"),
    "Thyroid hormone responsive element" (not THRSP), "the Ras-like GTPase Mgl" (not
    RANP1), "transforming growth factor (TGF)β-induced growth inhibition" (not TGFBI);
    "ataxia telangiectasia mutated (ATM)" and "ATM and ..." stay."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    out = []
    for i, j, m in placed:
        if m.type == "gene" and j < n and ws[j - 1] and m.source not in _SYMBOL_SOURCES \
                and _ADJECTIVE_END.search(m.text.lower()) and texts[j].isalpha() \
                and texts[j].lower() not in _NOT_NOUNS:
            continue
        out.append((i, j, m))
    return out if len(out) < len(placed) else placed


_SYMBOL_SOURCES = frozenset({"symbol", "alias", "prev", "mgi_symbol", "rgd_symbol", "fplx_id",
                             "curated_abbreviation"})
_DOMAIN_TYPES = frozenset({"gene", "family", "disease"})
_DOMAIN_WORDS = frozenset("domain domains motif motifs repeat repeats".split())


def domain_names(tv: TokView, placed):
    """Drop gene, family and disease mentions that only name a protein domain: "Src
    homology 2", "pleckstrin homology domain", "EGF-like repeats", "TNF-like motif",
    "GAL4 domain", "death domain"."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    out = []
    for i, j, m in placed:
        if m.type in _DOMAIN_TYPES and j < n:
            nxt = texts[j].lower()
            if ws[j - 1] and (nxt == "homology" or nxt in _DOMAIN_WORDS):
                continue
            if not ws[j - 1] and nxt == "-" and j + 2 < n and texts[j + 1].lower() == "like" \
                    and texts[j + 2].lower() in _DOMAIN_WORDS:
                continue
        out.append((i, j, m))
    return out if len(out) < len(placed) else placed


def split_word_candidates(tv: TokView, keys: list[str], cands) -> list[tuple[int, int, str, int]]:
    """Token spans the piece-wise search cannot reach, as ``(start, end, key, 0)``.

    The matcher extends a span only from a token that starts a synonym piece. A symbol the
    tokenizer cut inside a run of letters and digits ("SCNN1G" as "SCNN1" "G", "C3G"), or
    that a caption writes with a hyphen or a space before its number where the synonym has
    none ("VIP-36" for VIP36, "Ambra-1", "6-PGL", "IFI 16", "MUC 18") is found here. The
    word before the hyphen must start with a capital ("min-1" is a unit), before the space
    be capitals ("them 6", "All 3" are words), and either end in a letter ("NPHP1-9" is a
    range). A name ending in a Roman numeral is also looked up with the number ("DNA
    ligase III" for DNA ligase 3). A symbol followed by a space and a Greek letter (and a
    number) is tried as one name, also without a species letter before it: "RPTP mu"
    (R-PTP-MU), "hKv beta 3" (KV-BETA-3), "rKv beta 1".
    """
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    out = []
    romans = []
    for i in range(n - 1):
        t = texts[i]
        if t in _ROMAN:
            romans.append(i + 1)
        if not ws[i]:
            nxt = texts[i + 1]
            if (i > 0 and not ws[i - 1] and texts[i - 1].isalnum()) or not keys[i]:
                continue
            if nxt.isalnum():
                # a run cut by the tokenizer: "SCNN1" "G"
                j = i + 1
                while j + 1 < n and not ws[j] and texts[j + 1].isalnum() and j - i < 4:
                    j += 1
                out.append((i, j + 1, "".join(keys[i : j + 1]), 0))
                continue
            if nxt != "-" or i + 2 >= n or ws[i + 1]:
                continue
            after = texts[i + 2]
            if after.isupper() and _SHORT_NUMBER.fullmatch(t):
                out.append((i, i + 3, keys[i] + keys[i + 2], 0))  # "6-PGL"
            elif len(t) > 1 and t[0].isupper() and not t.islower() and t[-1].isalpha() \
                    and _SHORT_NUMBER.fullmatch(after):
                out.append((i, i + 3, keys[i] + keys[i + 2], 0))  # "VIP-36", "Ambra-1"
        elif len(t) > 1 and t[0].isupper() and t.isupper() and t[-1].isalpha() and keys[i] \
                and _SHORT_NUMBER.fullmatch(texts[i + 1]) \
                and (i == 0 or ws[i - 1] or not texts[i - 1].isalnum()):
            out.append((i, i + 2, keys[i] + keys[i + 1], 0))  # "IFI 16"
    # "RPTP mu", "hKv beta 3": a symbol in capitals (after a species letter or not), a
    # space and a Greek letter, with a number or not (most texts spell no Greek letter out)
    for i in range(n - 1) if not _GREEK_SET.isdisjoint(map(str.lower, texts)) else ():
        t = texts[i]
        if not ws[i] or texts[i + 1].lower() not in _GREEK_SET \
                or (i and not ws[i - 1] and texts[i - 1].isalnum()):
            continue
        bare = t[1:] if t[:1] in "hmr" and len(t) > 2 and t[1].isupper() else t
        if len(bare) < 2 or not bare[0].isupper() or not bare.isalnum() \
                or len(bare) > 4 and not any(c.isupper() for c in bare[1:]):
            continue  # a symbol: "Kv", "RPTP"; not a capitalised word
        j = i + 2
        if j < n and ws[i + 1] and _VERSION.fullmatch(texts[j]):
            j += 1  # "Kv beta 3", "hKv beta 1.3"
        variant = 2 if bare is not t else 0  # candidates.SPECIES
        for end in range(j, i + 1, -1):
            out.append((i, end, match_key(bare + "".join(texts[i + 1:end])), variant))
    if n and texts[n - 1] in _ROMAN:
        romans.append(n)
    if out:
        firsts = {o[0] for o in out}  # the spans already tried, of those starts only
        have = {(c[0], c[1]) for c in cands if c[0] in firsts}
        out = [o for o in out if (o[0], o[1]) not in have]
    if romans:
        # a name ending in a Roman numeral, looked up with the number: "DNA ligase III"
        ends = set(romans)
        for i, j, key, variant in cands:
            if j in ends and j - i > 1 and not variant and ws[j - 2]:
                out.append((i, j, key[: len(key) - len(keys[j - 1])] + _ROMAN[texts[j - 1]], 0))
    return out


_PROTEIN_AFTER = frozenset({"protein", "proteins", "gene", "genes"})


def protein_words(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """A capitalised English word that "protein" comes right before ("the protein Max") or
    "protein" or "gene" right after ("Max protein") is a symbol, as a slash partner is
    (a word alone is not: "Max" may be a name). Not a sentence's first word, nor one in a
    mention already."""
    lower = tv.text.lower()
    if "protein" not in lower and "gene" not in lower:
        return placed  # (a token reading "protein" or "gene(s)" is in the lower-cased text)
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    extra = []
    for k in range(1, n):
        t = texts[k]
        if k in taken or not t.istitle() or not t.isalpha() or len(t) < 3 \
                or texts[k - 1] in (".", "!", "?", ":", ";") or (k > 1 and ws[k - 2] == ""
                                                                 and texts[k - 1] == "\n"):
            continue
        before = ws[k - 1] and texts[k - 1].lower() == "protein"
        after = k + 1 < n and ws[k] and texts[k + 1].lower() in _PROTEIN_AFTER
        if not (before or after) or (k + 1 < n and not ws[k] and texts[k + 1].isalnum()):
            continue
        if not texts[k - 1].isalpha() and not before:
            continue  # "(Max protein" may open a sentence of its own
        choice = grounder.ground_text(t, taxa, types=_GENE_ONLY, paired=True)
        if choice is not None and choice.kind in ("symbol", "grounding_map", "mgi_symbol",
                                                  "rgd_symbol"):
            taken.add(k)
            extra.append((k, k + 1, make_mention(tv, k, k + 1, choice, "normalised", 0.9,
                                                 grounder)))
    return with_extra(placed, extra)


#: Last words of long forms that name a protein: a short form defined by one may be a gene.
_PROTEIN_WORDS = frozenset(
    """protein proteins receptor receptors kinase kinases factor factors ligand ligands
    antigen antigens channel channels transporter transporters enzyme enzymes hormone
    hormones gene genes subunit subunits inhibitor inhibitors molecule molecules peptide
    peptides chain chains domain homolog homologue complex cytokine chemokine
    interleukin interferon isoform isoforms pump pumps exchanger exchangers""".split()
)


def names_protein(tv: TokView, li: int, lj: int) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` may name a protein or gene: it ends
    in a protein word ("receptor", an "-ase", an "-in") or in a number, letter or Greek
    letter ("B-cell lymphoma 2", "protein kinase B", "TGF-beta")."""
    last = tv.texts[lj - 1]
    low = replace_greek(last).lower()
    return (low in _PROTEIN_WORDS or low.endswith(("ase", "ases", "in", "ins"))
            or last.isdigit() or len(last) == 1 or bool(_ISOFORM.fullmatch(low)))


def names_things(tv: TokView, li: int, lj: int) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` is a plural that names no protein
    ("nucleoplasmic bridges (NPBs)", "salivary gland tumors (SGTs)"): its short form
    names a kind of thing, not the gene whose symbol it happens to be. A head before "for"
    or "of" that names a protein makes it a protein: "receptor for advanced glycation end
    products (RAGE)"."""
    k = next((k for k in range(li + 1, lj) if tv.texts[k].lower() in ("for", "of")), None)
    if k is not None and names_protein(tv, li, k):
        return False
    last = tv.texts[lj - 1].lower()
    return (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "as"))
            and last.isalpha() and not names_protein(tv, li, lj))


_GENE_WORDS = frozenset({"gene", "genes"})


def protein_after(tv: TokView, lj: int) -> bool:
    """Whether a protein word (:data:`_PROTEIN_WORDS`) follows the bracketed short form
    after the long form ending at token ``lj``, at once or after one word: "VH1-related
    (VHR) human protein" names a protein, though "related" does not; "mismatch repair (MMR)
    genes" are genes of a process, not a protein."""
    texts, n = tv.texts, len(tv.texts)
    close = lj + 1
    while close < n and close <= lj + 4 and texts[close] != ")":
        close += 1
    return close < n and texts[close] == ")" and any(
        texts[k].lower() in _PROTEIN_WORDS - _GENE_WORDS for k in range(close + 1, min(close + 3, n)))


def names_other(tv: TokView, li: int, lj: int, choice, disease_end: bool = False) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` names something other than the gene
    of ``choice``, the reading of its short form: it does not end like a protein's name
    (:func:`names_protein`, also before "for" or "of") and has words of its own, none of
    them one of the gene's (:func:`describes_other`). "age-related macular degeneration
    (AMD)", "spinal nerve ligation (SNL)" and "magnetic resonance spectroscopy (MRS)" are
    no genes for all that AMD, SNL and MRS are symbols or aliases; "sonic hedgehog (Shh)"
    is SHH, whose name has "hedgehog". A family's words are those of its texts and of its
    members' names: "glyceraldehyde phosphate (GAP)", "membrane potential (MMP)" are no
    GTPase-activating protein or matrix metalloproteinase. A family's long form that ends
    in a disease (``disease_end``) keeps the family, for the disease would take the short
    form: "rapidly accelerated fibrosarcoma (RAF)"."""
    if choice.type not in _GENE_TYPES or names_protein(tv, li, lj) or protein_after(tv, lj):
        return False
    k = next((k for k in range(li + 1, lj) if tv.texts[k].lower() in ("for", "of")), None)
    if k is not None and names_protein(tv, li, k):
        return False
    if choice.type == "family":
        return not disease_end and describes_other_family(tv.span_text(li, lj), choice.id)
    return describes_other(tv.span_text(li, lj), choice.id)


def one_protein(choice, short: str) -> bool:
    """Whether a MeSH peptide heading names one protein, not a class, and its short form is
    specific enough to be one gene's alias. The heading's head noun (before "for", "of" or
    a comma) is singular: "B7-H1 Antigen", "Receptor for Advanced Glycation End Products"
    are; "Interferon Regulatory Factors", "Receptors, Interleukin-1" are not. The short
    form has a digit or five characters: "PD-L1" of "programmed death ligand 1" is CD274's
    alias; a short acronym of letters names many things ("HPL" of "hydroperoxide lyase" is
    no galectin) and, like a class ("Interferon regulatory factor (IRF)"), gives its long
    form no gene reading."""
    if not (len(short) >= 5 or any(c.isdigit() for c in short)):
        return False
    head = re.split(r",| for | of ", choice.label)[0].split()
    last = head[-1].lower() if head else ""
    return not (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _lower_words(tv: TokView, li: int, lj: int) -> bool:
    """Whether tokens ``li`` to ``lj`` are words in small letters (the first may be
    capitalised) and hyphens: no symbol, number or bracket among them."""
    return all(t == "-" or t.isalpha() and (t.islower() or k == li and t[1:].islower())
               for k, t in enumerate(tv.texts[li:lj], li))


#: a bare acronym: two to four capitals, perhaps a plural "s" ("OGD", "CAFs")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,4}s?")
# A short form written as a plural: capitals or digits, then "s" ("CKIs", "SOCs", "AGEs").
_PLURAL_SHORT = re.compile(r"[A-Za-z0-9-]*[A-Z0-9]s")


def _plural_class(tv: TokView, short: str, li: int, lj: int, proposals) -> bool:
    """Whether a plural short form defined by a plural long form that grounds nothing as a
    whole names a class: "Cdk inhibitors (CKIs)", "store-operated channels (SOCs)",
    "advanced glycosylation end products of proteins (AGEs)". (A long form the lexicons
    know, "kappa opioid receptors (KORs)", names its gene's many copies.)"""
    if not _PLURAL_SHORT.fullmatch(short) or not strip_plural(tv.texts[lj - 1]) \
            or not tv.texts[lj - 1][:1].islower():
        return False
    return not any(p[1] == li and p[2] == lj and p[4] != "abbreviation" for p in proposals)


#: Kinds of gene readings a short form loses when its long form names no protein: aliases,
#: synonyms and previous symbols, which HGNC retires when they clash with other usage
#: ("age-related macular degeneration (AMD)", "magnetic resonance spectroscopy (MRS)").
_WEAK_SHORT_KINDS = AMBIGUOUS_KINDS | {"prev"}


def undefined_acronyms(tv: TokView, proposals) -> set[int]:
    """Indexes of ``proposals`` to drop: a bare acronym (two to four capitals, perhaps a
    plural "s") read as a gene only through one of NCBI's synonyms, which the text does not
    define and which does not begin the gene's approved symbol.

    NCBI's gene_info lists, beside HGNC's aliases, every acronym a paper once used for a
    gene; in captions such acronyms almost always stand for something else: "OGD"
    (oxygen-glucose deprivation) is no FGFR1, "TIL" (tumour-infiltrating lymphocytes) no
    TLR1, "CAFs" no KAT2B, "ICD" no GNPTAB, "ROP" in a plant figure no OPN1LW. A definition
    in the text still grounds it (its uses then read as abbreviations of the long form),
    and so does an acronym that begins the symbol ("MDH" is MDH2, "HLAA" HLA-A, "FASL"
    FASLG). The price is a few synonyms that do name their gene when written alone
    ("ROMK", "XPG", "TREK").
    """
    drop: set[int] = set()
    for n, p in enumerate(proposals):
        choice = p[3]
        if choice.kind != "ncbi_synonym" or p[4] == "abbreviation" or choice.type != "gene":
            continue
        text = tv.span_text(p[1], p[2])
        if _BARE_ACRONYM.fullmatch(text) \
                and not _alnum(choice.label).upper().startswith(text.rstrip("s")):
            drop.add(n)
    return drop


#: Gene readings a letters-only symbol loses when a number is glued to it by a hyphen.
_NUMBERED_OTHER_KINDS = frozenset({"alias", "prev", "ncbi_synonym"})
_LETTERS = re.compile(r"[A-Z]{2,5}")
_HYPHEN_NUMBER = re.compile(r"-\d")


def numbered_other_names(tv: TokView, proposals) -> set[int]:
    """Indexes of ``proposals`` to drop: an alias, old symbol or NCBI synonym of capitals
    only to which the text glues a hyphen and a number that the lexicons do not know with
    it. "DAF-16", "DAF-2", "SKN-1", "PMK-1" are C. elegans genes (FOXO, the insulin
    receptor, NRF, p38), not CD55, HHAT or PMVK, whose old symbol or alias their letters
    are; "SWA-70" is no ITSN2. A number the lexicons know with the letters makes a longer
    mention that wins anyway ("IL-6", "TLR-4"), and a symbol with a digit of its own is
    left alone ("MSK1-2", "RALDH1-3" are ranges)."""
    drop: set[int] = set()
    text, ends = tv.text, tv.ends
    for n, p in enumerate(proposals):
        choice = p[3]
        if choice.kind in _NUMBERED_OTHER_KINDS and choice.type == "gene" \
                and _HYPHEN_NUMBER.match(text, ends[p[2] - 1]) \
                and _LETTERS.fullmatch(tv.span_text(p[1], p[2])):
            drop.add(n)
    return drop


def unsupported_gene_readings(tv: TokView, defs, proposals) -> set[int]:
    """Indexes of ``proposals`` to drop: weak gene readings (an alias or synonym, not an
    approved symbol; a previous symbol is weak too) of a short form the text defines by a
    long form that names no protein.

    "polymorphic Alu insertion (PAI)", "assisted reproductive technologies (ART)",
    "scaffold attachment region (SAR)": the long form grounds to no gene or family and
    does not end in a protein word (:data:`_PROTEIN_WORDS`, or an "-ase"), so PAI, ART and
    SAR are not the genes whose aliases they are. A long form that grounds elsewhere
    already gives its short form its reading; this covers long forms figcap cannot ground.
    A long form naming an enzyme the gene is not (:func:`other_enzyme`) drops any gene
    reading of its short form, and a plural long form that names no protein
    (:func:`names_things`) drops approved-symbol readings too, and so does a long form
    ending in a domain word ("extracellular domain (ECD)"). A plural short form of a
    plural long form ("Cdk inhibitors (CKIs)") names a class: no use of it, plural or
    singular, is a gene whose names the long form does not use. A long form in small
    letters that names a protein but grounds nothing as a whole ("electron-transferring
    flavoprotein (ETF)") drops the alias and synonym readings of its short form whose gene's
    names it uses no word of (ETF is also TEAD2's alias). Any gene reading of a part
    of such a short form goes as well: "extremely low frequency electromagnetic fields
    (ELF-EMFs)" has no ELF, "micronucleated binucleated cell (MNed BNC)" no BNC1.
    """
    drop: set[int] = set()
    for short, (li, lj) in list(defs) + _glossary_enzymes(tv, proposals, defs):
        if _enzyme_word(tv, li, lj):
            # "PDC, pyruvate decarboxylase": not the gene PDC (phosducin), whatever its kind
            spans = set(occurrences(tv, short))
            drop.update(n for n, p in enumerate(proposals)
                        if (p[1], p[2]) in spans and p[4] != "abbreviation"
                        and other_enzyme(tv, li, lj, p[3]))
        if tv.texts[lj - 1].lower() in _DOMAIN_WORDS:
            # "extracellular domain (ECD)": a domain, so its short form is no gene (ECD)
            spans = set(occurrences(tv, short)) | {(li, lj)}
            drop.update(n for n, p in enumerate(proposals)
                        if (p[1], p[2]) in spans and p[3].type in _GENE_TYPES)
            continue
        if _plural_class(tv, short, li, lj, proposals):
            # "Cdk inhibitors (CKIs)", "store-operated channels (SOCs)": a class, so no use of
            # its short form, plural or singular ("a new CKI"), is the gene an alias names
            spans = set(occurrences(tv, short)) | set(occurrences(tv, short[:-1])) | {(li, lj)}
            long_form = tv.span_text(li, lj)
            drop.update(n for n, p in enumerate(proposals)
                        if (p[1], p[2]) in spans and p[3].type == "gene"
                        and describes_other(long_form, p[3].id))
        if names_protein(tv, li, lj) and _lower_words(tv, li, lj) \
                and not tv.texts[lj - 1].lower().endswith(("ase", "ases")) and not any(
                p[1] == li and p[2] == lj and p[4] != "abbreviation" for p in proposals):
            # "electron-transferring flavoprotein (ETF)": a protein of no gene the lexicons
            # know by it, and not TEAD2, whose alias ETF also is, since the long form uses
            # none of TEAD2's name words
            spans = set(occurrences(tv, short)) | {(li, lj)}
            long_form = tv.span_text(li, lj)
            drop.update(n for n, p in enumerate(proposals)
                        if (p[1], p[2]) in spans and p[3].type == "gene"
                        and p[3].kind in AMBIGUOUS_KINDS
                        and describes_other(long_form, p[3].id))
        inside = [p for p in proposals if li <= p[1] and p[2] <= lj]
        if any(p[3].type in _GENE_TYPES for p in inside):
            continue
        if any(p[1] == li and p[2] == lj for p in inside):
            continue  # grounded as a whole: its reading goes to the short form
        if names_protein(tv, li, lj) or protein_after(tv, lj):
            continue
        spans = set(occurrences(tv, short))
        if short.endswith("s") and len(short) > 3:
            spans.update(occurrences(tv, short[:-1]))  # "(STRs)" ... "STR alleles"
        things = names_things(tv, li, lj)
        # a disease inside the long form: "cleft palate only (CPO)" is a phenotype, not the
        # gene (carboxypeptidase O) whose approved symbol CPO is, and whose names it lacks;
        # not a short form with a digit, a locus the disease is named after, whose gene the
        # text goes on to name by it ("Niemann-Pick disease, type C1 (Npc1)", "Npc1 gene")
        ill = not any(c.isdigit() for c in short) and any(p[3].type == "disease"
                                                          for p in inside)
        long_form = tv.span_text(li, lj)
        # "SHORT (long form)": a remark on the short form, not its definition
        remark = li > 0 and tv.texts[li - 1] == "(" and any(b == li - 1 for _a, b in spans)
        wide = [(a, b) for a, b in spans if b - a > 1]  # most short forms are one token
        for n, p in enumerate(proposals):
            # a family by its FamPlex id, whose words the long form has none of, unless the
            # long form ends in a disease or is a remark in brackets after the short form:
            # "GAP, glyceraldehyde phosphate" is no GTPase-activating protein; "rapidly
            # accelerated fibrosarcoma (RAF)" and "Ras (represented by diamond shape)" stay
            if (p[1], p[2]) in spans and p[3].type in _GENE_TYPES \
                    and (things or p[3].kind in _WEAK_SHORT_KINDS
                         or ill and p[3].type == "gene" and describes_other(long_form, p[3].id)
                         or p[3].type == "family" and not ill and not remark
                         and describes_other_family(long_form, p[3].id)):
                drop.add(n)
            elif wide and p[3].type in _GENE_TYPES and any(a <= p[1] and p[2] <= b
                                                           for a, b in wide):
                drop.add(n)  # a part of the short form: "ELF" of "ELF-EMFs", "BNC" of "MNed BNC"
    return drop
