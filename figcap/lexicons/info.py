"""``figcap lexicons info``: what each compiled lexicon holds and where it came from."""

from __future__ import annotations

from . import LEXICON_NAMES, manifest

__all__ = ["lexicon_info", "format_info"]


def lexicon_info() -> dict:
    """Manifest entries of the compiled lexicons, with the figcap version that built them."""
    m = manifest()
    return {
        "figcap_version": m.get("figcap_version"),
        "format": m.get("format"),
        "lexicons": {n: m["lexicons"][n] for n in LEXICON_NAMES if n in m.get("lexicons", {})},
    }


def format_info(info: dict) -> str:
    """A plain-text table: one block per lexicon, one row per source file."""
    lines = [f"compiled by figcap {info['figcap_version']} (format {info['format']})", ""]
    for name, entry in info["lexicons"].items():
        stats = entry.get("stats", {})
        extra = ", ".join(f"{k} {v:,}" for k, v in stats.items() if isinstance(v, int))
        lines.append(f"{name}: {entry['concepts']:,} concepts, {entry['terms']:,} terms")
        if extra:
            lines.append(f"  {extra}")
        for s in entry.get("sources", []):
            rows = f"{s['rows']:,} rows" if s.get("rows") is not None else ""
            lines.append(
                f"  - {s['file']}  version {s['version']}  licence {s['licence']}  {rows}"
                f"  sha256 {s['sha256'][:12]}  from {s['origin']}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
