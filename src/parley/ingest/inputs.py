"""Which reader each input gets: files by extension, folders, globs and stdin, in a fixed order."""
from __future__ import annotations

import glob
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from parley.ingest import reasons
from parley.ingest.clean import make_shell
from parley.ingest.decode import decode_text
from parley.ingest.errors import IngestError
from parley.ingest.feeds import linked_files, read_feed_file
from parley.ingest.files import (
    LongLine,
    bounded_lines,
    read_csv_file,
    read_html_file,
    read_jsonl_file,
    read_jsonl_lines,
    read_text_file,
)
from parley.ingest.options import DEFAULT_OPTIONS, IngestOptions
from parley.ingest.records import attempt
from parley.ingest.warc import read_warc_file
from parley.schema import CodedArticle, Failure

Result = CodedArticle | Failure
Reader = Callable[[Path, IngestOptions], Iterator[Result]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    "": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".csv": read_csv_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}
FEED_SUFFIXES = (".xml", ".rss", ".atom")
STDIN = "-"
STDIN_NAME = "stdin"


def format_suffix(path: Path) -> str:
    """The suffix that picks the reader: ".warc.gz" counts as one, case does not matter."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def read_path(path: str | Path, options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Result]:
    """Articles (or Failures) from one file, chosen by extension; ``-`` reads stdin."""
    if str(path) == STDIN:
        yield from read_stdin(sys.stdin.buffer, options)
        return
    path = Path(path)
    if not path.is_file():
        yield Failure(str(path), reasons.NO_SUCH_INPUT)
        return
    reader = READERS.get(format_suffix(path))
    if reader is None:
        known = ", ".join(s for s in READERS if s)
        yield Failure(str(path), reasons.unsupported_type(format_suffix(path), known))
        return
    yield from reader(path, options)


def read_stdin(stream: BinaryIO, options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Result]:
    """Plain text (one article, id "stdin") or JSONL, told apart by a leading "{".

    JSONL is read line by line, so a long stream of records is never held in memory at once.
    """
    lines = bounded_lines(stream, options.max_record_bytes)
    head: list[bytes | LongLine] = []
    for line in lines:
        head.append(line)
        if isinstance(line, LongLine) or line.strip():
            break
    first = head[-1] if head else b""
    if isinstance(first, bytes) and first.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(itertools.chain(head, lines), STDIN_NAME, STDIN_NAME, options)
        return

    def build() -> CodedArticle:
        if any(isinstance(line, LongLine) for line in head):
            raise IngestError(reasons.too_large(sum(
                line.size if isinstance(line, LongLine) else len(line) for line in head),
                options.max_bytes))
        rest = stream.read(options.max_bytes + 1)
        data = b"".join(line for line in head if isinstance(line, bytes)) + rest
        if len(data) > options.max_bytes:
            raise IngestError(reasons.too_large(len(data), options.max_bytes))
        text, warnings = decode_text(data)
        return make_shell(text, STDIN_NAME, options=options, warnings=warnings, input_name=STDIN_NAME)

    yield attempt(STDIN_NAME, build)


def _folder_files(folder: Path) -> list[Path]:
    """Known-format files under ``folder``, sorted, skipping hidden ones and pages a feed reads."""
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file()
        and format_suffix(p) in READERS and format_suffix(p)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    via_feeds: set[Path] = set()
    for feed in (p for p in files if format_suffix(p) in FEED_SUFFIXES):
        via_feeds |= linked_files(feed)
    return [p for p in files if p not in via_feeds]


def _expand(item: str) -> list[Path] | None:
    """Files an argument names (a file, a folder's files, a glob's matches); None if nothing."""
    path = Path(item)
    if path.is_dir():
        return _folder_files(path)
    if path.is_file():
        return [path]
    if glob.has_magic(item):
        found: list[Path] = []
        for match in sorted(glob.glob(item, recursive=True)):
            found += _folder_files(Path(match)) if Path(match).is_dir() else [Path(match)]
        return found or None
    return None


def iter_inputs(paths: Iterable[str | Path], options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Result]:
    """Every article in ``paths`` (files, folders searched recursively, globs, ``-``), in order."""
    for item in map(str, paths):
        if item == STDIN:
            yield from read_stdin(sys.stdin.buffer, options)
            continue
        files = _expand(item)
        if files is None:
            yield Failure(item, reasons.NO_SUCH_INPUT)
            continue
        for file in files:
            yield from read_path(file, options)
