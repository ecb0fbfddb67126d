"""The FastAPI app behind ``parley serve``: pages, the /api/v1 API, static files, safe defaults.

Every asset is served from this package (``static/``); nothing is fetched from elsewhere.
Reads come from a snapshot of the store (``snapshot.py``) so ``parley ingest`` can write the
same file meanwhile.
"""
from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from parley import __version__
from parley.web import errors
from parley.web.coding import QUEUE, TIMEOUT, WORKERS, CodingPool
from parley.web.routes import api, downloads, pages
from parley.web.security import (
    BODY_TIMEOUT,
    MAX_BODY_BYTES,
    BodyLimit,
    HostGuard,
    SameOrigin,
    SecurityHeaders,
)
from parley.web.snapshot import SnapshotStore

CODING_MODES = ("open", "token", "off")  # who may use the coding routes

HERE = Path(__file__).parent


def templates() -> Jinja2Templates:
    """Jinja2 with autoescape on for every template (``.html``), plus small filters."""
    t = Jinja2Templates(directory=str(HERE / "templates"))
    t.env.autoescape = True
    t.env.filters["q"] = lambda value: quote(str(value), safe="")
    t.env.filters["num"] = lambda value: f"{int(value):,}" if value is not None else "–"
    return t


def create_app(db: str | Path, token: str | None = None, max_body: int = MAX_BODY_BYTES, *,
               allowed_hosts: tuple[str, ...] = (), coding: str = "open",
               coding_workers: int = WORKERS, coding_queue: int = QUEUE,
               coding_timeout: float = TIMEOUT, body_timeout: float = BODY_TIMEOUT) -> FastAPI:
    """The app over the store at ``db``; ``token`` enables the write routes.

    ``allowed_hosts``: Host names answered besides loopback names and IP addresses (``*``: any).
    ``coding``: ``open`` (anyone who can reach the server may code), ``token`` (the coding
    routes need the token too) or ``off`` (403). Coding runs in a pool of ``coding_workers``
    threads with ``coding_queue`` waiting places and ``coding_timeout`` seconds per request.
    """
    if coding not in CODING_MODES:
        raise ValueError(f"coding must be one of {CODING_MODES}")
    if coding == "token" and not token:
        raise ValueError("coding='token' needs a token")
    app = FastAPI(
        title="Parley API",
        version=__version__,
        description="Sourced event data from a Parley store: articles, events, incidents, "
                    "actors, quotes, places and talks. Lists are JSON or CSV with keyset pages.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.snap = SnapshotStore(db)
    app.state.token = token or None
    app.state.templates = templates()
    app.state.write_lock = threading.Lock()
    app.state.coding = coding
    app.state.coder = CodingPool(coding_workers, coding_queue, coding_timeout)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(downloads.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(BodyLimit, limit=max_body, timeout=body_timeout)
    app.add_middleware(SameOrigin)
    app.add_middleware(HostGuard, allowed=tuple(allowed_hosts))
    app.add_middleware(SecurityHeaders)  # outermost: its headers and last-resort 500 cover all

    return app


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Remove the snapshot copies and stop the coding workers when the server stops."""
    yield
    app.state.coder.shutdown()
    app.state.snap.close()
