"""Server-rendered pages; each answers JSON too (``.json`` suffix or Accept: application/json)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response

from parley.errors import Errors
from parley.ingest import IngestError
from parley.store.actor_reads import actors_page
from parley.web import views
from parley.web.coding import TooLong, code_posted
from parley.web.formats import csv_response, json_response, listing, page_url, wanted
from parley.web.params import FiltersDep, PageDep, StoreDep, filter_params
from parley.web.routes.api import store_coded, talks_response
from parley.web.security import MAX_BODY_BYTES, token_ok
from parley.web.talks_timeline import timeline as talks_timeline
from parley.web.timeline import QUADS, stacked_bars

router = APIRouter(include_in_schema=False)


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


@router.get("/", response_model=None)
@router.get("/index.json", response_model=None)
def overview(request: Request, db: StoreDep) -> Response:
    data = views.overview(db)
    if wanted(request) == "json":
        return json_response(data)
    return render(request, "overview.html", {**data, "chart": views.overview_chart(data)})


@twin("/events")
def events(request: Request, f: FiltersDep,
           page: PageDep, db: StoreDep) -> Response:
    fmt = wanted(request)
    data = views.events(db, f, page, facets=fmt != "csv")
    answer = listing(request, data["rows"], page.limit, "events",
                     {"count": data["count"], "facets": data.get("facets")}, default="html")
    if answer is not None:
        return answer
    rows = data["rows"]
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    return render(request, "events.html", {
        **data, "rows": rows, "f": f, "filters": filter_params(f),
        "next_url": page_url(request, after=rows[-1]["cursor"]) if more and rows else None,
        "facet_url": lambda **kw: page_url(request, after=None, **kw),
        "csv_url": page_url(request, format="csv", after=None),
        "map_url": "/map" + page_url(request, after=None, limit=None, order=None)[
            len(request.url.path):],
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
    return render(request, "map.html", {
        **data, "f": f, "points_url": "/map.json" + query,
        "events_url": "/events" + query,
    })


@router.get("/articles", response_model=None)
@router.get("/articles.json", response_model=None)
def articles(request: Request, page: PageDep, db: StoreDep,
             q: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    rows = db.articles(search=q or None, after=page.after, limit=page.limit + 1,
                       desc=page.desc, arrow=True).to_pylist()
    answer = listing(request, rows, page.limit, "articles", default="html")
    if answer is not None:
        return answer
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    return render(request, "articles.html", {
        "rows": rows, "q": q or "",
        "next_url": page_url(request, after=rows[-1]["cursor"]) if more and rows else None})


@router.get("/articles/{article_id:path}", response_model=None)
def article(request: Request, article_id: str, db: StoreDep) -> Response:
    coded = db.get_article(article_id)
    if coded is None and article_id.endswith(".json"):
        coded = db.get_article(article_id[:-5])
    if coded is None:
        raise HTTPException(404, Errors.E308.format(id=article_id))
    if wanted(request) == "json":
        return json_response(coded.to_dict())
    return render(request, "article.html", views.article_view(db, coded))


@router.get("/actors", response_model=None)
@router.get("/actors.json", response_model=None)
def actors(request: Request, page: PageDep, db: StoreDep,
           q: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    rows = actors_page(db, q or None, None, None, page.after, page.limit + 1)
    answer = listing(request, rows, page.limit, "actors", default="html")
    if answer is not None:
        return answer
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    return render(request, "actors.html", {
        "rows": rows, "q": q or "",
        "next_url": page_url(request, after=rows[-1]["cursor"]) if more and rows else None})


@router.get("/actors/{actor_id:path}", response_model=None)
def actor(request: Request, actor_id: str, db: StoreDep) -> Response:
    data = views.actor(db, actor_id)
    if data is None and actor_id.endswith(".json"):
        data = views.actor(db, actor_id[:-5])
    if data is None:
        raise HTTPException(404, Errors.E309.format(id=actor_id))
    if wanted(request) == "json":
        data.pop("chart_rows")
        return json_response(data)
    return render(request, "actor.html", {**data, "chart": stacked_bars(data["chart_rows"])})


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
    return render(request, "code.html", {"result": None, "form": {},
                                         "max_bytes": MAX_BODY_BYTES})


@router.post("/code", response_model=None)
async def code_page(request: Request, text: Annotated[str, Form()] = "",
                    published: Annotated[str, Form()] = "",
                    title: Annotated[str, Form()] = "",
                    upload: Annotated[UploadFile | None, File()] = None,
                    store_it: Annotated[str, Form()] = "",
                    token: Annotated[str, Form()] = "") -> Response:
    """Code a pasted or uploaded article and show it; store it only with the token."""
    form = {"text": text, "published": published, "title": title}
    html = None
    if upload is not None and upload.filename:
        raw = (await upload.read()).decode("utf-8", errors="replace")
        name = upload.filename.lower()
        if name.endswith((".html", ".htm")) or raw.lstrip().startswith("<"):
            html = raw
        else:
            text = raw
    try:
        coded = code_posted(text or None, html, published or None, title or None)
    except TooLong as exc:
        raise HTTPException(413, str(exc)) from None
    except IngestError as exc:
        return render(request, "code.html", {"result": None, "form": form,
                                             "error": str(exc), "max_bytes": MAX_BODY_BYTES},
                      status=422)
    stored = None
    if store_it:
        token_ok(request, token)
        stored = store_coded(request, coded) or "(already stored)"
    if wanted(request) == "json":
        return json_response(coded.to_dict())
    return render(request, "code.html", {
        "result": views.article_view(None, coded), "form": form, "stored": stored,
        "max_bytes": MAX_BODY_BYTES})
