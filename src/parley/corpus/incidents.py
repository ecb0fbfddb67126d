"""Incidents: one real-world happening reported many times becomes one row with its reports.

Events cluster when they have the same type and the same actor and recipient countries, their
days are at most one apart (chained) and their places are within 50 km (or one is unknown).
Only affirmed events (not negated, future or hypothetical) of canonical articles count, so a
near-duplicate article never adds a report. Recomputed incrementally: only the keys of
events from articles stored since the last update (a watermark on ``articles.seq``, saved in
the same transaction), so articles of a killed run are picked up by the next one.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pyarrow as pa

from parley.store.db import Store
from parley.store.schema import first_row, one_row

MAX_DAYS = 1
MAX_KM = 50.0

_EVENTS = """
SELECT e.article_id, e.id, e.event, e.actor_countries, e.recipient_countries, e.day,
       e.place_name, e.lat, e.lon, a.source, a.published
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.canonical_id IS NULL AND NOT e.negated AND NOT e.future AND NOT e.hypothetical
  AND NOT e.historical
  AND e.day IS NOT NULL AND len(e.actor_countries) + len(e.recipient_countries) > 0
"""


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


@dataclass
class Cluster:
    """Events of one incident, in day order."""

    key: tuple[str, tuple[str, ...], tuple[str, ...]]
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def last_day(self) -> date:
        return self.rows[-1]["day"]

    def located(self) -> list[tuple[float, float]]:
        return [(r["lat"], r["lon"]) for r in self.rows if r["lat"] is not None]

    def accepts(self, row: dict[str, Any]) -> bool:
        if row["day"] - self.last_day > timedelta(days=MAX_DAYS):
            return False
        if row["lat"] is None:
            return True
        return all(km(row["lat"], row["lon"], la, lo) <= MAX_KM for la, lo in self.located())


def cluster(rows: list[dict[str, Any]]) -> list[Cluster]:
    """Greedy, deterministic clustering of one key's events (sorted by day, then id)."""
    rows = sorted(rows, key=lambda r: (r["day"], r["article_id"], r["id"]))
    open_: list[Cluster] = []
    done: list[Cluster] = []
    for row in rows:
        key = (row["event"], tuple(row["actor_countries"]), tuple(row["recipient_countries"]))
        still_open: list[Cluster] = []
        for c in open_:
            (still_open if row["day"] - c.last_day <= timedelta(days=MAX_DAYS) else done).append(c)
        open_ = still_open
        target = next((c for c in open_ if c.accepts(row)), None)
        if target is None:
            target = Cluster(key)
            open_.append(target)
        target.rows.append(row)
    return done + open_


def incident_row(c: Cluster) -> dict[str, Any]:
    first = c.rows[0]
    ident = hashlib.sha1(
        "|".join([c.key[0], ",".join(c.key[1]), ",".join(c.key[2]), first["article_id"],
                  first["id"]]).encode()
    ).hexdigest()[:16]
    located = c.located()
    reports = [r["published"] or r["day"] for r in c.rows]
    return {
        "id": ident, "event": c.key[0], "actor_countries": list(c.key[1]),
        "recipient_countries": list(c.key[2]), "first_date": first["day"],
        "last_date": c.last_day,
        "place_name": next((r["place_name"] for r in c.rows if r["place_name"]), None),
        "lat": sum(a for a, _ in located) / len(located) if located else None,
        "lon": sum(b for _, b in located) / len(located) if located else None,
        "report_count": len(c.rows), "article_count": len({r["article_id"] for r in c.rows}),
        "sources": sorted({r["source"] for r in c.rows if r["source"]}),
        "first_report": min(reports), "last_report": max(reports),
    }


WATERMARK = "incidents_article_seq"


def update_incidents(store: Store, full: bool = False) -> int:
    """Recompute the incidents whose key has events from articles stored since the last
    update (every incident when ``full``). Returns the number of incidents written."""
    con = store._con
    row = first_row(con, "SELECT value FROM corpus_state WHERE key = ?", [WATERMARK])
    since = 0 if full or row is None else int(row[0])
    top = int(one_row(con, "SELECT coalesce(max(seq), 0) FROM articles")[0])
    if top == since and not full:
        return 0
    where = (" AND (e.event, e.actor_countries, e.recipient_countries) IN (SELECT "
             "(x.event, x.actor_countries, x.recipient_countries) FROM events x JOIN articles "
             "y ON y.id = x.article_id WHERE y.seq > ?)")
    params = [since]
    rows = con.sql(_EVENTS + where, params=params or None).to_arrow_table().to_pylist()
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["event"], tuple(r["actor_countries"]),
                           tuple(r["recipient_countries"])), []).append(r)
    clusters = [c for g in groups.values() for c in cluster(g)]
    incidents = [incident_row(c) for c in clusters]
    links = [{"incident_id": inc["id"], "article_id": r["article_id"], "event_id": r["id"]}
             for inc, c in zip(incidents, clusters, strict=True) for r in c.rows]
    keys = pa.Table.from_pylist(
        [{"event": k[0], "actor_countries": list(k[1]), "recipient_countries": list(k[2])}
         for k in groups],
        schema=pa.schema([("event", pa.string()), ("actor_countries", pa.list_(pa.string())),
                          ("recipient_countries", pa.list_(pa.string()))]),
    )
    con.execute("BEGIN")
    try:
        if full:
            con.execute("DELETE FROM incident_events")
            con.execute("DELETE FROM incidents")
        elif keys.num_rows:
            con.register("_keys", keys)
            con.execute(
                "DELETE FROM incident_events WHERE incident_id IN (SELECT id FROM incidents i "
                "JOIN _keys k ON i.event = k.event AND i.actor_countries = k.actor_countries "
                "AND i.recipient_countries = k.recipient_countries)")
            con.execute(
                "DELETE FROM incidents WHERE id IN (SELECT id FROM incidents i JOIN _keys k ON "
                "i.event = k.event AND i.actor_countries = k.actor_countries AND "
                "i.recipient_countries = k.recipient_countries)")
            con.unregister("_keys")
        if incidents:
            con.register("_inc", pa.Table.from_pylist(incidents))
            con.execute("INSERT INTO incidents BY NAME SELECT nextval('incident_seq') AS seq, * "
                        "FROM _inc")
            con.unregister("_inc")
            con.register("_links", pa.Table.from_pylist(links))
            con.execute("INSERT INTO incident_events BY NAME SELECT * FROM _links")
            con.unregister("_links")
        con.execute("INSERT OR REPLACE INTO corpus_state VALUES (?, ?)", [WATERMARK, top])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(incidents)
