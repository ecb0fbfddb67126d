"""The talks tracker: negotiation events grouped into tracks, rounds and outcomes.

A track is one negotiating format: the parties (a set of countries), the venue and the
mediators. CONSULT events with a venue anchor tracks; the other talks events (AGREE, REJECT,
REQUEST, CONCEDE, RETREAT, and CONSULT without a venue) join the track of the nearest anchor
in the same article whose parties they share, so "the talks failed" lands on the talks it
reports. Rounds are the track's days; each round has an outcome and what the principals said.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parley.store.db import Store

TALKS_TYPES = ("CONSULT", "AGREE", "REJECT", "REQUEST", "CONCEDE", "RETREAT")
QUOTE_REACH = 800  # characters between a quote and a track event for the quote to be "about" it

_EVENTS = """
SELECT e.article_id, e.id AS event_id, e.seq, e.event, e.mode, e.actor_names, e.actor_countries,
       e.recipient_names, e.recipient_countries, e.third_party_names, e.third_party_countries,
       e.place_name, e.place_country, e.lat, e.lon, e.day, e.date, e.negated, e.future,
       e.hypothetical, e.claimed_by_name, e.trigger_text, e.evidence_text, e.evidence_start,
       e.evidence_end, a.title, a.source, a.url, a.published
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.canonical_id IS NULL AND list_contains(?, e.event)
"""
_STATE_MENTIONS = """
SELECT m.article_id, m."start", m."end", x.country
FROM mentions m JOIN actors x ON x.article_id = m.article_id AND x.id = m.ref_id
WHERE m.ref_kind = 'actor' AND x.country IS NOT NULL AND list_contains(?, m.article_id)
"""
_EVENT_MENTIONS = """
SELECT article_id, ref_id AS event_id, "start", "end" FROM mentions
WHERE ref_kind = 'event' AND list_contains(?, article_id)
"""
_QUOTES = """
SELECT q.article_id, q.id AS quote_id, q.speaker_name, q.speaker_text, q.speaker_country,
       q.kind, q.cue, q.text, q.start, q."end", q.published
FROM quotes q WHERE list_contains(?, q.article_id)
"""


def parties(row: dict[str, Any]) -> frozenset[str]:
    """The negotiating sides: actor and recipient countries (mediators are kept apart)."""
    return frozenset(row["actor_countries"]) | frozenset(row["recipient_countries"])


def venue_key(row: dict[str, Any]) -> str | None:
    return row["place_name"].casefold() if row["place_name"] else None


def distance(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> float:
    """Characters between two spans (0 when they overlap; inf when either is unknown)."""
    if None in a or None in b:
        return float("inf")
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))  # type: ignore[type-var,operator]


def span(row: dict[str, Any]) -> tuple[int | None, int | None]:
    return row.get("evidence_start"), row.get("evidence_end")


def outcome(events: Iterable[dict[str, Any]], sides: frozenset[str] = frozenset()) -> str:
    """agreed (an affirmed AGREE), failed (REJECT or a negated AGREE), both: mixed; else pending.

    A refusal decides the round only when it is the talks' own ("the talks failed", "Russia and
    Ukraine failed to agree": no sides named, or all of ``sides``). One side refusing ("Russia
    was not looking to create a parallel track", "Ukraine will not agree to cede land") is a
    position inside the talks, shown with the round's events but not its outcome.
    """
    agreed = failed = False
    for e in events:
        if e["event"] == "AGREE" and not (e["negated"] or e["hypothetical"]):
            agreed = True
        elif e["event"] == "REJECT" and not e["negated"] or e["event"] == "AGREE" and e["negated"]:
            named = parties(e)
            if not named or not sides or sides <= named:
                failed = True
    return "mixed" if agreed and failed else "agreed" if agreed else "failed" if failed else "pending"


@dataclass
class Track:
    """One negotiating format and its events."""

    parties: frozenset[str]
    venue: str | None
    mediators: frozenset[str]
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.parties, self.venue, self.mediators)


def complete_one_sided(rows: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> None:
    """Talks have two sides: a CONSULT coded with one side only ("Russian diplomats had handed
    Ukraine a document in the last round of talks") takes as recipient the one other country
    whose actor is named inside its evidence; the event is marked ``parties_inferred``."""
    for r in rows:
        if r["event"] != "CONSULT" or len(parties(r)) != 1 or r["evidence_start"] is None:
            continue
        inside = {m["country"] for m in mentions if m["article_id"] == r["article_id"]
                  and r["evidence_start"] <= m["start"] and m["end"] <= r["evidence_end"]}
        others = inside - parties(r) - set(r["third_party_countries"])
        if len(others) == 1:
            r["recipient_countries"] = sorted(others)
            r["parties_inferred"] = True


def assign(rows: list[dict[str, Any]]) -> list[Track]:
    """Group talks events into tracks (see module docstring)."""
    tracks: dict[tuple, Track] = {}

    def track_for(p: frozenset[str], venue: str | None, med: frozenset[str]) -> Track:
        key = (p, venue, med)
        if key not in tracks:
            tracks[key] = Track(p, venue, med)
        return tracks[key]

    anchors = [r for r in rows if r["event"] == "CONSULT" and venue_key(r)]
    for r in anchors:
        r["_track"] = track_for(parties(r), venue_key(r), frozenset(r["third_party_countries"]))
    for r in anchors:  # one side named ("Russian diplomats met at …"): join the fuller track
        wider = [t for t in tracks.values() if t.venue == venue_key(r)
                 and t.parties > parties(r) and t.mediators >= r["_track"].mediators]
        if len(wider) == 1:
            r["_track"] = wider[0]
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in anchors:
        by_article.setdefault(r["article_id"], []).append(r)
    for r in rows:
        if "_track" in r:
            continue
        p = parties(r)
        same = [a for a in by_article.get(r["article_id"], []) if p <= a["_track"].parties]
        if not p:  # no sides found ("the talks failed"): only talks told in the same evidence
            same = [a for a in same if distance(span(a), span(r)) == 0]
        if venue_key(r):
            same = [a for a in same if venue_key(a) == venue_key(r)] or same
        if same:
            r["_track"] = min(same, key=lambda a: distance(span(a), span(r)))["_track"]
        elif p:
            r["_track"] = track_for(p, venue_key(r), frozenset(r["third_party_countries"]))
    for r in rows:
        if "_track" in r:
            r.pop("_track").events.append(r)
    return [t for t in tracks.values() if t.events]


def attach_quotes(tracks: list[Track], quotes: list[dict[str, Any]],
                  mentions: Sequence[dict[str, Any]] = ()) -> None:
    """Give each principal's quote to the nearest track event in its article (within reach).

    An event is as near as its evidence or any of its other mentions (``Event.mentions``): a
    quote that says "we mainly talked about humanitarian issues" is about the talks that
    "talked" was folded into, even when another track's sentence is closer."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault((m["article_id"], m["event_id"]), []).append((m["start"], m["end"]))
    for q in quotes:
        best: tuple[float, Track | None, dict[str, Any] | None] = (float("inf"), None, None)
        for t in tracks:
            if q["speaker_country"] not in t.parties | t.mediators:
                continue
            for e in t.events:
                if e["article_id"] != q["article_id"]:
                    continue
                d = min(distance((q["start"], q["end"]), s) for s in
                        [span(e), *spans.get((e["article_id"], e["event_id"]), [])])
                if d < best[0]:
                    best = (d, t, e)
        nearest, track, event = best
        if track is not None and event is not None and nearest <= QUOTE_REACH:  # set together
            track.quotes.append((q, event))


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _event_out(e: dict[str, Any]) -> dict[str, Any]:
    keep = ("article_id", "event_id", "event", "mode", "actor_names", "actor_countries",
            "recipient_names", "recipient_countries", "third_party_names", "place_name",
            "negated", "future", "hypothetical", "claimed_by_name", "trigger_text",
            "evidence_text", "title", "source", "url")
    return {**{k: e[k] for k in keep}, "date": _iso(e["day"]), "published": _iso(e["published"]),
            "parties_inferred": e.get("parties_inferred", False)}


def _quote_out(q: dict[str, Any], about: dict[str, Any]) -> dict[str, Any]:
    keep = ("article_id", "quote_id", "speaker_name", "speaker_text", "speaker_country", "kind",
            "cue", "text")
    return {**{k: q[k] for k in keep}, "about_event": about["event_id"],
            "published": _iso(q["published"])}


def render(track: Track) -> dict[str, Any]:
    """A track as plain JSON-ready data: track -> rounds -> events, demands, quotes."""
    days = sorted({e["day"] for e in track.events if e["day"]} | ({None} if any(
        e["day"] is None for e in track.events) else set()), key=lambda d: (d is None, d))
    rounds = []
    for day in days:
        evs = sorted((e for e in track.events if e["day"] == day), key=lambda e: e["seq"])
        ids = {(e["article_id"], e["event_id"]) for e in evs}
        rounds.append({
            "date": _iso(day),
            "outcome": outcome(evs, track.parties),
            "events": [_event_out(e) for e in evs],
            "demands": [_event_out(e) for e in evs if e["event"] == "REQUEST"],
            "quotes": [_quote_out(q, e) for q, e in track.quotes
                       if (e["article_id"], e["event_id"]) in ids],
        })
    decided = [r["outcome"] for r in rounds if r["outcome"] != "pending"]
    venue = next((e for e in track.events if venue_key(e) == track.venue and track.venue), None)
    side = " – ".join(sorted(track.parties))
    title = f"{side} talks" + (f" at {venue['place_name']}" if venue else "")
    if track.mediators:
        title += f", mediated by {', '.join(sorted(track.mediators))}"
    return {
        "id": "|".join([",".join(sorted(track.parties)), track.venue or "",
                        ",".join(sorted(track.mediators))]),
        "title": title,
        "parties": sorted(track.parties),
        "party_names": sorted({n for e in track.events for n in e["actor_names"]
                               + e["recipient_names"]}),
        "mediators": sorted(track.mediators),
        "mediator_names": sorted({n for e in track.events for n in e["third_party_names"]}),
        "venue": None if not venue else {
            "name": venue["place_name"], "country": venue["place_country"],
            "lat": venue["lat"], "lon": venue["lon"]},
        "first_date": rounds[0]["date"] if rounds else None,
        "last_date": rounds[-1]["date"] if rounds else None,
        "outcome": decided[-1] if decided else "pending",
        "articles": sorted({e["article_id"] for e in track.events}),
        "rounds": rounds,
    }


def build_talks(store: Store, between: Iterable[str] | None = None, start: str | None = None,
                end: str | None = None) -> dict[str, Any]:
    """Every talks track (those whose parties include all of ``between``), newest last."""
    wanted = frozenset(c.upper() for c in between or ())
    sql = _EVENTS
    params: list[Any] = [list(TALKS_TYPES)]
    if start:
        sql += " AND e.day >= ?::DATE"
        params.append(start)
    if end:
        sql += " AND e.day <= ?::DATE"
        params.append(end)
    if wanted:
        sql += (" AND e.article_id IN (SELECT article_id FROM events WHERE "
                "list_has_any(actor_countries || recipient_countries, ?))")
        params.append(sorted(wanted))
    rows = store.sql(sql + " ORDER BY e.seq", params, arrow=True).to_pylist()
    one_sided = sorted({r["article_id"] for r in rows
                        if r["event"] == "CONSULT" and len(parties(r)) == 1})
    if one_sided:
        complete_one_sided(rows, store.sql(_STATE_MENTIONS, [one_sided], arrow=True).to_pylist())
    tracks = [t for t in assign(rows) if wanted <= t.parties]
    articles = sorted({e["article_id"] for t in tracks for e in t.events})
    if articles:
        attach_quotes(tracks, store.sql(_QUOTES, [articles], arrow=True).to_pylist(),
                      store.sql(_EVENT_MENTIONS, [articles], arrow=True).to_pylist())
    out = [render(t) for t in tracks]
    out.sort(key=lambda t: (t["first_date"] or "", t["title"]))
    return {"between": sorted(wanted), "tracks": out}
