"""The Store's read side: paged, parameterised queries over the tables (``StoreReads``).

Every method runs on a per-call cursor (DuckDB connections are not shared across threads, and
the web server calls from several), and returns pandas DataFrames or, with ``arrow=True``,
pyarrow Tables.
"""
from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from parley.schema import CodedArticle
from parley.store import queries as Q
from parley.store.event_sql import EVENT_COLUMNS, EVENT_CURSOR, EVENTS_FROM
from parley.store.filters import ACTOR_KEY, EventFilter
from parley.store.schema import first_row, one_row

#: A quote's speaker as a global actor id (``actors x`` joined on the speaker).
SPEAKER_KEY = f"CASE WHEN x.id IS NULL THEN NULL ELSE {ACTOR_KEY} END"
READER_BATCH = 10_000


class StoreReads:
    """Query methods of ``Store``; ``_con`` is the open DuckDB connection."""

    _con: duckdb.DuckDBPyConnection

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

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as plain dicts (Arrow -> Python: dates stay dates, lists stay lists)."""
        return self._query(sql, params, arrow=True).to_pylist()

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
        where = EventFilter(start, end, country, country_role, event, quad, actor, negated,
                            article_id, include_duplicates).where(joined=False)
        order = Q.keyset(where, "e.day", "e.seq", after, desc)
        # Late materialisation: find the page's keys on narrow columns, then fetch wide rows.
        page = f"SELECT e.seq FROM events e {where.sql()} {order} LIMIT {Q.check_limit(limit)}"
        sql = (
            f"SELECT {EVENT_COLUMNS}, {EVENT_CURSOR} {EVENTS_FROM} WHERE e.seq IN ({page}) {order}"
        )
        return self._query(sql, where.params, arrow)

    def count_events(self, **filters: Any) -> int:
        """How many events match the same filters as ``events`` (no paging)."""
        where = EventFilter(**filters).where(joined=False)
        sql = f"SELECT count(*) FROM events e {where.sql()}"
        return int(one_row(self._cursor(), sql, where.params)[0])

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
        reader: bool = False,
    ) -> pd.DataFrame | pa.Table | pa.RecordBatchReader:
        """Quotes by speaker (a global actor id as /actors/{id} takes, or a substring of the
        resolved name or the speaker text), country of the speaker, words in the quote, article
        or publication date range; one page (``reader``: every match, as Arrow batches).

        Rows carry ``speaker_id``, the speaker's global actor id (empty when unresolved)."""
        where = Q.Where()
        if speaker:
            pat = Q.like_pattern(speaker)
            where.add(f"({SPEAKER_KEY} = ? OR q.speaker_name ILIKE ? ESCAPE '\\' "
                      "OR q.speaker_text ILIKE ? ESCAPE '\\')", speaker, pat, pat)
        if country:
            where.add("q.speaker_country = ?", country.upper())
        if text:
            where.add("q.text ILIKE ? ESCAPE '\\'", Q.like_pattern(text))
        if article_id:
            where.add("q.article_id = ?", article_id)
        if not include_duplicates and not article_id:
            where.add("NOT q.duplicate")
        where.date_range(start, end, "q.published")
        order = Q.keyset(where, "q.published", "q.seq", None if reader else after, desc)
        sql = (
            "SELECT q.seq AS quote_uid, q.article_id, q.id AS quote_id, "
            f"{SPEAKER_KEY} AS speaker_id, q.speaker_name, "
            "q.speaker_text, q.speaker_country, q.kind, q.cue, q.text, q.start, q.\"end\", "
            "q.published, a.title, a.source, a.url, "
            f"strftime(coalesce(q.published, DATE '{Q.MIN_DAY}'), '%Y-%m-%d') || '~' || q.seq"
            " AS cursor FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN actors x ON x.article_id = q.article_id AND x.id = q.speaker "
            f"{where.sql()} {order}"
        )
        if reader:
            return self._reader(sql, where.params)
        return self._query(f"{sql} LIMIT {Q.check_limit(limit)}", where.params, arrow)

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
        reader: bool = False,
    ) -> pd.DataFrame | pa.Table | pa.RecordBatchReader:
        """Articles whose title or text contains ``search`` (case-insensitive substring;
        DuckDB's fts extension is not used because it needs a download); one page
        (``reader``: every match, as Arrow batches)."""
        where = Q.Where()
        if search:
            pat = Q.like_pattern(search)
            where.add("(a.text ILIKE ? ESCAPE '\\' OR a.title ILIKE ? ESCAPE '\\')", pat, pat)
        where.date_range(start, end, "a.published")
        if source:
            where.add("a.source = ?", source)
        if not include_duplicates:
            where.add("a.canonical_id IS NULL")
        order = Q.keyset(where, "a.published", "a.seq", None if reader else after, desc)
        sql = (
            "SELECT a.seq, a.id, a.title, a.published, a.source, a.url, a.language, "
            "left(a.text, 300) AS snippet, a.canonical_id, a.n_events, a.n_quotes, a.added, "
            f"strftime(coalesce(a.published, DATE '{Q.MIN_DAY}'), '%Y-%m-%d') || '~' || a.seq"
            f" AS cursor FROM articles a {where.sql()} {order}"
        )
        if reader:
            return self._reader(sql, where.params)
        return self._query(f"{sql} LIMIT {Q.check_limit(limit)}", where.params, arrow)

    def _reader(self, sql: str, params: list[Any]) -> pa.RecordBatchReader:
        """Every row of a query as Arrow batches (constant memory: what downloads stream)."""
        return self._cursor().sql(sql, params=params or None).to_arrow_reader(READER_BATCH)

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
            t: int(one_row(cur, f"SELECT count(*) FROM {t}")[0])
            for t in ("articles", "actors", "mentions", "places", "quotes", "events",
                      "failures", "runs", "incidents")
        }
        dup = one_row(cur, "SELECT count(*) FROM articles WHERE canonical_id IS NOT NULL")
        span = one_row(cur, "SELECT min(day), max(day) FROM events")
        # history the stories recall, by the dates the texts give ("the 1941 siege")
        history = one_row(cur, "SELECT count(*), min(date), max(date) FROM events WHERE historical")
        by_type = cur.execute(
            "SELECT event, count(*) FROM events GROUP BY event ORDER BY 2 DESC"
        ).fetchall()
        return {
            **counts,
            "near_duplicates": int(dup[0]),
            "first_day": span[0].isoformat() if span[0] else None,
            "last_day": span[1].isoformat() if span[1] else None,
            "historical_events": int(history[0]),
            "historical_first_date": history[1].isoformat() if history[1] else None,
            "historical_last_date": history[2].isoformat() if history[2] else None,
            "events_by_type": {k: int(v) for k, v in by_type},
        }
