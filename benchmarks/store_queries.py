"""Latency of the main Store queries on a generated store of one million events.

    .venv/bin/python benchmarks/store_queries.py [--events 1000000] [--runs 20] [--db PATH]

Rows are generated inside DuckDB with SQL (seconds, not hours); the store is created through
``Store`` so the schema is the real one. Prints median and p95 per query in milliseconds.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from parley.schema import Article, CodedArticle
from parley.store import Store

COUNTRIES = ["RUS", "UKR", "USA", "TUR", "FRA", "DEU", "GBR", "CHN", "IRN", "ISR", "PSE", "SYR",
             "SDN", "ETH", "KEN", "SOM", "NGA", "MLI", "IND", "PAK", "AFG", "IRQ", "YEM", "SAU",
             "EGY", "LBY", "BLR", "POL", "JPN", "PRK"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
QUADS = [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4]
WORDS = ["ceasefire", "talks", "shelling", "sanctions", "minister", "border", "protest", "aid",
         "drone", "refugees", "election", "summit", "troops", "agreement", "negotiators",
         "humanitarian", "corridor", "missile", "embassy", "delegation"]


def generate(store: Store, n_events: int) -> None:
    """Articles (one per 10 events), events, actors and quotes as SQL-generated rows."""
    n_articles = max(1, n_events // 10)
    con = store._con
    shell = CodedArticle(Article(id="x", text="generated")).to_json()
    con.execute("SET VARIABLE countries = ?", [COUNTRIES])
    con.execute("SET VARIABLE types = ?", [TYPES])
    con.execute("SET VARIABLE quads = ?", [QUADS])
    con.execute("SET VARIABLE words = ?", [WORDS])
    con.execute(f"""
        INSERT INTO articles (seq, id, content_hash, title, published, source, url, language,
                              text, canonical_id, run_id, added, n_events, n_quotes, coded)
        SELECT i + 1, 'art' || i, md5(i::VARCHAR), 'Report ' || i,
               DATE '2020-01-01' + (i % 1000)::INTEGER, 'source' || (i % 40), NULL, 'en',
               concat_ws(' ', getvariable('words')[1 + i % 20], getvariable('words')[1 + (i * 7) % 20],
                         'in', getvariable('countries')[1 + (i * 3) % 30], 'report number', i::VARCHAR,
                         getvariable('words')[1 + (i * 11) % 20], 'officials said on Monday.'),
               CASE WHEN i % 50 = 49 THEN 'art' || (i - 1) END, NULL, now(), 10, 2, ?
        FROM range({n_articles}) t(i)""", [shell])
    con.execute(f"""
        INSERT INTO events BY NAME
        SELECT i + 1 AS seq, 'art' || (i // 10) AS article_id, 'e' || (i % 10) AS id,
               getvariable('types')[1 + (i * 7) % 16] AS event, NULL AS mode, [] AS context,
               NULL AS cameo, getvariable('quads')[1 + (i * 7) % 16] AS quad,
               ['a1'] AS actor, ['Leader ' || (i % 5000)] AS actor_names,
               [getvariable('countries')[1 + i % 30]] AS actor_countries,
               ['a2'] AS recipient, ['Leader ' || ((i * 13) % 5000)] AS recipient_names,
               [getvariable('countries')[1 + (i * 7 + 3) % 30]] AS recipient_countries,
               CASE WHEN i % 9 = 0 THEN ['a3'] ELSE [] END AS third_party,
               CASE WHEN i % 9 = 0 THEN ['Mediator'] ELSE [] END AS third_party_names,
               CASE WHEN i % 9 = 0 THEN [getvariable('countries')[1 + (i * 5) % 30]] ELSE [] END
                   AS third_party_countries,
               'p1' AS place, 'City ' || (i % 300) AS place_name,
               getvariable('countries')[1 + (i * 11) % 30] AS place_country,
               (i % 140) - 70.0 AS lat, (i % 360) - 180.0 AS lon,
               DATE '2020-01-01' + ((i // 10) % 1000)::INTEGER AS date,
               DATE '2020-01-01' + ((i // 10) % 1000)::INTEGER AS day, NULL AS date_text,
               false AS date_inferred, i % 17 = 0 AS negated, false AS future,
               false AS hypothetical, false AS historical, NULL AS claimed_by,
               NULL AS claimed_by_name, 'talks' AS trigger_text,
               'evidence sentence ' || i AS evidence_text, 0 AS evidence_start,
               20 AS evidence_end, 0.8 AS confidence,
               DATE '2020-01-01' + ((i // 10) % 1000)::INTEGER AS published,
               (i // 10) % 50 = 49 AS duplicate
        FROM range({n_events}) t(i)""")
    con.execute(f"""
        INSERT INTO quotes BY NAME
        SELECT i + 1 AS seq, 'art' || (i // 2) AS article_id, 'q' || (i % 2) AS id, 'a1' AS speaker,
               'Leader ' || (i % 5000) AS speaker_name, 'the minister' AS speaker_text,
               getvariable('countries')[1 + i % 30] AS speaker_country, 'direct' AS kind,
               'say' AS cue, 'We will not accept ' || getvariable('words')[1 + i % 20] AS text,
               0 AS "start", 30 AS "end",
               DATE '2020-01-01' + ((i // 2) % 1000)::INTEGER AS published,
               (i // 2) % 50 = 49 AS duplicate
        FROM range({n_articles * 2}) t(i)""")
    con.execute("CHECKPOINT")


def measure(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm-up: first touch of the columns
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * len(times)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--db", type=Path, default=None, help="keep the generated store here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        with Store(db) as store:
            generate(store, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f}s")
        with Store(db, read_only=True) as store:
            stats = store.stats()
            print(f"store: {stats['articles']:,} articles, {stats['events']:,} events, "
                  f"{stats['quotes']:,} quotes")
            page = store.events(country="UKR", limit=50)
            deep = store.events(country="UKR", limit=50, after=page["cursor"].iloc[-1])
            cursor = deep["cursor"].iloc[-1]
            queries: dict[str, Callable[[], object]] = {
                "events by date range (1 month), page of 100":
                    lambda: store.events(start="2021-03-01", end="2021-03-31"),
                "events by country (any role), page of 100":
                    lambda: store.events(country="UKR"),
                "events by country, next page (keyset)":
                    lambda: store.events(country="UKR", limit=50, after=cursor),
                "events by type + quad + date range":
                    lambda: store.events(event="ASSAULT", quad=4, start="2021-01-01",
                                         end="2021-06-30"),
                "events by actor name (substring)":
                    lambda: store.events(actor="Leader 42"),
                "events newest first (desc), page of 100": lambda: store.events(desc=True),
                "count events by country + type":
                    lambda: store.count_events(country="RUS", event="CONSULT"),
                "quotes by speaker (substring)": lambda: store.quotes(speaker="Leader 77"),
                "articles by text search (ILIKE)": lambda: store.articles(search="ceasefire"),
                "get_article(id)": lambda: store.get_article("art12345"),
            }
            print(f"{'query':48} {'median ms':>10} {'p95 ms':>10}")
            for name, fn in queries.items():
                med, p95 = measure(fn, args.runs)
                print(f"{name:48} {med:10.1f} {p95:10.1f}")


if __name__ == "__main__":
    main()
