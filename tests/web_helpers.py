"""Helpers for the web tests: a real uvicorn server on a free port, and stores built with the
real pipeline (the example article plus a hostile one)."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import uvicorn

from parley import Store
from parley.schema import CodedArticle

HOSTILE_TEXT = (
    'Foreign minister Anna Berg said on Monday that talks with Ukraine had failed. '
    '"<script>alert(1)</script> We will not agree," Berg told reporters in Vienna.\n\n'
    'A statement signed "><img src=x onerror=alert(2)> called for a ceasefire between '
    'Russia and Ukraine.'
)
HOSTILE_TITLE = '"><img src=x onerror=alert(3)> Talks fail'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(path: Path, articles: list[CodedArticle]) -> Path:
    with Store(path) as store:
        store.add_many(articles)
        store.update_incidents()
    return path


LOCK_HOLDER = ("import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
               "print('locked', flush=True); sys.stdin.read()")


@contextmanager
def write_locked(path: Path) -> Iterator[subprocess.Popen]:
    """Another process holds ``path`` open for writing (as `parley ingest` does) until the
    block ends or ``release(proc)`` is called."""
    proc = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        release(proc)


def release(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=20)


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # not the main thread
        return None


@contextmanager
def running(app, **limits) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on 127.0.0.1, configured as `parley serve` does
    (``limits``: ``server_config``'s header_timeout, keep_alive, max_connections); yield its
    base URL."""
    from parley.web.server import server_config

    port = free_port()
    server = _Server(server_config(app, "127.0.0.1", port, **limits))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class QuoteMarks(HTMLParser):
    """Reads an article page: the text inside each highlighted quote and its speaker label."""

    def __init__(self) -> None:
        super().__init__()
        self.quotes: dict[str, str] = {}
        self.speakers: dict[str, str] = {}
        self.removed: list[str] = []
        self._stack: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._stack:
            return
        attrs = self._stack[-1][1]
        classes = attrs.get("class", "").split()
        if "speaker-label" in classes and attrs.get("data-quote"):
            self.speakers[attrs["data-quote"]] = data
        elif "hl-quote" in classes:
            for qid in attrs.get("data-quote", "").split():
                self.quotes[qid] = self.quotes.get(qid, "") + data
        if any("removed" in a.get("class", "").split() for _, a in self._stack):
            self.removed.append(data)
