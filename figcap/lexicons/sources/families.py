"""Build the ``families`` lexicon: FamPlex gene families and protein complexes.

Sources (in the folder given to :func:`build_families`): ``famplex/entities.csv``,
``relations.csv`` (``isa`` / ``partof``), ``equivalences.csv``, ``grounding_map.csv`` and
``descriptions.csv``, plus ``hgnc_entries.tsv.gz`` (FamPlex names genes by HGNC symbol) and
``Homo_sapiens.gene_info.gz`` (gene designations, for rule F2 below).

One concept per FamPlex entity (``FPLX:AKT``). ``members`` are the HGNC genes reached
through ``isa`` and ``partof`` *transitively*: the genes of sub-families and of complex
parts belong to the parent too (``FPLX:MAPK`` holds MAPK1 through ``FPLX:ERK``). ``kind``
is ``complex`` when something is ``partof`` the entity, else ``family``; ``parents`` lists
the entities it is ``isa`` / ``partof``.

Terms (kinds):

``fplx_id``
    the id with ``_`` read as a space (``mTORC1``, ``Calcium channels``).
``grounding_map``
    FamPlex's curated texts grounded to the entity (``Akt``, ``ERK1/2``, ``AMPA receptor``).
    Rows grounded to genes go to the ``genes`` lexicon instead.
``equivalence``
    BEL names (``AKT Family``, ``AMP Activated Protein Kinase Complex``): the only
    namespace of ``equivalences.csv`` whose ids are names; the other ids (MESH, GO, ...)
    become ``xrefs`` as ``NS:id`` CURIEs (FamPlex's namespace spelling kept).
``curated``
    reviewed names of ``curated/family_synonyms.tsv`` (``Frizzled`` for FPLX:FZD).
``mesh_equivalence``
    names and entry terms of the MeSH headings ``equivalences.csv`` maps to the entity
    (``Protein Kinase B`` for FPLX:AKT), not inverted ones.
``variant``
    F1: a BEL name without its trailing ``Family`` / ``Complex`` word (``AKT``,
    ``Pyruvate Dehydrogenase``). F2: for an id ``<acronym>C<n>`` (``mTORC1``), ``<acronym>
    complex <n>`` when the acronym is a symbol or synonym of a member gene (``mTOR complex
    1``), and ``<long name> complex <n>`` for each member-gene name whose word initials
    spell the acronym (``mammalian target of rapamycin complex 1``).

FamPlex has no T-type calcium channel entity: CACNA1G/H/I are members of ``FPLX:CACNA1``
(all ten voltage-gated calcium channel alpha1 subunits), under ``FPLX:CACN``.
"""

from __future__ import annotations

import csv
import logging
import re
import time
from collections import defaultdict
from pathlib import Path

from ...normalize import match_key
from ..format import ConceptRow, LexiconData, TermRow, read_curated_synonyms
from .genes import (
    TermCollector,
    attr_value,
    count,
    read_gene_info,
    read_hgnc,
    source_info,
    term_stats,
)

__all__ = ["FAMPLEX_FILES", "build_families", "read_famplex_csv", "transitive_members"]

log = logging.getLogger(__name__)

#: FamPlex files read by :func:`build_families` (``gene_prefixes.csv`` is for matchers).
FAMPLEX_FILES: tuple[str, ...] = (
    "entities.csv", "relations.csv", "equivalences.csv", "grounding_map.csv", "descriptions.csv",
)
_COMPLEX_ID = re.compile(r"^(?P<acr>[A-Za-z0-9]+?)C(?P<n>\d)$")
# A MeSH entry term for one gene: "<symbol> Gene" / "<symbol> Genes".
_ONE_GENE = re.compile(r"(\S+) Genes?")
_CLOSING_NUMBER = re.compile(r"\s+\d+$")
_BEL_SUFFIX = re.compile(r"^(?P<head>.+?) (?:Family|Complex)$")
_PAREN = re.compile(r"\s*\([^()]*\)$")


def read_famplex_csv(path: Path) -> list[list[str]]:
    """Rows of a FamPlex CSV (no header; CRLF or LF; blank rows dropped)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [[c.strip() for c in row] for row in csv.reader(fh) if row and row[0].strip()]


def transitive_members(
    entity: str, genes: dict[str, set[str]], children: dict[str, set[str]]
) -> set[str]:
    """Genes of ``entity`` and of every entity below it (``isa`` or ``partof``).

    Parameters
    ----------
    entity : str
        FamPlex id (no prefix).
    genes : dict
        entity -> its direct member genes.
    children : dict
        entity -> the entities directly ``isa`` / ``partof`` it.

    Examples
    --------
    >>> sorted(transitive_members("MAPK", {"ERK": {"HGNC:6871"}}, {"MAPK": {"ERK"}}))
    ['HGNC:6871']
    """
    out: set[str] = set()
    seen = {entity}
    stack = [entity]
    while stack:  # iterative, and safe against a cycle in the relations
        cur = stack.pop()
        out |= genes.get(cur, set())
        for child in children.get(cur, ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s/-]+", name.lower()) if w)


def _complex_expansions(
    fid: str, members: set[str], gene_keys: dict[str, set[str]], gene_names: dict[str, set[str]]
) -> set[str]:
    """Rule F2 for an id ``<acronym>C<n>``: ``mTORC1`` -> ``mTOR complex 1`` and long forms."""
    m = _COMPLEX_ID.match(fid)
    if not m:
        return set()
    acr, n = m.group("acr"), m.group("n")
    out: set[str] = set()
    for gid in sorted(members):
        if match_key(acr) in gene_keys.get(gid, set()):
            out.add(f"{acr} complex {n}")
        for name in gene_names.get(gid, ()):
            name = _PAREN.sub("", name)
            if len(name.split()) > 1 and _initials(name) == acr.lower():
                out.add(f"{name} complex {n}")
    return out


def _resolver(src: Path, stats: dict[str, int]):
    """HGNC symbol / UniProt -> HGNC id maps, and names/keys of genes for rule F2."""
    genes = read_hgnc(src / "hgnc_entries.tsv.gz", stats)
    by_symbol = {g.symbol: g.hgnc_id for g in genes}
    fallback: dict[str, set[str]] = defaultdict(set)  # previous symbols and aliases
    by_uniprot: dict[str, set[str]] = defaultdict(set)
    for g in genes:
        for s in (*g.prev, *g.aliases):
            fallback[s].add(g.hgnc_id)
        for u in g.uniprot:
            by_uniprot[u].add(g.hgnc_id)

    def resolve(ns: str, ident: str) -> tuple[list[str], str]:
        """HGNC ids of a FamPlex member (several for a protein many genes encode)."""
        if ns == "HGNC":
            if ident in by_symbol:
                return [by_symbol[ident]], "symbol"
            hits = fallback.get(ident, set())  # an ambiguous old symbol resolves to nothing
            return (sorted(hits), "previous_or_alias") if len(hits) == 1 else ([], "hgnc")
        if ns == "UP":  # identical histones: one UniProt entry, several genes
            return sorted(by_uniprot.get(ident, set())), "uniprot"
        return [], ns.lower()

    return genes, resolve


def build_families(src: Path) -> LexiconData:
    """Compile the ``families`` lexicon from FamPlex and HGNC in ``src``.

    Parameters
    ----------
    src : Path
        Folder holding ``famplex/*.csv``, ``hgnc_entries.tsv.gz`` and
        ``Homo_sapiens.gene_info.gz``.

    Returns
    -------
    LexiconData
        Name ``families``: one ``FPLX:`` concept per FamPlex entity with its transitive
        member genes, its terms, provenance and counts in ``stats``.
    """
    t0 = time.perf_counter()
    src = Path(src)
    fp = src / "famplex"
    stats: dict[str, int] = {}
    genes, resolve = _resolver(src, stats)
    entities = sorted({r[0] for r in read_famplex_csv(fp / "entities.csv")})
    known = set(entities)
    stats["entities"] = len(entities)

    direct: dict[str, set[str]] = defaultdict(set)
    children: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    has_parts: set[str] = set()
    relations = read_famplex_csv(fp / "relations.csv")
    for row in relations:
        if len(row) < 5 or row[2] not in ("isa", "partof") or row[3] != "FPLX":
            count(stats, "relations_skipped_malformed")
            continue
        ns, child, rel, _, parent = row[:5]
        if parent not in known or (ns == "FPLX" and child not in known):
            count(stats, "relations_skipped_unknown_entity")
            continue
        if rel == "partof":
            has_parts.add(parent)
        if ns == "FPLX":
            children[parent].add(child)
            parents[child].add(parent)
            continue
        gids, how = resolve(ns, child)
        if not gids:
            count(stats, f"relations_skipped_unresolved_{how}")
            log.info("famplex relation %s: %s:%s not resolved to an HGNC gene", parent, ns, child)
            continue
        count(stats, f"members_resolved_by_{how}")
        direct[parent].update(gids)

    xrefs: dict[str, set[str]] = defaultdict(set)
    bel: dict[str, set[str]] = defaultdict(set)
    equivalences = read_famplex_csv(fp / "equivalences.csv")
    for row in equivalences:
        if len(row) < 3 or row[2] not in known:
            count(stats, "equivalences_skipped_unknown_entity")
            continue
        ns, ident, fid = row[:3]
        xrefs[fid].add(ident if ident.startswith(ns + ":") else f"{ns}:{ident}")
        if ns == "BEL":
            bel[fid].add(ident)

    descriptions: dict[str, tuple[str, str]] = {}
    desc_rows = read_famplex_csv(fp / "descriptions.csv")
    for row in desc_rows:
        if len(row) >= 3 and row[0] in known:
            descriptions[row[0]] = (row[1], row[2])
        else:
            count(stats, "descriptions_skipped_unknown_entity")

    info_stats: dict[str, int] = {}
    info = read_gene_info(src / "Homo_sapiens.gene_info.gz", genes, info_stats)
    gene_names: dict[str, set[str]] = {}
    gene_keys: dict[str, set[str]] = {}
    for g in genes:
        syns, desig = info.get(g.hgnc_id, ([], []))
        gene_names[g.hgnc_id] = {g.name, *desig}
        gene_keys[g.hgnc_id] = {match_key(s) for s in (g.symbol, *g.aliases, *g.prev, *syns)}

    concepts: list[ConceptRow] = []
    terms = TermCollector()
    for fid in entities:
        cid = f"FPLX:{fid}"
        members = transitive_members(fid, direct, children)
        kind = "complex" if fid in has_parts else "family"
        count(stats, f"concepts_{kind}")
        if not members:
            count(stats, "concepts_without_member_genes")
        attrs = [("kind", kind)]
        if fid in descriptions:
            attrs += [("description", attr_value(descriptions[fid][1])),
                      ("description_source", attr_value(descriptions[fid][0]))]
        if parents.get(fid):
            attrs.append(("parents", ",".join(f"FPLX:{p}" for p in sorted(parents[fid]))))
        concepts.append(ConceptRow(cid, fid, tuple(sorted(xrefs[fid])), tuple(sorted(members)),
                                   tuple(attrs)))
        terms.add(fid.replace("_", " "), cid, "fplx_id")
        for name in sorted(bel[fid]):
            terms.add(name, cid, "equivalence")
            m = _BEL_SUFFIX.match(name)
            if m:
                terms.add(m.group("head"), cid, "variant")
        for text in sorted(_complex_expansions(fid, members, gene_keys, gene_names)):
            terms.add(text, cid, "variant")

    # MeSH headings FamPlex declares equivalent: their names and entry terms name the family
    # ("Protein Kinase B" -> FPLX:AKT). Inverted forms ("Kinase, ...") are left out.
    from .mesh import DESCRIPTOR_FILE, mesh_source_info, read_descriptors

    mesh_rows = read_descriptors(src / DESCRIPTOR_FILE) if (src / DESCRIPTOR_FILE).exists() else []
    mesh_names = {d.ui: (d.name, *d.entries) for d in mesh_rows}
    # "TP53 Gene", an entry term of "Genes, p53", names one gene, not the family.
    symbols = {g.symbol.upper() for g in genes}
    # A name that only genes outside the family have, with or without its closing number,
    # names those genes: FamPlex equates FNT (protein farnesyltransferase, FNTA/FNTB) with
    # MeSH's Farnesyltranstransferase, whose entry term "Geranylgeranyl Diphosphate
    # Synthase" is GGPS1's name. ("Mitogen-Activated Protein Kinase" stays MAPK's: it is
    # its member MAPK1's name too.) Approved names only: NCBI's designations describe as
    # often as they name; and a name without its number only where one gene has it: "GTP
    # Binding Protein" is no GTPBP1 among GTPBP1-10.
    named_genes: dict[str, set[str]] = defaultdict(set)
    numbered: dict[str, set[str]] = defaultdict(set)
    for g in genes:
        if g.name:
            named_genes[match_key(g.name)].add(g.hgnc_id)
            numbered[match_key(_CLOSING_NUMBER.sub("", g.name))].add(g.hgnc_id)
    for key, ids in numbered.items():
        if len(ids) == 1:
            named_genes[key] |= ids
    for fid in entities:
        members = transitive_members(fid, direct, children)
        for x in sorted(xrefs[fid]):
            if x.upper().startswith("MESH:"):
                for name in mesh_names.get(x.split(":", 1)[1], ()):
                    one_gene = _ONE_GENE.fullmatch(name)
                    named = named_genes.get(match_key(name))
                    if one_gene and one_gene.group(1).upper() in symbols:
                        count(stats, "mesh_equivalence_skipped_one_gene")
                    elif named and named.isdisjoint(members):
                        count(stats, "mesh_equivalence_skipped_other_gene")
                    elif ", " not in name:
                        terms.add(name, f"FPLX:{fid}", "mesh_equivalence")

    gm_rows = read_famplex_csv(fp / "grounding_map.csv")
    for row in gm_rows:
        if len(row) < 3 or row[1] != "FPLX":
            count(stats, "grounding_map_not_fplx")
            continue
        if row[2] not in known:
            count(stats, "grounding_map_skipped_unknown_entity")
            continue
        terms.add(row[0], f"FPLX:{row[2]}", "grounding_map")
    for row in read_curated_synonyms("family_synonyms.tsv", "FPLX:", known.__contains__, stats,
                                     "curated_unknown_entity"):
        terms.add(row.text, row.id, row.kind)

    rows: list[TermRow] = terms.rows()
    term_stats(rows, stats)
    counts = {"entities.csv": len(entities), "relations.csv": len(relations),
              "equivalences.csv": len(equivalences), "grounding_map.csv": len(gm_rows),
              "descriptions.csv": len(desc_rows)}
    sources = [source_info(fp / f, counts[f], "famplex") for f in FAMPLEX_FILES]
    sources.append(source_info(src / "hgnc_entries.tsv.gz", stats["hgnc_rows"]))
    if mesh_rows:
        sources.append(mesh_source_info(src / DESCRIPTOR_FILE, len(mesh_rows)))
    sources.append(source_info(src / "Homo_sapiens.gene_info.gz",
                               info_stats["gene_info_rows"]))
    log.info("families: %d concepts, %d terms in %.1f s", len(concepts), len(rows),
             time.perf_counter() - t0)
    return LexiconData("families", concepts, rows, sources, stats)
