"""Bounded loopback load test of `parley serve`: reads alone, then reads while coding is
saturated.

Starts a real `parley serve` on 127.0.0.1 (a free port) over a small store built here with the
real pipeline (or ``--db``), then runs two phases, each a fixed number of requests:

1. **reads alone**: ``--clients`` threads, each ``--requests`` GETs over a mix of API lists,
   HTML pages and a static file (one keep-alive ``http.client`` connection per thread);
2. **reads during coding**: the same reads while ``--coders`` threads keep posting an 8,000-
   character article to ``/api/v1/code`` (more than the coding pool holds: some get 503).

For each phase it prints requests/s, p50/p95/p99 latency, errors (anything but 2xx, and for the
coders 503 counted apart), and the server's peak RSS. Traffic goes to 127.0.0.1 only; every loop
is bounded in count and the whole run in time. Not part of pytest (timings on a shared machine
are noisy).

    PYTHONPATH=src .venv/bin/python benchmarks/web_load.py
    PYTHONPATH=src .venv/bin/python benchmarks/web_load.py --clients 8 --requests 100 --coders 6
"""
from __future__ import annotations

import argparse
import http.client
import json
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lavrov-antalya.txt"
READS = ["/api/v1/stats", "/api/v1/events?limit=20", "/api/v1/quotes?limit=20",
         "/events", "/articles", "/static/parley.css", "/api/v1/actors?limit=20", "/"]
MAX_SECONDS = 600  # the whole run stops by then whatever happens


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_store(folder: Path) -> Path:
    from parley import Store
    from parley.ingest import article_from_text
    from parley.pipeline import cached_pipeline, code_shell

    nlp = cached_pipeline()
    text = EXAMPLE.read_text(encoding="utf-8")
    coded = [code_shell(nlp, article_from_text(text.replace("Antalya", f"Antalya {i}"),
                                                article_id=f"a{i}", published="2022-03-10"))
             for i in range(8)]
    db = folder / "load.duckdb"
    with Store(db) as store:
        store.add_many(coded)
        store.update_incidents()
    return db


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.1):
            self.peak = max(self.peak, rss_kb(self.pid))


def reader(port: int, n: int, offset: int, out: list[tuple[float, int]]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for i in range(n):
        path = READS[(i + offset) % len(READS)]
        accept = "application/json" if path.startswith("/api") else "text/html"
        conn, timing = timed(conn, port, 60, "GET", path, None, {"Accept": accept})
        out.append(timing)
    conn.close()


def timed(conn: http.client.HTTPConnection, port: int, timeout: float, method: str, path: str,
          body: bytes | None, headers: dict[str, str]
          ) -> tuple[http.client.HTTPConnection, tuple[float, int]]:
    """One request: (the connection to use next, (seconds, status)); status 0 when the
    connection failed, which is then replaced by a new one."""
    t0 = time.perf_counter()
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        r.read()
        status = r.status
    except (OSError, http.client.HTTPException):
        status = 0
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    return conn, (time.perf_counter() - t0, status)


def coder(port: int, stop: threading.Event, body: bytes, out: list[tuple[float, int]],
          limit: int) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for _ in range(limit):
        if stop.is_set():
            break
        conn, (elapsed, status) = timed(conn, port, 120, "POST", "/api/v1/code", body,
                                        {"content-type": "application/json"})
        out.append((elapsed, status))
        if status == 503:
            time.sleep(0.2)  # a polite client waits a little (Retry-After says 5 s)
    conn.close()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def report(name: str, results: list[tuple[float, int]], seconds: float, peak_kb: int) -> None:
    ok = [t for t, s in results if 200 <= s < 300]
    errors = sum(1 for _, s in results if not 200 <= s < 300)
    print(f"{name}: {len(results)} requests in {seconds:.1f} s = {len(results) / seconds:.1f} rps;"
          f" p50 {pct(ok, 50) * 1000:.0f} ms, p95 {pct(ok, 95) * 1000:.0f} ms, "
          f"p99 {pct(ok, 99) * 1000:.0f} ms, max {max(ok, default=0) * 1000:.0f} ms; "
          f"errors {errors}; server peak RSS {peak_kb / 1024:.0f} MiB")


def run_reads(port: int, clients: int, requests: int) -> tuple[list[tuple[float, int]], float]:
    results: list[tuple[float, int]] = []
    threads = [threading.Thread(target=reader, args=(port, requests, i, results))
               for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(MAX_SECONDS)
    return results, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="store to serve (default: 8 articles built here)")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=100, help="GETs per client and phase")
    ap.add_argument("--coders", type=int, default=6, help="threads posting to /api/v1/code")
    ap.add_argument("--chars", type=int, default=8000, help="size of the posted article")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="parley-load-") as tmp:
        db = args.db or build_store(Path(tmp))
        port = free_port()
        parley = str(Path(sys.executable).with_name("parley"))
        server = subprocess.Popen([parley, "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        sampler = Sampler(server.pid)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    c.request("GET", "/api/v1/stats")
                    if c.getresponse().status == 200:
                        break
                except OSError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("server did not start: " + (server.stdout.read()
                                                                   if server.stdout else ""))
                time.sleep(0.2)
            sampler.start()
            text = EXAMPLE.read_text(encoding="utf-8")
            body = json.dumps({"text": (text * (args.chars // len(text) + 1))[:args.chars],
                               "published": "2022-03-10"}).encode()
            warm: list[tuple[float, int]] = []
            coder(port, threading.Event(), body, warm, 1)  # loads the pipeline
            print(f"server {parley} serve on 127.0.0.1:{port}; {args.clients} clients x "
                  f"{args.requests} GETs per phase; warm-up coding {warm[0][0]:.1f} s "
                  f"(status {warm[0][1]})")

            results, seconds = run_reads(port, args.clients, args.requests)
            report("reads alone", results, seconds, sampler.peak)

            stop = threading.Event()
            coded: list[tuple[float, int]] = []
            coders = [threading.Thread(target=coder, args=(port, stop, body, coded, 200))
                      for _ in range(args.coders)]
            for t in coders:
                t.start()
            time.sleep(2)  # let the pool fill
            results, seconds = run_reads(port, args.clients, args.requests)
            stop.set()
            for t in coders:
                t.join(MAX_SECONDS)
            report("reads during coding", results, seconds, sampler.peak)
            done = [t for t, s in coded if s == 200]
            print(f"coding meanwhile: {len(coded)} posts, {len(done)} coded "
                  f"(p50 {pct(done, 50):.1f} s, max {max(done, default=0):.1f} s), "
                  f"{sum(1 for _, s in coded if s == 503)} answered 503 (pool full or too "
                  f"slow), {sum(1 for _, s in coded if s not in (200, 503))} other errors")
        finally:
            sampler.stop.set()
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
