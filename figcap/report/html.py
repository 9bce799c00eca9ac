"""One self-contained HTML page for curators: summary, chart, and one card per figure.

The page needs no network: CSS and JavaScript are inlined from ``figcap/report/assets``
and the chart is inline SVG. Captions are highlighted in the manner of displaCy's entity
view: the background colour gives the entity type, the border or underline the
comparison status (agree, added, regrounded, suspect, missed). Every text is escaped;
the same input gives the same bytes.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from .._version import __version__
from ..evaluation.compare import (
    LEVELS,
    SCORED_TYPES,
    CorpusScores,
    Difference,
    RecordComparison,
)
from ..lexicons.format import atomic_write_bytes
from ..schema import ENTITY_TYPES

__all__ = ["STATUSES", "chart_svg", "render_report", "write_report"]

#: Statuses a highlighted span can have, in legend order.
STATUSES: tuple[str, ...] = ("agree", "added", "regrounded", "suspect", "missed", "unscored")
_STATUS_TEXT = {
    "agree": "figcap and PFOCR agree", "added": "found by figcap only",
    "regrounded": "same word, other identifier", "suspect": "suspect PFOCR annotation",
    "missed": "PFOCR annotation figcap missed", "unscored": "no PFOCR list for this type",
}
_TYPE_LABEL = {"gene": "gene", "family": "family", "chemical": "chem", "disease": "disease",
               "brain_region": "brain"}
_SUBSET_TEXT = {"all": "all annotations", "visible": "caption-visible"}


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _asset(name: str) -> str:
    return resources.files(__package__ or "figcap.report").joinpath("assets", name).read_text(
        encoding="utf-8")


def _corpus(scores: Mapping[str, Any] | CorpusScores) -> dict[str, Any]:
    if isinstance(scores, CorpusScores):
        return scores.to_dict()
    return dict(scores.get("corpus", scores))


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _summary(corpus: Mapping[str, Any]) -> str:
    head = ('<tr><th rowspan="2">level / type</th><th rowspan="2">records</th>'
            + "".join(f'<th class="group" colspan="4">{_e(_SUBSET_TEXT[s])}</th>'
                      for s in ("all", "visible"))
            + "</tr><tr>" + "<th>P</th><th>R</th><th>F1</th><th>tp/fp/fn</th>" * 2 + "</tr>")
    rows = []
    for level in LEVELS:
        per = corpus["scores"][level]
        for t in (*SCORED_TYPES, "all_types"):
            for avg in ("micro", "macro"):
                cells = []
                for subset in ("all", "visible"):
                    s = per[subset][t][avg]
                    counts = f"{s['tp']}/{s['fp']}/{s['fn']}" if "tp" in s else ""
                    cells += [_num(s["precision"]), _num(s["recall"]), _num(s["f1"]), counts]
                n = per["all"][t].get("records", "") if avg == "micro" else ""
                name = f"{level} · {t.replace('_', ' ')} · {avg}"
                cls = ' class="sub"' if avg == "macro" else ""
                rows.append(f"<tr{cls}><td>{_e(name)}</td><td>{_e(n)}</td>"
                            + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    na, br, diffs = corpus["not_annotated"], corpus["brain_region"], corpus["differences"]
    notes = (
        f"{_e(corpus['records'])} records compared, {len(corpus.get('errors', []))} skipped. "
        "Not annotated (left out of the scores): "
        + ", ".join(f"{_e(t)} {_e(na[t])}" for t in SCORED_TYPES) + " records. "
        f"Brain regions: {_e(br['mentions'])} mentions, {_e(br['added'])} added ({_e(br['note'])}). "
        "Differences: " + ", ".join(f"{_e(k)} {_e(v)}" for k, v in diffs.items()) + ". "
        "PFOCR read its annotations from the figure image, so scores against all annotations "
        "measure agreement; the caption-visible subset holds those whose word or a synonym "
        "occurs in the caption."
    )
    return (f'<table class="summary"><thead>{head}</thead><tbody>{"".join(rows)}</tbody>'
            f'</table><p class="notes">{notes}</p>')


def chart_svg(corpus: Mapping[str, Any], level: str = "identifier") -> str:
    """An inline SVG bar chart: precision, recall and F1 per scored type and subset."""
    per = corpus["scores"][level]
    groups = [(t, s) for t in SCORED_TYPES if per["all"][t].get("records") for s in
              ("all", "visible")]
    bar, gap, left, top, height = 28, 34, 40, 20, 200
    width = left + max(1, len(groups)) * (3 * bar + gap) + 20
    size = f'width="{width}" height="{top + height + 60}" viewBox="0 0 {width} {top + height + 60}"'
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" {size}>',
             f"<title>{_e(level)}-level precision, recall and F1 per type</title>"]
    for i in range(5):
        y = top + height - i * height / 4
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - 10}" '
                     f'y2="{y:.1f}"/><text x="{left - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{i * 0.25:.2f}</text>')
    for g, (t, subset) in enumerate(groups):
        x0 = left + gap / 2 + g * (3 * bar + gap)
        s = per[subset][t]["micro"]
        for j, name in enumerate(("precision", "recall", "f1")):
            v = s[name]
            x = x0 + j * bar
            if v is None:
                parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + height - 4}" '
                             f'text-anchor="middle">n/a</text>')
                continue
            h = v * height
            parts.append(f'<rect class="bar-{name}" x="{x:.1f}" y="{top + height - h:.1f}" '
                         f'width="{bar - 3}" height="{h:.1f}"><title>{_e(t)} {_e(subset)} '
                         f'{_e(name)} {v:.3f}</title></rect><text x="{x + bar / 2 - 1:.1f}" '
                         f'y="{top + height - h - 3:.1f}" text-anchor="middle">{v:.2f}</text>')
        parts.append(f'<text x="{x0 + 1.5 * bar:.1f}" y="{top + height + 16}" '
                     f'text-anchor="middle">{_e(t)}</text><text x="{x0 + 1.5 * bar:.1f}" '
                     f'y="{top + height + 30}" text-anchor="middle">{_e(_SUBSET_TEXT[subset])}'
                     f"</text>")
    parts.append(f'<line class="axis" x1="{left}" y1="{top + height}" x2="{width - 10}" '
                 f'y2="{top + height}"/>')
    for j, name in enumerate(("precision", "recall", "F1")):
        x = left + j * 90
        parts.append(f'<rect class="bar-{name.lower()}" x="{x}" y="{top + height + 42}" '
                     f'width="12" height="12"/><text x="{x + 16}" y="{top + height + 52}">'
                     f"{name}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _filters() -> str:
    def boxes(group: str, values: Sequence[str], text: Mapping[str, str]) -> str:
        inner = "".join(f'<label><input type="checkbox" data-filter="{group}" value="{_e(v)}" '
                        f"checked> {_e(text.get(v, v))}</label>" for v in values)
        buttons = (f'<button type="button" data-group="{group}" data-all="on">all</button> '
                   f'<button type="button" data-group="{group}" data-all="off">none</button>')
        return f"<fieldset><legend>{_e(group)}</legend>{inner}{buttons}</fieldset>"

    types = {t: t.replace("_", " ") for t in ENTITY_TYPES}
    legend = "".join(f'<span><mark class="ent t-gene s-{s}{" x-existing" if s == "missed" else ""}"'
                     f">{_e(s)}</mark> {_e(_STATUS_TEXT[s])}</span>" for s in STATUSES)
    legend += "".join(f'<span><span class="sw" style="background:var(--{t})"></span>'
                      f"{_e(t.replace('_', ' '))}</span>" for t in ENTITY_TYPES)
    return (f'<div class="filters">{boxes("type", ENTITY_TYPES, types)}'
            f'{boxes("kind", STATUSES, {})}<label><input type="checkbox" '
            f'id="only-differences"> only figures with a difference shown</label>'
            f'<span>showing <b id="shown-count">all</b> figures</span></div>'
            f'<div class="legend">{legend}</div>')


def _spans(c: RecordComparison) -> list[tuple[int, int, str, str, str, bool, str]]:
    """``(start, end, type, status, title, existing, filter types)`` of each highlight;
    the filter types are the mention's type and, where PFOCR annotated the same words as
    another type (a suspect gene read as a chemical), that one too, so that the type
    filter shows the highlight wherever it shows the table row."""
    spans = []
    reasons = {(d.start, d.end): d for d in c.differences if d.start >= 0 and d.kind != "added"}
    for m, status in zip(c.mentions, c.mention_status):
        title = f"{m.label} · {' '.join(m.identifiers)} · {m.method} {m.score:.2f} · {status}"
        d = reasons.get(m.span)
        types = m.type
        if d is not None:
            title += f" · PFOCR {d.symbol or d.word} {' '.join(d.identifiers)}"
            title += f" · {d.reason}" if d.reason else ""
            if d.type != m.type:
                types += " " + d.type
        spans.append((m.start, m.end, m.type, status, title, False, types))
    for d in c.differences:
        if d.kind in ("missed", "suspect") and d.start >= 0:
            title = f"PFOCR {d.symbol or d.word} · {' '.join(d.identifiers)} · {d.kind}"
            if d.reason:
                title += f" · {d.reason}"
            spans.append((d.start, d.end, d.type, d.kind, title, True, d.type))
    kept: list[tuple[int, int, str, str, str, bool, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], s[5], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _caption(c: RecordComparison) -> str:
    out, pos = [], 0
    for start, end, type_, status, title, existing, types in _spans(c):
        out.append(_e(c.caption[pos:start]))
        extra = " x-existing" if existing else ""
        out.append(f'<mark class="ent t-{_e(type_)} s-{_e(status)}{extra}" data-type="{_e(types)}"'
                   f' data-status="{_e(status)}" title="{_e(title)}">{_e(c.caption[start:end])}'
                   f'<span class="lbl">{_e(_TYPE_LABEL.get(type_, type_))}</span></mark>')
        pos = end
    out.append(_e(c.caption[pos:]))
    return "".join(out)


def _diff_row(d: Difference) -> str:
    type_ = d.figcap_type if d.kind == "added" and d.figcap_type else d.type
    pfocr = " ".join(d.identifiers) + (f" ({d.symbol})" if d.symbol else "")
    figcap = " ".join(d.figcap_identifiers) + (f" ({d.figcap_label})" if d.figcap_label else "")
    where = f"{d.start}–{d.end}" if d.start >= 0 else "not in caption"
    return (f'<tr data-kind="{_e(d.kind)}" data-type="{_e(type_)}"><td class="k k-{_e(d.kind)}">'
            f"{_e(d.kind)}</td><td>{_e(type_.replace('_', ' '))}</td><td>{_e(d.word)}</td>"
            f"<td><code>{_e(pfocr)}</code></td><td><code>{_e(figcap)}</code></td>"
            f"<td>{_e(where)}</td><td>{_e(d.reason)}</td></tr>")


def _card(c: RecordComparison) -> str:
    # figcap's mentions by status, and the missed and suspect rows of the table (a suspect
    # PFOCR annotation need not be in the caption)
    counts: dict[str, int] = {}
    for s in c.mention_status:
        if s != "suspect":
            counts[s] = counts.get(s, 0) + 1
    for d in c.differences:
        if d.kind in ("missed", "suspect"):
            counts[d.kind] = counts.get(d.kind, 0) + 1
    chips = "".join(f'<span class="k-{_e(s)}">{_e(s)} {counts[s]}</span>'
                    for s in STATUSES if counts.get(s))
    meta = [", ".join(c.organisms) or "no organism given"]
    if c.not_annotated:
        meta.append("not annotated: " + ", ".join(c.not_annotated))
    diffs = ("" if not c.differences else
             '<table class="diffs"><thead><tr><th>kind</th><th>type</th><th>word</th>'
             "<th>PFOCR</th><th>figcap</th><th>where</th><th>reason</th></tr></thead><tbody>"
             + "".join(_diff_row(d) for d in c.differences) + "</tbody></table>")
    title = f" — {_e(c.figtitle)}" if c.figtitle else ""
    return (f'<article class="card" id="{_e(c.figid)}" data-figid="{_e(c.figid)}">'
            f'<h3><a href="{_e(c.figure_url)}" target="_blank" rel="noopener">{_e(c.figid)}</a>'
            f'{title}</h3><div class="meta">{_e(" · ".join(meta))} '
            f'<span class="chips">{chips}</span></div>'
            f'<div class="caption">{_caption(c)}</div>{diffs}</article>')


def render_report(comparisons: Sequence[RecordComparison],
                  scores: Mapping[str, Any] | CorpusScores,
                  *, title: str = "figcap vs existing PFOCR annotations") -> str:
    """The report page as text (see :func:`write_report`)."""
    corpus = _corpus(scores)
    subtitle = (f"{len(comparisons)} figures · figcap {__version__} · captions highlighted by "
                "entity type (colour) and comparison status (border)")
    page = Template(_asset("page.html"))
    return page.substitute(
        version=_e(__version__), title=_e(title), subtitle=_e(subtitle),
        css=_asset("report.css"), js=_asset("report.js"), summary=_summary(corpus),
        chart=chart_svg(corpus), filters=_filters(),
        cards="\n".join(_card(c) for c in comparisons),
    )


def write_report(comparisons: Sequence[RecordComparison],
                 scores: Mapping[str, Any] | CorpusScores, path: str | Path,
                 *, title: str = "figcap vs existing PFOCR annotations") -> Path:
    """Write one self-contained HTML page (atomically) and return its path.

    Parameters
    ----------
    comparisons : sequence of RecordComparison
        One card each, in the given order.
    scores : dict or CorpusScores
        :func:`figcap.evaluation.scoring.score_records`' result, ``scores.json``'s
        content, its ``corpus`` part, or a :class:`CorpusScores`.
    path : str or Path
        The ``.html`` file to write (folders are created).
    title : str
        Page title.
    """
    target = Path(path)
    atomic_write_bytes(target, render_report(comparisons, scores, title=title).encode("utf-8"))
    return target
