"""The curator report: one self-contained, well-formed HTML page; rendered in Chromium."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from figcap.evaluation.compare import compare_record, corpus_scores
from figcap.evaluation.scoring import compare_records, scores_dict
from figcap.report import render_report, report_records, write_report
from figcap.schema import Annotation, Mention, Record

FIXTURES = Path(__file__).parent / "fixtures" / "evaluation"
GOOD = sorted(FIXTURES.glob("*.md"))
VOID = {"meta", "br", "input", "img", "link", "hr", "rect", "line", "path", "circle"}


class _Checker(HTMLParser):
    """Collects tags and checks that non-void elements nest and close."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


@pytest.fixture(scope="module")
def comparisons():
    return list(compare_records(GOOD))


@pytest.fixture(scope="module")
def page(comparisons):
    return render_report(comparisons, scores_dict(comparisons))


def _with_class(checker, tag, cls):
    return [a for t, a in checker.tags if t == tag and cls in (a.get("class") or "").split()]


def test_page_is_well_formed_and_self_contained(page, comparisons):
    checker = _parse(page)
    assert checker.errors == [] and checker.stack == []
    cards = _with_class(checker, "article", "card")
    assert [a["data-figid"] for a in cards] == [c.figid for c in comparisons]
    assert len(_with_class(checker, "svg", "chart")) == 1
    assert sum(t == "rect" for t, _ in checker.tags) >= 6  # bars and legend
    filters = [a for t, a in checker.tags if t == "input" and a.get("data-filter")]
    assert {a["data-filter"] for a in filters} == {"type", "kind"}
    assert {a["value"] for a in filters if a["data-filter"] == "kind"} >= {
        "agree", "added", "missed", "regrounded", "suspect"}
    # No network: no external scripts, styles or images; links only to the figures.
    assert not any(t in ("link", "img", "iframe") for t, _ in checker.tags)
    assert not any("src" in a for _, a in checker.tags)
    hrefs = [a["href"] for t, a in checker.tags if t == "a"]
    assert hrefs and all(h.startswith("https://www.ncbi.nlm.nih.gov/") for h in hrefs)
    assert "<style>" in page and "<script>" in page


def test_seed_card_highlights(page):
    checker = _parse(page)
    marks = [a for t, a in checker.tags if t == "mark" and "ent" in (a.get("class") or "")]
    lhb = [a for a in marks if a.get("data-status") == "suspect" and "LHb" in a.get("title", "")]
    assert lhb, "LHb should be highlighted as suspect"
    statuses = {a.get("data-status") for a in marks}
    assert {"agree", "added", "suspect", "regrounded", "unscored"} <= statuses
    assert "PMC7859674/figure/fig4-0269881120959644/" in page
    assert "LHb is defined in the caption as lateral habenula (brain region)" in page


def test_chips_count_the_table_and_suspect_highlights_carry_pfocrs_type(page, comparisons):
    # each card's suspect chip counts its suspect rows (some PFOCR annotations a card lists
    # as suspect are not in the caption); LHb, figcap's brain region and PFOCR's gene,
    # shows under either type filter
    for c in comparisons:
        rows = sum(d.kind == "suspect" for d in c.differences)
        card = page[page.index(f'data-figid="{c.figid}"'):]
        chips = card[card.index('class="chips"'):card.index("</span></div>")]
        assert (f'k-suspect">suspect {rows}<' in chips) == bool(rows), c.figid
    marks = [a for t, a in _parse(page).tags if t == "mark" and "LHb" in a.get("title", "")
             and a.get("data-status") == "suspect"]
    assert marks and all(a["data-type"] == "brain_region gene" for a in marks)


def test_text_is_escaped_and_output_deterministic(tmp_path):
    caption = 'AKT1 <script>alert("x")</script> & <b>bold</b>'
    record = Record("PMC1__esc", caption, figtitle="<i>title</i>",
                    annotations={"gene": (Annotation("gene", "AKT1", ("NCBIGene:207",)),),
                                 "chemical": None, "disease": None},
                    fields={"figlink": "pmc/articles/PMC1/figure/F1/"})
    mentions = [Mention("AKT1", 0, 4, "gene", ("HGNC:391", "NCBIGene:207"), "AKT1")]
    c = compare_record(record, mentions)
    first = write_report([c], corpus_scores([c]), tmp_path / "r.html").read_bytes()
    second = write_report([c], corpus_scores([c]), tmp_path / "s.html").read_bytes()
    assert first == second
    page = first.decode("utf-8")
    assert '<script>alert("x")</script>' not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "&lt;i&gt;title&lt;/i&gt;" in page
    checker = _parse(page)
    assert checker.errors == [] and len(_with_class(checker, "article", "card")) == 1


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium(tmp_path, *args):
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH "
                    "(install Debian's `chromium` package to run the browser test)")
def test_report_renders_in_headless_chromium(tmp_path):
    path = tmp_path / "report.html"
    result = report_records(GOOD, path)
    n = result["corpus"]["records"]
    url = path.resolve().as_uri()
    dom = _chromium(tmp_path, "--dump-dom", url).stdout
    assert 'data-ready="true"' in dom, "the report's script did not finish its setup"
    assert f'data-cards="{n}"' in dom
    assert dom.count('<article class="card') == n
    assert '<svg class="chart"' in dom and "bar-recall" in dom
    assert '<b id="shown-count">' + str(n) + "</b>" in dom

    # Filters from the URL: suspects only, hide figures without one.
    dom = _chromium(tmp_path, "--dump-dom", url + "#kind=suspect&only=1").stdout
    shown = re.findall(r'<article class="card( hidden)?" id="([^"]+)"', dom)
    visible = {figid for hidden, figid in shown if not hidden}
    assert "PMC7859674__10.1177_0269881120959644-fig4" in visible
    assert "PMC102186__mb2400926009" not in visible  # nothing annotated, nothing suspect
    assert re.search(r'<mark class="ent t-gene s-agree off"', dom)

    png = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={png}", "--window-size=1280,2000", url)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a rendered page, not a blank one
