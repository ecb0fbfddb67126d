"""The data behind each page and API list: one function per view, used by both renderings."""
from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from parley.corpus import reads as corpus_reads
from parley.corpus.talks import build_talks
from parley.errors import Errors
from parley.schema import CodedArticle
from parley.store import QueryError, Store
from parley.store import actor_reads as A
from parley.store import event_reads as E
from parley.store.filters import EventFilter
from parley.web.highlight import pieces
from parley.web.params import Page
from parley.web.timeline import stacked_bars


def overview(store: Store) -> dict[str, Any]:
    """Counts, the timeline by quad class, top actors and the latest incidents."""
    stats = store.stats()
    latest = corpus_reads.query_incidents(store, limit=10, desc=True, arrow=True).to_pylist()
    return {
        "stats": stats,
        "timeline": E.timeline(store),
        "top_actors": A.top_actors(store, 10),
        "latest_incidents": latest,
        # history a story recalls ("the 1941 siege") is never the latest news
        "latest_events": E.events_page(store, EventFilter(historical=False), None, 10, True),
    }


def overview_chart(data: dict[str, Any]) -> dict[str, Any]:
    return stacked_bars(data["timeline"])


def events(store: Store, f: EventFilter, page: Page, facets: bool) -> dict[str, Any]:
    rows = E.events_page(store, f, page.after, page.limit + 1, page.desc)
    out: dict[str, Any] = {"rows": rows, "count": E.count_events(store, f)}
    if facets:
        out["facets"] = E.event_facets(store, f)
        for item in out["facets"]["month"]:
            item["start"], item["end"] = month_span(item["value"])
    return out


def month_span(month: str) -> tuple[str, str]:
    """'2022-03' -> ('2022-03-01', '2022-03-31'): the filter range a month facet links to."""
    year, mon = (int(x) for x in month.split("-"))
    last = calendar.monthrange(year, mon)[1]
    return f"{month}-01", f"{month}-{last:02d}"


def map_data(store: Store, f: EventFilter) -> dict[str, Any]:
    """Located events grouped by place, and located incidents, under the shared filters."""
    return {"events": E.map_points(store, f),
            "incidents": corpus_reads.incident_points(store, f.start, f.end, f.country,
                                                      f.event)}


def article(store: Store, article_id: str) -> CodedArticle | None:
    return store.get_article(article_id)


def article_view(store: Store | None, coded: CodedArticle) -> dict[str, Any]:
    """What the article page shows: highlighted pieces, the coded events with names, links."""
    keys = A.article_actor_keys(store, coded.article.id) if store is not None else {}
    names = {a.id: a.name for a in coded.actors}
    events = []
    for e in coded.events:
        place = coded.place(e.place)
        events.append({
            "e": e, "actors": [(names.get(i, i), keys.get(i)) for i in e.actor],
            "recipients": [(names.get(i, i), keys.get(i)) for i in e.recipient],
            "third_parties": [(names.get(i, i), keys.get(i)) for i in e.third_party],
            "place": place.name if place else None,
            "claimed_by": names.get(e.claimed_by or ""),
        })
    quotes = [{"q": q, "speaker": names.get(q.speaker or ""),
               "key": keys.get(q.speaker or "")} for q in coded.quotes]
    return {"coded": coded, "pieces": pieces(coded), "events": events, "quotes": quotes,
            "actor_keys": keys}


ROLE_COLOURS = {"actor": 1, "recipient": 3, "third_party": 0, "claimed": 2}  # chart classes


def actor(store: Store, key: str) -> dict[str, Any] | None:
    who = A.actor(store, key)
    if who is None:
        return None
    evs = A.actor_events(store, key)
    timeline: dict[date, dict[str, int]] = {}
    for e in evs:
        if e["day"] is not None:
            slot = timeline.setdefault(e["day"], dict.fromkeys(ROLE_COLOURS, 0))
            slot[e["role"]] += 1
    rows = [{"day": d, "quad": ROLE_COLOURS[r], "n": n}
            for d, v in sorted(timeline.items()) for r, n in v.items() if n]
    return {"actor": who, "events": evs, "quotes": A.actor_quotes(store, key),
            "chart_rows": rows}


def talks(store: Store, between: list[str], start: str | None, end: str | None,
          after: str | None, limit: int) -> dict[str, Any]:
    """Tracks of one pair, the most evidence first (keyset-paged by rank then id), each with
    its rounds and quotes; the pairs to choose from."""
    data = build_talks(store, between=between or None, start=start, end=end)
    tracks = data["tracks"]
    for i, t in enumerate(tracks):
        t["cursor"] = f"{i:05d}~{t['id']}"
    if after:
        if "~" not in after:
            raise QueryError(Errors.E112.format(cursor=after))
        tracks = [t for t in tracks if t["cursor"] > after]
    return {"between": data["between"], "between_names": data["between_names"],
            "pairs": data["pairs"], "rows": tracks[: limit + 1]}


def talks_flat(tracks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One CSV row per track event: track, round date and outcome, the event."""
    out = []
    for t in tracks:
        for r in t["rounds"]:
            for e in r["events"]:
                out.append({"track_id": t["id"], "track": t["title"], "round": r["date"],
                            "round_outcome": r["outcome"], "track_outcome": t["outcome"],
                            **e, "cursor": t["cursor"]})
    return out
