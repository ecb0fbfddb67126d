"""Hostile records are one failure line each; the rest of the input is read."""
from __future__ import annotations

import json

import pytest

from parley.ingest import iter_inputs
from parley.ingest.files import MAX_JSON_DEPTH, json_depth
from parley.schema import Failure


def _good(i: int) -> str:
    return json.dumps({"id": f"g{i}", "text": f"Border guards detained {i + 2} smugglers near the "
                       "river crossing on Tuesday, the ministry said.", "published": "2023-05-04"})


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 1_000, 50_000])
def test_deeply_nested_line_is_one_failure_and_the_rest_is_read(tmp_path, depth):
    deep = '{"a":' * depth + "1" + "}" * depth
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([_good(0), _good(1), deep, _good(2)]) + "\n", encoding="utf-8")
    results = list(iter_inputs([str(path)]))
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(results) == 4 and len(failures) == 1
    assert failures[0].input.endswith("mixed.jsonl:3")
    assert f"nested deeper than {MAX_JSON_DEPTH} levels" in failures[0].reason


def test_json_depth_skips_brackets_inside_strings():
    assert json_depth('{"t": "[[{{ not structure }}]]", "tags": ["a", ["b"]]}') == 3
    assert json_depth('"a plain string"') == 0
    assert json_depth('{"escaped": "quote \\" [ inside"}') == 1


def test_a_record_at_the_depth_limit_still_reads(tmp_path):
    nested = {"id": "n1", "text": "Envoys met in the capital on Monday to discuss the truce.",
              "published": "2023-05-04", "extra": {}}
    inner = nested["extra"]
    for _ in range(MAX_JSON_DEPTH - 2):
        inner["x"] = {}
        inner = inner["x"]
    path = tmp_path / "edge.jsonl"
    path.write_text(json.dumps(nested) + "\n", encoding="utf-8")
    (result,) = list(iter_inputs([str(path)]))
    assert not isinstance(result, Failure), result


# -- every reader is bounded: one failure line for the bad record, the rest is read -----------

import gzip  # noqa: E402
import io  # noqa: E402
from pathlib import Path  # noqa: E402

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from parley.ingest import IngestOptions, read_path, read_stdin  # noqa: E402
from parley.schema import CodedArticle  # noqa: E402

PAGE = (Path(__file__).parent / "fixtures" / "ingest" / "truce-talks-khartoum.html").read_bytes()


def split(results):
    results = list(results)
    return ([r for r in results if isinstance(r, CodedArticle)],
            [r for r in results if isinstance(r, Failure)])


def test_jsonl_line_over_the_record_limit_is_one_failure(tmp_path):
    path = tmp_path / "long.jsonl"
    long = json.dumps({"id": "big", "text": "word " * 50_000})
    path.write_text("\n".join([_good(0), long, _good(1)]) + "\n", encoding="utf-8")
    ok, bad = split(read_path(path, IngestOptions(max_record_bytes=100_000)))
    assert [s.article.id for s in ok] == ["g0", "g1"]
    assert [f.input for f in bad] == [f"{path}:2"]
    assert bad[0].reason == f"record too long: {len(long) + 1} bytes > 100000 byte limit (max_record_bytes)"


def test_stdin_jsonl_and_plain_text_are_bounded_too():
    stream = io.BytesIO(("\n".join([_good(0), "x" * 5000, _good(1)]) + "\n").encode())
    ok, bad = split(read_stdin(stream, IngestOptions(max_record_bytes=1000)))
    assert len(ok) == 2 and [f.input for f in bad] == ["stdin:2"]
    (plain,) = read_stdin(io.BytesIO(b"word " * 1000), IngestOptions(max_bytes=1000))
    assert isinstance(plain, Failure) and plain.reason.startswith("too large")


def _csv_row(i: int) -> str:
    return f'c{i},2023-05-04,"Border guards detained {i + 2} smugglers near the river crossing."'


def test_csv_row_with_too_many_fields_or_a_huge_field_is_one_failure_each(tmp_path):
    path = tmp_path / "wide.csv"
    rows = ["id,published,text", _csv_row(0), "w," * 5000 + "w", _csv_row(1),
            'huge,2023-05-04,"' + "y" * 3000 + '"', _csv_row(2)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    ok, bad = split(read_path(path, IngestOptions(max_fields=100, max_record_bytes=2000)))
    assert [s.article.id for s in ok] == ["c0", "c1", "c2"]
    assert bad[0] == Failure(f"{path}:3", "too many fields: 5001 > 100 (max_fields)")
    assert bad[1].input == f"{path}:5" and "field larger than field limit" in bad[1].reason
    assert len(bad) == 2


def test_csv_and_feed_files_over_the_file_limit_are_refused_before_reading(tmp_path):
    csv_path, feed = tmp_path / "big.csv", tmp_path / "big.xml"
    csv_path.write_text("id,text\n" + _csv_row(0) * 100, encoding="utf-8")
    feed.write_text("<rss>" + " " * 5000 + "</rss>", encoding="utf-8")
    for path in (csv_path, feed):
        (result,) = read_path(path, IngestOptions(max_file_bytes=1000))
        assert isinstance(result, Failure) and result.reason.startswith("too large"), result


def write_warc(path: Path, pages: int = 3, compress: bool = True, body: bytes = PAGE) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for i in range(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=io.BytesIO(body),
                http_headers=headers))


@pytest.mark.parametrize("compress", [True, False])
def test_warc_cut_inside_its_last_record_fails_that_record(tmp_path, compress):
    whole = tmp_path / ("whole.warc.gz" if compress else "whole.warc")
    write_warc(whole, compress=compress)
    cut = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) * 5 // 6])
    ok, bad = split(read_path(cut))
    assert [s.meta["input"] for s in ok] == [f"{cut}#1", f"{cut}#2"]
    assert len(bad) == 1 and bad[0].input == f"{cut}#3"
    assert bad[0].reason.startswith("truncated WARC record: ")
    assert bad[0].reason.isprintable()


def test_warc_gz_bomb_stops_with_one_failure(tmp_path):
    bomb = tmp_path / "bomb.warc.gz"
    write_warc(bomb, pages=1, body=b"<p>" + b" " * 5_000_000)
    results = list(read_path(bomb, IngestOptions(max_inflate_ratio=10, max_html_bytes=100_000)))
    assert any("possible zip bomb" in r.reason for r in results if isinstance(r, Failure))
    assert not [r for r in results if isinstance(r, CodedArticle)]


def test_corrupt_warc_reason_is_printable(tmp_path):
    path = tmp_path / "bin.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n\x00\x01\xff\xfe\x80xx")
    gz = tmp_path / "bin.warc.gz"
    gz.write_bytes(gzip.compress(b"WARC/1.0\r\n\x00\x9f\xff binary \x1b[31m header\r\n\r\n"))
    for p in (path, gz):
        results = list(read_path(p))
        assert results and all(isinstance(r, Failure) for r in results)
        assert all(r.reason.isprintable() and "\x00" not in r.reason for r in results), results


def test_csv_with_a_header_and_no_rows_is_one_failure_not_nothing(tmp_path):
    """Found by tests/test_fuzz_readers.py: the file used to yield nothing at all."""
    path = tmp_path / "header-only.csv"
    path.write_text("id,text\n", encoding="utf-8")
    assert list(read_path(path)) == [Failure(str(path), "empty input")]


@pytest.mark.parametrize("number", ["7" * 5000, "-" + "1" * 4301])
def test_jsonl_number_past_the_int_digit_limit_is_one_failure(tmp_path, number):
    """Python refuses to turn more than 4,300 digits into an int, and that ValueError escaped
    the JSONL reader and ended the whole run. Spotted on review (libFuzzer's length control kept
    the 10-minute run's inputs under 600 bytes); with a 4,290-digit number in the seed corpus
    (fuzz/corpus/jsonl/long-number.jsonl) the atheris JSONL target then crashed on the unfixed
    reader within seconds."""
    path = tmp_path / "numbers.jsonl"
    bad = f'{{"id": {number}, "text": "Envoys met on Monday."}}'
    path.write_text("\n".join([_good(0), bad, _good(1)]) + "\n", encoding="utf-8")
    for results in (read_path(path), read_stdin(io.BytesIO(path.read_bytes()))):
        ok, failed = split(results)
        assert [s.article.id for s in ok] == ["g0", "g1"]
        (failure,) = failed
        assert failure.input.endswith(":2")
        assert failure.reason == "malformed JSON at line 2: a number longer than 4300 digits"
