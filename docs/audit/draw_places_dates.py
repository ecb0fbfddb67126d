"""Draw the fixed-seed places/dates audit sample from a Parley store (read-only).

Usage (from the repo root, any Python with duckdb):
    python docs/audit/draw_places_dates.py --db /tmp/audit-geo/store.duckdb \
        [-o docs/audit/sample-places-dates-2026-12.jsonl]

Sample, with random.Random(20261204):
- 150 PLACED events: events with `place` set, listed in stable order (article_id, then the
  event number of `e<N>`), drawn uniformly without replacement (rng.sample);
- 100 DATED events: events whose date the text itself gives (`date_inferred = false`, so
  `date_text` is a date expression of the article; the store does tell text dates from
  publication-date defaults), same ordering, drawn next with the same rng.
Near-duplicate articles' events are included (the `duplicate` flag is recorded).
Prints the store-wide figures and writes one JSON object per drawn event.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import duckdb

SEED = 20261204
N_PLACED = 150
N_DATED = 100
DEFAULT_OUT = Path(__file__).resolve().parent / "sample-places-dates-2026-12.jsonl"


def key(row: dict) -> tuple[str, int]:
    return row["article_id"], int(row["event_id"][1:])


def store_figures(con: duckdb.DuckDBPyConnection) -> dict:
    q = lambda sql: con.execute(sql).fetchone()  # noqa: E731
    n, n_placed, n_text_dated, n_dup = q(
        "SELECT count(*), count(place), count(*) FILTER (WHERE NOT date_inferred), "
        "count(*) FILTER (WHERE duplicate) FROM events")
    n_country = q("SELECT count(*) FROM events e JOIN places p ON p.article_id = e.article_id "
                  "AND p.id = e.place WHERE p.feature = 'country'")[0]
    dmin, dmax = q("SELECT min(date), max(date) FROM events")
    tmin, tmax = q("SELECT min(date), max(date) FROM events WHERE NOT date_inferred")
    cnn_pre = q("SELECT count(*) FROM events WHERE article_id LIKE 'cnn-%' AND date < DATE '2022-01-01'")[0]
    cnn_pre_text = q("SELECT count(*) FROM events WHERE article_id LIKE 'cnn-%' "
                     "AND date < DATE '2022-01-01' AND NOT date_inferred")[0]
    cnn_n = q("SELECT count(*) FROM events WHERE article_id LIKE 'cnn-%'")[0]
    features = con.execute(
        "SELECT coalesce(p.feature, '(none)'), count(*) FROM events e JOIN places p "
        "ON p.article_id = e.article_id AND p.id = e.place GROUP BY 1 ORDER BY 2 DESC").fetchall()
    return {
        "events": n, "events_duplicate_flag": n_dup,
        "placed": n_placed, "placed_pct": round(100 * n_placed / n, 2),
        "placed_country_feature": n_country,
        "placed_country_pct_of_all": round(100 * n_country / n, 2),
        "placed_country_pct_of_placed": round(100 * n_country / n_placed, 2),
        "place_features": dict(features),
        "text_dated": n_text_dated, "text_dated_pct": round(100 * n_text_dated / n, 2),
        "event_date_min": str(dmin), "event_date_max": str(dmax),
        "text_date_min": str(tmin), "text_date_max": str(tmax),
        "cnn_events": cnn_n, "cnn_events_before_2022": cnn_pre,
        "cnn_events_before_2022_text_dated": cnn_pre_text,
    }


def judged_keys(*skip: str) -> set[tuple[str, str]]:
    """(article id, lower-cased trigger) of every event an earlier places/dates sample or the dev
    sample holds: all `*places*.jsonl` files here and dev-places-sample.jsonl, except the files
    whose name contains one of `skip` (the drawing sample's own sample and judgements, and those
    of later draws, so that a draw is reproducible after later ones are committed)."""
    here = Path(__file__).parent
    keys = set()
    for f in sorted(here.glob("*places*.jsonl")) + [here / "dev-places-sample.jsonl"]:
        if any(name in f.name for name in skip):
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                r = json.loads(line)
            except ValueError:
                continue
            if "article_id" in r:
                keys.add((r["article_id"], (r.get("trigger") or "").lower()))
    return keys


def rows(con: duckdb.DuckDBPyConnection, where: str) -> list[dict]:
    cur = con.execute(f"""
        SELECT e.article_id, e.id AS event_id, e.published, e.event, e.trigger_text,
               e.evidence_text, e.evidence_start, e.evidence_end,
               e.place, e.place_name, e.place_country, e.lat, e.lon,
               p.geonameid, p.feature,
               e.date, e.date_text, e.date_inferred, e.future, e.historical, e.negated,
               e.hypothetical, e.duplicate, e.place_precision, e.date_granularity
        FROM events e
        LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place
        WHERE {where}""")
    cols = [d[0] for d in cur.description]
    out = [dict(zip(cols, r)) for r in cur.fetchall()]
    out.sort(key=key)
    return out


def enrich(con: duckdb.DuckDBPyConnection, row: dict, sample: str, draw_index: int) -> dict:
    title, text, coded = con.execute(
        "SELECT title, text, coded FROM articles WHERE id = ?", [row["article_id"]]).fetchone()
    coded = json.loads(coded)
    ev = next(e for e in coded["events"] if e["id"] == row["event_id"])
    place = next((p for p in coded["places"] if p["id"] == row["place"]), None)
    # the article's date expression the event's date comes from (same text and date; nearest
    # to the trigger), for its granularity: the event row itself stores no precision
    dref = None
    if row["date_text"] and not row["date_inferred"]:
        refs = [d for d in coded["dates"] if d["text"] == row["date_text"]
                and d["date"] == (str(row["date"]) if row["date"] else None)]
        if refs:
            dref = min(refs, key=lambda d: abs(d["start"] - ev["trigger"]["start"]))
    return {
        "sample": sample,
        "draw_index": draw_index,
        "article_id": row["article_id"],
        "event_id": row["event_id"],
        "published": str(row["published"]) if row["published"] else None,
        "n_article_chars": len(text),
        "sentence": row["evidence_text"],
        "sentence_span": [row["evidence_start"], row["evidence_end"]],
        "event": row["event"],
        "trigger": row["trigger_text"],
        "trigger_span": [ev["trigger"]["start"], ev["trigger"]["end"]],
        "place": None if row["place"] is None else {
            "id": row["place"], "name": row["place_name"], "country": row["place_country"],
            "lat": row["lat"], "lon": row["lon"], "geonameid": row["geonameid"],
            "feature": row["feature"],
            "place_precision": row.get("place_precision"),
            "mentions": [m["text"] for m in (place or {}).get("mentions", [])],
            "mention_in_sentence": any(
                row["evidence_start"] <= m["start"] < row["evidence_end"]
                for m in (place or {}).get("mentions", [])),
        },
        "date": {
            "date": str(row["date"]) if row["date"] else None,
            "date_text": row["date_text"],
            "date_inferred": row["date_inferred"],
            "dateref_granularity": dref["granularity"] if dref else None,
            # the event's own granularity (stores written before it existed have none)
            "date_granularity": row.get("date_granularity"),
        },
        "modes": {k: row[k] for k in ("future", "historical", "negated", "hypothetical")},
        "duplicate": row["duplicate"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/audit-geo/store.duckdb")
    ap.add_argument("-o", "--out", default=str(DEFAULT_OUT))
    ap.add_argument("--seed", type=int, default=SEED, help="held-out draw: 20261208")
    ap.add_argument("--placed", type=int, default=N_PLACED, help="held-out draw: 80")
    ap.add_argument("--dated", type=int, default=N_DATED, help="held-out draw: 46")
    args = ap.parse_args()
    con = duckdb.connect(args.db, read_only=True)
    figures = store_figures(con)
    print(json.dumps({"store_figures": figures}, indent=1))
    rng = random.Random(args.seed)
    placed = rows(con, "e.place IS NOT NULL")
    dated = rows(con, "NOT e.date_inferred")
    print(f"population: {len(placed)} placed, {len(dated)} text-dated")
    picks = [("placed", i, r) for i, r in enumerate(rng.sample(placed, args.placed))]
    picks += [("dated", i, r) for i, r in enumerate(rng.sample(dated, args.dated))]
    with open(args.out, "w") as fh:
        for sample, i, r in picks:
            item = enrich(con, r, sample, i)
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            p, d = item["place"], item["date"]
            where = (f"{p['name']} [{p['country']} {p['feature']} {p['lat']},{p['lon']}]"
                     if p else "-")
            print(f"{sample}#{i:03d} {item['article_id']}/{item['event_id']} pub={item['published']} "
                  f"{item['event']} '{item['trigger']}' @ {where} | date={d['date']} "
                  f"text={d['date_text']!r} gran={d['dateref_granularity']}\n    {item['sentence'][:300]!r}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
