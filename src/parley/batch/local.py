"""The local engine: the same chunks and the same ``code_rows`` as Ray, in a pool of processes.

No Ray: ``workers`` forked processes share the already loaded pipeline (copy-on-write); each
task reads, ingests and codes one chunk and returns its Arrow rows, and this process only
commits. The pool is ours rather than ``nlp.pipe(n_process=N)`` because spaCy sends Docs back
from its workers through msgpack, which cannot carry the dataclasses Parley's components attach
to a Doc; returning finished rows also leaves the parent almost no work.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

import pyarrow as pa
from spacy.language import Language

from parley.batch.arrow_schema import TRANSPORT_SCHEMA
from parley.batch.coding import code_rows, marker_row
from parley.batch.runner import BatchOptions, Committer, Progress
from parley.batch.sources import Shard, read_chunk
from parley.pipeline import cached_pipeline

_worker_nlp: Language | None = None


def _start_worker(model: str, actors: tuple[str, ...]) -> None:
    global _worker_nlp
    _worker_nlp = cached_pipeline(model, actors)  # inherited from the parent: no reload


def _code_chunk(shard: Shard, index: int, batch_size: int) -> pa.Table:
    """One worker task: read, ingest and code one chunk; its rows plus the chunk's marker."""
    assert _worker_nlp is not None, "worker started without a pipeline"
    return _coded_chunk(_worker_nlp, shard, index, batch_size)


def _coded_chunk(nlp: Language, shard: Shard, index: int, batch_size: int) -> pa.Table:
    items = [(shard.sha, row, where, res) for row, where, res in read_chunk(shard, index)]
    coded = code_rows(nlp, items, n_process=1, batch_size=batch_size)
    marker = pa.Table.from_pylist([marker_row(shard.sha, index, len(items))], schema=TRANSPORT_SCHEMA)
    return pa.concat_tables([coded, marker])


def run_local(shards: list[Shard], committer: Committer, options: BatchOptions, advance: Progress) -> None:
    """Code every chunk of ``shards`` on this machine, ``workers`` processes at a time.

    Workers read their chunks themselves, so this process only commits: with N workers on N
    cores, nearly all CPU goes to coding.
    """
    actors = tuple(options.actors)
    nlp = cached_pipeline(options.model, actors)
    workers = options.workers or 2
    tasks = [(shard, index) for shard in shards for index in range(len(shard.chunks))]
    if workers == 1:
        for shard, index in tasks:
            _deliver(_coded_chunk(nlp, shard, index, options.batch_size), committer, advance)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context, _start_worker, (options.model, actors)) as pool:
        running: set[Future] = set()
        for shard, index in tasks:
            running.add(pool.submit(_code_chunk, shard, index, options.batch_size))
            while len(running) > 2 * workers:
                running = _collect(running, committer, advance)
        while running:
            running = _collect(running, committer, advance)


def _deliver(table: pa.Table, committer: Committer, advance: Progress) -> None:
    committer.add(table)
    advance(table.num_rows - 1)  # the marker row is not an article


def _collect(running: set[Future], committer: Committer, advance: Progress) -> set[Future]:
    done, pending = wait(running, return_when=FIRST_COMPLETED)
    for future in done:
        _deliver(future.result(), committer, advance)
    return pending
