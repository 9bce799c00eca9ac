"""The figcap command line, run as a user would (python -m figcap)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "records" / "old" / "PMC7859674__10.1177_0269881120959644-fig4.md"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "figcap", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_version_and_help():
    from figcap import __version__

    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"figcap {__version__}"
    out = run("--help")
    assert out.returncode == 0
    for command in ("demo", "annotate", "benchmark", "lexicons"):
        assert command in out.stdout


def test_lexicons_info_lists_every_source_with_version_and_licence():
    out = run("lexicons", "info")
    assert out.returncode == 0, out.stderr
    for name in ("genes:", "families:", "chemicals:", "diseases:", "brain_regions:"):
        assert name in out.stdout
    source_lines = [ln for ln in out.stdout.splitlines() if ln.startswith("  - ")]
    assert len(source_lines) >= 10
    assert all(" version " in ln and " licence " in ln for ln in source_lines)


def test_demo_reannotates_bundled_records():
    out = run("demo", "--limit", "2")
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("mentions") >= 2
    assert "existing genes" in out.stdout


def test_annotate_writes_records_and_reports_bad_ones(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / SEED.name)
    (inputs / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    before = (inputs / SEED.name).read_bytes()
    out_dir = tmp_path / "out"
    res = run("annotate", str(inputs), "--out", str(out_dir))
    assert res.returncode == 1  # one bad record: reported, the batch went on
    assert "broken.md" in res.stderr and "1 records" in res.stderr
    assert (inputs / SEED.name).read_bytes() == before  # inputs never modified
    written = out_dir / SEED.name
    from figcap.records import read_record

    rec = read_record(written)
    mentions = rec.fields["figcap"]["mentions"]
    assert any(m["text"] == "LHb" and m["type"] == "brain_region" for m in mentions)
    again = tmp_path / "again"
    run("annotate", str(inputs), "--out", str(again))
    assert (again / SEED.name).read_bytes() == written.read_bytes()  # deterministic
    refused = run("annotate", str(inputs / SEED.name), "--out", str(inputs))
    assert refused.returncode == 1 and "never overwrites" in refused.stderr


def test_annotate_json_lines():
    res = run("annotate", str(SEED), "--json")
    assert res.returncode == 0, res.stderr
    line = json.loads(res.stdout.splitlines()[0])
    assert line["figid"] == "PMC7859674__10.1177_0269881120959644-fig4"
    assert {"text", "start", "end", "type", "identifiers", "method", "score"} <= set(line["mentions"][0])


def test_benchmark_command_on_fixture_corpus():
    res = run("benchmark", str(FIXTURES / "benchmarks" / "bc5cdr.PubTator"), "--type", "Chemical",
              "--json")
    assert res.returncode == 0, res.stderr
    result = json.loads(res.stdout)
    assert result["document_ids"]["f1"] is not None
    bad = run("benchmark", str(FIXTURES / "benchmarks" / "bc5cdr.PubTator"), "--type", "Protein")
    assert bad.returncode == 2 and "--type" in bad.stderr


def test_score_and_report_commands(tmp_path):
    seed = FIXTURES / "evaluation" / SEED.name
    res = run("score", str(seed), "--out", str(tmp_path / "scores"), "--html",
              str(tmp_path / "report.html"))
    assert res.returncode == 0, res.stderr
    assert "caption-visible" in res.stdout
    suspects = (tmp_path / "scores" / "suspects.tsv").read_text(encoding="utf-8")
    assert "LHb is defined in the caption as lateral habenula (brain region)" in suspects
    scores = json.loads((tmp_path / "scores" / "scores.json").read_text(encoding="utf-8"))
    assert scores["corpus"]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<svg" in page and "PMC7859674" in page
    res = run("report", str(seed), "--out", str(tmp_path / "r2.html"))
    assert res.returncode == 0 and (tmp_path / "r2.html").exists()


def _odd_captions(tmp_path: Path) -> Path:
    """A JSON Lines file of three records: the seed's caption (PMC7859674), the JSON escape
    of a lone surrogate, and a caption one character over spaCy's max_length."""
    from figcap.records import read_record

    seed = read_record(SEED)
    path = tmp_path / "odd.jsonl"
    lines = [{"figid": seed.figid, "caption": seed.caption},
             {"figid": "PMCJ2", "caption": "EGFR \ud800 KRAS"},
             {"figid": "PMCJ3", "caption": "TP53 binds MDM2. " * 58824}]  # 1,000,008 chars
    path.write_text("".join(json.dumps(obj) + "\n" for obj in lines), encoding="utf-8")
    return path


def test_one_bad_caption_does_not_stop_the_batch(tmp_path):
    """A lone surrogate (spaCy's UnicodeEncodeError) and an over-long caption (spaCy's E088)
    are errors of their records, named with the problem; the other record is written."""
    odd = _odd_captions(tmp_path)
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        res = run("annotate", str(odd), "--out", str(out), "--jobs", jobs)
        assert res.returncode == 1, res.stderr
        assert "Traceback" not in res.stderr
        assert f"{odd}:2: invalid character U+D800 at offset 5 of caption" in res.stderr
        assert f"{odd}:3: caption too long: 1000008 characters (limit 1000000)" in res.stderr
        written = (out / "odd.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["figid"] for line in written] == [
            "PMC7859674__10.1177_0269881120959644-fig4"]
    res = run("score", str(odd), "--jobs", "2", "--out", str(tmp_path / "scores"))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "caption too long" in res.stderr and "U+D800" in res.stderr
    assert "1 records" in res.stdout
