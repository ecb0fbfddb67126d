"""Event dates in the store: `date` only when the text gives one, its precision kept, history
and plans filed under the day the story reported them (invented stories, real pipeline)."""
from __future__ import annotations

import datetime as dt

import duckdb

from parley.store import Store
from parley.store.rows import filed_day

PUB = dt.date(2022, 3, 10)
STORY = ("Artillery shelled the port of Velmora on Monday. Veterans recalled that the same "
         "port was bombed in 1944. The two governments will meet in Geneva next week. "
         "Protesters marched through the capital.")


def test_filed_day_keeps_days_and_weeks_of_the_news_only():
    monday = dt.date(2022, 3, 7)
    assert filed_day(monday, False, "day", False, PUB) == monday
    assert filed_day(dt.date(2022, 2, 28), False, "week", False, PUB) == dt.date(2022, 2, 28)
    assert filed_day(dt.date(1944, 1, 1), False, "year", True, PUB) == PUB
    assert filed_day(dt.date(2022, 1, 1), False, "month", False, PUB) == PUB
    assert filed_day(dt.date(2022, 3, 14), False, "day", False, PUB) == PUB  # a plan
    assert filed_day(PUB, True, "day", False, PUB) == PUB
    assert filed_day(None, True, "day", False, PUB) == PUB
    assert filed_day(monday, False, "day", False, None) == monday
    saturday = dt.date(2022, 3, 5)  # a weekend just gone is news too, filed on its Saturday
    assert filed_day(saturday, False, "weekend", False, PUB) == saturday
    assert filed_day(dt.date(2022, 3, 12), False, "weekend", False, PUB) == PUB  # a plan


def test_store_rows_carry_date_precision_and_history(code, tmp_path):
    coded = code(STORY, published=PUB.isoformat(), article_id="velmora")
    with Store(tmp_path / "d.duckdb") as store:
        store.add(coded)
        rows = store.sql("SELECT trigger_text, date, day, date_granularity, date_inferred, "
                         "historical FROM events ORDER BY seq", arrow=True).to_pylist()
        stats = store.stats()
    by_trigger = {r["trigger_text"].split()[0]: r for r in rows}
    shelled, bombed = by_trigger["shelled"], by_trigger["bombed"]
    assert (shelled["date"], shelled["day"], shelled["date_granularity"]) == (
        dt.date(2022, 3, 7), dt.date(2022, 3, 7), "day")
    assert (bombed["date"], bombed["day"], bombed["date_granularity"], bombed["historical"]) == (
        dt.date(1944, 1, 1), PUB, "year", True)
    inferred = [r for r in rows if r["date_inferred"]]
    assert inferred and all(r["date"] is None and r["day"] == PUB for r in inferred)
    assert stats["first_day"] >= "2022-03-01" and stats["last_day"] == PUB.isoformat()
    assert stats["historical_events"] >= 1 and stats["historical_first_date"] == "1944-01-01"


def test_a_version_2_store_gains_date_granularity(tmp_path):
    from parley.store.schema import DDL_V1, MIGRATIONS

    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute(DDL_V1)
    MIGRATIONS[2](con)
    con.execute("INSERT INTO schema_version VALUES (2, now())")
    con.execute("INSERT INTO events (seq, article_id, id, event, date, day, date_inferred) VALUES "
                "(1, 'a', 'e1', 'ASSAULT', '2022-03-10', '2022-03-10', true), "
                "(2, 'a', 'e2', 'ASSAULT', '2022-03-07', '2022-03-07', false)")
    con.close()
    with Store(path) as store:
        rows = store.sql("SELECT id, date, date_granularity FROM events ORDER BY seq",
                         arrow=True).to_pylist()
    assert rows == [{"id": "e1", "date": None, "date_granularity": "day"},
                    {"id": "e2", "date": dt.date(2022, 3, 7), "date_granularity": "day"}]


def test_store_rows_carry_place_precision(code, tmp_path):
    coded = code("Rockets struck the port city of Odesa on Monday. Moscow accused Ukraine of "
                 "sabotage.", published=PUB.isoformat(), article_id="odesa")
    with Store(tmp_path / "p.duckdb") as store:
        store.add(coded)
        rows = store.sql("SELECT trigger_text, place_name, place_precision FROM events",
                         arrow=True).to_pylist()
    struck = [r for r in rows if r["trigger_text"].startswith("struck")]
    assert struck and struck[0]["place_name"] == "Odesa" and struck[0]["place_precision"] == "exact"
    assert all((r["place_precision"] is None) == (r["place_name"] is None) for r in rows)
