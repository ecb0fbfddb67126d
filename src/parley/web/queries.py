"""Reads the web app needs beyond ``Store``'s own: free-text events, facets, actors, places,
the overview timeline. Parameterised SQL over the store's tables; keyset pages only.

Actors are per article in the store; across articles an actor is identified by its
known-actors key, else by ``name|COUNTRY`` (``ACTOR_KEY``), which is what ``/actors/{id}`` takes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parley.store import Store
from parley.store import queries as Q
from parley.store.db import EVENT_COLUMNS

ACTOR_KEY = "coalesce(x.known, x.name || '|' || coalesce(x.country, ''))"
FACET_SIZE = 12


@dataclass
class EventFilters:
    """The filters /events, /map and /api/v1/events share (all optional)."""

    start: str | None = None
    end: str | None = None
    country: str | None = None
    country_role: str = "any"
    event: list[str] = field(default_factory=list)
    quad: int | None = None
    actor: str | None = None
    speaker: str | None = None
    q: str | None = None
    negated: bool | None = None
    article: str | None = None
    include_duplicates: bool = False

    def where(self) -> Q.Where:
        """The parameterised WHERE over ``events e JOIN articles a``."""
        where = Q.Where()
        Q.event_filters(where, self.start, self.end, self.country, self.country_role,
                        self.event or None, self.quad, None, self.negated, self.article,
                        self.include_duplicates)
        if self.actor:
            where.add(
                "EXISTS (SELECT 1 FROM actors x WHERE x.article_id = e.article_id AND "
                "(list_contains(e.actor, x.id) OR list_contains(e.recipient, x.id)) AND "
                f"({ACTOR_KEY} = ? OR x.name ILIKE ? ESCAPE '\\'))",
                self.actor, Q.like_pattern(self.actor))
        if self.speaker:
            where.add("e.claimed_by_name ILIKE ? ESCAPE '\\'", Q.like_pattern(self.speaker))
        if self.q:
            pat = Q.like_pattern(self.q)
            where.add("(e.evidence_text ILIKE ? ESCAPE '\\' OR e.trigger_text ILIKE ? ESCAPE '\\'"
                      " OR e.place_name ILIKE ? ESCAPE '\\' OR a.title ILIKE ? ESCAPE '\\')",
                      pat, pat, pat, pat)
        return where

    def as_params(self) -> dict[str, Any]:
        """Non-empty filters as query parameters (to carry them into links and the map)."""
        out: dict[str, Any] = {}
        for key in ("start", "end", "country", "actor", "speaker", "q", "article"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.country_role != "any":
            out["country_role"] = self.country_role
        if self.event:
            out["event"] = list(self.event)
        if self.quad is not None:
            out["quad"] = self.quad
        if self.negated is not None:
            out["negated"] = str(self.negated).lower()
        if self.include_duplicates:
            out["include_duplicates"] = "true"
        return out


_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"


def events_page(store: Store, f: EventFilters, after: str | None, limit: int, desc: bool
                ) -> list[dict[str, Any]]:
    """One keyset page of events (day, seq order) with their article's title and source."""
    where = f.where()
    order = Q.keyset(where, "e.day", "e.seq", after, desc)
    sql = (f"SELECT {EVENT_COLUMNS}, strftime(coalesce(e.day, DATE '{Q.MIN_DAY}'), '%Y-%m-%d')"
           f" || '~' || e.seq AS cursor {_FROM} {where.sql()} {order} "
           f"LIMIT {Q.check_limit(limit)}")
    return _rows(store, sql, where.params)


def count_events(store: Store, f: EventFilters) -> int:
    where = f.where()
    return int(_rows(store, f"SELECT count(*) AS n {_FROM} {where.sql()}", where.params)[0]["n"])


def event_facets(store: Store, f: EventFilters) -> dict[str, list[dict[str, Any]]]:
    """Counts by type, country, actor and month under the current filters (top FACET_SIZE)."""
    where = f.where()
    base = f"{_FROM} {where.sql()}"
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
        out[name] = _rows(store, f"SELECT * FROM ({sql}) ORDER BY {order} LIMIT {FACET_SIZE}",
                          where.params)
    return out


def map_points(store: Store, f: EventFilters, limit: int = 5000) -> list[dict[str, Any]]:
    """Located events grouped by place: one point per (lat, lon, place) with its counts."""
    where = f.where()
    where.add("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    sql = (f"SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, "
           "count(*) AS n, list(DISTINCT e.event ORDER BY e.event) AS types, "
           "min(e.day) AS first_day, max(e.day) AS last_day, "
           "list(e.article_id || '#' || e.id ORDER BY e.seq)[1:5] AS sample "
           f"{_FROM} {where.sql()} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name "
           f"LIMIT {Q.check_limit(limit)}")
    return _rows(store, sql, where.params)


def incident_points(store: Store, f: EventFilters, limit: int = 5000) -> list[dict[str, Any]]:
    """Located incidents under the date/country/type filters."""
    where = Q.Where()
    if (s := Q.check_date(f.start, "start")) is not None:
        where.add("i.last_date >= ?::DATE", s)
    if (t := Q.check_date(f.end, "end")) is not None:
        where.add("i.first_date <= ?::DATE", t)
    if f.country:
        code = f.country.upper()
        where.add("(list_contains(i.actor_countries, ?) OR "
                  "list_contains(i.recipient_countries, ?))", code, code)
    if f.event:
        where.add("list_contains(?, i.event)", [x.upper() for x in f.event])
    where.add("i.lat IS NOT NULL AND i.lon IS NOT NULL")
    sql = (f"SELECT i.id, i.event, i.place_name AS name, i.lat, i.lon, i.report_count, "
           f"i.first_date, i.last_date FROM incidents i {where.sql()} "
           f"ORDER BY i.report_count DESC, i.id LIMIT {Q.check_limit(limit)}")
    return _rows(store, sql, where.params)


def timeline(store: Store, start: str | None = None, end: str | None = None
             ) -> list[dict[str, Any]]:
    """Affirmed and negated events per day and quad class (canonical articles only)."""
    f = EventFilters(start=start, end=end)
    where = f.where()
    where.add("e.day IS NOT NULL")
    sql = (f"SELECT e.day, coalesce(e.quad, 0) AS quad, count(*) AS n {_FROM} {where.sql()} "
           "GROUP BY 1, 2 ORDER BY 1, 2")
    return _rows(store, sql, where.params)


def top_actors(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """Actors by number of events they take part in (as actor or recipient)."""
    return actors_page(store, None, None, None, None, limit)


def actors_page(store: Store, name: str | None, country: str | None, kind: str | None,
                after: str | None, limit: int) -> list[dict[str, Any]]:
    """Actors across articles, most events first; cursor = ``events~key`` (keyset)."""
    where = Q.Where()
    if name:
        where.add("x.name ILIKE ? ESCAPE '\\'", Q.like_pattern(name))
    if country:
        where.add("x.country = ?", country.upper())
    if kind:
        where.add("x.kind = ?", kind)
    outer = Q.Where()
    if after:
        n, _, key = after.partition("~")
        if not n.isdigit() or not key:
            raise Q.QueryError(f"invalid cursor {after!r}")
        outer.add("(n_events < ? OR (n_events = ? AND id > ?))", int(n), int(n), key)
    sql = f"""
        WITH x AS (SELECT *, {ACTOR_KEY} AS key FROM actors x {where.sql()}),
        ev AS (
            SELECT x.key, count(DISTINCT e.seq) FILTER (WHERE list_contains(e.actor, x.id))
                       AS as_actor,
                   count(DISTINCT e.seq) FILTER (WHERE list_contains(e.recipient, x.id))
                       AS as_recipient
            FROM x JOIN events e ON e.article_id = x.article_id GROUP BY 1),
        agg AS (
            SELECT x.key AS id, mode(x.name) AS name, mode(x.kind) AS kind,
                   mode(x.country) AS country, mode(x.sector) AS sector, mode(x.role) AS role,
                   count(DISTINCT x.article_id) AS articles, sum(x.n_mentions)::BIGINT AS mentions
            FROM x GROUP BY 1)
        SELECT agg.*, coalesce(ev.as_actor, 0) AS as_actor,
               coalesce(ev.as_recipient, 0) AS as_recipient,
               coalesce(ev.as_actor, 0) + coalesce(ev.as_recipient, 0) AS n_events
        FROM agg LEFT JOIN ev ON ev.key = agg.id"""
    sql = (f"SELECT *, n_events || '~' || id AS cursor FROM ({sql}) {outer.sql()} "
           f"ORDER BY n_events DESC, id LIMIT {Q.check_limit(limit)}")
    return _rows(store, sql, where.params + outer.params)


def actor(store: Store, key: str) -> dict[str, Any] | None:
    """One actor across articles: its names, codes and counts, or None."""
    rows = _rows(store, f"""
        SELECT {ACTOR_KEY} AS id, mode(x.name) AS name, mode(x.kind) AS kind,
               mode(x.country) AS country, mode(x.sector) AS sector, mode(x.role) AS role,
               mode(x.org) AS org, list(DISTINCT x.name) AS names,
               list(DISTINCT x.role) FILTER (WHERE x.role IS NOT NULL) AS roles,
               count(DISTINCT x.article_id) AS articles, sum(x.n_mentions)::BIGINT AS mentions
        FROM actors x WHERE {ACTOR_KEY} = ? GROUP BY 1""", [key])
    return rows[0] if rows else None


def actor_events(store: Store, key: str, limit: int = 500) -> list[dict[str, Any]]:
    """The actor's events, newest first, with ``role`` = actor | recipient | third_party |
    claimed (the event is only reported in the actor's own words)."""
    sql = f"""
        SELECT {EVENT_COLUMNS},
               CASE WHEN list_contains(e.actor, x.id) THEN 'actor'
                    WHEN list_contains(e.recipient, x.id) THEN 'recipient'
                    WHEN list_contains(e.third_party, x.id) THEN 'third_party'
                    ELSE 'claimed' END AS role
        FROM actors x JOIN events e ON e.article_id = x.article_id
             JOIN articles a ON a.id = e.article_id
        WHERE {ACTOR_KEY} = ? AND (list_contains(e.actor, x.id)
              OR list_contains(e.recipient, x.id) OR list_contains(e.third_party, x.id)
              OR e.claimed_by = x.id)
        ORDER BY coalesce(e.day, DATE '{Q.MIN_DAY}') DESC, e.seq DESC
        LIMIT {Q.check_limit(limit)}"""
    return _rows(store, sql, [key])


def actor_quotes(store: Store, key: str, limit: int = 200) -> list[dict[str, Any]]:
    sql = f"""
        SELECT q.article_id, q.id AS quote_id, q.speaker_text, q.kind, q.cue, q.text, q.start,
               q."end", q.published, a.title
        FROM actors x JOIN quotes q ON q.article_id = x.article_id AND q.speaker = x.id
             JOIN articles a ON a.id = q.article_id
        WHERE {ACTOR_KEY} = ?
        ORDER BY coalesce(q.published, DATE '{Q.MIN_DAY}') DESC, q.seq DESC
        LIMIT {Q.check_limit(limit)}"""
    return _rows(store, sql, [key])


def article_actor_keys(store: Store, article_id: str) -> dict[str, str]:
    """Per-article actor id -> cross-article key, for links from an article page."""
    rows = _rows(store, f"SELECT x.id, {ACTOR_KEY} AS key FROM actors x WHERE x.article_id = ?",
                 [article_id])
    return {r["id"]: r["key"] for r in rows}


def places_page(store: Store, name: str | None, country: str | None, after: str | None,
                limit: int) -> list[dict[str, Any]]:
    """Places across articles (by name, country, point), most events first; keyset cursor."""
    where = Q.Where()
    if name:
        where.add("p.name ILIKE ? ESCAPE '\\'", Q.like_pattern(name))
    if country:
        where.add("p.country = ?", country.upper())
    outer = Q.Where()
    if after:
        n, _, key = after.partition("~")
        if not n.isdigit() or not key:
            raise Q.QueryError(f"invalid cursor {after!r}")
        outer.add("(n_events < ? OR (n_events = ? AND id > ?))", int(n), int(n), key)
    sql = f"""
        SELECT p.name || '|' || coalesce(p.country, '') AS id, p.name, p.country,
               mode(p.feature) AS feature, avg(p.lat) AS lat, avg(p.lon) AS lon,
               min(p.geonameid) AS geonameid, count(DISTINCT p.article_id) AS articles,
               count(DISTINCT e.seq) AS n_events
        FROM places p LEFT JOIN events e ON e.article_id = p.article_id AND e.place = p.id
        {where.sql()} GROUP BY p.name, p.country"""
    sql = (f"SELECT *, n_events || '~' || id AS cursor FROM ({sql}) {outer.sql()} "
           f"ORDER BY n_events DESC, id LIMIT {Q.check_limit(limit)}")
    return _rows(store, sql, where.params + outer.params)


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as plain dicts (Arrow -> Python: dates stay dates, lists stay lists)."""
    return store.sql(sql, params, arrow=True).to_pylist()
