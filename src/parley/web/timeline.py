"""Server-side SVG geometry for small charts (no script needed): stacked bars per day by quad
class. Returns numbers only; the template writes the SVG elements."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

QUADS = {0: "uncoded", 1: "verbal cooperation", 2: "material cooperation",
         3: "verbal conflict", 4: "material conflict"}
WIDTH, HEIGHT, PAD = 720, 160, 28
MAX_BARS = 120


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    quad: int
    n: int
    label: str


def _bucket(day: date, days_span: int) -> date:
    if days_span <= MAX_BARS:
        return day
    if days_span <= MAX_BARS * 7:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def stacked_bars(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows (day, quad, n) -> bars, axis labels and the chart size, for the template."""
    if not rows:
        return {"bars": [], "width": WIDTH, "height": HEIGHT, "labels": [], "max": 0}
    first, last = min(r["day"] for r in rows), max(r["day"] for r in rows)
    span = (last - first).days + 1
    totals: dict[date, dict[int, int]] = {}
    for r in rows:
        b = _bucket(r["day"], span)
        totals.setdefault(b, {}).setdefault(int(r["quad"]), 0)
        totals[b][int(r["quad"])] += int(r["n"])
    buckets = sorted(totals)
    top = max(sum(v.values()) for v in totals.values())
    slot = (WIDTH - 2 * PAD) / max(len(buckets), 1)
    width = max(min(slot * 0.8, 40), 1)
    bars: list[Bar] = []
    for i, b in enumerate(buckets):
        y: float = HEIGHT - PAD
        x = PAD + i * slot + (slot - width) / 2
        for quad in sorted(totals[b]):
            n = totals[b][quad]
            h = (HEIGHT - 2 * PAD) * n / top
            y -= h
            bars.append(Bar(round(x, 1), round(y, 1), round(width, 1), round(h, 1), quad, n,
                            f"{b.isoformat()}: {n} {QUADS.get(quad, quad)}"))
    step = max(1, len(buckets) // 6)
    labels = [{"x": round(PAD + i * slot + slot / 2, 1), "text": b.isoformat()}
              for i, b in enumerate(buckets) if i % step == 0]
    return {"bars": bars, "width": WIDTH, "height": HEIGHT, "labels": labels, "max": top,
            "base": HEIGHT - PAD}
