"""Property tests of every reader on arbitrary input: no exception escapes ``read_path``, every
input yields at least one article or Failure, and every failure reason is one printable line.

Bounded for the fast suite (``FUZZ_EXAMPLES`` examples per test, 25 by default). The longer
run documented in docs/ingest.md sets ``PARLEY_FUZZ_EXAMPLES``:

    PARLEY_FUZZ_EXAMPLES=2000 pytest -q -p no:cacheprovider tests/test_fuzz_readers.py
"""
from __future__ import annotations

import atexit
import gzip
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.ingest import IngestOptions, read_path, read_stdin
from parley.schema import CodedArticle, Failure

FUZZ_EXAMPLES = int(os.environ.get("PARLEY_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# small limits, so the bounds are exercised by small examples too
OPTIONS = IngestOptions(max_bytes=20_000, max_html_bytes=60_000, max_record_bytes=30_000,
                        max_fields=50, max_file_bytes=200_000, max_inflate_ratio=20)
WORK = Path(tempfile.mkdtemp(prefix="parley-fuzz-"))  # hypothesis cannot use tmp_path per example
atexit.register(shutil.rmtree, WORK, ignore_errors=True)

WORDS = st.sampled_from(["Kyiv", "talks", "ceasefire", "minister", "said", "on", "Monday",
                         "the", "troops", "Москва", "停火", "\u202e", "\x00", "&amp;", "<b>",
                         "\r\n", "\t", "é", "🙂", '"', ",", "\\", "{", "]"])
NEWSY = st.lists(WORDS, max_size=60).map(" ".join)
TEXTS = st.one_of(st.text(max_size=400), NEWSY)


def check(path_or_results, options: IngestOptions = OPTIONS) -> list:
    results = (list(read_path(path_or_results, options)) if isinstance(path_or_results, Path)
               else list(path_or_results))
    assert results, "an input produced neither an article nor a failure"
    for item in results:
        assert isinstance(item, CodedArticle | Failure), item
        if isinstance(item, Failure):
            assert item.reason and item.reason.isprintable(), item
            assert len(item.reason) <= 400, item
    return results


def write(name: str, data: bytes) -> Path:
    path = WORK / name
    path.write_bytes(data)
    return path


# -- arbitrary bytes under every extension ----------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".warc", ".warc.gz", ".xml",
                               ".rss", ".atom"]))
@example(data=b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n\x00\x01\xff",
         suffix=".warc")
@example(data=b"id,text\n", suffix=".csv")
@example(data=b"\x1f\x8b\x08\x00garbage", suffix=".warc.gz")
def test_arbitrary_bytes_never_escape_a_reader(data, suffix):
    check(write(f"any{suffix}", data))


# -- text shaped like each format -------------------------------------------------------------


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXTS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
RECORDS = st.fixed_dictionaries(
    {}, optional={"id": JSON_VALUES, "text": TEXTS | JSON_VALUES, "html": TEXTS,
                  "published": TEXTS | JSON_VALUES, "title": TEXTS, "source": JSON_VALUES,
                  "url": TEXTS})


@FUZZ
@given(lines=st.lists(st.one_of(RECORDS.map(json.dumps), st.text(max_size=200)), max_size=8))
def test_jsonl_records_and_junk_lines(lines):
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    check(write("fuzz.jsonl", data))
    check(read_stdin(io.BytesIO(data), OPTIONS))


@FUZZ
@given(header=st.lists(st.sampled_from(["id", "text", "body", "published", "title", "x", ""]),
                       max_size=6),
       rows=st.lists(st.lists(TEXTS, max_size=8), max_size=6),
       quote=st.booleans())
def test_csv_rows(header, rows, quote):
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL if quote else csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    check(write("fuzz.csv", buffer.getvalue().encode("utf-8", errors="surrogatepass")))


@FUZZ
@given(body=TEXTS, title=TEXTS, tags=st.lists(st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<script>", "<!--", "<article>", "<![CDATA[", "<meta ",
     "&#0;", "&#x110000;", "<svg>"]), max_size=10))
def test_html_pages(body, title, tags):
    page = f"<html><head><title>{title}</title></head><body>{''.join(tags)}<p>{body}</p>" \
           f"</body></html>"
    check(write("fuzz.html", page.encode("utf-8", errors="surrogatepass")))


@FUZZ
@given(items=st.lists(st.tuples(TEXTS, TEXTS, TEXTS), max_size=5), atom=st.booleans(),
       cut=st.integers(min_value=0, max_value=2000))
def test_feeds(items, atom, cut):
    if atom:
        entries = "".join(f"<entry><title>{t}</title><link href='{link}'/><content>{c}"
                          f"</content></entry>" for t, link, c in items)
        doc = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>{entries}</feed>"
    else:
        entries = "".join(f"<item><title>{t}</title><link>{link}</link><description>{c}"
                          f"</description></item>" for t, link, c in items)
        doc = f"<?xml version='1.0'?><rss version='2.0'><channel>{entries}</channel></rss>"
    data = doc.encode("utf-8", errors="surrogatepass")
    check(write("fuzz.rss", data[: cut or None]))


def _warc(pages: list[tuple[str, bytes]], compress: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for content_type, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


@FUZZ
@given(pages=st.lists(st.tuples(st.sampled_from(["text/html", "text/plain", "image/jpeg", ""]),
                                st.binary(max_size=500) | NEWSY.map(str.encode)), max_size=4),
       compress=st.booleans(), cut=st.integers(min_value=0, max_value=4000),
       flips=st.lists(st.integers(min_value=0, max_value=4000), max_size=3))
# found against the code before this work: an 833-character reason quoting the binary line
@example(pages=[("text/html", b""), ("", b"\x07i-\xe4\xe3\x7f l"),
                ("image/jpeg", b"minister \xe2\x80\xae \""), ("image/jpeg", b"")],
         compress=True, cut=1564, flips=[1927, 469, 102])
def test_warc_records_cut_and_flipped(pages, compress, cut, flips):
    data = bytearray(_warc(pages, compress))
    for flip in flips:
        if flip < len(data):
            data[flip] ^= 0x5A
    data = data[: cut or None]
    check(write("fuzz.warc.gz" if compress else "fuzz.warc", bytes(data)))


def test_a_gzip_bomb_is_bounded():
    bomb = gzip.compress(b"WARC/1.0\r\n" + b" " * 3_000_000)
    results = check(write("bomb.warc.gz", bomb))
    assert any("zip bomb" in r.reason for r in results if isinstance(r, Failure))
