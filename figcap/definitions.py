"""Abbreviation definitions in plain text (no spaCy): Schwartz & Hearst (2003).

:func:`find_long_form` is the character walk scispaCy's AbbreviationDetector uses; the
pipeline (:mod:`figcap.ner.abbreviations`) and the evaluation's suspect finder
(:mod:`figcap.evaluation.differences`) share it.
"""

from __future__ import annotations

import re

__all__ = ["is_short_form", "find_long_form", "defined_long_forms", "glossary_definitions"]


def is_short_form(text: str) -> bool:
    """scispaCy's short-form filter: one or two words of 2-9 characters, mostly letters,
    starting with a letter."""
    words = text.split()
    if not 1 <= len(words) <= 2 or not all(2 <= len(w) < 10 for w in words):
        return False
    if sum(map(str.isalpha, text)) / len(text) < 0.5:
        return False
    return text[0].isalpha()


# A Roman numeral ending a short form after letters or a hyphen: "IGF-I", "IGFII".
_ROMAN_END = re.compile(r"(?<=[A-Za-z-])(III|II|I)$")
_ROMAN_DIGIT = {"I": "1", "II": "2", "III": "3"}


def find_long_form(short: str, candidate: str) -> int | None:
    """Start (in ``candidate``) of the long form that ``short`` abbreviates, or None.

    Every letter and digit of ``short`` must appear in order, right to left, and its first
    character must start a word of ``candidate``. A Roman numeral that ends ``short`` may
    stand for the digit that ends ``candidate``.

    >>> c = "inhibits lateral habenula"
    >>> c[find_long_form("LHb", c):]
    'lateral habenula'
    >>> c = "the insulin-like growth factor-1"
    >>> c[find_long_form("IGF-I", c):]
    'insulin-like growth factor-1'
    """
    found = _find_long_form(short, candidate)
    if found is None:
        m = _ROMAN_END.search(short)
        digit = _ROMAN_DIGIT[m.group(1)] if m else None
        if digit and candidate.rstrip().endswith(digit) \
                and not candidate.rstrip()[-2:-1].isdigit():
            found = _find_long_form(short[: m.start()] + digit, candidate)
    return found


def _find_long_form(short: str, candidate: str) -> int | None:
    folded = candidate.lower()
    if len(folded) == len(candidate) and len(short.lower()) == len(short) \
            and "\u03a3" not in candidate:
        # each character lower-cases to one, as on its own (a capital sigma may become a
        # final one): search the lower-cased text with rfind
        li = len(candidate)
        for si in range(len(short) - 1, -1, -1):
            ch = short[si].lower()
            if not ch.isalnum():
                continue
            li = folded.rfind(ch, 0, li)
            if si == 0:  # the first character starts a word
                while li > 0 and candidate[li - 1].isalnum():
                    li = folded.rfind(ch, 0, li)
            if li < 0:
                return None
        return li
    return _walk(short, candidate)


def _walk(short: str, candidate: str) -> int | None:
    """Schwartz & Hearst's character walk, as scispaCy writes it: what
    :func:`_find_long_form` runs where a character does not lower-case to one, and the
    reference its search with rfind must agree with (tests/test_fast_paths.py)."""
    li = len(candidate) - 1
    si = len(short) - 1
    while si >= 0:
        ch = short[si].lower()
        if not ch.isalnum():
            si -= 1
            continue
        while (li >= 0 and candidate[li].lower() != ch) or (
            si == 0 and li > 0 and candidate[li - 1].isalnum()
        ):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    return li + 1


_WINDOW_STOPS = re.compile(r".*(?:[.;:]\s|\(|\)\s)", re.S)


def defined_long_forms(word: str, text: str) -> list[str]:
    """Long forms ``text`` gives ``word``: "long form (WORD)" and "WORD (long form)", and
    glossary entries "WORD, long form;" / "WORD: long form." / "WORD = long form" /
    "WORD long form," and "WORD – long form;" (the last two with a Schwartz-Hearst check),
    and what a gene's product is ("the hpr gene product is hydroxypyruvate reductase").

    >>> defined_long_forms("PTA", "PTA, phosphotransacetylase; ACK, acetate kinase.")
    ['phosphotransacetylase']
    >>> defined_long_forms("LHb", "the lateral habenula (LHb) fires")
    ['lateral habenula']
    >>> defined_long_forms("FBA", "FBA, fructose-1,6-bisphosphate aldolase. GPD")
    ['fructose-1,6-bisphosphate aldolase']
    >>> defined_long_forms("HDR", "HDR, 4-hydroxy-3-methylbut-2-enyl diphosphate reductase;")
    ['4-hydroxy-3-methylbut-2-enyl diphosphate reductase']
    >>> defined_long_forms("PEP", "reactions. PEP phosphoenolpyruvate, E4P erythrose")
    ['phosphoenolpyruvate']
    >>> defined_long_forms("AKT", "upstream of AKT phosphorylation, which")
    []
    >>> defined_long_forms("FPS", "HMGR HMG-CoA reductase; FPS FPP synthase; SQS squalene")
    ['FPP synthase']
    >>> defined_long_forms("GS", "RS: Raffinose synthase; GS: Galactinol synthase(2.4.1.123);")
    ['Galactinol synthase']
    >>> defined_long_forms("PGK", "phosphoglycerate kinase (PGK) and")
    ['phosphoglycerate kinase']
    >>> defined_long_forms("pgk", "gapA – dehydrogenase; pgk – phosphoglycerate kinase; gpmA")
    ['phosphoglycerate kinase']
    >>> defined_long_forms("Crabps", "RA binds Crabps (blue ovals), which")
    []
    >>> defined_long_forms("ws2", "and ws2 (wax ester synthase). B.")
    ['wax ester synthase']
    >>> defined_long_forms("GI", "regulation of the EC by GI, ZTL and COP1 is shown in red")
    []
    >>> defined_long_forms("hpr", "the hpr gene product is hydroxypyruvate reductase, the")
    ['hydroxypyruvate reductase']
    >>> defined_long_forms("crp", "The crp* gene encodes the mutant catabolite repressor protein (CRP*)")
    ['mutant catabolite repressor protein']
    >>> defined_long_forms("fae", "The fae gene product is required for growth.")
    []
    >>> defined_long_forms("MEK", "Ras - Raf - MEK - ERK signalling, which")
    []
    >>> defined_long_forms("GLT1", "GLT1, glutamate synthase (NADH); GLN1, glutamine synthetase")
    ['glutamate synthase']
    >>> defined_long_forms("MxA", "(Mx1), MxA, ribonuclease L (RNaseL), 2',5'-OAS")
    []
    >>> defined_long_forms("HDR", "HDS; HDR, (E)-4-hydroxy-3-methylbut-2-enyl diphosphate reductase; IDI")
    ['(E)-4-hydroxy-3-methylbut-2-enyl diphosphate reductase']
    """
    out: list[str] = []
    if not is_short_form(word):
        return out
    w = re.escape(word)
    # Each pattern below, made for the word, matches only where one of the word's
    # occurrences is followed by what the pattern has after the word (_AFTER_*); where
    # none is, the pattern is neither compiled nor run (compiling these patterns for the
    # few dozen words the brain rules ask about was 2% of the time figcap spent on the
    # PFOCR captions).
    ends = _occurrence_ends(word, text)
    if not ends:
        return out
    for m in (re.finditer(r"\(\s*" + w + r"\s*\)", text)
              if _followed(_AFTER_BRACKETED, text, ends) else ()):
        before = text[max(0, m.start() - 200) : m.start()]
        stop = _WINDOW_STOPS.match(before)
        cand = before[stop.end() :] if stop else before
        words = cand.split()
        n = len(word)
        cand = " ".join(words[-min(n + 5, 2 * n) :])
        k = find_long_form(word, cand)
        if k is not None and len(cand) - k > len(word):
            out.append(cand[k:].strip())
    # a comma or dot inside a name ("fructose-1,6-bisphosphate") does not end the entry, an
    # EC number in brackets does ("GS: Galactinol synthase(2.4.1.123);"), and so does a
    # qualifier in brackets that ends the entry ("GLT1, glutamate synthase (NADH);"; in a
    # list the next item follows it: "MxA, ribonuclease L (RNaseL), 2'-5'-..."); a bracket
    # glued inside a chemical's name is part of it ("CMK, 4-(cytidine 5'-diphospho)-2-C-
    # methyl-D-erythritol kinase", "HDR, (E)-4-hydroxy-3-methylbut-2-enyl diphosphate
    # reductase")
    pattern = (r"(?<![\w-])" + w + r"\s*(?:[,:=]|\()\s*((?:[^\W_]|\([^()\s]{1,10}\)-)"
               r"(?:[^;,.()]|[,.](?=\S)|(?<=\S)\((?!\d)[^()\s][^()]{0,40}\)){3,80}?)"
               r"\s*(?=[;)]|\(\d|\([^()]{1,60}\)\s*(?:;|\.(?:\s|$)|$)|[,.](?:\s|$)|$)")
    for m in re.finditer(pattern, text) if _followed(_AFTER_GLOSSARY, text, ends) else ():
        long = m.group(1).strip()
        if not _plausible_long_form(word, long) or _LIST_ITEM.match(long):
            continue
        if m.group(0)[len(word):].lstrip().startswith("(") \
                and find_long_form(re.sub(r"\d", "", word) or word, long) is None:
            continue  # a note in brackets, not a long form: "Crabps (blue ovals)"
        out.append(long)
    # Two more glossary forms, each with a Schwartz-Hearst check: the long form's first
    # word holds the word's first letter at a word start, and the rest its letters in order.
    # A spaced dash as the separator ("pgk – phosphoglycerate kinase; gpmA –"; a dash also
    # joins items of a pathway, "ERK - MEK"), and no separator at all ("PEP
    # phosphoenolpyruvate, E4P erythrose 4-phosphate", "FPS FPP synthase;", "hbd
    # 3-hydroxybutyryl-CoA dehydrogenase,").
    checked = (
        (r"(?<![\w-])" + w + r"\s[-\u2013\u2014]\s+([^\W_](?:[^;,.()]|[,.](?=\S)){3,80}?)"
         r"\s*(?=[;)]|\(\d|[,.](?:\s|$)|$)", 0, _AFTER_DASH),
        (r"(?:^|(?<=[;,.:]\s))" + w + r"\s([^\W_](?:[^;,.()]|[,.](?=\S)){3,80}?)"
         r"\s*(?=[;,]\s|\.\s|\.?$)", re.M, _AFTER_SPACE),
    )
    for pattern, flags, after in checked:
        if not _followed(after, text, ends):
            continue
        for m in re.finditer(pattern, text, flags):
            long = m.group(1).strip()
            k = find_long_form(word, long)
            if k is not None and " " not in long[:k] and _plausible_long_form(word, long):
                out.append(long)
    # what a gene's product is: "the hpr gene product is hydroxypyruvate reductase", "the
    # crp gene encodes the catabolite repressor protein" (a protein's name must follow)
    pattern = (r"(?<![\w-])" + w + r"\*?\s+genes?\s+(?:products?\s+(?:is|are)|encodes?)\s+"
               r"(?:the\s+|an?\s+)?([^\W_](?:[^;,.()]|[,.](?=\S)){3,80}?)"
               r"\s*(?=[;()]|[,.](?:\s|$)|$)")
    for m in re.finditer(pattern, text) if _followed(_AFTER_GENE, text, ends) else ():
        long = m.group(1).strip()
        head = long.split()[-1].lower()
        if _plausible_long_form(word, long) and (head.endswith(("ase", "ases"))
                                                   or head in _PRODUCT_HEADS):
            out.append(long)
    return list(dict.fromkeys(out))


# What follows the word in a match of each of defined_long_forms' patterns, in turn: a
# closing bracket, a glossary separator or an opening bracket, a spaced dash, a space, and
# "gene product is" or "gene encodes".
_AFTER_BRACKETED = re.compile(r"\s*\)")
_AFTER_GLOSSARY = re.compile(r"\s*[,:=(]")
_AFTER_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_AFTER_SPACE = re.compile(r"\s")
_AFTER_GENE = re.compile(r"\*?\s+genes?\s+(?:products?\s+(?:is|are)|encodes?)\s")


def _occurrence_ends(word: str, text: str) -> list[int]:
    """End offsets of every occurrence of ``word`` in ``text``, overlapping ones too."""
    ends = []
    k = text.find(word)
    while k >= 0:
        ends.append(k + len(word))
        k = text.find(word, k + 1)
    return ends


def _followed(after: re.Pattern, text: str, ends: list[int]) -> bool:
    """Whether ``after`` matches at one of the offsets ``ends``."""
    return any(after.match(text, e) for e in ends)


# Last words of a protein's name after "gene product is" (besides "-ase" words).
_PRODUCT_HEADS = frozenset(
    "protein proteins enzyme enzymes factor receptor regulator repressor activator "
    "transporter subunit".split())
# The next items of a list, not a long form: "GI, ZTL and COP1 is indicated by".
_LIST_ITEM = re.compile(r"[A-Z0-9][A-Z0-9-]*[A-Z][A-Z0-9-]*\s+(?:and|or)\s")


def _plausible_long_form(short: str, long: str) -> bool:
    """A glossary long form has a lower-case word, is longer than and does not hold its
    short form ("ERK, JNK" and "SOD, SOD2" are lists, not definitions)."""
    return bool(re.search(r"[a-z]{4}", long)) and len(long) >= len(short) + 3 \
        and short not in long


# A glossary entry: at the start of the text or of a list item, a short form, then ",", ":",
# "=", a hyphen before a space or an en or em dash ("SAC—suppressor of actin", "αKG–
# α-ketoglutarate", "ALD- aldehyde dehydrogenase"), then its long form up to the next item or
# sentence end.
_GLOSSARY = re.compile(
    r"(?:^|(?<=[;:,(]\s)|(?<=[;(])|(?<=\.\s)|(?<=\n))"
    r"([^\W_][^\s,;:=()\u2013\u2014]{1,8}?)(?:\s?[,:=]\s+|\s?-\s+|\s?[\u2013\u2014]\s*)"
    r"([^\s;,()][^;()]{2,80}?)(?=\s*(?:;|\)|,\s|\.\s|\.?$))",
    re.M,
)
# Every entry has one: the separator after its short form.
_SEPARATOR = re.compile(r"[,:=]\s|-\s|[\u2013\u2014]")


def _glossary_entries(text: str):
    """The matches of ``_GLOSSARY.finditer(text)``, found faster: an entry's short form (2
    to 9 characters) starts 2 to 10 characters before a separator, at the start of the
    text or of a line, right after a ";" or a "(", or after a space that follows one of
    ";:,(.", so only those starts are tried."""
    pos = 0  # where the last entry ended
    tried = 0  # starts below this were tried
    for sep in _SEPARATOR.finditer(text):
        d = sep.start()
        for p in range(max(pos, tried, d - 10), d - 1):
            if p and text[p - 1] not in ";(\n" and not (
                    p > 1 and text[p - 2] in ";:,(." and text[p - 1].isspace()):
                continue
            m = _GLOSSARY.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        tried = max(tried, d - 1)


def glossary_definitions(text: str) -> list[tuple[int, int, int, int]]:
    """``(short start, short end, long start, long end)`` of each glossary definition:
    "GAP, glyceraldehyde-3-phosphate; FBA, fructose-bisphosphate aldolase",
    "MDC: mevalonate diphosphate decarboxylase", "AdoMet, S-adenosyl methionine".

    Stricter than :func:`defined_long_forms`, because its definitions change what figcap
    reads: the short form must be one word with a capital letter or a digit, and its
    letters and digits must run through the long form in order (Schwartz & Hearst) from
    the long form's first word, so that lists ("ERK, JNK, p38") and prose ("Akt, a
    kinase") define nothing.

    >>> t = "Abbreviations: GAP, glyceraldehyde-3-phosphate; ERK, JNK and p38."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in glossary_definitions(t)]
    [('GAP', 'glyceraldehyde-3-phosphate')]
    """
    out = []
    for m in _glossary_entries(text):
        short, long = m.group(1), m.group(2).rstrip()
        if not is_short_form(short) or short.islower() and not any(map(str.isdigit, short)):
            continue
        if not _plausible_long_form(short, long):
            continue
        k = find_long_form(short, long)
        if k is None:
            continue
        if " " in long[:k]:
            # the short form abbreviates the enzyme that ends the long form, after its
            # substrate: "ALD, fructose 1,6-diphosphate aldolase"
            if " " in long[k:] or not long.endswith(("ase", "ases")):
                continue
            k = 0
        a = m.start(2)
        out.append((m.start(1), m.end(1), a + k, a + len(long)))
    return out
