"""Query parameters shared by the API and the pages (FastAPI dependencies)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request

from parley import ontology
from parley.errors import Errors
from parley.store import QueryError, Store
from parley.store.countries import country_choices as country_choices  # re-exported for pages
from parley.store.countries import country_names as country_names
from parley.store.countries import resolve_country
from parley.store.filters import EventFilter

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
MAX_REPORTS = 100_000  # min_reports above this is a 422, not a store overflow


@dataclass
class Page:
    """Keyset paging: start after ``after`` (a row's cursor), or end before ``before`` (the
    previous page), ``limit`` rows, ``order``."""

    after: str | None
    limit: int
    desc: bool
    before: str | None = None
    sort: str = "day"


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
    before: Annotated[Opt, q_("cursor of the first row of the next page: the page before it")
                      ] = None,
    sort: Annotated[Literal["day", "event", "quad", "confidence", "place"] | None,
                    q_("events: the column to sort by (then insertion order)")] = None,
) -> Page:
    return Page(after or None, limit, order == "desc", before or None, sort or "day")


def _split(values: list[str]) -> list[str]:
    return [v.strip().upper() for item in values for v in item.split(",") if v.strip()]


def check_events(values: list[str]) -> list[str]:
    """PLOVER types, upper-cased; an unknown one is a 400 (E312) listing the valid types."""
    types = _split(values)
    unknown = [t for t in types if t not in ontology.EVENT_TYPES]
    if unknown:
        raise QueryError(Errors.E312.format(value=", ".join(unknown),
                                            valid=", ".join(ontology.EVENT_NAMES)))
    return types


def _flag(value: str | None) -> bool | None:
    return {"true": True, "false": False}.get(value or "")


def _confidence(value: str | None) -> float | None:
    """``min_confidence`` from a query: an empty form field is absent; else a number from 0 to 1
    (400, E323, if not). A string, not a float parameter, so the filter form's empty field
    is not a 422."""
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0 <= number <= 1:
        raise QueryError(Errors.E323.format(value=value))
    return number


def event_filters(
    start: Annotated[Opt, q_("first day, YYYY-MM-DD")] = None,
    end: Annotated[Opt, q_("last day, YYYY-MM-DD")] = None,
    country: Annotated[Opt, q_("country as actor, recipient or place: ISO 3166-1 alpha-3 "
                               "(UKR) or a name (Ukraine)", 100)] = None,
    country_role: Annotated[Role, q_("narrow country to one role")] = "any",
    event: Annotated[list[str] | None, q_("PLOVER type(s), repeatable or comma-separated")
                     ] = None,
    quad: Annotated[Opt, q_("quad class 1-4", 1)] = None,
    actor: Annotated[Opt, q_("actor id (see /api/v1/actors) or part of a name", 200)] = None,
    speaker: Annotated[Opt, q_("who claims the event (part of a name)", 200)] = None,
    q: Annotated[Opt, q_("free text in evidence, trigger, place or title", 200)] = None,
    negated: Annotated[Flag, q_("true: negated events only; false: affirmed only")] = None,
    hypothetical: Annotated[Flag, q_("true: hypothetical events only; false: none")] = None,
    historical: Annotated[Flag, q_("true: history a story recalls; false: the news only")
                          ] = None,
    min_confidence: Annotated[Opt, q_("lowest coder confidence, a number from 0 to 1", 30)
                              ] = None,
    place: Annotated[Opt, q_("a place id, name|ISO3 (see /api/v1/places)", 300)] = None,
    country_only: Annotated[Flag, q_("false: hide events placed only at a country")] = None,
    article: Annotated[Opt, q_("article id", 300)] = None,
    include_duplicates: Annotated[bool, q_("include near-duplicate articles")] = False,
) -> EventFilter:
    """The shared event filters; empty form fields count as absent. The web's ``actor`` is a
    cross-article actor (``EventFilter.actor_key``), its ``q`` free text (``text``)."""
    if quad and quad not in "1234":
        raise QueryError(Errors.E302.format(quad=quad))
    return EventFilter(start=start or None, end=end or None,
                       country=resolve_country(country), country_role=country_role,
                       event=check_events(event or []), quad=int(quad) if quad else None,
                       actor_key=actor or None, speaker=speaker or None, text=q or None,
                       negated=_flag(negated), hypothetical=_flag(hypothetical),
                       historical=_flag(historical), min_confidence=_confidence(min_confidence),
                       place=place or None, country_only=_flag(country_only),
                       article_id=article or None, include_duplicates=include_duplicates)


def filter_params(f: EventFilter) -> dict[str, Any]:
    """Non-empty filters as the web's query parameters (to carry them into links and the map)."""
    out: dict[str, Any] = {}
    for key, attr in (("start", "start"), ("end", "end"), ("country", "country"),
                      ("actor", "actor_key"), ("speaker", "speaker"), ("q", "text"),
                      ("place", "place"), ("article", "article_id")):
        if getattr(f, attr):
            out[key] = getattr(f, attr)
    if f.country_role != "any":
        out["country_role"] = f.country_role
    if f.event:
        out["event"] = list(f.event)
    if f.quad is not None:
        out["quad"] = f.quad
    for flag in ("negated", "hypothetical", "historical", "country_only"):
        if getattr(f, flag) is not None:
            out[flag] = str(getattr(f, flag)).lower()
    if f.min_confidence is not None:
        out["min_confidence"] = f.min_confidence
    if f.include_duplicates:
        out["include_duplicates"] = "true"
    return out


def store(request: Request) -> Store:
    """The read-only snapshot store for this request."""
    return request.app.state.snap.current()


PageDep = Annotated[Page, Depends(paging)]
FiltersDep = Annotated[EventFilter, Depends(event_filters)]
StoreDep = Annotated[Store, Depends(store)]
