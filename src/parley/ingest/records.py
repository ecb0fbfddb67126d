"""One record (a JSONL line, a CSV row, a feed item) to an article shell, or a Failure."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from parley.ingest import reasons
from parley.ingest.clean import make_shell
from parley.ingest.errors import IngestError
from parley.ingest.html import extract_page
from parley.ingest.options import IngestOptions
from parley.schema import CodedArticle, Failure


def attempt(
    input_name: str, build: Callable[..., CodedArticle], *args: Any
) -> CodedArticle | Failure:
    """``build(*args)``; any failure becomes a Failure naming the input, never an exception."""
    try:
        return build(*args)
    except IngestError as exc:
        return Failure(input=input_name, reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - hostile input must not stop a batch
        return Failure(input=input_name, reason=reasons.unreadable(exc))


def _field(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return str(value)


def shell_from_record(
    record: Mapping[str, Any],
    fallback_id: str,
    input_name: str,
    options: IngestOptions,
    warnings: list[str] | None = None,
) -> CodedArticle:
    """Article shell from a mapping with ``text`` or ``html`` and optional metadata fields."""
    notes = list(warnings or [])
    article_id = _field(record, "id")
    if article_id is None:
        article_id = fallback_id
        notes.append(f"no id: using {fallback_id!r}")
    meta = {k: _field(record, k) for k in ("title", "source", "url")}
    published: Any = record.get("published")
    text, html = record.get("text"), record.get("html")
    if text is None and html is None:
        raise IngestError(reasons.NO_TEXT_FIELD)
    if text is not None and not isinstance(text, str):
        raise IngestError(f"field 'text' is not a string but {type(text).__name__}")
    if text is None:
        if not isinstance(html, str):
            raise IngestError(f"field 'html' is not a string but {type(html).__name__}")
        if len(html.encode("utf-8", errors="replace")) > options.max_html_bytes:
            raise IngestError(reasons.too_large(len(html.encode()), options.max_html_bytes))
        page = extract_page(html, url=meta["url"])
        text = page.text
        meta = {
            "title": meta["title"] or page.title,
            "source": meta["source"] or page.source,
            "url": meta["url"] or page.url,
        }
        published = published or page.published
    return make_shell(
        text, article_id, published=published, options=options, warnings=notes,
        input_name=input_name, **meta,
    )
