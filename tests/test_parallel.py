"""figcap over records in worker processes gives what one process gives, in the same order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from figcap.engine import annotate_records, reannotate_all
from figcap.evaluation.scoring import score_records
from figcap.parallel import map_records

RECORDS = Path(__file__).parent / "fixtures" / "records"


@pytest.fixture()
def mixed(tmp_path):
    """Real records of both layouts with bad ones between them, in a known file order."""
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted((RECORDS / "old").glob("*.md"))
    bad = [RECORDS / "bad" / n for n in ("no_caption.md", "bad_yaml.md", "genes_not_list.md")]
    for k, path in enumerate(good):
        shutil.copy(path, folder / f"{2 * k:02d}_{path.name}")
    for k, path in enumerate(bad):
        shutil.copy(path, folder / f"{4 * k + 1:02d}_{path.name}")
    return folder


def test_worker_processes_give_the_same_reannotations_and_errors(mixed):
    one: list = []
    expected = [(r.record.figid, r.mentions) for r in reannotate_all([mixed], one)]
    assert one and expected  # bad records reported, good ones annotated
    for jobs in (2, 3):
        errors: list = []
        got = [(r.record.figid, r.mentions) for r in reannotate_all([mixed], errors, jobs)]
        assert got == expected
        assert [str(e) for e in errors] == [str(e) for e in one]


def test_errors_keep_their_place_between_batches():
    # items that report an error while being read, and ones whose work fails
    from figcap.errors import RecordFormatError

    def items(errors):
        for k in range(10):
            if k % 3 == 0:
                errors.append(RecordFormatError(f"read-{k}", "unreadable"))
            yield k

    def work(k):
        if k % 4 == 1:
            raise RecordFormatError(f"work-{k}", "failed")
        return k * k

    runs = []
    for jobs, batch in ((1, 64), (2, 1), (2, 3), (3, 64)):
        errors: list = []
        out = list(map_records(work, items(errors), errors, jobs, batch))
        runs.append((out, [e.source for e in errors]))
    assert all(run == runs[0] for run in runs)
    assert runs[0][1][:3] == ["read-0", "work-1", "read-3"]


def test_score_and_annotate_do_not_depend_on_jobs(mixed, tmp_path):
    a = score_records([mixed], tmp_path / "s1")
    b = score_records([mixed], tmp_path / "s2", jobs=2)
    for name in ("scores.json", "differences.tsv", "suspects.tsv"):
        assert (tmp_path / "s1" / name).read_bytes() == (tmp_path / "s2" / name).read_bytes()
    assert a["errors"] == b["errors"] and a["errors"]
    stats = [annotate_records([mixed], out_dir=tmp_path / f"a{jobs}", jobs=jobs)
             for jobs in (1, 2)]
    assert stats[0]["records"] == stats[1]["records"] >= 4
    assert [str(e) for e in stats[0]["errors"]] == [str(e) for e in stats[1]["errors"]]
    written = sorted(p.name for p in (tmp_path / "a1").iterdir())
    assert written == sorted(p.name for p in (tmp_path / "a2").iterdir())
    for name in written:
        assert (tmp_path / "a1" / name).read_bytes() == (tmp_path / "a2" / name).read_bytes()


def test_command_line_jobs_option(mixed):
    import subprocess
    import sys

    def run(*extra):
        return subprocess.run([sys.executable, "-m", "figcap", "annotate", str(mixed), "--json",
                               *extra], capture_output=True, text=True)

    one, two = run(), run("--jobs", "2")
    assert one.returncode == two.returncode == 1  # bad records reported, the batch went on
    assert one.stdout == two.stdout and one.stdout.count("\n") >= 4
    assert one.stderr.splitlines()[-3:] == two.stderr.splitlines()[-3:]


def test_progress_is_logged_at_info(caplog, monkeypatch):
    """``figcap -v`` sets INFO: map_records logs every PROGRESS_EVERY records and the total
    (bad records counted), and nothing below INFO."""
    import logging

    from figcap import parallel
    from figcap.errors import RecordFormatError

    def odd_is_bad(n: int) -> int:
        if n % 2:
            raise RecordFormatError(f"r{n}", "odd")
        return n

    monkeypatch.setattr(parallel, "PROGRESS_EVERY", 2)
    errors: list = [RecordFormatError("before", "not this run's")]
    with caplog.at_level(logging.WARNING, logger="figcap.parallel"):
        assert list(map_records(odd_is_bad, range(7), errors)) == [0, 2, 4, 6]
    assert caplog.records == []
    with caplog.at_level(logging.INFO, logger="figcap.parallel"):
        list(map_records(odd_is_bad, range(7), errors[:1]))
    lines = [r.getMessage().split(" in ")[0] for r in caplog.records]
    # every 2 good records (0 and 2, then 4 and 6), counting the bad ones read meanwhile
    assert lines == ["3 records (1 bad)", "7 records (3 bad)", "done: 7 records (3 bad)"]


def test_verbose_logs_progress_on_stderr_only(tmp_path):
    """-v prints progress lines on stderr; stdout (and any file written) is what it is
    without -v."""
    import subprocess
    import sys

    seed = RECORDS / "old" / "PMC7859674__10.1177_0269881120959644-fig4.md"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "figcap", *args], capture_output=True,
                              text=True, check=False)

    quiet, loud = run("annotate", str(seed), "--json"), run("-v", "annotate", str(seed), "--json")
    assert quiet.returncode == loud.returncode == 0
    assert loud.stdout == quiet.stdout
    assert "INFO figcap.parallel: done: 1 records (0 bad)" in loud.stderr
    assert "INFO" not in quiet.stderr
