"""The data behind each page and API list: one function per view, used by both renderings."""
from __future__ import annotations

import calendar
from dataclasses import replace
from typing import Any

from parley.corpus import reads as corpus_reads
from parley.corpus.talks import build_talks
from parley.errors import Errors
from parley.schema import CodedArticle
from parley.store import QueryError, Store
from parley.store import actor_reads as A
from parley.store import event_reads as E
from parley.store import place_reads as P
from parley.store.filters import EventFilter
from parley.web.highlight import pieces
from parley.web.params import Page
from parley.web.timeline import auto_unit, stacked_bars


def chart(store: Store, f: EventFilter, unit: str | None) -> dict[str, Any]:
    """The events-over-time chart under a filter: per day, week or month (``None``: chosen
    from the span), every period between the first and last event shown."""
    first, last = E.day_span(store, f)
    unit = unit or auto_unit(first, last)
    return stacked_bars(E.timeline(store, f, unit), unit)


def overview(store: Store, f: EventFilter | None = None, unit: str | None = None
             ) -> dict[str, Any]:
    """Counts, the timeline by quad class (following the filters), top actors, the latest
    incidents and events."""
    f = f or EventFilter()
    stats = store.stats()
    latest = corpus_reads.query_incidents(store, limit=10, desc=True, arrow=True).to_pylist()
    first, last = E.day_span(store, f)
    unit = unit or auto_unit(first, last)
    # history a story recalls ("the 1941 siege") is never the latest news
    news = replace(f, historical=False) if f.historical is None else f
    return {
        "stats": stats,
        "unit": unit,
        "timeline": E.timeline(store, f, unit),
        "top_actors": A.top_actors(store, 10),
        "latest_incidents": latest,
        "latest_events": E.events_page(store, news, None, 10, True),
    }


def overview_chart(data: dict[str, Any]) -> dict[str, Any]:
    return stacked_bars(data["timeline"], data["unit"])


def events(store: Store, f: EventFilter, page: Page, facets: bool) -> dict[str, Any]:
    rows = E.events_page(store, f, page.after, page.limit + 1, page.desc, page.before,
                         page.sort)
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
ROLE_NAMES = {1: "as actor", 3: "as recipient", 0: "as third party",
              2: "claimed in the actor's words"}


def actor(store: Store, key: str, page: Page | None = None) -> dict[str, Any] | None:
    """One actor: who, its whole history as a chart (no cap), one page of its events."""
    who = A.actor(store, key)
    if who is None:
        return None
    page = page or Page(None, 100, True)
    if page.before:
        evs = A.actor_events(store, key, page.limit + 1, page.before, not page.desc)
        evs.reverse()
    else:
        evs = A.actor_events(store, key, page.limit + 1, page.after, page.desc)
    rows = [{"day": r["day"], "quad": ROLE_COLOURS[r["role"]], "n": r["n"]}
            for r in A.actor_timeline(store, key)]
    return {"actor": who, "events": evs, "n_events": A.actor_event_count(store, key),
            "quotes": A.actor_quotes(store, key, 50), "chart_rows": rows}


def actor_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    if not rows:
        return stacked_bars([], "day", ROLE_NAMES)
    unit = auto_unit(min(r["day"] for r in rows), max(r["day"] for r in rows))
    return stacked_bars(rows, unit, ROLE_NAMES)


def incidents(store: Store, start: str | None, end: str | None, country: str | None,
              event: list[str], min_reports: int, page: Page) -> list[dict[str, Any]]:
    """One keyset page of incidents, newest first by default."""
    return corpus_reads.query_incidents(
        store, start, end, country, event or None, min_reports, page.after, page.limit + 1,
        page.desc, arrow=True).to_pylist()


def place(store: Store, key: str, page: Page) -> dict[str, Any] | None:
    """One place across articles, with one page of the events placed there."""
    found = P.place(store, key)
    if found is None:
        return None
    f = EventFilter(place=key)
    rows = E.events_page(store, f, page.after, page.limit + 1, page.desc, page.before)
    return {"place": found, "rows": rows, "count": E.count_events(store, f), "f": f}


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
