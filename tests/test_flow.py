"""``parley.flow``: every way into a store (ingest, batch + load) ends in the same rows."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from parley.store import Store
from tests.conftest import SHARED

PARLEY = [sys.executable, "-m", "parley"]


def all_table_counts(db: Path) -> dict[str, int]:
    """Rows in every table of the store (the corpus tables included)."""
    with Store(db, read_only=True) as store:
        tables = store.rows("SELECT table_name FROM information_schema.tables "
                            "WHERE table_schema = 'main' ORDER BY 1")
        counts = {t["table_name"]: store.rows(f"SELECT count(*) AS n FROM {t['table_name']}")[0]["n"]
                  for t in tables}
        counts["near_duplicates"] = store.stats()["near_duplicates"]
    return counts


def parley(*args: str) -> None:
    done = subprocess.run([*PARLEY, *args], capture_output=True, text=True, timeout=900,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.slow
def test_batch_then_load_stores_what_ingest_stores(tmp_path):
    """``parley load`` runs the corpus step too: near-duplicate links and incidents."""
    src = SHARED / "corpora" / "cnn-ukraine-live-2022.jsonl"
    inputs = tmp_path / "headlines.jsonl"
    with src.open(encoding="utf-8") as f:
        inputs.write_text("".join(next(f) for _ in range(300)), encoding="utf-8")
    ingested, loaded = tmp_path / "ingested.duckdb", tmp_path / "loaded.duckdb"
    parley("ingest", str(inputs), "--db", str(ingested))
    parley("batch", str(inputs), "--out", str(tmp_path / "out"), "--engine", "local",
           "--workers", "2")
    parley("load", str(tmp_path / "out"), "--db", str(loaded))
    counts = all_table_counts(ingested)
    assert counts["incidents"] > 0 and counts["near_duplicates"] > 0
    assert all_table_counts(loaded) == counts
