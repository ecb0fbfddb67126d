"""Input shards: find them, fingerprint them, and read them chunk by chunk into article shells.

A shard is one input file (JSONL, CSV, Parquet or WARC). Reading goes through the ingest
stage's own record handling (``jsonl_record``, ``shell_from_record``, ``read_csv_file``,
``read_warc_file``), so a batch article is byte-for-byte the shell ``parley code`` would have
built from the same input. JSONL and Parquet shards are split into chunks of ``step`` rows
that are read independently (a big file spreads over many workers); CSV and WARC shards are one
chunk each (their records can only be found by reading from the start). A chunk travels as a
small descriptor (``chunk_task``) and the worker reads it (``read_task``). Row numbers make
"every article exactly once" checkable, and each chunk says how many rows it produced, so the
driver knows when a shard is complete without counting it twice.
"""
from __future__ import annotations

import glob
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from parley.errors import Errors, SourceError
from parley.ingest import DEFAULT_OPTIONS
from parley.ingest.files import LongLine, bounded_lines, jsonl_record, read_csv_file
from parley.ingest.records import attempt, shell_from_record
from parley.ingest.warc import read_warc_file
from parley.schema import CodedArticle, Failure

KINDS = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet", ".warc": "warc", ".warc.gz": "warc"}
PARQUET_FIELDS = ("id", "text", "html", "published", "title", "source", "url")

Result = CodedArticle | Failure


@dataclass(frozen=True)
class Chunk:
    """Where one chunk begins: its first row, and where reading resumes (byte offset, line)."""

    row: int
    offset: int = 0
    line: int = 1


@dataclass(frozen=True)
class Shard:
    """One input file: its content hash (the manifest key), kind and chunks."""

    path: str
    kind: str
    sha: str
    chunks: tuple[Chunk, ...]
    rows: int | None  # known before reading for JSONL and Parquet; None for CSV and WARC

    def chunk_rows(self, index: int) -> int | None:
        """How many rows chunk ``index`` holds, when known before reading."""
        if self.rows is None:
            return None
        end = self.chunks[index + 1].row if index + 1 < len(self.chunks) else self.rows
        return end - self.chunks[index].row


def shard_kind(path: Path) -> str | None:
    """The reader for a file name, or None if ``parley batch`` does not read that kind of file."""
    name = path.name.lower()
    return next((KINDS[s] for s in sorted(KINDS, key=len, reverse=True) if name.endswith(s)), None)


def find_shards(inputs: list[str]) -> list[Path]:
    """Files named directly, inside folders (recursively) or matched by globs, in stable order."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            matches = sorted(p for p in path.rglob("*") if p.is_file() and shard_kind(p))
        elif path.is_file():
            if not shard_kind(path):
                raise SourceError(Errors.E201.format(item=item))
            matches = [path]
        else:
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if shard_kind(Path(p)))
        if not matches:
            raise SourceError(Errors.E202.format(item=item))
        found.extend(m.resolve() for m in matches)
    return list(dict.fromkeys(found))


def file_sha(path: Path) -> str:
    """Content hash of a shard (16 hex of SHA-256): a renamed or moved shard is not redone."""
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def scan_shard(path: Path, step: int) -> Shard:
    """Hash one shard and plan its chunks of ``step`` rows (JSONL/Parquet) or one chunk."""
    kind = shard_kind(path)
    if kind is None:
        raise SourceError(Errors.E203.format(path=path))
    rows: int | None = None
    chunks: list[Chunk] = [Chunk(0)]
    if kind == "jsonl":
        rows, chunks = _scan_jsonl(path, step)
    elif kind == "parquet":
        rows, chunks = _scan_parquet(path, step)
    return Shard(str(path), kind, file_sha(path), tuple(chunks), rows)


def chunk_task(shard: Shard, index: int) -> dict[str, Any]:
    """Chunk ``index`` of ``shard`` as a small self-contained descriptor (plain values only).

    This is all a worker is sent: it reads the rows itself, so no input text passes through the
    driver or through a separate read process.
    """
    chunk = shard.chunks[index]
    return {
        "shard": shard.sha, "path": shard.path, "kind": shard.kind, "chunk": index,
        "row": chunk.row, "offset": chunk.offset, "line": chunk.line,
        "count": shard.chunk_rows(index) or 0,  # 0 for CSV/WARC, which read the whole file
    }


def read_chunk(shard: Shard, index: int) -> Iterator[tuple[int, str, Result]]:
    """Yield ``(row, input, shell or Failure)`` for every row of chunk ``index``."""
    return read_task(chunk_task(shard, index))


def read_task(task: dict[str, Any]) -> Iterator[tuple[int, str, Result]]:
    """Yield ``(row, input, shell or Failure)`` for every row of a ``chunk_task`` descriptor."""
    path = Path(task["path"])
    chunk = Chunk(task["row"], task["offset"], task["line"])
    if task["kind"] == "jsonl":
        yield from _read_jsonl(path, chunk, task["count"])
    elif task["kind"] == "parquet":
        yield from _read_parquet(path, chunk.row, task["count"])
    else:
        reader = read_csv_file if task["kind"] == "csv" else read_warc_file
        for row, result in enumerate(reader(path, DEFAULT_OPTIONS)):
            where = result.input if isinstance(result, Failure) else str(result.meta.get("input"))
            yield row, where, result


# -- JSONL: one record per non-blank line, numbered by physical line like ``parley ingest`` ----


def _lines(path: Path, offset: int) -> Iterator[tuple[int, bytes | LongLine]]:
    """(byte offset, line) from ``offset``; a line over ``max_record_bytes`` is a LongLine."""
    with path.open("rb") as handle:
        handle.seek(offset)
        pos = offset
        for line in bounded_lines(handle, DEFAULT_OPTIONS.max_record_bytes):
            yield pos, line
            pos += line.size if isinstance(line, LongLine) else len(line)


def _scan_jsonl(path: Path, step: int) -> tuple[int, list[Chunk]]:
    rows, chunks = 0, []
    for number, (offset, line) in enumerate(_lines(path, 0), start=1):
        if isinstance(line, LongLine) or line.strip():
            if rows % step == 0:
                chunks.append(Chunk(rows, offset, number))
            rows += 1
    return rows, chunks or [Chunk(0)]


def _read_jsonl(path: Path, chunk: Chunk, count: int) -> Iterator[tuple[int, str, Result]]:
    row = chunk.row
    for number, (_, raw) in enumerate(_lines(path, chunk.offset), start=chunk.line):
        if row >= chunk.row + count:
            return
        if isinstance(raw, LongLine) or raw.strip():
            where = f"{path}:{number}"
            yield row, where, jsonl_record(raw, number, where, path.stem, DEFAULT_OPTIONS)
            row += 1


# -- Parquet: any table with a text (or html) column -------------------------------------------


def _scan_parquet(path: Path, step: int) -> tuple[int, list[Chunk]]:
    try:
        rows = pq.ParquetFile(path).metadata.num_rows
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        raise SourceError(Errors.E204.format(path=path, reason=exc)) from None
    return rows, [Chunk(r) for r in range(0, rows, step)] or [Chunk(0)]


def _read_parquet(path: Path, start: int, count: int) -> Iterator[tuple[int, str, Result]]:
    handle = pq.ParquetFile(path)
    columns = [c for c in PARQUET_FIELDS if c in handle.schema_arrow.names]
    row = 0
    for batch in handle.iter_batches(columns=columns, batch_size=1024):
        if row + batch.num_rows <= start:
            row += batch.num_rows
            continue
        for record in batch.to_pylist():
            if start <= row < start + count:
                where = f"{path}#{row + 1}"
                record = {k: _plain(v) for k, v in record.items()}
                yield row, where, attempt(
                    where, shell_from_record, record, f"{path.stem}-{row + 1}", where, DEFAULT_OPTIONS
                )
            row += 1
        if row >= start + count:
            return


def _plain(value: object) -> object:
    """Dates and timestamps from Parquet as ISO strings, as JSONL carries them."""
    return value.isoformat()[:10] if hasattr(value, "isoformat") else value
