"""The Ray engine: a pool of Ray Data actors that each read, code and stage whole chunks.

The dataset is trivial: one small descriptor per chunk (``sources.chunk_task``: shard path and
byte offset or row range), made on the driver with ``ray.data.from_items``. No read tasks run
and no input text or coded row crosses the object store: ``map_batches`` hands each descriptor
to one of ``workers`` actors, which loaded the pipeline once and runs ``coding.code_task`` —
read, ingest, code, write the chunk's part file — exactly as a local worker does. Only the
commit record (shard, chunk, rows, part path) streams back to the driver, which commits each
shard when all of its chunks have reported (``committer.Committer``). Actors are restarted and
their chunks retried if a worker dies (Ray Data's ``max_restarts``/``max_task_retries`` = -1).

So the workers must be able to read the inputs and write the output folder at the same paths
as the driver (one machine, or shared storage on a cluster).
"""
from __future__ import annotations

import logging
import os
from typing import Any

import pyarrow as pa

from parley.batch.coding import code_task
from parley.batch.committer import Committer
from parley.batch.options import BatchOptions, Progress
from parley.batch.sources import Shard, chunk_task
from parley.errors import BatchError, Errors
from parley.pipeline import cached_pipeline

RECORD_SCHEMA = pa.schema(
    [
        pa.field("shard", pa.string()),
        pa.field("chunk", pa.int64()),
        pa.field("rows", pa.int64()),
        pa.field("part", pa.string()),
        pa.field("worker", pa.string()),
        pa.field("started", pa.float64()),
        pa.field("finished", pa.float64()),
    ]
)


class CoderActor:
    """One Ray actor: loads the pipeline once, then reads, codes and stages chunk after chunk."""

    def __init__(self, model: str, actors: tuple[str, ...], staging: str, batch_size: int):
        self.nlp = cached_pipeline(model, tuple(actors))
        self.staging = staging
        self.batch_size = batch_size

    def __call__(self, batch: pa.Table) -> pa.Table:
        records = [code_task(self.nlp, task, self.staging, self.batch_size) for task in batch.to_pylist()]
        return pa.Table.from_pylist(records, schema=RECORD_SCHEMA)


def connect(options: BatchOptions) -> tuple[int, bool]:
    """Join the cluster at ``--address`` or start Ray here; returns (workers, started_here)."""
    import ray  # noqa: PLC0415  (lazy: Ray is heavy and only the ray engine needs it)

    started = False
    if not ray.is_initialized():
        if options.address:
            try:
                ray.init(address=options.address, logging_level=logging.WARNING)
            except (ConnectionError, ray.exceptions.RayError) as exc:
                raise BatchError(_connect_hint(options.address, exc)) from None
        else:
            ray.init(
                address="local",
                num_cpus=options.workers or 2,
                include_dashboard=False,
                logging_level=logging.WARNING,
            )
        started = True
    workers = options.workers or max(1, int(ray.cluster_resources().get("CPU", 2)))
    return workers, started


def _connect_hint(address: str, exc: Exception) -> str:
    """Why joining ``address`` failed, with the usual fix: a head started with token
    authentication (RAY_AUTH_MODE=token, or a token in ~/.ray/auth_token on the head, which
    Ray 2.60 picks up by itself) turns away a driver that does not send the token."""
    message = Errors.E214.format(address=address, reason=exc)
    if os.environ.get("RAY_AUTH_MODE", "").lower() != "token":
        message += (
            " — if the cluster uses token authentication, set RAY_AUTH_MODE=token and make its"
            " token available here (~/.ray/auth_token, RAY_AUTH_TOKEN_PATH or RAY_AUTH_TOKEN)"
        )
    return message


def build_dataset(shards: list[Shard], staging: str, options: BatchOptions, workers: int) -> Any:
    """Chunk descriptors → coding actors, as a lazy Ray Dataset of commit records."""
    import ray  # noqa: PLC0415  (lazy: Ray is heavy and only the ray engine needs it)

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    tasks = [chunk_task(shard, index) for shard in shards for index in range(len(shard.chunks))]
    # One block per descriptor and one descriptor per call: chunks spread evenly over actors.
    # Ray Data (2.60) starts map actors with max_restarts=-1 and max_task_retries=-1 unless told
    # otherwise: a killed worker's actor comes back and its unfinished chunks run again.
    # Passing them here is deprecated, so the kill test in tests/test_batch_recovery.py holds
    # Ray to that default instead.
    descriptors = ray.data.from_items(tasks, override_num_blocks=len(tasks))
    return descriptors.map_batches(
        CoderActor,
        fn_constructor_kwargs={
            "model": options.model,
            "actors": tuple(options.actors),
            "staging": staging,
            "batch_size": options.batch_size,
        },
        batch_size=1,
        batch_format="pyarrow",
        # 2 chunks queued per actor (Ray's default is 4): a shorter tail when the last chunks are
        # dealt out; 1 leaves actors idle between chunks (~25% slower in a 3,000-headline run).
        compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=2),
        num_cpus=1,
    )


def run_ray(shards: list[Shard], committer: Committer, options: BatchOptions, advance: Progress) -> None:
    """Run every chunk through the actor pool and hand each commit record to the committer."""
    import ray  # noqa: PLC0415  (lazy: Ray is heavy and only the ray engine needs it)

    workers, started = connect(options)
    try:
        dataset = build_dataset(shards, str(committer.staging), options, workers)
        for batch in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
            for record in batch.to_pylist():
                committer.add(record)
                advance(record)
    finally:
        if started:
            ray.shutdown()
