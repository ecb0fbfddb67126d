"""``run_batch``: plan the shards, run an engine over the unfinished ones, commit each shard.

The engine (a local process pool or Ray Data actors) only runs ``coding.code_task`` on every
chunk; everything about "nothing lost, nothing twice" lives here and in ``manifest``: shards are
keyed by content hash, finished shards are skipped, each shard's chunks are staged until all of
them have been reported, and only then written and recorded.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.batch import manifest
from parley.batch.arrow_schema import SCHEMA_VERSION
from parley.batch.committer import Committer
from parley.batch.local import run_local
from parley.batch.options import BatchOptions, Progress
from parley.batch.ray_engine import run_ray
from parley.batch.sources import Shard, find_shards, scan_shard
from parley.errors import BatchError, Errors
from parley.pipeline import cached_pipeline, lexicon_hash

#: An engine: code every chunk of the shards, handing each commit record to the committer.
Engine = Callable[[list[Shard], Committer, BatchOptions, Progress], None]
ENGINES: dict[str, Engine] = {"local": run_local, "ray": run_ray}


@dataclass
class BatchReport:
    """What a run did, for the CLI summary and for tests."""

    shards: int = 0
    skipped: int = 0
    committed: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0
    seconds: float = 0.0
    spans: list[tuple[str, float, float, int]] = field(default_factory=list)  # see busy_rate
    cleared: int = 0  # files a killed earlier run left unfinished, removed at the start

    @property
    def steady_rate(self) -> float | None:
        """Articles per second while every worker was coding (``busy_rate``): the rate that
        scales with corpus size, without start-up (Ray, pipeline loads) and the last chunks'
        tail."""
        return busy_rate(self.spans)

    @property
    def articles(self) -> int:
        return sum(e["articles"] for e in self.committed)

    @property
    def failures(self) -> int:
        return sum(e["failures"] for e in self.committed)


def busy_rate(spans: list[tuple[str, float, float, int]]) -> float | None:
    """Articles per second while all workers were coding, from ``(worker, started, finished,
    rows)`` per chunk.

    The window opens when the last worker to start has finished its first chunk (every pipeline
    is loaded and running) and closes when the first worker to run out of chunks finished its
    last one (after that some cores idle in the tail). Each chunk counts with the share of its
    span inside the window. None when the window is empty (fewer chunks than workers, or too
    few to see a steady state).
    """
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for worker, _, finished, _ in spans:
        first[worker] = min(first.get(worker, finished), finished)
        last[worker] = max(last.get(worker, finished), finished)
    if not first:
        return None
    opens, closes = max(first.values()), min(last.values())
    if closes <= opens:
        return None
    rows = 0.0
    for _, started, finished, count in spans:
        overlap = min(finished, closes) - max(started, opens)
        if overlap > 0 and finished > started:
            rows += count * overlap / (finished - started)
    return rows / (closes - opens)


def plan(inputs: list[str], out: Path, chunk_rows: int) -> tuple[list[Shard], int]:
    """Shards still to do (by content hash, each once) and how many were already done.

    A finished shard whose files are missing or damaged (``manifest.check_shard``) is coded
    again: its new manifest line replaces the old one (``parley load`` names such shards)."""
    done = manifest.read_manifest(out)
    pending: dict[str, Shard] = {}
    skipped = 0
    for path in find_shards(inputs):
        shard = scan_shard(path, chunk_rows)
        intact = shard.sha in done and not manifest.check_shard(out, done[shard.sha])
        if intact or shard.sha in pending:
            skipped += 1
        else:
            pending[shard.sha] = shard
    return list(pending.values()), skipped


def settings(options: BatchOptions) -> dict[str, Any]:
    """What must not change between runs into one folder (it would mix codings)."""
    return {
        "format": SCHEMA_VERSION,
        "model": options.model,
        "lexicons": lexicon_hash(options.actors),
    }


def run_batch(
    inputs: list[str],
    out: Path,
    options: BatchOptions,
    progress: Callable[[int | None, int], Callable[[int], None]] | None = None,
) -> BatchReport:
    """Code every unfinished input shard into ``out``; safe to rerun after any interruption.

    ``progress(total_rows or None, shards)`` may return a callback that is told how many rows were done.
    """
    start = time.perf_counter()
    out = Path(out)
    with manifest.locked(out):
        manifest.check_settings(out, settings(options))
        cleared = manifest.clean_orphans(out)
        pending, skipped = plan(inputs, out, options.chunk_rows())
        report = BatchReport(shards=len(pending) + skipped, skipped=skipped, cleared=len(cleared))
        known = [s.rows for s in pending]
        total = None if None in known else sum(r for r in known if r is not None)
        shown = progress(total, len(pending)) if progress else (lambda n: None)

        def advance(record: dict[str, Any]) -> None:
            report.spans.append((str(record["worker"]), float(record["started"]),
                                 float(record["finished"]), int(record["rows"])))
            shown(int(record["rows"]))

        committer = Committer(out, pending, report.committed.append)
        if pending:
            check_pipeline(options)
            _engine(options.engine)(pending, committer, options, advance)
        committer.finish()
        report.rows = sum(e["rows"] for e in report.committed)
    report.seconds = time.perf_counter() - start
    return report


def check_pipeline(options: BatchOptions) -> None:
    """Load the pipeline here first, so a bad model or lexicon is one clear error, not N."""
    try:
        cached_pipeline(options.model, tuple(options.actors))
    except Exception as exc:  # noqa: BLE001 - any load failure is reported the same way
        raise BatchError(Errors.E205.format(reason=exc)) from None


def _engine(name: str) -> Engine:
    if name not in ENGINES:
        raise ValueError(Errors.E206.format(name=name))
    return ENGINES[name]
