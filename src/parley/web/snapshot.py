"""Serve a store that ``parley ingest`` may be writing: read from a private snapshot copy.

DuckDB lets one process hold a database file for writing and then no other process may open
it at all, not even read-only (file lock). So the server never keeps the store open: it copies
the file, while briefly holding a read-only (shared) lock, to a private snapshot, and answers
every read from that copy. When the store's file changes, the next request tries to refresh;
if a writer holds the lock, the old snapshot keeps answering (``stale`` says so) and the
refresh is tried again later. Writes from the server (token routes) open the real file
read-write for one transaction and refresh right after. See docs/web.md.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from parley.errors import Errors, StoreBusy
from parley.flow import CorpusStore
from parley.store import Store, StoreError

log = logging.getLogger("parley.web")
HEADER_BYTES = 3 * 4096  # DuckDB's file header and two database headers, before the blocks
RETRY_SECONDS = 1.0  # how often a changed-but-locked store is tried again
WAIT_SECONDS = 3.0  # how long a blocking refresh (start, after a write) waits for the lock


@dataclass(frozen=True)
class Stamp:
    """What identifies one state of the store's files on disk."""

    mtime_ns: int
    size: int
    wal_mtime_ns: int
    wal_size: int


def stamp(path: Path) -> Stamp | None:
    """The store's (and its WAL's) modification time and size, or None when it is missing."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    wal = path.with_name(path.name + ".wal")
    try:
        ws = wal.stat()
        wal_stamp = (ws.st_mtime_ns, ws.st_size)
    except FileNotFoundError:
        wal_stamp = (0, 0)
    return Stamp(st.st_mtime_ns, st.st_size, *wal_stamp)


def _locked(exc: BaseException) -> bool:
    return "lock" in str(exc).lower()


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def check_intact(store: Store, file: Path) -> None:
    """A quick integrity read (milliseconds): the file holds every block in use (a truncated
    copy does not), and every table can be counted. StoreError (E320) if not.

    Blocks in use are counted by ``used_blocks``, and the highest block a table's column data
    or the metadata sits in must lie inside the file. ``total_blocks`` is no bound: it also
    counts free blocks, and DuckDB cuts free blocks off the end of the file at a checkpoint
    while keeping them in its free list, so a healthy store that several ``parley ingest`` runs
    wrote is often shorter than ``total_blocks`` blocks."""
    try:
        row = store.rows("SELECT block_size, used_blocks FROM pragma_database_size() "
                         "WHERE database_name = current_database()")
        if row:
            blocks = max(int(row[0]["used_blocks"]), _highest_block(store) + 1)
            need = HEADER_BYTES + int(row[0]["block_size"]) * blocks
            size = file.stat().st_size
            if size < need:
                raise StoreError(f"the file has {size} bytes, its blocks in use need {need}")
        store.stats()
    except (duckdb.Error, StoreError) as exc:
        raise StoreError(Errors.E320.format(path=file.name, reason=one_line(exc))) from None


def _highest_block(store: Store) -> int:
    """The highest block id that holds metadata or a table's persistent column data (-1: none)."""
    highest = max((int(r["block_id"]) for r in store.rows(
        "SELECT block_id FROM pragma_metadata_info()")), default=-1)
    tables = store.rows("SELECT table_name FROM duckdb_tables() "
                        "WHERE database_name = current_database() AND NOT temporary")
    for t in tables:
        top = store.rows("SELECT max(block_id) AS b FROM pragma_storage_info(?) WHERE persistent",
                         [t["table_name"]])
        if top and top[0]["b"] is not None:
            highest = max(highest, int(top[0]["b"]))
    return highest


class SnapshotStore:
    """Hands out a read-only ``Store`` over the latest snapshot of ``path``.

    Thread-safe: request threads call ``current()``; a refresh (in a background thread) swaps
    in a new snapshot while requests still running finish on the previous one, which is closed
    at the following swap.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._dir = Path(tempfile.mkdtemp(prefix="parley-serve-"))
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._retired: list[tuple[Store, Path]] = []
        self._stamp: Stamp | None = None
        self._file: Path | None = None
        self._checked = 0.0
        self._serial = 0
        self.stale = False  # True while a writer keeps a newer state from being copied
        self.taken_at: float | None = None
        if stamp(self.path) is None:
            raise StoreError(Errors.E100.format(path=self.path))
        # A writer may hold the store right now: then requests get 503 until it lets go.
        self.refresh(wait=True)

    # -- reads ---------------------------------------------------------------------------------
    def current(self) -> Store:
        """The store to read from. When the file changed (a cheap stat), a background thread
        copies it; this request and the next ones keep reading the previous snapshot."""
        now = time.monotonic()
        if now - self._checked >= RETRY_SECONDS and stamp(self.path) != self._stamp:
            self._checked = now
            if not self._lock.locked():
                threading.Thread(target=self._refresh_in_background, name="parley-snapshot",
                                 daemon=True).start()
        if self._store is None:
            raise StoreBusy(Errors.E303.format(path=self.path))
        return self._store

    def _refresh_in_background(self) -> None:
        try:
            self.refresh()
        except (StoreError, duckdb.Error) as exc:  # the previous snapshot keeps answering
            self.stale = self._store is not None
            log.error("cannot refresh the snapshot of %s: %s", self.path, one_line(exc))

    def refresh(self, wait: bool = False) -> bool:
        """Copy the store if it changed; False when a writer holds it (the old copy stays).
        ``wait``: keep trying for a few seconds first (after the server's own write)."""
        deadline = time.monotonic() + (WAIT_SECONDS if wait else 0.0)
        with self._lock:
            while True:
                try:
                    return self._copy()
                except StoreBusy:
                    self.stale = self._store is not None
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(0.2)

    def _copy(self) -> bool:
        before = stamp(self.path)
        if before == self._stamp and self._store is not None:
            self.stale = False
            return True
        self._serial += 1
        target = self._dir / f"snapshot-{self._serial}.duckdb"
        try:
            # A read-only connection holds the shared lock: no writer can be mid-write while
            # the file (and a WAL left by a crashed writer) is copied.
            guard = duckdb.connect(str(self.path), read_only=True)
        except duckdb.IOException as exc:
            if _locked(exc):
                raise StoreBusy(Errors.E304.format(reason=one_line(exc))) from None
            raise StoreError(Errors.E305.format(path=self.path.name, reason=one_line(exc))
                             ) from None
        try:
            shutil.copyfile(self.path, target)
            wal = self.path.with_name(self.path.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, target.with_name(target.name + ".wal"))
            after = stamp(self.path)
        finally:
            guard.close()
        try:
            fresh = Store(target, read_only=True)
        except duckdb.Error as exc:
            _remove(target)
            raise StoreError(Errors.E320.format(path=self.path.name, reason=one_line(exc))
                             ) from None
        try:
            check_intact(fresh, target)
        except StoreError as exc:
            fresh.close()
            _remove(target)
            raise StoreError(str(exc).replace(target.name, self.path.name)) from None
        old, old_file = self._store, self._file
        self._store, self._file, self._stamp = fresh, target, after
        self.stale = False
        self.taken_at = time.time()
        for store, file in self._retired:
            store.close()
            _remove(file)
        self._retired = [(old, old_file)] if old is not None and old_file is not None else []
        return True

    # -- writes ----------------------------------------------------------------------------------
    def writer(self) -> CorpusStore:
        """The real store opened read-write for one short write; StoreBusy while another
        process writes. Close it, then call ``refresh()``."""
        try:
            return CorpusStore(self.path, read_only=False)
        except StoreError as exc:
            if _locked(exc):
                raise StoreBusy(Errors.E304.format(reason=exc)) from None
            raise

    def close(self) -> None:
        with self._lock:
            for store, file in self._retired + ([(self._store, self._file)] if self._store
                                                 and self._file else []):
                store.close()
                _remove(file)
            self._store = None
            shutil.rmtree(self._dir, ignore_errors=True)


def _remove(file: Path) -> None:
    for p in (file, file.with_name(file.name + ".wal")):
        p.unlink(missing_ok=True)
