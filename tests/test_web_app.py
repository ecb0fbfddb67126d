"""The real web app over a real store (example article + a hostile one), driven over HTTP."""
from __future__ import annotations

import re
import shutil

import httpx
import pytest

from parley.web.app import create_app
from parley.web.security import CSP, MAX_BODY_BYTES
from tests.web_helpers import (
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    QuoteMarks,
    build_store,
    release,
    running,
    write_locked,
)

PAGES = ["/", "/events", "/map", "/talks", "/articles", "/actors", "/code",
         "/articles/lavrov-antalya", "/actors/sergey-lavrov"]
LISTS = ["articles", "events", "incidents", "actors", "quotes", "places", "talks"]
# Sentences of the example article that are quotes by Sergey Lavrov.
LAVROV_SAYS = [
    "ceasefire was always unlikely to be agreed upon",
    "No one was going to agree on a ceasefire",
    "mainly talked about humanitarian issues",
    "he warned Ukrainian and Turkish diplomats",
    "It is there that all practical issues are discussed",
    "This includes demilitarization and denazification",
]


@pytest.fixture(scope="session")
def hostile_coded(code):
    coded = code(HOSTILE_TEXT, published="2023-05-08", article_id='hostile"><b>x')
    coded.article.title = HOSTILE_TITLE
    return coded


@pytest.fixture(scope="session")
def store_file(tmp_path_factory, example_coded, hostile_coded):
    return build_store(tmp_path_factory.mktemp("web") / "web.duckdb",
                       [example_coded, hostile_coded])


@pytest.fixture(scope="session")
def base(store_file):
    with running(create_app(store_file)) as url:
        yield url


@pytest.fixture(scope="session")
def client(base):
    with httpx.Client(base_url=base, timeout=60) as c:
        yield c


@pytest.fixture()
def writable(tmp_path, store_file):
    db = tmp_path / "writable.duckdb"
    shutil.copyfile(store_file, db)
    with running(create_app(db, token="s3cret")) as url, httpx.Client(base_url=url,
                                                                        timeout=120) as c:
        yield c


def html(client: httpx.Client, path: str) -> str:
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200, (path, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


# -- every page, its twin, safe headers -----------------------------------------------------
@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_with_csp_and_no_external_reference(client, path):
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert not re.search(r'(src|href|action)="(https?:)?//', r.text), "external reference"
    assert not re.search(r"<script>(?!</script>)|<script(?![^>]*src=\"/static/)", r.text)
    assert not re.search(r"\son[a-z]+=", r.text.replace("onerror=alert", "")), "inline handler"


@pytest.mark.parametrize("path", ["/", "/events", "/map", "/talks", "/articles", "/actors"])
def test_every_page_has_a_json_twin(client, path):
    twin = "/index.json" if path == "/" else path + ".json"
    a = client.get(twin)
    b = client.get(path, headers={"Accept": "application/json"})
    assert a.status_code == b.status_code == 200
    assert a.headers["content-type"] == b.headers["content-type"] == "application/json"
    assert a.json() == b.json()


def test_static_assets_are_served_from_the_package(client):
    for path in ("/static/parley.css", "/static/map.js", "/static/geo/countries-110m.json"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-security-policy"] == CSP
    assert client.get("/static/geo/countries-110m.json").json()["type"] == "Topology"


# -- the example article ----------------------------------------------------------------------
def test_overview_counts_timeline_and_top_actors(client):
    page = html(client, "/")
    data = client.get("/index.json").json()
    assert data["stats"]["articles"] == 2
    assert data["stats"]["events"] >= 1
    assert '<svg class="chart"' in page and "<rect class=\"q" in page
    assert {a["name"] for a in data["top_actors"]} & {"Russia", "Ukraine"}


def test_map_shows_events_at_antalya_and_in_ukraine(client):
    points = client.get("/map.json", params={"article": "lavrov-antalya"}).json()["events"]
    names = {p["name"] for p in points}
    assert "Antalya" in names
    assert any(p["country"] == "UKR" for p in points), points
    antalya = next(p for p in points if p["name"] == "Antalya")
    assert antalya["lat"] == pytest.approx(36.9, abs=0.2)
    assert antalya["lon"] == pytest.approx(30.7, abs=0.2)
    page = html(client, "/map")
    assert 'data-geometry="/static/geo/countries-110m.json"' in page
    assert "Antalya" in page


def talks_by_venue(client) -> dict[str | None, dict]:
    tracks = client.get("/talks.json", params={"limit": 100}).json()["rows"]
    return {(t["venue"] or {}).get("name"): t for t in tracks}


def test_talks_show_both_tracks_and_the_failed_ceasefire(client):
    tracks = talks_by_venue(client)
    assert "Antalya" in tracks, list(tracks)
    assert any(v and "Belarus" in v for v in tracks), list(tracks)
    antalya = tracks["Antalya"]
    assert antalya["outcome"] == "failed"
    assert {"RUS", "UKR"} <= set(antalya["parties"]) and "TUR" in antalya["mediators"]
    page = html(client, "/talks")
    assert page.count('<section class="track') >= 2
    assert 'badge failed">failed<' in page
    assert "ceasefire" in page
    assert "Who said what" in page
    # a direct quote keeps the article's own quote marks, once (no extra marks around them)
    assert "“No one was going to agree on a ceasefire" in page
    assert "<q>" not in page and "““" not in page and "“&#34;" not in page


def test_border_track_is_between_russia_and_ukraine(client):
    """The talks "between Russian and Ukrainian diplomats at the Ukraine-Belarus border"."""
    border = next(t for v, t in talks_by_venue(client).items() if v and "Belarus" in v)
    assert {"RUS", "UKR"} <= set(border["parties"]), border["parties"]
    between = client.get("/talks.json", params={"between": "RUS,UKR"}).json()["rows"]
    assert len(between) >= 2


def test_article_highlights_lavrovs_quotes_with_him_as_speaker(client):
    page = html(client, "/articles/lavrov-antalya")
    marks = QuoteMarks()
    marks.feed(page)
    by_lavrov = [marks.quotes[q] for q, who in marks.speakers.items() if who == "Sergey Lavrov"]
    missing = [s for s in LAVROV_SAYS if not any(s in q for q in by_lavrov)]
    assert not missing, f"not highlighted as Lavrov's quotes: {missing}"
    assert len(by_lavrov) >= 6


def test_article_shows_boilerplate_apart_and_events_beside(client):
    page = html(client, "/articles/lavrov-antalya")
    marks = QuoteMarks()
    marks.feed(page)
    removed = " ".join(marks.removed)
    assert "Olena Zelenska comes out as strong supporter" in removed
    assert "Elite Canadian sniper answers call" in removed
    body = page.split('<div class="article-text">')[1].split("</div>")[0]
    assert "Also read" not in body
    assert 'class="event-list"' in page and 'href="#ev-e' in page
    assert re.search(r'<span class="[^"]*hl-trigger[^"]*"[^>]* id="ev-e\d+"', page)
    assert 'class="hl-place"' in page and "hl-actor" in page


def test_actor_page_lists_events_and_quotes(client):
    page = html(client, "/actors/sergey-lavrov")
    data = client.get("/actors/sergey-lavrov.json").json()
    assert data["actor"]["name"] == "Sergey Lavrov"
    assert data["actor"]["country"] == "RUS"
    assert len(data["quotes"]) >= 6
    assert "No one was going to agree on a ceasefire" in page
    assert {e["role"] for e in data["events"]} <= {"actor", "recipient", "third_party", "claimed"}
    russia = client.get("/api/v1/actors/Russia%7CRUS").json()
    roles = {e["role"] for e in russia["events"]}
    assert roles & {"actor", "recipient"}


# -- hostile text ---------------------------------------------------------------------------------
def test_hostile_article_text_is_escaped_everywhere(client):
    from urllib.parse import quote

    aid = quote('hostile"><b>x', safe="")
    for path in (f"/articles/{aid}", "/articles", "/events?q=ceasefire", "/",
                 f"/events?article={aid}"):
        page = html(client, path)
        assert "<script>alert(1)" not in page, path
        assert "<img src=x" not in page, path
        assert "<b>x" not in page, path
    page = html(client, f"/articles/{aid}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;img src=x onerror=alert(3)&gt; Talks fail" in page


def test_hostile_text_posted_to_code_is_escaped(client, base):
    r = client.post("/code", data={"text": HOSTILE_TEXT, "published": "2023-05-08"},
                    headers={"Accept": "text/html", "Origin": base})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text


# -- API: lists, filters, pages, formats -------------------------------------------------------
@pytest.mark.parametrize("name", LISTS)
def test_every_list_is_json_and_csv(client, name):
    j = client.get(f"/api/v1/{name}")
    assert j.status_code == 200 and j.headers["content-type"] == "application/json"
    body = j.json()
    assert "rows" in body and "next" in body
    for url in (f"/api/v1/{name}.csv", f"/api/v1/{name}?format=csv"):
        c = client.get(url)
        assert c.status_code == 200 and c.headers["content-type"].startswith("text/csv")
        header = c.text.splitlines()[0].split(",") if c.text else []
        if body["rows"]:
            first = "track_id" if name == "talks" else next(iter(body["rows"][0]))
            assert header[0] == first


def test_openapi_documents_every_list_and_write_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    for name in LISTS:
        assert f"/api/v1/{name}" in paths and f"/api/v1/{name}.csv" in paths
    assert "post" in paths["/api/v1/code"] and "post" in paths["/api/v1/articles"]
    assert "/api/v1/articles/{article_id}" in paths


def test_keyset_pages_cover_every_event_once_in_stable_order(client):
    everything = client.get("/api/v1/events", params={"limit": 1000}).json()["rows"]
    seen, after, pages = [], None, 0
    while True:
        params = {"limit": 4, **({"after": after} if after else {})}
        body = client.get("/api/v1/events", params=params).json()
        seen += [(r["article_id"], r["event_id"]) for r in body["rows"]]
        pages += 1
        after = body["next"]
        if after is None:
            break
        assert pages < 100
    assert seen == [(r["article_id"], r["event_id"]) for r in everything]
    assert len(set(seen)) == len(seen) > 4
    first = client.get("/api/v1/events.csv", params={"limit": 4})
    assert 'rel="next"' in first.headers["link"]


def test_event_filters(client):
    def rows(**params):
        return client.get("/api/v1/events", params={"limit": 1000, **params}).json()["rows"]

    consult = rows(event="CONSULT")
    assert consult and {r["event"] for r in consult} == {"CONSULT"}
    tur = rows(country="tur")
    assert tur and all("TUR" in r["actor_countries"] + r["recipient_countries"]
                       + r["third_party_countries"] + [r["place_country"]] for r in tur)
    assert all(r["quad"] == 1 for r in rows(quad=1))
    assert all(r["day"] >= "2023-01-01" for r in rows(start="2023-01-01"))
    assert all("ceasefire" in (r["evidence_text"] or "").lower() + (r["title"] or "").lower()
               + (r["trigger_text"] or "").lower() for r in rows(q="ceasefire"))
    russia = rows(actor="Russia|RUS")
    assert russia and all("Russia" in r["actor_names"] + r["recipient_names"] for r in russia)
    assert rows(event="CONSULT", quad=4) == []


FORM_FIELDS = ("start", "end", "country", "event", "quad", "actor", "q", "negated",
               "hypothetical", "historical", "country_only", "min_confidence")


def test_the_filter_form_with_empty_fields_is_no_filter(client):
    """A browser sends every field of the filter form, empty ones too (`min_confidence=`): that
    is no filter, not a 422 (newcomer run 6: every Filter click on /, /events and /map was a
    422 'min_confidence: Input should be a valid number')."""
    empty = dict.fromkeys(FORM_FIELDS, "")
    for path in ("/", "/events", "/map", "/api/v1/events", "/download/events.csv"):
        assert client.get(path, params=empty).status_code == 200, path
    every = client.get("/api/v1/events", params={"limit": 1000}).json()["rows"]
    assert client.get("/api/v1/events", params={**empty, "limit": 1000}).json()["rows"] == every
    some = client.get("/api/v1/events", params={**empty, "min_confidence": "0.5"})
    assert some.status_code == 200
    assert all(r["confidence"] >= 0.5 for r in some.json()["rows"])
    for bad in ("2", "-0.1", "nan", "high"):
        r = client.get("/events", params={**empty, "min_confidence": bad})
        assert r.status_code == 400 and "E323" in r.text, bad


def test_talks_take_country_names_and_refuse_a_misspelt_one(client):
    by_code = client.get("/api/v1/talks", params={"between": "RUS,UKR"}).json()
    by_name = client.get("/api/v1/talks", params={"between": "Russia,ukraine"}).json()
    assert by_name["between"] == by_code["between"] == ["RUS", "UKR"]
    assert [t["id"] for t in by_name["rows"]] == [t["id"] for t in by_code["rows"]]
    for path in ("/api/v1/talks", "/talks"):
        r = client.get(path, params={"between": "Russia,Ukrane"})
        assert r.status_code == 400 and "E301" in r.text and "UKR" in r.text, path


def test_quotes_by_speaker(client):
    rows = client.get("/api/v1/quotes", params={"speaker": "lavrov", "limit": 100}).json()["rows"]
    assert len(rows) >= 6 and all(r["speaker_name"] == "Sergey Lavrov" for r in rows)


def test_code_route_codes_without_storing(client):
    before = client.get("/api/v1/stats").json()["articles"]
    r = client.post("/api/v1/code", json={"text": "Turkish officials met Greek diplomats in "
                                          "Ankara on Monday to discuss maritime borders.",
                                          "published": "2024-06-03"})
    assert r.status_code == 200
    assert r.json()["schema"] == "parley.coded_article/1"
    assert client.get("/api/v1/stats").json()["articles"] == before


# -- errors ---------------------------------------------------------------------------------
def test_errors_are_problem_details(client):
    for path, status in [("/api/v1/articles/nope", 404), ("/api/v1/events?start=yesterday", 400),
                         ("/api/v1/events?limit=0", 422), ("/api/v1/nowhere", 404),
                         ("/api/v1/events?after=garbage", 400), ("/articles/nope", 404)]:
        r = client.get(path)
        assert r.status_code == status, path
        assert r.headers["content-type"] == "application/problem+json", path
        body = r.json()
        assert body["status"] == status and body["detail"] and "Traceback" not in r.text


def test_a_body_over_the_limit_gets_413(client):
    big = "x" * (MAX_BODY_BYTES + 10)
    r = client.post("/api/v1/code", json={"text": big})
    assert r.status_code == 413
    assert r.headers["content-type"] == "application/problem+json"

    def chunks():
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"y" * 65536

    r = client.post("/api/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_write_route_is_refused_on_a_read_only_server(client):
    r = client.post("/api/v1/articles", json={"text": "Officials met in Doha."})
    assert r.status_code == 403
    assert r.headers["content-type"] == "application/problem+json"


@pytest.mark.slow
def test_write_route_needs_the_token_and_then_stores(writable):
    text = ("Egypt and Qatar hosted talks between Israel and Hamas in Cairo on Tuesday, "
            "officials said, and both sides agreed to a three-day truce.")
    assert writable.post("/api/v1/articles", json={"text": text}).status_code == 401
    wrong = writable.post("/api/v1/articles", json={"text": text},
                          headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
    ok = writable.post("/api/v1/articles", json={"text": text, "id": "cairo-truce",
                                                 "published": "2024-05-07"},
                       headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["id"] == "cairo-truce"
    stored = writable.get("/api/v1/articles/cairo-truce")
    assert stored.status_code == 200 and stored.json()["article"]["text"].startswith("Egypt")


@pytest.mark.slow
def test_write_route_answers_503_while_another_process_writes(writable, tmp_path):
    before = writable.get("/api/v1/stats").json()["articles"]
    with write_locked(tmp_path / "writable.duckdb"):
        r = writable.post("/api/v1/articles", json={"text": "Officials met in Doha on Monday."},
                          headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 503 and r.headers["retry-after"] == "2"
        assert r.headers["content-type"] == "application/problem+json"
        assert writable.get("/api/v1/stats").json()["articles"] == before


def test_reads_cannot_write(store_file):
    from parley.store import StoreError
    from parley.web.snapshot import SnapshotStore

    snap = SnapshotStore(store_file)
    try:
        store = snap.current()
        assert store.read_only
        with pytest.raises(Exception, match="(?i)read.only"):
            store.sql("DELETE FROM articles")
        with pytest.raises(StoreError):
            store.add_many([])
    finally:
        snap.close()


def test_code_page_accepts_an_uploaded_html_file(client, base):
    page = ("<html><head><title>Truce in Khartoum</title></head><body><article>"
            "<p>Sudan's army and the Rapid Support Forces agreed on Saturday to a week-long "
            "truce in Khartoum, Saudi and American mediators said in a joint statement.</p>"
            "<p>The truce is meant to let aid convoys reach hospitals in the capital, the "
            "mediators said, after weeks of fighting between the two forces.</p>"
            "</article></body></html>")
    r = client.post("/code", files={"upload": ("truce.html", page, "text/html")},
                    data={"published": "2023-05-20"},
                    headers={"Accept": "text/html", "Origin": base})
    assert r.status_code == 200, r.text[:500]
    assert "Khartoum" in r.text and 'class="article-text"' in r.text


def test_serve_refuses_a_missing_store_with_one_line(tmp_path):
    from typer.testing import CliRunner

    from parley.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_an_unexpected_error_is_a_500_problem_without_traceback(store_file):
    app = create_app(store_file)

    def broken() -> None:
        raise RuntimeError("secret internals")

    app.add_api_route("/api/v1/broken", broken)
    with running(app) as url:
        r = httpx.get(url + "/api/v1/broken")
    assert r.status_code == 500
    assert r.headers["content-type"] == "application/problem+json"
    assert r.headers["content-security-policy"] == CSP
    assert "secret internals" not in r.text and "Traceback" not in r.text


def test_templates_never_mark_data_safe_and_have_no_inline_script():
    from pathlib import Path

    import parley.web

    folder = Path(parley.web.__file__).parent / "templates"
    for template in folder.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe|Markup|autoescape\s+false", text), template.name
        assert not re.search(r"<script>|<style|\sstyle=|\son[a-z]+=", text), template.name


def test_serve_warns_only_when_binding_every_interface():
    from parley.cli.serve_cmd import bind_warning

    assert bind_warning("127.0.0.1", None) is None
    assert "every network" in bind_warning("0.0.0.0", None)
    assert "read-only" in bind_warning("::", None)
    assert "read-only" not in bind_warning("0.0.0.0", "tok")


def test_every_serve_option_and_api_list_is_documented():
    from pathlib import Path

    import click
    import typer.main

    from parley.cli import app

    docs = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text(encoding="utf-8")
    serve = typer.main.get_command(app).commands["serve"]
    for param in serve.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert f"`{param.opts[0]}" in docs, param.opts[0]
    for name in LISTS:
        assert f"/api/v1/{name}" in docs, name


@pytest.mark.slow
def test_a_server_started_during_a_write_answers_503_then_serves(tmp_path, store_file):
    import time

    db = tmp_path / "busy.duckdb"
    shutil.copyfile(store_file, db)
    with write_locked(db) as holder:
        app = create_app(db)
        with running(app) as url, httpx.Client(base_url=url, timeout=30) as c:
            busy = c.get("/api/v1/stats")
            assert busy.status_code == 503 and busy.headers["retry-after"] == "2"
            assert busy.headers["content-type"] == "application/problem+json"
            release(holder)
            for _ in range(100):
                r = c.get("/api/v1/stats")
                if r.status_code == 200:
                    break
                time.sleep(0.1)
            assert r.status_code == 200 and r.json()["articles"] == 2
