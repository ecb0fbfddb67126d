"""Parameterised WHERE clauses and keyset pages for the store's read methods.

Every user value travels as a ``?`` parameter; only fixed column names are ever formatted
into SQL. Pages are keyset pages (datasette-style): each row carries a ``cursor`` and the next
page starts ``after`` the last row's cursor, so deep pages cost the same as the first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

MIN_DAY = "0001-01-01"
MAX_LIMIT = 10_000


class QueryError(ValueError):
    """A query parameter the store cannot use; the message says which and why."""


@dataclass
class Where:
    """A conjunction of parameterised conditions."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def date_range(self, start: str | date | None, end: str | date | None,
                   start_col: str, end_col: str | None = None) -> None:
        """``start <= start_col`` and ``end_col <= end`` (``end_col`` defaults to ``start_col``;
        an interval overlaps the range when its last day is the start and its first the end)."""
        if (s := check_date(start, "start")) is not None:
            self.add(f"{start_col} >= ?::DATE", s)
        if (t := check_date(end, "end")) is not None:
            self.add(f"{end_col or start_col} <= ?::DATE", t)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def like_pattern(text: str) -> str:
    """A substring ILIKE pattern with the user's own % and _ taken literally (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def check_date(value: str | date | None, name: str) -> str | None:
    if value is None or isinstance(value, date):
        return value.isoformat() if isinstance(value, date) else None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def check_limit(limit: int) -> int:
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    return int(limit)


def encode_cursor(day: date | None, seq: int) -> str:
    return f"{(day.isoformat() if day else MIN_DAY)}~{seq}"


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        day, seq = cursor.split("~")
        return date.fromisoformat(day).isoformat(), int(seq)
    except ValueError:
        raise QueryError(f"invalid cursor {cursor!r}") from None


def keyset(where: Where, day_col: str, seq_col: str, after: str | None, desc: bool) -> str:
    """Add the 'after this cursor' condition; return the ORDER BY clause that matches it."""
    key = f"(coalesce({day_col}, DATE '{MIN_DAY}'), {seq_col})"
    if after:
        day, seq = decode_cursor(after)
        where.add(f"{key} {'<' if desc else '>'} (?::DATE, ?)", day, seq)
    direction = "DESC" if desc else "ASC"
    return f"ORDER BY coalesce({day_col}, DATE '{MIN_DAY}') {direction}, {seq_col} {direction}"


def event_filters(
    where: Where,
    start: str | date | None = None,
    end: str | date | None = None,
    country: str | None = None,
    country_role: str = "any",
    event: str | list[str] | None = None,
    quad: int | None = None,
    actor: str | None = None,
    negated: bool | None = None,
    article_id: str | None = None,
    include_duplicates: bool = False,
    joined: bool = True,
) -> None:
    """Conditions on ``events e`` shared by queries and exports. With ``joined`` the query
    joins ``articles a`` and duplicates are judged by ``a.canonical_id``; without, by the
    store's denormalised ``e.duplicate`` flag (no join: what fast paged reads use)."""
    where.date_range(start, end, "e.day")
    if country:
        code = country.upper()
        parts = {
            "actor": "list_contains(e.actor_countries, ?)",
            "recipient": "list_contains(e.recipient_countries, ?)",
            "third_party": "list_contains(e.third_party_countries, ?)",
            "place": "e.place_country = ?",
        }
        if country_role == "any":
            where.add("(" + " OR ".join(parts.values()) + ")", *([code] * len(parts)))
        elif country_role in parts:
            where.add(parts[country_role], code)
        else:
            raise QueryError(f"country_role must be any or one of {sorted(parts)}")
    if event:
        types = [event] if isinstance(event, str) else list(event)
        where.add("list_contains(?, e.event)", [t.upper() for t in types])
    if quad is not None:
        if int(quad) not in (1, 2, 3, 4):
            raise QueryError(f"quad must be 1, 2, 3 or 4, got {quad}")
        where.add("e.quad = ?", int(quad))
    if actor:
        pat = like_pattern(actor)
        where.add(
            "(len(list_filter(e.actor_names || e.recipient_names, lambda x: x ILIKE ? ESCAPE '\\'))"
            " > 0 OR list_contains(e.actor, ?) OR list_contains(e.recipient, ?))",
            pat, actor, actor,
        )
    if negated is not None:
        where.add("e.negated = ?", bool(negated))
    if article_id:
        where.add("e.article_id = ?", article_id)
    if not include_duplicates:
        where.add("a.canonical_id IS NULL" if joined else "NOT e.duplicate")
