"""Ingest settings in one object with sensible defaults (size limit, language check, data files)."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 2_000_000
#: the longest cleaned article text coded, in characters (``parley.pipeline.MAX_CHARS``); texts
#: over ``parley.pipeline.PIECE_CHARS`` (100,000) are coded in pieces
DEFAULT_MAX_CHARS = 2_000_000


@dataclass(frozen=True)
class IngestOptions:
    """How strict ingest is.

    max_bytes: largest article text accepted, in UTF-8 bytes (2 MB by default).
    max_chars: longest cleaned article text accepted, in characters (2,000,000 by default;
        never more than ``parley.pipeline.MAX_CHARS``, which coding enforces).
    max_html_bytes: largest raw HTML page read (markup is bulkier than text).
    max_record_bytes: longest JSONL line or CSV field (a record may carry a whole HTML page,
        escaped); a longer one is one failure and is skipped without being held in memory.
    max_fields: most fields in a CSV row (and columns in its header).
    max_file_bytes: largest CSV or feed file (these are parsed whole in memory).
    max_inflate_ratio: a .warc.gz may decompress to at most this many times its size (plus
        ``max_html_bytes``); past that it is a zip bomb and reading stops with a failure.
    check_language: reject articles whose language is not English.
    boilerplate_files: extra YAML files with boilerplate entries, added to the bundled ones.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_html_bytes: int = 10 * DEFAULT_MAX_BYTES
    max_record_bytes: int = 25 * DEFAULT_MAX_BYTES
    max_fields: int = 1_000
    max_file_bytes: int = 500 * DEFAULT_MAX_BYTES
    max_inflate_ratio: int = 100
    check_language: bool = True
    boilerplate_files: tuple[str, ...] = ()


DEFAULT_OPTIONS = IngestOptions()
