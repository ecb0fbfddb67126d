"""Actors across articles: lists, one actor, its events and quotes.

Actors are per article in the store; across articles an actor is identified by its
known-actors key, else by ``name|COUNTRY`` (``ACTOR_KEY``), which is what the web's
``/actors/{id}`` takes.
"""
from __future__ import annotations

from typing import Any

from parley.errors import Errors
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
            raise Q.QueryError(Errors.E112.format(cursor=after))
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
    return store.rows(sql, where.params + outer.params)


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
    return store.rows(sql, [key])


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
