"""A readable summary of one CodedArticle (``parley code --format pretty``).

One line per item rather than wide tables, so it reads in an 80-column terminal and in logs.
"""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from parley.schema import CodedArticle, Event


def _names(coded: CodedArticle, ids: list[str]) -> str:
    return " + ".join(a.name for i in ids if (a := coded.actor(i))) or "?"


def _line(*parts: tuple[str, str]) -> Text:
    """Plain text with styles: article text may hold [brackets] that rich would read as markup."""
    text = Text()
    for chunk, style in parts:
        text.append(chunk, style=style)
    return text


def _event_line(coded: CodedArticle, e: Event) -> Text:
    who = _names(coded, e.actor)
    whom = f" → {_names(coded, e.recipient)}" if e.recipient else ""
    via = f" via {_names(coded, e.third_party)}" if e.third_party else ""
    place = coded.place(e.place)
    where = f" @ {place.name}" if place else ""
    when = f" {e.date}{' (inferred)' if e.date_inferred else ''}" if e.date else ""
    flags = [f for f in ("negated", "future", "hypothetical", "historical") if getattr(e, f)]
    if e.claimed_by:
        flags.append(f"claimed by {_names(coded, [e.claimed_by])}")
    return _line(
        (f"  {e.event:<9}", "bold red" if e.negated else "bold"),
        (f"{who}{whom}{via}{where}{when}", ""),
        (f"  [{', '.join(flags)}]" if flags else "", "yellow"),
        (f"  «{e.trigger.text if e.trigger else ''}» cameo {e.cameo or '-'}", "dim"),
    )


def print_summary(coded: CodedArticle, console: Console | None = None) -> None:
    """Actors, quotes, events, places and removed lines, one line each."""
    console = console or Console()
    art = coded.article
    console.rule(Text(f"{art.title or art.id} — published {art.published or '?'}"))

    console.print(Text(f"Actors ({len(coded.actors)})", style="bold underline"))
    for a in coded.actors:
        code = "/".join(x for x in (a.country, a.sector) if x) or "-"
        mentions = ", ".join(dict.fromkeys(m.text for m in a.mentions))
        console.print(_line(
            (f"  {a.name}", "bold"), (f"  {a.kind} {code}", "cyan"),
            (f"  {a.role}" if a.role else "", ""), (f"  mentions: {mentions}", "dim"),
        ))

    console.print(Text(f"Quotes ({len(coded.quotes)})", style="bold underline"))
    for q in coded.quotes:
        speaker = coded.actor(q.speaker)
        console.print(_line(
            (f"  {speaker.name if speaker else '?'}", "bold"),
            (f" (as “{q.speaker_text}”, {q.kind}, {q.cue}): ", "cyan"),
            (q.text, ""),
        ))

    console.print(Text(f"Events ({len(coded.events)})", style="bold underline"))
    for e in coded.events:
        console.print(_event_line(coded, e))

    console.print(Text(f"Places ({len(coded.places)})", style="bold underline"))
    for p in coded.places:
        point = f" {p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        console.print(_line(
            (f"  {p.name}", "bold"), (f"  {p.country or '-'} {p.feature or ''}{point}", "cyan"),
            (f"  geonames {p.geonameid}" if p.geonameid else "", "dim"),
        ))

    if coded.removed:
        console.print(Text(f"Removed boilerplate ({len(coded.removed)})", style="bold underline"))
        for r in coded.removed:
            console.print(_line((f"  [{r.reason}] ", "dim"), (r.text, "")))
