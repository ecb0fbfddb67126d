"""Parameterised WHERE clauses and keyset pages for the store's read methods (the event
filter is ``filters.EventFilter``).

Every user value travels as a ``?`` parameter; only fixed column names are ever formatted
into SQL. Pages are keyset pages (datasette-style): each row carries a ``cursor`` and the next
page starts ``after`` the last row's cursor, so deep pages cost the same as the first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from parley.errors import Errors, QueryError

MIN_DAY = "0001-01-01"
MAX_LIMIT = 10_000


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
        raise QueryError(Errors.E110.format(name=name, value=value)) from None


def check_limit(limit: int) -> int:
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise QueryError(Errors.E111.format(max=MAX_LIMIT, limit=limit))
    return int(limit)


def encode_cursor(day: date | None, seq: int) -> str:
    return f"{(day.isoformat() if day else MIN_DAY)}~{seq}"


def decode_cursor(cursor: str) -> tuple[str, int]:
    try:
        day, seq = cursor.split("~")
        return date.fromisoformat(day).isoformat(), int(seq)
    except ValueError:
        raise QueryError(Errors.E112.format(cursor=cursor)) from None


def count_keyset(after: str | None) -> Where:
    """The 'after this cursor' condition of a list ranked by ``n_events`` then ``id`` (actors,
    places): the cursor is ``N~ID`` of the previous page's last row."""
    outer = Where()
    if after:
        n, _, key = after.partition("~")
        if not n.isdigit() or not key:
            raise QueryError(Errors.E112.format(cursor=after))
        outer.add("(n_events < ? OR (n_events = ? AND id > ?))", int(n), int(n), key)
    return outer


def keyset(where: Where, day_col: str, seq_col: str, after: str | None, desc: bool) -> str:
    """Add the 'after this cursor' condition; return the ORDER BY clause that matches it."""
    key = f"(coalesce({day_col}, DATE '{MIN_DAY}'), {seq_col})"
    if after:
        day, seq = decode_cursor(after)
        where.add(f"{key} {'<' if desc else '>'} (?::DATE, ?)", day, seq)
    direction = "DESC" if desc else "ASC"
    return f"ORDER BY coalesce({day_col}, DATE '{MIN_DAY}') {direction}, {seq_col} {direction}"
