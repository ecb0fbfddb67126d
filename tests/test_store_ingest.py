"""``parley ingest``: idempotent on content hash, crash-safe under kill -9 (real subprocesses)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from parley import Store
from parley.flow import ingest
from tests.conftest import SHARED

PARLEY = [sys.executable, "-m", "parley"]
TABLES = ("articles", "actors", "mentions", "places", "quotes", "events", "incidents",
          "near_duplicates")
EVAL_INPUTS = [
    str(SHARED / "examples"),
    str(SHARED / "eval" / "quotes" / "polnear-dev.jsonl"),
    str(SHARED / "eval" / "geo" / "geowebnews-dev.jsonl"),
    str(SHARED / "eval" / "events" / "plover-gsr-dev.jsonl"),
]


def table_counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        stats = store.stats()
    return {k: stats[k] for k in TABLES}


def per_article(db: Path) -> dict[str, tuple[int, ...]]:
    """Rows each article owns in every child table: equal between two stores only when every
    stored article is complete."""
    sql = """
    SELECT a.id,
      (SELECT count(*) FROM actors x WHERE x.article_id = a.id),
      (SELECT count(*) FROM mentions x WHERE x.article_id = a.id),
      (SELECT count(*) FROM places x WHERE x.article_id = a.id),
      (SELECT count(*) FROM quotes x WHERE x.article_id = a.id),
      (SELECT count(*) FROM events x WHERE x.article_id = a.id),
      (SELECT count(*) FROM article_minhash x WHERE x.article_id = a.id)
    FROM articles a"""
    with Store(db, read_only=True) as store:
        rows = store.sql(sql, arrow=True).to_pylist()
    return {r["id"]: tuple(v for k, v in r.items() if k != "id") for r in rows}


def code_versions(*dbs: Path) -> list[tuple]:
    """(model, lexicon hash) of every run: if these differ, the code changed between runs."""
    out = []
    for db in dbs:
        with Store(db, read_only=True) as store:
            out += list(store.runs()[["model", "lexicons"]].itertuples(index=False))
    return out


def run_ingest(db: Path, *paths: str, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*PARLEY, "ingest", *paths, "--db", str(db), *extra],
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def headlines(tmp_path_factory) -> Path:
    """120 real war-news headlines (the CNN corpus) as a JSONL input."""
    src = SHARED / "corpora" / "cnn-ukraine-live-2022.jsonl"
    out = tmp_path_factory.mktemp("in") / "headlines.jsonl"
    with src.open(encoding="utf-8") as f:
        lines = [next(f) for _ in range(120)]
    out.write_text("".join(lines), encoding="utf-8")
    return out


def test_library_ingest_is_idempotent_and_records_failures(tmp_path, nlp):
    texts = tmp_path / "in"
    texts.mkdir()
    (texts / "a.txt").write_text("Kenya and Somalia agreed on Monday to reopen their border.",
                                 encoding="utf-8")
    (texts / "b.txt").write_text("Protesters marched through Tbilisi on Sunday night.",
                                 encoding="utf-8")
    (texts / "empty.txt").write_text("   \n", encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        first = ingest(store, [str(texts)], nlp)
        assert (first.added, first.skipped) == (2, 0) and first.failures >= 1
        second = ingest(store, [str(texts)], nlp)
        assert (second.added, second.skipped) == (0, 2)
        assert store.stats()["articles"] == 2
        assert "empty.txt" in " ".join(store.failures()["input"])
        assert list(store.runs()["status"]) == ["finished", "finished"]


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_equals_one_clean_run(tmp_path, headlines):
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [*PARLEY, "ingest", str(headlines), "--db", str(killed), "--commit-every", "3"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:  # the first commits are logged; kill right after one
        if line.startswith("stored ") and not line.startswith("stored 0/"):
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    partial = per_article(killed)
    with Store(killed, read_only=True) as store:
        assert list(store.runs()["status"]) == ["running"]  # the interrupted run shows as such

    rerun = run_ingest(killed, str(headlines))
    assert rerun.returncode == 0, rerun.stderr
    assert run_ingest(clean, str(headlines)).returncode == 0  # the reference: one clean run
    reference = per_article(clean)
    assert 0 < len(partial) < len(reference)
    assert all(partial[k] == reference[k] for k in partial), "a stored article is incomplete"
    assert f"skipped {len(partial)} already stored" in " ".join(rerun.stderr.split())
    assert table_counts(killed) == table_counts(clean), code_versions(clean, killed)
    assert per_article(killed) == reference


@pytest.mark.slow
def test_ingest_examples_and_eval_corpora_twice_adds_nothing_the_second_time(tmp_path):
    db = tmp_path / "eval.duckdb"
    first = run_ingest(db, *EVAL_INPUTS, extra=("--workers", "2"))
    assert first.returncode == 0, first.stderr
    counts = table_counts(db)
    expected = sum(len(Path(p).read_text(encoding="utf-8").splitlines())
                   for p in EVAL_INPUTS[1:]) + 1
    assert expected - 2 <= counts["articles"] <= expected  # exact repeats are stored once
    assert counts["quotes"] > 0 and counts["places"] > 0

    second = run_ingest(db, *EVAL_INPUTS)
    assert second.returncode == 0, second.stderr
    assert "added 0," in second.stderr
    assert table_counts(db) == counts
    stats = json.loads(subprocess.run([*PARLEY, "stats", "--db", str(db), "--json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert stats["runs"] == 2 and stats["articles"] == counts["articles"]
