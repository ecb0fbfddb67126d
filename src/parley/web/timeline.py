"""Server-side SVG geometry for small charts (no script needed): stacked bars per day, week or
month, every period between the first and last shown (empty ones too). Returns numbers only;
the template writes the SVG elements."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

QUADS = {0: "uncoded", 1: "verbal cooperation", 2: "material cooperation",
         3: "verbal conflict", 4: "material conflict"}
WIDTH, HEIGHT, PAD = 720, 160, 28
MAX_BARS = 120
UNITS = ("day", "week", "month")


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    quad: int
    n: int
    label: str


def start_of(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def next_period(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def auto_unit(first: date | None, last: date | None) -> str:
    """Day for spans up to MAX_BARS days, week up to MAX_BARS weeks, else month."""
    if first is None or last is None:
        return "day"
    span = (last - first).days + 1
    return "day" if span <= MAX_BARS else "week" if span <= MAX_BARS * 7 else "month"


def periods(first: date, last: date, unit: str) -> list[date]:
    """Every period start from ``first``'s period to ``last``'s, empty ones included."""
    out, d = [], start_of(first, unit)
    while d <= last:
        out.append(d)
        d = next_period(d, unit)
    return out


def stacked_bars(rows: list[dict[str, Any]], unit: str = "day",
                 names: dict[int, str] | None = None) -> dict[str, Any]:
    """Rows (day, quad, n) -> bars per ``unit`` (every period, empty ones too), axis labels and
    the chart size. ``names`` labels the colour classes (default: quad classes)."""
    names = names or QUADS
    empty = {"bars": [], "width": WIDTH, "height": HEIGHT, "labels": [], "max": 0,
             "unit": unit, "periods": 0}
    if not rows:
        return empty
    totals: dict[date, dict[int, int]] = {}
    for r in rows:
        b = start_of(r["day"], unit)
        slot = totals.setdefault(b, {})
        slot[int(r["quad"])] = slot.get(int(r["quad"]), 0) + int(r["n"])
    buckets = periods(min(totals), max(totals), unit)
    top = max(sum(v.values()) for v in totals.values())
    slot_w = (WIDTH - 2 * PAD) / max(len(buckets), 1)
    width = max(min(slot_w * 0.8, 40), 1)
    bars: list[Bar] = []
    for i, b in enumerate(buckets):
        y: float = HEIGHT - PAD
        x = PAD + i * slot_w + (slot_w - width) / 2
        for quad in sorted(totals.get(b, {})):
            n = totals[b][quad]
            h = (HEIGHT - 2 * PAD) * n / top
            y -= h
            bars.append(Bar(round(x, 1), round(y, 1), round(width, 1), round(h, 1), quad, n,
                            f"{unit} of {b.isoformat()}: {n} {names.get(quad, quad)}"))
    step = max(1, len(buckets) // 6)
    fmt = "%Y-%m" if unit == "month" else "%Y-%m-%d"
    labels = [{"x": round(PAD + i * slot_w + slot_w / 2, 1), "text": b.strftime(fmt)}
              for i, b in enumerate(buckets) if i % step == 0]
    return {"bars": bars, "width": WIDTH, "height": HEIGHT, "labels": labels, "max": top,
            "base": HEIGHT - PAD, "unit": unit, "periods": len(buckets),
            "first": buckets[0], "last": buckets[-1]}
