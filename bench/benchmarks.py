"""figcap on the public gold corpora: one table, headline scores next to their targets.

Usage: python bench/benchmarks.py [--data DIR] [--limit N] [--half first|second]
                                  [--only NAME ...] [--json FILE] [--details]

Runs (corpora from ``$FIGCAP_SHARED_DATA/benchmarks``, else ``<repo>/../shared/data/benchmarks``):

  bc5cdr-chemical  BC5CDR train+dev, Chemical  document-level MeSH F1          target 0.85
  bc5cdr-disease   BC5CDR train+dev, Disease   document-level MeSH F1          target 0.80
  gnormplus-gene   GNormPlus train, Gene       document-level human Entrez F1  target 0.85
  whitetext-brain  WhiteText 1.3 half, BrainRegion  strict mention F1          target 0.75
  nlmgene-gene     NLM-Gene train, Gene        document-level human Entrez F1  (no target;
                   gold restricted to Homo_sapiens.gene_info IDs when that file is found)
  nlmgene-orthologs  NLM-Gene as nlmgene-gene, with the gold IDs of mouse and rat genes
                   rewritten to their human orthologs' Entrez IDs (no target; printed next to
                   nlmgene-gene, never instead of it). NLM-Gene's gold gives the Entrez ID of
                   the organism studied; figcap grounds to human genes by design, so on a
                   mouse abstract its ICAM1 (3383) is a false positive and the gold's mouse
                   Icam1 (15894) is dropped by the human-ID filter. Here a gold ID that is not
                   human is mapped when its gold mention texts, read as MGI or RGD symbols
                   (else synonyms), lead through HGNC's one-to-one MGI/RGD cross-references
                   to exactly one human gene and it is gold in an abstract naming rodents at
                   least as often as non-mammalian organisms (rules and limits in
                   figcap/evaluation/orthologs.py). Needs hgnc_entries, mgi_entries,
                   rgd_entries and Homo_sapiens.gene_info under
                   $FIGCAP_SHARED_DATA/lexicon-sources, read at run time; skipped without them.
  whitetext-nodef  WhiteText as above, scored under WhiteText's convention for
                   defined short forms (no target; printed next to whitetext-brain, never
                   instead of it): WhiteText never marks the short form inside its own
                   definition ("periaqueductal gray (PAG)": PAG is not gold there, only its
                   later uses are). figcap marks it on purpose (curators of captions want
                   it), so this row drops, before scoring, each brain-region mention that
                   is a one-word short form in brackets right after a brain-region mention
                   (the long form). figcap's own output is unchanged; the whitetext-brain
                   row scores it as it is.

BC5CDR is annotated once; the Disease row reuses the Chemical row's annotations (its docs/s
column says "cached"). Exit status: 0 when every run was scored, 1 when figcap.annotate is
missing or fails (e.g. lexicons not built), 2 for bad options.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable, Sequence

#: name -> (files under the benchmarks dir, corpus type, target for the headline F1 or None)
RUNS: dict[str, tuple[tuple[str, ...], str, float | None]] = {
    "bc5cdr-chemical": (("bc5cdr/CDR_TrainingSet.PubTator.txt",
                         "bc5cdr/CDR_DevelopmentSet.PubTator.txt"), "Chemical", 0.85),
    "bc5cdr-disease": (("bc5cdr/CDR_TrainingSet.PubTator.txt",
                        "bc5cdr/CDR_DevelopmentSet.PubTator.txt"), "Disease", 0.80),
    "gnormplus-gene": (("gnormplus/GNormPlus_Train.PubTator",), "Gene", 0.85),
    "whitetext-brain": (("whitetext/WhiteText.1.3.dev.PubTator",), "BrainRegion", 0.75),
    "nlmgene-gene": (("nlm_gene/NLMgene_Train.PubTator",), "Gene", None),
    "nlmgene-orthologs": (("nlm_gene/NLMgene_Train.PubTator",), "Gene", None),
    "whitetext-nodef": (("whitetext/WhiteText.1.3.dev.PubTator",), "BrainRegion", None),
}

#: Runs scored against human Entrez IDs only (Homo_sapiens.gene_info).
HUMAN_ID_RUNS = ("nlmgene-gene", "nlmgene-orthologs")
#: Runs whose gold mouse and rat gene IDs are mapped to human orthologs (see the docstring).
ORTHOLOG_RUNS = ("nlmgene-orthologs",)
ORTHOLOG_SOURCES = ("hgnc_entries.tsv.gz", "mgi_entries.tsv.gz", "rgd_entries.tsv.gz")


def drop_defining_short_forms(text: str, mentions: Sequence[Any]) -> list[Any]:
    """WhiteText's convention: no brain-region mention for the short form of a definition.

    Dropped: a brain-region mention without spaces that fills a bracket pair, "(PAG)",
    right after (spaces aside) the end of another brain-region mention, its long form.
    """
    ends = {m.end for m in mentions if m.type == "brain_region"}
    out = []
    for m in mentions:
        if m.type == "brain_region" and " " not in m.text and m.start > 0 \
                and text[m.start - 1] == "(" and text[m.end:m.end + 1] == ")" \
                and len(text[:m.start - 1].rstrip()) in ends:
            continue
        out.append(m)
    return out


#: Corpus conventions applied to figcap's mentions before scoring a run (see the docstring).
CONVENTIONS: dict[str, Callable[[str, Sequence[Any]], list[Any]]] = {
    "whitetext-nodef": drop_defining_short_forms,
}


def shared_data() -> Path:
    """``$FIGCAP_SHARED_DATA``, else ``<repo>/../shared/data``."""
    env = os.environ.get("FIGCAP_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


class _Memo:
    """Caches ``annotate`` by text and remembers whether the last run hit the cache only."""

    def __init__(self, annotate: Callable[[str], Any]) -> None:
        self.annotate = annotate
        self.cache: dict[str, Any] = {}
        self.misses = 0

    def __call__(self, text: str) -> Any:
        if text not in self.cache:
            self.misses += 1
            self.cache[text] = list(self.annotate(text))
        return self.cache[text]


def _f(x: float | None) -> str:
    return "    -" if x is None else f"{x:.3f}"


def render(rows: list[dict[str, Any]]) -> str:
    """One line per run: headline F1 and target, then the other figures."""
    head = (f"{'run':<18}{'docs':>5}  {'headline':<18}{'F1':>6}{'target':>7}{'':>5}  "
            f"{'strict P/R/F1':<18}{'ovl F1':>7}  {'doc-ID P/R/F1':<18}{'skip':>5}{'docs/s':>8}")
    lines = [head, "-" * len(head)]
    for r in rows:
        res = r["result"]
        st, ov, di = res["mention_strict"], res["mention_overlap"], res["document_ids"]
        target = r["target"]
        head_f1 = res["headline"]["f1"]
        ok = "" if target is None or head_f1 is None else ("ok" if head_f1 >= target else "MISS")
        doc = "-" if di is None else f"{_f(di['precision'])}/{_f(di['recall'])}/{_f(di['f1'])}"
        strict = f"{_f(st['precision'])}/{_f(st['recall'])}/{_f(st['f1'])}"
        skipped = res["counts"]["skipped_mentions"].get(res["entity_type"], 0)
        speed = "cached" if r["cached"] else str(res["time"]["docs_per_second"])
        tgt = "-" if target is None else f"{target:.2f}"
        lines.append(
            f"{r['name']:<18}{res['counts']['documents']:>5}  {res['headline']['metric']:<18}"
            f"{_f(head_f1):>6}{tgt:>7}{ok:>5}  {strict:<18}{_f(ov['f1']):>7}  {doc:<18}"
            f"{skipped:>5}{speed:>8}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, annotate: Callable[[str], Any] | None = None) -> int:
    """Run the benchmarks; ``annotate`` defaults to :func:`figcap.annotate`."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None,
                    help="benchmarks directory (default: <shared data>/benchmarks)")
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each run")
    ap.add_argument("--half", choices=("first", "second"), default=None)
    ap.add_argument("--only", nargs="+", choices=sorted(RUNS), default=None)
    ap.add_argument("--json", type=Path, default=None, help="write every result to this file")
    ap.add_argument("--details", action="store_true", help="print each run's full table too")
    ap.add_argument("--examples", type=int, default=20)
    args = ap.parse_args(argv)

    if annotate is None:
        try:
            from figcap import annotate as figcap_annotate
        except ImportError as exc:
            print(f"benchmarks: figcap.annotate is not available ({exc}); install figcap with "
                  "its annotate API before benchmarking", file=sys.stderr)
            return 1
        annotate = figcap_annotate

    from figcap.errors import FigcapError
    from figcap.evaluation.benchmark import format_table, load_gene_info_ids, run_benchmark
    from figcap.evaluation.orthologs import human_orthologs_of_gold, load_rodent_orthologs

    data = args.data or shared_data() / "benchmarks"
    sources = shared_data() / "lexicon-sources"
    gene_info = sources / "Homo_sapiens.gene_info.gz"
    names = args.only or list(RUNS)
    memos: dict[tuple[str, ...], _Memo] = {}
    rows: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for name in names:
        files, etype, target = RUNS[name]
        paths = [data / f for f in files]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            print(f"benchmarks: {name}: skipped, missing {', '.join(missing)}", file=sys.stderr)
            continue
        gene_ids = None
        if name in HUMAN_ID_RUNS and gene_info.is_file():
            gene_ids = load_gene_info_ids(gene_info)
        gold_id_map: Callable[..., Any] | None = None
        if name in ORTHOLOG_RUNS:
            needed = [sources / f for f in ORTHOLOG_SOURCES] + [gene_info]
            absent = [str(p) for p in needed if not p.is_file()]
            if absent:
                print(f"benchmarks: {name}: skipped, missing {', '.join(absent)}",
                      file=sys.stderr)
                continue
            gold_id_map = partial(human_orthologs_of_gold,
                                  orthologs=load_rodent_orthologs(*needed[:3]),
                                  human_ids=gene_ids)
        memo = memos.setdefault(files, _Memo(annotate))
        before = memo.misses
        convention = CONVENTIONS.get(name)
        run_annotate: Callable[[str], Any] = memo
        if convention is not None:
            run_annotate = lambda text, conv=convention: conv(text, memo(text))  # noqa: E731
        try:
            result = run_benchmark(paths, etype, run_annotate, limit=args.limit, half=args.half,
                                   examples=args.examples, gene_ids=gene_ids,
                                   gold_id_map=gold_id_map)
        except FigcapError as exc:
            print(f"benchmarks: {name}: figcap failed: {exc}", file=sys.stderr)
            return 1
        cached = memo.misses == before and result["counts"]["documents"] > 0
        rows.append({"name": name, "target": target, "cached": cached, "result": result})
        if args.details:
            print(f"== {name}\n{format_table(result)}\n")
        print(f"benchmarks: {name} done ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    print(render(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
