"""Query parameters shared by the API and the pages (FastAPI dependencies)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request

from parley.store import QueryError, Store
from parley.web.queries import EventFilters

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000


@dataclass
class Page:
    """Keyset paging: start after ``after`` (a row's cursor), ``limit`` rows, ``order``."""

    after: str | None
    limit: int
    desc: bool


def q_(description: str, max_length: int | None = None) -> Any:
    return Query(description=description, max_length=max_length)


Opt = str | None
Role = Literal["any", "actor", "recipient", "third_party", "place"]
Flag = Literal["", "true", "false"] | None


def paging(
    after: Annotated[Opt, q_("cursor of the last row of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")] = DEFAULT_LIMIT,
    order: Annotated[Literal["asc", "desc"],
                     q_("date order; ties by insertion order, so it is stable")] = "desc",
) -> Page:
    return Page(after or None, limit, order == "desc")


def _split(values: list[str]) -> list[str]:
    return [v.strip().upper() for item in values for v in item.split(",") if v.strip()]


def event_filters(
    start: Annotated[Opt, q_("first day, YYYY-MM-DD")] = None,
    end: Annotated[Opt, q_("last day, YYYY-MM-DD")] = None,
    country: Annotated[Opt, q_("ISO 3166-1 alpha-3, as actor, recipient or place", 3)] = None,
    country_role: Annotated[Role, q_("narrow country to one role")] = "any",
    event: Annotated[list[str] | None, q_("PLOVER type(s), repeatable or comma-separated")
                     ] = None,
    quad: Annotated[Opt, q_("quad class 1-4", 1)] = None,
    actor: Annotated[Opt, q_("actor id (see /api/v1/actors) or part of a name", 200)] = None,
    speaker: Annotated[Opt, q_("who claims the event (part of a name)", 200)] = None,
    q: Annotated[Opt, q_("free text in evidence, trigger, place or title", 200)] = None,
    negated: Annotated[Flag, q_("true: negated events only; false: affirmed only")] = None,
    article: Annotated[Opt, q_("article id", 300)] = None,
    include_duplicates: Annotated[bool, q_("include near-duplicate articles")] = False,
) -> EventFilters:
    """The shared event filters; empty form fields count as absent."""
    if country and (len(country) != 3 or not country.isalpha()):
        raise QueryError(f"country must be an ISO 3166-1 alpha-3 code, got {country!r}")
    if quad and quad not in "1234":
        raise QueryError(f"quad must be 1, 2, 3 or 4, got {quad!r}")
    return EventFilters(start or None, end or None, country.upper() if country else None,
                        country_role, _split(event or []), int(quad) if quad else None,
                        actor or None, speaker or None, q or None,
                        {"true": True, "false": False}.get(negated or ""), article or None,
                        include_duplicates)


def store(request: Request) -> Store:
    """The read-only snapshot store for this request."""
    return request.app.state.snap.current()


PageDep = Annotated[Page, Depends(paging)]
FiltersDep = Annotated[EventFilters, Depends(event_filters)]
StoreDep = Annotated[Store, Depends(store)]
