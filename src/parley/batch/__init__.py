"""Parley at corpus scale: code sharded corpora into Parquet, locally or on a Ray cluster.

``run_batch`` codes input shards into an output folder (``manifest`` describes its layout and
guarantees); ``load_folder`` brings a folder into the DuckDB store; ``query_parquet`` and
``parquet_events`` query it where it lies, with the store's columns. See docs/scale.md.
"""
from __future__ import annotations

from parley.batch.load import load_folder
from parley.batch.options import BatchOptions
from parley.batch.query import parquet_events, query_parquet
from parley.batch.runner import BatchReport, run_batch

__all__ = ["BatchOptions", "BatchReport", "load_folder", "parquet_events", "query_parquet", "run_batch"]
