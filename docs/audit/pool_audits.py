"""Pooled event-audit figures over several held-out draws, with 95 % Wilson intervals (stdlib only).

Usage (from the repository root):
    python3 docs/audit/pool_audits.py docs/audit/events-actors-heldout8-after.jsonl \
        docs/audit/events-actors-heldout9-after.jsonl ...

Why: one draw of 100 headlines moves precision by ±8 points from draw to draw at the same code
(held-out 8-11), more than any round's effect. Pooling the draws judged at nearly the same code
and printing an interval says how far a figure is from its target, and how sure that is. Each
file is one draw's per-item judgement (the format of score_audit.py); halves are kept apart.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from score_audit import figures  # noqa: E402


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of k successes in n trials."""
    if not n:
        return (0.0, 0.0)
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (mid - half, mid + half)


def line(name: str, k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"| {name} | {k}/{n} | {100 * k / n:.1f} % | {100 * lo:.1f}–{100 * hi:.1f} % |" if n \
        else f"| {name} | 0/0 | – | – |"


def main(paths: list[str]) -> None:
    items = [json.loads(x) for p in paths for x in Path(p).read_text(encoding="utf-8").splitlines() if x.strip()]
    for half in sorted({it["half"] for it in items}):
        f = figures([it for it in items if it["half"] == half])
        print(f"\n{half}: {f['items']} items from {len(paths)} file(s)\n")
        print("| figure | n | rate | 95 % interval |\n| --- | --- | --- | --- |")
        print(line("precision (right / coded)", f["right"], f["coded"]))
        print(line("recall (right / right + missed)", f["right"], f["right"] + f["missed"]))
        print(line("actor right (right events, both slots)", f["actors_right"], f["right"]))


if __name__ == "__main__":
    main(sys.argv[1:])
