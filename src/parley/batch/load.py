"""``parley load``: bring a batch output folder into the DuckDB store, idempotently.

Articles go in through ``parley.flow.load_coded`` — the same content-hash keys, near-duplicate
links and incident update as ``parley ingest`` — so loading twice, or loading articles that
ingest already stored, adds nothing, and a loaded store has the rows an ingested one has.
Failures are added once per (input, reason). Only shards in the manifest are read: a run still
in progress never loads half a shard.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from parley.batch.manifest import SETTINGS, read_manifest
from parley.errors import Errors, LoadError
from parley.flow import CorpusStore, load_coded
from parley.schema import CodedArticle
from parley.store import DEFAULT_DB, Store

#: Articles per store transaction: big enough to be quick, small enough to bound memory.
LOAD_BATCH = 500


@dataclass
class LoadReport:
    """How many articles were read and how many were new to the store."""

    db: str
    read: int = 0
    added: int = 0
    failures: int = 0
    incidents: int = 0


def _committed(folder: Path) -> dict[str, dict]:
    if not folder.is_dir():
        raise LoadError(Errors.E210)
    done = read_manifest(folder)
    if not done and not (folder / SETTINGS).exists():
        raise LoadError(Errors.E211)
    return done


def count_rows(folder: Path) -> int:
    """Articles the folder holds, from the manifest (for the progress bar)."""
    return sum(entry["articles"] for entry in _committed(Path(folder)).values())


def _article_files(folder: Path, done: dict[str, dict]) -> Iterator[Path]:
    for path in sorted((folder / "articles").rglob("*.parquet")):
        if path.stem in done:
            yield path


def _coded(folder: Path, done: dict[str, dict]) -> Iterator[list[CodedArticle]]:
    for path in _article_files(folder, done):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=LOAD_BATCH, columns=["coded_json"]):
            yield [CodedArticle.from_json(text) for text in batch.column(0).to_pylist()]


def load_folder(
    folder: str | Path, db: str | Path | None = None, progress: Callable[[int], None] | None = None
) -> LoadReport:
    """Load every committed article and failure of ``folder`` into the store at ``db``."""
    folder = Path(folder)
    done = _committed(folder)
    report = LoadReport(db=str(db or DEFAULT_DB))
    with CorpusStore(report.db) as store:
        settings = _settings(folder)
        run_id = store.start_run(settings.get("model"), settings.get("lexicons"), [str(folder)])
        counts = load_coded(store, _coded(folder, done), run_id, progress)
        report.read, report.added, report.incidents = counts.read, counts.added, counts.incidents
        report.failures = _load_failures(store, folder, done, run_id)
        store.finish_run(run_id, report.added, report.read - report.added, report.failures)
    return report


def _settings(folder: Path) -> dict:
    path = folder / SETTINGS
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _load_failures(store: Store, folder: Path, done: dict[str, dict], run_id: int) -> int:
    """Add failures not already recorded (failures have no key, so compare input + reason)."""
    rows = store.sql("SELECT input, reason FROM failures", arrow=True).to_pylist()
    known = {(r["input"], r["reason"]) for r in rows}
    added = 0
    for path in sorted((folder / "failures").glob("*.parquet")):
        if path.stem not in done:
            continue
        for row in pq.read_table(path, columns=["input", "reason"]).to_pylist():
            if (row["input"], row["reason"]) not in known:
                store.add_failure(row["input"], row["reason"], run_id)
                known.add((row["input"], row["reason"]))
                added += 1
    return added
