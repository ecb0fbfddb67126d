"""Server-rendered pages; each answers JSON too (``.json`` suffix or Accept: application/json)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from parley import ontology
from parley.corpus import reads as corpus_reads
from parley.errors import Errors
from parley.store import actor_reads as A
from parley.store.actor_reads import actors_page
from parley.web import views
from parley.web.formats import csv_response, json_response, listing, page_url, wanted
from parley.web.params import (
    MAX_REPORTS,
    FiltersDep,
    Page,
    PageDep,
    StoreDep,
    check_events,
    country_choices,
    filter_params,
    resolve_country,
)
from parley.web.routes.api import code_or_problem, coding_allowed, store_coded, talks_response
from parley.web.routes.downloads import download_links
from parley.web.security import MAX_BODY_BYTES, check_token
from parley.web.talks_timeline import timeline as talks_timeline
from parley.web.timeline import QUADS, UNITS

router = APIRouter(include_in_schema=False)
T = TypeVar("T")


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    snap = request.app.state.snap
    base = {"stale": snap.stale, "taken_at": snap.taken_at, "quads": QUADS,
            "writable": bool(request.app.state.token), "path": request.url.path}
    return request.app.state.templates.TemplateResponse(request, name, {**base, **context},
                                                        status_code=status)


def twin(path: str) -> Any:
    """Register a page at ``path`` and its twins at ``path.json`` and ``path.csv``."""

    def register(endpoint: Any) -> Any:
        router.add_api_route(path, endpoint, methods=["GET"], response_model=None)
        for suffix in (".json", ".csv"):
            router.add_api_route(path + suffix, endpoint, methods=["GET"], response_model=None)
        return endpoint

    return register


UnitQ = Annotated[Literal["", "day", "week", "month"] | None,
                  Query(description="chart unit: day, week or month")]


def pager(request: Request, rows: list[dict[str, Any]], page: Page) -> dict[str, Any]:
    """The rows of this page and the links to the previous and next pages (keyset both ways:
    ``rows`` holds one extra row when there is more in the direction read)."""
    more = len(rows) > page.limit
    if page.before:
        rows = rows[-page.limit:] if more else rows
        has_prev, has_next = more, True
    else:
        rows = rows[: page.limit]
        has_prev, has_next = bool(page.after), more
    return {
        "rows": rows,
        "next_url": page_url(request, after=rows[-1]["cursor"], before=None)
        if has_next and rows else None,
        "prev_url": page_url(request, before=rows[0]["cursor"], after=None)
        if has_prev and rows else None,
    }


def form_context(request: Request, db: Any) -> dict[str, Any]:
    """What the filter forms offer: types, countries, actors to pick from."""
    return {"event_types": ontology.EVENT_NAMES, "country_choices": country_choices(),
            "actor_choices": A.top_actors(db, 200)}


def found_or_404(find: Callable[[str], T | None], ident: str, message: str) -> T:
    """What ``find`` returns for ``ident`` (or for ``ident`` without the ``.json`` suffix of a
    page's JSON twin); a 404 with ``message`` when there is nothing."""
    item = find(ident)
    if item is None and ident.endswith(".json"):
        item = find(ident[:-5])
    if item is None:
        raise HTTPException(404, message)
    return item


@router.get("/", response_model=None)
@router.get("/index.json", response_model=None)
def overview(request: Request, f: FiltersDep, db: StoreDep, unit: UnitQ = None) -> Response:
    data = views.overview(db, f, unit or None)
    if wanted(request) == "json":
        return json_response(data)
    return render(request, "overview.html", {
        **data, "chart": views.overview_chart(data), "f": f, **form_context(request, db),
        "units": UNITS, "unit_url": lambda u: page_url(request, unit=u)})


@twin("/events")
def events(request: Request, f: FiltersDep, page: PageDep, db: StoreDep,
           unit: UnitQ = None) -> Response:
    fmt = wanted(request)
    data = views.events(db, f, page, facets=fmt != "csv")
    answer = listing(request, data["rows"], page.limit, "events",
                     {"count": data["count"], "facets": data.get("facets")}, default="html")
    if answer is not None:
        return answer
    query = page_url(request, after=None, before=None, limit=None, order=None, unit=None)[
        len(request.url.path):]
    return render(request, "events.html", {
        **data, **pager(request, data["rows"], page), "f": f, "filters": filter_params(f),
        "facet_url": lambda **kw: page_url(request, after=None, before=None, **kw),
        "downloads": download_links(request, "events"),
        "map_url": "/map" + query, "chart": views.chart(db, f, unit or None),
        "units": UNITS, "unit_url": lambda u: page_url(request, unit=u),
        "sort_url": lambda col: page_url(
            request, after=None, before=None, sort=col,
            order=("asc" if page.desc else "desc") if col == page.sort else "desc"),
        "sort": page.sort, "desc": page.desc, **form_context(request, db),
    })


@twin("/map")
def map_page(request: Request, f: FiltersDep,
             db: StoreDep) -> Response:
    data = views.map_data(db, f)
    fmt = wanted(request)
    if fmt == "json":
        return json_response(data)
    if fmt == "csv":
        return csv_response(data["events"], "map")
    query = page_url(request)[len(request.url.path):]
    base_query = page_url(request, place=None, after=None)[len(request.url.path) + 1:]
    return render(request, "map.html", {
        **data, "f": f, "points_url": "/map.json" + query, "query": base_query,
        "events_url": "/events" + query, "downloads": download_links(request, "events"),
        "events_base": "/events?" + (base_query + "&" if base_query else "") + "place=",
        **form_context(request, db),
    })


@router.get("/articles", response_model=None)
@router.get("/articles.json", response_model=None)
def articles(request: Request, page: PageDep, db: StoreDep,
             q: Annotated[str | None, Query(max_length=200)] = None,
             start: str | None = None, end: str | None = None) -> Response:
    rows = db.articles(search=q or None, start=start or None, end=end or None,
                       after=page.before or page.after, limit=page.limit + 1,
                       desc=page.desc != bool(page.before), arrow=True).to_pylist()
    if page.before:
        rows.reverse()
    answer = listing(request, rows, page.limit, "articles", default="html")
    if answer is not None:
        return answer
    return render(request, "articles.html", {
        **pager(request, rows, page), "q": q or "", "start": start or "", "end": end or "",
        "downloads": download_links(request, "articles")})


@router.get("/articles/{article_id:path}", response_model=None)
def article(request: Request, article_id: str, db: StoreDep) -> Response:
    coded = found_or_404(db.get_article, article_id, Errors.E308.format(id=article_id))
    if wanted(request) == "json":
        return json_response(coded.to_dict())
    return render(request, "article.html", views.article_view(db, coded))


@router.get("/actors", response_model=None)
@router.get("/actors.json", response_model=None)
def actors(request: Request, page: PageDep, db: StoreDep,
           q: Annotated[str | None, Query(max_length=200)] = None,
           country: Annotated[str | None, Query(max_length=100)] = None) -> Response:
    code = resolve_country(country)
    rows = actors_page(db, q or None, code, None, page.after, page.limit + 1)
    answer = listing(request, rows, page.limit, "actors", default="html")
    if answer is not None:
        return answer
    return render(request, "actors.html", {
        **pager(request, rows, page), "q": q or "", "country": code or "",
        "country_choices": country_choices(), "downloads": download_links(request, "actors")})


@router.get("/actors/{actor_id:path}", response_model=None)
def actor(request: Request, actor_id: str, page: PageDep, db: StoreDep) -> Response:
    page = Page(page.after, min(page.limit, 200), page.desc, page.before)
    data = found_or_404(lambda i: views.actor(db, i, page), actor_id,
                        Errors.E309.format(id=actor_id))
    if wanted(request) == "json":
        data.pop("chart_rows")
        return json_response(data)
    return render(request, "actor.html", {
        **data, **pager(request, data["events"], page),
        "chart": views.actor_chart(data["chart_rows"]), "role_names": views.ROLE_NAMES})


@router.get("/incidents", response_model=None)
@router.get("/incidents.json", response_model=None)
def incidents(request: Request, page: PageDep, db: StoreDep,
              start: str | None = None, end: str | None = None,
              country: Annotated[str | None, Query(max_length=100)] = None,
              event: Annotated[list[str] | None, Query()] = None,
              min_reports: Annotated[int, Query(ge=1, le=MAX_REPORTS)] = 1) -> Response:
    code, types = resolve_country(country), check_events(event or [])
    rows = views.incidents(db, start or None, end or None, code, types, min_reports,
                           Page(page.before or page.after, page.limit,
                                page.desc != bool(page.before)))
    if page.before:
        rows.reverse()
    answer = listing(request, rows, page.limit, "incidents", default="html")
    if answer is not None:
        return answer
    return render(request, "incidents.html", {
        **pager(request, rows, page), "start": start or "", "end": end or "",
        "country": code or "", "event": types, "min_reports": min_reports,
        "downloads": download_links(request, "incidents"), **form_context(request, db)})


@router.get("/incidents/{incident_id:path}", response_model=None)
def incident(request: Request, incident_id: str, db: StoreDep) -> Response:
    found = found_or_404(lambda i: corpus_reads.incident(db, i), incident_id,
                         Errors.E310.format(id=incident_id))
    if wanted(request) == "json":
        return json_response(found)
    return render(request, "incident.html", {"i": found})


@router.get("/quotes", response_model=None)
@router.get("/quotes.json", response_model=None)
def quotes(request: Request, page: PageDep, db: StoreDep,
           speaker: Annotated[str | None, Query(max_length=200)] = None,
           country: Annotated[str | None, Query(max_length=100)] = None,
           q: Annotated[str | None, Query(max_length=200)] = None,
           start: str | None = None, end: str | None = None) -> Response:
    code = resolve_country(country)
    rows = db.quotes(speaker=speaker or None, country=code, text=q or None,
                     start=start or None, end=end or None, after=page.before or page.after,
                     limit=page.limit + 1, desc=page.desc != bool(page.before),
                     arrow=True).to_pylist()
    if page.before:
        rows.reverse()
    answer = listing(request, rows, page.limit, "quotes", default="html")
    if answer is not None:
        return answer
    return render(request, "quotes.html", {
        **pager(request, rows, page), "speaker": speaker or "", "country": code or "",
        "q": q or "", "start": start or "", "end": end or "",
        "downloads": download_links(request, "quotes"), **form_context(request, db)})


@router.get("/places/{place_id:path}", response_model=None)
def place(request: Request, place_id: str, page: PageDep, db: StoreDep) -> Response:
    data = found_or_404(lambda i: views.place(db, i, page), place_id,
                        Errors.E313.format(id=place_id))
    if wanted(request) == "json":
        data.pop("f")
        return json_response(data)
    query = "?" + urlencode({"place": data["place"]["id"]})
    return render(request, "place.html", {
        **data, **pager(request, data["rows"], page), "events_url": "/events" + query,
        "map_url": "/map" + query, "downloads": [
            (label, url.split("?")[0] + query) for label, url in
            download_links(request, "events")]})


@twin("/talks")
def talks(request: Request, db: StoreDep,
          between: Annotated[list[str] | None, Query()] = None,
          start: str | None = None, end: str | None = None, after: str | None = None,
          limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> Response:
    answer = talks_response(request, db, between, start, end, after, limit, "html")
    if isinstance(answer, Response):
        return answer
    chart = talks_timeline(answer["tracks"], start or None, end or None)
    return render(request, "talks.html", {**answer, "chart": chart, "start": start or "",
                                          "end": end or "",
                                          "between_text": ",".join(answer["between"])})


@router.get("/code", response_model=None)
def code_form(request: Request) -> Response:
    if request.app.state.coding == "off":
        raise HTTPException(403, Errors.E319)
    return render(request, "code.html", {"result": None, "form": {},
                                         "max_bytes": MAX_BODY_BYTES})


@router.post("/code", response_model=None)
async def code_page(request: Request, text: Annotated[str, Form()] = "",
                    published: Annotated[str, Form()] = "",
                    title: Annotated[str, Form()] = "",
                    upload: Annotated[UploadFile | None, File()] = None,
                    store_it: Annotated[str, Form()] = "",
                    token: Annotated[str, Form()] = "") -> Response:
    """Code a pasted or uploaded article and show it; store it only with the token. The
    coding runs in the app's worker pool; this handler only awaits it."""
    coding_allowed(request, token or None)
    form = {"text": text, "published": published, "title": title}
    html = None
    if upload is not None and upload.filename:
        raw = (await upload.read()).decode("utf-8", errors="replace")
        name = upload.filename.lower()
        if name.endswith((".html", ".htm")) or raw.lstrip().startswith("<"):
            html = raw
        else:
            text = raw
    if store_it:
        check_token(request, token or None)  # before the work, not after it
    try:
        coded = await code_or_problem(request, text or None, html, published or None,
                                      title or None)
    except HTTPException as exc:
        if exc.status_code != 422:
            raise
        return render(request, "code.html", {"result": None, "form": form,
                                             "error": str(exc.detail),
                                             "max_bytes": MAX_BODY_BYTES}, status=422)
    stored = None
    if store_it:
        stored_id, created = await run_in_threadpool(store_coded, request, coded)
        stored = stored_id if created else f"{stored_id} (already stored)"
    if wanted(request) == "json":
        return json_response(coded.to_dict())
    return render(request, "code.html", {
        "result": views.article_view(None, coded), "form": form, "stored": stored,
        "max_bytes": MAX_BODY_BYTES})
