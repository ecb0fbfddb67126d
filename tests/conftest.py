"""Shared fixtures: the real pipeline, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "lavrov-antalya.txt"


@pytest.fixture(scope="session")
def nlp():
    from parley.pipeline import cached_pipeline

    return cached_pipeline()


@pytest.fixture(scope="session")
def code(nlp):
    """code(text, published=None) -> CodedArticle through the real pipeline."""
    from parley.ingest import article_from_text
    from parley.pipeline import code_shell

    def _code(text: str, published: str | None = None, article_id: str = "t"):
        return code_shell(nlp, article_from_text(text, article_id=article_id, published=published))

    return _code


@pytest.fixture(scope="session")
def example_coded(code):
    return code(EXAMPLE.read_text(encoding="utf-8"), published="2022-03-10", article_id="lavrov-antalya")


class _SlowOnly(RuntimeError):
    """A test started a process, Ray or a server without the ``slow`` mark."""


@pytest.fixture(autouse=True)
def _heavy_work_needs_slow_mark(request, monkeypatch):
    """Tests that start a subprocess, a worker process, Ray or a server carry ``@pytest.mark.slow``.

    ``make test-fast`` (``-m "not slow"``) must stay quick; this guard makes a missing mark an
    error instead of a slow fast suite. Slow tests run with everything allowed.
    """
    if request.node.get_closest_marker("slow"):
        yield
        return
    import multiprocessing.process
    import subprocess

    def refuse(what: str):
        def _refuse(*args, **kwargs):
            raise _SlowOnly(f"{request.node.nodeid} starts {what}: mark it @pytest.mark.slow")
        return _refuse

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse("a subprocess"))
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse("a worker process"))
    try:
        import ray
        monkeypatch.setattr(ray, "init", refuse("Ray"))
    except ImportError:  # pragma: no cover
        pass
    import uvicorn
    monkeypatch.setattr(uvicorn.Server, "run", refuse("a server"))
    yield


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """A headless Debian chromium per test module. Playwright's sync API runs an event loop in
    this thread while it lives: two browsers alive at once refuse to start, and a later test's
    ``asyncio.run`` would fail, so each module's browser closes when the module ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
