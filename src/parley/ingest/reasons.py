"""Every reason an input can fail ingest, in one place, so users can search for the message."""
from __future__ import annotations

EMPTY = "empty input"
EMPTY_AFTER_CLEANING = "no article text left after removing boilerplate"
BINARY = "binary input, not text"
NO_ARTICLE = "HTML with no article"
NO_SUCH_INPUT = "no such file or folder"
NO_TEXT_FIELD = "record without text or html"
NOT_A_FEED = "XML is not an RSS or Atom feed"
CSV_NO_TEXT_COLUMN = "CSV without a text column (text, body or content)"


#: longest detail kept in a reason (an exception's message may quote a whole hostile line)
DETAIL_CHARS = 200


def printable(text: str, limit: int = DETAIL_CHARS) -> str:
    """``text`` fit for one line of a failure reason: control characters, raw bytes decoded as
    Latin-1 and other unprintable characters become ``\\xNN``-style escapes; at most ``limit``
    characters, marked with "…" when cut."""
    out = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    out = " ".join(out.split())
    return out if len(out) <= limit else out[: limit - 1] + "…"


def too_large(size: int, limit: int) -> str:
    return f"too large: {size} bytes > {limit} byte limit"


def too_long(chars: int, limit: int) -> str:
    return f"too long: {chars} characters > {limit} character limit"


def unsupported_language(code: str) -> str:
    return f"unsupported language: {code}"


def too_long_line(size: int, limit: int) -> str:
    return f"record too long: {size} bytes > {limit} byte limit (max_record_bytes)"


def too_many_fields(count: int, limit: int) -> str:
    return f"too many fields: {count} > {limit} (max_fields)"


def inflates_too_much(limit: int) -> str:
    return (f"decompresses to more than {limit} bytes (max_inflate_ratio × file size): "
            "refused as a possible zip bomb")


def truncated_warc(detail: str) -> str:
    return f"truncated WARC record: {printable(detail)}"


def malformed_json(line: int, detail: str) -> str:
    return f"malformed JSON at line {line}: {printable(detail)}"


def malformed(kind: str, detail: str) -> str:
    return f"malformed {kind}: {printable(detail)}"


def unsupported_type(suffix: str, known: str) -> str:
    return f"unsupported file type {suffix!r} (known: {known})"


def unreadable(exc: BaseException) -> str:
    return f"unreadable input: {type(exc).__name__}: {printable(str(exc))}"
