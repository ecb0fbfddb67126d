"""``parley load`` checks every shard against the manifest: a missing or damaged file is named,
recorded as a failure and skipped, the rest loads, and the exit status says so."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from parley import Store
from parley.batch import BatchOptions
from parley.batch.arrow_schema import TRANSPORT_SCHEMA, coded_to_row
from parley.batch.load import load_folder
from parley.batch.manifest import MANIFEST, check_settings, check_shard, commit_shard, read_manifest
from parley.batch.runner import settings
from parley.cli import app
from tests.store_samples import example_article


def commit(out: Path, sha: str, source: str, coded) -> dict:
    rows = [{**coded_to_row(c), "shard": sha, "shard_row": i, "input": f"{source}#{i}"}
            for i, c in enumerate(coded)]
    rows.append({"shard": sha, "shard_row": len(coded), "input": f"{source}#x",
                 "reason": "empty input"})
    return commit_shard(out, sha, source, pa.Table.from_pylist(rows, schema=TRANSPORT_SCHEMA))


@pytest.fixture
def two_shards(tmp_path) -> Path:
    out = tmp_path / "coded"
    check_settings(out, settings(BatchOptions()))
    commit(out, "aaaa", "day1.jsonl", [example_article()])
    commit(out, "bbbb", "day2.jsonl", [
        example_article("lavrov-again", published="2022-04-02", source="other-news")])
    return out


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {t: int(store.sql(f"SELECT count(*) AS n FROM {t}")["n"][0])
                for t in ("articles", "failures")}


def test_manifest_records_rows_size_and_hash_of_every_file(two_shards):
    entry = read_manifest(two_shards)["bbbb"]
    assert set(entry["files"]) == {"articles/month=2022-04/bbbb.parquet", "failures/bbbb.parquet"}
    facts = entry["files"]["articles/month=2022-04/bbbb.parquet"]
    assert facts["rows"] == 1 and facts["bytes"] > 0 and len(facts["sha256"]) == 64
    assert check_shard(two_shards, entry) == []


def test_missing_shard_file_is_named_recorded_and_the_rest_loads(tmp_path, two_shards):
    (two_shards / "articles" / "month=2022-04" / "bbbb.parquet").unlink()
    report = load_folder(two_shards, tmp_path / "s.duckdb")
    assert report.added == 1
    assert report.skipped == [("day2.jsonl", "articles/month=2022-04/bbbb.parquet is missing")]
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        failures = store.failures()
        runs = store.runs()
    assert "day2.jsonl" in set(failures["input"])
    assert any("bbbb.parquet is missing" in r and "rerun `parley batch`" in r
               for r in failures["reason"])
    assert list(runs["status"]) == ["incomplete"]


def test_corrupt_shard_file_is_named_and_cli_exits_non_zero(tmp_path, two_shards):
    path = two_shards / "articles" / "month=2022-03" / "aaaa.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["load", str(two_shards), "--db", str(db)])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if "[E217]" in line]
    assert len(lines) == 1 and "day1.jsonl" in lines[0] and "aaaa.parquet is damaged" in lines[0]
    assert "rerun `parley batch day1.jsonl --out" in lines[0]
    assert "Traceback" not in result.output
    assert counts(db)["articles"] == 1  # day2 loaded
    again = CliRunner().invoke(app, ["load", str(two_shards), "--db", str(db)])
    assert again.exit_code == 1 and counts(db)["failures"] == 2  # day2 + day1 once


def test_old_manifest_without_hashes_still_loads_and_checks_rows(tmp_path, two_shards):
    lines = []
    for line in (two_shards / MANIFEST).read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        entry.pop("files")
        lines.append(json.dumps(entry))
    (two_shards / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load_folder(two_shards, tmp_path / "old.duckdb")
    assert (report.read, report.added, report.failures, report.skipped) == (2, 2, 2, [])
    (two_shards / "failures" / "aaaa.parquet").write_bytes(b"PAR1 not really")
    report = load_folder(two_shards, tmp_path / "old2.duckdb")
    assert report.skipped and report.skipped[0][0] == "day1.jsonl"
    assert "failures/aaaa.parquet is not readable Parquet" in report.skipped[0][1]


def test_rerunning_batch_redoes_a_damaged_shard_then_load_is_complete(tmp_path):
    from parley.batch import run_batch
    from tests.test_batch import STORIES, write_jsonl

    src = write_jsonl(tmp_path / "news.jsonl", STORIES[:2])
    out = tmp_path / "out"
    first = run_batch([str(src)], out, BatchOptions(workers=1))
    (sha,) = [e["sha"] for e in first.committed]
    victim = next((out / "articles").rglob(f"{sha}.parquet"))
    victim.unlink()
    assert load_folder(out, tmp_path / "a.duckdb").skipped
    again = run_batch([str(src)], out, BatchOptions(workers=1))
    assert [e["sha"] for e in again.committed] == [sha] and again.skipped == 0
    report = load_folder(out, tmp_path / "a.duckdb")
    assert report.skipped == [] and counts(tmp_path / "a.duckdb")["articles"] == 2
