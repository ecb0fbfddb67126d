"""The fourth held-out places/dates sample (fifth session): every unjudged placed or dated event.

The CNN headline pool is used up (every headline sits in some event sample or places store), so
this draw takes a store of: the 84 PolNeAR dev articles (long US political news), the 924
headlines of the third places draw (draw_heldout3_articles.py) and the `cnn` half of held-out
event sample 8, ingested at the session's starting code. It keeps EVERY placed and every
text-dated (`date_inferred = false`) non-duplicate event whose (article id, trigger text) no
earlier places/dates sample or dev sample judged (all `*places*.jsonl` files here and
dev-places-sample.jsonl, except this draw's own `*heldout4*` files): 71 placed and 55 dated events at `cf7c726`. No random draw is needed.
Long articles' items also carry `article_lead` (their first two sentences) for the judge. The
round's places developer was told not to use the PolNeAR texts for places/dates work.

Run from the repository root:
    python3 docs/audit/draw_heldout4_places.py STORE.duckdb OUT.jsonl
"""
import json
import re
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import draw_places_dates as d  # noqa: E402  same row selection and item shape as earlier draws


STORE, OUT = sys.argv[1], Path(sys.argv[2])
con = duckdb.connect(STORE, read_only=True)
judged = d.judged_keys(*(f"heldout{k}" for k in range(4, 10)))  # this and later draws


def fresh(rows: list[dict]) -> list[dict]:
    return [r for r in rows if (r["article_id"], (r["trigger_text"] or "").lower()) not in judged]


placed = fresh(d.rows(con, "e.place IS NOT NULL AND NOT e.duplicate"))
dated = fresh(d.rows(con, "NOT e.date_inferred AND NOT e.duplicate"))
with OUT.open("w", encoding="utf-8") as fh:
    for kind, rows in (("placed", placed), ("dated", dated)):
        for i, r in enumerate(rows):
            item = d.enrich(con, r, kind, i)
            text = con.execute("SELECT text FROM articles WHERE id = ?", [r["article_id"]]).fetchone()[0]
            if len(text) > 300:
                item["article_lead"] = " ".join(re.split(r"(?<=[.!?])\s+", text.strip())[:2])[:600]
            fh.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
print(f"{len(placed)} placed, {len(dated)} dated -> {OUT}")
