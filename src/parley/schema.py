"""CodedArticle v1: the one public contract every later stage reads.

Plain dataclasses with a lossless JSON round-trip (``to_dict`` / ``from_dict``). Character
offsets always point into ``Article.text`` (the cleaned body).
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, get_args, get_origin, get_type_hints

SCHEMA_ID = "parley.coded_article/1"


@dataclass
class Span:
    """A stretch of ``article.text``: [start, end) character offsets and the text they cover."""

    start: int
    end: int
    text: str


@dataclass
class Removed:
    """A boilerplate line taken out of the article body, and why."""

    text: str
    reason: str


@dataclass
class Article:
    """The cleaned article that every offset refers to."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = "en"


@dataclass
class Actor:
    """A canonical actor: every mention of one person, organisation, state or group."""

    id: str
    name: str
    kind: str  # person | organization | state | igo | ngo | group
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, REB, OPP, CVL, MED, BUS, JUD, POL, ...
    role: str | None = None
    org: str | None = None
    known: str | None = None  # key of the known-actors entry it was linked to
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place:
    """A resolved toponym with every mention of it."""

    id: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country | admin1 | region | city | border | ...
    mentions: list[Span] = field(default_factory=list)


@dataclass
class DateRef:
    """A date expression resolved against the publication date."""

    id: str
    text: str
    start: int
    end: int
    date: str | None  # ISO date (YYYY-MM-DD) of the expression's day, or its first day
    granularity: str = "day"  # day | weekend | week | month | quarter | year


@dataclass
class Quote:
    """Who said what: a direct, indirect or mixed quote with its cue and speaker."""

    id: str
    speaker: str | None  # actor id
    speaker_text: str | None
    kind: str  # direct | indirect | mixed
    cue: str | None  # cue lemma ("say", "according to", ...)
    text: str
    start: int
    end: int
    speaker_span: Span | None = None
    cue_span: Span | None = None


@dataclass
class Event:
    """A PLOVER event: who did what to whom, when and where, with its evidence."""

    id: str
    event: str  # PLOVER type, e.g. CONSULT
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    third_party: list[str] = field(default_factory=list)
    place: str | None = None
    #: how precise the place's point is: exact (a town or site) | admin1 (a division) |
    #: country | region (a region, sea, river, border or part of a country); None without a place
    place_precision: str | None = None
    date: str | None = None
    date_text: str | None = None
    date_inferred: bool = True
    date_granularity: str = "day"  # day | weekend | week | month | quarter | year
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    claimed_by: str | None = None
    trigger: Span | None = None
    evidence: Span | None = None
    confidence: float = 0.0
    #: the same event's other mentions in the text ("the talks" … "the meeting"), folded into
    #: this one by event coreference; their trigger spans in text order, the main one excluded
    mentions: list[Span] = field(default_factory=list)


@dataclass
class CodedArticle:
    """One article, coded: the JSON object ``parley code`` prints."""

    article: Article
    removed: list[Removed] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # run metadata: version, model, lexicons
    schema: str = SCHEMA_ID

    def to_dict(self) -> dict[str, Any]:
        """Plain dict, key order fixed (``schema`` first) so output diffs stay readable."""
        d = dataclasses.asdict(self)
        return {"schema": d.pop("schema"), **d}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CodedArticle:
        if data.get("schema") != SCHEMA_ID:
            raise ValueError(f"unsupported schema {data.get('schema')!r}; expected {SCHEMA_ID}")
        return _build(cls, data)

    @classmethod
    def from_json(cls, text: str) -> CodedArticle:
        return cls.from_dict(json.loads(text))

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)


@dataclass
class Failure:
    """An input that could not be coded, with the reason; never silently dropped."""

    input: str
    reason: str


def _build(tp: Any, value: Any) -> Any:
    """Rebuild dataclasses from plain JSON values, guided by type hints."""
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        return _build(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (item,) = get_args(tp)
        return [_build(item, v) for v in value]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):  # a hint is a class, never an instance
        hints = get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    return value


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of CodedArticle v1, derived from the dataclasses above."""
    defs: dict[str, Any] = {}

    def of(tp: Any) -> dict[str, Any]:
        origin = get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            options = [of(a) for a in get_args(tp)]
            return {"anyOf": options}
        if origin is list:
            return {"type": "array", "items": of(get_args(tp)[0])}
        if origin is dict or tp is dict:
            return {"type": "object"}
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):  # a class, never an instance
            name = tp.__name__
            if name not in defs:
                defs[name] = {}
                hints = get_type_hints(tp)
                fields = dataclasses.fields(tp)
                defs[name] = {
                    "type": "object",
                    "description": (tp.__doc__ or "").strip().splitlines()[0],
                    "properties": {f.name: of(hints[f.name]) for f in fields},
                    "required": [f.name for f in fields],
                    "additionalProperties": False,
                }
            return {"$ref": f"#/$defs/{name}"}
        simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
        if tp in simple:
            return {"type": simple[tp]}
        return {}

    root = of(CodedArticle)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Parley CodedArticle v1",
        **root,
        "$defs": defs,
    }
    defs["CodedArticle"]["properties"]["schema"] = {"const": SCHEMA_ID}
    return schema


if __name__ == "__main__":  # regenerate the bundled schema file: python -m parley.schema
    from pathlib import Path

    out = Path(__file__).parent / "data" / "coded_article.schema.json"
    out.write_text(json.dumps(json_schema(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
