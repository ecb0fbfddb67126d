"""``run_batch``: plan the shards, run an engine over the unfinished ones, commit each shard.

The engine (a local process pool or Ray Data actors) only runs ``coding.code_task`` on every
chunk; everything about "nothing lost, nothing twice" lives here and in ``manifest``: shards are
keyed by content hash, finished shards are skipped, each shard's chunks are staged until all of
them have been reported, and only then written and recorded.
"""
from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from parley.batch import manifest
from parley.batch.arrow_schema import SCHEMA_VERSION, TRANSPORT_SCHEMA
from parley.batch.sources import Shard, find_shards, scan_shard
from parley.pipeline import DEFAULT_MODEL, lexicon_hash

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


@dataclass
class BatchReport:
    """What a run did, for the CLI summary and for tests."""

    shards: int = 0
    skipped: int = 0
    committed: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0
    seconds: float = 0.0
    spans: list[tuple[str, float, float, int]] = field(default_factory=list)  # see busy_rate

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


class Committer:
    """Commits each shard once every one of its chunks has been coded and staged.

    Workers write each coded chunk as a part file under ``staging/<sha>/`` and report a commit
    record (``coding.commit_record``); the driver only counts records. A shard is complete when
    every chunk has reported; its parts are then read, one copy of each row kept (a retried
    chunk may have staged twice), checked against the reported row counts, and written out by
    ``manifest.commit_shard``. ``staging`` is per run, so a part written late by a worker of a
    killed earlier run can never be mixed into this run's commit.
    """

    def __init__(self, out: Path, shards: list[Shard], on_commit: Callable[[dict], None]):
        self.out = out
        self.staging = out.resolve() / manifest.STAGING / uuid.uuid4().hex[:12]
        self.shards = {s.sha: s for s in shards}
        self.announced: dict[str, dict[int, int]] = {s.sha: {} for s in shards}
        self.on_commit = on_commit
        self.committed: set[str] = set()

    def add(self, record: dict[str, Any]) -> None:
        """Take one commit record: chunk ``chunk`` of shard ``shard`` is staged with ``rows`` rows."""
        sha = record["shard"]
        if sha in self.committed:
            return  # a late duplicate of a retried chunk
        if sha not in self.announced:
            raise RuntimeError(f"rows came back for shard {sha}, which is not pending in this run")
        self.announced[sha][int(record["chunk"])] = int(record["rows"])
        if len(self.announced[sha]) >= len(self.shards[sha].chunks):
            self._commit(sha)

    def finish(self) -> None:
        """Every shard must have been committed; a shard with missing chunks is an error."""
        shutil.rmtree(self.staging, ignore_errors=True)  # what is left can never be committed
        try:
            self.staging.parent.rmdir()  # ``_staging`` itself, if no other run left files there
        except OSError:
            pass
        missing = [
            f"{self.shards[sha].path}: {len(got)} of {len(self.shards[sha].chunks)} chunks came back"
            for sha, got in self.announced.items()
        ]
        if missing:
            raise RuntimeError("incomplete shards (rerun to finish them): " + "; ".join(missing))

    def _commit(self, sha: str) -> None:
        folder = self.staging / sha
        files = sorted(folder.glob("*.parquet")) if folder.exists() else []
        tables = [pq.read_table(f) for f in files]
        table = pa.concat_tables(tables) if tables else TRANSPORT_SCHEMA.empty_table()
        expected = sum(self.announced[sha].values())
        distinct = len(set(table["shard_row"].to_pylist()))
        if distinct != expected:
            raise RuntimeError(
                f"{self.shards[sha].path}: {distinct} distinct rows staged, chunks reported {expected}"
            )
        entry = manifest.commit_shard(self.out, sha, self.shards[sha].path, table)
        shutil.rmtree(folder, ignore_errors=True)
        del self.announced[sha]
        self.committed.add(sha)
        self.on_commit(entry)


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
    """Shards still to do (by content hash, each once) and how many were already done."""
    done = manifest.read_manifest(out)
    pending: dict[str, Shard] = {}
    skipped = 0
    for path in find_shards(inputs):
        shard = scan_shard(path, chunk_rows)
        if shard.sha in done or shard.sha in pending:
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
    progress: Callable[[int | None, int], Progress] | None = None,
) -> BatchReport:
    """Code every unfinished input shard into ``out``; safe to rerun after any interruption.

    ``progress(total_rows or None, shards)`` may return a callback that is told how many rows were done.
    """
    start = time.perf_counter()
    out = Path(out)
    with manifest.locked(out):
        manifest.check_settings(out, settings(options))
        manifest.clean_orphans(out)
        pending, skipped = plan(inputs, out, options.chunk_rows())
        report = BatchReport(shards=len(pending) + skipped, skipped=skipped)
        known = [s.rows for s in pending]
        total = None if None in known else sum(r for r in known if r is not None)
        shown = progress(total, len(pending)) if progress else (lambda n: None)

        def advance(record: dict[str, Any]) -> None:
            report.spans.append(
                (str(record["worker"]), float(record["started"]), float(record["finished"]), int(record["rows"]))
            )
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
    from parley.pipeline import cached_pipeline

    try:
        cached_pipeline(options.model, tuple(options.actors))
    except Exception as exc:  # noqa: BLE001 - any load failure is reported the same way
        raise RuntimeError(f"cannot load the pipeline: {exc}") from None


def _engine(name: str) -> Callable[[list[Shard], Committer, BatchOptions, Progress], None]:
    if name == "local":
        from parley.batch.local import run_local

        return run_local
    if name == "ray":
        from parley.batch.ray_engine import run_ray

        return run_ray
    raise ValueError(f"unknown engine {name!r}: use local or ray")
