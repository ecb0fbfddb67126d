"""Workers die with their driver: kill -9 of the driver's pid alone (not its process group)
leaves no orphan coding away, and a rerun of `parley batch --engine local` proceeds at once."""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.test_batch_recovery import PARLEY, assert_exactly_once, descendants, inputs, kill, wait_for

pytestmark = pytest.mark.slow


def local_batch(src: Path, out: Path) -> list[str]:
    return PARLEY + ["batch", str(src), "--out", str(out), "--engine", "local", "--workers", "2",
                     "--batch-size", "8"]


def alive(pids) -> list[int]:
    return [p for p in pids if Path(f"/proc/{p}").exists()
            and "Z" not in (Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[:1])]


def kill_driver_only(proc: subprocess.Popen, workers: list[int]) -> None:
    """SIGKILL the driver's pid alone (its workers are not signalled); they must follow it."""
    proc.kill()
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(workers), f"workers outlived their driver: {alive(workers)}"


def test_killing_only_the_local_batch_driver_leaves_no_worker_and_no_lock(tmp_path):
    paths, ids = inputs(tmp_path, shards=4, per_shard=150)
    out = tmp_path / "out"
    proc = subprocess.Popen(local_batch(paths[0].parent, out), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    workers: list[int] = []
    try:
        def coding() -> bool:
            workers[:] = list(descendants(proc.pid))
            staging = out / "_staging"
            return len(workers) >= 2 and staging.exists() and any(staging.rglob("*"))

        assert wait_for(coding, proc), "the local workers never started coding"
        kill_driver_only(proc, workers)
    finally:
        kill(workers)
    started = time.monotonic()
    rerun = subprocess.run(local_batch(paths[0].parent, out), capture_output=True, text=True,
                           timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "another parley batch" not in rerun.stderr
    assert time.monotonic() - started < 600
    assert_exactly_once(out, ids)


def test_killing_only_the_ingest_driver_leaves_no_worker(tmp_path):
    paths, _ = inputs(tmp_path, shards=1, per_shard=600)
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen(PARLEY + ["ingest", str(paths[0]), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    workers: list[int] = []
    try:
        def forked() -> bool:
            workers[:] = list(descendants(proc.pid))
            return len(workers) >= 2

        assert wait_for(forked, proc), "ingest never forked its workers"
        time.sleep(1.0)
        kill_driver_only(proc, workers)
    finally:
        kill(workers)
