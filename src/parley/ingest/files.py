"""Readers for one file each: plain text, an HTML page, JSONL records, CSV rows."""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from parley.ingest import reasons
from parley.ingest.clean import make_shell
from parley.ingest.decode import decode_text, looks_binary
from parley.ingest.errors import IngestError
from parley.ingest.html import extract_page
from parley.ingest.options import IngestOptions
from parley.ingest.records import attempt, shell_from_record
from parley.schema import CodedArticle, Failure

Result = CodedArticle | Failure
CSV_TEXT_COLUMNS = ("text", "body", "content")


def read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing files over ``limit`` before reading them."""
    size = path.stat().st_size
    if size > limit:
        raise IngestError(reasons.too_large(size, limit))
    return path.read_bytes()


def read_text_file(path: Path, options: IngestOptions) -> Iterator[Result]:
    """A .txt file is one article; its id is the file stem."""

    def build() -> CodedArticle:
        text, warnings = decode_text(read_capped(path, options.max_bytes))
        return make_shell(text, path.stem, options=options, warnings=warnings, input_name=str(path))

    yield attempt(str(path), build)


def read_html_file(path: Path, options: IngestOptions) -> Iterator[Result]:
    """An .html page is one article: trafilatura's main text, title, date and URL."""

    def build() -> CodedArticle:
        data = read_capped(path, options.max_html_bytes)
        if not data.strip():
            raise IngestError(reasons.EMPTY)
        if looks_binary(data):
            raise IngestError(reasons.BINARY)
        page = extract_page(data)
        return make_shell(
            page.text, path.stem, published=page.published, title=page.title,
            source=page.source, url=page.url, options=options, input_name=str(path),
        )

    yield attempt(str(path), build)


#: a news record is an object of strings and a few small lists; deeper nesting is hostile
#: (Python's JSON reader recurses and would abort the whole run past about 1,000 levels)
MAX_JSON_DEPTH = 32
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def json_depth(line: str) -> int:
    """The deepest nesting of objects and arrays in a JSON text (strings skipped): linear, no
    recursion, so a hostile line is measured before it is parsed."""
    depth = deepest = 0
    for ch in _JSON_STRING.sub("", line):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


@dataclass(frozen=True)
class LongLine:
    """A line over the length limit, skipped without being held: only its size is kept."""

    size: int


_SKIP = 1 << 20


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | LongLine]:
    """The stream's lines (with their ``\\n``), each at most ``limit`` bytes; a longer line is
    read through in 1 MB steps and comes out as ``LongLine(size)``, so memory stays bounded."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP)
            if not line:
                break
            size += len(line)
        yield LongLine(size)


def jsonl_record(raw: bytes | LongLine, number: int, where: str, stem: str,
                 options: IngestOptions) -> Result:
    """One JSONL line (line ``number``, named ``where``) to an article shell or a Failure."""
    if isinstance(raw, LongLine):
        return Failure(where, reasons.too_long_line(raw.size, options.max_record_bytes))
    try:
        line, warnings = decode_text(raw)
        if json_depth(line) > MAX_JSON_DEPTH:
            return Failure(where, reasons.malformed_json(
                number, f"nested deeper than {MAX_JSON_DEPTH} levels"))
        record = json.loads(line)
    except IngestError as exc:
        return Failure(where, str(exc))
    except json.JSONDecodeError as exc:
        detail = f"{exc.msg.removesuffix(' at')} (column {exc.colno})"
        return Failure(where, reasons.malformed_json(number, detail))
    except ValueError:  # a number past Python's int digit limit (found by fuzz/fuzz_readers.py)
        detail = f"a number longer than {sys.get_int_max_str_digits()} digits"
        return Failure(where, reasons.malformed_json(number, detail))
    if not isinstance(record, dict):
        return Failure(where, reasons.malformed_json(number, "expected an object {...}"))
    return attempt(where, shell_from_record, record, f"{stem}-{number}", where, options, warnings)


def read_jsonl_lines(
    lines: Iterable[bytes | LongLine], name: str, stem: str, options: IngestOptions
) -> Iterator[Result]:
    """One article per JSON line; a bad line is a Failure naming ``name:line``, others go on."""
    seen = False
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, LongLine) or raw.strip():
            seen = True
            yield jsonl_record(raw, number, f"{name}:{number}", stem, options)
    if not seen:
        yield Failure(input=name, reason=reasons.EMPTY)


def read_jsonl_file(path: Path, options: IngestOptions) -> Iterator[Result]:
    """A .jsonl file: ``id``, ``text`` or ``html``, optional ``published``/``title``/``source``/``url``."""
    try:
        with path.open("rb") as fh:
            if looks_binary(fh.read(8192)):
                yield Failure(str(path), reasons.BINARY)
                return
            fh.seek(0)
            lines = bounded_lines(fh, options.max_record_bytes)
            yield from read_jsonl_lines(lines, str(path), path.stem, options)
    except OSError as exc:
        yield Failure(str(path), reasons.unreadable(exc))


#: a CSV file stops being read after this many malformed rows (each one a failure line)
MAX_CSV_ERRORS = 100


def _csv_rows(path: Path, options: IngestOptions) -> tuple[csv.DictReader, str, list[str]]:
    text, warnings = decode_text(read_capped(path, options.max_file_bytes))
    if not text.strip():
        raise IngestError(reasons.EMPTY)
    csv.field_size_limit(options.max_record_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if len(reader.fieldnames or []) > options.max_fields:
        raise IngestError(reasons.too_many_fields(len(reader.fieldnames or []),
                                                  options.max_fields))
    columns = {c.strip().lower(): c for c in reader.fieldnames or [] if c}
    column = next((columns[c] for c in CSV_TEXT_COLUMNS if c in columns), None)
    if column is None:
        raise IngestError(reasons.CSV_NO_TEXT_COLUMN)
    return reader, column, warnings


def read_csv_file(path: Path, options: IngestOptions) -> Iterator[Result]:
    """A .csv file: a ``text``/``body``/``content`` column, plus id/published/title/source/url."""
    try:
        reader, column, warnings = _csv_rows(path, options)
    except IngestError as exc:
        yield Failure(str(path), str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - unreadable file, reported not raised
        yield Failure(str(path), reasons.unreadable(exc))
        return
    row_number, row_start, errors = 0, reader.line_num + 1, 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            if not row_number and not errors:  # a header and no rows: say so, not nothing
                yield Failure(str(path), reasons.EMPTY)
            return
        except csv.Error as exc:  # one bad row (a field over the limit, a NUL): go on after it
            errors += 1
            yield Failure(f"{path}:{row_start}", reasons.malformed("CSV", str(exc)))
            # the C reader does not always count the line it failed on
            row_start = reader.line_num + 1 if reader.line_num >= row_start else row_start + 1
            if errors >= MAX_CSV_ERRORS:
                yield Failure(str(path), reasons.malformed(
                    "CSV", f"{errors} bad rows; stopped reading the file"))
                return
            continue
        row_number += 1
        where, row_start = f"{path}:{row_start}", reader.line_num + 1
        rest = row.get(None) or []
        fields = len(row) - (None in row) + len(rest)
        if fields > options.max_fields:
            yield Failure(where, reasons.too_many_fields(fields, options.max_fields))
            continue
        record = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        record["text"] = row.get(column) or ""
        fallback_id = f"{path.stem}-{row_number}"
        yield attempt(where, shell_from_record, record, fallback_id, where, options, warnings)
