"""RSS and Atom feeds: each item is one article, read from its linked page when we have it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

import feedparser

from parley.ingest import reasons
from parley.ingest.clean import make_shell
from parley.ingest.decode import looks_binary
from parley.ingest.errors import IngestError
from parley.ingest.files import read_capped
from parley.ingest.html import extract_page, fragment_text
from parley.ingest.options import DEFAULT_OPTIONS, IngestOptions
from parley.ingest.records import attempt
from parley.schema import CodedArticle, Failure

HTML_SUFFIXES = (".html", ".htm")


def linked_file(feed_path: Path, link: str | None) -> Path | None:
    """The saved copy of an item's page beside the feed (same file name as the URL's last part)."""
    if not link:
        return None
    name = PurePosixPath(urlparse(link).path).name
    if not name:
        return None
    candidates = [name] if name.lower().endswith(HTML_SUFFIXES) else [name + s for s in HTML_SUFFIXES]
    for candidate in candidates:
        local = feed_path.parent / candidate
        if local.is_file():
            return local
    return None


def _parse(path: Path, options: IngestOptions = DEFAULT_OPTIONS) -> Any:
    data = read_capped(path, options.max_file_bytes)
    if not data.strip():
        raise IngestError(reasons.EMPTY)
    if looks_binary(data):
        raise IngestError(reasons.BINARY)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise IngestError(reasons.malformed("feed", str(parsed.get("bozo_exception", "")).strip()))
        raise IngestError(reasons.NOT_A_FEED if not parsed.get("version") else reasons.EMPTY)
    return parsed


def linked_files(path: Path) -> set[Path]:
    """Local pages a feed links to, so a folder walk does not read them twice."""
    try:
        parsed = _parse(path)
    except Exception:  # noqa: BLE001 - an unreadable feed links to nothing
        return set()
    return {f for e in parsed.entries if (f := linked_file(path, e.get("link")))}


def _item_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value") if contents else entry.get("summary")
    return fragment_text(html or "")


def _build(path: Path, number: int, entry: Any, options: IngestOptions) -> CodedArticle:
    where = f"{path}#{number}"
    link = entry.get("link")
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    title = entry.get("title")
    local = linked_file(path, link)
    text, source = "", None
    if local is not None:
        size = local.stat().st_size
        if size > options.max_html_bytes:
            raise IngestError(reasons.too_large(size, options.max_html_bytes))
        page = extract_page(local.read_bytes(), url=link)
        text, title = page.text, title or page.title
        published, source = published or page.published, page.source
    else:
        text = _item_text(entry)
    warnings = []
    if not text and title:
        text = title
        warnings.append("feed item without content: coded its title only")
    return make_shell(
        text, f"{path.stem}-{number}", published=published, title=title, source=source,
        url=link, options=options, warnings=warnings, input_name=where,
    )


def read_feed_file(path: Path, options: IngestOptions) -> Iterator[CodedArticle | Failure]:
    """Articles from an RSS/Atom file, named ``path#N`` (N counts items from 1)."""
    try:
        parsed = _parse(path, options)
    except IngestError as exc:
        yield Failure(str(path), str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        yield Failure(str(path), reasons.unreadable(exc))
        return
    source = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        result = attempt(f"{path}#{number}", _build, path, number, entry, options)
        if isinstance(result, CodedArticle) and result.article.source is None:
            result.article.source = source
        yield result
