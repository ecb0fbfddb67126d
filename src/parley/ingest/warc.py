"""WARC archives (.warc, .warc.gz): every HTML response record is one article."""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from parley.errors import InflateLimit, TruncatedRecord
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


class _Bounded(io.RawIOBase):
    """A read-only stream over ``inner`` that raises InflateLimit past ``limit`` bytes."""

    def __init__(self, inner: BinaryIO, limit: int) -> None:
        self.inner, self.limit, self.count = inner, limit, 0
        self.cut: str | None = None  # why the compressed stream ended early, if it did

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.inner.close()
        super().close()

    def readinto(self, buffer) -> int:
        if self.cut is not None:
            return 0
        try:
            data = self.inner.read1(min(len(buffer), self.limit - self.count + 1))  # type: ignore[attr-defined]
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            self.cut = f"{type(exc).__name__}: {exc}"  # the records before it still read
            return 0
        self.count += len(data)
        if self.count > self.limit:
            raise InflateLimit(self.limit)
        buffer[: len(data)] = data
        return len(data)


def _open(path: Path, options: IngestOptions) -> tuple[BinaryIO, _Bounded | None]:
    """The archive's uncompressed bytes: a .gz is decompressed here (not by warcio), so its
    size is bounded and a cut-off member is noticed (``_Bounded.cut``) instead of ending
    quietly."""
    with path.open("rb") as fh:
        compressed = fh.read(2) == b"\x1f\x8b"
    if not compressed:
        return path.open("rb"), None
    limit = options.max_inflate_ratio * path.stat().st_size + options.max_html_bytes
    bounded = _Bounded(gzip.open(path, "rb"), limit)  # type: ignore[arg-type] # noqa: SIM115 - closed with the reader
    return io.BufferedReader(bounded, buffer_size=1 << 16), bounded


def read_warc_file(path: Path, options: IngestOptions) -> Iterator[CodedArticle | Failure]:
    """Articles from HTML responses, named ``path#N`` (N counts records from 1).

    A record cut short (a truncated file or gzip member) is a failure naming the record; a
    .gz that decompresses past ``max_inflate_ratio`` × its size stops with one failure."""
    found = False
    number = 0
    bounded: _Bounded | None = None
    try:
        handle, bounded = _open(path, options)
        with handle as fh:
            if fh.peek(5)[:5] != b"WARC/":  # type: ignore[attr-defined]  # warcio would read any text as an old ARC record
                yield Failure(str(path), reasons.malformed("WARC", "no WARC/1.x record header"))
                return
            for number, record in enumerate(ArchiveIterator(fh), start=1):
                if not _is_html_response(record):
                    _drain(record)
                    continue
                found = True
                url = record.rec_headers.get_header("WARC-Target-URI")
                html = record.content_stream().read(options.max_html_bytes + 1)
                if len(html) <= options.max_html_bytes:
                    _drain(record)
                yield attempt(f"{path}#{number}", _build, html, url, path, number, options)
    except TruncatedRecord as exc:
        cut = bounded.cut if bounded is not None and bounded.cut else None
        yield Failure(f"{path}#{number}", reasons.truncated_warc(cut or str(exc)))
        return
    except InflateLimit as exc:
        yield Failure(str(path), reasons.inflates_too_much(int(exc.args[0])))
        return
    except ArchiveLoadFailed as exc:  # its message quotes the bad line: binary, left out
        detail = str(exc).strip().split(", first line:")[0]
        yield Failure(str(path), reasons.malformed("WARC", detail))
        return
    except Exception as exc:  # noqa: BLE001 - a broken archive is reported, not raised
        where = f"{path}#{number + 1}" if number else str(path)
        yield Failure(where, reasons.malformed("WARC", f"{type(exc).__name__}: {exc}"))
        return
    if bounded is not None and bounded.cut:  # cut between records (or in a gzip trailer)
        yield Failure(f"{path}#{number + 1}", reasons.truncated_warc(bounded.cut))
        return
    if not found:
        yield Failure(str(path), "WARC with no HTML responses")


def _drain(record) -> None:
    """Read the rest of the record's body; a body shorter than its Content-Length means the
    archive was cut off inside this record."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    missing = getattr(raw, "limit", 0)
    if missing:
        raise TruncatedRecord(f"{missing} of {record.length} bytes missing at the end of the file")


def _build(html: bytes, url: str | None, path: Path, number: int, options: IngestOptions) -> CodedArticle:
    if len(html) > options.max_html_bytes:
        raise IngestError(reasons.too_large(len(html), options.max_html_bytes))
    page = extract_page(html, url=url)
    return make_shell(
        page.text, f"{path.stem.removesuffix('.warc')}-{number}", published=page.published,
        title=page.title, source=page.source, url=page.url or url, options=options,
        input_name=f"{path}#{number}",
    )
