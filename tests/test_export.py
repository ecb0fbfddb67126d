"""Exports: GDELT- and ACLED-like files with the documented columns; Parquet with its schema."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from parley.export import (
    ACLED_COLUMNS,
    EVENTS_SCHEMA,
    GDELT_COLUMNS,
    GDELT_COMPACT,
    GDELT_UNFILLED,
    TRACE_COLUMNS,
    ExportError,
    export_events,
    mappings,
)
from parley.store import Store
from tests.store_samples import example_article

DOC = Path(__file__).resolve().parents[1] / "docs" / "exports.md"


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        s.add(example_article())
        yield s


def test_gdelt_like_tsv_loads_with_the_documented_columns(store, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    n = export_events(store, out, "gdelt")
    df = pd.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert list(df.columns) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61 + len(TRACE_COLUMNS)
    assert GDELT_COLUMNS[60] == "SOURCEURL"  # GDELT's 61 columns first, in GDELT's order
    assert set(df.SOURCEURL) == {"parley:article/lavrov-antalya"}  # no URL: the article
    assert set(df.article_id) == {"lavrov-antalya"} and all(df.evidence_text)
    assert len(df) == n
    # compound actors are split into pairs: CONSULT by [RUS, UKR] -> two rows
    consult = df[(df.EventCode == "046") & (df.SQLDATE == "20220310")]
    assert sorted(consult.Actor1CountryCode) == ["RUS", "UKR"]
    assert set(consult.ActionGeo_FullName) == {"Antalya"}
    assert set(consult.ActionGeo_CountryCode) == {"TU"}  # FIPS 10-4, as GDELT uses
    assert set(consult.ActionGeo_Type) == {"4"} and set(consult.ActionGeo_FeatureID) == {"323777"}
    assert set(df.Actor1Code) >= {"RUSGOV", "UKRGOV"}
    assert "057" not in set(df.EventCode)  # the negated AGREE is not exported
    assert set(df.AvgTone) == {""} and set(df.Actor1EthnicCode) == {""}  # unknown: empty
    compact = tmp_path / "compact.tsv"
    assert export_events(store, compact, "gdelt", compact=True) == n
    small = pd.read_csv(compact, sep="\t", dtype=str, keep_default_na=False)
    assert "AvgTone" not in small.columns and "Actor1EthnicCode" not in small.columns
    assert list(small.columns) == GDELT_COMPACT
    for column in GDELT_UNFILLED:
        assert set(df[column]) == {""}, column  # really never filled


def test_acled_like_csv_loads_with_the_documented_columns(store, tmp_path):
    out = tmp_path / "events.acled.csv"
    skipped: dict[str, int] = {}
    export_events(store, out, "acled", skipped=skipped)
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(df.columns) == ACLED_COLUMNS
    assert list(df.event_date) == ["2022-03-10"]  # only ASSAULT maps onto an ACLED category
    assert skipped["no_acled_category"] >= 1  # the others are counted, not written
    assert all(df.event_type) and all(df.sub_event_type)
    row = df.iloc[0]
    assert row.disorder_type == "Political violence" and row.actor1 == "Russia"
    assert (row.event_type, row.sub_event_type) == ("Battles", "Armed clash")
    assert row.article_id == "lavrov-antalya" and row.event_uid
    assert row.actor2 == "Ukraine" and row.fatalities == ""  # never invented
    assert "plover: ASSAULT" in row.tags and row.notes.startswith("Russia has stepped up")


def test_parquet_has_the_stable_schema_and_loads_in_duckdb(store, tmp_path):
    out = tmp_path / "events.parquet"
    assert export_events(store, out, "parquet") == 6
    assert pq.read_table(out).schema.equals(EVENTS_SCHEMA)
    con = duckdb.connect()
    rows = con.execute("SELECT event, actor_countries FROM read_parquet(?) WHERE negated",
                       [str(out)]).fetchall()
    assert rows == [("AGREE", ["RUS", "UKR"])]


def test_filters_and_flat_formats(store, tmp_path):
    csv_out, jsonl_out = tmp_path / "e.csv", tmp_path / "e.jsonl"
    assert export_events(store, csv_out, "csv", since="2022-03-08", country="TUR") == 2
    df = pd.read_csv(csv_out)
    assert list(df.event) == ["CONSULT", "REJECT"] and df.actor_countries[0] == "RUS; UKR"
    assert export_events(store, jsonl_out, "jsonl", event=["REQUEST"]) == 1
    assert pd.read_json(jsonl_out, lines=True).evidence_text[0].startswith("This includes")
    empty = tmp_path / "none.csv"
    assert export_events(store, empty, "csv", country="FRA") == 0
    assert list(pd.read_csv(empty).columns) == EVENTS_SCHEMA.names
    with pytest.raises(ExportError, match="format"):
        export_events(store, tmp_path / "x", "xml")


def test_docs_list_every_exported_column():
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Za-z0-9_]+)` \|", text, flags=re.MULTILINE))
    missing = [c for c in [*GDELT_COLUMNS, *ACLED_COLUMNS, *EVENTS_SCHEMA.names]
               if c not in documented]
    assert not missing


@pytest.mark.slow
def test_cli_export_writes_a_file_and_rejects_bad_dates(store, tmp_path):
    db = store.path
    store.close()
    out = tmp_path / "cli.gdelt.tsv"
    cmd = [sys.executable, "-m", "parley", "export", "--format", "gdelt", "-o", str(out),
           "--db", db]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "wrote 8 rows" in done.stderr and out.exists()
    bad = subprocess.run([*cmd, "--since", "yesterday"], capture_output=True, text=True,
                         timeout=120, check=False)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_acled_uses_acleds_country_names_and_integer_iso():
    names = mappings()["acled"]["countries"]
    assert names["RUS"] == "Russia" and names["MDA"] == "Moldova"
    every = [r for r in mappings()["acled"]["rules"]]
    assert all(r.get("event_type") and r.get("sub_event_type") for r in every)


def test_codes_stay_strings_with_dtype_str(store, tmp_path):
    out = tmp_path / "e.csv"
    export_events(store, out, "csv")
    df = pd.read_csv(out, dtype={"cameo": str})
    assert {"046", "057"} <= set(df.cameo)  # leading zeros kept
    assert '"' + df.cameo[0] + '"' in out.read_text(encoding="utf-8")  # quoted in the file


def test_min_confidence_filters_the_export_not_the_store(store, tmp_path):
    """The store keeps every event with its score; an export threshold leaves out exactly the
    events scored below it, so a user can change the threshold without re-ingesting."""
    out = tmp_path / "all.csv"
    assert export_events(store, out, "csv") == 6
    scores = sorted(pd.read_csv(out).confidence)
    cut = scores[len(scores) // 2]
    kept = tmp_path / "kept.csv"
    n = export_events(store, kept, "csv", min_confidence=cut)
    assert n == sum(1 for s in scores if s >= cut) and n > 0
    assert all(pd.read_csv(kept).confidence >= cut)
    if len(set(scores)) > 1:
        above_all = tmp_path / "none.csv"
        assert export_events(store, above_all, "csv", min_confidence=scores[-1] + 1e-6) == 0
    assert export_events(store, tmp_path / "again.csv", "csv") == 6
