"""Cold start to all lexicons loaded, and peak RSS.

Usage: python bench/lexicon_load.py

Runs a fresh interpreter that imports figcap and loads everything annotation needs (the
lookup index over all five lexicons and the word lists), and prints the wall time from
interpreter start and the peak RSS of that process. Targets: < 1.5 s, < 500 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

CHILD = r"""
import json, resource, time
t = time.perf_counter()
from figcap.lexicons import load_index
from figcap.resources import common_words
index = load_index()
common_words()
n = len(index)
dt = time.perf_counter() - t
print(json.dumps({"load_s": dt, "keys": n,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)
        wall = time.perf_counter() - t0
        d = json.loads(out.stdout)
        d["wall_s"] = wall
        runs.append(d)
    best = min(runs, key=lambda d: d["wall_s"])
    print(f"lexicon keys           : {best['keys']:,}")
    print(f"cold start, wall (s)   : {best['wall_s']:.2f}  (interpreter start -> all lexicons loaded; "
          f"best of 3; target < 1.5)")
    print(f"  of which loading (s) : {best['load_s']:.2f}")
    print(f"peak RSS (MB)          : {max(d['rss_mb'] for d in runs):.0f}  (target < 500)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
