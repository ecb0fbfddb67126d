"""The SQL of one page of events with their articles: the store's event columns and keyset order.

Shared by the web's event pages (over the store) and ``parley.batch.query`` (over Parquet views
with the store's column names), so both return the same columns in the same order.
"""
from __future__ import annotations

from parley.store import queries as Q

EVENT_COLUMNS = """
    e.seq, e.article_id, e.id AS event_id, e.event, e.mode, e.context, e.cameo, e.quad,
    e.actor, e.actor_names, e.actor_countries, e.recipient, e.recipient_names,
    e.recipient_countries, e.third_party, e.third_party_names, e.third_party_countries,
    e.place, e.place_name, e.place_country, e.lat, e.lon, e.date, e.day, e.date_text,
    e.date_inferred, e.date_granularity, e.place_precision, e.negated, e.future, e.hypothetical,
    e.historical, e.claimed_by,
    e.claimed_by_name, e.trigger_text, e.evidence_text, e.evidence_start, e.evidence_end,
    e.confidence, e.published, a.title, a.source, a.url
"""
#: Events with their articles (what ``EventFilter.where(joined=True)`` is written for).
EVENTS_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"
#: A row's keyset cursor: ``day~seq``.
EVENT_CURSOR = (f"strftime(coalesce(e.day, DATE '{Q.MIN_DAY}'), '%Y-%m-%d') || '~' || e.seq"
                " AS cursor")


def events_page_sql(where: Q.Where, after: str | None, limit: int, desc: bool) -> str:
    """One keyset page of events in (day, seq) order; adds the cursor condition to ``where``
    (pass ``where.params`` with the SQL)."""
    order = Q.keyset(where, "e.day", "e.seq", after, desc)
    return (f"SELECT {EVENT_COLUMNS}, {EVENT_CURSOR} {EVENTS_FROM} {where.sql()} {order} "
            f"LIMIT {Q.check_limit(limit)}")
