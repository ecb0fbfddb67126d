"""``parley batch`` (code sharded corpora into Parquet) and ``parley load`` (Parquet → store)."""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from parley.batch import BatchOptions, run_batch
from parley.batch.load import count_rows, load_folder
from parley.cli import app
from parley.cli.common import RateColumn, check_options_or_exit, fail_line, stderr
from parley.cli.store_cmd import notice_interrupted, store_errors_exit
from parley.errors import Errors, LoadError, OutputError, SourceError
from parley.pipeline import DEFAULT_MODEL
from parley.store import DEFAULT_DB


class Engine(str, Enum):  # noqa: UP042  (StrEnum would change str() of a member from "Engine.x" to "x")
    local = "local"
    ray = "ray"


def _progress_columns(label: str) -> tuple:
    return (
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )


@app.command("batch")
def batch_command(
    inputs: Annotated[list[str], typer.Argument(help="JSONL/CSV/Parquet/WARC shards, folders, globs")],
    out: Annotated[Path, typer.Option("--out", help="output folder (Parquet + manifest)")],
    engine: Annotated[
        Engine, typer.Option(help="local (worker processes) or ray (Ray Data actors)")
    ] = Engine.local,
    address: Annotated[
        str | None, typer.Option(help="Ray cluster address (ray start --head); default: start Ray here")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="workers (default 2; with --address: every CPU)")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="articles per batch sent to a worker")] = 64,
    model: Annotated[str, typer.Option(help="spaCy model name")] = DEFAULT_MODEL,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="extra known-actors YAML file(s)")
    ] = None,
) -> None:
    """Code a corpus of shards into Parquet (partitioned by month), resumably, locally or on Ray."""
    actors = actors or []
    check_options_or_exit(None, actors)
    if address and engine is not Engine.ray:
        fail_line("--address", Errors.E503)
        raise typer.Exit(2)
    options = BatchOptions(
        engine=engine.value,
        workers=workers,
        batch_size=batch_size,
        model=model,
        actors=tuple(str(p) for p in actors),
        address=address,
    )
    with Progress(*_progress_columns("coding"), console=stderr, transient=True) as bar:
        def progress(total: int | None, shards: int) -> Callable[[int], None]:
            task = bar.add_task("coding", total=total)
            return lambda n: bar.advance(task, n)

        try:
            report = run_batch(inputs, out, options, progress)
        except (SourceError, OutputError, OSError) as exc:
            fail_line("parley batch", str(exc))
            raise typer.Exit(2) from None
        except RuntimeError as exc:  # incomplete shards, pipeline that will not load
            fail_line("parley batch", str(exc))
            raise typer.Exit(1) from None
    if report.cleared:
        fail_line("parley batch", Errors.E219.format(out=out, count=report.cleared))
    rate = report.rows / report.seconds if report.seconds else 0.0
    steady = f", {report.steady_rate:.1f}/s with all workers busy" if report.steady_rate else ""
    stderr.print(
        f"parley batch: {len(report.committed)} shard(s) coded, {report.skipped} already done; "
        f"{report.articles} articles, {report.failures} failures in {report.seconds:.1f}s "
        f"({rate:.1f} articles/s{steady}) → {out}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


@app.command("load")
def load_command(
    folder: Annotated[Path, typer.Argument(help="a parley batch output folder")],
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB store file")] = None,
) -> None:
    """Load a parley batch output folder into the DuckDB store (idempotent: rerun is a no-op)."""
    try:
        total = count_rows(folder)
    except LoadError as exc:
        fail_line(str(folder), str(exc))
        raise typer.Exit(2) from None
    with Progress(*_progress_columns("loading"), console=stderr, transient=True) as bar:
        task = bar.add_task("loading", total=total)
        try:
            with store_errors_exit(str(db or DEFAULT_DB)):
                report = load_folder(
                    folder, db, progress=lambda n: bar.advance(task, n),
                    on_start=lambda r: notice_interrupted(str(db or DEFAULT_DB), r.interrupted))
        except LoadError as exc:
            fail_line(str(folder), str(exc))
            raise typer.Exit(2) from None
    stderr.print(
        f"parley load: {report.read} articles read, {report.added} new, "
        f"{report.read - report.added} already in the store; {report.failures} failures → "
        f"{report.db}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    if report.skipped:
        shards = sorted({shard for shard, _ in report.skipped})
        what = "; ".join(f"{shard}: {problem}" for shard, problem in report.skipped)
        fail_line(str(folder), Errors.E217.format(
            count=len(shards), shards=what, inputs=" ".join(shards), folder=folder))
        raise typer.Exit(1)
