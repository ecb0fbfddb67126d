"""kill -9 at many points of ``parley ingest``, ``parley batch --engine local`` (the driver's pid
alone, and its whole process group) and ``parley load``, each followed by a rerun that must end
with a clean run's counts.

For each command (the two batch kinds share theirs): one clean run of ``python -m parley``
gives the reference counts and how long its start-up lasts (until its first visible work: a
``stored`` line, a staged part, a store write); one warm run (below) gives the progress steps
the kills are placed by, and must give the same counts. A fifth of the
K kills land in the start-up, a tenth after the last work (incidents, summary, pool shut-down)
and the rest over the work itself (mid-batch, mid-commit), stratified, with a fixed seed:

- start-up kills start ``python -m parley`` afresh and kill it a random part of the clean
  start-up after its own start (if it shows work sooner, it is killed then and tried again
  earlier);
- mid-run kills wait for the killed run's own progress count (``stored`` lines; staged parts
  and manifest lines; store size changes) to reach a step, then a random part of a step;
- end kills wait for the run's own "all stored" sign (``stored N/N``, every shard in the
  manifest, load's last step), then a random part of the clean tail.

Mid-run and end kills, and every rerun, are runs forked from a warm ``parley`` (a process that
imported the CLI and loaded the model once and runs ``parley.cli.main`` in each forked child,
in its own session: real stores, real workers), so they pay no imports or model load. A kill
that finds its run already finished (exit status 0, not SIGKILL) is tried again at an earlier
point, up to ``--retries`` times, and so is a start-up kill that saw the run's first work.
Each kill hits a fresh store or output folder; the rerun then completes it and is compared
with the clean run:

- ingest/load: the store's articles, events, quotes, failures, incidents and near-duplicates
  equal the clean run's (so no failure recorded twice); no run left ``running``; every killed
  run that had opened a run record is marked ``interrupted`` and the rerun said so ([E507]).
- batch: the article ids and failure inputs in the Parquet output equal the clean run's, each
  once; no staged part or ``.tmp`` left; the rerun was not locked out; killing only the driver
  left no worker alive; a rerun that found a killed run's leftovers said so in one line
  ([E219]).
- every rerun exits 0 with no traceback, and every ``parley…`` line it prints is one line.

Prints one table (kind, kills, landed, retries, where they landed, reruns equal to clean,
interrupted runs marked, duplicate failures, bad messages, orphan workers, seconds) and exits 1
on any mismatch or any kill that did not land.

    python scripts/kill_points.py                       # 20 kills of each kind (CI: .ci/run)
    python scripts/kill_points.py --kills 5 --kinds load,ingest --seed 7 --verbose

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
VERBOSE: list[bool] = []
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
    retries: int = 0  # kills tried again, earlier: the run had finished (or shown work) first
    steps: int = 0  # progress steps of the clean run
    timeline: tuple[float, float, float] = (0.0, 0.0, 0.0)  # clean run: end, first, last work


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
    """The article ids and failure inputs in ``out``'s finished Parquet files (each written to a
    ``.tmp`` name and renamed: a ``.tmp`` is a write a kill cut short, counted apart), finished
    shards, staged parts and ``.tmp`` files left over."""
    def column(folder: str, name: str) -> list[str]:
        files = sorted((out / folder).rglob("*.parquet")) if (out / folder).exists() else []
        return [v for f in files for v in pq.read_table(f, columns=[name])[name].to_pylist()]

    manifest = out / "_manifest.jsonl"
    shards = len(manifest.read_text().splitlines()) if manifest.exists() else 0
    staged = list((out / "_staging").rglob("*.parquet")) if (out / "_staging").exists() else []
    tmp = [p for p in out.rglob("*.tmp") if "_staging" not in p.parts] if out.exists() else []
    return {"articles": sorted(column("articles", "id")),
            "failures": sorted(column("failures", "input")), "shards": shards,
            "staged": len(staged), "tmp": len(tmp)}


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


def running(pid: int) -> bool:
    """Is ``pid`` alive (not a zombie waiting to be reaped, not gone)?"""
    with contextlib.suppress(OSError, IndexError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


class Zygote:
    """A warm ``parley``: one process that imported the CLI and loaded the pipeline once, and
    forks a child for each run asked of it. The child (its own session, stdin and stdout on
    /dev/null, stderr in a log) runs ``parley.cli.main`` exactly as ``python -m parley`` does
    and exits with its status; it writes the real store or output folder with real workers.
    Mid-run and end kills and every rerun go through it, so they pay the imports and the model
    load once (start-up kills and the clean runs start ``python -m parley`` afresh)."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        with log.open("w") as err:
            self.proc = subprocess.Popen([sys.executable, __file__, "--zygote"], env=env,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=err, text=True, bufsize=1)
        if self._read() != {"ready": True}:
            sys.exit(f"kill_points: the warm parley did not start (see {log})")

    def _read(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            sys.exit("kill_points: the warm parley stopped")
        return json.loads(line)

    def _ask(self, **request: Any) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        return self._read()

    def start(self, argv: list[str], log: Path) -> int:
        return int(self._ask(op="start", args=argv, log=str(log))["pid"])

    def wait(self, pid: int, timeout: float = 600.0) -> int:
        """The child's exit status (killed, with its group, after ``timeout`` s: a hung run)."""
        deadline = time.monotonic() + timeout
        while running(pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        if running(pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        return int(self._ask(op="wait", pid=pid)["rc"])

    def run(self, argv: list[str], log: Path) -> tuple[int, str]:
        rc = self.wait(self.start(argv, log))
        return rc, log.read_text(errors="replace")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def zygote_main() -> None:
    """The warm parley's side of ``Zygote`` (``kill_points.py --zygote``)."""
    import atexit  # noqa: PLC0415

    import parley.cli as cli  # noqa: PLC0415
    from parley.batch import BatchOptions as Options  # noqa: PLC0415
    from parley.pipeline import DEFAULT_MODEL, cached_pipeline  # noqa: PLC0415

    cached_pipeline(DEFAULT_MODEL, ())  # the key ingest uses (parley.cli.common)
    opts = Options()
    cached_pipeline(opts.model, tuple(opts.actors))  # the key batch uses (parley.batch.runner)
    reply = os.fdopen(os.dup(1), "w", buffering=1)
    requests = os.fdopen(os.dup(0), "r")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    reply.write(json.dumps({"ready": True}) + "\n")
    for line in requests:
        req = json.loads(line)
        if req["op"] == "wait":
            _, status = os.waitpid(req["pid"], 0)
            reply.write(json.dumps({"rc": os.waitstatus_to_exitcode(status)}) + "\n")
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid:
            reply.write(json.dumps({"pid": pid}) + "\n")
            continue
        os.setsid()  # like start_new_session: the driver leads its own process group
        log = os.open(req["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(log, 2)
        os.close(log)
        reply.close()
        requests.close()
        sys.argv = ["parley", *req["args"]]
        code = 0
        try:
            cli.main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        except BaseException:  # noqa: BLE001 - the child must exit here, never return
            import traceback  # noqa: PLC0415

            traceback.print_exc()
            code = 1
        with contextlib.suppress(BaseException):
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


class Watch:
    """A running writer's visible progress, as a count that only grows: ingest's ``stored k/N``
    lines; batch's staged part files ever seen plus manifest lines (finished shards); load's
    changes of the store's file sizes (one per committed shard transaction, roughly)."""

    def __init__(self, kind: str, target: Path, log: Path) -> None:
        self.kind, self.target, self.log = kind, target, log
        self.parts: set[str] = set()
        self.sizes: tuple[int, ...] = ()
        self.changes = 0

    def count(self) -> int:
        if self.kind == "ingest":
            text = self.log.read_text(errors="replace") if self.log.exists() else ""
            return sum(1 for ln in text.splitlines()
                       if ln.startswith("stored ") and not ln.startswith("stored 0/"))
        if self.kind.startswith("batch"):
            manifest = self.target / "_manifest.jsonl"
            staging = self.target / "_staging"
            with contextlib.suppress(OSError):
                self.parts.update(p.name for p in staging.rglob("*.parquet"))
            lines = len(manifest.read_text().splitlines()) if manifest.exists() else 0
            return len(self.parts) + lines
        sizes = tuple(p.stat().st_size for p in sorted(self.target.parent.glob(
            self.target.name + "*")) if p.exists())
        if sizes != self.sizes:
            self.changes += bool(self.sizes) or bool(sizes)
            self.sizes = sizes
        return self.changes

    def done(self, steps: int, shards: int) -> bool:
        """All the work is stored: ingest printed ``stored N/N``; batch's manifest lists every
        shard; load's progress count reached ``steps`` (it prints nothing until its summary)."""
        count = self.count()
        if self.kind == "ingest":
            text = self.log.read_text(errors="replace") if self.log.exists() else ""
            return any(re.fullmatch(r"stored (\d+)/\1", ln) for ln in text.splitlines())
        if self.kind.startswith("batch"):
            manifest = self.target / "_manifest.jsonl"
            return manifest.exists() and len(manifest.read_text().splitlines()) >= shards
        return count >= steps


@dataclass
class Plan:
    """One kill: ``start`` (a fresh ``python -m parley``, ``delay`` s after it starts, at once
    if it shows progress first), ``mid`` (``extra`` s after the run's progress count reaches
    ``step``) or ``end`` (``extra`` s after it reaches the clean run's last step)."""

    phase: str
    step: int = 0
    delay: float = 0.0
    extra: float = 0.0

    def earlier(self) -> Plan:
        """The same kill, earlier: for a retry after the run finished before it (an end kill
        keeps its step, unless the run may have finished without the count reaching it)."""
        step = self.step - 1 if self.phase == "end" else self.step - 1 - self.step // 4
        return Plan(self.phase, max(1, step), self.delay / 2, self.extra / 2)

    def __str__(self) -> str:
        if self.phase == "start":
            return f"start-up kill at {self.delay:.2f}s"
        return f"{self.phase} kill {self.extra:.2f}s after progress step {self.step}"


def plan_kills(kills: int, rng: random.Random, first: float, steps: int, step_s: float,
               tail: float) -> list[Plan]:
    """A fifth of the kills in the start-up (before the first visible work: imports, model
    load, opening the store), a tenth after the last work (incidents, summary, pool shut-down),
    the rest over the work itself (mid-batch, mid-commit): stratified, so each part is covered
    evenly; mid-run kills are placed by progress steps, with a random part of a step's time."""
    early = max(1, round(kills * 0.2))
    late = max(1, round(kills * 0.1)) if kills > 2 else 0
    middle = kills - early - late
    plans = [Plan("start", delay=first * 0.9 * (j + rng.random()) / early) for j in range(early)]
    span = max(1, steps - 1)  # steps 1 … steps-1: after the first, before the last work
    for j in range(middle):
        step = 1 + min(span - 1, int(span * (j + rng.random()) / middle))
        plans.append(Plan("mid", step=step, extra=step_s * rng.random()))
    plans += [Plan("end", step=steps, extra=tail * (j + rng.random()) / late) for j in range(late)]
    return plans


def kill_once(plan: Plan, kind: str, argv: list[str], target: Path, log: Path,
              zygote: Zygote, env: dict[str, str], shards: int) -> tuple[bool, bool, list[int]]:
    """Run ``parley argv`` and SIGKILL it (its pid, or for batch-group its whole group) as
    ``plan`` says. (did the kill land — the run had not finished —, was it in time — a start-up
    kill before the run's first work —, workers that outlived it)."""
    log.unlink(missing_ok=True)  # never watch an earlier attempt's log
    watch = Watch(kind, target, log)
    t0 = time.monotonic()
    proc: subprocess.Popen | None = None
    if plan.phase == "start":
        with log.open("w") as err:
            proc = subprocess.Popen([*PARLEY, *argv], stdout=subprocess.DEVNULL, stderr=err,
                                    env=env, start_new_session=True)
        pid = proc.pid
    else:
        pid = zygote.start(argv, log)

    def finished() -> bool:
        return proc.poll() is not None if proc is not None else not running(pid)

    reached: float | None = None
    in_time = True
    while not finished():
        now = time.monotonic()
        if now - t0 > 300:  # a run that never reaches its step: kill it all the same
            break
        if plan.phase == "start":
            if watch.count() > 0:
                in_time = False  # this run's start-up was shorter: kill now, and try earlier
                break
            if now - t0 >= plan.delay:
                break
        elif reached is None:
            if (watch.done(plan.step, shards) if plan.phase == "end"
                    else watch.count() >= plan.step):
                reached = now
        elif now - reached >= plan.extra:
            break
        time.sleep(0.005 if plan.phase == "start" else 0.01)
    workers = children_of(pid)
    if not finished():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL) if kind == "batch-group" else os.kill(pid, signal.SIGKILL)
    rc = proc.wait(timeout=60) if proc is not None else zygote.wait(pid)
    landed = rc == -signal.SIGKILL
    deadline = time.monotonic() + 15
    while landed and alive(workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = alive(workers) if landed else []
    for worker in left:  # never leave them behind, but count them
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker, signal.SIGKILL)
    return landed, in_time, left



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


def clean_run(kind: str, argv: list[str], target: Path, env: dict[str, str], log: Path,
              zygote: Zygote | None = None) -> tuple[int, str, float, float, float, int]:
    """Run ``parley argv`` to the end (afresh, or forked by ``zygote``), watching its progress:
    (exit status, stderr, seconds, time of the first visible work, time of the last, progress
    steps)."""
    t0 = time.monotonic()
    watch = Watch(kind, target, log)
    seen: list[float] = []
    with log.open("w") as err:
        proc = None if zygote else subprocess.Popen([*PARLEY, *argv], stdout=subprocess.DEVNULL,
                                                    stderr=err, env=env)
    pid = zygote.start(argv, log) if zygote else 0

    def going() -> bool:
        return proc.poll() is None if proc is not None else running(pid)

    count = 0
    while going():
        time.sleep(0.01)
        now = watch.count()
        if now != count:
            seen.append(time.monotonic() - t0)
            count = now
    rc = proc.wait() if proc is not None else zygote.wait(pid) if zygote else 0
    seconds = time.monotonic() - t0
    count = max(count, watch.count())
    first, final = (seen[0], seen[-1]) if seen else (seconds / 2, seconds / 2)
    return rc, log.read_text(errors="replace"), seconds, first, final, count


def run_kind(kind: str, kills: int, rng: random.Random, work: Path, jsonl: Path, shards: Path,
             load_folder: Path, env: dict[str, str], zygote: Zygote, retries: int,
             references: dict[str, Any]) -> Tally:
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

    def remove(target: Path) -> None:
        shutil.rmtree(target, ignore_errors=True) if is_batch else _remove_store(target)

    suffix = "" if is_batch else ".duckdb"
    shared = "batch" if is_batch else kind  # both batch kinds run the same command
    if shared not in references:
        clean_target = base / f"clean{suffix}"
        status, stderr, seconds, first, last, _ = clean_run(kind, args(clean_target),
                                                            clean_target, env, base / "clean.err")
        if status != 0:
            tally.problems.append(f"clean run failed: {stderr.strip()[-500:]}")
            return tally
        reference = batch_counts(clean_target) if is_batch else store_counts(clean_target)[0]
        # the same run forked warm, as mid-run and end kills will be: its progress steps, times
        warm_target = base / f"warm{suffix}"
        status, stderr, w_seconds, w_first, w_last, steps = clean_run(
            kind, args(warm_target), warm_target, env, base / "warm.err", zygote)
        warm = batch_counts(warm_target) if is_batch else store_counts(warm_target)[0]
        if status != 0 or warm != reference:
            tally.problems.append(f"the warm clean run differs: rc {status}, {_short(warm)} != "
                                  f"{_short(reference)}: {stderr.strip()[-300:]}")
        references[shared] = (reference, (seconds, first, last), (w_seconds, w_first, w_last),
                              steps)
    reference, tally.timeline, (w_seconds, w_first, w_last), steps = references[shared]
    seconds, first, last = tally.timeline
    tally.steps = steps
    step_s = (w_last - w_first) / max(1, steps - 1)
    for i, plan in enumerate(plan_kills(kills, rng, first, steps, step_s, w_seconds - w_last)):
        target = base / f"k{i:02d}{suffix}"
        t_kill = time.monotonic()
        phases = dict(tally.phases)
        for attempt in range(retries + 1):
            landed, in_time, orphans = kill_once(plan, kind, args(target), target,
                                        base / f"k{i:02d}.err", zygote, env,
                                        reference["shards"] if is_batch else 0)
            if landed and in_time or attempt == retries:
                break
            tally.retries += 1
            remove(target)
            plan = plan.earlier()
        t_rerun = time.monotonic()
        tally.kills += 1
        tally.landed += landed
        tally.orphans += len(orphans)
        if not landed:  # (a start-up kill still late after the retries counts where it landed)
            tally.problems.append(f"kill {i} ({plan}): the run finished first, {retries} retries")
        if orphans:
            tally.problems.append(f"kill {i} ({plan}): workers {orphans} outlived the driver")
        check_kill(tally, i, str(plan), landed, target, reference, args(target), is_batch,
                   zygote, base / f"k{i:02d}.rerun.err")
        if VERBOSE and VERBOSE[0]:
            landed_in = [p for p in tally.phases if tally.phases[p] != phases[p]]
            print(f"{kind} kill {i}: {plan}, landed {landed} ({'/'.join(landed_in)}), "
                  f"{t_rerun - t_kill:.1f}s + {time.monotonic() - t_rerun:.1f}s check and rerun",
                  file=sys.stderr)
        remove(target)
    if tally.interrupted != tally.expected_interrupted:
        tally.problems.append(f"{tally.expected_interrupted} killed runs left work behind, "
                              f"{tally.interrupted} reported interrupted by the rerun")
    tally.seconds = time.monotonic() - started
    return tally


def check_kill(tally: Tally, i: int, plan: str, landed: bool, target: Path, reference: Any,
               argv: list[str], is_batch: bool, zygote: Zygote, log: Path) -> None:
    """Where kill ``i`` landed; then rerun ``argv`` and compare the result with ``reference``."""
    statuses_before: list[str] = []
    if landed:
        if is_batch:
            at_kill = batch_counts(target)
            progress = at_kill["shards"] + at_kill["staged"] + len(at_kill["articles"])
            leftovers = bool(at_kill["staged"]) or (target / "_staging").exists()
            whole = at_kill["shards"] == reference["shards"]
        else:
            at_kill_counts, statuses_before = store_counts(target)
            progress = at_kill_counts["articles"] + at_kill_counts["failures"]
            leftovers = "running" in statuses_before
            whole = (at_kill_counts["articles"], at_kill_counts["failures"]) == \
                (reference["articles"], reference["failures"])
        phase = "start-up" if not progress else "end" if whole else "mid-run"
        tally.phases[phase] += 1
        tally.expected_interrupted += leftovers
    rc, rerun_err = zygote.run(argv, log)
    after = batch_counts(target) if is_batch else store_counts(target)[0]
    where = f"kill {i} ({plan})"
    if rc != 0:
        tally.problems.append(f"{where}: rerun rc {rc}: {rerun_err.strip()[-300:]}")
    if "another parley batch" in rerun_err:
        tally.problems.append(f"{where}: the rerun was locked out")
    tally.bad_messages += bad_message_lines(rerun_err)
    if after == reference:
        tally.equal += 1
    else:
        tally.problems.append(f"{where}: after the rerun {_short(after)} != clean {_short(reference)}")
    if is_batch:
        tally.duplicate_failures += len(after["failures"]) - len(set(after["failures"]))
        tally.interrupted += "[E219]" in rerun_err
        return
    tally.duplicate_failures += max(0, after["failures"] - reference["failures"])
    _, statuses = store_counts(target)
    if "running" in statuses or (statuses and statuses[-1] != "finished"):
        tally.problems.append(f"{where}: runs after the rerun {statuses}")
    if "running" in statuses_before:
        tally.interrupted += "interrupted" in statuses and "[E507]" in rerun_err


def _short(counts: Any) -> Any:
    if "shards" in counts:
        return {k: (len(v) if isinstance(v, list) else v) for k, v in counts.items()}
    return counts


def _remove_store(db: Path) -> None:
    for path in db.parent.glob(db.name + "*"):
        path.unlink()


def main(argv: list[str] | None = None) -> int:
    if (argv if argv is not None else sys.argv[1:]) == ["--zygote"]:
        zygote_main()
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="kills per kind (20)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated: {KINDS}")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--articles", type=int, default=32, help="headlines for ingest (32)")
    parser.add_argument("--batch-articles", type=int, default=40,
                        help="headlines for batch, in four shards (40)")
    parser.add_argument("--load-shards", type=int, default=6,
                        help="shards of 5 hand-built articles for load (6)")
    parser.add_argument("--retries", type=int, default=6,
                        help="times a kill that found the run finished is tried earlier (6)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--verbose", action="store_true", help="one line per kill on stderr")
    ns = parser.parse_args(argv)
    VERBOSE.append(ns.verbose)
    kinds = [k for k in ns.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)}
    work = Path(tempfile.mkdtemp(prefix="parley-kills-"))
    rng = random.Random(ns.seed)
    began = time.monotonic()
    zygote: Zygote | None = None
    try:
        jsonl, shards = make_inputs(work, ns.articles, ns.batch_articles)
        load_folder = work / "load-folder"
        if "load" in kinds:
            make_load_folder(load_folder, shards=ns.load_shards, per_shard=5)
        zygote = Zygote(env, work / "zygote.err")
        references: dict[str, Any] = {}  # per command: one clean run (and one warm run)
        tallies = [run_kind(kind, ns.kills, rng, work, jsonl, shards, load_folder, env, zygote,
                            ns.retries, references) for kind in kinds]
    finally:
        if zygote is not None:
            zygote.close()
        if ns.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'kind':<13} {'kills':>5} {'landed':>6} {'retries':>7} {'start/mid/end':>13} "
          f"{'=clean':>6} {'interrupted':>11} {'dup.fail':>8} {'bad msg':>7} {'orphans':>7} "
          f"{'s':>5}  clean run: s (first–last work), warm run: steps")
    for t in tallies:
        phases = "/".join(str(t.phases[p]) for p in ("start-up", "mid-run", "end"))
        print(f"{t.kind:<13} {t.kills:>5} {t.landed:>6} {t.retries:>7} {phases:>13} "
              f"{t.equal:>3}/{t.kills:<2} {t.interrupted:>4}/{t.expected_interrupted:<6} "
              f"{t.duplicate_failures:>8} {t.bad_messages:>7} {t.orphans:>7} {t.seconds:>5.0f}  "
              f"{t.timeline[0]:.1f} ({t.timeline[1]:.1f}–{t.timeline[2]:.1f}, {t.steps})")
    print(f"total {time.monotonic() - began:.0f} s")
    failed = False
    for t in tallies:
        for problem in t.problems:
            print(f"kill_points: {t.kind}: {problem}", file=sys.stderr)
        failed |= bool(t.problems) or t.equal != t.kills or t.landed != t.kills \
            or t.duplicate_failures > 0 or t.bad_messages > 0 or t.orphans > 0 or not t.kills
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
