"""The local engine: the same chunk tasks and the same ``code_task`` as Ray, in a process pool.

No Ray: ``workers`` forked processes share the already loaded pipeline (copy-on-write); each
task reads, ingests and codes one chunk, stages its rows as a part file and returns only a
small commit record, so this process does little more than count. The pool lives for the whole
run (``parley.pipeline.code_shells(n_process=N)`` starts a pool per call and returns
CodedArticles to the caller, which would then still have to turn them into rows and write them).
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from spacy.language import Language

from parley.batch.coding import code_task
from parley.batch.committer import Committer
from parley.batch.options import BatchOptions, Progress
from parley.batch.sources import Shard, chunk_task
from parley.pipeline import cached_pipeline
from parley.workers import die_with_parent

_worker_nlp: Language | None = None


def _start_worker(model: str, actors: tuple[str, ...], parent_pid: int) -> None:
    global _worker_nlp
    die_with_parent(parent_pid)  # never outlive the driver, nor keep its output lock
    _worker_nlp = cached_pipeline(model, actors)  # inherited from the parent: no reload


def _code_chunk(task: dict[str, Any], staging: str, batch_size: int) -> dict[str, Any]:
    """One worker task: read, ingest, code and stage one chunk; its commit record."""
    assert _worker_nlp is not None, "worker started without a pipeline"
    return code_task(_worker_nlp, task, staging, batch_size)


def run_local(shards: list[Shard], committer: Committer, options: BatchOptions, advance: Progress) -> None:
    """Code every chunk of ``shards`` on this machine, ``workers`` processes at a time.

    Workers read their chunks and write their parts themselves, so with N workers on N cores
    nearly all CPU goes to coding.
    """
    actors = tuple(options.actors)
    nlp = cached_pipeline(options.model, actors)
    workers = options.workers or 2
    staging = str(committer.staging)
    tasks = [chunk_task(shard, index) for shard in shards for index in range(len(shard.chunks))]
    if workers == 1:
        for task in tasks:
            _deliver(code_task(nlp, task, staging, options.batch_size), committer, advance)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context, _start_worker,
                             (options.model, actors, os.getpid())) as pool:
        running: set[Future] = set()
        for task in tasks:
            running.add(pool.submit(_code_chunk, task, staging, options.batch_size))
            while len(running) > 2 * workers:
                running = _collect(running, committer, advance)
        while running:
            running = _collect(running, committer, advance)


def _deliver(record: dict[str, Any], committer: Committer, advance: Progress) -> None:
    committer.add(record)
    advance(record)


def _collect(running: set[Future], committer: Committer, advance: Progress) -> set[Future]:
    done, pending = wait(running, return_when=FIRST_COMPLETED)
    for future in done:
        _deliver(future.result(), committer, advance)
    return pending
