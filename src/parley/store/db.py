"""``Store``: the DuckDB file that holds coded articles: opening, schema check, writes.

DuckDB lets one process write a database file at a time (readers in other processes need the
writer to be closed), so ingest funnels every coded article through one ``Store`` in one
process; coding may fan out to worker processes, writing never does (docs/store.md).
"""
from __future__ import annotations

import contextlib
import errno
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, Self

import duckdb
import pyarrow as pa

from parley import __version__
from parley.errors import Errors, StoreError
from parley.schema import CodedArticle
from parley.store.reads import StoreReads
from parley.store.rows import article_rows, content_hash, to_tables
from parley.store.schema import ensure_schema, first_row, one_row

DEFAULT_DB = "parley.duckdb"
__all__ = ["DEFAULT_DB", "Linker", "Store", "StoreError"]


_LOCKED = ("conflicting lock", "could not set lock")
_DAMAGED = ("not a valid duckdb database", "corrupt", "checksum", "invalid database")
_NO_PERMISSION = ("permission denied", "read-only file system")


def store_error(exc: BaseException, path: str, fallback: BaseException | None = None
                ) -> BaseException:
    """A DuckDB or OS error while opening or writing the store at ``path`` as a StoreError
    with one line that says what happened and what to do: disk full (E107), a file that is not
    a DuckDB database or is damaged (E108), no permission (E109), another writer (E101).
    Anything else: ``fallback`` when given (re-raise as is), else E117."""
    text = str(exc).lower()
    if getattr(exc, "errno", None) == errno.ENOSPC or "no space left on device" in text:
        return StoreError(Errors.E107.format(path=path))
    if any(k in text for k in _LOCKED):
        return StoreError(Errors.E101.format(path=path, reason=_short(exc)))
    if any(k in text for k in _DAMAGED):
        return StoreError(Errors.E108.format(path=path, reason=_short(exc)))
    if getattr(exc, "errno", None) in (errno.EACCES, errno.EROFS) or any(
            k in text for k in _NO_PERMISSION):
        return StoreError(Errors.E109.format(path=path, reason=_short(exc)))
    if fallback is not None:
        return fallback
    return StoreError(Errors.E117.format(path=path, reason=_short(exc)))


def _short(exc: BaseException) -> str:
    """The first line of a DuckDB message, without the file name it repeats."""
    return str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__


class Linker(Protocol):
    """Finds a new article's near-duplicate before it is written (``corpus.dedup``
    implements it), so the link is stored in the article's own transaction."""

    def link(self, article_id: str, text: str) -> tuple[str | None, bytes | None]:
        """Index the article; return (its canonical article id or None, its signature)."""
        ...


class Store(StoreReads):
    """A Parley store: ``Store(path)`` opens (creating if needed) a DuckDB file.

    Reads return pandas DataFrames (``arrow=True``: pyarrow Tables). Paged reads take
    ``limit`` and ``after`` (a row's ``cursor`` value) and return rows in key order.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(Errors.E100.format(path=self.path))
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise store_error(exc, self.path) from None
        self._lock = threading.Lock()
        try:
            ensure_schema(self._con, read_only=read_only)
        except duckdb.Error as exc:
            self._con.close()
            raise store_error(exc, self.path) from None
        except Exception:
            self._con.close()
            raise
        self._hashes: set[str] | None = None
        #: runs the last ``start_run`` found still ``running`` (killed) and marked interrupted
        self.interrupted_runs: list[int] = []

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def content_hashes(self) -> set[str]:
        """Hashes of every stored article (kept in memory while this Store is open)."""
        if self._hashes is None:
            rows = self._cursor().execute("SELECT content_hash FROM articles").fetchall()
            self._hashes = {r[0] for r in rows}
        return self._hashes

    def has(self, coded: CodedArticle) -> bool:
        """True when this input (by content hash) is already stored."""
        return content_hash(coded) in self.content_hashes()

    def minhash_signatures(self) -> list[tuple[str, bytes | None, str | None]]:
        """(article id, MinHash signature, canonical id) of every linked article, in the order
        they were stored: what a ``Linker`` indexes when a writer opens the store."""
        return self._cursor().execute(
            "SELECT m.article_id, m.signature, a.canonical_id FROM article_minhash m "
            "JOIN articles a ON a.id = m.article_id ORDER BY a.seq"
        ).fetchall()

    def add(self, coded: CodedArticle, run_id: int | None = None,
            linker: Linker | None = None) -> str | None:
        """Store one coded article; return its stored id, or None if it was already there."""
        return self.add_many([coded], run_id, linker)[0]

    def add_many(self, coded: Iterable[CodedArticle], run_id: int | None = None,
                 linker: Linker | None = None) -> list[str | None]:
        """Store whole articles in ONE transaction: after a crash, all or none of them exist.

        Returns the stored id per input (None for inputs already stored). An id already used
        by different content gets the hash appended, so no article is ever overwritten.
        ``linker`` links near-duplicates in the same transaction; without one, no signatures
        or links are written (``parley.Store`` always passes one: see ``parley.flow``).
        """
        if self.read_only:
            raise StoreError(Errors.E102.format(path=self.path))
        items = list(coded)
        hashes = self.content_hashes()
        with self._lock:
            return self._write(items, hashes, run_id, linker)

    def _write(self, items: list[CodedArticle], hashes: set[str], run_id: int | None,
               linker: Linker | None) -> list[str | None]:
        result: list[str | None] = []
        merged: dict[str, list[dict[str, Any]]] = {}
        new_hashes: list[str] = []
        taken: set[str] = set()
        links: list[tuple[str, str | None, bytes | None]] = []
        for item in items:
            chash = content_hash(item)
            if chash in hashes or chash in new_hashes:
                result.append(None)
                continue
            stored_id = self._free_id(item.article.id, chash, taken)
            taken.add(stored_id)
            new_hashes.append(chash)
            result.append(stored_id)
            canonical, signature = None, None
            if linker is not None:
                canonical, signature = linker.link(stored_id, item.article.text)
                links.append((stored_id, canonical, signature))
            rows = article_rows(item, stored_id, chash, run_id, duplicate=canonical is not None)
            for name, table_rows in rows.items():
                merged.setdefault(name, []).extend(table_rows)
        if not new_hashes:
            return result
        tables = to_tables(merged)
        self._con.execute("BEGIN")
        try:
            self._insert(self._con, tables, links)
            self._con.execute("COMMIT")
        except Exception as exc:
            # a failed COMMIT (disk full) has already ended the transaction: DuckDB then says
            # "cannot rollback - no transaction is active", which must not hide the cause
            with contextlib.suppress(duckdb.Error):
                self._con.execute("ROLLBACK")
            err = store_error(exc, self.path, fallback=exc)
            if err is exc:
                raise
            raise err from None
        hashes.update(new_hashes)
        return result

    def _free_id(self, wanted: str, chash: str, taken: set[str]) -> str:
        candidates = [wanted, f"{wanted}~{chash[:10]}", f"{wanted}~{chash}"]
        for cand in candidates:
            exists = first_row(self._con, "SELECT 1 FROM articles WHERE id = ?", [cand])
            if cand not in taken and not exists:
                return cand
        raise StoreError(Errors.E103.format(wanted=wanted))  # same hash cannot reach here

    @staticmethod
    def _insert(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table],
                links: list[tuple[str, str | None, bytes | None]]) -> None:
        seqs = {"articles": "article_seq", "events": "event_seq", "quotes": "quote_seq"}
        for name, table in tables.items():
            if table.num_rows == 0:
                continue
            con.register("_new_rows", table)
            seq = f"nextval('{seqs[name]}') AS seq, " if name in seqs else ""
            extra = ", now() AS added" if name == "articles" else ""
            con.execute(f"INSERT INTO {name} BY NAME SELECT {seq}*{extra} FROM _new_rows")
            con.unregister("_new_rows")
        if links:
            con.executemany(
                "INSERT INTO article_minhash VALUES (?, ?)", [[i, sig] for i, _, sig in links]
            )
        dups = [[canonical, i] for i, canonical, _ in links if canonical]
        if dups:
            con.executemany("UPDATE articles SET canonical_id = ? WHERE id = ?", dups)

    def add_failure(self, input: str, reason: str, run_id: int | None = None) -> bool:
        """Record an input that could not be read or coded (``parley failures`` lists them).

        The same input failing for the same reason is one row, with the latest run's id and
        time: a rerun does not repeat it. True when the row is new."""
        cursor = self._cursor()
        updated = one_row(
            cursor,
            "UPDATE failures SET time = now(), run_id = ? WHERE input = ? AND reason = ?",
            [run_id, input, reason],
        )
        if updated[0]:
            return False
        cursor.execute("INSERT INTO failures VALUES (?, ?, now(), ?)", [input, reason, run_id])
        return True

    def start_run(self, model: str | None, lexicons: str | None, inputs: list[str]) -> int:
        """Open a run record. Runs still marked ``running`` are marked ``interrupted`` first:
        one process writes a store at a time, so a run left ``running`` was killed."""
        cursor = self._cursor()
        marked = cursor.execute(
            "UPDATE runs SET status = 'interrupted' WHERE status = 'running' RETURNING id"
        ).fetchall()
        self.interrupted_runs = sorted(int(r[0]) for r in marked)
        row = one_row(
            cursor,
            "INSERT INTO runs (id, parley_version, model, lexicons, inputs, started, status) "
            "VALUES (nextval('run_seq'), ?, ?, ?, ?, now(), 'running') RETURNING id",
            [__version__, model, lexicons, inputs],
        )
        return int(row[0])

    def finish_run(self, run_id: int, added: int, skipped: int, failures: int,
                   status: str = "finished") -> None:
        self._cursor().execute(
            "UPDATE runs SET finished = now(), status = ?, articles_added = ?, "
            "articles_skipped = ?, failures = ? WHERE id = ?",
            [status, added, skipped, failures, run_id],
        )
