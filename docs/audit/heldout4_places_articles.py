"""Input articles of the fourth held-out places/dates store (see draw_heldout4_places.py).

Run from the repository root, then ingest the output at the code to measure:
    python3 docs/audit/heldout4_places_articles.py PLACES3_ARTICLES.jsonl HELDOUT8.jsonl OUT.jsonl
    parley ingest OUT.jsonl --db STORE.duckdb --workers 2
PLACES3_ARTICLES is the output of draw_heldout3_articles.py; HELDOUT8 the held-out event
sample 8 (its `cnn` half is used); the PolNeAR dev articles come first.
"""
import json
import sys
from pathlib import Path

POLNEAR = "/work/shared/eval/quotes/polnear-dev.jsonl"
PLACES3, HELDOUT8, OUT = sys.argv[1:4]
seen: set[str] = set()
with open(OUT, "w", encoding="utf-8") as out:
    for path in (POLNEAR, PLACES3, HELDOUT8):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("half", "cnn") != "cnn" and path == HELDOUT8 or r["id"] in seen:
                continue
            seen.add(r["id"])
            out.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"]}) + "\n")
print(f"{len(seen)} articles -> {OUT}")
