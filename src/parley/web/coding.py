"""Code a posted article with the real pipeline, off the event loop, in a bounded worker pool.

The spaCy pipeline is not thread-safe per instance (the events component keeps per-article
state), so each worker thread owns its own pipeline: the first worker uses the process's cached
one, any further worker loads its own. Work beyond ``workers + queue`` is refused at once
(``CodingBusy``: 503 with Retry-After), and a request that waits or runs longer than
``timeout`` seconds is answered with ``CodingTimeout`` (504); a job that has not started by its
deadline is dropped, one already running finishes in its worker (Python cannot stop a thread)
but its answer is thrown away. Reads never go through this pool, so they keep being answered
while coding is saturated. See docs/security.md.
"""
from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from parley.errors import CodingBusy, CodingTimeout, Errors, TooLong
from parley.ingest import DEFAULT_OPTIONS, IngestError
from parley.ingest.records import shell_from_record
from parley.pipeline import cached_pipeline, code_shell, load_pipeline
from parley.schema import CodedArticle

__all__ = ["MAX_TEXT_CHARS", "CodingBusy", "CodingPool", "CodingTimeout", "TooLong",
           "code_posted", "posted_shell"]

MAX_TEXT_CHARS = 200_000  # longer posted texts get 413 (the body limit catches bigger ones)
WORKERS = 1  # coding threads (each with its own pipeline)
QUEUE = 4  # requests that may wait for a free worker; more get 503
TIMEOUT = 60.0  # seconds a coding request may wait and run in all
RETRY_AFTER = 5  # seconds, sent with the 503 of a full queue

_load_lock = threading.Lock()
_cached_taken = False


def _own_pipeline() -> Any:
    """A pipeline for the calling worker thread alone: the process's cached one for the first
    worker, a fresh load for every other."""
    global _cached_taken
    with _load_lock:
        if not _cached_taken:
            _cached_taken = True
            return cached_pipeline()
    return load_pipeline()


def posted_shell(text: str | None, html: str | None, published: str | None = None,
                 title: str | None = None, source: str | None = None, url: str | None = None,
                 article_id: str | None = None) -> CodedArticle:
    """Posted text or HTML -> the uncoded article; IngestError (with its reason) for unusable
    input, TooLong over the limit. Cheap: runs on the request, before the queue."""
    text, html, published, title, source, url, article_id = (
        _clean(v) for v in (text, html, published, title, source, url, article_id))
    body = text if text else html
    if not body or not body.strip():
        raise IngestError("no text: post `text` or `html`")
    if len(body) > MAX_TEXT_CHARS:
        raise TooLong(Errors.E300.format(size=len(body), limit=MAX_TEXT_CHARS))
    digest = hashlib.sha256(body.encode("utf-8", errors="replace")).hexdigest()[:12]
    record_id = article_id or f"posted-{digest}"
    record = {"id": record_id, "published": published or None,
              "title": title or None, "source": source or None, "url": url or None}
    record["text" if text else "html"] = body
    return shell_from_record(record, record_id, "posted", DEFAULT_OPTIONS)


def _clean(value: str | None) -> str | None:
    """A posted string with lone surrogates (JSON allows "\\ud800") replaced: the tokenizer
    and the store take only valid Unicode."""
    if value is None:
        return None
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def code_posted(text: str | None, html: str | None, published: str | None = None,
                title: str | None = None, source: str | None = None, url: str | None = None,
                article_id: str | None = None) -> CodedArticle:
    """Code in the calling thread with the process's cached pipeline (scripts and tests; the web
    routes go through ``CodingPool``)."""
    shell = posted_shell(text, html, published, title, source, url, article_id)
    with _load_lock:
        nlp = cached_pipeline()
    return code_shell(nlp, shell)


class CodingPool:
    """``workers`` threads, each with its own pipeline; at most ``workers + queue`` requests in
    the pool at once; ``timeout`` seconds per request (waiting included)."""

    def __init__(self, workers: int = WORKERS, queue: int = QUEUE, timeout: float = TIMEOUT,
                 loader: Callable[[], Any] = _own_pipeline) -> None:
        if workers < 1 or queue < 0 or timeout <= 0:
            raise ValueError("workers >= 1, queue >= 0 and timeout > 0")
        self.workers, self.queue, self.timeout = workers, queue, timeout
        self.limit = workers + queue
        self._loader = loader
        self._local = threading.local()
        self._slots = threading.BoundedSemaphore(self.limit)
        self._count_lock = threading.Lock()
        self.in_pool = 0
        self.timed_out = 0
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="parley-coder")

    def _pipeline(self) -> Any:
        nlp = getattr(self._local, "nlp", None)
        if nlp is None:
            nlp = self._local.nlp = self._loader()
        return nlp

    def _job(self, deadline: float, shell: CodedArticle) -> CodedArticle | None:
        if time.monotonic() >= deadline:
            return None  # waited too long: its request has been answered already
        return code_shell(self._pipeline(), shell)

    def _release(self, _: Future[Any]) -> None:
        with self._count_lock:
            self.in_pool -= 1
        self._slots.release()

    async def code(self, shell: CodedArticle) -> CodedArticle:
        """Code ``shell`` in a worker; CodingBusy when the pool is full, CodingTimeout past the
        limit. The event loop only awaits."""
        if not self._slots.acquire(blocking=False):
            raise CodingBusy(Errors.E315.format(waiting=self.limit))
        with self._count_lock:
            self.in_pool += 1
        deadline = time.monotonic() + self.timeout
        try:
            future = self._executor.submit(self._job, deadline, shell)
        except RuntimeError:  # shut down
            self._release(Future())
            raise CodingBusy(Errors.E315.format(waiting=self.limit)) from None
        future.add_done_callback(self._release)
        try:
            result = await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError:
            future.cancel()  # dropped if it has not started; else it finishes unheard
            self.timed_out += 1
            raise CodingTimeout(Errors.E316.format(seconds=self.timeout)) from None
        if result is None:
            self.timed_out += 1
            raise CodingTimeout(Errors.E316.format(seconds=self.timeout))
        return result

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
