"""Parley at corpus scale: code sharded corpora into Parquet, locally or on a Ray cluster.

``run_batch`` codes input shards into an output folder (see ``manifest`` for its layout and
guarantees); ``load_into_store`` brings that folder into the DuckDB store; ``query_parquet``
lets DuckDB query it where it lies.
"""
from __future__ import annotations

from parley.batch.runner import BatchOptions, BatchReport, run_batch

__all__ = ["BatchOptions", "BatchReport", "run_batch"]
