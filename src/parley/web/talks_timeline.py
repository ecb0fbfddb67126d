"""Server-side SVG geometry for the talks timeline: one row per round, grouped by track.

Each round is a dot (a bar when it spans days) on a date axis, in its own row, with its label
beside it, so labels never overlap; zooming is a date window (``start``/``end``) given by the
page's links. Returns numbers only; the template writes the SVG elements."""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

WIDTH, ROW, LEFT, RIGHT, TOP = 960, 20, 250, 20, 28
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _short(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def timeline(tracks: list[dict[str, Any]], start: str | None = None,
             end: str | None = None) -> dict[str, Any]:
    """Tracks -> rows (a heading per track, a row per round), axis ticks and the size."""
    days = [d for t in tracks for r in t["rounds"] for d in (_day(r["date"]), _day(r["end_date"]))
            if d]
    if not days:
        return {"rows": [], "ticks": [], "width": WIDTH, "height": TOP, "zoom": []}
    first, last = _day(start) or min(days), _day(end) or max(days)
    if (last - first).days < 14 and not (start or end):  # a few days: room either side
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    span = (last - first).days
    plot = WIDTH - LEFT - RIGHT

    def x(d: date) -> float:
        return round(LEFT + plot * ((d - first).days / span), 1)

    rows: list[dict[str, Any]] = []
    y = TOP
    for t in tracks:
        y += ROW
        rows.append({"kind": "track", "y": y, "text": t["process_name"], "outcome": t["outcome"]})
        for r in t["rounds"]:
            y += ROW
            d0, d1 = _day(r["date"]), _day(r["end_date"]) or _day(r["date"])
            if d0 is None or d1 is None:
                continue
            x0, x1 = x(d0), x(d1)
            when = _short(d0) + (f"–{_short(d1)}" if d1 != d0 else "")
            venue = (r.get("venue") or {}).get("name")
            label = f"{when} · {r['outcome']}" + (f" · {venue}" if venue else "")
            right = x0 < LEFT + plot * 0.62  # label beside the dot, towards the free side
            rows.append({
                "kind": "round", "y": y, "x": x0, "x1": max(x1, x0), "outcome": r["outcome"],
                "text": f"#{r['n']}" + (f" (round {r['number']})" if r["number"] else ""),
                "label": label,
                "lx": x1 + 9 if right else x0 - 9, "anchor": "start" if right else "end",
                "title": f"{t['process_name']}: {label}", "date": r["date"],
            })
    ticks = []
    if span <= 62:
        step = 7 if span > 14 else 1
        d = first
        while d <= last:
            if x(d) < WIDTH - RIGHT - 40:  # no tick label cut at the right edge
                ticks.append({"x": x(d), "text": _short(d), "start": None, "end": None})
            d += timedelta(days=step)
    else:
        d = first.replace(day=1)
        while d <= last:
            end_of_month = d.replace(day=calendar.monthrange(d.year, d.month)[1])
            if end_of_month >= first and x(max(d, first)) < WIDTH - RIGHT - 30:
                ticks.append({"x": x(max(d, first)), "text": MONTHS[d.month - 1] + (
                    f" {d.year}" if d.month == 1 or not ticks else ""),
                    "start": d.isoformat(), "end": end_of_month.isoformat()})
            d = end_of_month + timedelta(days=1)
    zoom = [t for t in ticks if t["start"]]
    shown: list[dict[str, Any]] = []
    for t in ticks:  # axis labels at least 45 px apart: the later (a whole month) wins
        if shown and t["x"] - shown[-1]["x"] < 45:
            shown.pop()
        shown.append(t)
    return {"rows": rows, "ticks": shown, "zoom": zoom, "width": WIDTH, "height": y + ROW, "left": LEFT,
            "axis": TOP, "zoomed": bool(start or end),
            "first": first.isoformat(), "last": last.isoformat()}
