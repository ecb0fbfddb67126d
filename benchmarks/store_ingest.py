"""Ingest throughput (read + code + store) over coding alone (read + code), in one run.

    .venv/bin/python benchmarks/store_ingest.py [PATH ...] [--workers N] [--repeat R]

Default inputs: the example and the three eval corpora's article texts (../shared). Both
measurements read the same inputs with the same loaded pipeline; passes alternate so a busy
machine slows both alike, and each side keeps its fastest pass. Prints ``ratio: X`` (target
>= 0.85): how much of coding throughput survives storing. Because a shared machine's load
swings between passes, it also prints the share of each ingest run spent writing (timed inside
the same run), which does not depend on the load.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from parley.ingest import iter_inputs
from parley.pipeline import cached_pipeline, code_shells
from parley.schema import Failure
from parley.store import Store
from parley.store.loader import ingest

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = [SHARED / "examples", SHARED / "eval" / "quotes" / "polnear-dev.jsonl",
           SHARED / "eval" / "geo" / "geowebnews-dev.jsonl",
           SHARED / "eval" / "events" / "plover-gsr-dev.jsonl"]


def code_only(nlp, paths: list[str], workers: int) -> tuple[int, float]:
    t0 = time.perf_counter()
    shells = [s for s in iter_inputs(paths) if not isinstance(s, Failure)]
    n = sum(1 for _ in code_shells(nlp, shells, n_process=workers))
    return n, time.perf_counter() - t0


def code_and_store(nlp, paths: list[str], workers: int, db: Path) -> tuple[int, float, float]:
    with Store(db) as store:
        report = ingest(store, paths, nlp, workers=workers)
    return report.added, report.seconds, report.store_seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    nlp = cached_pipeline()
    list(code_shells(nlp, [s for s in iter_inputs([str(DEFAULT[0])])
                           if not isinstance(s, Failure)]))  # warm-up
    coding, storing, shares = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            n_code, t_code = code_only(nlp, args.paths, args.workers)
            n_store, t_store, t_write = code_and_store(nlp, args.paths, args.workers,
                                                       Path(tmp) / f"bench{i}.duckdb")
            coding.append(n_code / t_code)
            storing.append(n_store / t_store)
            shares.append(t_write / t_store)
            print(f"pass {i + 1}: coding alone {n_code} articles {t_code:.1f}s "
                  f"({coding[-1]:.2f}/s); coding+storing {n_store} articles {t_store:.1f}s "
                  f"({storing[-1]:.2f}/s), of which writing {t_write:.2f}s")
    print(f"coding alone: {max(coding):.2f} articles/s")
    print(f"coding + storing: {max(storing):.2f} articles/s")
    print(f"writing share of the ingest run (same pass, immune to machine load): "
          f"{max(shares):.3f} (worst pass) -> in-run ratio {1 - max(shares):.3f}")
    print(f"ratio: {max(storing) / max(coding):.3f}")


if __name__ == "__main__":
    main()
