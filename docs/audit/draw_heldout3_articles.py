"""The CNN headlines of the third held-out places/dates store (seed 20261215). Stdlib only.

Pool: every line of cnn-ukraine-live-2022.jsonl whose id is in none of: the ids excluded from
the first held-out draw (heldout-places-dates-excluded-ids.txt), the first and second held-out
draws (seeds 20261208 and 20261212, rebuilt here), and the `cnn` half of every event sample
(audit, dev 1-3, held-out 1-5; held-out 5 is read from HELDOUT5, outside the repository until
judged). All of the pool, shuffled with random.Random(20261215), is written as id/text/published
lines. Drawn at the start of the fourth session, ingested and judged before and after its work;
the session's places developer got these ids only as an exclusion list.

Run from the repository root:
    python3 docs/audit/draw_heldout3_articles.py CORPUS HELDOUT5 OUT.jsonl
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPUS, HELDOUT5, OUT = (Path(a) for a in sys.argv[1:4])
EVENT_SAMPLES = ["sample-events-2026-12.jsonl", "dev-sample-events-2026-12.jsonl",
                 "dev-sample-2-events-2026-12.jsonl", "dev-sample-3-events-2026-12.jsonl",
                 "heldout-events-2026-12.jsonl", "heldout2-events-2026-12.jsonl",
                 "heldout3-events-2026-12.jsonl", "heldout4-events-2026-12.jsonl"]


def ids(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


used = set((HERE / "heldout-places-dates-excluded-ids.txt").read_text().split())
cnn = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
first_pool = [r for r in cnn if r["id"] not in used]
used |= {r["id"] for r in random.Random(20261208).sample(first_pool, 2000)}
for name in EVENT_SAMPLES[:6]:  # the second draw's exclusions, as draw_heldout2_articles.py
    used |= ids(HERE / name)
second_pool = [r for r in cnn if r["id"] not in used]
used |= {r["id"] for r in random.Random(20261212).sample(second_pool, 2000)}
for name in EVENT_SAMPLES[6:]:
    used |= ids(HERE / name)
used |= ids(HELDOUT5)
pool = [r for r in cnn if r["id"] not in used]
random.Random(20261215).shuffle(pool)
with OUT.open("w", encoding="utf-8") as fh:
    for r in pool:
        fh.write(json.dumps({k: r[k] for k in ("id", "text", "published")}) + "\n")
print(f"pool {len(pool)} of {len(cnn)}; wrote {len(pool)} to {OUT}")
