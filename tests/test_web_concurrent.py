"""`parley serve` keeps answering while a real `parley ingest` writes the same store.

DuckDB lets no other process open a file that a writer holds, so the server reads from a
snapshot copy; this test runs both commands as real processes and checks every request during
the ingest is answered, that at least one was answered while the writer held the lock
(``snapshot_stale``), and that the new articles appear once the writer is done.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.web_helpers import build_store, free_port

PARLEY = str(Path(sys.executable).with_name("parley"))
STORIES = [
    ("Sudan's army and the Rapid Support Forces agreed on {day} to a seven-day ceasefire "
    "brokered by Saudi Arabia and the United States in Jeddah, mediators said."),
    ("Armenia's foreign minister met his Azerbaijani counterpart in Washington on {day} for "
    "talks on a peace treaty, the State Department said."),
    ("Israeli forces shelled the outskirts of Khan Younis on {day}, and Hamas fired rockets at "
    "Ashkelon, Israeli officials said."),
    ("Colombia's government and the ELN rebels resumed talks in Havana on {day}, with Cuba and "
    "Norway acting as guarantors."),
]


@pytest.fixture()
def store_file(tmp_path, example_coded):
    return build_store(tmp_path / "live.duckdb", [example_coded])


@pytest.fixture()
def inputs(tmp_path) -> tuple[Path, int]:
    path = tmp_path / "incoming.jsonl"
    lines = []
    for d in range(1, 9):
        for i, story in enumerate(STORIES):
            day = f"2024-03-{d:02d}"
            lines.append(json.dumps({"id": f"s{i}-{day}", "published": day, "source": "test-wire",
                                     "text": story.format(day="Monday")}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines)


@pytest.fixture()
def server(store_file):
    port = free_port()
    proc = subprocess.Popen([PARLEY, "serve", "--db", str(store_file), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # the CLI imports spaCy: allow it a while to come up
            try:
                if httpx.get(url + "/api/v1/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read()
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
def test_server_answers_while_ingest_writes(server, store_file, inputs):
    path, n = inputs
    ingest = subprocess.Popen([PARLEY, "ingest", str(path), "--db", str(store_file),
                               "--commit-every", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    answered, stale_seen = 0, False
    with httpx.Client(base_url=server, timeout=30) as client:
        deadline = time.monotonic() + 600
        while ingest.poll() is None:
            assert time.monotonic() < deadline, "ingest did not finish"
            for path_ in ("/api/v1/stats", "/events", "/api/v1/events?limit=5"):
                r = client.get(path_)
                assert r.status_code == 200, (path_, r.text[:300])
                answered += 1
            stale_seen = stale_seen or client.get("/api/v1/stats").json()["snapshot_stale"]
            time.sleep(0.2)
        output = ingest.stdout.read()
        assert ingest.returncode == 0, output
        assert answered > 0
        assert stale_seen, "no request was answered while the writer held the store"
        for _ in range(50):
            stats = client.get("/api/v1/stats").json()
            if stats["articles"] == 1 + n and not stats["snapshot_stale"]:
                break
            time.sleep(0.2)
        assert stats["articles"] == 1 + n, (stats, output)
        rows = client.get("/api/v1/articles", params={"source": "test-wire", "limit": 100})
        assert len(rows.json()["rows"]) == n
