"""Gene and family context rules of the lexicon matcher.

- :func:`split_word_candidates`: "SCNN1G", "VIP-36", "IFI 16", "DNA ligase III" looked up;
- :func:`slash_lists`: "LRP5/6" is LRP5 and LRP6, "GGT1,4,5" three genes;
- :func:`slash_partners`: "Jak/Stat": a capitalised word joined to a gene by a slash;
- :func:`isoform_lists`: "PKC alpha, epsilon and zeta", "hMAD-3 and -4", "p110 gamma";
- :func:`domain_names`: "Src homology 2", "death domain" name domains, not genes or diseases;
- :func:`unsupported_gene_readings`: "scaffold attachment region (SAR)" is no gene SAR.

Each takes figcap's token view (:class:`figcap.ner.tokview.TokView`) and plain tuples.
"""

from __future__ import annotations

import dataclasses
import re

from ..definitions import is_short_form
from ..grounding import AMBIGUOUS_KINDS, Grounder
from ..normalize import match_key, replace_greek, strip_plural
from .gene_senses import describes_other
from .mentions import covered, make_mention, with_extra
from .rules import occurrences
from .tokview import TokView

__all__ = [
    "domain_names",
    "isoform_lists",
    "names_protein",
    "names_things",
    "one_enzyme",
    "one_protein",
    "other_enzyme",
    "protein_words",
    "slash_lists",
    "slash_partners",
    "split_word_candidates",
    "unsupported_gene_readings",
]

_LIST_TAIL = re.compile(r"^(.*?)(\d+|[A-Z])$")
# A mention that is itself a slash list ("Smad2/3"): its stem and first part.
_SLASHED = re.compile(r"(.*?)(\d+|[A-Z])(?:/(?:\d+|[A-Z]))+")
_GENE_TYPES = frozenset({"gene", "family"})
_GENE_ONLY = frozenset({"gene"})
_NAME_WORD = re.compile(r"[a-z0-9]{4,}")


def slash_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """Symbols listed with a slash or a tight comma: "LRP5/6" is LRP5 and LRP6, "KDM6A/B"
    KDM6A and KDM6B, "GGT1,4,5" GGT1, GGT4 and GGT5, "Smad2/3/4" adds SMAD4.

    The part after the slash (a number or one capital) becomes a mention of its own,
    grounded as the first symbol's stem plus that part.
    """
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = None
    extra = []
    for _i, j, m in placed:
        if m.type not in _GENE_TYPES or j + 1 >= n or texts[j] not in ("/", ",") \
                or ws[j - 1] or ws[j]:
            continue  # no part glued on by a slash or comma (tested again below)
        taken = covered(placed) if taken is None else taken
        # "IL1/2/3", "GGT1,4,5": every part goes on the first stem ("Smad" of "Smad2/3/4")
        stem = _SLASHED.fullmatch(m.text) or _LIST_TAIL.match(m.text)
        while stem and m.type in _GENE_TYPES and j + 1 < n and texts[j] in ("/", ",") \
                and not ws[j - 1] and not ws[j] and j + 1 not in taken:
            part = texts[j + 1]
            if not (part.isdigit() or (len(part) == 1 and part.isupper())):
                break
            if j + 2 < n and not ws[j + 1] and texts[j + 2] not in ("/", ",", ")", ";", "."):
                break  # "1,4-isoprene": locants of a chemical name
            if part.isdigit() != stem.group(2).isdigit():
                break
            choice = grounder.ground_text(stem.group(1) + part, taxa, types=_GENE_TYPES)
            if choice is None:
                break
            m = make_mention(tv, j + 1, j + 2, choice, "normalised", 0.9, grounder)
            extra.append((j + 1, j + 2, m))
            j += 2
    return with_extra(placed, extra)


_BRACKET_CHARS = frozenset("()[]{}")
_ROMAN = {r: str(n) for n, r in enumerate("I II III IV V VI VII VIII IX X".split(), 1)}
_SHORT_NUMBER = re.compile(r"\d{1,3}")
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")


_GREEK_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
                "pi rho sigma tau phi chi psi omega").split()
#: An isoform or subunit named after its family: a Greek letter (spelt out or not) with
#: an optional number, or a Roman numeral.
_ISOFORM = re.compile(r"(?:%s)\d{0,2}[a-z]?|[IVX]{1,4}" % "|".join(_GREEK_NAMES),
                      re.IGNORECASE)
_ISOFORM_WORDS = frozenset("isoform isoforms isozyme isozymes subunit subunits type".split())
_LIST_WORDS = frozenset({",", "and", "or"})
_GREEK_SET = frozenset(_GREEK_NAMES)
# The part of a symbol an elliptic list replaces: "-T1" in "GalNAc-T1", "1" in "hMAD-1".
_TAIL_DIGITS = re.compile(r"\d+$")
_TAIL_LETTER = re.compile(r"[A-Za-z]$")


# token text -> the isoform it writes (Greek letters spelt out), or None: the rules below
# ask this of most tokens of a text
_ISOFORM_WORD: dict[str, str | None] = {}


def _isoform_item(tv: TokView, k: int) -> tuple[int, str] | None:
    """``(end token, text)`` of an isoform written at token ``k`` ("alpha", "alpha 1", "β2",
    "II"), or None."""
    texts, n = tv.texts, len(tv.texts)
    word = _ISOFORM_WORD.get(texts[k], "")
    if word == "":  # not seen before
        word = replace_greek(texts[k])
        if not _ISOFORM.fullmatch(word):
            word = None
        if len(_ISOFORM_WORD) > 100_000:
            _ISOFORM_WORD.clear()
        _ISOFORM_WORD[texts[k]] = word
    if word is None:
        return None
    if word.isalpha() and word.upper() != word and k + 1 < n and tv.ws[k] \
            and _SHORT_NUMBER.fullmatch(texts[k + 1]) and texts[k + 1] != "0":
        return k + 2, word + " " + texts[k + 1]  # "alpha 1"
    return k + 1, word


def _elliptic_item(tv: TokView, k: int, base: str) -> tuple[int, str] | None:
    """``(end token, text)`` of an elliptic list item at ``k``: "-T2" after "GalNAc-T1"
    gives "GalNAc-T2", "-4" after "hMAD-3" "hMAD-4", "-B" after "hHR23A" "hHR23B"."""
    texts, n = tv.texts, len(tv.texts)
    if texts[k][:1] != "-":
        return None
    if len(texts[k]) > 1:
        end, part = k + 1, texts[k][1:]  # "-T2" as one token
    elif not tv.ws[k] and k + 1 < n:
        end, part = k + 2, texts[k + 1]
    else:
        return None
    if not part.isalnum() or len(part) > 6:
        return None
    if part.isdigit():
        tail = _TAIL_DIGITS.search(base)
    elif len(part) == 1:
        tail = _TAIL_LETTER.search(base)
    else:
        cut = base.rfind("-")
        tail = re.search(r"(?<=-).+$", base) if cut > 0 else None
    if tail is None or tail.start() == 0:
        return None
    return end, base[: tail.start()] + part


def isoform_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """Isoforms and subunits named after a gene or family mention.

    - "p110 gamma", "GlyR alpha 1": a Greek letter (or a Roman numeral) after the mention
      that the two make a gene of: the mention widens over it;
    - "PKC alpha, epsilon, and zeta", "PKC isoforms alpha and zeta", "synapsins I and II":
      each listed isoform becomes a gene mention of its own;
    - "GalNAc-T1 and -T2", "hMAD-3 and -4", "hHR23A and -B": each elliptic item is the
      first symbol with its last part replaced.

    Only spans no other mention covers, and only when the derived name grounds to a gene.
    A mention of a hyphen-led token ("-T2" read as the symbol T2) is no such cover: the
    elliptic item replaces it.
    """
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    elliptic = {i for i, j, m in placed if m.text[:1] == "-" and j - i == 1}
    taken = covered([p for p in placed if p[0] not in elliptic])
    out = []
    changed = False
    replaced: set[int] = set()
    for i, j, m in placed:
        if m.type not in _GENE_TYPES or j >= n or not ws[j - 1] and texts[j] != ",":
            out.append((i, j, m))
            continue
        extra = []
        base = m.text
        k = j
        last = _isoform_item(tv, j - 1) if j - i > 1 and ws[j - 2] else None
        if last is not None and last[0] == j:
            # the mention ends in an isoform ("PKC alpha"): the list goes on from it
            base = tv.span_text(i, j - 1)
            first = False
        elif texts[k].lower() in _ISOFORM_WORDS and ws[k - 1]:
            k += 1
            base = base[:-1] if base.endswith("s") and len(base) > 3 else base
            first = True
        else:
            if base.endswith("s") and len(base) > 4 and base[-2].islower():
                base = base[:-1]  # "synapsins I and II"
            first = texts[k] not in _LIST_WORDS
        while k < n and k not in taken:
            start = k if first else _next_item(texts, k, taken)
            if start is None:
                break
            k = start
            item = _isoform_item(tv, k)
            if item is not None:
                name = base + " " + item[1]
            else:
                item = _elliptic_item(tv, k, m.text) if not first else None
                name = item[1] if item is not None else None
            if item is None:
                break
            choice = grounder.ground_text(name, taxa, types=_GENE_ONLY)
            if choice is None:
                break
            extra.append((k, item[0], choice))
            k = item[0]
            first = False
        if extra and extra[0][0] == j:
            # the first isoform follows the mention: one mention over both ("p110 gamma")
            _k0, k1, choice = extra.pop(0)
            out.append((i, k1, make_mention(tv, i, k1, choice, "normalised", 0.9, grounder)))
            changed = True
        else:
            out.append((i, j, m))
        for a, b, choice in extra:
            replaced.update(range(a, b))
            item = make_mention(tv, a, b, choice, "normalised", 0.9, grounder)
            if item.text.startswith("-"):  # "-T2": the hyphen only marks the ellipsis
                item = dataclasses.replace(item, text=item.text[1:], start=item.start + 1)
            out.append((a, b, item))
        changed = changed or bool(extra)
    if not changed:
        return placed
    out = [p for p in out if not (p[0] in elliptic and p[0] in replaced and p[2].text[:1] == "-")]
    return sorted(out, key=lambda p: (p[0], p[1]))


def _next_item(texts: list[str], k: int, taken) -> int | None:
    """Where the next item of a list starts after the list words at token ``k`` (", and"),
    or None when the list ends there."""
    n = len(texts)
    if texts[k] not in _LIST_WORDS:
        return None
    while k < n and texts[k] in _LIST_WORDS:
        k += 1
    return None if k >= n or k in taken else k


def plural_isoform_lists(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """``placed`` with the isoforms listed after a plural name no mention covers:
    "synapsins I and II", "synapsins I, II, and III" are SYN1, SYN2 (and SYN3) when
    "synapsin I" grounds to a gene; the first mention spans the name and its numeral."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    extra = []
    for w in range(n - 1):
        word = texts[w]
        if w in taken or not ws[w] or len(word) < 5 or not word.endswith("s") \
                or not word.isalpha() or not word[:-1].islower():
            continue
        k, first, found = w + 1, True, []
        while k < n and k not in taken:
            start = k if first else _next_item(texts, k, taken)
            if start is None:
                break
            k = start
            item = _isoform_item(tv, k)
            if item is None:
                break
            choice = grounder.ground_text(word[:-1] + " " + item[1], taxa, types=_GENE_ONLY)
            if choice is None:
                break
            found.append((w if first else k, item[0], choice))
            k, first = item[0], False
        if len(found) > 1:  # a list: one numeral after a plural may be a count ("cells II")
            for a, b, choice in found:
                extra.append((a, b, make_mention(tv, a, b, choice, "normalised", 0.9,
                                                 grounder)))
            taken.update(range(w, k))
    return with_extra(placed, extra) if extra else placed


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


def slash_partners(tv: TokView, placed, grounder: Grounder, taxa: frozenset[str]):
    """A capitalised English word joined by a slash to a gene or family mention is a
    symbol: "Stat" in "Jak/Stat", "Raf" in "Ras/Raf" (words alone are not: "Stat" opening
    a sentence). One token on either side of the slash, not already in a mention."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    taken = covered(placed)
    extra = []
    for i, j, m in placed:
        if m.type not in _GENE_TYPES:
            continue
        for slash, k in ((j, j + 1), (i - 1, i - 2)):
            if not (0 <= k < n and 0 <= slash < n) or texts[slash] != "/" or k in taken:
                continue
            if ws[min(slash, k)] or ws[max(slash, k) - 1] or not texts[k].isalpha():
                continue
            if (k + 1 < n and not ws[k] and texts[k + 1].isalnum()) or (
                    k > 0 and not ws[k - 1] and texts[k - 1].isalnum()):
                continue  # part of a longer word
            choice = grounder.ground_text(texts[k], taxa, types=_GENE_TYPES, paired=True)
            if choice is not None:
                taken.add(k)
                extra.append((k, k + 1, make_mention(tv, k, k + 1, choice, "normalised", 0.9,
                                                     grounder)))
    return with_extra(placed, extra)


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
    interleukin interferon isoform isoforms""".split()
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


def names_other(tv: TokView, li: int, lj: int, choice) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` names something other than the gene
    of ``choice``, the reading of its short form: it does not end like a protein's name
    (:func:`names_protein`, also before "for" or "of") and has words of its own, none of
    them one of the gene's (:func:`describes_other`). "age-related macular degeneration
    (AMD)", "spinal nerve ligation (SNL)" and "magnetic resonance spectroscopy (MRS)" are
    no genes for all that AMD, SNL and MRS are symbols or aliases; "sonic hedgehog (Shh)"
    is SHH, whose name has "hedgehog". Families pass."""
    if choice.type != "gene" or names_protein(tv, li, lj) or protein_after(tv, lj):
        return False
    k = next((k for k in range(li + 1, lj) if tv.texts[k].lower() in ("for", "of")), None)
    if k is not None and names_protein(tv, li, k):
        return False
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


def other_enzyme(tv: TokView, li: int, lj: int, choice) -> bool:
    """Whether the long form at tokens ``li`` to ``lj`` names an enzyme ("pyruvate
    decarboxylase", "fructose-1,6-biphosphate aldolase", "isochorismate synthase 1") that
    the gene of ``choice`` is not: none of the gene's names holds the enzyme word, and its
    approved name shares no word with the long form. Such a short form is not that gene
    (PDC, phosducin; FBA, an alias of FBXO3; ICS1, of DNAI1), but "PTGDS,
    prostaglandin-H2 D-isomerase" is PTGDS, prostaglandin D2 synthase, and "GSNO
    reductase (GSNOR)" ADH5, which has that name. Families and other long forms pass."""
    last = _enzyme_word(tv, li, lj)
    if choice.type != "gene" or not last:
        return False
    from ..lexicons import concept_enzymes, concept_names

    name = concept_names("genes").get(choice.id, ("", ""))[1].lower()
    enzyme = last.removesuffix("s")
    if enzyme in name or any(enzyme in w for w in concept_enzymes("genes").get(choice.id, ())):
        return False  # "activin-like kinase 5" (ALK5) is TGFBR1, "ALK-5 kinase" one name
    words = set(_NAME_WORD.findall(tv.span_text(li, lj).lower()))
    return not words & set(_NAME_WORD.findall(name))


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
    text or follows a separator, as glossaries do."""
    texts, n = tv.texts, len(tv.texts)
    if _GLOSS_SEPARATORS.isdisjoint(texts):
        return []
    known = {short for short, _span in defs}
    genes = {p[1] for p in proposals if p[3].type in _GENE_TYPES}
    out = []
    for p in proposals:
        i, j = p[1], p[2]
        short = texts[i]
        if j - i != 1 or j + 1 >= n or texts[j] not in _GLOSS_SEPARATORS or short in known \
                or p[3].type != "gene" or not (i == 0 or texts[i - 1] in _GLOSS_ENDS | {":"}) \
                or not is_short_form(short) or short.islower() or short.istitle() \
                and not any(c.isdigit() for c in short):
            continue
        end = j + 1
        while end < n and end - j <= 8 and texts[end] not in _GLOSS_ENDS:
            end += 1
        # a list goes on with another name ("mdm2, Akt and MAP kinases"), a glossary
        # with a description; after a comma, an entry ends where a list item cannot
        # ("ceramidases, ASAH, sphingosine kinases, for ...")
        inside = range(j + 1, end)
        if texts[j] == "," and (end >= n or texts[end] == ","):
            continue
        if end - j > 2 and texts[j + 1] not in ("and", "or") \
                and not any(k in genes or texts[k] in _GLOSS_SEPARATORS for k in inside) \
                and _enzyme_word(tv, j + 1, end):
            out.append((short, (j + 1, end)))
    return out


def _lower_words(tv: TokView, li: int, lj: int) -> bool:
    """Whether tokens ``li`` to ``lj`` are words in small letters (the first may be
    capitalised) and hyphens: no symbol, number or bracket among them."""
    return all(t == "-" or t.isalpha() and (t.islower() or k == li and t[1:].islower())
               for k, t in enumerate(tv.texts[li:lj], li))


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
        long_form = tv.span_text(li, lj) if ill else ""
        wide = [(a, b) for a, b in spans if b - a > 1]  # most short forms are one token
        for n, p in enumerate(proposals):
            if (p[1], p[2]) in spans and p[3].type in _GENE_TYPES \
                    and (things or p[3].kind in _WEAK_SHORT_KINDS
                         or ill and p[3].type == "gene" and describes_other(long_form, p[3].id)):
                drop.add(n)
            elif wide and p[3].type in _GENE_TYPES and any(a <= p[1] and p[2] <= b
                                                           for a, b in wide):
                drop.add(n)  # a part of the short form: "ELF" of "ELF-EMFs", "BNC" of "MNed BNC"
    return drop


#: Members of a family broad enough that a substrate before its word picks one enzyme.
_BROAD_CLASS = 20


def one_enzyme(tv: TokView, placed):
    """A family read from the word of a broad enzyme class ("methyltransferase", 65 genes)
    that a substrate or a position opens is one enzyme the lexicons do not know, not the
    whole class: "coclaurine-N-methyltransferase", "O-methyltransferase", "sterol
    methyltransferase" (a chemical right before it). Those mentions go, with a short form
    they define ("O-methyltransferase (OMT)"). A small family's word keeps its reading:
    "fructose 1,6-diphosphate aldolase" is ALDO, "6-phosphofructokinase" PFK. "catechol
    O-methyltransferase" is a name the lexicons have as a whole, matched before this."""
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
            or (i > 0 and ws[i - 1] and i in chem_ends)
        if not opened:
            continue
        drop.add(n)
        if j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")":
            shorts.add((texts[j + 1], m.identifiers))
    if not drop:
        return placed
    return [p for n, p in enumerate(placed) if n not in drop
            and not (p[2].method == "abbreviation" and (p[2].text, p[2].identifiers) in shorts)]
