"""``parley ingest | failures | talks | export | stats``: thin commands over ``parley.store``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import duckdb
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from parley.cli import app
from parley.cli.common import RateColumn, check_options_or_exit, fail_line, load_nlp_or_exit, stderr
from parley.cli.talks_view import print_talks
from parley.corpus.talks import build_talks
from parley.errors import Errors
from parley.export import ExportError, export_events
from parley.flow import CorpusStore, ingest
from parley.pipeline import DEFAULT_MODEL
from parley.store import DEFAULT_DB, SCHEMA_VERSION, QueryError, SchemaError, Store, StoreError
from parley.store.countries import resolve_country
from parley.store.db import store_error
from parley.store.schema import MigrationNeeded

DbOption = Annotated[str, typer.Option("--db", help="DuckDB store file")]


class ExportFormat(str, Enum):  # noqa: UP042  (StrEnum would change str() of a member from "ExportFormat.x" to "x")
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    gdelt = "gdelt"
    acled = "acled"

S = TypeVar("S", bound=Store)


def open_store(db: str, read_only: bool = False) -> Store:
    """Open the store to read, or exit with one clear line (see ``open_as``)."""
    return open_as(Store, db, read_only)


def open_as(kind: type[S], db: str, read_only: bool = False) -> S:
    """Open the store (as ``kind``: ``CorpusStore`` to write) or exit with one clear line
    (never a traceback). A store written by an older Parley is migrated first, even by
    read-only commands."""
    try:
        try:
            return kind(db, read_only=read_only)
        except MigrationNeeded:
            Store(db).close()
            stderr.print(f"parley: {db}: migrated to schema version {SCHEMA_VERSION}",
                         highlight=False)
            return kind(db, read_only=read_only)
    except (StoreError, SchemaError) as exc:
        fail_line(db, str(exc))
        raise typer.Exit(2) from None


@contextmanager
def store_errors_exit(db: str) -> Iterator[None]:
    """Turn a store that breaks while being written (disk full, file damaged, permission lost)
    into one line saying what happened and what to do, and exit 1; other errors pass."""
    try:
        yield
    except StoreError as exc:
        fail_line(db, str(exc))
        raise typer.Exit(1) from None
    except (duckdb.Error, OSError) as exc:
        err = store_error(exc, db, fallback=exc)
        if err is exc:
            raise
        fail_line(db, str(err))
        raise typer.Exit(1) from None


def notice_interrupted(db: str, runs: list[int]) -> None:
    """One line when earlier runs on this store were killed (found still ``running``)."""
    if runs:
        fail_line(db, Errors.E507.format(runs=", ".join(map(str, runs))))


class StoredProgress:
    """A rich bar (coded articles, rate, ETA) on a terminal; one line per commit otherwise
    (logs, CI), which also tells a watcher exactly when whole articles are safely stored."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int, committed: bool) -> None:
        if not self.console.is_terminal:
            if committed:
                self.console.print(f"stored {done}/{total}", highlight=False)
            return
        if self.bar is None:
            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                RateColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                                console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=total)
        assert self.task is not None  # added with the bar
        self.bar.update(self.task, completed=done, total=total)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        help="files, folders, globs (txt, html, jsonl, csv, warc, rss) or - for stdin")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(min=1, help="coding processes (one writer)")] = 1,
    model: Annotated[str, typer.Option(help="spaCy model name")] = DEFAULT_MODEL,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="extra known-actors YAML file(s)")] = None,
    published: Annotated[str | None, typer.Option(
        help="publication date YYYY-MM-DD for articles without one")] = None,
    commit_every: Annotated[int, typer.Option(
        min=1, help="articles per transaction (always whole articles)")] = 16,
) -> None:
    """Code inputs into the store; inputs already stored (same content hash) are skipped."""
    actors = actors or []
    check_options_or_exit(published, actors)
    nlp = load_nlp_or_exit(model, tuple(str(p) for p in actors))
    store = open_as(CorpusStore, db)
    progress = StoredProgress(stderr)
    with store_errors_exit(db):
        try:
            report = ingest(store, paths, nlp, workers=workers, commit_every=commit_every,
                            progress=progress, published=published,
                            on_start=lambda r: notice_interrupted(db, r.interrupted))
        finally:
            progress.stop()
            store.close()
    rate = report.added / report.seconds if report.seconds else 0.0
    # short lines, never wrapped by rich mid-phrase ("incidents updated:\n6")
    lines = [f"added {report.added}, skipped {report.skipped} already stored, "
             f"{report.failures} failed",
             f"{rate:.1f} articles/s; incidents updated: {report.incidents}"]
    if report.failures:
        lines.append("see `parley failures` for what failed")
    for line in lines:
        stderr.print(line, highlight=False, soft_wrap=True)
    if report.failures and not (report.added or report.skipped):
        raise typer.Exit(1)  # nothing could be read or coded


@app.command("failures")
def failures_command(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="show at most this many")] = 100,
) -> None:
    """List inputs that could not be read or coded, newest first."""
    store = open_store(db, read_only=True)
    rows = store.failures(limit=limit)
    store.close()
    # the whole input path, folded to the terminal's width, never cut with an ellipsis
    table = Table(expand=False)
    table.add_column("time", no_wrap=True)
    table.add_column("input", overflow="fold", ratio=3)
    table.add_column("reason", overflow="fold", ratio=2)
    table.add_column("run", no_wrap=True)
    for r in rows.itertuples():
        table.add_row(str(r.time)[:19], r.input, r.reason, str(r.run_id))
    Console().print(table if len(rows) else "no failures recorded")


@app.command("stats")
def stats_command(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Row counts, near-duplicates, date span and events by type."""
    store = open_store(db, read_only=True)
    stats = store.stats()
    runs = store.runs()
    store.close()
    if as_json:
        print(json.dumps(stats, indent=2))
        return
    console = Console()
    table = Table("what", "count")
    for key, value in stats.items():
        if key != "events_by_type":
            table.add_row(key, str(value))
    console.print(table)
    types = Table("event type", "events")
    for key, value in stats["events_by_type"].items():
        types.add_row(key, str(value))
    console.print(types)
    if len(runs):
        last = runs.iloc[-1]
        console.print(f"last run {last['id']}: {last['status']}, model {last['model']}, "
                      f"lexicons {last['lexicons']}", highlight=False)


@app.command("talks")
def talks_command(
    between: Annotated[tuple[str, str] | None, typer.Option(
        help="two countries, ISO alpha-3 or names, e.g. RUS UKR or Russia Ukraine")] = None,
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option(
        "--json", help="print the structure the web app gets")] = False,
) -> None:
    """Negotiation tracks between two countries: rounds, outcomes, demands, who said what."""
    try:  # names as the web app takes them; a misspelt one is refused, not "no talks found"
        wanted = tuple(str(resolve_country(c)) for c in between or () if c and c.strip())
    except QueryError as exc:
        fail_line("--between", str(exc))
        raise typer.Exit(2) from None
    store = open_store(db, read_only=True)
    talks = build_talks(store, between=wanted or None)
    store.close()
    if as_json:
        print(json.dumps(talks, indent=2, ensure_ascii=False))
    else:
        print_talks(Console(), talks)


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", help="csv | parquet | jsonl | gdelt | acled")] = ExportFormat.csv,
    since: Annotated[str | None, typer.Option(help="first day YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="last day YYYY-MM-DD")] = None,
    country: Annotated[str | None, typer.Option(
        help="ISO alpha-3 or a name, as actor, recipient or place")] = None,
    event: Annotated[list[str] | None, typer.Option(
        "--event", help="PLOVER type (repeatable)")] = None,
    compact: Annotated[bool, typer.Option(
        "--compact", help="gdelt: leave out the columns Parley never fills")] = False,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="leave out events whose confidence is below this (the store keeps them all)")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export events (near-duplicate articles left out; see docs/exports.md for columns)."""
    try:
        country = resolve_country(country)
    except QueryError as exc:
        fail_line("--country", str(exc))
        raise typer.Exit(2) from None
    store = open_store(db, read_only=True)
    skipped: dict[str, int] = {}
    try:
        n = export_events(store, output, fmt.value, since, until, country, event,
                          compact=compact, skipped=skipped, min_confidence=min_confidence)
    except (ExportError, QueryError, OSError) as exc:
        fail_line(str(output), str(exc))
        raise typer.Exit(2) from None
    finally:
        store.close()
    stderr.print(f"wrote {n} rows to {output}", highlight=False, soft_wrap=True)
    if skipped.get("no_acled_category"):
        stderr.print(f"left out {skipped['no_acled_category']} affirmed events with no ACLED "
                     "event type (docs/exports.md)", highlight=False, soft_wrap=True)
