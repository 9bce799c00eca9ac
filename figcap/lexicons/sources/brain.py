"""UBERON, Allen, Paxinos, MeSH and a curated list -> the ``brain_regions`` lexicon.

Concepts are UBERON nervous-system and inner-ear terms wherever a source can be grounded to one; a
structure no source maps to UBERON keeps its atlas id (``MBA:<id>``, ``PAXRAT:<n>``,
``MESH:<UI>``). Grounding, in order: the source's own mapping (Allen: the UBERON-MBA
bridge, then the 2022 OBO ``xref: MBA:``; MeSH: the OBO ``xref: MESH:``), else an exact
match-key match of the structure's name to exactly one UBERON label or exact synonym
(attrs ``mapping=label``).

Term kinds: ``label``, ``exact_synonym`` (UBERON 2026), ``abbreviation`` (UBERON 2022
ABBREVIATION synonyms, NIF NeuroNames abbreviations), ``allen_name``, ``allen_acronym``
(organism 10090), ``paxinos_label``, ``paxinos_abbreviation`` (10116), ``mesh_name``,
``mesh_entry``, ``curated_abbreviation``, ``curated_label``, ``adjective``, ``variant``
and ``ambiguous_abbreviation``.

Variants (rule-based, kind ``variant``, only when the key is new to the lexicon and one
concept's best-ranked names yield it): ``X of Y`` <-> ``X of the Y``, ``X`` of ``X of (the)
Y`` (``intergeniculate leaflet``), Latin plurals
(``... nucleus`` -> ``... nuclei``, ``retina`` -> ``retinae``, ``cortex`` -> ``cortices``;
when the name has no ``of``), ``Brodmann (1909) area N`` ->
``Brodmann area N``, ``area N``, and an adjective before area/region/field (``cortical
areas``). Adjectives (kind ``adjective``) are the curated ones and the first word of
two-word names whose head it drops (``parabrachial``, ``cerebral``; see
:func:`_add_headless`). Position and laterality words before a name (``ventral hippocampus``) are taken
in by the matcher (:data:`figcap.ner.brain_words.POSITION_WORDS`), not listed here.

Not regions (dropped): UBERON vasculature, blood vessels, sensory receptors, nerve
fibres and the nerves below the head (ganglia stay; :data:`NOT_REGION_ROOTS`), concepts
named only as layers, long forms naming a layer (``inner nuclear layer``), and long forms
naming a tract or fibre (``corticospinal tract``, ``mossy fiber``) unless they name a
nucleus, area, region, zone, column or layer.

Ambiguity policy: a term becomes ``ambiguous_abbreviation`` when it is listed in
``curated/ambiguous_abbreviations.tsv``, or it is an abbreviation (or any term) whose
match key has at most 2 characters or only digits, or is an English stop word (spaCy's
list), or is an abbreviation whose key names more than one concept, or equals an HGNC
approved symbol (when ``hgnc_entries.tsv.gz`` is in the source folder). The curated file
gives the policy (:func:`read_ambiguity_policy`); every other ambiguous term defaults
to :data:`DEFAULT_POLICY`.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from ...normalize import match_key
from ..format import ConceptRow, LexiconData, TermRow
from .brain_readers import (
    _ALLEN,
    _BRIDGE,
    _HGNC,
    _NIF,
    _OBO,
    _UBERON_JSON,
    CURATED_DIR,
    AmbiguityRule,
    curated_info,
    curie,
    hgnc_symbol_keys,
    read_allen,
    read_ambiguity_policy,
    read_bridge,
    read_obo,
    read_tsv,
    read_uberon,
    source_info,
    split_cell,
    word_bag,
)
from .mesh import DESCRIPTOR_FILE, _TermFilter, mesh_source_info, read_descriptors

__all__ = [
    "ABBREVIATION_KINDS",
    "CURATED_DIR",
    "DEFAULT_POLICY",
    "AmbiguityRule",
    "build_brain_regions",
    "read_ambiguity_policy",
]

log = logging.getLogger(__name__)

#: Policy of an ambiguous term the curated file does not list.
DEFAULT_POLICY = "require_definition"
#: Term kinds that are abbreviations (before ambiguity marking).
ABBREVIATION_KINDS = frozenset(
    {"abbreviation", "allen_acronym", "paxinos_abbreviation", "curated_abbreviation"}
)
_NERVOUS_SYSTEM = "UBERON:0001016"
#: The inner ear and its parts (cochlea, organ of Corti, scala tympani): sense organs of
#: the auditory and vestibular systems that neuroanatomy names with the brain's regions
#: (the retina is under the nervous system in UBERON already).
_INNER_EAR = "UBERON:0001846"
_REGION_ROOTS = (_NERVOUS_SYSTEM, _INNER_EAR)
_MESH_BRAIN = "A08.186.211"
_MESH_CELLS = "A11"  # neurons filed under the brain tree are cells, not regions


class _Lexicon:
    """Concepts and terms being assembled; one concept per id."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.xrefs: dict[str, set[str]] = defaultdict(set)
        self.attrs: dict[str, dict[str, str]] = defaultdict(dict)
        self.terms: list[TermRow] = []

    def concept(self, cid: str, label: str, source: str, **attrs: str) -> None:
        if cid not in self.labels:
            self.labels[cid] = label
            self.attrs[cid]["source"] = source
        self.attrs[cid].update({k: v for k, v in attrs.items() if v})

    def term(self, text: str, cid: str, kind: str, organism: str = "", sid: str = "") -> None:
        if text.strip():
            self.terms.append(TermRow(text.strip(), cid, kind, organism, sid))


_BRODMANN = re.compile(r"^Brodmann \(1909\) area (\w+)$")

#: UBERON classes under the nervous system that are no regions: vessels, receptor endings,
#: fibres. Their subclasses and parts are dropped (WhiteText 1.3: 61 matches, none gold).
NOT_REGION_ROOTS = frozenset(
    {
        "UBERON:0002049",  # vasculature (arteries, veins, choroid plexus)
        "UBERON:0001981",  # blood vessel
        "UBERON:0012451",  # sensory receptor (mechanoreceptor)
        "UBERON:0006134",  # nerve fiber (parallel fiber)
        # Nerves of the peripheral nervous system below the head: spinal nerves, their
        # roots and plexuses, sympathetic and enteric nerves, paraganglia ("sciatic nerve",
        # "dorsal root", "carotid body"). Neuroanatomy's regions stop at the CNS, the cranial
        # nerves and the ganglia (a dropped "superior cervical ganglion" would leave its
        # last word to MeSH's ganglion cyst).
        "UBERON:0001780",  # spinal nerve
        "UBERON:0009623",  # spinal nerve root
        "UBERON:0001810",  # nerve plexus
        "UBERON:0034729",  # sympathetic nerve
        "UBERON:0010380",  # enteric nerve
        "UBERON:0034978",  # paraganglion (generic)
    }
)
_GANGLION = "UBERON:0000045"
#: Long forms that name fibre bundles or single fibres, not regions ("corticospinal tract",
#: "mossy fiber"): WhiteText annotates the nuclei named after tracts, never the tracts.
_NOT_REGION_NAME = re.compile(r"\b(?:tracts?|fib(?:er|re)s?)$", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?:nucle|area|region|zone|column|layer)", re.IGNORECASE)
#: Nor do the layers of a region ("layer 6", "inner nuclear layer", "olfactory nerve
#: layer", "molecular layer of the dentate gyrus"): WhiteText 1.3 dev has 3 gold spans
#: naming a layer against about 150 layer matches; the region the layer is of remains.
_LAYER_NAME = re.compile(r"\blayers?\b", re.IGNORECASE)


def build_brain_regions(src: Path, curated_dir: Path | None = None) -> LexiconData:
    """Build the ``brain_regions`` lexicon.

    Parameters
    ----------
    src : Path
        The ``lexicon-sources`` folder (UBERON JSON and OBO, MBA bridge, Allen graph,
        ``nif/nif_brain_labels.tsv``, MeSH descriptors; ``hgnc_entries.tsv.gz`` optional).
    curated_dir : Path, optional
        Folder of the curated TSVs; defaults to the packaged :data:`CURATED_DIR`.

    Returns
    -------
    LexiconData
        See the module docstring for kinds, grounding and the ambiguity policy.
    """
    src, cur = Path(src), Path(curated_dir) if curated_dir else CURATED_DIR
    stats: dict[str, int] = defaultdict(int)
    lex, sources = _Lexicon(), []

    # UBERON 2026: every live term under the nervous system or the inner ear.
    uberon = read_uberon(src / _UBERON_JSON)
    sources.append(source_info(src, _UBERON_JSON, len(uberon)))
    live = {k: v for k, v in uberon.items() if not v.get("deprecated")}
    replaced = {k: v["replaced_by"] for k, v in uberon.items() if v.get("replaced_by")}
    by_key: dict[str, set[str]] = defaultdict(set)  # UBERON label/synonym key -> ids
    by_bag: dict[str, set[str]] = defaultdict(set)  # the same, as a bag of words
    for uid, v in live.items():
        for s in [v["label"], *v.get("synonyms", [])]:
            by_key[match_key(s)].add(uid)
            by_bag[word_bag(s)].add(uid)
        ancestors = v.get("ancestors", {})
        if uid not in _REGION_ROOTS and not any(r in ancestors for r in _REGION_ROOTS):
            continue
        lex.concept(uid, v["label"], "uberon")
        lex.term(v["label"], uid, "label")
        for s in v.get("synonyms", []):
            lex.term(s, uid, "exact_synonym")
        stats["uberon_concepts"] += 1

    curated = list(read_tsv(cur / "brain_regions.tsv"))
    curated_keys = {
        match_key(r["long_form"]): r["concept_id"] for r in curated if r["concept_id"] in live
    }

    def live_id(uid: str) -> str | None:
        uid = replaced.get(uid, uid)
        return uid if uid in live else None

    def ensure(uid: str, source: str) -> str:
        """An UBERON id outside the nervous-system set still makes a concept."""
        if uid not in lex.labels:
            lex.concept(uid, live[uid]["label"], source)
        return uid

    def by_label(*names: str) -> tuple[str, str] | tuple[None, str]:
        """Ground names: curated long form, else one UBERON name by key, else by words."""
        for name in names:
            key = match_key(name)
            if key in curated_keys:
                return curated_keys[key], "curated"
            if len(ids := by_key.get(key, set())) == 1:
                return next(iter(ids)), "label"
        for name in names:
            if len(ids := by_bag.get(word_bag(name), set())) == 1:
                return next(iter(ids)), "label_words"
        return None, ""

    def join(uid: str | None, own_id: str, label: str, source: str) -> str:
        """The concept a structure of an atlas or of MeSH (``own_id``, named ``label``)
        goes to: the UBERON concept ``uid``, which keeps ``own_id`` as a cross-reference,
        or, without an UBERON id, a concept of its own under ``own_id``."""
        if uid:
            cid = ensure(uid, source)
            lex.xrefs[cid].add(own_id)
            return cid
        lex.concept(own_id, label, source)
        return own_id

    # UBERON 2022 nervous-minimal: ABBREVIATION synonyms and MBA/MESH xrefs.
    obo = read_obo(src / _OBO)
    sources.append(source_info(src, _OBO, len(obo)))
    xref_to_uberon: dict[str, str] = {}
    for oid, abbrs, xrefs in obo:
        uid = live_id(oid)
        if uid is None:
            stats["obo_terms_not_live"] += bool(abbrs)
            continue
        for a in abbrs:
            lex.term(a, ensure(uid, "uberon"), "abbreviation")
        for x in xrefs:
            xref_to_uberon.setdefault(x, uid)

    # Allen mouse brain atlas, grounded through the bridge.
    bridge = read_bridge(src / _BRIDGE)
    sources.append(source_info(src, _BRIDGE, len(bridge)))
    allen = read_allen(src / _ALLEN)
    allen_keys: dict[str, set[str]] = defaultdict(set)  # names of unmapped structures
    sources.append(source_info(src, _ALLEN, len(allen)))
    for node in allen:
        mba = f"MBA:{node['id']}"
        uid = live_id(bridge.get(mba, "")) or live_id(xref_to_uberon.get(mba, ""))
        how = "bridge"
        if uid is None:
            uid, how = by_label(node["name"])
        cid = join(uid, mba, node["name"], "allen")
        stats[f"allen_mapped_{how}" if uid else "allen_unmapped"] += 1
        if not uid:
            allen_keys[match_key(node["name"])].add(mba)
            allen_keys[word_bag(node["name"])].add(mba)
        lex.term(node["name"], cid, "allen_name", "10090", mba)
        lex.term(node["acronym"], cid, "allen_acronym", "10090", mba)

    # NIF: NeuroNames abbreviations on UBERON-mapped rows, Paxinos rat labels.
    nif = list(read_tsv(src / _NIF))
    sources.append(source_info(src, _NIF, len(nif)))
    for row in nif:
        uid = live_id(row["uberon"]) if row["source"] == "NIF-GrossAnatomy" else None
        for a in split_cell(row["abbrevs"]) if uid else ():
            lex.term(a, ensure(uid, "uberon"), "abbreviation", "", curie(row["iri"]))
        if row["source"] != "paxinos-rat-labels":
            continue
        pax = "PAXRAT:" + row["iri"].rstrip("/").rsplit("/", 1)[-1]
        synonyms = split_cell(row["synonyms"])
        uid, how = live_id(row["uberon"]), "nif"
        if uid is None:
            uid, how = by_label(row["label"], *synonyms)
        if uid is None:  # the same structure in the Allen atlas, also without UBERON
            names = [row["label"], *synonyms]
            keys = [f(n) for n in names for f in (match_key, word_bag)]
            hits = set().union(*(allen_keys.get(k, set()) for k in keys))
            uid, how = (hits.pop(), "allen") if len(hits) == 1 else (None, "")
        cid = join(uid, pax, row["label"], "paxinos")
        stats[f"paxinos_mapped_{how}" if uid else "paxinos_unmapped"] += 1
        for s in [row["label"], *synonyms]:
            lex.term(s, cid, "paxinos_label", "10116", pax)
        for a in split_cell(row["abbrevs"]):
            lex.term(a, cid, "paxinos_abbreviation", "10116", pax)

    # MeSH A08.186.211 (brain), merged into UBERON where it is cross-referenced.
    mesh_stats: dict[str, int] = {}
    descriptors = read_descriptors(src / DESCRIPTOR_FILE, mesh_stats)
    sources.append(mesh_source_info(src / DESCRIPTOR_FILE, len(descriptors)))
    mesh_filter = _TermFilter((), mesh_stats)
    for d in descriptors:
        if not any(t.startswith(_MESH_BRAIN) for t in d.trees):
            continue
        if any(t.startswith(_MESH_CELLS) for t in d.trees):
            stats["mesh_cells_skipped"] += 1
            continue
        mesh = f"MESH:{d.ui}"
        # Only the name: MeSH entry terms are looser (Thalamus has Thalamencephalon).
        uid, how = live_id(xref_to_uberon.get(mesh, "")), "xref"
        if uid is None:
            uid, how = by_label(d.name)
        cid = join(uid, mesh, d.name, "mesh")
        stats[f"mesh_merged_{how}" if uid else "mesh_concepts"] += 1
        named = [(d.name, "mesh_name")] + [(e, "mesh_entry") for e in d.entries]
        for t in mesh_filter.terms(cid, named):
            lex.term(t.text, cid, t.kind, "", mesh)
    stats["mesh_dropped_inverted"] = mesh_stats.get("dropped_inverted", 0)

    # Curated abbreviations and adjectives.
    for name, kind_of in (("brain_regions.tsv", None), ("brain_adjectives.tsv", "adjective")):
        rows = curated if kind_of is None else list(read_tsv(cur / name))
        sources.append(curated_info(cur / name, len(rows)))
        for row in rows:
            cid = row["concept_id"]
            if cid not in lex.labels and cid not in live:
                log.warning("%s: unknown concept %s, row skipped", name, cid)
                stats["curated_unknown_concept"] += 1
                continue
            ensure(cid, "curated")
            if kind_of:
                lex.term(row["adjective"], cid, kind_of)
            else:
                lex.term(row["abbreviation"], cid, "curated_abbreviation")  # may be empty
                lex.term(row["long_form"], cid, "curated_label")
            stats[f"curated_{kind_of or 'abbreviations'}"] += 1

    _drop_non_regions(lex, live, stats)
    _add_headless(lex, stats)
    _add_variants(lex, stats)
    policy_path = cur / "ambiguous_abbreviations.tsv"
    policy = read_ambiguity_policy(policy_path)
    sources.append(curated_info(policy_path, len(policy)))
    genes: set[str] = set()
    if (src / _HGNC).exists():
        genes = hgnc_symbol_keys(src / _HGNC)
        sources.append(source_info(src, _HGNC, len(genes)))
    terms = _mark_ambiguous(lex.terms, policy, genes, stats)

    for cid, xs in lex.xrefs.items():
        xs.discard(cid)
    concepts = [
        ConceptRow(
            cid,
            label,
            tuple(sorted(lex.xrefs.get(cid, ()))),
            attrs=tuple(sorted(lex.attrs[cid].items())),
        )
        for cid, label in lex.labels.items()
    ]
    keys_by_kind: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for t in terms:
        keys_by_kind[t.kind].add((match_key(t.text), t.id))
    for kind, pairs in keys_by_kind.items():
        stats[f"terms_{kind}"] = len(pairs)
    stats["concepts"] = len(concepts)
    stats["abbreviations"] = len(
        {
            match_key(t.text)
            for t in terms
            if t.kind in ABBREVIATION_KINDS | {"ambiguous_abbreviation"}
        }
    )
    log.info("brain_regions: %d concepts, %d terms", len(concepts), len(terms))
    return LexiconData("brain_regions", concepts, terms, sources, dict(stats))


#: Kinds of the long forms (names, not abbreviations) that the region filters and the
#: variants read.
_LONG_KINDS = frozenset(
    {
        "label",
        "exact_synonym",
        "allen_name",
        "paxinos_label",
        "mesh_name",
        "mesh_entry",
        "curated_label",
    }
)


def _drop_non_regions(lex: _Lexicon, live: dict[str, dict], stats: dict[str, int]) -> None:
    """Drop concepts under :data:`NOT_REGION_ROOTS` or named only as a layer (with their
    abbreviations: "INL"), and long forms naming tracts, fibres or layers."""
    gone = {
        uid
        for uid, v in live.items()
        if (uid in NOT_REGION_ROOTS or NOT_REGION_ROOTS.intersection(v.get("ancestors", {})))
        and _GANGLION not in v.get("ancestors", {})  # "inferior mesenteric ganglion" stays
    }
    # a concept goes when every long form of it names a layer ("inner nuclear layer" and its
    # "INL"), not when one does ("pigmented layer of retina" is also "retinal pigment
    # epithelium", which would otherwise be read as the chemical "retinal pigment")
    unlayered = {t.id for t in lex.terms
                 if t.kind in _LONG_KINDS and not _LAYER_NAME.search(t.text)}
    gone |= {cid for cid, label in lex.labels.items()
             if _LAYER_NAME.search(label) and cid not in unlayered}
    gone &= set(lex.labels)
    kept = []
    for t in lex.terms:
        if t.id in gone:
            continue
        if t.kind in _LONG_KINDS and _LAYER_NAME.search(t.text):
            stats["dropped_layer_names"] = stats.get("dropped_layer_names", 0) + 1
            continue
        if t.kind in _LONG_KINDS and _NOT_REGION_NAME.search(t.text) and not _REGION_WORD.search(
            t.text
        ):
            stats["dropped_tract_or_fiber_names"] = stats.get("dropped_tract_or_fiber_names", 0) + 1
            continue
        kept.append(t)
    lex.terms = kept
    for uid in gone:
        del lex.labels[uid]
        lex.attrs.pop(uid, None)
        lex.xrefs.pop(uid, None)
    stats["dropped_not_region_concepts"] = len(gone)


#: Head nouns a two-word region name may drop when its first word is used on its own as
#: an adjective ("parabrachial neurons", "cerebral blood flow", "dentate granule cells"),
#: best first: the adjective names the region of the first head that gives one concept.
_HEADLESS_HEADS = ("nucleus", "nuclei", "gyrus", "cortex", "body", "complex", "bulb",
                   "tubercle", "formation", "area")
_HEADLESS_WORD = re.compile(r"^[a-z]{3,}(?:al|ar|ic|ate|ine|ory|ary|ent|ial|ens|us)$")
#: Words a headless form never is: positions ("ventromedial nucleus"), cortical lobes and
#: senses ("temporal", "visual", "olfactory": time, sight, smell; "olfactory transduction"
#: is a pathway), words whose common sense is a body part outside the brain ("orbital",
#: "lingual", "phrenic", "visceral", "trigeminal", "facial", "vagal", "rectal": eye socket,
#: tongue, nerves, face, viscera), words with a common sense outside anatomy ("diagonal
#: arrows", "endoplasmic reticular stress", "neural", "linear", "solitary", "ambient",
#: "salivary"), and other words that modify more than name.
_NOT_HEADLESS = re.compile(
    r"^(?:(?:antero|postero|dorso|ventro|medio|latero|rostro|caudo|supero|infero|centro)-?)*"
    r"(?:anterior|posterior|dorsal|ventral|medial|lateral|rostral|caudal|superior|inferior"
    r"|basal|central|intermediate|external|internal|terminal|marginal|peripheral|frontal"
    r"|parietal|occipital|temporal|visual|auditory|gustatory|somatosensory|sensory|motor"
    r"|magnocellular|parvocellular|granular|agranular|dysgranular|primary|secondary"
    r"|accessory|circular|triangular|angular|collateral|tangential|neuronal|vicarious"
    r"|vestibular|visceral|olfactory|orbital|lingual|sublingual|phrenic|trigeminal"
    r"|diagonal|reticular|neural|facial|vagal|linear|rectal|rectus|salivary|solitary|ambient)$"
)

#: Two region stems joined by "o" name a connection between them when used on their own
#: as an adjective ("septohippocampal neurons", "vestibulocerebellar fibers"), not the
#: nucleus whose name starts with the word ("septohippocampal nucleus").
_CONNECTION = re.compile(
    r"^(?:septo|strio|striato|ponto|amygdalo|vestibulo|cortico|thalamo|nigro|spino|rubro"
    r"|epirubro|olivo|tecto|retino|cerebello|hippocampo|pallido|reticulo)-?(?:hippocampal"
    r"|hypothalamic|thalamic|bulbar|cerebellar|spinal|striatal|cortical|nigral|tectal"
    r"|olivary|pontine|septal)$"
)


def _add_headless(lex: _Lexicon, stats: dict[str, int]) -> None:
    """Add the first word of ``<adjective> <head>`` names as ``adjective`` terms
    ("parabrachial" of "parabrachial nucleus", "cerebral" of "cerebral cortex") when the
    word is new to the lexicon, no position or sense word (:data:`_NOT_HEADLESS`) and no
    connection between two regions (:data:`_CONNECTION`)."""
    known = {match_key(t.text) for t in lex.terms}
    found: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for t in lex.terms:
        if t.kind not in _LONG_KINDS:
            continue
        words = t.text.split()
        if len(words) != 2:
            continue
        first, head = words[0], words[1].lower()
        if head in _HEADLESS_HEADS and _HEADLESS_WORD.match(first):
            found[first][_HEADLESS_HEADS.index(head)].add(t.id)
    for word in sorted(found):
        if match_key(word) in known or _NOT_HEADLESS.match(word) or _CONNECTION.match(word):
            continue
        for rank in sorted(found[word]):
            ids = found[word][rank]
            if len(ids) == 1:
                lex.term(word, next(iter(ids)), "adjective")
                stats["headless_adjectives"] += 1
                break


#: Nouns an adjective of ``brain_adjectives.tsv`` takes in a variant ("cortical areas"):
#: WhiteText annotates the phrase (57 of 120 such phrases are gold spans, most of the rest
#: lie inside longer gold spans such as "visual cortical areas").
_ADJECTIVE_NOUNS = ("area", "areas", "region", "regions", "field", "fields")
#: Latin plural endings of the last word of a region name, longest first: "nucleus" ->
#: "nuclei", "superior colliculus" -> "superior colliculi", "retina" -> "retinae",
#: "entorhinal cortex" -> "entorhinal cortices", "striatum" -> "striata".
_LATIN_PLURALS = (("ex", "ices"), ("us", "i"), ("um", "a"), ("a", "ae"))


#: English head nouns of region names whose plural the matcher does not find for a
#: two-word name ("spinal cords", "dorsal horns", "inferior olives", "circumventricular
#: organs"); not nerves, vessels or layers.
_ENGLISH_HEADS = frozenset(
    """cord horn column lobe bulb body tubercle olive peduncle capsule commissure fissure
    pole plate eminence ventricle hemisphere tract organ zone""".split())


def _latin_plural(name: str) -> str | None:
    """The Latin plural of a region name (its last word), or None; for a name of two words
    or more with an English head (:data:`_ENGLISH_HEADS`), its English plural."""
    last = name.rsplit(" ", 1)[-1]
    if not last.isalpha() or not last.islower():
        return None
    if " " in name and last in _ENGLISH_HEADS:
        return name[:-len(last)] + (last[:-1] + "ies" if last.endswith("y") else last + "s")
    if len(last) < 5:
        return None
    for singular, plural in _LATIN_PLURALS:
        if last.endswith(singular):
            return name[: -len(singular)] + plural
    return None


_OF_PARENT = re.compile(
    r"^((?:[\w-]+ )+(?:nucleus|leaflet|area|gyrus|lobule|sulcus|complex|column))"
    r" of (?:the )?\w[\w -]*$",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r"^(?:(?:antero|postero|dorso|ventro|medio|latero|rostro|caudo|supero|infero|centro)-?)*"
    r"(?:anterior|posterior|dorsal|ventral|medial|lateral|rostral|caudal|superior|inferior"
    r"|basal|central|intermediate|external|internal|left|right|principal|main|accessory)$"
)


_VARIANT_SOURCE_RANK = {"label": 0, "curated_label": 0, "adjective": 0, "allen_name": 1,
                        "paxinos_label": 1, "mesh_name": 1}


def _add_variants(lex: _Lexicon, stats: dict[str, int]) -> None:
    """Add ``X of the Y`` / ``X of Y`` and ``nuclei`` variants of long forms, ``X`` of
    ``X of (the) Y`` when ``X`` ends in a structure noun and says more than a position
    ("intergeniculate leaflet", not "lateral nucleus"), ``X complex`` of ``X nuclear
    complex`` ("trigeminal complex"), and ``<adjective> area(s)/region(s)/field(s)``
    variants of the adjectives."""
    known = {match_key(t.text) for t in lex.terms}
    # key -> rank of the source name's kind -> (variant text, concept): a variant goes to
    # the one concept whose best-ranked name yields it ("retinae" of the label "retina",
    # not of another concept's synonym "retina").
    claims: dict[str, dict[int, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))

    def claim(form: str, cid: str, kind: str) -> None:
        key = match_key(form)
        if key not in known:
            claims[key][_VARIANT_SOURCE_RANK.get(kind, 2)].add((form, cid))

    for t in lex.terms:
        if t.kind == "adjective":  # "cortical areas", "thalamic region" (WhiteText spans)
            forms = [f"{t.text} {noun}" for noun in _ADJECTIVE_NOUNS]
            for form in forms:
                claim(form, t.id, t.kind)
            continue
        if t.kind not in _LONG_KINDS:
            continue
        forms = []
        if " of " not in t.text and (plural := _latin_plural(t.text)):  # not "body of ..."
            forms.append(plural)
        if len(t.text) < 8:
            forms = forms[:1]
        elif " of the " in t.text:
            forms.append(t.text.replace(" of the ", " of ", 1))
        elif " of " in t.text:
            forms.append(t.text.replace(" of ", " of the ", 1))
        if t.text.lower().endswith(" nuclear complex") and " of " not in t.text:
            # "trigeminal nuclear complex" is written "trigeminal complex" as often
            forms.append(t.text[: -len(" nuclear complex")] + " complex")
        if m := _BRODMANN.match(t.text):
            forms += [f"Brodmann area {m.group(1)}", f"area {m.group(1)}"]
        if m := _OF_PARENT.match(t.text):
            # "medial terminal nucleus (of the accessory optic tract)": the name without
            # the parent structure, when it has a word other than positions before its head
            words = m.group(1).split()
            if any(not _POSITION.match(w.lower()) for w in words[:-1]):
                forms.append(m.group(1))
        for form in forms:
            claim(form, t.id, t.kind)
    for key in sorted(claims):
        best = claims[key][min(claims[key])]
        if len({cid for _form, cid in best}) == 1:  # else two concepts claim it: no variant
            form, cid = min(best)
            lex.term(form, cid, "variant")
            stats["variants"] += 1


def _mark_ambiguous(
    terms: list[TermRow],
    policy: dict[str, AmbiguityRule],
    genes: set[str],
    stats: dict[str, int],
) -> list[TermRow]:
    """Give ambiguous terms the kind ``ambiguous_abbreviation``, counting each reason."""
    from spacy.lang.en.stop_words import STOP_WORDS

    concepts_of: dict[str, set[str]] = defaultdict(set)
    abbr_keys: set[str] = set()
    for t in terms:
        key = match_key(t.text)
        concepts_of[key].add(t.id)
        if t.kind in ABBREVIATION_KINDS:
            abbr_keys.add(key)
    reasons: dict[str, str] = {}
    for key, ids in concepts_of.items():
        abbr = key in abbr_keys
        if key in policy:
            reasons[key] = "curated"
        elif len(key) <= 2 or key.isdigit():
            reasons[key] = "short"
        elif key in STOP_WORDS:
            reasons[key] = "english_word"
        elif abbr and len(ids) > 1:
            reasons[key] = "several_concepts"
        elif abbr and key in genes:
            reasons[key] = "gene_symbol"
    out = []
    for t in terms:
        reason = reasons.get(match_key(t.text))
        # The whole key is ambiguous: its abbreviations, and any other one-word form of
        # it (UBERON's exact synonym "CA1"), but not a long form that shares the key.
        if reason and (t.kind in ABBREVIATION_KINDS or " " not in t.text):
            stats[f"ambiguous_{reason}"] += 1
            t = t._replace(kind="ambiguous_abbreviation")
        out.append(t)
    return out
