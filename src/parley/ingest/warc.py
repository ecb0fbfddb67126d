"""WARC archives (.warc, .warc.gz): every HTML response record is one article."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from parley.ingest import reasons
from parley.ingest.clean import make_shell
from parley.ingest.errors import IngestError
from parley.ingest.html import extract_page
from parley.ingest.options import IngestOptions
from parley.ingest.records import attempt
from parley.schema import CodedArticle, Failure

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(HTML_TYPES)


def _starts_like_warc(path: Path) -> bool:
    """warcio reads any text as an old ARC record; a real WARC file opens with "WARC/"."""
    with path.open("rb") as fh:
        head = fh.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    with opener(path, "rb") as fh:
        return fh.read(5) == b"WARC/"


def read_warc_file(path: Path, options: IngestOptions) -> Iterator[CodedArticle | Failure]:
    """Articles from HTML responses, named ``path#N`` (N counts records from 1)."""
    found = False
    try:
        if not _starts_like_warc(path):
            yield Failure(str(path), reasons.malformed("WARC", "no WARC/1.x record header"))
            return
        with path.open("rb") as fh:
            for number, record in enumerate(ArchiveIterator(fh), start=1):
                if not _is_html_response(record):
                    continue
                found = True
                url = record.rec_headers.get_header("WARC-Target-URI")
                html = record.content_stream().read(options.max_html_bytes + 1)
                yield attempt(f"{path}#{number}", _build, html, url, path, number, options)
    except ArchiveLoadFailed as exc:
        yield Failure(str(path), reasons.malformed("WARC", str(exc).strip()))
        return
    except Exception as exc:  # noqa: BLE001 - a broken archive is reported, not raised
        yield Failure(str(path), reasons.unreadable(exc))
        return
    if not found:
        yield Failure(str(path), "WARC with no HTML responses")


def _build(html: bytes, url: str | None, path: Path, number: int, options: IngestOptions) -> CodedArticle:
    if len(html) > options.max_html_bytes:
        raise IngestError(reasons.too_large(len(html), options.max_html_bytes))
    page = extract_page(html, url=url)
    return make_shell(
        page.text, f"{path.stem.removesuffix('.warc')}-{number}", published=page.published,
        title=page.title, source=page.source, url=page.url or url, options=options,
        input_name=f"{path}#{number}",
    )
