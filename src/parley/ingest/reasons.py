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


def too_large(size: int, limit: int) -> str:
    return f"too large: {size} bytes > {limit} byte limit"


def too_long(chars: int, limit: int) -> str:
    return f"too long: {chars} characters > {limit} character limit"


def unsupported_language(code: str) -> str:
    return f"unsupported language: {code}"


def malformed_json(line: int, detail: str) -> str:
    return f"malformed JSON at line {line}: {detail}"


def malformed(kind: str, detail: str) -> str:
    return f"malformed {kind}: {detail}"


def unsupported_type(suffix: str, known: str) -> str:
    return f"unsupported file type {suffix!r} (known: {known})"


def unreadable(exc: BaseException) -> str:
    return f"unreadable input: {type(exc).__name__}: {exc}"
