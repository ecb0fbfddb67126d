"""Query parameters shared by the API and the pages (FastAPI dependencies)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request

from parley.errors import Errors
from parley.store import QueryError, Store
from parley.store.filters import EventFilter

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
) -> EventFilter:
    """The shared event filters; empty form fields count as absent. The web's ``actor`` is a
    cross-article actor (``EventFilter.actor_key``), its ``q`` free text (``text``)."""
    if country and (len(country) != 3 or not country.isalpha()):
        raise QueryError(Errors.E301.format(country=country))
    if quad and quad not in "1234":
        raise QueryError(Errors.E302.format(quad=quad))
    return EventFilter(start=start or None, end=end or None,
                       country=country.upper() if country else None, country_role=country_role,
                       event=_split(event or []), quad=int(quad) if quad else None,
                       actor_key=actor or None, speaker=speaker or None, text=q or None,
                       negated={"true": True, "false": False}.get(negated or ""),
                       article_id=article or None, include_duplicates=include_duplicates)


def filter_params(f: EventFilter) -> dict[str, Any]:
    """Non-empty filters as the web's query parameters (to carry them into links and the map)."""
    out: dict[str, Any] = {}
    for key, attr in (("start", "start"), ("end", "end"), ("country", "country"),
                      ("actor", "actor_key"), ("speaker", "speaker"), ("q", "text"),
                      ("article", "article_id")):
        if getattr(f, attr):
            out[key] = getattr(f, attr)
    if f.country_role != "any":
        out["country_role"] = f.country_role
    if f.event:
        out["event"] = list(f.event)
    if f.quad is not None:
        out["quad"] = f.quad
    if f.negated is not None:
        out["negated"] = str(f.negated).lower()
    if f.include_duplicates:
        out["include_duplicates"] = "true"
    return out


def store(request: Request) -> Store:
    """The read-only snapshot store for this request."""
    return request.app.state.snap.current()


PageDep = Annotated[Page, Depends(paging)]
FiltersDep = Annotated[EventFilter, Depends(event_filters)]
StoreDep = Annotated[Store, Depends(store)]
