"""Print the talks tracker's tracks (``parley talks``): per track a timeline table with one row
per round, then each round's evidence, and the sides' positions."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

OUTCOME_STYLE = {"agreed": "green", "partial": "yellow", "no progress": "magenta",
                 "failed": "red", "postponed": "cyan", "pending": "dim", "mixed": "yellow"}


def _style(outcome: str) -> str:
    return f"[{OUTCOME_STYLE.get(outcome, 'dim')}]{outcome}[/]"


def _event_line(e: dict[str, Any]) -> str:
    who = ", ".join(e["actor_names"]) or ", ".join(e.get("sides") or []) or "?"
    to = f" → {', '.join(e['recipient_names'])}" if e["recipient_names"] else ""
    flag = " [red](negated)[/]" if e["negated"] else ""
    role = e.get("role", "")
    said = f" [dim]⇒ {e['signal']} ({escape(e['signal_words'] or '')})[/]" if e.get(
        "signal") else ""
    claim = f" [dim]per {escape(e['claimed_by_name'])}[/]" if e["claimed_by_name"] else ""
    return (f"[dim]{e['date']}[/] [bold]{e['event']}[/] [dim]{role}[/]{flag} {escape(who)}"
            f"{escape(to)}: {escape(e['evidence_text'] or '')}{claim}{said}")


def round_table(track: dict[str, Any]) -> Table:
    """The track's timeline: one row per round."""
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    for col in ("#", "date", "venue", "mediators", "outcome", "evidence"):
        table.add_column(col, overflow="fold")
    for r in track["rounds"]:
        when = r["date"] + (f" – {r['end_date']}" if r["end_date"] != r["date"] else "")
        number = f"{r['n']}" + (f" (round {r['number']})" if r["number"] else "")
        table.add_row(number, when, escape((r["venue"] or {}).get("name") or ""),
                      escape(", ".join(r["mediator_names"])), _style(r["outcome"]),
                      str(len(r["events"])))
    return table


def print_talks(console: Console, talks: dict[str, Any]) -> None:
    """One block per track: its timeline table, its rounds' evidence, the sides' positions."""
    if not talks["tracks"]:
        console.print("no talks found" + (f" between {' and '.join(talks['between'])}"
                                          if talks["between"] else ""))
        return
    names = " – ".join(talks.get("between_names") or talks["between"])
    console.print(f"[bold]Talks between {escape(names)}[/]: {len(talks['tracks'])} processes, "
                  f"{sum(len(t['rounds']) for t in talks['tracks'])} rounds")
    for track in talks["tracks"]:
        console.rule(f"[bold]{escape(track['title'])}[/] — {_style(track['outcome'])} "
                     f"({track['first_date']} … {track['last_date']})")
        console.print(round_table(track))
        tree = Tree("[bold]rounds[/]")
        for rnd in track["rounds"]:
            node = tree.add(f"{rnd['date']} {_style(rnd['outcome'])}"
                            + (f" at {escape(rnd['venue']['name'])}" if rnd["venue"] else ""))
            for e in rnd["events"]:
                node.add(_event_line(e))
            for q in rnd["quotes"]:
                # the text keeps the article's own quote marks (a direct quote has them)
                node.add(f"[italic]{escape(q['speaker_name'] or q['speaker_text'] or '?')}[/] "
                         f"[dim]{q['kind']}[/]: {escape(q['text'])}")
        if track["positions"]:
            pos = tree.add("[bold]positions[/]")
            for p in track["positions"]:
                who = f" [dim]({escape(', '.join(p['said_by']))})[/]" if p["said_by"] else ""
                pos.add(f"{p['party']} {p['kind']}: {escape(p['text'])}{who} "
                        f"[dim]{len(p['sources'])} source(s)[/]")
        if track["outcome_evidence"]:
            tree.add("[bold]outcome from[/]: " + escape(
                "; ".join(f"{e['date']} {e['evidence_text']}" for e in track["outcome_evidence"]
                          [:3])))
        console.print(tree)
