"""Ingest throughput (read + code + store) over coding alone (read + code), in one run.

    .venv/bin/python benchmarks/store_ingest.py [PATH ...] [--workers N] [--repeat R]

Default inputs: the example and the three eval corpora's article texts (../shared). Both
measurements read the same inputs with the same loaded pipeline; passes alternate so a busy
machine slows both alike, and each side keeps its fastest pass. Prints ``ratio: X`` (target
>= 0.85): how much of coding throughput survives storing. Because a shared machine's load
swings between passes, it also prints the share of each ingest run spent writing (timed inside
the same run). The ``ratio:`` line uses this process's CPU time with ``--workers 1`` (all
coding and writing happen here, and CPU time barely moves with other jobs' load), wall-clock
time otherwise.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from parley.store.loader import ingest

from parley.ingest import iter_inputs
from parley.pipeline import cached_pipeline, code_shells
from parley.schema import Failure
from parley.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = [SHARED / "examples", SHARED / "eval" / "quotes" / "polnear-dev.jsonl",
           SHARED / "eval" / "geo" / "geowebnews-dev.jsonl",
           SHARED / "eval" / "events" / "plover-gsr-dev.jsonl"]


def code_only(nlp, paths: list[str], workers: int) -> tuple[int, float, float]:
    """(articles, wall seconds, CPU seconds of this process) for reading + coding."""
    t0, c0 = time.perf_counter(), time.process_time()
    shells = [s for s in iter_inputs(paths) if not isinstance(s, Failure)]
    n = sum(1 for _ in code_shells(nlp, shells, n_process=workers))
    return n, time.perf_counter() - t0, time.process_time() - c0


def code_and_store(nlp, paths: list[str], workers: int, db: Path
                   ) -> tuple[int, float, float, float]:
    """(articles, wall seconds, CPU seconds, wall seconds spent writing) for a real ingest."""
    c0 = time.process_time()
    with Store(db) as store:
        report = ingest(store, paths, nlp, workers=workers)
    return report.added, report.seconds, time.process_time() - c0, report.store_seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    nlp = cached_pipeline()
    list(code_shells(nlp, [s for s in iter_inputs([str(DEFAULT[0])])
                           if not isinstance(s, Failure)]))  # warm-up
    wall: dict[str, list[float]] = {"code": [], "store": []}
    cpu: dict[str, list[float]] = {"code": [], "store": []}
    shares = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            n_code, w_code, c_code = code_only(nlp, args.paths, args.workers)
            n_store, w_store, c_store, w_write = code_and_store(
                nlp, args.paths, args.workers, Path(tmp) / f"bench{i}.duckdb")
            wall["code"].append(n_code / w_code)
            wall["store"].append(n_store / w_store)
            cpu["code"].append(n_code / c_code)
            cpu["store"].append(n_store / c_store)
            shares.append(w_write / w_store)
            print(f"pass {i + 1}: coding alone {n_code} articles {w_code:.1f}s wall, "
                  f"{c_code:.1f}s CPU; coding+storing {n_store} articles {w_store:.1f}s wall, "
                  f"{c_store:.1f}s CPU, of which writing {w_write:.2f}s")
    wall_ratio = max(wall["store"]) / max(wall["code"])
    print(f"wall clock: coding alone {max(wall['code']):.2f}/s, coding + storing "
          f"{max(wall['store']):.2f}/s, ratio {wall_ratio:.3f} (best passes; on a shared "
          "machine this swings with other jobs)")
    print(f"writing share of the ingest wall time (same pass): {max(shares):.3f} (worst pass)")
    if args.workers == 1:
        print(f"CPU time: coding alone {max(cpu['code']):.2f}/s, coding + storing "
              f"{max(cpu['store']):.2f}/s")
        print(f"ratio: {max(cpu['store']) / max(cpu['code']):.3f}")
    else:  # worker processes' CPU time is not this process's: only wall clock is comparable
        print(f"ratio: {wall_ratio:.3f}")


if __name__ == "__main__":
    main()
