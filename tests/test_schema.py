"""CodedArticle v1: JSON round-trip, and the bundled JSON Schema matches the dataclasses."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from parley.schema import SCHEMA_ID, CodedArticle, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "src/parley/data/coded_article.schema.json"


def test_bundled_schema_is_current():
    assert json.loads(SCHEMA_FILE.read_text()) == json_schema(), "run: python -m parley.schema"


def test_example_round_trips_and_validates(example_coded):
    data = json.loads(example_coded.to_json())
    assert data["schema"] == SCHEMA_ID
    jsonschema.validate(data, json_schema())
    again = CodedArticle.from_json(example_coded.to_json())
    assert again == example_coded
    assert again.to_dict() == data


def test_offsets_point_into_article_text(example_coded):
    text = example_coded.article.text
    spans = [m for a in example_coded.actors for m in a.mentions]
    spans += [m for p in example_coded.places for m in p.mentions]
    spans += [e.trigger for e in example_coded.events if e.trigger]
    spans += [e.evidence for e in example_coded.events if e.evidence]
    for s in spans:
        assert text[s.start : s.end] == s.text
    for q in example_coded.quotes:
        assert text[q.start : q.end] == q.text


def test_unknown_schema_is_refused():
    with pytest.raises(ValueError, match="unsupported schema"):
        CodedArticle.from_dict({"schema": "parley.coded_article/0", "article": {"id": "x", "text": ""}})
