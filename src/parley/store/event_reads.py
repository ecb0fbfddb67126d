"""Event reads for browsing (the web app's lists, facets, map and timeline), under one
``EventFilter`` over ``events e JOIN articles a``. Parameterised SQL; keyset pages only.

Event rows leave here with **global actor ids** (``actor``, ``recipient``, ``third_party``,
``claimed_by`` hold the ids ``/actors/{id}`` takes, not the per-article ``a1``), see
``actor_reads.globalise``.
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from parley.errors import Errors
from parley.store import queries as Q
from parley.store.actor_reads import globalise
from parley.store.db import Store
from parley.store.event_sql import EVENT_COLUMNS, EVENTS_FROM, events_page_sql
from parley.store.filters import COUNTRY_ONLY, EventFilter

FACET_SIZE = 12
#: Units of a timeline and their DuckDB ``date_trunc`` part.
UNITS = {"day": "day", "week": "week", "month": "month"}
#: The columns of a whole-list download of events (``parley.export.EVENTS_SCHEMA``'s names
#: plus what the GDELT/ACLED-like exports need), in ``event_uid`` order.
EXPORT_COLUMNS = (
    "e.seq AS event_uid, e.article_id, e.id AS event_id, e.event, e.mode, e.context,"
    " e.cameo, e.quad, e.actor_names, e.actor_countries, e.recipient_names,"
    " e.recipient_countries, e.third_party_names, e.third_party_countries, e.place_name,"
    " e.place_country, e.lat, e.lon, e.date, e.day, e.date_text, e.date_inferred, e.negated,"
    " e.future, e.hypothetical, e.historical, e.claimed_by_name, e.trigger_text,"
    " e.evidence_text, e.evidence_start, e.evidence_end, e.confidence, e.published,"
    " a.title, a.source, a.url, e.date_granularity, e.place_precision, e.actor, e.recipient,"
    " e.third_party,"
    " p.feature, p.geonameid, a.added"
)


#: Columns a list of events can be sorted by (besides ``day``): SQL, value for NULL, type.
SORTS: dict[str, tuple[str, str, type]] = {
    "event": ("e.event", "''", str), "quad": ("e.quad", "0", int),
    "confidence": ("e.confidence", "0", float), "place": ("e.place_name", "''", str),
}


def events_page(store: Store, f: EventFilter, after: str | None, limit: int, desc: bool,
                before: str | None = None, sort: str = "day") -> list[dict[str, Any]]:
    """One keyset page of events (``sort`` then seq order: day by default, or a ``SORTS``
    column) with their article's title and source.

    ``before`` (a cursor) pages backwards: the ``limit`` rows just before it, in page order."""
    cursor, forward = (before, not desc) if before else (after, desc)
    where = f.where()
    if sort == "day":
        sql = events_page_sql(where, cursor, limit, forward)
    else:
        sql = _sorted_sql(where, sort, cursor, limit, forward)
    rows = store.rows(sql, where.params)
    if before:
        rows.reverse()
    return globalise(store, rows)


def _sorted_sql(where: Q.Where, sort: str, after: str | None, limit: int, desc: bool) -> str:
    """A keyset page ordered by a ``SORTS`` column, then seq; cursor ``value~seq``."""
    if sort not in SORTS:
        raise Q.QueryError(Errors.E116.format(sort=sort, sorts=", ".join(["day", *SORTS])))
    col, null, kind = SORTS[sort]
    key = f"coalesce({col}, {null})"
    if after:
        value, _, seq = after.rpartition("~")
        try:
            typed, n = kind(value), int(seq)
        except ValueError:
            raise Q.QueryError(Errors.E112.format(cursor=after)) from None
        where.add(f"({key}, e.seq) {'<' if desc else '>'} (?, ?)", typed, n)
    direction = "DESC" if desc else "ASC"
    return (f"SELECT {EVENT_COLUMNS}, {key}::VARCHAR || '~' || e.seq AS cursor {EVENTS_FROM} "
            f"{where.sql()} ORDER BY {key} {direction}, e.seq {direction} "
            f"LIMIT {Q.check_limit(limit)}")


def count_events(store: Store, f: EventFilter) -> int:
    where = f.where()
    return int(store.rows(f"SELECT count(*) AS n {EVENTS_FROM} {where.sql()}",
                          where.params)[0]["n"])


def event_reader(store: Store, f: EventFilter, batch: int = 50_000,
                 extra: Q.Where | None = None) -> pa.RecordBatchReader:
    """Every matching event (``EXPORT_COLUMNS``) in ``event_uid`` order, as Arrow batches: what
    exports and whole-list downloads stream, in constant memory. ``extra`` adds conditions."""
    where = f.where()
    if extra is not None:
        where.clauses += extra.clauses
        where.params += extra.params
    sql = (f"SELECT {EXPORT_COLUMNS} {EVENTS_FROM}"
           " LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place"
           f" {where.sql()} ORDER BY e.seq")
    return store._cursor().sql(sql, params=where.params or None).to_arrow_reader(batch)


def event_facets(store: Store, f: EventFilter) -> dict[str, list[dict[str, Any]]]:
    """Counts by type, country, actor and month under the current filters (top FACET_SIZE)."""
    where = f.where()
    base = f"{EVENTS_FROM} {where.sql()}"
    queries = {
        "event": f"SELECT e.event AS value, count(*) AS n {base} GROUP BY 1",
        "country": ("SELECT value, count(*) AS n FROM (SELECT unnest(list_distinct("
                    "e.actor_countries || e.recipient_countries || CASE WHEN e.place_country IS "
                    f"NULL THEN [] ELSE [e.place_country] END)) AS value {base}) GROUP BY 1"),
        "actor": ("SELECT value, count(*) AS n FROM (SELECT unnest(list_distinct("
                  f"e.actor_names || e.recipient_names)) AS value {base}) GROUP BY 1"),
        "month": (f"SELECT strftime(e.day, '%Y-%m') AS value, count(*) AS n {base} "
                  "GROUP BY 1 HAVING value IS NOT NULL"),
    }
    out = {}
    for name, sql in queries.items():
        order = "value DESC" if name == "month" else "n DESC, value"
        out[name] = store.rows(f"SELECT * FROM ({sql}) ORDER BY {order} LIMIT {FACET_SIZE}",
                               where.params)
    return out


def map_points(store: Store, f: EventFilter, limit: int = 5000, sample: int = 8
               ) -> list[dict[str, Any]]:
    """Located events grouped by place: one point per (lat, lon, place) with its counts, its
    place id (``name|ISO3``), whether it is only a country, and up to ``sample`` events."""
    where = f.where()
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    sql = (f"SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, "
           "e.place_name || '|' || coalesce(e.place_country, '') AS place_id, "
           f"bool_and({COUNTRY_ONLY}) AS country_only, "
           "count(*) AS n, list(DISTINCT e.event ORDER BY e.event) AS types, "
           "min(e.day) AS first_day, max(e.day) AS last_day, "
           "list({'article_id': e.article_id, 'event_id': e.id, 'event': e.event, "
           "'day': e.day, 'title': a.title} ORDER BY e.day DESC, e.seq DESC)"
           f"[1:{int(sample)}] AS sample "
           f"{EVENTS_FROM} {where.sql()} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name "
           f"LIMIT {Q.check_limit(limit)}")
    return store.rows(sql, where.params)


def timeline(store: Store, f: EventFilter | None = None, unit: str = "day"
             ) -> list[dict[str, Any]]:
    """Events per ``unit`` (day, week from Monday, month) and quad class under a filter
    (canonical articles only by default); each row's ``day`` is its period's first day."""
    if unit not in UNITS:
        raise Q.QueryError(Errors.E115.format(unit=unit, units=", ".join(UNITS)))
    where = (f or EventFilter()).where()
    where.add("e.day IS NOT NULL")
    sql = (f"SELECT date_trunc('{UNITS[unit]}', e.day)::DATE AS day, coalesce(e.quad, 0) AS quad,"
           f" count(*) AS n {EVENTS_FROM} {where.sql()} GROUP BY 1, 2 ORDER BY 1, 2")
    return store.rows(sql, where.params)


def day_span(store: Store, f: EventFilter) -> tuple[Any, Any]:
    """First and last event day under a filter (None, None when nothing matches)."""
    where = f.where()
    row = store.rows(f"SELECT min(e.day) AS first, max(e.day) AS last {EVENTS_FROM} "
                     f"{where.sql()}", where.params)[0]
    return row["first"], row["last"]
