"""A readable, terminal-sized summary of one CodedArticle (``parley code --format pretty``)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from parley.schema import CodedArticle


def _names(coded: CodedArticle, ids: list[str]) -> str:
    return " + ".join(a.name for i in ids if (a := coded.actor(i))) or "—"


def _row(table: Table, *cells: str) -> None:
    """Add a row of plain text: article text may contain [brackets] rich would read as markup."""
    table.add_row(*(Text(str(c)) for c in cells))


def print_summary(coded: CodedArticle, console: Console | None = None) -> None:
    """Actors, quotes, events, places and removed lines, one table each."""
    console = console or Console()
    art = coded.article
    console.rule(f"[bold]{art.title or art.id}[/bold]  published {art.published or '?'}")

    actors = Table(title="Actors", show_lines=False)
    for col in ("id", "name", "kind", "country", "sector", "role", "mentions"):
        actors.add_column(col)
    for a in coded.actors:
        mentions = ", ".join(dict.fromkeys(m.text for m in a.mentions))
        _row(actors, a.id, a.name, a.kind, a.country or "", a.sector or "", a.role or "", mentions)
    console.print(actors)

    quotes = Table(title="Quotes")
    for col in ("speaker", "via", "kind", "cue", "text"):
        quotes.add_column(col)
    for q in coded.quotes:
        speaker = coded.actor(q.speaker)
        _row(quotes, speaker.name if speaker else "?", q.speaker_text or "", q.kind, q.cue or "", q.text)
    console.print(quotes)

    events = Table(title="Events")
    for col in ("event", "actor", "recipient", "third party", "place", "date", "flags", "trigger"):
        events.add_column(col)
    for e in coded.events:
        place = coded.place(e.place)
        flags = [f for f in ("negated", "future", "hypothetical", "historical") if getattr(e, f)]
        if e.claimed_by:
            flags.append(f"claimed by {_names(coded, [e.claimed_by])}")
        date = (e.date or "") + (" (inferred)" if e.date_inferred and e.date else "")
        _row(events, 
            f"{e.event}" + (f" / {e.mode}" if e.mode else ""),
            _names(coded, e.actor), _names(coded, e.recipient), _names(coded, e.third_party),
            place.name if place else "", date, ", ".join(flags), e.trigger.text if e.trigger else "",
        )
    console.print(events)

    places = Table(title="Places")
    for col in ("name", "country", "feature", "lat", "lon", "geonameid"):
        places.add_column(col)
    for p in coded.places:
        _row(places, 
            p.name, p.country or "", p.feature or "",
            f"{p.lat:.3f}" if p.lat is not None else "", f"{p.lon:.3f}" if p.lon is not None else "",
            str(p.geonameid or ""),
        )
    console.print(places)

    if coded.removed:
        console.print("[bold]Removed boilerplate[/bold]")
        for r in coded.removed:
            console.print(f"  [{r.reason}] {r.text}", markup=False, highlight=False)
