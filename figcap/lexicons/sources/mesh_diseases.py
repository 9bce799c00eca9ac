"""The ``diseases`` lexicon: MeSH tree C and F03, with the forms captions and abstracts use.

Built on :func:`figcap.lexicons.sources.mesh.build_mesh_lexicon`; this module adds the
disease variants (British spellings, lower-case short names, adjectives, organ phrases,
"<site> cancer") and the reviewed ``curated/disease_synonyms.tsv``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...normalize import match_key
from ..format import LexiconData, TermRow, read_curated_synonyms
from .mesh import _has_tree, build_mesh_lexicon

__all__ = ["build_diseases", "BRITISH_SPELLINGS", "ORGAN_HEADINGS", "ORGAN_HEADS", "NEOPLASM_HEADS"]


def build_diseases(src: Path) -> LexiconData:
    """Build the ``diseases`` lexicon: MeSH tree C and F03 (mental disorders) descriptors.

    F03 is included because BC5CDR annotates depression, schizophrenia and the like as
    diseases. SCRs mapped to a selected descriptor (rare diseases) come along. Then the
    disease variants (:func:`_disease_variants`: British spellings, lower-case short
    names, adjectives, organ phrases) and ``curated/disease_synonyms.tsv``
    (:func:`figcap.lexicons.format.read_curated_synonyms`) are added.

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
    curated = read_curated_synonyms("disease_synonyms.tsv", "MESH:",
                                    lambda ui: f"MESH:{ui}" in known, stats,
                                    "curated_unknown_heading")
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
