"""Held-out event samples 13 and later (eighth session): 100 CNN 2022 headlines + 100 PolNeAR dev
sentences, drawn with the sample's seed from the pools of `draw_sample.py` minus every text of
every earlier event sample committed here (`*events-2026-12.jsonl`: the audit, dev 1-3 and
held-out 1-12 samples, and for 14 also held-out 13). Stdlib only.

Held-out 13 (seed 20261223) was drawn at `53d06c7`, judged before and after the eighth
session's first round; held-out 14 (seed 20261225) was drawn after that and judged before and
after its second round. Held-out 15 (seed 20261226) was drawn at the ninth session's start (`14c12b1`) and judged
before and after its first round; held-out 16 (seed 20261227) was drawn after that, at the
round's merged code (`b496b23`+), for the second round; held-out 17 (seed 20261228) at the second round's merged code
(`8973327`+) for a third; held-out 18 (seed 20261229) at the tenth session's start (`4928091`)
for its round; held-out 19 (seed 20261230) at the eleventh session's start (`7dfe34e`).
Later draws (20-23) are recorded in their own events-actors-heldoutN.md; held-out 23 (seed
20270103) was drawn at the fifteenth session's start (`120f22a`).
Developers were told not to open a sample until it was measured.

Run from the repository root:  python3 docs/audit/draw_heldout_events.py N OUT.jsonl   (N = a key of SEEDS)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_sample import draw, pools, write  # noqa: E402  same pools, splitter and draw

SEEDS = {13: 20261223, 14: 20261225, 15: 20261226, 16: 20261227, 17: 20261228, 18: 20261229, 19: 20261230, 20: 20261231, 21: 20270101, 22: 20270102, 23: 20270103, 24: 20270104, 25: 20270105, 26: 20270106, 27: 20270107, 28: 20270108, 29: 20270109, 30: 20270110, 31: 20270111, 32: 20270112, 33: 20270113, 34: 20270114, 35: 20270115, 36: 20270116, 37: 20270117, 38: 20270118}


def earlier_texts(n: int) -> set[str]:
    """Every text of the committed event samples, except held-out n and later ones."""
    seen: set[str] = set()
    for f in sorted(HERE.glob("*events-2026-12.jsonl")):
        m = re.match(r"heldout(\d+)-", f.name)
        if m and int(m.group(1)) >= n:
            continue
        seen |= {json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines()
                 if line.strip()}
    return seen


def main(n: int, out: Path) -> None:
    seen = earlier_texts(n)
    cnn, pol = pools()
    rows = draw(SEEDS[n], cnn, pol, seen)
    assert not {r["text"] for r in rows} & seen
    write(out, rows)
    print(f"held-out {n}: {len(seen)} earlier texts excluded, {len(rows)} drawn -> {out}")


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
