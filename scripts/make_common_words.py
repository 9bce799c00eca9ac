"""Regenerate figcap/lexicons/curated/common_words.txt from the wordfreq package.

Run once by a maintainer (``pip install wordfreq==3.1.1``); the list is committed, so
neither users nor ``figcap lexicons build`` need wordfreq. Word frequencies: wordfreq 3.1.1
(Robyn Speer), data CC BY-SA 4.0; the derived list carries the same licence.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import top_n_list

N = 30000
out = Path(__file__).resolve().parents[1] / "figcap" / "lexicons" / "curated" / "common_words.txt"
words = sorted({w for w in top_n_list("en", N) if w.isalpha() and w.isascii()})
header = (
    f"# The {N} most frequent English words (wordfreq 3.1.1, data CC BY-SA 4.0), "
    "alphabetic ASCII only.\n# Regenerate: python scripts/make_common_words.py\n"
)
out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
print(f"{len(words)} words -> {out}", file=sys.stderr)
