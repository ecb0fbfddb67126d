"""kill -9 at many points of ``parley ingest``, ``parley batch --engine local`` (the driver's pid
alone, and its whole process group) and ``parley load``, each followed by a rerun that must end
with a clean run's counts.

For each kind: one clean run gives the reference counts and its timeline (when work first and
last became visible: commits, staged parts, store writes). A fifth of the K kills land in the
start-up (imports, model load), a tenth after the last work (incidents, summary, pool shut-down)
and the rest over the work itself (mid-batch, mid-commit), stratified, with a fixed seed. Each
kill hits a fresh store or output
folder; the rerun then completes it and is compared with the clean run:

- ingest/load: the store's articles, events, quotes, failures, incidents and near-duplicates
  equal the clean run's (so no failure recorded twice); no run left ``running``; every killed
  run that had opened a run record is marked ``interrupted`` and the rerun said so ([E507]).
- batch: the article ids and failure inputs in the Parquet output equal the clean run's, each
  once; staging empty; the rerun was not locked out; killing only the driver left no worker
  alive; a rerun that found a killed run's leftovers said so in one line ([E219]).
- every rerun exits 0 with no traceback, and every ``parley…`` line it prints is one line.

Prints one table (kind, kills, landed, where they landed, reruns equal to clean, interrupted
runs marked, duplicate failures, bad messages, seconds) and exits 1 on any mismatch.

    python scripts/kill_points.py                       # 20 kills of each kind (CI: .ci/run)
    python scripts/kill_points.py --kills 5 --kinds load,ingest --seed 7

Needs the shared corpus (../shared/corpora/cnn-ukraine-live-2022.jsonl) for ingest and batch.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from parley import Store
from parley.batch import BatchOptions
from parley.batch.arrow_schema import TRANSPORT_SCHEMA, coded_to_row
from parley.batch.manifest import check_settings, commit_shard
from parley.batch.runner import settings
from parley.errors import SchemaError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.store_samples import example_article  # noqa: E402 - the repository's own samples

CORPUS = ROOT.parent / "shared" / "corpora" / "cnn-ukraine-live-2022.jsonl"
PARLEY = [sys.executable, "-m", "parley"]
RAW_EXCEPTION = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Interrupt)\b:?")
KINDS = ("ingest", "batch-driver", "batch-group", "load")
COUNTED = ("articles", "events", "quotes", "failures", "incidents", "near_duplicates")
#: invented records that must each become one failure (and stay one after any rerun)
BAD_LINES = [
    '{"id": "bad-json", "text": "The envoy said',
    json.dumps({"id": "no-text", "published": "2022-03-01"}),
    json.dumps({"id": "not-english", "text": "Die Minister trafen sich am Montag in der Hauptstadt "
                "und vereinbarten eine neue Runde von Gesprächen über die Grenze."}),
    "[1, 2, 3]",
]


@dataclass
class Tally:
    kind: str
    kills: int = 0
    landed: int = 0
    phases: dict[str, int] = field(default_factory=lambda: {"start-up": 0, "mid-run": 0, "end": 0})
    equal: int = 0
    interrupted: int = 0  # killed runs the rerun reported (and, for stores, marked) interrupted
    expected_interrupted: int = 0
    duplicate_failures: int = 0
    bad_messages: int = 0
    orphans: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    timeline: tuple[float, float, float] = (0.0, 0.0, 0.0)  # clean run: end, first, last work


def parley(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([*PARLEY, *args], capture_output=True, text=True, timeout=900,
                          env=env, check=False)


def store_counts(db: Path) -> tuple[dict[str, int], list[str]]:
    if not db.exists():
        return dict.fromkeys(COUNTED, 0), []
    try:
        with Store(db, read_only=True) as store:
            stats = store.stats()
            statuses = list(store.runs()["status"])
    except SchemaError:  # killed between creating the file and committing its schema
        return dict.fromkeys(COUNTED, 0), []
    return {k: int(stats[k]) for k in COUNTED}, statuses


def batch_counts(out: Path) -> dict[str, Any]:
    ids: list[str] = []
    failed: list[str] = []
    if (out / "articles").exists():
        ids = pq.read_table(out / "articles", partitioning="hive", columns=["id"])["id"].to_pylist()
    if (out / "failures").exists():
        failed = pq.read_table(out / "failures", columns=["input"])["input"].to_pylist()
    manifest = out / "_manifest.jsonl"
    shards = len(manifest.read_text().splitlines()) if manifest.exists() else 0
    staged = list((out / "_staging").rglob("*.parquet")) if (out / "_staging").exists() else []
    return {"articles": sorted(ids), "failures": sorted(failed), "shards": shards,
            "staged": len(staged)}


def bad_message_lines(stderr: str) -> int:
    """Lines of a traceback or of a message spread over several lines: ``Traceback``, indented
    lines (frames, continuations) and bare ``SomethingError: …`` lines."""
    return sum(1 for line in stderr.splitlines()
               if line.startswith(("Traceback", " ", "\t")) or RAW_EXCEPTION.match(line))


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def alive(pids: list[int]) -> list[int]:
    living = []
    for pid in pids:
        with contextlib.suppress(OSError, IndexError):
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if state != "Z":
                living.append(pid)
    return living


def kill_at(args: list[str], delay: float, env: dict[str, str], group: bool,
            log: Path) -> tuple[bool, list[int]]:
    """Start ``parley args`` in its own session; SIGKILL it (its pid, or its whole group) after
    ``delay`` s. (was it still running, the workers that outlived it)."""
    with log.open("w") as err:
        proc = subprocess.Popen([*PARLEY, *args], stdout=subprocess.DEVNULL, stderr=err, env=env,
                                start_new_session=True)
        try:
            proc.wait(timeout=delay)
            return False, []
        except subprocess.TimeoutExpired:
            pass
        workers = children_of(proc.pid)
        if group:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    deadline = time.monotonic() + 15
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = alive(workers)
    for pid in left:  # never leave them behind, but count them
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return True, left


# -- inputs ---------------------------------------------------------------------------------


def make_inputs(work: Path, articles: int, batch_articles: int) -> tuple[Path, Path]:
    """A JSONL file (headlines from the shared corpus and the bad records) for ingest, and a
    folder of four shards for batch (more headlines: two workers code them fast)."""
    if not CORPUS.exists():
        sys.exit(f"kill_points: {CORPUS} not found (the shared corpus beside the repository)")
    with CORPUS.open(encoding="utf-8") as fh:
        good = [next(fh).rstrip("\n") for _ in range(max(articles, batch_articles))]

    def with_bad(lines: list[str]) -> list[str]:
        half = len(lines) // 2
        return lines[:half] + BAD_LINES[:2] + lines[half:] + BAD_LINES[2:]

    jsonl = work / "input.jsonl"
    jsonl.write_text("\n".join(with_bad(good[:articles])) + "\n", encoding="utf-8")
    shards = work / "shards"
    shards.mkdir()
    lines = with_bad(good[:batch_articles])
    step = -(-len(lines) // 4)
    for n in range(4):
        part = lines[n * step:(n + 1) * step]
        (shards / f"part-{n}.jsonl").write_text("\n".join(part) + "\n", encoding="utf-8")
    return jsonl, shards


def make_load_folder(out: Path, shards: int = 8, per_shard: int = 30) -> None:
    """A batch output folder of hand-built coded articles (one load transaction per shard) and
    one failure per shard: load has real work to be killed in without any coding."""
    check_settings(out, settings(BatchOptions()))
    n = 0
    for s in range(shards):
        rows = []
        for i in range(per_shard):
            coded = example_article(f"a{n}", published=f"2022-{1 + n % 12:02d}-{1 + n % 28:02d}",
                                    source=f"source-{n % 13}")
            rows.append({**coded_to_row(coded), "shard": f"s{s:03d}", "shard_row": i,
                         "input": f"shard{s}.jsonl:{i + 1}"})
            n += 1
        rows.append({"shard": f"s{s:03d}", "shard_row": per_shard, "input": f"shard{s}.jsonl:x",
                     "reason": "empty input"})
        commit_shard(out, f"s{s:03d}", f"shard{s}.jsonl",
                     pa.Table.from_pylist(rows, schema=TRANSPORT_SCHEMA))


# -- one kind -------------------------------------------------------------------------------


def progress_signature(kind: str, target: Path, log: Path) -> tuple[int, ...]:
    """What a running writer has visibly done so far (it changes whenever work lands):
    ingest's ``stored k/N`` lines, batch's staged parts and manifest lines, load's store size."""
    if kind == "ingest":
        text = log.read_text(errors="replace") if log.exists() else ""
        return (sum(1 for ln in text.splitlines() if ln.startswith("stored ")
                    and not ln.startswith("stored 0/")),)
    if kind.startswith("batch"):
        manifest = target / "_manifest.jsonl"
        staging = target / "_staging"
        return (len(manifest.read_text().splitlines()) if manifest.exists() else 0,
                len(list(staging.rglob("*.parquet"))) if staging.exists() else 0)
    return tuple(p.stat().st_size for p in sorted(target.parent.glob(target.name + "*")))


def clean_run(kind: str, argv: list[str], target: Path, env: dict[str, str],
              log: Path) -> tuple[int, str, float, float, float]:
    """Run ``argv`` to the end, watching its progress: (exit status, stderr, seconds, time of
    the first visible work, time of the last)."""
    t0 = time.monotonic()
    seen: list[float] = []
    with log.open("w") as err:
        proc = subprocess.Popen([*PARLEY, *argv], stdout=subprocess.DEVNULL, stderr=err, env=env)
        last = progress_signature(kind, target, log)
        while proc.poll() is None:
            time.sleep(0.03)
            now = progress_signature(kind, target, log)
            if now != last:
                seen.append(time.monotonic() - t0)
                last = now
    seconds = time.monotonic() - t0
    first, final = (seen[0], seen[-1]) if seen else (seconds / 2, seconds / 2)
    return proc.returncode, log.read_text(errors="replace"), seconds, first, final


def kill_delays(kills: int, rng: random.Random, seconds: float, first: float,
                last: float) -> list[float]:
    """When each kill lands, from the clean run's timeline: a fifth of the kills before any
    work was visible (start-up, model load), a tenth after the last (the end: incidents,
    summary, pool shut-down), the rest spread over the work itself (mid-batch, mid-commit);
    stratified within each part, so every part is covered evenly."""
    early = max(1, round(kills * 0.2))
    late = max(1, round(kills * 0.1)) if kills > 2 else 0
    middle = kills - early - late
    parts = [(0.0, first, early), (first, last, middle), (last, seconds, late)]
    return [start + (end - start) * (j + rng.random()) / n
            for start, end, n in parts for j in range(n)]


def run_kind(kind: str, kills: int, rng: random.Random, work: Path, jsonl: Path, shards: Path,
             load_folder: Path, env: dict[str, str]) -> Tally:
    tally = Tally(kind)
    started = time.monotonic()
    base = work / kind
    base.mkdir()
    is_batch = kind.startswith("batch")

    def args(target: Path) -> list[str]:
        if kind == "ingest":
            return ["ingest", str(jsonl), "--db", str(target), "--commit-every", "2"]
        if is_batch:
            return ["batch", str(shards), "--out", str(target), "--engine", "local",
                    "--workers", "2", "--batch-size", "4"]
        return ["load", str(load_folder), "--db", str(target)]

    suffix = "" if is_batch else ".duckdb"
    clean_target = base / f"clean{suffix}"
    status, stderr, seconds, first, last = clean_run(kind, args(clean_target), clean_target, env,
                                                     base / "clean.err")
    if status != 0:
        tally.problems.append(f"clean run failed: {stderr.strip()[-500:]}")
        return tally
    tally.timeline = (seconds, first, last)
    reference = batch_counts(clean_target) if is_batch else store_counts(clean_target)[0]
    for i, delay in enumerate(kill_delays(kills, rng, seconds, first, last)):
        target = base / f"k{i:02d}{suffix}"
        landed, orphans = kill_at(args(target), delay, env, group=kind == "batch-group",
                                  log=base / f"k{i:02d}.err")
        tally.kills += 1
        tally.landed += landed
        tally.orphans += len(orphans)
        if orphans:
            tally.problems.append(f"kill {i} at {delay:.2f}s: workers {orphans} outlived the driver")
        check_kill(tally, i, delay, landed, target, reference, args(target), is_batch, env)
        shutil.rmtree(target, ignore_errors=True) if is_batch else _remove_store(target)
    if tally.interrupted != tally.expected_interrupted:
        tally.problems.append(f"{tally.expected_interrupted} killed runs left work behind, "
                              f"{tally.interrupted} reported interrupted by the rerun")
    tally.seconds = time.monotonic() - started
    return tally


def check_kill(tally: Tally, i: int, delay: float, landed: bool, target: Path, reference: Any,
               argv: list[str], is_batch: bool, env: dict[str, str]) -> None:
    """Where kill ``i`` landed; then rerun ``argv`` and compare the result with ``reference``."""
    statuses_before: list[str] = []
    if landed:
        if is_batch:
            at_kill = batch_counts(target)
            progress = at_kill["shards"] + at_kill["staged"]
            leftovers = bool(at_kill["staged"]) or (target / "_staging").exists()
            whole = at_kill["shards"] == reference["shards"]
        else:
            at_kill_counts, statuses_before = store_counts(target)
            progress = at_kill_counts["articles"]
            leftovers = "running" in statuses_before
            whole = progress == reference["articles"]
        phase = "start-up" if not progress and not leftovers else "end" if whole else "mid-run"
        tally.phases[phase] += 1
        tally.expected_interrupted += leftovers
    rerun = parley(*argv, env=env)
    after = batch_counts(target) if is_batch else store_counts(target)[0]
    where = f"kill {i} at {delay:.2f}s"
    if rerun.returncode != 0:
        tally.problems.append(f"{where}: rerun rc {rerun.returncode}: {rerun.stderr.strip()[-300:]}")
    if "another parley batch" in rerun.stderr:
        tally.problems.append(f"{where}: the rerun was locked out")
    tally.bad_messages += bad_message_lines(rerun.stderr)
    if after == reference:
        tally.equal += 1
    else:
        tally.problems.append(f"{where}: after the rerun {_short(after)} != clean {_short(reference)}")
    if is_batch:
        tally.duplicate_failures += len(after["failures"]) - len(set(after["failures"]))
        tally.interrupted += "[E219]" in rerun.stderr
        return
    tally.duplicate_failures += max(0, after["failures"] - reference["failures"])
    _, statuses = store_counts(target)
    if "running" in statuses or (statuses and statuses[-1] != "finished"):
        tally.problems.append(f"{where}: runs after the rerun {statuses}")
    if "running" in statuses_before:
        tally.interrupted += "interrupted" in statuses and "[E507]" in rerun.stderr


def _short(counts: Any) -> Any:
    if "shards" in counts:
        return {k: (len(v) if isinstance(v, list) else v) for k, v in counts.items()}
    return counts


def _remove_store(db: Path) -> None:
    for path in db.parent.glob(db.name + "*"):
        path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="kills per kind (20)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated: {KINDS}")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--articles", type=int, default=120, help="headlines for ingest (120)")
    parser.add_argument("--batch-articles", type=int, default=400,
                        help="headlines for batch, in four shards (400)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    ns = parser.parse_args(argv)
    kinds = [k for k in ns.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)}
    work = Path(tempfile.mkdtemp(prefix="parley-kills-"))
    rng = random.Random(ns.seed)
    try:
        jsonl, shards = make_inputs(work, ns.articles, ns.batch_articles)
        load_folder = work / "load-folder"
        if "load" in kinds:
            make_load_folder(load_folder)
        tallies = [run_kind(kind, ns.kills, rng, work, jsonl, shards, load_folder, env)
                   for kind in kinds]
    finally:
        if ns.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'kind':<13} {'kills':>5} {'landed':>6} {'start/mid/end':>13} {'=clean':>6} "
          f"{'interrupted':>11} {'dup.fail':>8} {'bad msg':>7} {'orphans':>7} {'s':>6}")
    for t in tallies:
        phases = "/".join(str(t.phases[p]) for p in ("start-up", "mid-run", "end"))
        print(f"{t.kind:<13} {t.kills:>5} {t.landed:>6} {phases:>13} {t.equal:>3}/{t.kills:<2} "
              f"{t.interrupted:>4}/{t.expected_interrupted:<6} {t.duplicate_failures:>8} "
              f"{t.bad_messages:>7} {t.orphans:>7} {t.seconds:>5.0f}  {t.timeline[0]:.1f} "
              f"({t.timeline[1]:.1f}–{t.timeline[2]:.1f})")
    failed = False
    for t in tallies:
        for problem in t.problems:
            print(f"kill_points: {t.kind}: {problem}", file=sys.stderr)
        failed |= bool(t.problems) or t.equal != t.kills or t.duplicate_failures > 0 \
            or t.bad_messages > 0 or t.orphans > 0 or not t.kills
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
