"""Turn one chunk of a shard into a staged Parquet part: the work of every batch worker.

Both engines call ``code_task`` (read, ingest, code, write the part) in their workers, so Ray and
local output cannot drift apart, and both produce what ``parley code`` produces for the same
shell (``code_shells``/``code_shell``). A row that could not be read or coded becomes a failure
row with its reason; the batch goes on. Only a small commit record goes back to the driver.
"""
from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
from spacy.language import Language

from parley.batch.arrow_schema import TRANSPORT_SCHEMA, coded_to_row
from parley.batch.manifest import write_part
from parley.batch.sources import read_task
from parley.pipeline import code_shell, code_shells
from parley.schema import CodedArticle, Failure

#: One read row on its way to a worker: (shard sha, row number, input, shell or Failure).
Item = tuple[str, int, str, CodedArticle | Failure]


def code_task(nlp: Language, task: dict[str, Any], staging: str, batch_size: int) -> dict[str, Any]:
    """Read, ingest and code one chunk (a ``chunk_task``), stage its rows; the commit record.

    The part is named by chunk plus a random suffix, so a retried chunk never overwrites a part
    that is being read; the committer keeps one copy of each row. The record is returned only
    after the part is in place, so "chunk reported" implies "its rows are on disk".
    """
    started = time.time()
    sha = task["shard"]
    items = [(sha, row, where, res) for row, where, res in read_task(task)]
    table = code_rows(nlp, items, n_process=1, batch_size=batch_size)
    part = Path(staging) / sha / f"c{task['chunk']:06d}-{uuid.uuid4().hex[:8]}.parquet"
    write_part(part, table)
    return commit_record(sha, task["chunk"], len(items), str(part), started)


def worker_id() -> str:
    """This worker process, unique across a cluster's nodes (pids alone may repeat between
    nodes); taken at call time, as forked workers share the parent's module state."""
    return f"{socket.gethostname()}:{os.getpid()}"


def commit_record(sha: str, chunk: int, rows: int, part: str, started: float) -> dict[str, Any]:
    """What a worker tells the driver about a chunk it staged: which, how many rows, where; and
    which worker coded it from when to when (epoch seconds), for ``runner.busy_rate``."""
    return {
        "shard": sha, "chunk": chunk, "rows": rows, "part": part,
        "worker": worker_id(), "started": started, "finished": time.time(),
    }


def code_rows(
    nlp: Language, items: Sequence[Item], n_process: int = 1, batch_size: int = 32
) -> pa.Table:
    """Code a batch of read rows into a ``TRANSPORT_SCHEMA`` table (article or failure rows)."""
    rows: list[dict[str, Any]] = [{} for _ in items]
    slots = [i for i, item in enumerate(items) if isinstance(item[3], CodedArticle)]
    shells = [shell for _, _, _, shell in items if isinstance(shell, CodedArticle)]
    for i, item in enumerate(items):
        if isinstance(item[3], Failure):
            rows[i] = failure_row(item[0], item[1], item[2], item[3].reason)
    for i, coded in zip(slots, _code_all(nlp, shells, n_process, batch_size), strict=True):
        sha, row, where, _ = items[i]
        if isinstance(coded, str):
            rows[i] = failure_row(sha, row, where, coded)
        else:
            rows[i] = {**coded_to_row(coded), "shard": sha, "shard_row": row, "input": where}
    return pa.Table.from_pylist(rows, schema=TRANSPORT_SCHEMA)


def failure_row(sha: str, row: int, where: str, reason: str) -> dict[str, Any]:
    """A transport row for an input that produced no article."""
    return {"shard": sha, "shard_row": row, "input": where, "reason": reason}


def _code_all(
    nlp: Language, shells: list[CodedArticle], n_process: int, batch_size: int
) -> list[CodedArticle | str]:
    """All shells through ``nlp.pipe``; if one breaks the batch, redo it one by one to find it."""
    try:
        return list(code_shells(nlp, shells, n_process=n_process, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - a component bug on one article must not sink the batch
        return [_code_one(nlp, shell) for shell in shells]


def _code_one(nlp: Language, shell: CodedArticle) -> CodedArticle | str:
    try:
        return code_shell(nlp, shell)
    except Exception as exc:  # noqa: BLE001 - recorded as this article's failure reason
        return f"coding failed: {type(exc).__name__}: {exc}"
