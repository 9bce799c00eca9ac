"""Human orthologs of the mouse and rat genes of a gold corpus, for an extra benchmark row.

NLM-Gene's gold gives each gene mention the Entrez ID of the organism the abstract studies
(mouse, rat, fly, yeast ...). figcap grounds genes to human Entrez IDs by design, so on a
mouse abstract its ``Icam1`` is human ICAM1 (3383) while the gold says mouse Icam1 (15894):
a document-level score restricted to human IDs counts figcap's ID as a false positive and
drops the gold one. :func:`human_orthologs_of_gold` rewrites such gold IDs into the human
ortholog's Entrez ID so that a second, clearly labelled row can score figcap as a human
normalizer; the row restricted to human IDs stays the reference.

Where the mapping comes from. The shared sources carry no mouse or rat Entrez IDs: HGNC lists
each human gene's MGI and RGD IDs, and the MGI and RGD tables give symbols and synonyms of
those IDs. The link from a gold Entrez ID to an MGI or RGD gene is therefore its own gold
mention texts, read as rodent gene names:

1. **One-to-one orthologs.** A human gene (HGNC status Approved, with an Entrez ID) and an
   MGI (or RGD) gene are orthologs when HGNC lists exactly that one MGI (RGD) ID for the
   human gene and no other human gene lists that MGI (RGD) ID. Many-to-one cases (mouse
   Abcb1a and Abcb1b for human ABCB1) and split ones are left out.
2. **Names.** Each gold mention text of the ID (type Gene, in any document of the corpus)
   is looked up, ignoring case, among the official MGI symbols, else among the MGI
   synonyms of three characters or more; the same for RGD. The hits lead to human genes
   through step 1.
3. **One answer.** The ID is mapped when all its texts together lead to exactly one human
   gene; none or several: not mapped. Rodent genes without a one-to-one human ortholog are
   passed over, so a text that also names one of them can still map: the known error of
   this rule is a synonym shared with such a gene (mouse "Sca-1" is Ly6a, which has no
   human ortholog, while rat "SCA-1" is a Casp3 synonym, so gold Ly6a maps to CASP3).
   Counting those genes as a second answer would unmap 20 of the 891 IDs mapped on
   NLM-Gene train: 4 such errors ("Sca-1", "Gr1", "Mr2", "GPCR") and 16 that look right
   ("p53", "MCP-1", "c-myc", "Bcl-xL", "MEK1" ...), so they are passed over.
4. **Mammalian context.** The ID must be gold in at least one document whose text names
   rodents (mouse, mice, murine, rat, rats, rodent) at least as often as non-mammalian model
   organisms (Drosophila, fly, yeast, worm, C. elegans, zebrafish, fish, Xenopus, frog,
   Arabidopsis, plant, chick, bacteria ...). A fly ``Mad`` or an Arabidopsis ``SCR`` has a
   name that is also a rodent synonym (of Mxd1, of Fbxl20) but is not that gene; without
   this rule 1,054 rather than 891 NLM-Gene train IDs map, most of the extra ones fly,
   yeast, plant and frog genes (reaper -> RPPH1, Hid -> SOAT1). A document naming
   no organism passes (cell lines and tissues of mammals are common); genes of other
   mammals (rabbit, dog, hamster) can pass too, and then their human ortholog is what
   they are mapped to.

IDs that are human genes are never rewritten. The mapping depends on the gold only, never
on the annotator being scored. Nothing here imports spaCy.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .pubtator import Document

__all__ = [
    "RodentOrthologs",
    "human_orthologs_of_gold",
    "load_rodent_orthologs",
    "names_rodents",
]

_RODENT = re.compile(r"\b(?:mouse|mice|murine|rats?|rodents?)\b", re.IGNORECASE)
_NON_MAMMAL = re.compile(
    r"\b(?:Drosophila|fly|flies|yeasts?|Saccharomyces|cerevisiae|pombe|elegans|nematodes?"
    r"|worms?|zebrafish|fish|Xenopus|frogs?|Arabidopsis|plants?|chick|chicks|chicken|avian"
    r"|bacteria|bacterial|Escherichia)\b", re.IGNORECASE)
_SYNONYM_SPLIT = re.compile(r"[|;]")


def names_rodents(text: str) -> bool:
    """True when ``text`` names rodents at least as often as non-mammalian model organisms.

    >>> names_rodents("... in acute liver injured mice."), names_rodents("Drosophila Mad")
    (True, False)
    """
    return len(_RODENT.findall(text)) >= len(_NON_MAMMAL.findall(text))


@dataclass(frozen=True)
class RodentOrthologs:
    """Rodent gene names and their one-to-one human orthologs (Entrez IDs).

    Attributes
    ----------
    names : tuple of (symbols, synonyms, to_human)
        One entry per organism (MGI, then RGD): lower-cased official symbol -> gene IDs,
        lower-cased synonym -> gene IDs, and gene ID -> human Entrez ID (one-to-one only).
    """

    names: tuple[tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]],
                       Mapping[str, str]], ...]

    def human_genes(self, text: str) -> set[str]:
        """Human Entrez IDs that ``text`` names as a mouse or rat gene (symbol, else synonym).

        Named rodent genes without a one-to-one human ortholog add nothing.
        """
        key = text.lower()
        out: set[str] = set()
        for symbols, synonyms, to_human in self.names:
            ids = symbols.get(key) or synonyms.get(key) or ()
            out.update(to_human[i] for i in ids if i in to_human)
        return out


def _lines(path: str | Path) -> Iterable[list[str]]:
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _one_to_one(pairs: Iterable[tuple[str, list[str]]]) -> dict[str, str]:
    """Rodent ID -> human Entrez ID, for pairs where each side lists only the other."""
    rodents_of: dict[str, set[str]] = defaultdict(set)
    humans_of: dict[str, set[str]] = defaultdict(set)
    for human, rodent_ids in pairs:
        rodents_of[human].update(rodent_ids)
        for r in rodent_ids:
            humans_of[r].add(human)
    out = {}
    for r, humans in sorted(humans_of.items()):
        if len(humans) == 1:
            human = next(iter(humans))
            if len(rodents_of[human]) == 1:
                out[r] = human
    return out


def _names(path: str | Path) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    symbols: dict[str, set[str]] = defaultdict(set)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for f in _lines(path):
        if len(f) < 2 or not f[0].isdigit():
            continue  # header row
        symbols[f[1].lower()].add(f[0])
        for s in _SYNONYM_SPLIT.split(f[2] if len(f) > 2 else ""):
            if len(s.strip()) >= 3:  # "D2", "A": too ambiguous to name one gene
                synonyms[s.strip().lower()].add(f[0])
    return ({k: frozenset(v) for k, v in symbols.items()},
            {k: frozenset(v) for k, v in synonyms.items()})


def load_rodent_orthologs(hgnc: str | Path, mgi: str | Path, rgd: str | Path) -> RodentOrthologs:
    """Read HGNC's MGI/RGD cross-references and the MGI and RGD name tables.

    Parameters
    ----------
    hgnc : path
        ``hgnc_entries.tsv[.gz]``, read as the lexicon build reads it
        (:func:`figcap.lexicons.sources.genes.read_hgnc`: Approved genes, their Entrez,
        MGI and RGD IDs).
    mgi, rgd : path
        ``mgi_entries.tsv[.gz]`` / ``rgd_entries.tsv[.gz]``: numeric ID, symbol, synonyms
        (``|`` or ``;`` between them), Ensembl.
    """
    from ..lexicons.sources.genes import read_hgnc

    mouse: list[tuple[str, list[str]]] = []
    rat: list[tuple[str, list[str]]] = []
    for g in read_hgnc(Path(hgnc), {}):
        if not g.entrez:
            continue
        for xrefs, prefix, out in ((g.mgi, "MGI:", mouse), (g.rgd, "RGD:", rat)):
            ids = sorted({x[len(prefix):] for x in xrefs if x.startswith(prefix)})
            if ids:
                out.append((g.entrez, ids))
    entries = []
    for pairs, path in ((mouse, mgi), (rat, rgd)):
        symbols, synonyms = _names(path)
        entries.append((symbols, synonyms, _one_to_one(pairs)))
    return RodentOrthologs(tuple(entries))


def human_orthologs_of_gold(
    docs: Sequence[Document],
    orthologs: RodentOrthologs,
    human_ids: Collection[str],
    entity_type: str = "Gene",
) -> dict[str, str]:
    """Gold Entrez ID of a mouse or rat gene -> its human ortholog's Entrez ID.

    Parameters
    ----------
    docs : sequence of Document
        The whole corpus (the mapping of an ID uses its mentions in every document).
    orthologs : RodentOrthologs
        From :func:`load_rodent_orthologs`.
    human_ids : collection of str
        Human Entrez IDs (``Homo_sapiens.gene_info``): these are never rewritten.
    entity_type : str
        The gold mention type whose IDs are read.

    Returns
    -------
    dict
        Only the mapped IDs (see the module docstring for the rules), sorted.
    """
    texts: dict[str, set[str]] = defaultdict(set)
    mammalian: set[str] = set()
    for doc in docs:
        rodent_doc = names_rodents(doc.text)
        for m in doc.mentions + doc.skipped:
            if m.type != entity_type:
                continue
            for g in m.ids:
                if g.id in human_ids or g.taxon not in ("", "10090", "10116"):
                    continue
                texts[g.id].add(m.text)
                if rodent_doc:
                    mammalian.add(g.id)
    out: dict[str, str] = {}
    for gid in sorted(mammalian):
        human: set[str] = set()
        for text in texts[gid]:
            human |= orthologs.human_genes(text)
        if len(human) == 1:
            out[gid] = human.pop()
    return out
