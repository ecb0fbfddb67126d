"""Every route of the web app, every query and path parameter, malformed values: never a 5xx.

In-process (Starlette's TestClient), so fast: the routes are found by walking ``app.routes``,
their query parameters from FastAPI's own dependency tree (sub-dependencies included), so a
new route or parameter is fuzzed without editing this file.
"""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from parley.web.app import create_app
from tests.web_helpers import HOSTILE_TEXT, build_store

BAD = [
    "x" * 5000, "abc", "\x00", "a\x00b", "日本語🙂\u202e", "-1", "-99999999999999999999",
    "2022-13-45", "0000-00-00", "2022-02-30", "' OR 1=1 --", "Robert'); DROP TABLE articles;--",
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "%00", "1e309", "NaN",
    "", " ", "../../etc/passwd", "9" * 40, "true,false", "\ud800".encode("utf-8", "surrogatepass"
                                                                          ).decode("latin-1"),
]
# one of each kind, for every parameter alone (BAD in full goes to all parameters at once)
EACH = ["x" * 5000, "abc", "a\x00b", "日本語🙂\u202e", "-1", "-99999999999999999999",
        "2022-13-45", "' OR 1=1 --", "<script>alert(1)</script>", "1e309", "9" * 40]
PATH_BAD = ["x" * 3000, "a\x00b", "日本語🙂", "-1", "../../etc/passwd", "' OR 1=1 --",
            "<script>alert(1)</script>", "%00", ".json", "a|b|c", "|"]


@pytest.fixture(scope="module")
def app(tmp_path_factory, example_coded):
    db = build_store(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb", [example_coded])
    return create_app(db)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def query_names(dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= query_names(sub)
    return names


def walk(routes) -> list:
    """Every route, into included routers (FastAPI wraps them as ``_IncludedRouter``)."""
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        out += walk(inner.routes) if inner is not None else [route]
    return out


def get_routes(app) -> list[tuple[str, set[str]]]:
    """(path template, query parameter names) of every GET route, one per endpoint and
    suffix-less path (the .json/.csv twins share the endpoint's parameters)."""
    out: dict[tuple[object, str], tuple[str, set[str]]] = {}
    for route in walk(app.routes):
        if isinstance(route, APIRoute) and "GET" in route.methods:
            out.setdefault((route.endpoint, route.path.split(".")[0]),
                           (route.path, query_names(route.dependant)))
    return list(out.values())


def fill(path: str, value: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1).split(":")[0]
        if name == "fmt":
            return quote(value, safe="") if value != "csv" else "csv"
        return quote(value, safe="")
    return re.sub(r"\{([^}]+)\}", sub, path)


def ok_path(path: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: "csv" if m.group(1) == "fmt" else "lavrov-antalya",
                  path)


def test_the_walk_finds_the_routes_and_their_parameters(app):
    routes = dict(get_routes(app))
    assert len(routes) >= 25
    assert {"start", "end", "country", "min_confidence", "after", "limit"} <= routes["/api/v1/events"]
    assert {"start", "end", "between"} <= routes["/api/v1/talks"]
    assert any("{" in path for path in routes)


def check(client: TestClient, url: str, failures: list[str], **kw) -> None:
    r = client.get(url, **kw)
    if r.status_code >= 500:
        failures.append(f"{r.status_code} {url[:160]}: {r.text[:200]}")
    elif r.status_code >= 400:
        assert "Traceback" not in r.text, url


def test_malformed_query_parameters_never_give_5xx(app, client):
    failures: list[str] = []
    for path, names in get_routes(app):
        base = ok_path(path)
        for name in sorted(names):
            for value in EACH:
                check(client, base + "?" + f"{name}={quote(value, safe='')}", failures)
        # every parameter at once, and repeated
        for value in (v for v in BAD if len(v) < 100):  # httpx caps a URL at 64 kB
            q = "&".join(f"{n}={quote(value, safe='')}&{n}=x" for n in sorted(names))
            check(client, base + "?" + q, failures)
    assert not failures, "\n".join(failures[:40])


def test_malformed_path_parameters_never_give_5xx(app, client):
    failures: list[str] = []
    for path, _ in get_routes(app):
        if "{" not in path:
            continue
        for value in PATH_BAD:
            for accept in ("application/json", "text/html"):
                check(client, fill(path, value), failures, headers={"Accept": accept})
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("route", ["/api/v1/code", "/api/v1/articles"])
def test_malformed_json_bodies_never_give_5xx(client, route):
    bodies = [{}, {"text": ""}, {"text": "\x00" * 100}, {"text": 5}, {"text": ["a"]},
              {"html": "<" * 5000}, {"text": "Talks in Doha.", "published": "2022-13-45"},
              {"text": "Talks in Doha.", "published": "\x00"}, {"text": "Talks.", "id": "x" * 400},
              {"text": HOSTILE_TEXT, "published": "-1"}, {"text": "a\x00b", "url": "javascript:1"}]
    for body in bodies:
        r = client.post(route, json=body)
        assert r.status_code < 500, (body, r.status_code, r.text[:300])
    for raw in (b"{", b"null", b"[]", b"\xff\xfe", b'{"text": "\\ud800"}'):
        r = client.post(route, content=raw, headers={"content-type": "application/json"})
        assert r.status_code < 500, (raw, r.status_code, r.text[:300])


def test_malformed_form_posts_never_give_5xx(client):
    same = {"Origin": "http://127.0.0.1"}
    for data in ({"text": "\x00"}, {"text": "Talks in Doha.", "published": "2022-13-45"},
                 {"text": "", "title": "x" * 5000}, {"store_it": "1", "token": "\x00"}):
        r = client.post("/code", data=data, headers=same)
        assert r.status_code < 500, (data, r.status_code, r.text[:300])
    r = client.post("/code", files={"upload": ("a.html", b"\xff\xfe<" * 100, "text/html")},
                    headers=same)
    assert r.status_code < 500, r.text[:300]
