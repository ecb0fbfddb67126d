"""``parley load``: bring a batch output folder into the DuckDB store, idempotently.

Articles go in through ``parley.flow.load_coded`` — the same content-hash keys, near-duplicate
links and incident update as ``parley ingest`` — so loading twice, or loading articles that
ingest already stored, adds nothing, and a loaded store has the rows an ingested one has.
Failures are added once per (input, reason). Only shards in the manifest are read: a run still
in progress never loads half a shard.

Every shard's files are checked against its manifest line first (present, same size, SHA-256
and row counts; older manifests without hashes: present and same row counts). A shard that
fails the check is not loaded: it is recorded as a failure naming the file and what is wrong,
the other shards load, and ``LoadReport.skipped`` lists it so ``parley load`` exits non-zero
with what to do (rerun ``parley batch`` on that shard, which codes it again).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from parley.batch.manifest import SETTINGS, check_shard, read_manifest, shard_files
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
    #: shards not (fully) loaded: (input shard path, what is wrong with its files)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)  # earlier runs found killed


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


def _article_files(folder: Path, entry: dict) -> list[Path]:
    return sorted(folder / rel for rel in shard_files(entry) if rel.startswith("articles/"))


def _coded(folder: Path, done: dict[str, dict], report: LoadReport
           ) -> Iterator[list[CodedArticle]]:
    """Batches of coded articles of every shard, in file order. A file that cannot be read to
    the end (possible only with an old manifest, which has no hashes) is noted in
    ``report.skipped``; the articles before the break are stored, whole, and a rerun after
    ``parley batch`` has redone the shard adds the rest."""
    files = sorted(((path, entry) for entry in done.values()
                    for path in _article_files(folder, entry)), key=lambda pair: pair[0])
    for path, entry in files:  # by month, then shard: the order loads have always had
        try:
            handle = pq.ParquetFile(path)
            for batch in handle.iter_batches(batch_size=LOAD_BATCH, columns=["coded_json"]):
                yield [CodedArticle.from_json(text) for text in batch.column(0).to_pylist()]
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the load
            report.skipped.append((entry.get("path", entry["sha"]),
                                   f"{path.relative_to(folder)} could not be read to the end "
                                   f"({type(exc).__name__})"))


def load_folder(
    folder: str | Path, db: str | Path | None = None, progress: Callable[[int], None] | None = None,
    on_start: Callable[[LoadReport], None] | None = None,
) -> LoadReport:
    """Load every committed, intact shard of ``folder`` into the store at ``db``; shards whose
    files are missing or damaged are recorded as failures and listed in ``skipped``."""
    folder = Path(folder)
    done = _committed(folder)
    report = LoadReport(db=str(db or DEFAULT_DB))
    intact: dict[str, dict] = {}
    for sha, entry in done.items():
        problems = check_shard(folder, entry)
        if problems:
            report.skipped.append((entry.get("path", sha), "; ".join(problems)))
        else:
            intact[sha] = entry
    with CorpusStore(report.db) as store:
        settings = _settings(folder)
        run_id = store.start_run(settings.get("model"), settings.get("lexicons"), [str(folder)])
        report.interrupted = list(store.interrupted_runs)
        if on_start:
            on_start(report)
        counts = load_coded(store, _coded(folder, intact, report), run_id, progress)
        report.read, report.added, report.incidents = counts.read, counts.added, counts.incidents
        report.failures = _load_failures(store, folder, intact, run_id)
        for shard, problem in report.skipped:
            if store.add_failure(shard, Errors.E218.format(problem=problem), run_id):
                report.failures += 1
        status = "finished" if not report.skipped else "incomplete"
        store.finish_run(run_id, report.added, report.read - report.added, report.failures,
                         status=status)
    return report


def _settings(folder: Path) -> dict:
    path = folder / SETTINGS
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _load_failures(store: Store, folder: Path, done: dict[str, dict], run_id: int) -> int:
    """Add the shards' failures; one already recorded (same input and reason) is not added
    again (``Store.add_failure``). Returns how many were new."""
    added = 0
    for entry in done.values():
        for rel in shard_files(entry):
            if not rel.startswith("failures/"):
                continue
            path = folder / rel
            for row in pq.read_table(path, columns=["input", "reason"]).to_pylist():
                added += store.add_failure(row["input"], row["reason"], run_id)
    return added
