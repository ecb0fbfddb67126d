"""Pieces the CLI commands share: loading the pipeline and progress on stderr."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from parley.errors import Errors
from parley.pipeline import cached_pipeline

T = TypeVar("T")


class RateColumn(ProgressColumn):
    """Items per second, so users see throughput as well as the ETA."""

    def render(self, task) -> str:
        return f"{task.speed:.1f}/s" if task.speed else "…/s"

stderr = Console(stderr=True)


def fail_line(where: str, reason: str) -> None:
    """One clear line on stderr naming the input and the reason (never a traceback)."""
    stderr.print(f"parley: {where}: {reason}", markup=False, highlight=False, soft_wrap=True)


def check_options_or_exit(published: str | None, actors_files: list[Path]) -> None:
    """Refuse a malformed ``--published`` or a missing ``--actors`` file before any work."""
    if published:
        try:
            date.fromisoformat(published)
        except ValueError:
            fail_line("--published", Errors.E500.format(value=published))
            raise typer.Exit(2) from None
    for path in actors_files:
        if not path.exists():
            fail_line(str(path), Errors.E501)
            raise typer.Exit(2)


def load_nlp_or_exit(model: str, actors_files: tuple[str, ...]):
    try:
        return cached_pipeline(model, tuple(str(p) for p in actors_files))
    except (RuntimeError, OSError, ValueError) as exc:
        fail_line(model, str(exc))
        raise typer.Exit(2) from None


def progress_iter(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """Yield items while showing a bar with rate and ETA on stderr (only when it helps)."""
    if not total or total < 2:
        yield from items
        return
    columns = (
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)
