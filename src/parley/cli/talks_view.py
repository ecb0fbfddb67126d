"""Print the talks tracker's tracks as a rich timeline (``parley talks``)."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.tree import Tree

OUTCOME_STYLE = {"agreed": "green", "failed": "red", "mixed": "yellow", "pending": "dim"}


def _event_line(e: dict[str, Any]) -> str:
    who = ", ".join(e["actor_names"]) or "?"
    to = f" → {', '.join(e['recipient_names'])}" if e["recipient_names"] else ""
    flag = " [red](negated)[/]" if e["negated"] else " (future)" if e["future"] else ""
    claim = f" [dim]per {escape(e['claimed_by_name'])}[/]" if e["claimed_by_name"] else ""
    return (f"[bold]{e['event']}[/]{flag} {escape(who)}{escape(to)}: "
            f"{escape(e['evidence_text'] or '')}{claim}")


def print_talks(console: Console, talks: dict[str, Any]) -> None:
    """One tree per track: rounds by date, each with its events, demands and quotes."""
    if not talks["tracks"]:
        console.print("no talks found" + (f" between {' and '.join(talks['between'])}"
                                          if talks["between"] else ""))
        return
    for track in talks["tracks"]:
        style = OUTCOME_STYLE[track["outcome"]]
        tree = Tree(f"[bold]{escape(track['title'])}[/] — [{style}]{track['outcome']}[/] "
                    f"({track['first_date']} … {track['last_date']})")
        for rnd in track["rounds"]:
            rstyle = OUTCOME_STYLE[rnd["outcome"]]
            node = tree.add(f"{rnd['date'] or 'undated'} [{rstyle}]{rnd['outcome']}[/]")
            for e in rnd["events"]:
                node.add(_event_line(e))
            if rnd["demands"]:
                demands = node.add("[bold]demands[/]")
                for d in rnd["demands"]:
                    demands.add(escape(f"{', '.join(d['actor_names'])}: {d['evidence_text']}"))
            for q in rnd["quotes"]:
                # the text keeps the article's own quote marks (a direct quote has them)
                node.add(f"[italic]{escape(q['speaker_name'] or q['speaker_text'] or '?')}[/] "
                         f"[dim]{q['kind']}[/]: {escape(q['text'])}")
        console.print(tree)
