"""Errors as RFC 9457 problem details (application/problem+json): never a traceback.

Browsers asking for HTML get the same facts on a plain page. Unexpected exceptions are
answered by ``security.SecurityHeaders`` (the outermost layer of the app).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley.errors import CodingBusy, CodingTimeout, Errors
from parley.store import QueryError, SchemaError, StoreError
from parley.web.coding import RETRY_AFTER
from parley.web.snapshot import StoreBusy

PROBLEM = "application/problem+json"
log = logging.getLogger("parley.web")


def problem(status: int, detail: str, request: Request | None = None,
            headers: Mapping[str, str] | None = None, **extra: Any) -> Response:
    """A problem+json response (or an HTML page when a browser asked for a page)."""
    title = HTTPStatus(status).phrase
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    if request is not None:
        body["instance"] = request.url.path
        if _wants_html(request):
            try:
                return request.app.state.templates.TemplateResponse(
                    request, "error.html", {"problem": body, "path": request.url.path,
                                            "query": request.query_params.multi_items()[:30]},
                    status_code=status, headers=headers)
            except Exception:
                log.exception("error page failed on %s", request.url.path)
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith((".json", ".csv")):
        return False
    return "text/html" in request.headers.get("accept", "")


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into a problem response."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return problem(exc.status_code, str(exc.detail), request, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": [str(x) for x in e.get("loc", ())], "msg": e.get("msg", "")}
                  for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors)
        return problem(422, detail or "invalid request", request, errors=errors)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return problem(400, str(exc), request)

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> Response:
        return problem(503, "the store is being written by another process; try again shortly",
                       request, headers={"Retry-After": "2"})

    @app.exception_handler(StoreError)
    @app.exception_handler(SchemaError)
    async def store_error(request: Request, exc: Exception) -> Response:
        log.warning("store error on %s: %s", request.url.path, exc)
        return problem(503, without_paths(str(exc)), request)

    @app.exception_handler(duckdb.Error)
    async def store_unreadable(request: Request, exc: duckdb.Error) -> Response:
        # a store damaged after start, a snapshot removed under us …: logged in full here,
        # answered without the server's paths or internals
        log.error("store read failed on %s: %s", request.url.path, exc)
        return problem(503, Errors.E322.format(kind=type(exc).__name__), request,
                       headers={"Retry-After": "5"})

    @app.exception_handler(CodingBusy)
    async def coder_busy(request: Request, exc: CodingBusy) -> Response:
        return problem(503, str(exc), request, headers={"Retry-After": str(RETRY_AFTER)})

    @app.exception_handler(CodingTimeout)
    async def coder_timeout(request: Request, exc: CodingTimeout) -> Response:
        return problem(503, str(exc), request, headers={"Retry-After": str(RETRY_AFTER)})


_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\'\"():,;]+)+[/\\]([^\s/\\'\"():,;]+)")


def without_paths(text: str) -> str:
    """A message with every absolute file path cut to its last part: a response never shows
    where the server keeps its files (the server log has the full message)."""
    return _PATH.sub(lambda m: m.group(1), text)
