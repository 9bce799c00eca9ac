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
    are errors of their records, named with the problem; the other record is written, with
    one or two worker processes, by annotate and by score (in process: the CLI only adds the
    summary lines)."""
    from figcap.engine import annotate_records
    from figcap.evaluation.scoring import score_records

    odd = _odd_captions(tmp_path)
    expected = [f"{odd}:2: invalid character U+D800 at offset 5 of caption",
                f"{odd}:3: caption too long: 1000008 characters (limit 1000000)"]
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        stats = annotate_records([odd], out_dir=out, jobs=jobs)
        assert [str(e) for e in stats["errors"]] == expected
        written = (out / "odd.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["figid"] for line in written] == [
            "PMC7859674__10.1177_0269881120959644-fig4"]
    scores = score_records([odd], tmp_path / "scores", jobs=2)
    assert scores["errors"] == expected and list(scores["records"]) == [
        "PMC7859674__10.1177_0269881120959644-fig4"]


def test_outputs_that_are_inputs_are_refused_before_any_work(tmp_path):
    """report --out, score --html and score --out never write over an input record: a
    usage error (exit 2) naming the path, the record left as it was."""
    recs = tmp_path / "recs"
    recs.mkdir()
    shutil.copy(SEED, recs / SEED.name)
    rec = recs / SEED.name
    before = rec.read_bytes()
    for args in (("report", str(rec), "--out", str(rec)),
                 ("score", str(rec), "--html", str(rec)),
                 ("report", str(recs), "--out", str(rec))):
        res = run(*args)
        assert res.returncode == 2, (args, res.stderr)
        assert f"figcap: error: {rec} is an input file" in res.stderr
        assert rec.read_bytes() == before
    listed = tmp_path / "scores.json"  # any file named as an input is one
    listed.write_text("{}\n", encoding="utf-8")
    res = run("score", str(rec), str(listed), "--out", str(tmp_path))
    assert res.returncode == 2 and f"{listed} is an input file" in res.stderr
    assert listed.read_text(encoding="utf-8") == "{}\n"


def test_unwritable_outputs_are_one_line_errors(tmp_path):
    """An --out that is a file where a folder is wanted (or under a file) is reported as
    "cannot write PATH: REASON", exit 1, without a traceback and before any work."""
    a_file = tmp_path / "afile"
    a_file.write_text("x\n", encoding="utf-8")
    for args, path in ((("annotate", str(SEED), "--out", str(a_file)), a_file),
                       (("score", str(SEED), "--out", str(a_file)), a_file),
                       (("report", str(SEED), "--out", str(a_file / "r.html")), a_file / "r.html"),
                       (("score", str(SEED), "--html", str(tmp_path)), tmp_path)):
        res = run(*args)
        assert res.returncode == 1, (args, res.stderr)
        assert res.stderr.startswith(f"figcap: error: cannot write {path}: "), res.stderr
        assert len(res.stderr.splitlines()) == 1
    assert a_file.read_text(encoding="utf-8") == "x\n"


def test_duplicate_figids_and_outputs_inside_inputs(tmp_path, monkeypatch):
    """Two records with one figid: the second is an error naming both files, and no record
    is written over another input (ovA/x.md has the figid of ovB/PMC1__f1.md). An --out
    folder inside an input folder is not read as input on the next run. (In process: the
    command line calls annotate_records.)"""
    import pytest

    from figcap.engine import annotate_records
    from figcap.errors import ConfigError
    from figcap.records import read_record

    monkeypatch.chdir(tmp_path)
    (tmp_path / "ovA").mkdir()
    (tmp_path / "ovB").mkdir()
    text = SEED.read_text(encoding="utf-8").replace(
        "figid: PMC7859674__10.1177_0269881120959644-fig4", "figid: PMC1__f1")
    (tmp_path / "ovA" / "x.md").write_text(text, encoding="utf-8")
    target = tmp_path / "ovB" / "PMC1__f1.md"
    target.write_text(text.replace("lateral habenula", "LATERAL HABENULA"), encoding="utf-8")
    before = target.read_bytes()
    stats = annotate_records(["ovA/x.md", "ovB/PMC1__f1.md"], out_dir=Path("ovB"))
    assert [str(e) for e in stats["errors"]] == [
        "ovA/x.md: refusing to overwrite the input file ovB/PMC1__f1.md",
        "ovB/PMC1__f1.md: duplicate figid PMC1__f1, already read from ovA/x.md: not written"]
    assert target.read_bytes() == before
    stats = annotate_records(["ovA/x.md", str(SEED), "ovB/PMC1__f1.md"], out_dir=Path("new"))
    assert stats["records"] == 2 and [str(e) for e in stats["errors"]] == [
        "ovB/PMC1__f1.md: duplicate figid PMC1__f1, already read from ovA/x.md: not written"]
    assert "LATERAL" not in (tmp_path / "new" / "PMC1__f1.md").read_text(encoding="utf-8")
    same = tmp_path / "same"
    same.mkdir()
    shutil.copy(SEED, same / SEED.name)
    for _ in range(2):
        stats = annotate_records(["same"], out_dir=Path("same/out"))
        assert stats["records"] == 1 and stats["errors"] == []
    assert sorted(p.relative_to(same).as_posix() for p in same.rglob("*.md")) == [
        SEED.name, f"out/{SEED.name}"]
    assert read_record(same / "out" / SEED.name).fields["figcap"]["mentions"]
    with pytest.raises(ConfigError, match="--out same is an input folder"):
        annotate_records(["same"], out_dir=Path("same"))


def test_usage_errors_exit_2():
    """A negative --limit (score, report, demo) and a --half that is not first/second are
    usage errors: exit 2, before any work."""
    for args in (("score", str(SEED), "--limit", "-1"), ("report", str(SEED), "--limit", "-3"),
                 ("demo", "--limit", "-1")):
        res = run(*args)
        assert res.returncode == 2 and "--limit" in res.stderr, (args, res.stderr)
    res = run("benchmark", str(FIXTURES / "benchmarks" / "bc5cdr.PubTator"), "--type",
              "Chemical", "--half", "third")
    assert res.returncode == 2 and "half must be 'first', 'second'" in res.stderr


def test_demo_counts_the_words_it_lists():
    """The first bundled sample lists 13 gene words that PFOCR grounded to 23 genes: the
    heading says both, not 23 over a list of 13."""
    import io

    from figcap.demo import run_demo

    out = io.StringIO()
    run_demo(limit=1, out=out)
    line = next(ln for ln in out.getvalue().splitlines() if ln.startswith("existing genes"))
    head, words = line.split(": ", 1)
    assert head == "existing genes (13 words, 23 annotations)"
    assert len(words.split(", ")) == 13
