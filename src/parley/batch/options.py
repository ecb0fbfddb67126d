"""What the batch runner and its engines share: the run options and the progress callback.

A module of its own so that ``runner`` (which picks an engine) and the engines (``local``,
``ray_engine``, which the runner imports) can both import it without importing each other.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from parley.pipeline import DEFAULT_MODEL

#: Told about every commit record as it comes back from a worker.
Progress = Callable[[dict[str, Any]], None]


@dataclass
class BatchOptions:
    """How to run: which engine, how many workers, which pipeline."""

    engine: str = "local"  # local | ray
    workers: int | None = None  # None: 2 locally, every CPU of a Ray cluster
    batch_size: int = 64
    model: str = DEFAULT_MODEL
    actors: tuple[str, ...] = ()
    address: str | None = None  # Ray cluster address; None starts Ray on this machine

    def chunk_rows(self) -> int:
        """Rows per read task: enough to amortise a task, small enough to spread one file."""
        return self.batch_size * 2
