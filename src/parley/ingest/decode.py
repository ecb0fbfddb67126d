"""Bytes to text: refuse binary data, accept non-UTF-8 text with a recorded warning."""
from __future__ import annotations

import codecs

from parley.ingest import reasons
from parley.ingest.errors import IngestError

_SNIFF = 8192
_CONTROL_OK = {9, 10, 12, 13, 27}  # tab, newline, form feed, carriage return, escape
FALLBACKS = ("cp1252", "latin-1")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB mean this is not a text file."""
    head = data[:_SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _CONTROL_OK)
    return bool(head) and controls / len(head) > 0.1


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode ``data`` as UTF-8, else a Windows/Latin-1 fallback; returns (text, warnings).

    Raises IngestError for binary data.
    """
    if looks_binary(data):
        raise IngestError(reasons.BINARY)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ["not UTF-8: decoded as UTF-16"]
        except UnicodeDecodeError as exc:
            raise IngestError(reasons.BINARY) from exc
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    for encoding in FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"not UTF-8 (invalid at {where}): decoded as {encoding}"]
    raise IngestError(reasons.BINARY)  # unreachable: latin-1 decodes every byte
