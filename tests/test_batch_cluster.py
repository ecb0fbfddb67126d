"""``parley batch --address``: join a Ray cluster that was started apart, as on a real cluster.

The test runs ``ray start --head`` (a real head node: GCS, raylet, dashboard agent) with token
authentication, as Ray recommends for any cluster, points ``parley batch --engine ray
--address`` at it from a separate process, and checks the output against the local engine.
Teardown stops only this head's processes (found by its session folder), never other Ray
instances on the machine, so ``ray stop`` is not used.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.test_batch_recovery import descendants

pytestmark = pytest.mark.slow  # a real Ray head in its own processes (about 100 s)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "cnn-ukraine-live-2022.jsonl"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lavrov-antalya.txt"
PARLEY = [sys.executable, "-m", "parley"]
RAY = [sys.executable, "-m", "ray.scripts.scripts"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session_processes(session: str) -> set[int]:
    """The head's own processes (their command lines name its session folder) and their workers."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if session.encode() in (entry / "cmdline").read_bytes():
                    pids.add(int(entry.name))
            except OSError:
                continue
    for pid in list(pids):
        pids |= set(descendants(pid))
    return pids


#: Ray's token authentication for head and driver alike (a fresh token per test session).
AUTH = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}


@pytest.fixture()
def ray_head():
    """A Ray head node on a free port, stopped (only it) afterwards; yields its address."""
    port = free_port()
    before = set(Path("/tmp/ray").glob("session_2*")) if Path("/tmp/ray").exists() else set()
    started = subprocess.run(
        [*RAY, "start", "--head", f"--port={port}", "--num-cpus=2", "--include-dashboard=false",
         "--disable-usage-stats"],
        check=False, capture_output=True, text=True, timeout=120, env={**os.environ, **AUTH},
    )
    assert started.returncode == 0, started.stderr[-2000:]
    sessions = sorted(set(Path("/tmp/ray").glob("session_2*")) - before)
    assert sessions, "ray start left no session folder"
    try:
        yield f"127.0.0.1:{port}"
    finally:
        pids = set().union(*(session_processes(str(s)) for s in sessions))
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, sig)
            time.sleep(2)


def rows(out: Path, table: str, column: str) -> list:
    files = sorted((out / table).rglob("*.parquet"))
    return sorted(v for f in files for v in pq.read_table(f, columns=[column])[column].to_pylist())


def test_batch_joins_a_separately_started_ray_cluster(tmp_path, ray_head):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found (shared corpus)")
    folder = tmp_path / "in"
    folder.mkdir()
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:400]
    (folder / "headlines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "example.jsonl").write_text(json.dumps(
        {"id": "lavrov-antalya", "text": EXAMPLE.read_text(encoding="utf-8"),
         "published": "2022-03-10"}) + "\n", encoding="utf-8")

    env = {**os.environ, **AUTH}
    cluster = subprocess.run(
        [*PARLEY, "batch", str(folder), "--out", str(tmp_path / "cluster"), "--engine", "ray",
         "--address", ray_head, "--workers", "2"],
        check=False, capture_output=True, text=True, timeout=600, env=env,
    )
    assert cluster.returncode == 0, cluster.stderr[-3000:]
    local = subprocess.run(
        [*PARLEY, "batch", str(folder), "--out", str(tmp_path / "local"), "--engine", "local",
         "--workers", "1"],
        check=False, capture_output=True, text=True, timeout=600,
    )
    assert local.returncode == 0, local.stderr[-3000:]

    ids = rows(tmp_path / "cluster", "articles", "id")
    failed = rows(tmp_path / "cluster", "failures", "shard_row")
    assert len(ids) == len(set(ids)) and len(ids) + len(failed) == 401  # every input row once
    assert ids == rows(tmp_path / "local", "articles", "id")
    assert failed == rows(tmp_path / "local", "failures", "shard_row")
    # the driver left the cluster running for others: the head still answers
    status = subprocess.run([*RAY, "status", f"--address={ray_head}"], check=False, capture_output=True,
                            text=True, timeout=120, env=env)
    assert status.returncode == 0, status.stderr[-2000:]


def test_joining_without_the_token_is_a_clear_error(tmp_path, ray_head):
    """A driver without the cluster's token is turned away: one line that says how to fix it."""
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "a", "text": "Talks resumed."}) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_AUTH")}
    env["HOME"] = str(tmp_path)  # no ~/.ray/auth_token to fall back on
    run = subprocess.run(
        [*PARLEY, "batch", str(tmp_path / "one.jsonl"), "--out", str(tmp_path / "out"),
         "--engine", "ray", "--address", ray_head],
        check=False, capture_output=True, text=True, timeout=300, env=env,
    )
    assert run.returncode == 1
    assert "cannot join the Ray cluster" in run.stderr and "RAY_AUTH_MODE=token" in run.stderr
    assert "Traceback" not in run.stderr
