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
from parley.web.routes import api, downloads, pages
from parley.web.security import MAX_BODY_BYTES, BodyLimit, SecurityHeaders
from parley.web.snapshot import SnapshotStore

HERE = Path(__file__).parent


def templates() -> Jinja2Templates:
    """Jinja2 with autoescape on for every template (``.html``), plus small filters."""
    t = Jinja2Templates(directory=str(HERE / "templates"))
    t.env.autoescape = True
    t.env.filters["q"] = lambda value: quote(str(value), safe="")
    t.env.filters["num"] = lambda value: f"{int(value):,}" if value is not None else "–"
    return t


def create_app(db: str | Path, token: str | None = None, max_body: int = MAX_BODY_BYTES
               ) -> FastAPI:
    """The app over the store at ``db``; ``token`` enables the write routes."""
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
    errors.install(app)
    app.include_router(api.router)
    app.include_router(downloads.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)

    return app


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Remove the snapshot copies when the server stops."""
    yield
    app.state.snap.close()
