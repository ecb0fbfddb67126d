"""Throughput of ``parley batch``: bare spaCy parse vs the full pipeline, local vs Ray, 1 vs 2.

One run, one corpus (default: all 7,090 CNN live-updates headlines), every engine on fresh output:

    .venv/bin/python benchmarks/batch_throughput.py

The four ``parley batch`` runs (local and Ray, 1 and 2 workers) are repeated ``--rounds`` times
(default 3), back to back within a round; each ratio is taken within a round and the median
over rounds is printed, so a burst of other people's jobs on the shared cores moves one round,
not the result.

Prints articles/s for: the bare spaCy parse (``nlp.pipe``, n_process=1 and 2), the full Parley
pipeline in one process, ``parley batch --engine local`` and ``--engine ray`` with 1 and 2
workers; the ratios Ray/local and 2/1 workers; the split of per-article cost between the parse
and Parley's components; and the peak RSS of each worker process. ``parley batch`` runs are
real subprocesses of the CLI; their rate is the one the CLI reports "with all workers busy"
(``runner.busy_rate``: from the moment the last worker to start has coded its first chunk to
the moment the first worker runs out of chunks), which is the figure that scales with corpus
size; the fixed costs (Ray and pipeline start-up, the last chunks' tail, shutdown) are printed
beside it.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "cnn-ukraine-live-2022.jsonl"
#: Full-length news articles (the eval sets' texts, read only for their length here).
LONG = [ROOT.parent / "shared" / "eval" / n for n in ("geo/geowebnews-dev.jsonl", "quotes/polnear-dev.jsonl")]
SUMMARY = re.compile(
    r"(?P<articles>\d+) articles, (?P<failures>\d+) failures in (?P<seconds>[\d.]+)s "
    r"\((?P<rate>[\d.]+) articles/s(?:, (?P<steady>[\d.]+)/s with all workers busy)?\)"
)
TICK = os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> dict[int, str]:
    """Processes below ``pid`` with their command lines (from /proc)."""
    children: dict[int, list[int]] = {}
    titles: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                titles[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
    found, stack = {}, [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found[child] = titles.get(child, "")
            stack.append(child)
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def peak_rss_mb(pid: int) -> float:
    """The kernel's high-water mark of a process's resident memory (VmHWM), so rare sampling
    still sees the true peak."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0.0


class PeakRss(threading.Thread):
    """Samples the peak RSS and CPU time of every coding worker under a process until stopped,
    once a second: often enough (peaks are the kernel's high-water marks, CPU time only grows),
    and rare enough not to take CPU from the two workers being measured."""

    def __init__(self, pid: int, is_worker) -> None:
        super().__init__(daemon=True)
        self.pid, self.is_worker, self.peaks, self.cpu = pid, is_worker, {}, {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            tree = {self.pid: "", **descendants(self.pid)}
            for child, title in tree.items():
                if self.is_worker(child, title):
                    self.peaks[child] = max(self.peaks.get(child, 0.0), peak_rss_mb(child))
                    self.cpu[child] = max(self.cpu.get(child, 0.0), cpu_seconds(child))
            self.done.wait(1.0)


def _spin(seconds: float) -> float:
    start, cpu = time.time(), time.process_time()
    while time.time() - start < seconds:
        pass
    return time.process_time() - cpu


def cores_available(seconds: float = 2.0) -> float:
    """CPU-seconds per second two busy processes actually get now: the ceiling on any 2-worker
    speed-up while other people's jobs share the machine (2.0 on an idle 2-core box)."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(2) as pool:
        return sum(pool.map(_spin, [seconds, seconds])) / seconds


def texts(path: Path, limit: int) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line, _ in zip(handle, range(limit), strict=False)]


def bare_parse(records: list[dict], n_process: int) -> tuple[float, float]:
    """Articles/s of the parser model alone (no Parley components), as spaCy users run it,
    and this process's CPU ms an article (the load-independent cost when n_process=1)."""
    import spacy

    from parley.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    items = [r["text"] for r in records]
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(items, n_process=n_process, batch_size=64):
        pass
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return len(items) / wall, 1000 * cpu / len(items)


def full_pipeline(src: Path, batch_size: int) -> tuple[float, float]:
    """Articles/s of one batch worker's whole job (ingest, parse, components, Arrow rows),
    in this one process: ``read_chunk`` + ``code_rows`` is each worker's ``code_task`` minus
    writing the staged part."""
    from parley.batch.coding import code_rows
    from parley.batch.sources import read_chunk, scan_shard
    from parley.pipeline import cached_pipeline

    nlp = cached_pipeline()
    shard = scan_shard(src, batch_size)
    start, cpu = time.perf_counter(), time.process_time()
    for index in range(len(shard.chunks)):
        items = [(shard.sha, row, where, res) for row, where, res in read_chunk(shard, index)]
        code_rows(nlp, items, n_process=1, batch_size=batch_size)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return (shard.rows or 0) / wall, 1000 * cpu / (shard.rows or 1)


def batch_run(src: Path, engine: str, workers: int, batch_size: int) -> dict:
    """One ``parley batch`` subprocess on fresh output; its rates and worker peak RSS."""
    out = Path(tempfile.mkdtemp(prefix=f"bench-{engine}{workers}-"))
    cmd = [sys.executable, "-m", "parley", "batch", str(src), "--out", str(out), "--engine",
           engine, "--workers", str(workers), "--batch-size", str(batch_size)]
    wall = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if engine == "ray":
        monitor = PeakRss(proc.pid, lambda pid, title: "CoderActor" in title)
    else:
        root = proc.pid  # with one worker the driver codes; with more, its forked children do
        monitor = PeakRss(proc.pid, lambda pid, title: pid == root if workers == 1
                          else pid != root and " batch " in title)
    monitor.start()
    _, err = proc.communicate()
    monitor.done.set()
    monitor.join()
    wall = time.perf_counter() - wall
    shutil.rmtree(out, ignore_errors=True)
    found = SUMMARY.search(" ".join(err.split()))
    if proc.returncode or not found:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-3000:]}")
    steady = float(found["steady"] or found["rate"])
    articles = int(found["articles"]) + int(found["failures"])
    return {
        "rate": steady,
        "overall": articles / wall,
        "fixed": wall - articles / steady,
        "rss": sorted(monitor.peaks.values(), reverse=True)[:workers],
        "cpu_ms": 1000 * sum(monitor.cpu.values()) / articles,
    }


def ratio(runs: dict[tuple[str, int], dict], engine: str, workers: int, other: str,
          other_workers: int) -> float:
    """Rate of one run over another's, both from the same round."""
    return runs[engine, workers]["rate"] / runs[other, other_workers]["rate"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0 = all)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of the four parley batch runs; ratios are per round, then the median")
    args = parser.parse_args()
    records = texts(args.corpus, args.limit or 10**9)
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    src = work / "corpus.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    print(f"corpus: {args.corpus.name}, {len(records)} articles, "
          f"{sum(len(r['text']) for r in records) / len(records):.0f} chars on average; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at start; "
          f"two busy processes get {cores_available():.2f} cores now")

    (parse1, parse_ms), (parse2, _) = bare_parse(records, 1), bare_parse(records, 2)
    full1, full_ms = full_pipeline(src, args.batch_size)
    print(f"bare spaCy parse, n_process=1     {parse1:8.1f} articles/s")
    print(f"bare spaCy parse, n_process=2     {parse2:8.1f} articles/s")
    print(f"full pipeline, one process        {full1:8.1f} articles/s")
    print(f"CPU per article: {full_ms:.2f} ms = parse {parse_ms:.2f} ms ({parse_ms / full_ms:.0%}) "
          f"+ ingest, Parley components and output rows {full_ms - parse_ms:.2f} ms "
          f"({1 - parse_ms / full_ms:.0%})")
    long_records = [
        {"id": r["id"], "text": r["text"], "published": r.get("published")}
        for path in LONG if path.exists() for r in texts(path, 10**9)
    ]
    if long_records:
        long_src = work / "long.jsonl"
        long_src.write_text("".join(json.dumps(r) + "\n" for r in long_records), encoding="utf-8")
        (_, lp), (_, lf) = bare_parse(long_records, 1), full_pipeline(long_src, args.batch_size)
        chars = sum(len(r["text"]) for r in long_records) / len(long_records)
        print(f"full-length articles ({len(long_records)}, {chars:.0f} chars on average), CPU "
              f"per article: parse {lp:.1f} ms + ingest, Parley components and output rows "
              f"{lf - lp:.1f} ms = {lf:.1f} ms (parse {lp / lf:.0%} of it)")

    rounds: list[dict[tuple[str, int], dict]] = []
    for number in range(1, args.rounds + 1):
        runs: dict[tuple[str, int], dict] = {}
        for engine in ("local", "ray"):
            for workers in (1, 2):
                runs[engine, workers] = r = batch_run(src, engine, workers, args.batch_size)
                rss = ", ".join(f"{m:.0f}" for m in r["rss"]) or "n/a"
                print(f"round {number}: parley batch --engine {engine:5} --workers {workers}  "
                      f"{r['rate']:8.1f} articles/s all busy ({r['overall']:.1f}/s overall, fixed "
                      f"costs {r['fixed']:.1f}s); worker CPU {r['cpu_ms']:.1f} ms an article "
                      f"(start-up included); peak RSS per worker MB: {rss}")
        rounds.append(runs)
        print(f"round {number}: Ray / local at 2 workers {ratio(runs, 'ray', 2, 'local', 2):.2f}; "
              f"scaling 1 -> 2 workers: local {ratio(runs, 'local', 2, 'local', 1):.2f}x, "
              f"Ray {ratio(runs, 'ray', 2, 'ray', 1):.2f}x")
    print(f"median over {len(rounds)} round(s), each round's four runs back to back:")
    for engine in ("local", "ray"):
        for workers in (1, 2):
            rate = statistics.median(r[engine, workers]["rate"] for r in rounds)
            print(f"parley batch --engine {engine:5} --workers {workers}  {rate:8.1f} articles/s")
    print(f"Ray / local at 2 workers:         "
          f"{statistics.median(ratio(r, 'ray', 2, 'local', 2) for r in rounds):8.2f}   (target >= 0.85)")
    for engine in ("local", "ray"):
        scaling = statistics.median(ratio(r, engine, 2, engine, 1) for r in rounds)
        print(f"{engine} scaling 1 -> 2 workers:     {scaling:8.2f}x  (target >= 1.8x)")
    local_cpu = statistics.median(r["local", 2]["cpu_ms"] / r["ray", 2]["cpu_ms"] for r in rounds)
    print(f"worker CPU per article, local / Ray at 2 workers: {local_cpu:.2f} (start-up included: "
          "Ray actors each load the pipeline, forked local workers share the driver's)")
    print(f"load average {os.getloadavg()[0]:.1f} at end; two busy processes get "
          f"{cores_available():.2f} cores now (below 2, wall-clock scaling is capped by other "
          "people's jobs on the shared cores)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
