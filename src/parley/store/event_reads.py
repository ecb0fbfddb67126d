"""Event reads for browsing (the web app's lists, facets, map and timeline), under one
``EventFilter`` over ``events e JOIN articles a``. Parameterised SQL; keyset pages only."""
from __future__ import annotations

from typing import Any

from parley.store import queries as Q
from parley.store.db import Store
from parley.store.event_sql import EVENTS_FROM, events_page_sql
from parley.store.filters import EventFilter

FACET_SIZE = 12


def events_page(store: Store, f: EventFilter, after: str | None, limit: int, desc: bool
                ) -> list[dict[str, Any]]:
    """One keyset page of events (day, seq order) with their article's title and source."""
    where = f.where()
    return store.rows(events_page_sql(where, after, limit, desc), where.params)


def count_events(store: Store, f: EventFilter) -> int:
    where = f.where()
    return int(store.rows(f"SELECT count(*) AS n {EVENTS_FROM} {where.sql()}",
                          where.params)[0]["n"])


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


def map_points(store: Store, f: EventFilter, limit: int = 5000) -> list[dict[str, Any]]:
    """Located events grouped by place: one point per (lat, lon, place) with its counts."""
    where = f.where()
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    sql = (f"SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, "
           "count(*) AS n, list(DISTINCT e.event ORDER BY e.event) AS types, "
           "min(e.day) AS first_day, max(e.day) AS last_day, "
           "list(e.article_id || '#' || e.id ORDER BY e.seq)[1:5] AS sample "
           f"{EVENTS_FROM} {where.sql()} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name "
           f"LIMIT {Q.check_limit(limit)}")
    return store.rows(sql, where.params)


def timeline(store: Store, start: str | None = None, end: str | None = None
             ) -> list[dict[str, Any]]:
    """Affirmed and negated events per day and quad class (canonical articles only)."""
    where = EventFilter(start=start, end=end).where()
    where.add("e.day IS NOT NULL")
    sql = (f"SELECT e.day, coalesce(e.quad, 0) AS quad, count(*) AS n {EVENTS_FROM} "
           f"{where.sql()} GROUP BY 1, 2 ORDER BY 1, 2")
    return store.rows(sql, where.params)
