"""Captions per second, cold start and peak RSS of figcap on the shared PFOCR captions.

Usage: python bench/throughput.py [--records DIR] [--limit N] [--repeat K] [--stages] [--freeze-gc]
                                  [--jobs N]

Prints:
  cold start (s)   : process start of this script -> pipeline built and every lexicon
                     its rules read loaded (figcap.ner.pipeline.warm_up)
  captions/s       : pipeline + grounding, one process, lexicons already loaded; by wall
                     clock and by this process's CPU time (steadier on a busy machine)
  peak RSS (MB)    : of this process
  with --jobs N    : captions/s (wall) also with N worker processes forked from this one
                     (figcap.parallel.map_records, as `figcap annotate --jobs N`); the
                     one-process figure stays the headline
  with --stages    : CPU ms per caption of each step (tokenizer, each pipeline component,
                     figcap's matcher with grounding), timed in a fresh pipeline over the
                     same captions, once per --repeat (pass 1 starts with an empty
                     tokenizer vocabulary and matcher memo; the lexicon index is shared)
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

T0 = time.perf_counter()


def _shared() -> Path:
    env = os.environ.get("FIGCAP_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=Path, default=_shared() / "pfocr" / "records")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--stages", action="store_true", help="also print CPU ms/caption per step")
    ap.add_argument("--jobs", type=int, default=1, help="also measure N worker processes")
    ap.add_argument("--freeze-gc", action="store_true",
                    help="warm up with figcap.ner.pipeline.warm_up(freeze_gc=True), as the "
                         "command line does")
    args = ap.parse_args()

    from figcap.ner.pipeline import annotate_texts, get_nlp, warm_up
    from figcap.records import iter_records

    # the pipeline built and every lexicon its rules read loaded (the garbage collector's
    # freeze only with --freeze-gc)
    warm_up(freeze_gc=args.freeze_gc)
    cold = time.perf_counter() - T0
    if not args.records.exists():
        print(f"no records at {args.records}; set FIGCAP_SHARED_DATA", file=sys.stderr)
        return 1
    errors: list = []
    captions = [r.caption for r in iter_records([args.records], require_caption=False,
                                                 errors=errors) if r.caption]
    if args.limit:
        captions = captions[: args.limit]
    get_nlp()
    jobs_rate = None
    if args.jobs > 1:  # first, so that the workers start from the same cold vocabulary
        from figcap.api import annotate
        from figcap.parallel import map_records

        t = time.perf_counter()
        for _ in range(args.repeat):
            for _mentions in map_records(annotate, captions, [], args.jobs, batch=256):
                pass
        jobs_rate = len(captions) * args.repeat / (time.perf_counter() - t)
    n_mentions = 0
    t, c = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for mentions in annotate_texts(captions):
            n_mentions += len(mentions)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    n = len(captions) * args.repeat
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(map(len, captions)) / max(len(captions), 1)
    print(f"captions          : {n} (mean {chars:.0f} characters)")
    print(f"mentions          : {n_mentions}")
    print(f"cold start (s)    : {cold:.2f}   (target < 1.5 s for lexicons alone: bench/lexicon_load.py)")
    print(f"captions/s        : {n / dt:,.0f} wall, {n / cpu:,.0f} per CPU second   (target >= 3,000)")
    print(f"peak RSS (MB)     : {rss:.0f}   (target < 500)")
    if jobs_rate is not None:
        print(f"captions/s        : {jobs_rate:,.0f} wall with --jobs {args.jobs} (worker "
              f"processes forked before the one-process run; {os.cpu_count()} CPUs here)")
    if args.stages:
        _stages(captions, args.repeat)
    return 0


def _stages(captions: list[str], repeat: int) -> None:
    """CPU time of each step, per caption, in a fresh pipeline (caches start empty)."""
    from figcap.grounding import organism_taxa
    from figcap.ner.components import LexiconMatcher
    from figcap.ner.pipeline import build_nlp

    nlp = build_nlp()
    nlp.make_doc("warm up: ketamine")
    steps = [("tokenizer", nlp.make_doc)]
    for name, proc in nlp.pipeline:
        if isinstance(proc, LexiconMatcher):
            _ = proc.grounder  # load the lexicons before timing
            steps.append((name, lambda doc, proc=proc: proc.find(doc, organism_taxa(None))))
        else:
            steps.append((name, proc))
    for rep in range(repeat):
        spent = [0.0] * len(steps)
        clock = time.process_time
        for text in captions:
            x = text
            for k, (_name, step) in enumerate(steps):
                c = clock()
                out = step(x)
                spent[k] += clock() - c
                if k < len(steps) - 1:
                    x = out
        n = len(captions)
        total = sum(spent)
        parts = "  ".join(f"{name} {1000 * s / n:.3f}" for (name, _), s in zip(steps, spent))
        print(f"CPU ms/caption    : pass {rep + 1}: {parts}  total {1000 * total / n:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
