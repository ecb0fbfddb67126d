"""Nothing lost, nothing twice: kill -9 a Ray worker, or the driver, then rerun ``parley batch``.

Real processes throughout: the CLI runs as a subprocess that starts its own local Ray; the
test finds Ray's worker processes among that subprocess's descendants (``/proc``) and kills
them with SIGKILL, exactly as an OOM killer or a lost node would.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parley.batch.manifest import read_manifest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "cnn-ukraine-live-2022.jsonl"
PARLEY = [sys.executable, "-m", "parley"]


def descendants(pid: int) -> dict[int, str]:
    """Every process below ``pid`` with its command line (Linux /proc, no extra package)."""
    children: dict[int, list[int]] = {}
    titles: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            titles[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, stack = {}, [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found[child] = titles.get(child, "")
            stack.append(child)
    return found


def kill(pids) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def inputs(tmp_path: Path, shards: int, per_shard: int) -> tuple[list[Path], list[str]]:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found (shared corpus)")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[: shards * per_shard]
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for i in range(shards):
        path = folder / f"part-{i}.jsonl"
        path.write_text("\n".join(lines[i * per_shard:(i + 1) * per_shard]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths, [json.loads(line)["id"] for line in lines]


def batch_cmd(src: Path, out: Path) -> list[str]:
    return PARLEY + ["batch", str(src), "--out", str(out), "--engine", "ray", "--workers", "2",
                     "--batch-size", "8"]


def wait_for(predicate, proc: subprocess.Popen, timeout: float = 180) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def assert_exactly_once(out: Path, ids: list[str]) -> None:
    stored = pq.read_table(out / "articles", partitioning="hive", columns=["id"])["id"].to_pylist()
    failed = []
    if (out / "failures").exists():
        failed = pq.read_table(out / "failures", columns=["input"])["input"].to_pylist()
    assert sorted(stored) == sorted(set(stored)), "an article was written twice"
    assert set(stored) <= set(ids)
    assert len(stored) + len(failed) == len(ids), "an article was lost"
    assert not (out / "_staging").exists() or not any((out / "_staging").iterdir())


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=240)


@pytest.mark.slow
def test_killed_ray_worker_is_replaced_and_rerun_completes(tmp_path):
    paths, ids = inputs(tmp_path, shards=1, per_shard=600)
    out = tmp_path / "out"
    proc = subprocess.Popen(batch_cmd(paths[0], out), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        def coder():
            return [p for p, title in descendants(proc.pid).items()
                    if title.startswith("ray::") and "CoderActor" in title]

        def coding_started():
            return bool(coder()) and (out / "_staging").exists() and any((out / "_staging").iterdir())

        assert wait_for(coding_started, proc), "no Ray coder worker was seen at work"
        victim = coder()[0]
        kill([victim])
        assert wait_for(lambda: victim not in descendants(proc.pid), proc, 10) or proc.poll() is not None
        _, first_err = proc.communicate(timeout=240)
    finally:
        kill(descendants(proc.pid))
        proc.kill()
    # Ray restarts the actor and retries its batches, so the first run finishes by itself …
    assert proc.returncode == 0, first_err[-2000:]
    assert len(read_manifest(out)) == 1
    assert_exactly_once(out, ids)
    # … and a rerun finds nothing left to do.
    rerun = run(batch_cmd(paths[0], out))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "1 already done" in rerun.stderr
    assert_exactly_once(out, ids)


@pytest.mark.slow
def test_killed_driver_leaves_nothing_half_done_and_rerun_finishes(tmp_path):
    paths, ids = inputs(tmp_path, shards=4, per_shard=150)
    out = tmp_path / "out"
    proc = subprocess.Popen(batch_cmd(paths[0].parent, out), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    ray_processes: dict[int, str] = {}
    try:
        def one_shard_done():
            ray_processes.update(descendants(proc.pid))
            return len(read_manifest(out)) >= 1

        assert wait_for(one_shard_done, proc), "no shard finished before the deadline"
        ray_processes.update(descendants(proc.pid))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        kill(ray_processes)  # the Ray processes this driver started outlive it otherwise
        proc.kill()
    done_before = len(read_manifest(out))
    assert 1 <= done_before < 4, "the kill should land mid-run"
    rerun = run(batch_cmd(paths[0].parent, out))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"{done_before} already done" in rerun.stderr.replace("\n", " ")
    assert_exactly_once(out, ids)
    assert len(read_manifest(out)) == 4
