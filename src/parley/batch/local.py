"""The local engine: the same chunks and the same ``code_rows`` as Ray, in a pool of processes.

No Ray: this process reads every chunk and hands slices of it to ``workers`` forked processes
that share the already loaded pipeline (copy-on-write) and return coded Arrow tables. The pool
is ours rather than ``nlp.pipe(n_process=N)`` because spaCy sends Docs back from its workers
through msgpack, which cannot carry the dataclasses Parley's components attach to a Doc;
returning finished rows also means the parent does no NLP work at all.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

import pyarrow as pa
from spacy.language import Language

from parley.batch.arrow_schema import TRANSPORT_SCHEMA
from parley.batch.coding import Item, code_rows, marker_row
from parley.batch.runner import BatchOptions, Committer, Progress
from parley.batch.sources import Shard, read_chunk
from parley.pipeline import cached_pipeline

_worker_nlp: Language | None = None


def _start_worker(model: str, actors: tuple[str, ...]) -> None:
    global _worker_nlp
    _worker_nlp = cached_pipeline(model, actors)  # inherited from the parent: no reload


def _code_in_worker(items: list[Item], batch_size: int) -> pa.Table:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return code_rows(_worker_nlp, items, n_process=1, batch_size=batch_size)


def run_local(shards: list[Shard], committer: Committer, options: BatchOptions, advance: Progress) -> None:
    """Code every chunk of ``shards`` on this machine, ``workers`` processes at a time."""
    actors = tuple(options.actors)
    nlp = cached_pipeline(options.model, actors)
    workers = options.workers or 2
    if workers == 1:
        for shard, index, items in _chunks(shards):
            committer.add(code_rows(nlp, items, n_process=1, batch_size=options.batch_size))
            committer.add(_marker(shard, index, len(items)))
            advance(len(items))
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context, _start_worker, (options.model, actors)) as pool:
        running: dict[Future, int] = {}
        for shard, index, items in _chunks(shards):
            for start in range(0, len(items), options.batch_size):
                part = items[start : start + options.batch_size]
                running[pool.submit(_code_in_worker, part, options.batch_size)] = len(part)
                while len(running) > 2 * workers:
                    _collect(running, committer, advance)
            committer.add(_marker(shard, index, len(items)))
        while running:
            _collect(running, committer, advance)


def _chunks(shards: list[Shard]):
    for shard in shards:
        for index in range(len(shard.chunks)):
            yield shard, index, [(shard.sha, r, where, res) for r, where, res in read_chunk(shard, index)]


def _collect(running: dict[Future, int], committer: Committer, advance: Progress) -> None:
    done, _ = wait(running, return_when=FIRST_COMPLETED)
    for future in done:
        committer.add(future.result())
        advance(running.pop(future))


def _marker(shard: Shard, index: int, rows: int) -> pa.Table:
    return pa.Table.from_pylist([marker_row(shard.sha, index, rows)], schema=TRANSPORT_SCHEMA)
