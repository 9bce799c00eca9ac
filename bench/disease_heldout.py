"""Held-out check of the curated disease list (figcap/lexicons/curated/disease_synonyms.tsv).

The list was mined from BC5CDR train+dev gold. This script keeps only the entries the
*training* set alone supports (gold in at least two training documents, the list's own
rule), rebuilds the diseases lexicon with that list into a temporary folder, and scores the
*development* set, next to the shipped list and no list at all.

Usage: python bench/disease_heldout.py   (reads ../shared/data or $FIGCAP_SHARED_DATA;
about two minutes)
"""

from __future__ import annotations

import collections
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "figcap" / "lexicons" / "curated" / "disease_synonyms.tsv"


def shared() -> Path:
    env = os.environ.get("FIGCAP_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def train_supported(train: Path) -> list[str]:
    from figcap.normalize import match_key

    docs: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for block in train.read_text(encoding="utf-8").split("\n\n"):
        for line in block.split("\n")[2:]:
            p = line.split("\t")
            if len(p) >= 6 and p[4] == "Disease":
                for ui in p[5].split("|"):
                    docs[(match_key(p[3]), ui)].add(p[0])
    keep = []
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "text\t")) or not line.strip():
            keep.append(line)
            continue
        text, ui, _ = line.split("\t", 2)
        if len(docs[(match_key(text), ui)]) >= 2:
            keep.append(line)
    return keep


def score(lexdir: Path, dev: Path) -> dict:
    import json

    env = dict(os.environ, FIGCAP_LEXICON_DIR=str(lexdir))
    out = subprocess.run([sys.executable, "-m", "figcap", "benchmark", str(dev), "--type",
                          "Disease", "--json"], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["document_ids"]


def main() -> int:
    bc5 = shared() / "benchmarks" / "bc5cdr"
    train, dev = bc5 / "CDR_TrainingSet.PubTator.txt", bc5 / "CDR_DevelopmentSet.PubTator.txt"
    if not train.exists():
        print(f"no BC5CDR at {bc5}", file=sys.stderr)
        return 1
    from figcap.lexicons import data_dir

    original = CURATED.read_text(encoding="utf-8")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            for name, lines in (("shipped list (train+dev)", None),
                                ("list from train only", train_supported(train)),
                                ("no list", [])):
                lexdir = Path(tmp) / name.replace(" ", "_")
                shutil.copytree(data_dir(), lexdir)
                if lines is not None:
                    CURATED.write_text("\n".join(lines) + "\n", encoding="utf-8")
                subprocess.run([sys.executable, "-m", "figcap", "lexicons", "build", "--sources",
                                str(shared() / "lexicon-sources"), "--out", str(lexdir),
                                "--only", "diseases"], check=True, capture_output=True)
                CURATED.write_text(original, encoding="utf-8")
                entries = sum(1 for x in (lines if lines is not None else original.splitlines())
                              if x.strip() and not x.startswith(("#", "text\t")))
                results[name] = (entries, score(lexdir, dev))
        finally:
            CURATED.write_text(original, encoding="utf-8")
    print("BC5CDR development set, Disease, document-level MeSH")
    for name, (entries, r) in results.items():
        print(f"  {name:26} {entries:>4} entries  P {r['precision']:.3f}  R {r['recall']:.3f}"
              f"  F1 {r['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
