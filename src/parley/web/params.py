"""Query parameters shared by the API and the pages (FastAPI dependencies)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

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


def paging(
    after: Annotated[str | None, Query(description="cursor of the last row of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")] = DEFAULT_LIMIT,
    order: Annotated[Literal["asc", "desc"], Query(description="date order (stable: ties by "
                                                              "insertion order)")] = "desc",
) -> Page:
    return Page(after or None, limit, order == "desc")


def _split(values: list[str]) -> list[str]:
    return [v.strip().upper() for item in values for v in item.split(",") if v.strip()]


def event_filters(
    start: Annotated[str | None, Query(description="first day, YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(description="last day, YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(max_length=3,
                                description="ISO 3166-1 alpha-3, as actor, recipient or place")] = None,
    country_role: Annotated[Literal["any", "actor", "recipient", "third_party", "place"], Query()] = "any",
    event: Annotated[list[str] | None, Query(description="PLOVER type(s), repeatable or comma-separated")] = None,
    quad: Annotated[str | None, Query(max_length=1, description="quad class 1-4")] = None,
    actor: Annotated[str | None, Query(max_length=200,
                              description="actor id (see /api/v1/actors) or part of a name")] = None,
    speaker: Annotated[str | None, Query(max_length=200,
                                description="who claims the event (part of a name)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="free text in evidence, trigger, "
                                                            "place or title")] = None,
    negated: Annotated[Literal["", "true", "false"] | None, Query(description="true: negated events only; false: affirmed only")] = None,
    article: Annotated[str | None, Query(max_length=300, description="article id")] = None,
    include_duplicates: Annotated[bool, Query(description="include near-duplicate articles")] = False,
) -> EventFilters:
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
