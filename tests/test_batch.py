"""parley batch (local engine), its output folder, parley load and querying Parquet in place."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parley import Store
from parley.batch import BatchOptions, run_batch
from parley.batch.arrow_schema import (
    ARTICLE_SCHEMA,
    TRANSPORT_SCHEMA,
    coded_to_row,
    month_of,
    row_to_coded,
)
from parley.batch.load import load_folder
from parley.batch.manifest import MANIFEST, check_settings, commit_shard, read_manifest
from parley.batch.query import parquet_events, query_parquet
from parley.batch.runner import busy_rate, settings
from parley.batch.sources import find_shards, read_chunk, scan_shard
from parley.cli import app
from parley.ingest import iter_inputs
from parley.schema import CodedArticle, Failure
from tests.store_samples import example_article

STORIES = [
    ("kyiv-talks", "2022-03-01", ("Ukrainian and Russian delegations met near the Belarus "
     "border on Monday for talks, the Ukrainian president's office said.")),
    ("grain-deal", "2022-07-22", ("Turkey and the United Nations brokered a deal in Istanbul "
     "to reopen Ukraine's Black Sea ports to grain exports.")),
    ("sanctions", "2022-03-15", ("The European Union imposed new sanctions on Russian banks "
     "and oligarchs, the bloc's foreign policy chief announced in Brussels.")),
    ("kherson", "2022-11-11", ("Ukrainian troops entered Kherson after Russia withdrew its "
     "forces to the east bank of the Dnipro river.")),
    ("no-date", None, ("Protesters gathered outside the embassy in Warsaw to demand an end "
     "to the shelling of civilian areas.")),
]


def write_jsonl(path: Path, stories=STORIES, extra: list[str] = ()) -> Path:
    lines = [json.dumps({"id": i, "text": t, "published": p}) for i, p, t in stories]
    path.write_text("\n".join(lines + list(extra)) + "\n", encoding="utf-8")
    return path


def articles(out: Path) -> pa.Table:
    return pq.read_table(out / "articles", partitioning="hive")


def failures(out: Path) -> list[dict]:
    folder = out / "failures"
    return pq.read_table(folder).to_pylist() if folder.exists() else []


# -- schema ------------------------------------------------------------------------------------


def test_row_round_trip_keeps_every_field_of_a_coded_article():
    coded = example_article()
    coded.meta = {"parley": "0.1.0", "model": "m"}
    row = coded_to_row(coded)
    table = pa.Table.from_pylist([{**row, "shard": "s", "shard_row": 0, "input": "x"}],
                                 schema=ARTICLE_SCHEMA)
    back = table.to_pylist()[0]
    assert row_to_coded(back).to_dict() == coded.to_dict()
    assert CodedArticle.from_json(back["coded_json"]).to_dict() == coded.to_dict()
    assert back["events"][0]["actor"] == ["a2", "a3"]
    assert back["places"][0]["geonameid"] == 323777


def test_schema_has_nested_columns_and_json_alongside():
    names = ARTICLE_SCHEMA.names
    assert names[:3] == ["id", "text", "title"]
    for column in ("actors", "places", "quotes", "events", "coded_json", "shard", "shard_row"):
        assert column in names
    assert pa.types.is_list(ARTICLE_SCHEMA.field("events").type)
    trigger = ARTICLE_SCHEMA.field("events").type.value_type.field("trigger").type
    assert trigger.field("start").type == pa.int64()


@pytest.mark.parametrize(
    ("published", "month"),
    [("2022-03-10", "2022-03"), ("2022-12-01T08:00:00Z", "2022-12"), (None, "unknown"),
     ("2022-13-01", "unknown"), ("March 2022", "unknown")],
)
def test_month_partition(published, month):
    assert month_of(published) == month


# -- reading shards ----------------------------------------------------------------------------


def test_jsonl_chunks_number_rows_like_ingest(tmp_path):
    """Blank lines are skipped but counted as lines, so inputs and fallback ids match ingest."""
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"text": f"Talks resumed in Geneva on day {i} of the ceasefire."})
             for i in range(7)]
    path.write_text("\n".join(lines[:3] + ["", "{broken"] + lines[3:]) + "\n", encoding="utf-8")
    shard = scan_shard(path, step=3)
    assert shard.rows == 8 and [c.row for c in shard.chunks] == [0, 3, 6]
    ours = [res for i in range(len(shard.chunks)) for _, _, res in read_chunk(shard, i)]
    theirs = list(iter_inputs([str(path)]))
    assert len(ours) == len(theirs) == 8
    for a, b in zip(ours, theirs, strict=True):
        assert type(a) is type(b)
        if isinstance(a, Failure):
            assert (a.input, a.reason) == (b.input, b.reason)
        else:
            assert a.to_dict() == b.to_dict()


def test_csv_shard_reads_like_ingest():
    path = Path(__file__).parent / "fixtures" / "ingest" / "daily-brief.csv"
    shard = scan_shard(path.resolve(), step=2)
    ours = [res for _, _, res in read_chunk(shard, 0)]
    theirs = list(iter_inputs([str(path.resolve())]))
    assert [o.to_dict() if isinstance(o, CodedArticle) else o for o in ours] == [
        t.to_dict() if isinstance(t, CodedArticle) else t for t in theirs
    ]


def test_find_shards_expands_folders_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    write_jsonl(tmp_path / "a" / "1.jsonl")
    write_jsonl(tmp_path / "2.jsonl")
    (tmp_path / "notes.txt").write_text("not a shard")
    assert [p.name for p in find_shards([str(tmp_path)])] == ["2.jsonl", "1.jsonl"]  # path order
    assert [p.name for p in find_shards([str(tmp_path / "*.jsonl")])] == ["2.jsonl"]


# -- the local engine, failures, manifest and resume ------------------------------------------


@pytest.fixture
def local_run(tmp_path):
    def run(*inputs: Path, out: Path | None = None):
        out = out or tmp_path / "out"
        return out, run_batch([str(p) for p in inputs], out, BatchOptions(workers=1))

    return run


def test_local_batch_writes_months_failures_and_manifest(tmp_path, local_run, code):
    src = write_jsonl(tmp_path / "news.jsonl", extra=['{"id": "x", "title": "no text"}', "{oops"])
    out, report = local_run(src)
    assert (report.articles, report.failures) == (5, 2)
    table = articles(out)
    assert sorted(table["id"].to_pylist()) == sorted(s[0] for s in STORIES)
    months = dict(zip(table["id"].to_pylist(), table["month"].to_pylist(), strict=True))
    assert months["grain-deal"] == "2022-07" and months["no-date"] == "unknown"
    reasons = [f["reason"] for f in failures(out)]
    assert len(reasons) == 2 and any("text" in r for r in reasons)
    entry = read_manifest(out)[report.committed[0]["sha"]]
    assert (entry["articles"], entry["failures"]) == (5, 2)
    # the same as parley code's path for each article, run metadata aside
    for row in table.to_pylist():
        story = next(s for s in STORIES if s[0] == row["id"])
        expected = code(story[2], published=story[1], article_id=story[0]).to_dict()
        got = json.loads(row["coded_json"])
        assert {k: v for k, v in got.items() if k != "meta"} == {
            k: v for k, v in expected.items() if k != "meta"
        }


def test_rerun_skips_finished_shards_and_takes_new_ones(tmp_path, local_run):
    first = write_jsonl(tmp_path / "a.jsonl", STORIES[:2])
    out, report = local_run(first)
    assert len(report.committed) == 1
    second = write_jsonl(tmp_path / "b.jsonl", STORIES[2:])
    _, again = local_run(first, second, out=out)
    assert again.skipped == 1 and len(again.committed) == 1
    assert articles(out).num_rows == len(STORIES)
    moved = tmp_path / "renamed.jsonl"
    moved.write_bytes(first.read_bytes())
    _, third = local_run(moved, out=out)  # same content, other name: already done
    assert third.skipped == 1 and not third.committed


def test_orphans_of_a_killed_run_are_removed_and_redone(tmp_path, local_run):
    src = write_jsonl(tmp_path / "a.jsonl")
    out = tmp_path / "out"
    sha = scan_shard(src.resolve(), 256).sha
    check_settings(out, settings(BatchOptions(workers=1)))
    (out / "_staging" / sha).mkdir(parents=True)
    (out / "_staging" / sha / "000000.parquet").write_bytes(b"half a file")
    orphan = out / "articles" / "month=2022-03" / f"{sha}.parquet"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"written before the kill, never recorded")
    (out / MANIFEST).write_text('{"sha": "torn', encoding="utf-8")
    _, report = local_run(src, out=out)
    assert len(report.committed) == 1
    assert report.cleared == 2  # the staged part and the unrecorded article file
    assert not (out / "_staging" / sha).exists()
    assert sorted(articles(out)["id"].to_pylist()) == sorted(s[0] for s in STORIES)
    assert list(read_manifest(out)) == [sha]


def test_cli_batch_says_in_one_line_that_a_killed_run_was_cleared(tmp_path, local_run):
    src = write_jsonl(tmp_path / "a.jsonl")
    out = tmp_path / "out"
    check_settings(out, settings(BatchOptions(workers=1)))
    (out / "_staging" / "0123abcd" / "f00d").mkdir(parents=True)
    (out / "_staging" / "0123abcd" / "f00d" / "c0-x.parquet").write_bytes(b"a part of a killed run")
    result = CliRunner().invoke(app, ["batch", str(src), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    (line,) = [ln for ln in result.output.splitlines() if "[E219]" in ln]
    assert line == (f"parley: parley batch: [E219] an earlier run into {out} stopped before "
                    "finishing (killed, crashed or out of disk): its unfinished work (1 file(s)) "
                    "was cleared; finished shards were kept and this run coded the rest")
    again = CliRunner().invoke(app, ["batch", str(src), "--out", str(out), "--workers", "1"])
    assert again.exit_code == 0 and "[E219]" not in again.output  # a finished run leaves nothing


def test_folder_refuses_another_model(tmp_path, local_run):
    out, _ = local_run(write_jsonl(tmp_path / "a.jsonl", STORIES[:1]))
    with pytest.raises(Exception, match="coded with"):
        run_batch([str(tmp_path / "a.jsonl")], out, BatchOptions(model="en_core_web_trf"))


def test_cli_batch_reports_bad_input_without_traceback(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "missing.jsonl"), "--out",
                                      str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no .jsonl" in result.output and "Traceback" not in result.output


# -- parley load and querying in place -----------------------------------------------------


def write_coded_folder(out: Path, coded: list[CodedArticle]) -> None:
    """A batch folder holding hand-coded articles (storage is under test here, not NLP)."""
    check_settings(out, settings(BatchOptions()))
    rows = [{**coded_to_row(c), "shard": "f00d", "shard_row": i, "input": f"hand#{i}"}
            for i, c in enumerate(coded)]
    rows.append({"shard": "f00d", "shard_row": len(coded), "input": "hand#x",
                 "reason": "empty input"})
    commit_shard(out, "f00d", "hand.jsonl", pa.Table.from_pylist(rows, schema=TRANSPORT_SCHEMA))


@pytest.fixture
def coded_folder(tmp_path):
    out = tmp_path / "hand"
    write_coded_folder(out, [
        example_article(),
        example_article("lavrov-again", published="2022-04-02", source="other-news"),
    ])
    return out


def test_load_twice_gives_the_same_rows(tmp_path, coded_folder):
    db = tmp_path / "store.duckdb"
    first = load_folder(coded_folder, db)
    assert (first.read, first.added, first.failures) == (2, 2, 1)
    second = load_folder(coded_folder, db)
    assert (second.read, second.added, second.failures) == (2, 0, 0)
    with Store(db) as store:
        counts = {t: store.sql(f"SELECT count(*) AS n FROM {t}")["n"][0]
                  for t in ("articles", "events", "failures")}
    assert counts == {"articles": 2, "events": 12, "failures": 1}


def test_load_uses_the_same_keys_as_ingest(tmp_path, coded_folder):
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store.add(example_article())  # as parley ingest would have stored it
    report = load_folder(coded_folder, db)
    assert report.added == 1  # only the article the store did not have


def test_query_in_place_matches_the_loaded_store(tmp_path, coded_folder):
    db = tmp_path / "store.duckdb"
    load_folder(coded_folder, db)
    con = query_parquet(coded_folder)
    with Store(db) as store:
        for filters in ({}, {"country": "TUR"}, {"event": "CONSULT"}, {"negated": False},
                        {"start": "2022-03-08", "country": "UKR", "country_role": "recipient"}):
            stored = store.events(limit=1000, include_duplicates=True, **filters)
            in_place = parquet_events(con, limit=1000, **filters)
            assert len(stored) > 0
            drop = ["seq", "cursor"]
            a = stored.drop(columns=drop).sort_values(["article_id", "event_id"])
            b = in_place.drop(columns=drop).sort_values(["article_id", "event_id"])
            assert a.reset_index(drop=True).astype(str).equals(b.reset_index(drop=True).astype(str))
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 1


def test_cli_load_is_idempotent(tmp_path, coded_folder):
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    for expected in ("2 new", "0 new"):
        result = runner.invoke(app, ["load", str(coded_folder), "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert expected in result.output


def test_folder_of_csv_and_parquet_shards(tmp_path, local_run):
    folder = tmp_path / "mixed"
    folder.mkdir()
    csv_fixture = Path(__file__).parent / "fixtures" / "ingest" / "daily-brief.csv"
    (folder / "brief.csv").write_bytes(csv_fixture.read_bytes())
    table = pa.Table.from_pylist([{"id": i, "text": t, "published": p} for i, p, t in STORIES])
    pq.write_table(table, folder / "stories.parquet")
    out, report = local_run(folder)
    expected_csv = [r for r in iter_inputs([str(folder / "brief.csv")]) if isinstance(r, CodedArticle)]
    assert len(report.committed) == 2
    assert report.articles == len(STORIES) + len(expected_csv)
    ids = set(articles(out)["id"].to_pylist())
    assert {s[0] for s in STORIES} | {c.article.id for c in expected_csv} == ids


def test_chunk_staged_twice_and_stale_run_parts_are_each_kept_once(tmp_path, nlp):
    """A worker killed after staging its part (the chunk reruns) and a part left by a killed
    earlier run must neither double an article nor leak into this run's commit."""
    from parley.batch.coding import code_task, failure_row
    from parley.batch.committer import Committer
    from parley.batch.manifest import write_part
    from parley.batch.sources import chunk_task

    src = write_jsonl(tmp_path / "wire.jsonl")
    shard = scan_shard(src, 2)  # 5 rows: chunks of 2, 2 and 1
    out = tmp_path / "out"
    committed: list[dict] = []
    committer = Committer(out, [shard], committed.append)
    stale = committer.staging.parent / "an-earlier-run" / shard.sha / "c000001-late.parquet"
    late = [failure_row(shard.sha, 99, "wire.jsonl:99", "from a run that was killed")]
    write_part(stale, pa.Table.from_pylist(late, schema=TRANSPORT_SCHEMA))
    code_task(nlp, chunk_task(shard, 0), str(committer.staging), 8)  # first attempt, lost
    for index in range(len(shard.chunks)):
        committer.add(code_task(nlp, chunk_task(shard, index), str(committer.staging), 8))
    committer.finish()
    assert [(e["rows"], e["articles"]) for e in committed] == [(5, 5)]
    ids = articles(out)["id"].to_pylist()
    assert sorted(ids) == sorted(i for i, _, _ in STORIES)
    assert not (out / "failures").exists()
    assert not committer.staging.exists()


def test_busy_rate_counts_only_while_every_worker_codes():
    # worker 1 starts at t=0, worker 2 only at t=10 (a slow pipeline load); worker 2 runs out at
    # t=30 while worker 1 goes on alone to t=40. Window: 14 (worker 2's first chunk done) to 30.
    spans = [("w1", 0, 4, 40), ("w1", 4, 8, 40), ("w1", 8, 12, 40), ("w1", 12, 16, 40),
             ("w1", 16, 20, 40), ("w1", 20, 24, 40), ("w1", 24, 28, 40), ("w1", 28, 32, 40),
             ("w1", 32, 36, 40), ("w1", 36, 40, 40),
             ("w2", 10, 14, 20), ("w2", 14, 18, 20), ("w2", 18, 22, 20), ("w2", 22, 26, 20),
             ("w2", 26, 30, 20)]
    # worker 1 codes 10/s and worker 2 5/s inside the window: 15 articles a second together
    assert busy_rate(spans) == pytest.approx(15.0)
    assert busy_rate(spans[:1]) is None  # one chunk: no steady state to see
    assert busy_rate([]) is None


def test_load_links_duplicates_and_builds_incidents_like_ingest(tmp_path, coded_folder):
    loaded = tmp_path / "loaded.duckdb"
    report = load_folder(coded_folder, loaded)
    ingested = tmp_path / "ingested.duckdb"
    with Store(ingested) as store:
        store.add_many([example_article(),
                        example_article("lavrov-again", published="2022-04-02",
                                        source="other-news")])
        store.update_incidents()
    tables = ("articles", "events", "incidents", "incident_events", "article_minhash")
    counts = {}
    for db in (loaded, ingested):
        with Store(db, read_only=True) as store:
            counts[db] = {t: store.sql(f"SELECT count(*) AS n FROM {t}")["n"][0] for t in tables}
    assert report.incidents == counts[loaded]["incidents"] > 0
    assert counts[loaded] == counts[ingested]
