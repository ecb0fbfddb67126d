"""The 2,000 CNN headlines of the held-out places/dates store (seed 20261208). Stdlib only.

Pool: every line of cnn-ukraine-live-2022.jsonl whose id is in none of: the places4 developer
store's 1,500 headlines (/tmp/p4/CNN.jsonl, seed 31337, listed by id in
heldout-places-dates-excluded-ids.txt), the audit sample's articles, the places dev sample.
Then random.Random(20261208).sample(pool, 2000), written as id/text/published lines.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/cnn-ukraine-live-2022.jsonl")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "heldout-cnn.jsonl")

used = set((HERE / "heldout-places-dates-excluded-ids.txt").read_text().split())
cnn = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
pool = [r for r in cnn if r["id"] not in used]
with OUT.open("w", encoding="utf-8") as fh:
    for r in random.Random(20261208).sample(pool, 2000):
        fh.write(json.dumps({k: r[k] for k in ("id", "text", "published")}) + "\n")
