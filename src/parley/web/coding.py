"""Code a posted article with the real pipeline (loaded once, lazily, shared by threads)."""
from __future__ import annotations

import hashlib
import threading
from typing import Any

from parley.errors import Errors, TooLong
from parley.ingest import DEFAULT_OPTIONS, IngestError
from parley.ingest.records import shell_from_record
from parley.pipeline import cached_pipeline, code_shell
from parley.schema import CodedArticle

MAX_TEXT_CHARS = 200_000  # longer posted texts get 413 (the body limit catches bigger ones)
_lock = threading.Lock()


def pipeline() -> Any:
    """The process's pipeline; the first call loads it (a few seconds)."""
    with _lock:
        return cached_pipeline()


def code_posted(text: str | None, html: str | None, published: str | None = None,
                title: str | None = None, source: str | None = None, url: str | None = None,
                article_id: str | None = None) -> CodedArticle:
    """Posted text or HTML -> CodedArticle; IngestError (with its reason) for unusable input."""
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
    shell = shell_from_record(record, record_id, "posted", DEFAULT_OPTIONS)
    nlp = pipeline()
    with _lock:  # one spaCy call at a time: the pipeline is not documented thread-safe
        return code_shell(nlp, shell)
