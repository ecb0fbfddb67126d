"""Actors across articles: lists, one actor, its events and quotes.

Actors are per article in the store; across articles an actor is identified by its
known-actors key, else by ``name|COUNTRY`` (``ACTOR_KEY``), which is what the web's
``/actors/{id}`` takes.
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from parley.store import queries as Q
from parley.store.db import Store
from parley.store.event_sql import EVENT_COLUMNS
from parley.store.filters import ACTOR_KEY


def top_actors(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """Actors by number of events they take part in (as actor or recipient)."""
    return actors_page(store, None, None, None, None, limit)


def actors_page(store: Store, name: str | None, country: str | None, kind: str | None,
                after: str | None, limit: int) -> list[dict[str, Any]]:
    """Actors across articles, most events first; cursor = ``events~key`` (keyset)."""
    sql, params = actors_sql(name, country, kind, after)
    return store.rows(f"{sql} LIMIT {Q.check_limit(limit)}", params)


def actors_reader(store: Store, name: str | None, country: str | None, kind: str | None
                  ) -> pa.RecordBatchReader:
    """Every matching actor, in ``actors_page`` order, as Arrow batches (for downloads)."""
    sql, params = actors_sql(name, country, kind, None)
    return store._cursor().sql(sql, params=params or None).to_arrow_reader(10_000)


def actors_sql(name: str | None, country: str | None, kind: str | None, after: str | None
               ) -> tuple[str, list[Any]]:
    """The SQL (without LIMIT) and parameters of the actors list."""
    where = Q.Where()
    if name:
        where.add("x.name ILIKE ? ESCAPE '\\'", Q.like_pattern(name))
    if country:
        where.add("x.country = ?", country.upper())
    if kind:
        where.add("x.kind = ?", kind)
    outer = Q.count_keyset(after)
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
           "ORDER BY n_events DESC, id")
    return sql, where.params + outer.params


def actor(store: Store, key: str) -> dict[str, Any] | None:
    """One actor across articles: its names, codes and counts, or None."""
    rows = store.rows(f"""
        SELECT {ACTOR_KEY} AS id, mode(x.name) AS name, mode(x.kind) AS kind,
               mode(x.country) AS country, mode(x.sector) AS sector, mode(x.role) AS role,
               mode(x.org) AS org, list(DISTINCT x.name) AS names,
               list(DISTINCT x.role) FILTER (WHERE x.role IS NOT NULL) AS roles,
               count(DISTINCT x.article_id) AS articles, sum(x.n_mentions)::BIGINT AS mentions
        FROM actors x WHERE {ACTOR_KEY} = ? GROUP BY 1""", [key])
    return rows[0] if rows else None


_ACTOR_EVENTS = f"""
        FROM actors x JOIN events e ON e.article_id = x.article_id
             JOIN articles a ON a.id = e.article_id
        WHERE {ACTOR_KEY} = ? AND NOT e.duplicate AND (list_contains(e.actor, x.id)
              OR list_contains(e.recipient, x.id) OR list_contains(e.third_party, x.id)
              OR e.claimed_by = x.id)"""
_ROLE = """CASE WHEN list_contains(e.actor, x.id) THEN 'actor'
                    WHEN list_contains(e.recipient, x.id) THEN 'recipient'
                    WHEN list_contains(e.third_party, x.id) THEN 'third_party'
                    ELSE 'claimed' END"""


def actor_events(store: Store, key: str, limit: int = 100, after: str | None = None,
                 desc: bool = True) -> list[dict[str, Any]]:
    """One keyset page of the actor's events (newest first by default; cursor ``day~seq``),
    with ``role`` = actor | recipient | third_party | claimed (the event is only reported in
    the actor's own words). Near-duplicate articles are left out, as on /events."""
    where = Q.Where()
    order = Q.keyset(where, "e.day", "e.seq", after, desc)
    cond = ("AND " + " AND ".join(where.clauses)) if where.clauses else ""
    sql = f"""
        SELECT DISTINCT ON (e.seq) {EVENT_COLUMNS}, {_ROLE} AS role,
               strftime(coalesce(e.day, DATE '{Q.MIN_DAY}'), '%Y-%m-%d') || '~' || e.seq
               AS cursor
        {_ACTOR_EVENTS} {cond}
        {order}, role
        LIMIT {Q.check_limit(limit)}"""
    sql = f"SELECT * FROM ({sql}) {order.replace('e.day', 'day').replace('e.seq', 'seq')}"
    return globalise(store, store.rows(sql, [key, *where.params]))


def actor_timeline(store: Store, key: str) -> list[dict[str, Any]]:
    """The actor's whole history: events per day and role (no cap)."""
    sql = f"""SELECT day, role, count(*) AS n FROM (
                  SELECT DISTINCT ON (e.seq) e.seq, e.day, {_ROLE} AS role
                  {_ACTOR_EVENTS} AND e.day IS NOT NULL ORDER BY e.seq, role)
              GROUP BY 1, 2 ORDER BY 1, 2"""
    return store.rows(sql, [key])


def actor_event_count(store: Store, key: str) -> int:
    sql = f"SELECT count(DISTINCT e.seq) AS n {_ACTOR_EVENTS}"
    return int(store.rows(sql, [key])[0]["n"])


def actor_keys(store: Store, article_ids: list[str]) -> dict[tuple[str, str], str]:
    """(article id, per-article actor id) -> global actor id, for the given articles."""
    if not article_ids:
        return {}
    rows = store.rows(f"SELECT x.article_id, x.id, {ACTOR_KEY} AS key FROM actors x "
                      "WHERE list_contains(?, x.article_id)", [sorted(set(article_ids))])
    return {(r["article_id"], r["id"]): r["key"] for r in rows}


def globalise(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows with global actor ids: ``actor``, ``recipient``, ``third_party`` and
    ``claimed_by`` hold the ids /actors/{id} takes (per-article ids never leave the store)."""
    keys = actor_keys(store, [r["article_id"] for r in rows])
    for r in rows:
        art = r["article_id"]
        for col in ("actor", "recipient", "third_party"):
            if col in r:
                r[col] = [keys.get((art, i), i) for i in r[col] or []]
        if r.get("claimed_by"):
            r["claimed_by"] = keys.get((art, r["claimed_by"]), r["claimed_by"])
    return rows


def actor_quotes(store: Store, key: str, limit: int = 200) -> list[dict[str, Any]]:
    """The actor's quotes, newest first, with their article's title."""
    sql = f"""
        SELECT q.article_id, q.id AS quote_id, q.speaker_text, q.kind, q.cue, q.text, q.start,
               q."end", q.published, a.title
        FROM actors x JOIN quotes q ON q.article_id = x.article_id AND q.speaker = x.id
             JOIN articles a ON a.id = q.article_id
        WHERE {ACTOR_KEY} = ?
        ORDER BY coalesce(q.published, DATE '{Q.MIN_DAY}') DESC, q.seq DESC
        LIMIT {Q.check_limit(limit)}"""
    return store.rows(sql, [key])


def article_actor_keys(store: Store, article_id: str) -> dict[str, str]:
    """Per-article actor id -> cross-article key, for links from an article page."""
    rows = store.rows(f"SELECT x.id, {ACTOR_KEY} AS key FROM actors x WHERE x.article_id = ?",
                      [article_id])
    return {r["id"]: r["key"] for r in rows}


def actors_of(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    """Every per-article actor row of the given articles (what exports code actors from)."""
    if not article_ids:
        return []
    return store.rows("SELECT * FROM actors WHERE list_contains(?, article_id)",
                      [sorted(set(article_ids))])
