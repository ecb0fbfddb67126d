"""The web app for analysts, in a real browser over a real corpus (slow).

A store of the first 2,000 CNN live-update headlines (plus one hostile article) is built once
with ``parley ingest`` and cached under pytest's temporary root, keyed by the lexicon hash and
schema version. Debian chromium via Playwright; every request must stay on 127.0.0.1.
Screenshots of every page (1366×900): `PARLEY_SCREENSHOTS=docs/screenshots pytest -m slow
tests/test_web_analyst.py -k screenshots` refreshes docs/screenshots/.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import duckdb
import httpx
import pytest

from parley.web.app import create_app
from tests.conftest import SHARED
from tests.web_helpers import HOSTILE_TEXT, HOSTILE_TITLE, running

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
CORPUS = SHARED / "corpora" / "cnn-ukraine-live-2022.jsonl"
N_HEADLINES = 2000
FILTER = {"country": "UKR", "event": "ASSAULT"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium not installed"),
    pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} is not here"),
]


def hostile_line() -> str:
    return json.dumps({"id": 'hostile"><b>x', "title": HOSTILE_TITLE, "text": HOSTILE_TEXT,
                       "published": "2022-03-08", "url": "https://example.org/x?a=<b>"})


@pytest.fixture(scope="session")
def cnn_store(tmp_path_factory) -> Path:
    """The CNN store, built once per lexicon hash (cached across sessions)."""
    from parley.lexicon import lexicon_hash
    from parley.store import SCHEMA_VERSION

    cache = tmp_path_factory.getbasetemp().parent / "parley-cnn-cache"
    cache.mkdir(exist_ok=True)
    db = cache / f"cnn{N_HEADLINES}-{lexicon_hash()}-v{SCHEMA_VERSION}.duckdb"
    if not db.exists():
        src = cache / "cnn-input.jsonl"
        with CORPUS.open(encoding="utf-8") as f:
            lines = [next(f) for _ in range(N_HEADLINES)]
        src.write_text("".join(lines) + hostile_line() + "\n", encoding="utf-8")
        part = db.with_suffix(".partial")
        for stale in (part, Path(str(part) + ".wal")):
            stale.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "parley", "ingest", str(src), "--db", str(part)],
                       check=True, capture_output=True, env={**os.environ})
        part.rename(db)
    return db


@pytest.fixture(scope="session")
def base(cnn_store):
    with running(create_app(cnn_store)) as url:
        yield url


@pytest.fixture(scope="session")
def client(base):
    with httpx.Client(base_url=base, timeout=120) as c:
        yield c


@pytest.fixture()
def page(browser, base):
    """A page whose every request must go to the test server; any other request, script
    error or dialog (an XSS payload running) fails the test."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    outside: list[str] = []
    errors: list[str] = []

    def guard(route):
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    p = context.new_page()
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" and
         "status of 400" not in m.text and "status of 404" not in m.text else None)
    p.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    p.base = base
    yield p
    context.close()
    assert not outside, f"requests left 127.0.0.1: {outside}"
    assert not errors, f"page errors: {errors}"


def top_actor(client) -> dict:
    return client.get("/api/v1/actors", params={"limit": 1}).json()["rows"][0]


def first_incident(client) -> dict:
    rows = client.get("/api/v1/incidents", params={"limit": 50, "order": "desc",
                                                   "min_reports": 2}).json()["rows"]
    return rows[0]


# -- downloads --------------------------------------------------------------------------------
def test_csv_download_of_a_filtered_list_has_the_apis_count(page, client, tmp_path):
    total = client.get("/api/v1/events", params={**FILTER, "limit": 1}).json()["count"]
    assert total > 50, "the filter should match more than one page"
    page.goto(page.base + "/events?country=UKR&event=ASSAULT")
    with page.expect_download() as info:
        page.click("p.downloads a:text-is('CSV')")
    download = info.value
    assert download.suggested_filename == "parley-events_country-UKR_event-ASSAULT.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert len(rows) == total
    assert {r["event"] for r in rows} == {"ASSAULT"}
    assert len({r["event_uid"] for r in rows}) == total  # the export's key, one row each
    r = client.get("/download/events.csv", params=FILTER)
    assert r.headers["content-disposition"].startswith("attachment;")


def test_other_lists_download_whole_in_every_format(client):
    import pyarrow.parquet as pq

    for name, params in (("quotes", {"country": "Ukraine"}), ("articles", {}),
                         ("incidents", {}), ("actors", {})):
        n_csv = len(list(csv.DictReader(io.StringIO(
            client.get(f"/download/{name}.csv", params=params).text))))
        n_jsonl = len(client.get(f"/download/{name}.jsonl", params=params).text.splitlines())
        n_pq = pq.read_table(io.BytesIO(
            client.get(f"/download/{name}.parquet", params=params).content)).num_rows
        assert n_csv == n_jsonl == n_pq > 0, name


# -- filters ----------------------------------------------------------------------------------
def test_an_unknown_type_shows_the_valid_list(page, client):
    response = page.goto(page.base + "/events?event=attack")
    assert response.status == 400
    problem = page.inner_text(".problem")
    assert "ATTACK" in problem
    for valid in ("ASSAULT", "CONSULT", "AGREE", "PROTEST"):
        assert valid in problem
    api = client.get("/api/v1/events", params={"event": "attack"})
    assert api.status_code == 400 and "ASSAULT" in api.json()["detail"]


def test_country_by_name_and_flags(client):
    by_code = client.get("/api/v1/events", params={"country": "UKR", "limit": 1}).json()
    by_name = client.get("/api/v1/events", params={"country": "Ukraine", "limit": 1}).json()
    assert by_code["count"] == by_name["count"] > 0
    bad = client.get("/api/v1/events", params={"country": "Ukrane"})
    assert bad.status_code == 400 and "UKR" in bad.json()["detail"]
    everything = by_code["count"]
    news = client.get("/api/v1/events", params={"country": "UKR", "historical": "false",
                                                "negated": "false", "limit": 1}).json()
    assert news["count"] <= everything


def test_one_global_actor_id_everywhere(client):
    lavrov = client.get("/api/v1/quotes", params={"speaker": "sergey-lavrov"}).json()["rows"]
    events = client.get("/api/v1/events", params={"actor": "sergey-lavrov"}).json()["rows"]
    assert lavrov and events
    assert {q["speaker_id"] for q in lavrov} == {"sergey-lavrov"}
    assert any("sergey-lavrov" in e["actor"] + e["recipient"] for e in events)
    for e in events:
        for key in e["actor"] + e["recipient"]:
            assert client.get("/api/v1/actors/" + quote(key, safe="")).status_code == 200, key


# -- map ----------------------------------------------------------------------------------------
def test_a_map_click_keeps_the_filters(page):
    page.goto(page.base + "/map?country=UKR&event=ASSAULT")
    page.wait_for_selector("#map[data-ready='1']", timeout=20000)
    assert page.locator("#map path.country").count() > 150
    page.uncheck("#show-incidents")  # an incident square may sit on the circle clicked below
    drawn: list = []
    for _ in range(8):  # open clusters until a place's circle is drawn inside the view
        # Leaflet keeps a circle outside the view as an empty path ("M0 0"): not clickable
        drawn = [p for p in page.locator("#map path.point").all()
                 if (p.get_attribute("d") or "M0 0") != "M0 0"]
        if drawn:
            break
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(600)
    assert drawn, "no place circle drawn in the view"
    drawn[0].click(force=True)
    link = page.locator(".leaflet-popup-content a", has_text="events here")
    link.wait_for(timeout=5000)
    assert page.locator(".leaflet-popup-content a[href^='/articles/']").count() >= 1
    link.click()
    page.wait_for_load_state()
    query = parse_qs(urlparse(page.url).query)
    assert query["country"] == ["UKR"] and query["event"] == ["ASSAULT"] and query["place"]
    assert page.locator("select[name=event] option[selected]").inner_text() == "ASSAULT"
    assert int(page.inner_text("#event-count").split()[0].replace(",", "")) >= 1


def test_map_hides_country_only_events(page, client):
    every = client.get("/map.json", params=FILTER).json()["events"]
    fine = client.get("/map.json", params={**FILTER, "country_only": "false"}).json()["events"]
    assert any(p["country_only"] for p in every)
    assert fine and not any(p["country_only"] for p in fine)
    page.goto(page.base + "/map?country=UKR&event=ASSAULT")
    page.wait_for_selector("#map[data-ready='1']")
    page.check("#hide-country-only")
    page.wait_for_selector("#map[data-ready='1']")
    assert "country_only=false" in page.url and "country=UKR" in page.url


# -- links --------------------------------------------------------------------------------------
def internal_links(page) -> set[str]:
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    return {h.split("#")[0] for h in hrefs if h.startswith("/") and h.split("#")[0]}


def test_every_link_resolves(page, client):
    actor = top_actor(client)
    incident = first_incident(client)
    pages = ["/events?country=UKR", f"/incidents/{quote(incident['id'], safe='')}",
             "/quotes?country=UKR", f"/actors/{quote(actor['id'], safe='')}"]
    checked: dict[str, int] = {}
    for path in pages:
        page.goto(page.base + path)
        for href in sorted(internal_links(page)):
            if href not in checked:
                with client.stream("GET", href) as r:
                    checked[href] = r.status_code
    bad = {h: s for h, s in checked.items() if s >= 400}
    assert not bad, bad
    assert any(h.startswith("/actors/") for h in checked)
    assert any(h.startswith("/places/") for h in checked)
    assert any(h.startswith("/articles/") for h in checked)
    assert any(h.startswith("/download/") for h in checked)


# -- charts ---------------------------------------------------------------------------------
def test_the_actor_chart_covers_the_actors_whole_date_range(page, client, cnn_store):
    actor = top_actor(client)
    con = duckdb.connect(str(cnn_store), read_only=True)
    try:
        first, last, n = con.execute("""
            SELECT min(e.day), max(e.day), count(DISTINCT e.seq)
            FROM actors x JOIN events e ON e.article_id = x.article_id
            WHERE coalesce(x.known, x.name || '|' || coalesce(x.country, '')) = ?
              AND NOT e.duplicate AND (list_contains(e.actor, x.id)
              OR list_contains(e.recipient, x.id) OR list_contains(e.third_party, x.id)
              OR e.claimed_by = x.id)""", [actor["id"]]).fetchone()
    finally:
        con.close()
    page.goto(page.base + "/actors/" + quote(actor["id"], safe=""))
    svg = page.locator("svg.chart")
    assert svg.get_attribute("data-first") <= first.isoformat()
    assert svg.get_attribute("data-last") >= str(last.replace(day=1))
    total = sum(int(t.split(": ")[1].split()[0]) for t in
                page.eval_on_selector_all("svg.chart rect title", "els => els.map(e => e.textContent)"))
    assert total == n  # every event, not a capped list
    assert "all" in page.inner_text("section h2") and f"{n:,}" in page.inner_text("section h2")


def test_overview_chart_follows_the_filters_and_names_its_unit(page, client):
    page.goto(page.base + "/?country=UKR&unit=week")
    title = page.inner_text("section h2")
    assert title.startswith("Events per week")
    svg = page.locator("svg.chart")
    assert svg.get_attribute("data-unit") == "week"
    total = sum(int(t.split(": ")[1].split()[0]) for t in
                page.eval_on_selector_all("svg.chart rect title", "els => els.map(e => e.textContent)"))
    api = client.get("/api/v1/events", params={"country": "UKR", "limit": 1}).json()["count"]
    assert 0 < total <= api


# -- safety ---------------------------------------------------------------------------------
def test_hostile_article_is_inert_on_every_new_page(page, client):
    pages = ["/quotes?q=agree", "/articles?q=Berg", "/events?q=ceasefire", "/incidents",
             "/map?q=Vienna", "/quotes?speaker=Berg"]
    berg = client.get("/api/v1/actors", params={"q": "Berg"}).json()["rows"]
    pages += [f"/actors/{quote(a['id'], safe='')}" for a in berg[:1]]
    places = client.get("/api/v1/places", params={"q": "Vienna"}).json()["rows"]
    pages += [f"/places/{quote(p['id'], safe='')}" for p in places[:1]]
    for path in pages:
        page.goto(page.base + path)
        page.wait_for_load_state("networkidle")
        assert page.locator("img[src=x], script:not([src])").count() == 0, path


# -- screenshots ------------------------------------------------------------------------------
def test_screenshots_of_every_page(page, client, tmp_path):
    """Every page renders; with PARLEY_SCREENSHOTS=docs/screenshots the shots refresh the docs
    (a plain test run leaves the repository untouched)."""
    shots_dir = Path(os.environ["PARLEY_SCREENSHOTS"]) if os.environ.get("PARLEY_SCREENSHOTS") \
        else tmp_path
    shots_dir.mkdir(parents=True, exist_ok=True)
    actor = top_actor(client)
    incident = first_incident(client)
    article = client.get("/api/v1/events", params={"country": "UKR", "event": "ASSAULT",
                                                   "limit": 1}).json()["rows"][0]["article_id"]
    place = client.get("/api/v1/places", params={"q": "Kyiv"}).json()["rows"][0]["id"]
    shots = {
        "overview": "/", "events": "/events?country=UKR", "map": "/map",
        "map-filtered": "/map?country=UKR&event=ASSAULT", "incidents": "/incidents",
        "incident": f"/incidents/{quote(incident['id'], safe='')}", "quotes": "/quotes",
        "actors": "/actors", "actor": f"/actors/{quote(actor['id'], safe='')}",
        "place": f"/places/{quote(place, safe='')}", "articles": "/articles",
        "article": f"/articles/{quote(article, safe='')}", "talks": "/talks", "code": "/code",
        "error-unknown-type": "/events?event=attack",
    }
    for name, path in shots.items():
        page.goto(page.base + path)
        if name.startswith("map"):
            page.wait_for_selector("#map[data-ready='1']", timeout=20000)
            page.wait_for_timeout(500)
        page.screenshot(path=str(shots_dir / f"{name}.png"))
    assert all((shots_dir / f"{name}.png").stat().st_size > 10_000 for name in shots)


def test_sorting_by_a_column_pages_through_every_event_once(client):
    params = {"country": "UKR", "sort": "confidence", "order": "asc", "limit": 100}
    first = client.get("/api/v1/events", params=params).json()
    seen, values, url = [], [], None
    page = first
    while True:
        seen += [r["seq"] for r in page["rows"]]
        values += [r["confidence"] or 0 for r in page["rows"]]
        url = page["next_url"]
        if not url:
            break
        page = client.get(url).json()
    assert len(seen) == len(set(seen)) == first["count"]
    assert values == sorted(values)
    # the page before the third page is the second page, and its next page the third
    second = client.get(first["next_url"]).json()
    third = client.get(second["next_url"]).json()
    back = client.get("/api/v1/events", params={**params, "before": third["rows"][0]["cursor"]}
                      ).json()
    assert [r["seq"] for r in back["rows"]] == [r["seq"] for r in second["rows"]]
    assert [r["seq"] for r in client.get(back["next_url"]).json()["rows"]] == \
        [r["seq"] for r in third["rows"]]
