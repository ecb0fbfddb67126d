"""The fifth held-out places/dates sample (fifth session, second round): GeoWebNews articles.

No unjudged CNN or PolNeAR event was left, so this sample takes world news the event and place
rules were never judged on: the 108 articles of ../shared/eval/geo/geowebnews-dev.jsonl (id,
title, text; no publication date), ingested at `2c0efe8`'s behaviour (`1fddd69`), and keeps
EVERY placed and every text-dated non-duplicate event: 105 placed and 24 dated. Caveat: the
geoparser's toponym rules were tuned on these articles' toponyms (they are the geo dev set), so
the place figure mixes a dev component (which town a name is) with a blind one (which place an
event takes); dates cannot be resolved relative to a publication day, and `historical` cannot
be set. The round's developers were told not to look at the events, places or dates Parley codes
in these articles. Items carry `article_title` and `article_lead` (first two sentences).

Run from the repository root:
    python3 docs/audit/draw_heldout5_places.py ARTICLES.jsonl STORE.duckdb OUT.jsonl
ARTICLES.jsonl is written first (id/title/text/published of every GeoWebNews article), then
ingest it with `parley ingest ARTICLES.jsonl --db STORE.duckdb --workers 2` and run again.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
GEO = HERE.parents[2] / "shared" / "eval" / "geo" / "geowebnews-dev.jsonl"
ARTICLES, STORE, OUT = (Path(a) for a in sys.argv[1:4])

if not ARTICLES.exists():
    with ARTICLES.open("w", encoding="utf-8") as fh:
        for line in GEO.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            fh.write(json.dumps({"id": r["id"], "title": r.get("title"), "text": r["text"],
                                 "published": r.get("published")}) + "\n")
    sys.exit(f"wrote {ARTICLES}; ingest it into {STORE} and run again")

import draw_places_dates as d  # noqa: E402  same row selection and item shape as earlier draws
import duckdb  # noqa: E402

con = duckdb.connect(str(STORE), read_only=True)
placed = d.rows(con, "e.place IS NOT NULL AND NOT e.duplicate")
dated = d.rows(con, "NOT e.date_inferred AND NOT e.duplicate")
with OUT.open("w", encoding="utf-8") as fh:
    for kind, rows in (("placed", placed), ("dated", dated)):
        for i, r in enumerate(rows):
            item = d.enrich(con, r, kind, i)
            title, text = con.execute("SELECT title, text FROM articles WHERE id = ?",
                                      [r["article_id"]]).fetchone()
            item["article_title"] = title
            item["article_lead"] = " ".join(re.split(r"(?<=[.!?])\s+", text.strip())[:2])[:600]
            fh.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
print(f"{len(placed)} placed, {len(dated)} dated -> {OUT}")
