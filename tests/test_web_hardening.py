"""The server's hardening (docs/security.md): coding pool limits, same-origin writes, the token
only in the header, allowed Host names, body and header read timeouts, a connection cap, a
damaged or read-only store, and what `parley serve` refuses. In-process unless marked slow."""
from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import stat
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from parley.web.app import create_app
from parley.web.coding import CodingBusy, CodingPool, CodingTimeout, posted_shell
from parley.web.security import BodyLimit
from tests.web_helpers import build_store, running

TEXT = "Turkish officials met Greek diplomats in Ankara on Monday to discuss maritime borders."
LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def store_file(tmp_path_factory, example_coded):
    return build_store(tmp_path_factory.mktemp("hard") / "hard.duckdb", [example_coded])


def client_for(app, base: str = LOCAL) -> TestClient:
    return TestClient(app, base_url=base, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(store_file):
    with client_for(create_app(store_file)) as c:
        yield c


@pytest.fixture()
def writable(tmp_path, store_file):
    db = tmp_path / "w.duckdb"
    shutil.copyfile(store_file, db)
    with client_for(create_app(db, token="s3cret")) as c:
        yield c


# -- the coding pool ---------------------------------------------------------------------------
class SlowPipeline:
    """Stands in for spaCy: each call waits until released (or 5 s)."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.calls = 0


@pytest.fixture()
def slow_coding(monkeypatch):
    fake = SlowPipeline()

    def code_shell(nlp, shell):
        nlp.calls += 1
        nlp.go.wait(5)
        return shell

    monkeypatch.setattr("parley.web.coding.code_shell", code_shell)
    return fake


def test_the_pool_refuses_past_its_limit_and_the_loop_stays_free(slow_coding):
    pool = CodingPool(workers=1, queue=2, timeout=10, loader=lambda: slow_coding)
    shell = posted_shell(TEXT, None)

    async def scenario() -> tuple[list, float]:
        jobs = [asyncio.create_task(pool.code(shell)) for _ in range(3)]
        await asyncio.sleep(0.05)
        with pytest.raises(CodingBusy, match="E315"):
            await pool.code(shell)
        # the event loop is not blocked while the pool is saturated
        t0 = time.monotonic()
        for _ in range(20):
            await asyncio.sleep(0.005)
        lag = time.monotonic() - t0
        slow_coding.go.set()
        return await asyncio.gather(*jobs), lag

    done, lag = asyncio.run(scenario())
    assert len(done) == 3 and lag < 0.5
    assert pool.in_pool == 0
    pool.shutdown()


def test_the_pool_gives_up_past_its_time_limit_and_drops_waiting_work(slow_coding):
    pool = CodingPool(workers=1, queue=2, timeout=0.3, loader=lambda: slow_coding)
    shell = posted_shell(TEXT, None)

    async def scenario() -> list:
        return await asyncio.gather(*(pool.code(shell) for _ in range(3)),
                                    return_exceptions=True)

    results = asyncio.run(scenario())
    assert all(isinstance(r, CodingTimeout) and "E316" in str(r) for r in results)
    slow_coding.go.set()
    for _ in range(100):
        if pool.in_pool == 0:
            break
        time.sleep(0.05)
    assert pool.in_pool == 0
    assert slow_coding.calls == 1, "waiting jobs past their deadline must not run"
    pool.shutdown()


def test_a_full_pool_answers_503_with_retry_after(store_file, slow_coding):
    app = create_app(store_file, coding_workers=1, coding_queue=0, coding_timeout=10)
    app.state.coder = CodingPool(1, 0, 10, loader=lambda: slow_coding)
    with client_for(app) as c:
        first = threading.Thread(target=c.post, args=("/api/v1/code",), kwargs={
            "json": {"text": TEXT}})
        first.start()
        for _ in range(100):
            if slow_coding.calls:
                break
            time.sleep(0.02)
        r = c.post("/api/v1/code", json={"text": TEXT})
        assert r.status_code == 503 and r.headers["retry-after"] == "5"
        assert "E315" in r.json()["detail"]
        assert c.get("/api/v1/stats").status_code == 200  # reads still answered
        slow_coding.go.set()
        first.join(10)


def test_coding_through_the_api_and_the_page(client):
    r = client.post("/api/v1/code", json={"text": TEXT, "published": "2024-06-03"})
    assert r.status_code == 200 and r.json()["schema"] == "parley.coded_article/1"
    page = client.post("/code", data={"text": TEXT}, headers={"Origin": LOCAL,
                                                              "Accept": "text/html"})
    assert page.status_code == 200 and "Ankara" in page.text


# -- same-origin writes -------------------------------------------------------------------------
@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"}, {"Origin": "null"},
    {"Referer": "http://evil.example/page"}, {},
    {"Origin": "http://127.0.0.1:9999"},
])
def test_cross_site_form_posts_are_refused(client, headers):
    r = client.post("/code", data={"text": TEXT}, headers=headers)
    assert r.status_code == 403 and "E317" in r.json()["detail"]


def test_cross_site_api_posts_are_refused_and_plain_clients_pass(client):
    evil = client.post("/api/v1/code", json={"text": TEXT},
                       headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403
    simple = client.post("/api/v1/code", content=TEXT, headers={"content-type": "text/plain"})
    assert simple.status_code == 403  # what a page could send without a preflight
    assert client.post("/code", data={"text": TEXT},
                       headers={"Referer": LOCAL + "/code"}).status_code == 200


# -- the token ----------------------------------------------------------------------------------
def test_the_token_is_taken_from_the_header_only_and_never_documented(writable):
    r = writable.post("/api/v1/articles?given=s3cret", json={"text": TEXT})
    assert r.status_code == 401
    r = writable.post("/api/v1/articles?token=s3cret", json={"text": TEXT})
    assert r.status_code == 401
    schema = writable.get("/openapi.json").text
    assert '"given"' not in schema and "s3cret" not in schema
    post = writable.get("/openapi.json").json()["paths"]["/api/v1/articles"]["post"]
    assert not [p for p in post.get("parameters", []) if p["in"] == "query"]


def test_an_already_stored_article_answers_with_its_stored_id(writable):
    auth = {"Authorization": "Bearer s3cret"}
    first = writable.post("/api/v1/articles", json={"text": TEXT, "id": "ankara-talks"},
                          headers=auth)
    assert first.status_code == 201 and first.json()["id"] == "ankara-talks"
    again = writable.post("/api/v1/articles", json={"text": TEXT, "id": "another-name"},
                          headers=auth)
    assert again.status_code == 200, again.text
    assert again.json() == {**again.json(), "id": "ankara-talks", "created": False}


# -- Host names ---------------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000",
                                  "192.0.2.7", "LOCALHOST."])
def test_loopback_names_and_addresses_are_answered(client, host):
    assert client.get("/api/v1/stats", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example",
                                  "127.0.0.1.nip.io"])
def test_other_host_names_are_refused(client, host):
    r = client.get("/api/v1/stats", headers={"Host": host})
    assert r.status_code == 400 and "E318" in r.json()["detail"]


def test_allowed_hosts_are_configurable_and_redirects_never_carry_a_host(store_file):
    with client_for(create_app(store_file, allowed_hosts=("parley.lan",))) as c:
        assert c.get("/api/v1/stats", headers={"Host": "parley.lan"}).status_code == 200
        assert c.get("/api/v1/stats", headers={"Host": "other.lan"}).status_code == 400
        r = c.get("/events/", headers={"Host": "parley.lan"}, follow_redirects=False)
        assert r.status_code in (301, 302, 307, 308)
        assert r.headers["location"].startswith("/") and "parley.lan" not in r.headers[
            "location"] and not r.headers["location"].startswith("//")


# -- body timeout --------------------------------------------------------------------------------
def test_a_body_that_never_arrives_gets_408():
    sent: list[dict] = []

    async def app(scope, receive, send):
        await receive()
        raise AssertionError("the app must not get a body")

    async def never():
        await asyncio.sleep(60)

    async def send(message):
        sent.append(message)

    guard = BodyLimit(app, timeout=0.2)
    scope = {"type": "http", "method": "POST", "path": "/api/v1/code", "headers": []}

    async def run():
        t0 = time.monotonic()
        with contextlib.suppress(AssertionError):
            await guard(scope, never, send)
        return time.monotonic() - t0

    took = asyncio.run(run())
    assert took < 2 and sent[0]["status"] == 408
    assert b"E321" in sent[1]["body"]


# -- the store ----------------------------------------------------------------------------------
def test_a_truncated_store_is_refused_at_start_with_one_line(tmp_path, store_file):
    from typer.testing import CliRunner

    from parley.cli import app

    db = tmp_path / "cut.duckdb"
    shutil.copyfile(store_file, db)
    with open(db, "r+b") as f:
        f.truncate(os.path.getsize(db) - 100_000)
    result = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "E320" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_store_whose_free_blocks_were_cut_off_its_end_is_served(tmp_path, store_file):
    """DuckDB cuts free blocks off the end of the file at a checkpoint but keeps them in its
    free list, so ``total_blocks`` counts blocks the file no longer holds. A store written by
    several `parley ingest` runs is often like that and healthy: it must be served, not
    refused as truncated (E320, newcomer run 6), and a truncated one must still be refused."""
    import duckdb

    db = tmp_path / "shrunk.duckdb"
    shutil.copyfile(store_file, db)
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE filler AS SELECT range AS a, range::VARCHAR AS b "
                    "FROM range(1000000)")
        con.execute("CHECKPOINT")
        con.execute("DROP TABLE filler")
        con.execute("CHECKPOINT")
    with duckdb.connect(str(db), read_only=True) as con:
        size, total, used = con.execute(
            "SELECT block_size, total_blocks, used_blocks FROM pragma_database_size()").fetchone()
    assert total > used and os.path.getsize(db) < 3 * 4096 + size * total  # the case itself
    with client_for(create_app(db)) as c:
        assert c.get("/api/v1/stats").status_code == 200
    with open(db, "r+b") as f:
        f.truncate(os.path.getsize(db) - 100_000)
    from parley.store import StoreError
    with pytest.raises(StoreError, match="E320"):
        create_app(db)


def test_a_read_only_store_answers_503_without_server_paths(tmp_path, store_file):
    from parley.errors import Errors, StoreError

    db = tmp_path / "ro.duckdb"
    shutil.copyfile(store_file, db)
    db.chmod(stat.S_IRUSR)
    app = create_app(db, token="t")
    if os.geteuid() == 0:  # root may write a read-only file: fail the open as a user's would
        def refuse():
            raise StoreError(Errors.E101.format(path=db, reason=f'IO Error: Cannot open file '
                                                f'"{db}": Permission denied'))
        app.state.snap.writer = refuse
    with client_for(app) as c:
        r = c.post("/api/v1/articles", json={"text": TEXT}, headers={"Authorization": "Bearer t"})
    assert r.status_code == 503 and str(tmp_path) not in r.text, r.text
    assert "ro.duckdb" in r.json()["detail"]


def test_store_errors_are_answered_without_server_paths():
    from parley.web.errors import without_paths

    text = ('[E101] /srv/data/parley.duckdb: cannot open (IO Error: Cannot open file '
            '"/srv/data/parley.duckdb": Permission denied)')
    assert "/srv" not in without_paths(text) and "parley.duckdb" in without_paths(text)


# -- parley serve's choices ---------------------------------------------------------------------
def test_a_public_bind_needs_a_token_or_public_read_only(tmp_path, store_file):
    from typer.testing import CliRunner

    from parley.cli import app
    from parley.cli.serve_cmd import coding_mode

    assert coding_mode("127.0.0.1", None, False) == "open"
    assert coding_mode("::1", None, False) == "open"
    assert coding_mode("0.0.0.0", "tok", False) == "token"
    assert coding_mode("0.0.0.0", None, True) == "off"
    with pytest.raises(ValueError, match="E506"):
        coding_mode("0.0.0.0", None, False)
    with pytest.raises(ValueError, match="E506"):
        coding_mode("192.0.2.1", None, False)
    result = CliRunner().invoke(app, ["serve", "--db", str(store_file), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "E506" in result.output


def test_public_read_only_switches_the_coding_routes_off(store_file):
    with client_for(create_app(store_file, coding="off")) as c:
        assert c.get("/api/v1/stats").status_code == 200
        for r in (c.post("/api/v1/code", json={"text": TEXT}), c.get("/code"),
                  c.post("/code", data={"text": TEXT}, headers={"Origin": LOCAL})):
            assert r.status_code == 403 and "E319" in r.json()["detail"]


def test_a_public_server_with_a_token_codes_only_for_the_token(store_file):
    with client_for(create_app(store_file, token="tok", coding="token")) as c:
        assert c.post("/api/v1/code", json={"text": TEXT}).status_code == 401
        ok = c.post("/api/v1/code", json={"text": TEXT}, headers={"Authorization": "Bearer tok"})
        assert ok.status_code == 200
        form = c.post("/code", data={"text": TEXT, "token": "tok"}, headers={"Origin": LOCAL})
        assert form.status_code == 200


# -- connection level (a real server) -----------------------------------------------------------
@pytest.mark.slow
def test_slow_headers_are_cut_off_and_connections_are_capped(store_file):
    with running(create_app(store_file), header_timeout=1.0, max_connections=8) as url:
        port = int(url.rsplit(":", 1)[1])
        slow = socket.create_connection(("127.0.0.1", port))
        slow.sendall(b"GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        t0 = time.monotonic()
        slow.settimeout(5)
        for _ in range(3):  # a byte now and then does not keep it open
            time.sleep(0.3)
            try:
                slow.sendall(b"X")
            except OSError:
                break
        answer = slow.recv(1000)
        assert answer.startswith(b"HTTP/1.1 408") or answer == b""
        assert time.monotonic() - t0 < 3
        slow.close()

        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        time.sleep(0.3)
        closed = 0
        for s in held:
            s.settimeout(0.5)
            try:
                if s.recv(1) == b"":
                    closed += 1
            except (TimeoutError, ConnectionResetError):
                pass
        assert closed >= 10, closed  # beyond the cap: closed at once
        for s in held:
            s.close()
        time.sleep(1.5)  # the held ones that stayed are cut by the header timeout too
        assert httpx.get(url + "/api/v1/stats", timeout=10).status_code == 200
