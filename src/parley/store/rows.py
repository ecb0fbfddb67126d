"""CodedArticle -> table rows: pure functions, so what the store writes is testable alone."""
from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import pyarrow as pa

from parley.schema import Actor, CodedArticle, Place

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("content_hash", pa.string()), ("title", pa.string()),
    ("published", pa.date32()), ("source", pa.string()), ("url", pa.string()),
    ("language", pa.string()), ("text", pa.string()), ("run_id", pa.int32()),
    ("n_events", pa.int32()), ("n_quotes", pa.int32()), ("coded", pa.string()),
])
ACTOR_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("id", pa.string()), ("name", pa.string()),
    ("kind", pa.string()), ("country", pa.string()), ("sector", pa.string()),
    ("role", pa.string()), ("org", pa.string()), ("known", pa.string()),
    ("n_mentions", pa.int32()),
])
MENTION_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("ref_kind", pa.string()), ("ref_id", pa.string()),
    ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
])
PLACE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("id", pa.string()), ("name", pa.string()),
    ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("geonameid", pa.int64()), ("feature", pa.string()),
])
QUOTE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("id", pa.string()), ("speaker", pa.string()),
    ("speaker_name", pa.string()), ("speaker_text", pa.string()),
    ("speaker_country", pa.string()), ("kind", pa.string()), ("cue", pa.string()),
    ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
    ("published", pa.date32()), ("duplicate", pa.bool_()),
])
_LIST = pa.list_(pa.string())
EVENT_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("id", pa.string()), ("event", pa.string()),
    ("mode", pa.string()), ("context", _LIST), ("cameo", pa.string()), ("quad", pa.int32()),
    ("actor", _LIST), ("actor_names", _LIST), ("actor_countries", _LIST),
    ("recipient", _LIST), ("recipient_names", _LIST), ("recipient_countries", _LIST),
    ("third_party", _LIST), ("third_party_names", _LIST), ("third_party_countries", _LIST),
    ("place", pa.string()), ("place_name", pa.string()), ("place_country", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()),
    ("date", pa.date32()), ("day", pa.date32()), ("date_text", pa.string()),
    ("date_inferred", pa.bool_()), ("date_granularity", pa.string()),
    ("place_precision", pa.string()),
    ("negated", pa.bool_()), ("future", pa.bool_()),
    ("hypothetical", pa.bool_()), ("historical", pa.bool_()),
    ("claimed_by", pa.string()), ("claimed_by_name", pa.string()),
    ("trigger_text", pa.string()), ("evidence_text", pa.string()),
    ("evidence_start", pa.int32()), ("evidence_end", pa.int32()),
    ("confidence", pa.float64()), ("published", pa.date32()), ("duplicate", pa.bool_()),
])
SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLE_SCHEMA, "actors": ACTOR_SCHEMA, "mentions": MENTION_SCHEMA,
    "places": PLACE_SCHEMA, "quotes": QUOTE_SCHEMA, "events": EVENT_SCHEMA,
}


def content_hash(coded: CodedArticle) -> str:
    """Identity of an input for idempotent ingest: the cleaned text plus its metadata.

    The id is left out on purpose: the same story read twice under another file name is the
    same input. Computable from the ingest shell, so stored articles are never re-coded.
    """
    a = coded.article
    h = hashlib.sha256()
    for part in (a.text, a.published, a.title, a.source, a.url):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def filed_day(day: date | None, inferred: bool, granularity: str, historical: bool,
              published: date | None) -> date | None:
    """The day an event is counted on in timelines, filters and "latest" lists: the text's own
    date when it names a day or a week that is not after publication and not history; else
    the publication date. A month, a year, a plan for next week or a war of 1941 is filed under
    the day the story reported it; ``date`` and ``date_granularity`` keep what the text said.
    Mirrored in SQL by ``parley.batch.query`` (``FILED_DAY_SQL``)."""
    if inferred or day is None:
        return day or published
    if published is None:
        return day
    if granularity in ("day", "weekend", "week") and not historical and day <= published:
        return day
    return published


def to_date(value: str | None) -> date | None:
    """ISO date or datetime string -> date; anything unparseable -> None (kept in the JSON)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _names(ids: list[str], actors: dict[str, Actor]) -> tuple[list[str], list[str]]:
    found = [actors[i] for i in ids if i in actors]
    countries = sorted({a.country for a in found if a.country})
    return [a.name for a in found], countries


def article_rows(coded: CodedArticle, article_id: str, chash: str, run_id: int | None,
                 duplicate: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table from one coded article (stored under ``article_id``);
    ``duplicate`` marks a near-duplicate's events and quotes."""
    a = coded.article
    published = to_date(a.published)
    actors = {x.id: x for x in coded.actors}
    places: dict[str, Place] = {p.id: p for p in coded.places}
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in SCHEMAS}
    out["articles"].append({
        "id": article_id, "content_hash": chash, "title": a.title, "published": published,
        "source": a.source, "url": a.url, "language": a.language, "text": a.text,
        "run_id": run_id, "n_events": len(coded.events), "n_quotes": len(coded.quotes),
        "coded": coded.to_json(),
    })
    for x in coded.actors:
        out["actors"].append({
            "article_id": article_id, "id": x.id, "name": x.name, "kind": x.kind,
            "country": x.country, "sector": x.sector, "role": x.role, "org": x.org,
            "known": x.known, "n_mentions": len(x.mentions),
        })
        out["mentions"] += [{"article_id": article_id, "ref_kind": "actor", "ref_id": x.id,
                             "start": m.start, "end": m.end, "text": m.text} for m in x.mentions]
    for e in coded.events:  # an event's further mentions; its trigger is in the events table
        out["mentions"] += [{"article_id": article_id, "ref_kind": "event", "ref_id": e.id,
                             "start": m.start, "end": m.end, "text": m.text} for m in e.mentions]
    for p in coded.places:
        out["places"].append({
            "article_id": article_id, "id": p.id, "name": p.name, "country": p.country,
            "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "feature": p.feature,
        })
        out["mentions"] += [{"article_id": article_id, "ref_kind": "place", "ref_id": p.id,
                             "start": m.start, "end": m.end, "text": m.text} for m in p.mentions]
    for q in coded.quotes:
        speaker = actors.get(q.speaker or "")
        out["quotes"].append({
            "article_id": article_id, "id": q.id, "speaker": q.speaker,
            "speaker_name": speaker.name if speaker else None, "speaker_text": q.speaker_text,
            "speaker_country": speaker.country if speaker else None, "kind": q.kind,
            "cue": q.cue, "text": q.text, "start": q.start, "end": q.end, "published": published,
            "duplicate": duplicate,
        })
    for e in coded.events:
        out["events"].append(
            {**event_row(e, article_id, actors, places, published), "duplicate": duplicate})
    return out


def event_row(e, article_id: str, actors: dict[str, Actor], places: dict[str, Place],
              published: date | None) -> dict[str, Any]:
    """One events row: ids plus denormalised names/countries so filters need no joins."""
    actor_names, actor_countries = _names(e.actor, actors)
    rec_names, rec_countries = _names(e.recipient, actors)
    third_names, third_countries = _names(e.third_party, actors)
    place = places.get(e.place or "")
    claimed = actors.get(e.claimed_by or "")
    day = to_date(e.date)
    own = None if e.date_inferred else day
    return {
        "article_id": article_id, "id": e.id, "event": e.event, "mode": e.mode,
        "context": list(e.context), "cameo": e.cameo, "quad": e.quad,
        "actor": list(e.actor), "actor_names": actor_names, "actor_countries": actor_countries,
        "recipient": list(e.recipient), "recipient_names": rec_names,
        "recipient_countries": rec_countries,
        "third_party": list(e.third_party), "third_party_names": third_names,
        "third_party_countries": third_countries,
        "place": e.place, "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "date": own, "day": filed_day(day, e.date_inferred, e.date_granularity, e.historical,
                                      published),
        "date_text": e.date_text, "date_inferred": e.date_inferred,
        "date_granularity": e.date_granularity, "place_precision": e.place_precision,
        "negated": e.negated, "future": e.future,
        "hypothetical": e.hypothetical, "historical": e.historical,
        "claimed_by": e.claimed_by, "claimed_by_name": claimed.name if claimed else None,
        "trigger_text": e.trigger.text if e.trigger else None,
        "evidence_text": e.evidence.text if e.evidence else None,
        "evidence_start": e.evidence.start if e.evidence else None,
        "evidence_end": e.evidence.end if e.evidence else None,
        "confidence": e.confidence, "published": published,
    }


def to_tables(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """Column-typed Arrow tables (explicit schemas: no type guessing from the first row)."""
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in SCHEMAS}
