"""Coverage-guided fuzzing (atheris / libFuzzer) of the ingest readers, one target per format.

    python fuzz/fuzz_readers.py FORMAT [libFuzzer flags] [NEW_CORPUS_DIR] fuzz/corpus/FORMAT

FORMAT is one of html, jsonl, csv, warc, feed. Each input is written to a temporary file with
the format's extension (a WARC starting with the gzip magic bytes becomes ``.warc.gz``; JSONL
is also read as stdin) and read with ``parley.ingest.read_path``. The properties checked are
those of tests/test_fuzz_readers.py: no exception escapes a reader, every input yields at
least one article or Failure, every failure reason is one printable line of at most 400
characters. A broken property raises, and libFuzzer saves the input as ``crash-…``.

The bounded CI run is tests/test_fuzz_atheris.py; the longer run is in docs/ingest.md.
"""
from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["parley.ingest", "warcio", "feedparser",
                                         "trafilatura", "htmldate"]):
    from parley.ingest import IngestOptions, read_path, read_stdin
    from parley.schema import CodedArticle, Failure

#: small limits, so small inputs reach the bounds (as in tests/test_fuzz_readers.py)
OPTIONS = IngestOptions(max_bytes=20_000, max_html_bytes=60_000, max_record_bytes=30_000,
                        max_fields=50, max_file_bytes=200_000, max_inflate_ratio=20)
SUFFIXES = {"html": ".html", "jsonl": ".jsonl", "csv": ".csv", "warc": ".warc", "feed": ".xml"}
#: where each input is written (one file per process, removed after each input: libFuzzer
#: ends the process without Python's atexit); PARLEY_FUZZ_TMP (the CI test's tmp_path) or
#: /dev/shm
WORK = Path(os.environ.get("PARLEY_FUZZ_TMP") or ("/dev/shm" if os.path.isdir("/dev/shm")
                                                  else tempfile.gettempdir()))


def check(results: list) -> None:
    if not results:
        raise AssertionError("an input produced neither an article nor a failure")
    for item in results:
        if not isinstance(item, CodedArticle | Failure):
            raise AssertionError(f"a reader yielded {type(item).__name__}, not an article or Failure")
        if isinstance(item, Failure):
            reason = item.reason
            if not reason or not reason.isprintable() or len(reason) > 400:
                raise AssertionError(f"a reason is not one printable line of <= 400 chars: {reason!r}")


def target(fmt: str):
    suffix = SUFFIXES[fmt]

    def one_input(data: bytes) -> None:
        name = f"parley-atheris-{os.getpid()}" + (
            ".warc.gz" if fmt == "warc" and data[:2] == b"\x1f\x8b" else suffix)
        path = WORK / name
        path.write_bytes(data)
        try:
            check(list(read_path(path, OPTIONS)))
        finally:
            path.unlink(missing_ok=True)
        if fmt == "jsonl":
            check(list(read_stdin(io.BytesIO(data), OPTIONS)))

    return one_input


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in SUFFIXES:
        sys.exit(f"usage: {argv[0]} {{{','.join(SUFFIXES)}}} [libFuzzer flags] [corpus dirs]")
    fmt = argv.pop(1)
    atheris.Setup(argv, target(fmt))
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
