"""The one Arrow schema of ``parley batch`` output, derived from the CodedArticle dataclasses.

Deriving it from ``parley.schema`` (rather than writing it out by hand) keeps the Parquet columns
in step with the JSON contract: a field added there with a default appears here too. Article
fields are top-level columns (so DuckDB/pandas users filter on ``published`` without unnesting);
actors, places, dates, quotes and events are nested list<struct> columns; the full CodedArticle
JSON rides along in ``coded_json`` so nothing is ever lost in translation.
"""
from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from typing import Any, get_args, get_origin, get_type_hints

import pyarrow as pa

from parley.errors import Errors
from parley.schema import Article, CodedArticle

SCHEMA_VERSION = "parley.batch/3"  # /2: events.mentions; /3: events.date_granularity
NESTED = ("removed", "actors", "places", "dates", "quotes", "events")
PROVENANCE = [
    pa.field("shard", pa.string(), nullable=False),  # content hash of the input shard
    pa.field("shard_row", pa.int64(), nullable=False),  # 0-based record number in that shard
    pa.field("input", pa.string()),  # "path:line" (or path#record) users can find again
]
_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}
_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def arrow_type(tp: Any) -> pa.DataType:
    """The Arrow type of one dataclass field's type hint (Optional → nullable, list → list)."""
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(Errors.E215.format(type=tp))
        return arrow_type(inner[0])
    if origin is list:
        (item,) = get_args(tp)
        return pa.list_(arrow_type(item))
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        return pa.struct([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    if tp in _SCALARS:
        return _SCALARS[tp]
    raise TypeError(Errors.E216.format(type=tp))


def _article_schema() -> pa.Schema:
    hints = get_type_hints(CodedArticle)
    article_hints = get_type_hints(Article)
    fields = [pa.field(f.name, arrow_type(article_hints[f.name])) for f in dataclasses.fields(Article)]
    fields += [pa.field(name, arrow_type(hints[name])) for name in NESTED]
    fields += [
        pa.field("meta", pa.string()),  # run metadata as JSON (its keys are open-ended)
        pa.field("schema", pa.string()),
        pa.field("coded_json", pa.string(), nullable=False),
    ]
    return pa.schema(fields + PROVENANCE, metadata={"parley": SCHEMA_VERSION})


#: Columns of every ``articles/month=YYYY-MM/<shard>.parquet`` file (month lives in the path).
ARTICLE_SCHEMA = _article_schema()
#: Columns of every ``failures/<shard>.parquet`` file.
FAILURE_SCHEMA = pa.schema(PROVENANCE + [pa.field("reason", pa.string(), nullable=False)])
#: What workers stage for the committer: an article row or a failure row (``reason`` set, the
#: article columns null), in one table per coded chunk.
TRANSPORT_SCHEMA = pa.schema(
    [f.with_nullable(True) if f.name == "coded_json" else f for f in ARTICLE_SCHEMA]
    + [pa.field("reason", pa.string())]
)


def month_of(published: str | None) -> str:
    """The ``month=`` partition of an article: ``YYYY-MM`` from its date, else ``unknown``."""
    match = _MONTH.match(published or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return "unknown"
    return f"{match.group(1)}-{match.group(2)}"


def coded_to_row(coded: CodedArticle) -> dict[str, Any]:
    """One CodedArticle as an ``ARTICLE_SCHEMA`` row (without the provenance columns)."""
    data = coded.to_dict()
    row = dict(data.pop("article"))
    for name in NESTED:
        row[name] = data[name]
    row["meta"] = json.dumps(data["meta"], ensure_ascii=False, sort_keys=True)
    row["schema"] = data["schema"]
    row["coded_json"] = coded.to_json()
    return row


def row_to_coded(row: dict[str, Any]) -> CodedArticle:
    """Rebuild the CodedArticle from a row's nested columns (the inverse of ``coded_to_row``)."""
    article = {f.name: row[f.name] for f in dataclasses.fields(Article)}
    data = {"schema": row["schema"], "article": article, "meta": json.loads(row["meta"] or "{}")}
    data.update({name: row[name] or [] for name in NESTED})
    return CodedArticle.from_dict(data)


def describe() -> str:
    """The schema as text, for ``docs/scale.md`` and for a test that pins it."""
    return str(ARTICLE_SCHEMA.remove_metadata())
