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
