"""Whole downloads of any filtered list: ``/download/{list}.{csv|jsonl|parquet}``.

Every matching row (no page limit), streamed batch by batch from the store in constant memory,
sent as an attachment whose filename says the filter (``parley-events_country-UKR.csv``).
The events download has the columns of ``parley export`` (``event_uid`` is the key in both).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from parley.corpus import reads as corpus_reads
from parley.errors import Errors
from parley.export import stream_events, stream_table
from parley.store.actor_reads import actors_reader
from parley.web.params import MAX_REPORTS, FiltersDep, Opt, StoreDep, check_events, filter_params, q_
from parley.web.params import resolve_country as country_of

router = APIRouter(prefix="/download", tags=["downloads"])
FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
           "parquet": "application/vnd.apache.parquet"}
LISTS = ("events", "quotes", "articles", "incidents", "actors")


def filename(kind: str, params: dict[str, Any], fmt: str) -> str:
    """``parley-{kind}_{key}-{value}…​.{fmt}``: the filter in the name, only [A-Za-z0-9._-]."""
    parts = [f"parley-{kind}"]
    for key, value in params.items():
        if value in (None, "", []):
            continue
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{key}-{re.sub(r'[^A-Za-z0-9.-]+', '-', text).strip('-')[:40]}")
    return "_".join(parts)[:180] + "." + fmt


def attachment(chunks: Iterator[bytes], kind: str, params: dict[str, Any], fmt: str
               ) -> StreamingResponse:
    name = filename(kind, params, fmt)
    return StreamingResponse(chunks, media_type=FORMATS[fmt], headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "no-store"})


def check_format(kind: str, fmt: str) -> None:
    if fmt not in FORMATS:
        raise HTTPException(404, Errors.E314.format(
            what=f"{kind}.{fmt}", valid=", ".join(f"{k}.{f}" for k in LISTS for f in FORMATS)))


@router.get("/events.{fmt}", summary="Every event matching the filters (no page limit)")
def events(fmt: str, f: FiltersDep, db: StoreDep) -> StreamingResponse:
    check_format("events", fmt)
    return attachment(stream_events(db, f, fmt, safe=True), "events", filter_params(f), fmt)


@router.get("/quotes.{fmt}", summary="Every quote matching the filters")
def quotes(fmt: str, db: StoreDep,
           speaker: Annotated[Opt, q_("actor id or part of the speaker's name", 200)] = None,
           country: Annotated[Opt, q_("speaker's country: ISO3 or name", 100)] = None,
           q: Annotated[Opt, q_("words in the quote", 200)] = None,
           article: Annotated[Opt, q_("article id", 300)] = None,
           start: str | None = None, end: str | None = None) -> StreamingResponse:
    check_format("quotes", fmt)
    code = country_of(country)
    reader = db.quotes(speaker=speaker or None, country=code, text=q or None,
                       article_id=article or None, start=start or None, end=end or None,
                       reader=True)
    params = {"speaker": speaker, "country": code, "q": q, "article": article,
              "start": start, "end": end}
    return attachment(stream_table(reader, fmt, reader.schema, safe=True),
                      "quotes", params, fmt)


@router.get("/articles.{fmt}", summary="Every article matching the filters (no text)")
def articles(fmt: str, db: StoreDep,
             q: Annotated[Opt, q_("words in the title or text", 200)] = None,
             start: str | None = None, end: str | None = None,
             source: Annotated[Opt, q_("source name", 200)] = None) -> StreamingResponse:
    check_format("articles", fmt)
    reader = db.articles(search=q or None, start=start or None, end=end or None,
                         source=source or None, reader=True)
    params = {"q": q, "start": start, "end": end, "source": source}
    return attachment(stream_table(reader, fmt, reader.schema, safe=True),
                      "articles", params, fmt)


@router.get("/incidents.{fmt}", summary="Every incident matching the filters")
def incidents(fmt: str, db: StoreDep, start: str | None = None, end: str | None = None,
              country: Annotated[Opt, q_("ISO3 or name", 100)] = None,
              event: Annotated[list[str] | None, Query()] = None,
              min_reports: Annotated[int, Query(ge=1, le=MAX_REPORTS)] = 1) -> StreamingResponse:
    check_format("incidents", fmt)
    code, types = country_of(country), check_events(event or [])
    reader = corpus_reads.query_incidents(db, start or None, end or None, code, types or None,
                                          min_reports, reader=True)
    params = {"start": start, "end": end, "country": code, "event": types,
              "min_reports": min_reports if min_reports > 1 else None}
    return attachment(stream_table(reader, fmt, reader.schema, safe=True),
                      "incidents", params, fmt)


@router.get("/actors.{fmt}", summary="Every actor matching the filters")
def actors(fmt: str, db: StoreDep, q: Annotated[Opt, q_("part of a name", 200)] = None,
           country: Annotated[Opt, q_("ISO3 or name", 100)] = None,
           kind: Annotated[Opt, q_("person, organization, state, igo, ngo, group", 20)] = None,
           ) -> StreamingResponse:
    check_format("actors", fmt)
    code = country_of(country)
    reader = actors_reader(db, q or None, code, kind or None)
    params = {"q": q, "country": code, "kind": kind}
    return attachment(stream_table(reader, fmt, reader.schema, safe=True), "actors", params, fmt)


def download_links(request: Request, kind: str) -> list[tuple[str, str]]:
    """(label, URL) of the whole downloads of the list on this page, with its filters."""
    query = request.url.query
    keep = "&".join(p for p in query.split("&") if p and not p.startswith(
        ("after=", "before=", "limit=", "order=", "format=", "sort=", "unit=")))
    return [(fmt.upper() if fmt != "parquet" else "Parquet",
             f"/download/{kind}.{fmt}" + ("?" + keep if keep else "")) for fmt in FORMATS]
