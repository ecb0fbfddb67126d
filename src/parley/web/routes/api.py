"""REST API under /api/v1: every list is JSON or CSV (``.csv`` suffix or ``?format=csv``) with
keyset pages (``next`` cursor); the OpenAPI schema at /openapi.json documents it."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field

from parley.corpus import reads as corpus_reads
from parley.errors import Errors
from parley.flow import add_article as store_article
from parley.flow import stored_as
from parley.ingest import IngestError
from parley.schema import CodedArticle
from parley.store import Store
from parley.store.actor_reads import actors_page
from parley.store.place_reads import places_page
from parley.store.queries import check_date
from parley.web import views
from parley.web.coding import TooLong, posted_shell
from parley.web.formats import csv_response, json_response, listing, page_url, wanted
from parley.web.params import (
    MAX_REPORTS,
    FiltersDep,
    Opt,
    PageDep,
    StoreDep,
    check_events,
    q_,
    resolve_country,
)
from parley.web.security import bearer, check_token, token_ok

router = APIRouter(prefix="/api/v1", tags=["api"])


def twin(path: str, summary: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a GET list route at ``path``, ``path.json`` and ``path.csv``.

    Its endpoint answers JSON or CSV; asked for ``?format=html`` it returns None (``listing``
    leaves HTML to the pages), which FastAPI sends as JSON ``null``."""

    def register(endpoint: Callable[..., Any]) -> Callable[..., Any]:
        for suffix in ("", ".json", ".csv"):
            router.add_api_route(path + suffix, endpoint, methods=["GET"], summary=summary,
                                 name=f"{endpoint.__name__}{suffix}", response_model=None,
                                 include_in_schema=suffix != ".json")
        return endpoint

    return register


@twin("/articles", "Articles (newest first), by text, date range and source")
def list_articles(request: Request, page: PageDep, db: StoreDep,
                  q: Annotated[Opt, q_("words in the title or text", 200)] = None,
                  start: str | None = None, end: str | None = None,
                  source: Annotated[Opt, q_("source name", 200)] = None) -> Response | None:
    rows = db.articles(search=q or None, start=start or None, end=end or None,
                       source=source or None, after=page.after, limit=page.limit + 1,
                       desc=page.desc, arrow=True).to_pylist()
    return listing(request, rows, page.limit, "articles")


@router.get("/articles/{article_id:path}", summary="One article: its full CodedArticle JSON",
            response_model=None)
def get_article(article_id: str, db: StoreDep) -> Response:
    coded = db.get_article(article_id)
    if coded is None:
        raise HTTPException(404, Errors.E308.format(id=article_id))
    return json_response(coded.to_dict())


@twin("/events", "Events by day, filtered (country as actor, recipient or place)")
def list_events(request: Request, f: FiltersDep,
                page: PageDep, db: StoreDep) -> Response | None:
    data = views.events(db, f, page, facets=False)
    return listing(request, data["rows"], page.limit, "events", {"count": data["count"]})


@twin("/incidents", "Incidents: one happening reported by many articles")
def list_incidents(request: Request, page: PageDep, db: StoreDep,
                   start: str | None = None, end: str | None = None,
                   country: Annotated[Opt, q_("ISO 3166-1 alpha-3 or a country name", 100)
                                      ] = None,
                   event: Annotated[list[str] | None, q_("PLOVER type(s)")] = None,
                   min_reports: Annotated[int, Query(ge=1, le=MAX_REPORTS)] = 1) -> Response | None:
    rows = corpus_reads.query_incidents(
        db, start=start or None, end=end or None, country=resolve_country(country),
        event=check_events(event or []) or None, min_reports=min_reports,
        after=page.after, limit=page.limit + 1, desc=page.desc, arrow=True).to_pylist()
    return listing(request, rows, page.limit, "incidents")


@router.get("/incidents/{incident_id:path}", summary="One incident with the events reporting it",
            response_model=None)
def get_incident(incident_id: str, db: StoreDep) -> Response:
    found = corpus_reads.incident(db, incident_id)
    if found is None:
        raise HTTPException(404, Errors.E310.format(id=incident_id))
    return json_response(found)


@twin("/actors", "Actors across articles, most events first")
def list_actors(request: Request, page: PageDep, db: StoreDep,
                q: Annotated[Opt, q_("part of a name", 200)] = None,
                country: Annotated[Opt, q_("ISO 3166-1 alpha-3 or a country name", 100)] = None,
                kind: Annotated[Opt, q_("person, organization, state, igo, ngo, group", 20)] = None,
                ) -> Response | None:
    rows = actors_page(db, q or None, resolve_country(country), kind or None, page.after,
                         page.limit + 1)
    return listing(request, rows, page.limit, "actors")


@router.get("/actors/{actor_id:path}", summary="One actor: events as actor and recipient, "
            "quotes", response_model=None)
def get_actor(actor_id: str, db: StoreDep) -> Response:
    data = views.actor(db, actor_id)
    if data is None:
        raise HTTPException(404, Errors.E309.format(id=actor_id))
    data.pop("chart_rows")
    return json_response(data)


@twin("/quotes", "Quotes by speaker, speaker's country, words and date range")
def list_quotes(request: Request, page: PageDep, db: StoreDep,
                speaker: Annotated[Opt, q_("actor id (as /actors/{id}) or part of the speaker's "
                                           "name", 200)] = None,
                country: Annotated[Opt, q_("speaker's country: ISO3 or a name", 100)] = None,
                q: Annotated[Opt, q_("words in the quote", 200)] = None,
                article: Annotated[Opt, q_("article id", 300)] = None,
                start: str | None = None, end: str | None = None) -> Response | None:
    rows = db.quotes(speaker=speaker or None, country=resolve_country(country),
                     text=q or None,
                     article_id=article or None, start=start or None, end=end or None,
                     after=page.after, limit=page.limit + 1, desc=page.desc,
                     arrow=True).to_pylist()
    return listing(request, rows, page.limit, "quotes")


@twin("/places", "Places across articles, most events first")
def list_places(request: Request, page: PageDep, db: StoreDep,
                q: Annotated[Opt, q_("part of a place name", 200)] = None,
                country: Annotated[Opt, q_("ISO 3166-1 alpha-3 or a country name", 100)] = None
                ) -> Response | None:
    rows = places_page(db, q or None, resolve_country(country), page.after, page.limit + 1)
    return listing(request, rows, page.limit, "places")


@twin("/talks", "Talks tracks with rounds, outcomes, demands and who said what")
def list_talks(request: Request, db: StoreDep,
               between: Annotated[list[str] | None,
                                  q_("the two parties, ISO alpha-3 or names, repeatable or "
                                     "comma-separated")] = None,
               start: str | None = None, end: str | None = None, after: str | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> Response | dict[str, Any]:
    return talks_response(request, db, between, start, end, after, limit, "json")


def talks_response(request: Request, db: Store, between: list[str] | None, start: str | None,
                   end: str | None, after: str | None, limit: int, default: str
                   ) -> Response | dict[str, Any]:
    """Talks as JSON/CSV (or the data for the HTML page when ``default`` is html)."""
    # ISO3 or a name, like every country filter; a misspelt one is a 400 (E301), not ignored
    parties = [str(resolve_country(p if len(p) <= 100 else p[:100] + "…"))
               for b in between or [] for p in b.split(",") if p.strip()]
    start, end = check_date(start or None, "start"), check_date(end or None, "end")  # else 400
    data = views.talks(db, parties, start, end, after or None, limit)
    tracks = data["rows"]
    more = len(tracks) > limit
    tracks = tracks[:limit]
    cursor = tracks[-1]["cursor"] if more and tracks else None
    next_url = page_url(request, after=cursor) if cursor else None
    fmt = wanted(request, default)
    if fmt == "csv":
        return csv_response(views.talks_flat(tracks), "talks", next_url)
    if fmt == "json":
        return json_response({"between": data["between"], "between_names": data["between_names"],
                              "pairs": data["pairs"], "rows": tracks, "next": cursor,
                              "next_url": next_url})
    return {"between": data["between"], "between_names": data["between_names"],
            "pairs": data["pairs"], "tracks": tracks, "next_url": next_url}


@router.get("/stats", summary="Row counts, date span and events by type", response_model=None)
def stats(request: Request, db: StoreDep) -> Response:
    snap = request.app.state.snap
    return json_response({**db.stats(), "snapshot_stale": snap.stale})


class Posted(BaseModel):
    """An article to code: ``text`` (plain) or ``html`` (a whole page), with metadata."""

    text: str | None = None
    html: str | None = None
    id: str | None = Field(None, max_length=300)
    published: str | None = Field(None, description="YYYY-MM-DD: resolves 'on Thursday'")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)


def coding_allowed(request: Request, form_token: str | None = None) -> None:
    """The coding routes: open to all (local server), token only (public bind with a token:
    the bearer header, or the /code page's form field) or off (--public-read-only)."""
    mode = request.app.state.coding
    if mode == "off":
        raise HTTPException(403, Errors.E319)
    if mode == "token":
        check_token(request, bearer(request) or form_token)


def coding_open(request: Request) -> None:
    """Dependency form of ``coding_allowed`` for the API (bearer header only)."""
    coding_allowed(request)


async def code_or_problem(request: Request, text: str | None, html: str | None,
                          published: str | None = None, title: str | None = None,
                          source: str | None = None, url: str | None = None,
                          article_id: str | None = None) -> CodedArticle:
    """Posted input -> CodedArticle, coded in the app's worker pool (never on the event loop);
    413 over the size limit, 422 for unusable input, 503 when the pool is full or too slow."""
    try:
        shell = posted_shell(text, html, published, title, source, url, article_id)
        coded: CodedArticle = await request.app.state.coder.code(shell)
    except TooLong as exc:
        raise HTTPException(413, str(exc)) from None
    except IngestError as exc:
        raise HTTPException(422, Errors.E311.format(reason=exc)) from None
    return coded


@router.post("/code", summary="Code a posted text or HTML page; nothing is stored",
             response_model=None)
async def code(request: Request, body: Posted,
               _: Annotated[None, Depends(coding_open)]) -> Response:
    coded = await code_or_problem(request, body.text, body.html, body.published, body.title,
                                  body.source, body.url, body.id)
    return json_response(coded.to_dict())


@router.post("/articles", summary="Code a posted article and store it (bearer token only)",
             status_code=201, response_model=None)
async def add_article(request: Request, body: Posted,
                      _: Annotated[None, Depends(token_ok)],
                      __: Annotated[None, Depends(coding_open)]) -> Response:
    coded = await code_or_problem(request, body.text, body.html, body.published, body.title,
                                  body.source, body.url, body.id)
    stored_id, created = await run_in_threadpool(store_coded, request, coded)
    return json_response({"id": stored_id, "created": created, "article": coded.to_dict()},
                         status=201 if created else 200)


def store_coded(request: Request, coded: Any) -> tuple[str, bool]:
    """Write one coded article to the real store (short read-write open), then refresh; its
    stored id (the existing one when the same content was stored before) and whether it is
    new. Blocking: call it from a worker thread."""
    snap = request.app.state.snap
    with request.app.state.write_lock:
        writer = snap.writer()  # StoreBusy (503) while another process writes
        try:
            stored = store_article(writer, coded)
            existing = stored_as(writer, coded) if stored is None else None
        finally:
            writer.close()
        snap.refresh(wait=True)
    if stored is not None:
        return stored, True
    return existing or coded.article.id, False
