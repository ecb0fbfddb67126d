"""``Committer``: commits each shard of a batch run once all of its chunks are staged.

Shared by the runner (which creates it) and the engines (which hand it each commit record), so
it lives apart from both: neither engine imports the runner.
"""
from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from parley.batch import manifest
from parley.batch.arrow_schema import TRANSPORT_SCHEMA
from parley.batch.sources import Shard
from parley.errors import BatchError, Errors


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
            raise BatchError(Errors.E207.format(sha=sha))
        self.announced[sha][int(record["chunk"])] = int(record["rows"])
        if len(self.announced[sha]) >= len(self.shards[sha].chunks):
            self._commit(sha)

    def finish(self) -> None:
        """Every shard must have been committed; a shard with missing chunks is an error."""
        shutil.rmtree(self.staging, ignore_errors=True)  # what is left can never be committed
        with contextlib.suppress(OSError):
            self.staging.parent.rmdir()  # ``_staging`` itself, if no other run left files there
        missing = [
            f"{self.shards[sha].path}: {len(got)} of {len(self.shards[sha].chunks)} chunks came back"
            for sha, got in self.announced.items()
        ]
        if missing:
            raise BatchError(Errors.E208.format(shards="; ".join(missing)))

    def _commit(self, sha: str) -> None:
        folder = self.staging / sha
        files = sorted(folder.glob("*.parquet")) if folder.exists() else []
        tables = [pq.read_table(f) for f in files]
        table = pa.concat_tables(tables) if tables else TRANSPORT_SCHEMA.empty_table()
        expected = sum(self.announced[sha].values())
        distinct = len(set(table["shard_row"].to_pylist()))
        if distinct != expected:
            raise BatchError(Errors.E209.format(path=self.shards[sha].path, distinct=distinct,
                                                 expected=expected))
        entry = manifest.commit_shard(self.out, sha, self.shards[sha].path, table)
        shutil.rmtree(folder, ignore_errors=True)
        del self.announced[sha]
        self.committed.add(sha)
        self.on_commit(entry)
