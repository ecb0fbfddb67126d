"""The output folder's ledger: which shards are finished, and the commit that makes them so.

Layout of an output folder::

    _batch.json                       model + lexicon hash the folder was coded with
    _manifest.jsonl                   one line per finished shard (written last, fsynced)
    articles/month=YYYY-MM/<sha>.parquet
    failures/<sha>.parquet
    _staging/<run>/<sha>/c<chunk>-<id>.parquet   coded chunks waiting for their shard's commit,
                                      written by the workers; deleted on every start

A shard counts as done only once its manifest line is on disk, and that line is written only
after all its files are complete and renamed into place. Anything else found on start (staging
files, files of shards without a manifest line, ``*.tmp``) is an orphan of a killed run and is
deleted, so a rerun redoes that shard from scratch: nothing is lost and nothing appears twice.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from parley.batch.arrow_schema import ARTICLE_SCHEMA, FAILURE_SCHEMA, month_of
from parley.errors import Errors, OutputError

MANIFEST = "_manifest.jsonl"
SETTINGS = "_batch.json"
STAGING = "_staging"


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """One writer per output folder; the OS drops the lock if the process is killed."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(Errors.E212.format(out=out)) from None
        yield


def read_manifest(out: Path) -> dict[str, dict[str, Any]]:
    """Finished shards by content hash; a torn last line (killed mid-write) is ignored."""
    done: dict[str, dict[str, Any]] = {}
    path = out / MANIFEST
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and "sha" in entry:
            done[entry["sha"]] = entry
    return done


def check_settings(out: Path, settings: dict[str, Any]) -> None:
    """Refuse to mix articles coded by different models or lexicons in one folder."""
    path = out / SETTINGS
    out.mkdir(parents=True, exist_ok=True)
    if path.exists():
        before = json.loads(path.read_text(encoding="utf-8"))
        if before != settings:
            raise OutputError(Errors.E213.format(out=out, before=before, settings=settings))
    else:
        _write_atomic(path, json.dumps(settings, indent=2).encode())


def clean_orphans(out: Path) -> list[Path]:
    """Delete everything a killed run may have left that no manifest line vouches for."""
    done = read_manifest(out)
    removed: list[Path] = []
    staging = out / STAGING
    if staging.exists():  # parts of chunks never committed (or only the empty folders)
        parts = [p for p in staging.rglob("*") if p.is_file()]
        shutil.rmtree(staging)
        removed += parts or [staging]
    for folder in (out / "articles", out / "failures"):
        for path in sorted(folder.rglob("*")) if folder.exists() else []:
            if path.is_file() and (path.name.endswith(".tmp") or path.stem not in done):
                path.unlink()
                removed.append(path)
    return removed


def commit_shard(out: Path, sha: str, path: str, table: pa.Table) -> dict[str, Any]:
    """Write one finished shard's rows (articles by month, failures) and then its manifest line.

    ``table`` holds the shard's transport rows; duplicates of a row (a retried task) are
    dropped, and rows are written in input order.
    """
    table = _first_of_each_row(table)
    failed = pc.is_valid(table["reason"])
    failures = table.filter(failed).select(FAILURE_SCHEMA.names).cast(FAILURE_SCHEMA)
    articles = table.filter(pc.invert(failed)).select(ARTICLE_SCHEMA.names)
    articles = articles.cast(ARTICLE_SCHEMA)
    months = [month_of(p) for p in articles["published"].to_pylist()]
    written: dict[str, int] = {}
    files: dict[str, dict[str, Any]] = {}
    for month in sorted(set(months)):
        mask = pa.array([m == month for m in months])
        part = articles.filter(mask)
        rel = f"articles/month={month}/{sha}.parquet"
        files[rel] = _write_parquet(out / rel, part)
        written[month] = part.num_rows
    if failures.num_rows:
        files[f"failures/{sha}.parquet"] = _write_parquet(out / "failures" / f"{sha}.parquet",
                                                          failures)
    entry = {
        "sha": sha,
        "path": path,
        "rows": table.num_rows,
        "articles": articles.num_rows,
        "failures": failures.num_rows,
        "months": written,
        "files": files,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    _append_line(out / MANIFEST, json.dumps(entry, ensure_ascii=False))
    return entry


def _first_of_each_row(table: pa.Table) -> pa.Table:
    """Keep one copy of each ``shard_row`` (the first seen), ordered by row number."""
    rows = table["shard_row"].to_pylist()
    keep = sorted({r: i for i, r in reversed(list(enumerate(rows)))}.items())
    return table.take(pa.array([i for _, i in keep], type=pa.int64()))


def _write_parquet(path: Path, table: pa.Table) -> dict[str, Any]:
    """Write, fsync and rename into place; the file's rows, size and SHA-256 for the manifest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    facts = {"rows": table.num_rows, "bytes": tmp.stat().st_size, "sha256": file_sha256(tmp)}
    os.replace(tmp, path)
    return facts


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def shard_files(entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The files a manifest line vouches for, with what is known of each (rows; size and
    SHA-256 when the line has them). Lines written before file facts were recorded list months
    and a failure count only: their files' rows are checked, not their hashes."""
    if isinstance(entry.get("files"), dict):
        return entry["files"]
    files: dict[str, dict[str, Any]] = {
        f"articles/month={month}/{entry['sha']}.parquet": {"rows": rows}
        for month, rows in (entry.get("months") or {}).items()
    }
    if entry.get("failures"):
        files[f"failures/{entry['sha']}.parquet"] = {"rows": entry["failures"]}
    return files


def check_shard(out: Path, entry: dict[str, Any]) -> list[str]:
    """What is wrong with a finished shard's files ([] when they are all as the manifest says):
    a file missing, of another size or hash, unreadable as Parquet, or with other row counts."""
    problems = []
    for rel, facts in shard_files(entry).items():
        path = out / rel
        if not path.is_file():
            problems.append(f"{rel} is missing")
            continue
        if "bytes" in facts and path.stat().st_size != facts["bytes"]:
            problems.append(f"{rel} has {path.stat().st_size} bytes, the manifest says "
                            f"{facts['bytes']}")
            continue
        if "sha256" in facts and file_sha256(path) != facts["sha256"]:
            problems.append(f"{rel} is damaged (its SHA-256 differs from the manifest's)")
            continue
        try:
            rows = pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
            problems.append(f"{rel} is not readable Parquet ({type(exc).__name__})")
            continue
        if "rows" in facts and rows != facts["rows"]:
            problems.append(f"{rel} has {rows} rows, the manifest says {facts['rows']}")
    return problems


def write_part(path: Path, table: pa.Table) -> None:
    """Write one staged part so that it appears whole or not at all (write, then rename).

    No fsync: staging never survives a restart (``clean_orphans``), only visibility matters.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _append_line(path: Path, line: str) -> None:
    """Append one full line and fsync it; a line cut short by a kill is ignored on read."""
    torn = False
    if path.exists() and path.stat().st_size:
        with path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            torn = handle.read(1) != b"\n"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(("\n" if torn else "") + line + "\n")  # a torn line stays on its own
        handle.flush()
        os.fsync(handle.fileno())
