"""Reads of the corpus tables: incidents (a page, one incident, its events, map points).

The incident tables are written by ``incidents.update_incidents``; these are their queries, as
named functions, for the CLI, the web and ``parley.Store``. Talks are read by
``talks.build_talks``.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa

from parley.store import queries as Q
from parley.store.actor_reads import globalise
from parley.store.db import Store


def query_incidents(
    store: Store,
    start: str | None = None,
    end: str | None = None,
    country: str | None = None,
    event: str | list[str] | None = None,
    min_reports: int = 1,
    after: str | None = None,
    limit: int = 100,
    desc: bool = False,
    arrow: bool = False,
    reader: bool = False,
) -> pd.DataFrame | pa.Table | pa.RecordBatchReader:
    """Incidents by first day, type, country (actor or recipient) and report count; one page
    (``reader``: every match, as Arrow batches, for downloads)."""
    where = Q.Where()
    where.date_range(start, end, "i.last_date", "i.first_date")
    if country:
        code = country.upper()
        where.add("(list_contains(i.actor_countries, ?) OR list_contains(i.recipient_countries, ?))",
                  code, code)
    if event:
        types = [event] if isinstance(event, str) else list(event)
        where.add("list_contains(?, i.event)", [x.upper() for x in types])
    if min_reports > 1:
        where.add("i.report_count >= ?", int(min_reports))
    order = Q.keyset(where, "i.first_date", "i.seq", None if reader else after, desc)
    sql = (
        "SELECT i.*, strftime(coalesce(i.first_date, DATE '0001-01-01'), '%Y-%m-%d') || '~' || "
        f"i.seq AS cursor FROM incidents i {where.sql()} {order}"
    )
    if reader:
        return store._cursor().sql(sql, params=where.params or None).to_arrow_reader(10_000)
    return store.sql(f"{sql} LIMIT {Q.check_limit(limit)}", where.params, arrow)


def incident_events(store: Store, incident_id: str) -> pd.DataFrame:
    """The events (with their articles) that make up one incident."""
    return store.sql(
        "SELECT e.*, a.title, a.source, a.url FROM incident_events l JOIN events e ON "
        "e.article_id = l.article_id AND e.id = l.event_id JOIN articles a ON a.id = e.article_id "
        "WHERE l.incident_id = ? ORDER BY e.day, e.seq", [incident_id])


def incident(store: Store, incident_id: str) -> dict[str, Any] | None:
    """One incident row with the events reporting it (``events``), or None."""
    rows = store.rows("SELECT * FROM incidents WHERE id = ?", [incident_id])
    if not rows:
        return None
    events = store.rows(
        "SELECT e.seq AS event_uid, e.article_id, e.id AS event_id, e.event, e.mode, e.quad,"
        " e.day, e.actor, e.actor_names, e.recipient, e.recipient_names, e.place_name,"
        " e.place_country, e.evidence_text, e.trigger_text, e.negated, e.future, e.hypothetical,"
        " e.historical, a.title, a.source, a.url, a.published FROM incident_events l JOIN"
        " events e ON e.article_id = l.article_id AND e.id = l.event_id JOIN articles a ON"
        " a.id = e.article_id WHERE l.incident_id = ? ORDER BY e.day, e.seq", [incident_id])
    reports: dict[str, dict[str, Any]] = {}
    for e in events:
        rep = reports.setdefault(e["article_id"], {
            "article_id": e["article_id"], "title": e["title"], "source": e["source"],
            "url": e["url"], "published": e["published"], "events": 0})
        rep["events"] += 1
    return {**rows[0], "reports": list(reports.values()), "events": globalise(store, events)}


def incident_points(store: Store, start: str | date | None = None, end: str | date | None = None,
                    country: str | None = None, event: str | list[str] | None = None,
                    limit: int = 5000) -> list[dict[str, Any]]:
    """Located incidents under date/country/type filters (``EventFilter``'s), most reported
    first; one event type may be given as a string, as in ``EventFilter``."""
    where = Q.Where()
    where.date_range(start, end, "i.last_date", "i.first_date")
    if country:
        code = country.upper()
        where.add("(list_contains(i.actor_countries, ?) OR "
                  "list_contains(i.recipient_countries, ?))", code, code)
    if event:
        types = [event] if isinstance(event, str) else event
        where.add("list_contains(?, i.event)", [x.upper() for x in types])
    where.add("i.lat IS NOT NULL AND i.lon IS NOT NULL")
    sql = (f"SELECT i.id, i.event, i.place_name AS name, i.lat, i.lon, i.report_count, "
           f"i.first_date, i.last_date FROM incidents i {where.sql()} "
           f"ORDER BY i.report_count DESC, i.id LIMIT {Q.check_limit(limit)}")
    return store.rows(sql, where.params)
