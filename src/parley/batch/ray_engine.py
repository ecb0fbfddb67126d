"""The Ray engine: Ray Data reads shard chunks and a pool of actors codes them.

Each read task reads one chunk (a row range) of one shard and ends it with a marker row, so a single big file spreads over the
whole cluster; ``map_batches`` sends batches to ``concurrency`` actors that each load the
pipeline once. Actors are restarted and their tasks retried if a worker dies
(``max_restarts``/``max_task_retries``). The coded rows stream back to the driver, which commits
each shard atomically (see ``runner.Committer``): the output folder need only exist on the
driver's machine.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import partial
from typing import Any

import pyarrow as pa

from parley.batch.arrow_schema import TRANSPORT_SCHEMA
from parley.batch.coding import code_rows, marker_row
from parley.batch.runner import BatchOptions, Committer, Progress
from parley.batch.sources import Shard, read_chunk
from parley.schema import CodedArticle, Failure

READ_SCHEMA = pa.schema(
    [
        pa.field("shard", pa.string()),
        pa.field("shard_row", pa.int64()),  # row number; the chunk index on a marker
        pa.field("input", pa.string()),
        pa.field("shell", pa.string()),  # the ingest shell as CodedArticle JSON, or null
        pa.field("reason", pa.string()),  # why the row could not be read (no shell)
        pa.field("chunk_rows", pa.int64()),  # set only on the chunk's end marker
    ]
)


def _read_chunk(shard: Shard, index: int) -> Iterator[pa.Table]:
    """One read task: every row of one chunk, then the marker saying how many there were."""
    rows = []
    for row, where, result in read_chunk(shard, index):
        failed = isinstance(result, Failure)
        rows.append(
            {
                "shard": shard.sha,
                "shard_row": row,
                "input": where,
                "shell": None if failed else result.to_json(),
                "reason": result.reason if failed else None,
            }
        )
    rows.append({"shard": shard.sha, "shard_row": index, "chunk_rows": len(rows)})
    yield pa.Table.from_pylist(rows, schema=READ_SCHEMA)


def chunk_datasource(shards: list[Shard]) -> Any:
    """A Ray Data datasource with one read task per chunk of every shard."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    class ShardChunks(Datasource):
        """Parley input shards, read chunk by chunk (row numbers included)."""

        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(self, parallelism: int, per_task_row_limit=None, data_context=None):
            tasks = []
            for shard in shards:
                for index in range(len(shard.chunks)):
                    rows = shard.chunk_rows(index)
                    meta = BlockMetadata(
                        num_rows=None if rows is None else rows + 1,
                        size_bytes=None,
                        input_files=[shard.path],
                        exec_stats=None,
                    )
                    read = partial(_read_chunk, shard, index)
                    tasks.append(ReadTask(read, meta, schema=READ_SCHEMA))
            return tasks

    return ShardChunks()


class CoderActor:
    """One Ray actor: loads the pipeline once, then codes batch after batch."""

    def __init__(self, model: str, actors: tuple[str, ...]):
        from parley.pipeline import cached_pipeline

        self.nlp = cached_pipeline(model, tuple(actors))

    def __call__(self, batch: pa.Table) -> pa.Table:
        items, markers = [], []
        for r in batch.to_pylist():
            if r["chunk_rows"] is not None:
                markers.append(marker_row(r["shard"], r["shard_row"], r["chunk_rows"]))
            elif r["shell"] is None:
                items.append((r["shard"], r["shard_row"], r["input"], Failure(r["input"], r["reason"])))
            else:
                shell = CodedArticle.from_json(r["shell"])
                items.append((r["shard"], r["shard_row"], r["input"], shell))
        coded = code_rows(self.nlp, items, n_process=1, batch_size=max(1, len(items)))
        return pa.concat_tables([coded, pa.Table.from_pylist(markers, schema=TRANSPORT_SCHEMA)])


def connect(options: BatchOptions) -> tuple[int, bool]:
    """Join the cluster at ``--address`` or start Ray here; returns (workers, started_here)."""
    import ray

    started = False
    if not ray.is_initialized():
        if options.address:
            ray.init(address=options.address, logging_level="WARNING")
        else:
            ray.init(
                address="local",
                num_cpus=options.workers or 2,
                include_dashboard=False,
                logging_level="WARNING",
            )
        started = True
    workers = options.workers or max(1, int(ray.cluster_resources().get("CPU", 2)))
    return workers, started


def build_dataset(shards: list[Shard], options: BatchOptions, workers: int) -> Any:
    """Read → code pipeline as a lazy Ray Dataset of ``TRANSPORT_SCHEMA`` rows."""
    import ray

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    # Ray Data (2.60) starts map actors with max_restarts=-1 and max_task_retries=-1 unless told
    # otherwise: a killed worker's actor comes back and its unfinished batches run again.
    # Passing them here is deprecated, so the kill test in tests/test_batch_recovery.py holds
    # Ray to that default instead.
    chunks = sum(len(s.chunks) for s in shards)
    # Reading is light (ingest only, ~0.1 ms an article): 0 CPUs keeps it from waiting for the
    # coders' CPUs, a few readers at a time keep Ray from starting a process per chunk, and
    # one block per chunk stops Ray from splitting chunks into tiny blocks.
    readers = max(1, workers // 4)
    source = chunk_datasource(shards)
    dataset = ray.data.read_datasource(
        source, num_cpus=0, concurrency=readers, override_num_blocks=chunks
    )
    return dataset.map_batches(
        CoderActor,
        fn_constructor_kwargs={"model": options.model, "actors": tuple(options.actors)},
        batch_size=options.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )


def run_ray(shards: list[Shard], committer: Committer, options: BatchOptions, advance: Progress) -> None:
    """Stream every shard through the actor pool and hand each coded batch to the committer."""
    import ray

    workers, started = connect(options)
    try:
        dataset = build_dataset(shards, options, workers)
        for batch in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
            committer.add(batch)
            advance(batch.num_rows)
    finally:
        if started:
            ray.shutdown()
