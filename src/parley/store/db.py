"""``Store``: the DuckDB file that holds coded articles, and the queries the web app and CLI use.

DuckDB lets one process write a database file at a time (readers in other processes need the
writer to be closed), so ingest funnels every coded article through one ``Store`` in one
process; coding may fan out to worker processes, writing never does (docs/store.md).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

import duckdb
import pandas as pd
import pyarrow as pa

from parley import __version__
from parley.schema import CodedArticle
from parley.store import queries as Q
from parley.store.rows import article_rows, content_hash, to_tables
from parley.store.schema import ensure_schema, first_row

DEFAULT_DB = "parley.duckdb"

EVENT_COLUMNS = """
    e.seq, e.article_id, e.id AS event_id, e.event, e.mode, e.context, e.cameo, e.quad,
    e.actor, e.actor_names, e.actor_countries, e.recipient, e.recipient_names,
    e.recipient_countries, e.third_party, e.third_party_names, e.third_party_countries,
    e.place, e.place_name, e.place_country, e.lat, e.lon, e.date, e.day, e.date_text,
    e.date_inferred, e.negated, e.future, e.hypothetical, e.historical, e.claimed_by,
    e.claimed_by_name, e.trigger_text, e.evidence_text, e.evidence_start, e.evidence_end,
    e.confidence, e.published, a.title, a.source, a.url
"""


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says what to do."""


class Store:
    """A Parley store: ``Store(path)`` opens (creating if needed) a DuckDB file.

    Reads return pandas DataFrames (``arrow=True``: pyarrow Tables). Paged reads take
    ``limit`` and ``after`` (a row's ``cursor`` value) and return rows in key order.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it with `parley ingest`")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(
                f"{self.path}: cannot open ({exc}). Another process may be writing it: DuckDB "
                "allows one writing process; stop it or open a copy."
            ) from None
        self._lock = threading.Lock()
        try:
            ensure_schema(self._con, read_only=read_only)
        except Exception:
            self._con.close()
            raise
        self._hashes: set[str] | None = None
        self._dedup = None

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A per-call cursor: DuckDB connections are not shared across threads (web server)."""
        return self._con.cursor()

    def _query(self, sql: str, params: list[Any] | None = None, arrow: bool = False
               ) -> pd.DataFrame | pa.Table:
        rel = self._cursor().sql(sql, params=params or None)
        return rel.to_arrow_table() if arrow else rel.df()

    def sql(self, sql: str, params: list[Any] | None = None, arrow: bool = False
            ) -> pd.DataFrame | pa.Table:
        """Run your own parameterised SQL (``?`` placeholders) against the store."""
        return self._query(sql, params, arrow)

    # -- writes ----------------------------------------------------------------------------
    def content_hashes(self) -> set[str]:
        """Hashes of every stored article (kept in memory while this Store is open)."""
        if self._hashes is None:
            rows = self._cursor().execute("SELECT content_hash FROM articles").fetchall()
            self._hashes = {r[0] for r in rows}
        return self._hashes

    def has(self, coded: CodedArticle) -> bool:
        """True when this input (by content hash) is already stored."""
        return content_hash(coded) in self.content_hashes()

    def add(self, coded: CodedArticle, run_id: int | None = None) -> str | None:
        """Store one coded article; return its stored id, or None if it was already there."""
        return self.add_many([coded], run_id)[0]

    def add_many(self, coded: Iterable[CodedArticle], run_id: int | None = None
                 ) -> list[str | None]:
        """Store whole articles in ONE transaction: after a crash, all or none of them exist.

        Returns the stored id per input (None for inputs already stored). An id already used
        by different content gets the hash appended, so no article is ever overwritten.
        """
        from parley.corpus.dedup import Deduplicator

        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        items = list(coded)
        hashes = self.content_hashes()
        with self._lock:
            if self._dedup is None:
                self._dedup = Deduplicator.load(self._con)
            try:
                return self._write(items, hashes, run_id)
            except Exception:
                self._dedup = None  # its in-memory index saw rows that were rolled back
                raise

    def _write(self, items: list[CodedArticle], hashes: set[str], run_id: int | None
               ) -> list[str | None]:
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
            canonical, signature = self._dedup.link(stored_id, item.article.text)
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
        except Exception:
            self._con.execute("ROLLBACK")
            raise
        hashes.update(new_hashes)
        return result

    def _free_id(self, wanted: str, chash: str, taken: set[str]) -> str:
        candidates = [wanted, f"{wanted}~{chash[:10]}", f"{wanted}~{chash}"]
        for cand in candidates:
            exists = first_row(self._con, "SELECT 1 FROM articles WHERE id = ?", [cand])
            if cand not in taken and not exists:
                return cand
        raise StoreError(f"article id {wanted!r}: no free id")  # same hash cannot reach here

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
        con.executemany(
            "INSERT INTO article_minhash VALUES (?, ?)", [[i, sig] for i, _, sig in links]
        )
        dups = [[canonical, i] for i, canonical, _ in links if canonical]
        if dups:
            con.executemany("UPDATE articles SET canonical_id = ? WHERE id = ?", dups)

    def add_failure(self, input: str, reason: str, run_id: int | None = None) -> None:
        """Record an input that could not be read or coded (``parley failures`` lists them)."""
        self._cursor().execute(
            "INSERT INTO failures VALUES (?, ?, now(), ?)", [input, reason, run_id]
        )

    def start_run(self, model: str | None, lexicons: str | None, inputs: list[str]) -> int:
        """Open a run record; an unfinished one later means the run was interrupted."""
        row = first_row(
            self._cursor(),
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

    # -- reads -----------------------------------------------------------------------------
    def events(
        self,
        start: str | None = None,
        end: str | None = None,
        country: str | None = None,
        country_role: str = "any",
        event: str | list[str] | None = None,
        quad: int | None = None,
        actor: str | None = None,
        negated: bool | None = None,
        article_id: str | None = None,
        include_duplicates: bool = False,
        after: str | None = None,
        limit: int = 100,
        desc: bool = False,
        arrow: bool = False,
    ) -> pd.DataFrame | pa.Table:
        """Events by day (event date, else publication date), filtered; one page.

        ``country`` matches as actor, recipient, third party or place (``country_role``
        narrows it); ``actor`` matches actor/recipient names (substring) or actor ids;
        ``negated=False`` keeps affirmed events only. Near-duplicate articles are left out
        unless ``include_duplicates``.
        """
        where = Q.Where()
        Q.event_filters(where, start, end, country, country_role, event, quad, actor, negated,
                        article_id, include_duplicates)
        order = Q.keyset(where, "e.day", "e.seq", after, desc)
        # Late materialisation: find the page's keys on narrow columns, then fetch wide rows.
        page = f"SELECT e.seq FROM events e {where.sql()} {order} LIMIT {Q.check_limit(limit)}"
        sql = (
            f"SELECT {EVENT_COLUMNS}, strftime(coalesce(e.day, DATE '{Q.MIN_DAY}'), '%Y-%m-%d')"
            f" || '~' || e.seq AS cursor FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.seq IN ({page}) {order}"
        )
        return self._query(sql, where.params, arrow)

    def count_events(self, **filters: Any) -> int:
        """How many events match the same filters as ``events`` (no paging)."""
        where = Q.Where()
        Q.event_filters(where, **filters)
        sql = f"SELECT count(*) FROM events e {where.sql()}"
        return int(first_row(self._cursor(), sql, where.params)[0])

    def quotes(
        self,
        speaker: str | None = None,
        country: str | None = None,
        text: str | None = None,
        article_id: str | None = None,
        start: str | None = None,
        end: str | None = None,
        include_duplicates: bool = False,
        after: str | None = None,
        limit: int = 100,
        desc: bool = False,
        arrow: bool = False,
    ) -> pd.DataFrame | pa.Table:
        """Quotes by speaker (substring of the resolved name or the speaker text), country of
        the speaker, words in the quote, article or publication date range; one page."""
        where = Q.Where()
        if speaker:
            pat = Q.like_pattern(speaker)
            where.add("(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')",
                      pat, pat)
        if country:
            where.add("q.speaker_country = ?", country.upper())
        if text:
            where.add("q.text ILIKE ? ESCAPE '\\'", Q.like_pattern(text))
        if article_id:
            where.add("q.article_id = ?", article_id)
        if not include_duplicates and not article_id:
            where.add("NOT q.duplicate")
        if (s := Q.check_date(start, "start")) is not None:
            where.add("q.published >= ?::DATE", s)
        if (t := Q.check_date(end, "end")) is not None:
            where.add("q.published <= ?::DATE", t)
        order = Q.keyset(where, "q.published", "q.seq", after, desc)
        sql = (
            "SELECT q.seq, q.article_id, q.id AS quote_id, q.speaker, q.speaker_name, "
            "q.speaker_text, q.speaker_country, q.kind, q.cue, q.text, q.start, q.\"end\", "
            "q.published, a.title, a.source, a.url, "
            f"strftime(coalesce(q.published, DATE '{Q.MIN_DAY}'), '%Y-%m-%d') || '~' || q.seq"
            f" AS cursor FROM quotes q JOIN articles a ON a.id = q.article_id {where.sql()} "
            f"{order} LIMIT {Q.check_limit(limit)}"
        )
        return self._query(sql, where.params, arrow)

    def articles(
        self,
        search: str | None = None,
        start: str | None = None,
        end: str | None = None,
        source: str | None = None,
        include_duplicates: bool = True,
        after: str | None = None,
        limit: int = 100,
        desc: bool = False,
        arrow: bool = False,
    ) -> pd.DataFrame | pa.Table:
        """Articles whose title or text contains ``search`` (case-insensitive substring;
        DuckDB's fts extension is not used because it needs a download); one page."""
        where = Q.Where()
        if search:
            pat = Q.like_pattern(search)
            where.add("(a.text ILIKE ? ESCAPE '\\' OR a.title ILIKE ? ESCAPE '\\')", pat, pat)
        if (s := Q.check_date(start, "start")) is not None:
            where.add("a.published >= ?::DATE", s)
        if (t := Q.check_date(end, "end")) is not None:
            where.add("a.published <= ?::DATE", t)
        if source:
            where.add("a.source = ?", source)
        if not include_duplicates:
            where.add("a.canonical_id IS NULL")
        order = Q.keyset(where, "a.published", "a.seq", after, desc)
        sql = (
            "SELECT a.seq, a.id, a.title, a.published, a.source, a.url, a.language, "
            "left(a.text, 300) AS snippet, a.canonical_id, a.n_events, a.n_quotes, a.added, "
            f"strftime(coalesce(a.published, DATE '{Q.MIN_DAY}'), '%Y-%m-%d') || '~' || a.seq"
            f" AS cursor FROM articles a {where.sql()} {order} LIMIT {Q.check_limit(limit)}"
        )
        return self._query(sql, where.params, arrow)

    def get_article(self, article_id: str) -> CodedArticle | None:
        """The stored CodedArticle (as coded; ``article.id`` is the stored id), or None."""
        row = first_row(self._cursor(), "SELECT coded, id FROM articles WHERE id = ?",
                        [article_id])
        if row is None:
            return None
        coded = CodedArticle.from_json(row[0])
        coded.article.id = row[1]
        return coded

    def duplicates_of(self, article_id: str) -> list[str]:
        """Ids of the near-duplicates linked to this canonical article."""
        rows = self._cursor().execute(
            "SELECT id FROM articles WHERE canonical_id = ? ORDER BY seq", [article_id]
        ).fetchall()
        return [r[0] for r in rows]

    def failures(self, limit: int = 1000, arrow: bool = False) -> pd.DataFrame | pa.Table:
        """Recorded failures, newest first."""
        return self._query(
            f"SELECT input, reason, time, run_id FROM failures ORDER BY time DESC "
            f"LIMIT {Q.check_limit(limit)}", None, arrow)

    def runs(self, arrow: bool = False) -> pd.DataFrame | pa.Table:
        """Every ingest run: version, model, lexicon hash, counts, start/finish, status."""
        return self._query("SELECT * FROM runs ORDER BY id", None, arrow)

    def stats(self) -> dict[str, Any]:
        """Row counts per table and the date span, for ``parley stats`` and the web app."""
        cur = self._cursor()
        counts = {
            t: int(first_row(cur, f"SELECT count(*) FROM {t}")[0])
            for t in ("articles", "actors", "mentions", "places", "quotes", "events",
                      "failures", "runs", "incidents")
        }
        dup = first_row(cur, "SELECT count(*) FROM articles WHERE canonical_id IS NOT NULL")
        span = first_row(cur, "SELECT min(day), max(day) FROM events")
        by_type = cur.execute(
            "SELECT event, count(*) FROM events GROUP BY event ORDER BY 2 DESC"
        ).fetchall()
        return {
            **counts,
            "near_duplicates": int(dup[0]),
            "first_day": span[0].isoformat() if span[0] else None,
            "last_day": span[1].isoformat() if span[1] else None,
            "events_by_type": {k: int(v) for k, v in by_type},
        }

    def incidents(self, **kw: Any) -> pd.DataFrame | pa.Table:
        """Clustered incidents (see ``parley.corpus.incidents.query_incidents``)."""
        from parley.corpus.incidents import query_incidents

        return query_incidents(self, **kw)

    def update_incidents(self, full: bool = False) -> int:
        """Recompute incidents touched by articles stored since the last update (or all)."""
        from parley.corpus.incidents import update_incidents

        return update_incidents(self, full)

    def incident_events(self, incident_id: str) -> pd.DataFrame:
        """The events (with their articles' title, source, url) that make up one incident."""
        from parley.corpus.incidents import incident_events

        return incident_events(self, incident_id)

    def talks(self, between: tuple[str, ...] | list[str] | None = None, **kw: Any
              ) -> dict[str, Any]:
        """Negotiation tracks -> rounds -> events/quotes (``parley.corpus.talks``)."""
        from parley.corpus.talks import build_talks

        return build_talks(self, between=between, **kw)
