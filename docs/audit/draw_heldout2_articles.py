"""The 2,000 CNN headlines of the second held-out places/dates store (seed 20261212). Stdlib only.

Pool: every line of cnn-ukraine-live-2022.jsonl whose id is in none of: the ids excluded from
the first held-out draw (heldout-places-dates-excluded-ids.txt), the first held-out draw's 2,000
headlines (draw_heldout_articles.py, seed 20261208, rebuilt here), and the `cnn` half of every
event sample that a developer or judge has seen (audit, dev 1-3, held-out 1-2). Then
random.Random(20261212).sample(pool, 2000), written as id/text/published lines. Drawn at the
start of the third session, ingested and judged before and after its work.

Run from the repository root:
    python3 docs/audit/draw_heldout2_articles.py ../shared/corpora/cnn-ukraine-live-2022.jsonl OUT.jsonl
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/cnn-ukraine-live-2022.jsonl")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "heldout2-cnn.jsonl")
EVENT_SAMPLES = ["sample-events-2026-12.jsonl", "dev-sample-events-2026-12.jsonl",
                 "dev-sample-2-events-2026-12.jsonl", "dev-sample-3-events-2026-12.jsonl",
                 "heldout-events-2026-12.jsonl", "heldout2-events-2026-12.jsonl"]

used = set((HERE / "heldout-places-dates-excluded-ids.txt").read_text().split())
cnn = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
first_pool = [r for r in cnn if r["id"] not in used]
used |= {r["id"] for r in random.Random(20261208).sample(first_pool, 2000)}
for name in EVENT_SAMPLES:
    with (HERE / name).open(encoding="utf-8") as fh:
        used |= {json.loads(line)["id"] for line in fh if line.strip()}
pool = [r for r in cnn if r["id"] not in used]
with OUT.open("w", encoding="utf-8") as fh:
    for r in random.Random(20261212).sample(pool, 2000):
        fh.write(json.dumps({k: r[k] for k in ("id", "text", "published")}) + "\n")
print(f"pool {len(pool)} of {len(cnn)}; wrote 2000 to {OUT}")
