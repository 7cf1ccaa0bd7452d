"""The command line: each command mirrors one function of ``readout.api``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from readout import __version__, api
from readout.analyze.pipeline import AnalyzeOptions
from readout.errors import ReadoutError
from readout.ingest import IngestOptions
from readout.ingest.options import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news coverage of diplomacy into a sourced, structured picture.")
err = Console(stderr=True)


class AnalyzeFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    md = "md"
    html = "html"


class BriefFormat(str, Enum):
    text = "text"
    md = "md"
    html = "html"
    json = "json"


DbOption = typer.Option(None, "--db", help="SQLite file or SQLAlchemy URL [default: ./readout.db]")
GazetteerOption = typer.Option(None, "--gazetteer", help="extra gazetteer JSON file (adds or overrides actors)")
MaxBytesOption = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="skip inputs larger than this")
ProcessesOption = typer.Option(1, "--processes", "-p", min=1, help="worker processes for analysis")
OutputOption = typer.Option(None, "--output", "-o", help="write to this file instead of stdout")


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for interactive runs; silent when piped or in CI."""
    if not sys.stderr.isatty():
        yield lambda _n: None
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)


def _fail(error: ReadoutError) -> None:
    api.print_error(error)
    raise typer.Exit(1)


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="files, folders, globs, URLs, or - for stdin"),
    fmt: AnalyzeFormat = typer.Option(AnalyzeFormat.json, "--format", "-f"),
    output: Path | None = OutputOption,
    gazetteer: str | None = GazetteerOption,
    processes: int = ProcessesOption,
    max_bytes: int = MaxBytesOption,
) -> None:
    """Analyse articles without storing them; JSON per the output contract."""
    with _progress("analysing") as tick:
        report = api.analyze(paths, IngestOptions(max_bytes=max_bytes),
                             AnalyzeOptions(gazetteer=gazetteer, processes=processes),
                             on_error=api.print_error, progress=tick)
    if fmt is AnalyzeFormat.json:
        text = json.dumps([a.to_json() for a in report.analyses], ensure_ascii=False, indent=2)
    elif fmt is AnalyzeFormat.jsonl:
        text = "".join(json.dumps(a.to_json(), ensure_ascii=False) + "\n" for a in report.analyses)
    else:
        text = api.brief(analyses=report.analyses, fmt=fmt.value)
    _write(text, output)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="files, folders, globs, URLs, or - for stdin"),
    db: str | None = DbOption,
    gazetteer: str | None = GazetteerOption,
    processes: int = ProcessesOption,
    max_bytes: int = MaxBytesOption,
) -> None:
    """Analyse articles and store them; articles already stored are skipped."""
    try:
        with _progress("ingesting") as tick:
            report = api.ingest(paths, db, IngestOptions(max_bytes=max_bytes),
                                AnalyzeOptions(gazetteer=gazetteer, processes=processes),
                                on_error=api.print_error, progress=tick)
    except ReadoutError as error:
        _fail(error)
    err.print(f"stored {report.stored} new article(s); {report.already_stored} already stored; "
              f"{len(report.errors)} input error(s)", highlight=False)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def brief(
    paths: list[str] = typer.Argument(None, help="analyse these instead of reading the store"),
    db: str | None = DbOption,
    fmt: BriefFormat = typer.Option(BriefFormat.text, "--format", "-f"),
    output: Path | None = OutputOption,
    title: str | None = typer.Option(None, "--title", help="title printed at the top"),
    story: int | None = typer.Option(None, "--story", help="only this story (see `readout stories`)"),
) -> None:
    """Print the brief of what is stored (or of one story, or of the given articles)."""
    failed = False
    try:
        if paths:
            report = api.analyze(paths, on_error=api.print_error)
            failed = not report.ok
            text = api.brief(analyses=report.analyses, fmt=fmt.value, title=title)
        else:
            text = api.brief(db, fmt=fmt.value, title=title, story=story)
    except ReadoutError as error:
        _fail(error)
    _write(text, output)
    raise typer.Exit(1 if failed else 0)


class StoriesFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def stories(
    db: str | None = DbOption,
    fmt: StoriesFormat = typer.Option(StoriesFormat.text, "--format", "-f"),
    output: Path | None = OutputOption,
    assign: bool = typer.Option(False, "--assign",
                                help="first put stored articles that are in no story into stories"),
) -> None:
    """List the stories: articles grouped into storylines as they were ingested."""
    try:
        if assign:
            placed = api.assign_stories(db)
            err.print(f"placed {placed} article(s) into stories", highlight=False)
        found = api.stories(db)
        pending = api.unassigned(db)
    except ReadoutError as error:
        _fail(error)
    if pending:
        err.print(f"readout: note: {pending} stored article(s) are in no story yet; "
                  "`readout stories --assign` places them", highlight=False)
    if fmt is StoriesFormat.json:
        text = json.dumps([{"id": s["id"], "title": s["title"], "articles": s["articles"],
                            "first_date": s["first_date"], "last_date": s["last_date"],
                            "outlets": s["outlets"]} for s in found], ensure_ascii=False, indent=2)
    else:
        lines = []
        for s in found:
            span = " – ".join(dict.fromkeys(d for d in (s["first_date"], s["last_date"]) if d))
            lines.append(f"{s['id']}\t{len(s['articles'])} article(s)\t{span or 'undated'}\t"
                         f"{s['title'] or '(untitled)'}")
        text = "\n".join(lines)
    _write(text, output)


@app.command()
def search(
    query: str = typer.Argument(..., help="full-text query (SQLite FTS5 syntax)"),
    db: str | None = DbOption,
    limit: int = typer.Option(20, "--limit", "-n"),
) -> None:
    """Search the stored articles' titles and texts."""
    try:
        rows = api.search(query, db, limit)
    except ReadoutError as error:
        _fail(error)
    for row in rows:
        typer.echo(f"{row['id']}\t{row['published'] or '-'}\t{row['outlet'] or '-'}\t"
                   f"{row['title'] or row['doc']}\t{row['snippet']}")


@app.command()
def series(
    a: str = typer.Argument(..., help="first actor, canonical name (e.g. 'United States')"),
    b: str = typer.Argument(..., help="second actor (e.g. 'Russia')"),
    paths: list[str] = typer.Option(None, "--input", "-i", help="analyse these instead of the store"),
    db: str | None = DbOption,
    csv_out: Path | None = typer.Option(None, "--csv", help="write the daily series (CSV or .parquet)"),
    weekly_out: Path | None = typer.Option(None, "--weekly", help="write the weekly series (CSV or .parquet)"),
    plot_out: Path | None = typer.Option(None, "--plot", help="write a plot (.png or .svg)"),
    members: bool = typer.Option(True, "--members/--exact", help="count a state's people and offices"),
    undated: str = typer.Option("skip", "--undated", help="skip | published: date undated events by their article"),
) -> None:
    """Cooperation–conflict series (PLOVER scores) between two actors, daily and weekly."""
    try:
        result = api.series(a, b, db=db, paths=paths or None, members=members, undated=undated)
    except ReadoutError as error:
        _fail(error)
    from readout.render.series import plot, to_csv, write_table
    if csv_out:
        write_table(result.daily, csv_out)
        err.print(f"wrote {csv_out}")
    if weekly_out:
        write_table(result.weekly, weekly_out)
        err.print(f"wrote {weekly_out}")
    if plot_out:
        plot(result, plot_out)
        err.print(f"wrote {plot_out}")
    if not (csv_out or weekly_out or plot_out):
        typer.echo(to_csv(result.weekly), nl=False)
    err.print(f"{len(result.events)} event(s) between {a} and {b}; {result.skipped} without a day",
              highlight=False)


@app.command()
def export(
    events: bool = typer.Option(False, "--events", help="events as PLOVER-style JSON Lines"),
    paths: list[str] = typer.Option(None, "--input", "-i", help="analyse these instead of the store"),
    db: str | None = DbOption,
    output: Path | None = OutputOption,
) -> None:
    """Export stored (or given) analyses; --events writes one PLOVER-style record per line."""
    if not events:
        err.print("choose what to export: --events")
        raise typer.Exit(2)
    try:
        records = api.export_events(db=db, paths=paths or None)
    except ReadoutError as error:
        _fail(error)
    _write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), output)


@app.command()
def version() -> None:
    """Print readout's version."""
    typer.echo(f"readout {__version__}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
