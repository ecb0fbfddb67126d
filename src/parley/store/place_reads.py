"""Places across articles (by name, country and point), most events first."""
from __future__ import annotations

from typing import Any

from parley.store import queries as Q
from parley.store.db import Store


def places_page(store: Store, name: str | None, country: str | None, after: str | None,
                limit: int) -> list[dict[str, Any]]:
    """Places across articles (by name, country, point), most events first; keyset cursor."""
    where = Q.Where()
    if name:
        where.add("p.name ILIKE ? ESCAPE '\\'", Q.like_pattern(name))
    if country:
        where.add("p.country = ?", country.upper())
    outer = Q.count_keyset(after)
    sql = f"""
        SELECT p.name || '|' || coalesce(p.country, '') AS id, p.name, p.country,
               mode(p.feature) AS feature, avg(p.lat) AS lat, avg(p.lon) AS lon,
               min(p.geonameid) AS geonameid, count(DISTINCT p.article_id) AS articles,
               count(DISTINCT e.seq) AS n_events
        FROM places p LEFT JOIN events e ON e.article_id = p.article_id AND e.place = p.id
        {where.sql()} GROUP BY p.name, p.country"""
    sql = (f"SELECT *, n_events || '~' || id AS cursor FROM ({sql}) {outer.sql()} "
           f"ORDER BY n_events DESC, id LIMIT {Q.check_limit(limit)}")
    return store.rows(sql, where.params + outer.params)


def place(store: Store, key: str) -> dict[str, Any] | None:
    """One place across articles by its id (``name|ISO3``, as ``places_page`` gives), or None."""
    name, sep, country = key.rpartition("|")
    if not sep:
        name, country = key, ""
    rows = store.rows("""
        SELECT p.name || '|' || coalesce(p.country, '') AS id, p.name, p.country,
               mode(p.feature) AS feature, avg(p.lat) AS lat, avg(p.lon) AS lon,
               min(p.geonameid) AS geonameid, count(DISTINCT p.article_id) AS articles
        FROM places p WHERE p.name = ? AND coalesce(p.country, '') = ?
        GROUP BY p.name, p.country""", [name, country])
    return rows[0] if rows else None
