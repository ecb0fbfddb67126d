"""Query a ``parley batch`` folder where it lies, with the store's own columns and filters.

For archives too big to copy into one DuckDB file: ``query_parquet(folder)`` returns an
in-memory DuckDB connection whose views ``articles``, ``events`` and ``failures`` read the
Parquet files directly and have the columns of the store's tables of the same names (the views
below are the one place where Parquet columns are mapped to store columns), so the store's
``EventFilter`` and event-page SQL (``parley.store.event_sql``) run on them unchanged;
``parquet_events`` is ``Store.events`` over those views.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from parley.batch.arrow_schema import ARTICLE_SCHEMA, FAILURE_SCHEMA
from parley.batch.manifest import read_manifest
from parley.errors import Errors, QueryError
from parley.store.event_sql import events_page_sql
from parley.store.filters import EventFilter


def _ref(ids: str, table: str, attr: str) -> str:
    """SQL: the ``attr`` of each entry of ``table`` whose id is in the list ``ids`` (in order)."""
    return (
        f"list_filter(list_transform({ids}, lambda i: list_filter({table}, lambda x: x.id = i)[1].{attr}),"
        " lambda v: v IS NOT NULL)"
    )


def _countries(ids: str) -> str:
    return f"list_sort(list_distinct({_ref(ids, 'actors', 'country')}))"


_ARTICLES = """
CREATE VIEW articles AS SELECT
    row_number() OVER (ORDER BY shard, shard_row) AS seq, id, NULL::TEXT AS content_hash, title,
    TRY_CAST(left(published, 10) AS DATE) AS published, source, url, language, text,
    NULL::TEXT AS canonical_id, NULL::INTEGER AS run_id, NULL::TIMESTAMP AS added,
    len(events)::INTEGER AS n_events, len(quotes)::INTEGER AS n_quotes, coded_json AS coded,
    month, shard, shard_row
FROM batch_articles
"""

#: ``parley.store.rows.filed_day`` in SQL: the text's day (or week) when it is not after
#: publication and not history, else the publication date
FILED_DAY_SQL = ("CASE WHEN e.date_inferred OR edate IS NULL THEN coalesce(edate, published) "
                 "WHEN published IS NULL THEN edate "
                 "WHEN coalesce(e.date_granularity, 'day') IN ('day', 'weekend', 'week') "
                 "AND NOT e.historical AND edate <= published THEN edate ELSE published END")
_EVENTS = f"""
CREATE VIEW events AS
WITH ev AS (
    SELECT id AS article_id, TRY_CAST(left(published, 10) AS DATE) AS published, actors, places,
           shard, shard_row, unnest(events) AS e, generate_subscripts(events, 1) AS k
    FROM batch_articles
), ev2 AS (
    SELECT *, list_filter(places, lambda p: p.id = e.place)[1] AS pl,
           TRY_CAST(left(e.date, 10) AS DATE) AS edate
    FROM ev
)
SELECT
    row_number() OVER (ORDER BY shard, shard_row, k) AS seq, article_id, e.id AS id, e.event,
    e.mode, e.context, e.cameo, e.quad::INTEGER AS quad,
    e.actor, {_ref('e.actor', 'actors', 'name')} AS actor_names,
    {_countries('e.actor')} AS actor_countries,
    e.recipient, {_ref('e.recipient', 'actors', 'name')} AS recipient_names,
    {_countries('e.recipient')} AS recipient_countries,
    e.third_party, {_ref('e.third_party', 'actors', 'name')} AS third_party_names,
    {_countries('e.third_party')} AS third_party_countries,
    e.place, pl.name AS place_name, pl.country AS place_country, pl.lat, pl.lon,
    CASE WHEN e.date_inferred THEN NULL ELSE edate END AS date,
    {FILED_DAY_SQL} AS day, e.date_text, e.date_inferred,
    coalesce(e.date_granularity, 'day') AS date_granularity, e.place_precision,
    e.negated, e.future, e.hypothetical, e.historical, e.claimed_by,
    list_filter(actors, lambda x: x.id = e.claimed_by)[1].name AS claimed_by_name,
    e.trigger.text AS trigger_text, e.evidence.text AS evidence_text,
    e.evidence.start::INTEGER AS evidence_start, e.evidence."end"::INTEGER AS evidence_end,
    e.confidence, published
FROM ev2
"""


def query_parquet(folder: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with views ``articles``, ``events``, ``failures``."""
    folder = Path(folder)
    done = read_manifest(folder)
    if not done and not (folder / "_batch.json").exists():
        raise QueryError(Errors.E200.format(folder=folder))
    con = duckdb.connect(":memory:")
    _view(con, "batch_articles", _files(folder / "articles", done), ARTICLE_SCHEMA, hive=True)
    _view(con, "batch_failures", _files(folder / "failures", done), FAILURE_SCHEMA, hive=False)
    con.execute(_ARTICLES)
    con.execute(_EVENTS)
    con.execute("CREATE VIEW failures AS SELECT input, reason, shard, shard_row FROM batch_failures")
    return con


def _files(folder: Path, done: dict[str, Any]) -> list[str]:
    """Only committed files: a run in progress never shows half a shard."""
    return sorted(str(p) for p in folder.rglob("*.parquet") if p.stem in done)


def _view(
    con: duckdb.DuckDBPyConnection, name: str, files: list[str], schema: pa.Schema, hive: bool
) -> None:
    if files:
        relation = con.read_parquet(files, hive_partitioning=hive)
    else:
        empty = schema.empty_table()
        if hive:
            empty = empty.append_column("month", pa.array([], pa.string()))
        relation = con.from_arrow(empty)
    relation.create_view(name)


def parquet_events(
    folder: str | Path | duckdb.DuckDBPyConnection,
    start: str | None = None,
    end: str | None = None,
    country: str | None = None,
    country_role: str = "any",
    event: str | list[str] | None = None,
    quad: int | None = None,
    actor: str | None = None,
    negated: bool | None = None,
    article_id: str | None = None,
    after: str | None = None,
    limit: int = 100,
    desc: bool = False,
) -> pd.DataFrame:
    """``Store.events`` on a batch folder: same filters, same columns, one page."""
    con = folder if isinstance(folder, duckdb.DuckDBPyConnection) else query_parquet(folder)
    where = EventFilter(
        start, end, country, country_role, event, quad, actor, negated, article_id,
        include_duplicates=True,  # a batch folder has no near-duplicate links
    ).where()
    sql = events_page_sql(where, after, limit, desc)
    return con.execute(sql, where.params).df()
