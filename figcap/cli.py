"""figcap's command line (typer). Each command parses options and calls a library function.

Exit codes: 0 ok, 1 data errors (a bad record, an input folder without records, a missing
lexicon, an output that cannot be written), 2 usage errors (a bad option value, an output
that is an input file).
Data go to stdout or files; progress and logs to stderr.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ._version import __version__
from .errors import ConfigError, FigcapError

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Re-annotate the captions of biomedical (PFOCR) figures.")
lexicons_app = typer.Typer(no_args_is_help=True, help="Build and inspect the compiled lexicons.")
app.add_typer(lexicons_app, name="lexicons")
log = logging.getLogger("figcap")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"figcap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr."),
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(exc: Exception, writing: bool = False) -> None:
    """Print the error on one line and exit: 2 for a usage error (:class:`ConfigError`, such
    as an output path that is an input file), 1 otherwise. ``writing``: an :class:`OSError`
    is an output that cannot be written (the commands that write records read them through
    figcap.records, whose reading errors are :class:`RecordFormatError`)."""
    if writing and isinstance(exc, OSError) and exc.filename is not None:
        typer.echo(f"figcap: error: cannot write {exc.filename}: {exc.strerror}", err=True)
    else:
        typer.echo(f"figcap: error: {exc}", err=True)
    raise typer.Exit(2 if isinstance(exc, ConfigError) else 1)


@lexicons_app.command("build")
def lexicons_build(
    sources: Path = typer.Option(..., "--sources", help="Folder of raw lexicon sources."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output folder (default: the package data)."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Build only these lexicons."),
) -> None:
    """Compile the lexicons (genes, families, chemicals, diseases, brain regions) from SOURCES."""
    from .lexicons.build import build_all

    try:
        entries = build_all(sources, out, only)
    except (FigcapError, KeyError) as exc:
        _fail(exc)
    for name, entry in entries.items():
        if "concepts" in entry:
            typer.echo(f"{name:14} {entry['concepts']:>8} concepts {entry['terms']:>9} terms")


@lexicons_app.command("info")
def lexicons_info(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print the provenance and size of every compiled lexicon."""
    from .lexicons.info import format_info, lexicon_info

    try:
        info = lexicon_info()
    except FigcapError as exc:
        _fail(exc)
    typer.echo(json.dumps(info, indent=1, sort_keys=True) if as_json else format_info(info))


@app.command("demo")
def demo(limit: int = typer.Option(0, min=0,
                                   help="Only the first N bundled records (0: all).")) -> None:
    """Re-annotate the sample records bundled with figcap and print what it finds."""
    from .demo import run_demo

    try:
        run_demo(limit=limit, out=sys.stdout)
    except FigcapError as exc:
        _fail(exc)


@app.command("annotate")
def annotate_cmd(
    inputs: List[Path] = typer.Argument(..., help="Record files, folders or JSON Lines."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write re-annotated records here."),
    as_json: bool = typer.Option(False, "--json", help="Print mentions as JSON Lines."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes (same output for any number)."),
) -> None:
    """Re-annotate records: print mentions, or write records with a `figcap` block to --out."""
    from .engine import annotate_records, check_out_dir
    from .ner.pipeline import warm_up

    try:
        if out is not None:
            check_out_dir(inputs, out)  # before the pipeline loads
        warm_up(freeze_gc=True)  # this process annotates in bulk
        stats = annotate_records(inputs, out_dir=out, json_lines=as_json, stream=sys.stdout,
                                 jobs=jobs)
    except (FigcapError, OSError) as exc:
        _fail(exc, writing=True)
    typer.echo(f"{stats['records']} records, {stats['mentions']} mentions, "
               f"{len(stats['errors'])} bad records", err=True)
    for err in stats["errors"]:
        typer.echo(f"  skipped: {err}", err=True)
    if stats["errors"]:
        raise typer.Exit(1)


@app.command("benchmark")
def benchmark_cmd(
    corpus: Path = typer.Argument(..., help="A PubTator file."),
    entity_type: str = typer.Option(..., "--type", help="Chemical, Disease, Gene or BrainRegion."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
    half: Optional[str] = typer.Option(None, "--half", help="first or second half of the documents."),
) -> None:
    """Score figcap on a PubTator gold corpus (mention and document-level P/R/F1)."""
    from .api import annotate
    from .evaluation.benchmark import format_table, run_benchmark

    if entity_type not in ("Chemical", "Disease", "Gene", "BrainRegion"):
        typer.echo(f"figcap: error: --type must be Chemical, Disease, Gene or BrainRegion, "
                   f"not {entity_type!r}", err=True)
        raise typer.Exit(2)
    try:
        result = run_benchmark(corpus, entity_type, annotate, limit=limit, half=half)
    except (FigcapError, OSError, ValueError) as exc:
        _fail(exc)
    typer.echo(json.dumps(result, indent=1, sort_keys=True) if as_json else format_table(result))


@app.command("score")
def score_cmd(
    inputs: List[Path] = typer.Argument(..., help="Record files or folders (figcap output or raw)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write scores.json, differences.tsv, suspects.tsv here."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the curator report (HTML) here."),
    rerun: bool = typer.Option(False, "--rerun", help="Run figcap even on records that hold figcap output."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="Only the first N records."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes (same output for any number)."),
) -> None:
    """Compare figcap's reading of records with their existing annotations (P/R/F1, differences)."""
    from .evaluation.scoring import check_outputs, format_summary, score_records
    from .ner.pipeline import warm_up

    try:
        check_outputs(inputs, out, html)  # before the pipeline loads
        warm_up(freeze_gc=True)  # this process annotates in bulk
        if html is not None:
            from .report import report_records

            result = report_records(inputs, html, limit=limit, rerun=rerun, out_dir=out,
                                    jobs=jobs)
            scores = result
        else:
            scores = score_records(inputs, out, rerun=rerun, limit=limit, jobs=jobs)
    except (FigcapError, OSError) as exc:
        _fail(exc, writing=True)
    typer.echo(json.dumps(scores, indent=1, sort_keys=True) if as_json else format_summary(scores))
    for err in scores.get("errors", []):
        typer.echo(f"  skipped: {err}", err=True)
    if scores.get("errors"):
        raise typer.Exit(1)


@app.command("report")
def report_cmd(
    inputs: List[Path] = typer.Argument(..., help="Record files or folders."),
    out: Path = typer.Option(Path("figcap-report.html"), "--out", help="The HTML page to write."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="Only the first N records."),
    rerun: bool = typer.Option(False, "--rerun", help="Run figcap even on records that hold figcap output."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes (same output for any number)."),
) -> None:
    """Write the curator report: one self-contained HTML page with a card per figure."""
    from .evaluation.scoring import check_outputs
    from .ner.pipeline import warm_up
    from .report import report_records

    try:
        check_outputs(inputs, None, out)  # before the pipeline loads
        warm_up(freeze_gc=True)  # this process annotates in bulk
        result = report_records(inputs, out, limit=limit, rerun=rerun, jobs=jobs)
    except (FigcapError, OSError) as exc:
        _fail(exc, writing=True)
    errors = result.get("errors", [])
    typer.echo(f"wrote {out}", err=True)
    for err in errors:
        typer.echo(f"  skipped: {err}", err=True)
    if errors:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="figcap")
