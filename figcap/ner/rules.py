"""Context rules the lexicon matcher applies around its matches (no lexicon lookups of
their own beyond grounding a derived text): abbreviations and stereo descriptors here, the
rules for genes in :mod:`figcap.ner.gene_rules`, :mod:`figcap.ner.gene_lists` and
:mod:`figcap.ner.gene_enzymes` and for brain regions in :mod:`figcap.ner.brain_rules`,
:mod:`figcap.ner.brain_words`, :mod:`figcap.ner.brain_brackets`,
:mod:`figcap.ner.brain_filters`, :mod:`figcap.ner.brain_names`,
:mod:`figcap.ner.brain_short_forms` and :mod:`figcap.ner.brain_latin`.

- :func:`stereo_proposals`: "(R,S)-ketamine" is ketamine;
- :func:`salt_proposals`: "diclofenac sodium", "morphine sulfate" and "sodium nitroprusside"
  are the drug;
- :func:`definitions` and :func:`occurrences`: abbreviation long forms and short forms.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..grounding_kinds import SUPPLEMENTARY_KINDS
from ..normalize import GREEK, match_key
from .tokenizer import STEREO_PREFIX
from .tokview import TokView

__all__ = ["stereo_proposals", "salt_proposals", "definitions", "occurrences"]

_STEREO = re.compile(STEREO_PREFIX)


def stereo_proposals(tv: TokView, proposals) -> list:
    """A chemical right after a stereo descriptor token takes it in: "(R,S)-ketamine".

    Only where the longer span has no match of its own ("(S)-ketamine" is esketamine)."""
    spans = {(p[1], p[2]) for p in proposals}
    out = []
    for prio, i, j, choice, method, score in proposals:
        if choice.type != "chemical" or i == 0 or (i - 1, j) in spans:
            continue
        if not tv.ws[i - 1] and _STEREO.fullmatch(tv.texts[i - 1]):
            out.append((prio, i - 1, j, choice, "normalised", round(score * 0.95, 4)))
    return out


#: Counterions a drug's salt is named with: cations after or before the drug ("diclofenac
#: sodium", "sodium nitroprusside"), anions after it ("morphine sulfate", "ipratropium
#: bromide", "clomiphene citrate"). Not the anions that also name esters ("pentose
#: phosphate", "glyceryl nitrate", "testosterone propionate"), which are other compounds.
SALT_CATIONS = frozenset({"sodium", "disodium", "potassium", "dipotassium", "calcium",
                          "magnesium"})
SALT_ANIONS = frozenset({
    "hydrochloride", "dihydrochloride", "hcl", "hydrobromide", "sulfate", "sulphate",
    "bisulfate", "hemisulfate", "maleate", "mesylate", "mesilate", "citrate", "tartrate",
    "bitartrate", "fumarate", "succinate", "acetate", "bromide", "chloride", "iodide",
    "besylate", "besilate", "gluconate", "hyclate", "tosylate", "pamoate", "napsylate",
})
_COUNTERIONS = SALT_CATIONS | SALT_ANIONS
#: Chemicals that are themselves inorganic ions or metals: "calcium chloride" and "zinc
#: sulfate" are salts of their own, never the metal.
_NOT_SALT_PARENTS = _COUNTERIONS | frozenset({
    "lithium", "ammonium", "iron", "ferrous", "ferric", "zinc", "copper", "cupric", "silver",
    "aluminum", "aluminium", "barium", "cobalt", "cadmium", "mercury", "lead", "nickel",
    "manganese", "strontium", "cesium", "caesium", "rubidium", "thallium", "hydrogen", "salt",
})
#: What follows "sodium glucose" when it is a transporter, not a salt.
_TRANSPORT_WORDS = frozenset({"cotransporter", "cotransporters", "co-transporter",
                              "co-transporters", "transporter", "transporters", "symporter",
                              "channel", "channels", "pump", "pumps", "exchanger",
                              "cotransport", "transport", "dependent"})
#: Words an ion after a chemical modifies when the two are no salt: "dihydropyridine calcium
#: antagonists", "glutamate calcium influx".
_ION_HEADS = _TRANSPORT_WORDS | frozenset({
    "antagonist", "antagonists", "blocker", "blockers", "blockade", "influx", "efflux",
    "entry", "current", "currents", "overload", "release", "sensing", "sensor", "signal",
    "signaling", "signalling", "binding", "homeostasis", "mobilization", "mobilisation",
    "uptake", "excretion", "retention", "reabsorption", "load", "loading", "intake",
    "balance", "level", "levels", "concentration", "concentrations", "ion", "ions",
})


def salt_proposals(tv: TokView, proposals) -> list:
    """A drug named with its salt's counterion is the drug: "diclofenac sodium", "morphine
    sulfate", "sodium nitroprusside" (MeSH files a drug's salts under the drug).

    Only for a chemical whose last word has four letters or more and is no ion or metal,
    separated from the counterion by a space, where the longer span has no match of its own
    ("sodium citrate", "calcium chloride" are MeSH headings) and the counterion begins no
    longer name ("chloride channel")."""
    spans = {(p[1], p[2]) for p in proposals}
    longer_from = {p[1] for p in proposals if p[2] - p[1] > 1}
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    out = []
    for prio, i, j, choice, method, score in proposals:
        if choice.type != "chemical" or choice.kind.startswith("class_"):
            continue
        word = texts[j - 1]
        low = word.lower()
        if len(word) < 4 or not word[1:].islower() or low in _NOT_SALT_PARENTS:
            continue
        # the word after the drug, past a hyphen: "sodium nitroprusside-induced"
        after = j + 1 if j + 1 < n and not ws[j - 1] and texts[j] == "-" else j
        if j < n and ws[j - 1] and texts[j].lower() in _COUNTERIONS \
                and (i, j + 1) not in spans and j not in longer_from \
                and not (j + 1 < n and texts[j + 1].lower() in _ION_HEADS):
            out.append((prio, i, j + 1, choice, "normalised", round(score * 0.95, 4)))
        if i > 0 and ws[i - 1] and texts[i - 1].lower() in SALT_CATIONS \
                and (i - 1, j) not in spans and i - 1 not in longer_from \
                and not (after < n and texts[after].lower() in _TRANSPORT_WORDS) \
                and not (j < n and not ws[j - 1] and texts[j] == "/"):
            out.append((prio, i - 1, j, choice, "normalised", round(score * 0.95, 4)))
    return out


_NAME_WORD = re.compile(r"[a-z]{4,}")


def unsupported_chemical_readings(tv: TokView, defs, proposals) -> set[int]:
    """Indexes of ``proposals`` to drop: a MeSH supplementary concept read from a short form
    that the text defines by a long form that is no mention and shares no word with the
    concept's name (:func:`_share_part`). "DNA double-strand breaks (DSBs)" are no DSB (a
    pyrazolidinedione), "carnitine palmitoyltransferase (CPT)" no CPT (a thiazole);
    "tetrahydrodipicolinate (THDPA)" is THDPA."""
    drop: set[int] = set()
    for short, (li, lj) in defs:
        if any(p[1] == li and p[2] == lj for p in proposals):
            continue  # the long form is a mention: its reading is the short form's
        spans = set(occurrences(tv, short))
        words = set(_NAME_WORD.findall(tv.span_text(li, lj).lower()))
        for n, p in enumerate(proposals):
            choice = p[3]
            if (p[1], p[2]) in spans and choice.kind in SUPPLEMENTARY_KINDS \
                    and p[4] != "abbreviation" and not _share_part(words, choice.label):
                drop.add(n)
    return drop


def _share_part(words: set[str], label: str) -> bool:
    """Whether a word of ``words`` and one of ``label``, five letters or more, hold one
    another: chemical names glue or part their pieces ("tetrahydrodipicolinate" and
    "2,3,4,5-tetrahydro-2,6-pyridinedicarboxylic acid")."""
    others = [w for w in _NAME_WORD.findall(label.lower()) if len(w) >= 5]
    return any(a in b or b in a for a in words if len(a) >= 5 for b in others)


def definitions(doc: Doc, tv: TokView) -> list[tuple[str, tuple[int, int]]]:
    """``(short form text, (start, end) of its long form)`` for each definition, first one
    per short form; a long form starting inside a word is widened to the word's start (not
    over an em dash, nor over an en dash between names: "SAC—suppressor of actin", "Janus
    kinase (JAK)–signal transducer ..."; "2′–5′-oligoadenylate synthetase" stays whole)."""
    out: dict[str, tuple[int, int]] = {}
    for short in getattr(doc._, "abbreviations", None) or ():
        long_form = short._.long_form
        if long_form is None or short.text in out:
            continue
        li, lj = long_form.start, long_form.end
        # (not across a line break: "expression.\nPulmonary alveolar proteinosis (PAP)"
        # starts at "Pulmonary")
        while li > 0 and not tv.ws[li - 1] and tv.texts[li - 1] not in "([/,;\u2014" \
                and not tv.texts[li - 1].isspace() and not _joins_names(tv, li - 1):
            li -= 1
        while li < lj and not match_key(tv.texts[li]):
            li += 1
        if li < lj:
            out[short.text] = (li, lj)
    return sorted(out.items(), key=lambda kv: kv[1])


def _joins_names(tv: TokView, k: int) -> bool:
    """Whether token ``k`` is an en dash between two names ("JAK–STAT", "CXCR4–SDF-1"), not
    between numbers ("2′–5′-oligoadenylate synthetase")."""
    return tv.texts[k] == "\u2013" and k > 0 and not _LOCANT.fullmatch(tv.texts[k - 1])


_LOCANT = re.compile(r"\d+[\u2032'\u2019]?")


# What a hyphen joins to a short form to make a longer name: a number, one letter or a
# Greek letter, after one more letter or not ("IL-6", "MIP-1α", "TNF-alpha", "PKC-B",
# "TNF-R1", "TNF-RII"), not a word ("TNF-induced").
_NAME_TAIL = re.compile(r"[A-Za-z]?(?:\d.*|[IVX]+|%s)|[A-Za-z]" % "|".join(
    re.escape(g) for g in sorted(set(GREEK) | set(GREEK.values()), key=len, reverse=True)),
    re.IGNORECASE)


def _continued(tv: TokView, j: int) -> bool:
    """Whether a name goes on after token ``j - 1`` through a hyphen: "IL" of "IL-6"."""
    texts, ws, n = tv.texts, tv.ws, len(tv.texts)
    if j >= n or ws[j - 1] or not texts[j].startswith("-"):
        return False
    tail = texts[j][1:]
    if not tail:
        if ws[j] or j + 1 >= n:
            return False
        tail = texts[j + 1]
    return bool(_NAME_TAIL.fullmatch(tail))


def _member(tv: TokView, j: int) -> bool:
    """Whether token ``j`` is a number or a capital letter naming one of a kind: "3" of
    "SCA 3"."""
    return j < len(tv.texts) and (tv.texts[j].isdigit() or (
        len(tv.texts[j]) == 1 and tv.texts[j].isupper()))


def occurrences(tv: TokView, short: str) -> list[tuple[int, int]]:
    """Token spans of every whole-word occurrence of ``short`` (or its plural).

    An occurrence that a hyphen joins to a number or a (Greek) letter is part of a longer
    name, not the short form: "IL" of "IL-6" after "interleukin (IL)", "MIP" of "MIP-1α"
    after "macrophage inflammatory protein (MIP)". A plural short form also stands for its
    singular, two letters too: "ALL" after "acute lymphoblastic leukemias (ALLs)", "AL" after
    "antennal lobes (ALs)", "FA" after "fatty acids (FAs)"; but not where a number
    or letter names one of them ("SCA 3" after "spinocerebellar ataxias (SCAs)").

    Several rules ask for the same short form: the answer is kept on ``tv`` (callers must
    not change the list)."""
    found = tv.occurrences.get(short)
    if found is None:
        found = tv.occurrences[short] = _occurrences(tv, short)
    return found


def _occurrences(tv: TokView, short: str) -> list[tuple[int, int]]:
    plural = len(short) >= 3 and short[-1] == "s" and short[-2].isupper()
    if plural:
        short = short[:-1]
    out = []
    texts = tv.texts
    n = len(texts)
    text = tv.text
    # find the short form in the text, then map to tokens (cheaper than trying every token)
    starts = tv.by_start()
    pos = text.find(short)
    while pos >= 0:
        i = starts.get(pos)
        if i is not None and not (i > 0 and not tv.ws[i - 1] and texts[i - 1][-1].isalnum()):
            for j in range(i + 1, min(n, i + 8) + 1):
                span = tv.span_text(i, j)
                if span in (short, short + "s"):
                    if (j == n or tv.ws[j - 1] or not texts[j][0].isalnum()) \
                            and not _continued(tv, j) \
                            and not (plural and span == short and _member(tv, j)):
                        out.append((i, j))
                    break
                if not (short + "s").startswith(span):
                    break
        pos = text.find(short, pos + 1)
    return out

