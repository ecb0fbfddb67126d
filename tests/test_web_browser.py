"""The web app in a real browser (Debian chromium via Playwright): pages draw, nothing leaves
127.0.0.1, the map has countries and points, the article highlights, /code posts and shows.

Screenshots of /, /map, /articles/{id} and /talks go to /tmp/parley-*.png for a person to look at.
"""
from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest

from parley.web.app import create_app
from tests.web_helpers import build_store, running

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("chromium") is None and not shutil.os.path.exists(CHROMIUM),
                       reason="Debian chromium not installed (make browser)"),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory, example_coded):
    db = build_store(tmp_path_factory.mktemp("browser") / "b.duckdb", [example_coded])
    with running(create_app(db)) as url:
        yield url


@pytest.fixture()
def page(browser, base):
    """A page whose every request must go to the test server; anything else fails the test."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    outside: list[str] = []
    errors: list[str] = []

    def guard(route):
        host = urlparse(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    p = context.new_page()
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    p.base = base
    yield p
    context.close()
    assert not outside, f"requests left 127.0.0.1: {outside}"
    assert not errors, f"page errors: {errors}"


@pytest.mark.parametrize("path", ["/", "/events", "/map", "/talks", "/articles", "/actors",
                                  "/code", "/articles/lavrov-antalya", "/actors/sergey-lavrov"])
def test_page_loads_with_local_requests_only(page, path):
    response = page.goto(page.base + path)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.locator("header.top nav a").count() >= 7


@pytest.mark.parametrize("path", ["/", "/events", "/map"])
def test_the_filter_form_submits_and_keeps_its_choice(page, path):
    """Choosing a type and pressing Filter sends every field, empty ones too; the page must
    answer it (newcomer run 6: a 422 on `min_confidence=`) and show the choice kept."""
    page.goto(page.base + path)
    page.select_option("form.filters select[name=event]", "CONSULT")
    page.fill("form.filters input[name=country]", "Turkey")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert "event=CONSULT" in page.url and "min_confidence=" in page.url
    assert page.title().split(" · ")[0] in ("Overview", "Events", "Map"), page.title()
    assert page.locator("form.filters select[name=event]").input_value() == "CONSULT"
    if path == "/events":
        rows = page.locator("table.data tbody tr")
        assert rows.count() >= 1 and all("CONSULT" in t for t in rows.all_inner_texts())


def test_overview_draws_the_timeline(page):
    page.goto(page.base + "/")
    assert page.locator("svg.chart rect").count() >= 1
    page.screenshot(path="/tmp/parley-overview.png", full_page=True)


def test_map_draws_countries_and_event_points(page):
    page.goto(page.base + "/map")
    page.wait_for_selector("#map[data-ready='1']", timeout=15000)
    assert page.locator("#map path.country").count() > 150  # Leaflet draws the Natural Earth shapes
    assert page.locator("#map .leaflet-tile").count() == 0  # no tiles, no tile server
    points = page.locator("#map path.point, #map .marker-cluster")
    assert points.count() >= 1
    page.screenshot(path="/tmp/parley-map.png", full_page=True)
    before = page.evaluate("() => document.querySelector('#map .leaflet-map-pane').style.transform")
    page.click(".leaflet-control-zoom-in")
    page.wait_for_timeout(400)
    assert page.evaluate("() => document.querySelector('#map .leaflet-map-pane').style.transform"
                         ) != before or page.locator("#map path.country").count() > 150
    assert "Antalya" in page.inner_text("#places-table")


def test_article_page_highlights(page):
    page.goto(page.base + "/articles/lavrov-antalya")
    assert page.locator(".article-text .hl-actor").count() >= 5
    assert page.locator(".article-text .hl-place").count() >= 1
    assert page.locator(".article-text .hl-trigger").count() >= 1
    labels = page.locator(".article-text .speaker-label")
    assert labels.count() >= 6
    assert "Sergey Lavrov" in labels.all_text_contents()
    assert "Also read" in page.inner_text("section.removed")
    assert "Also read" not in page.inner_text(".article-text")
    page.screenshot(path="/tmp/parley-article.png")


def test_talks_page(page):
    page.goto(page.base + "/talks")
    assert page.locator("section.track").count() >= 1
    assert page.locator("svg.rounds circle").count() >= 1
    page.screenshot(path="/tmp/parley-talks.png")


def test_code_page_posts_and_shows_the_coded_article(page):
    page.goto(page.base + "/code")
    page.fill("textarea[name=text]", "Turkish and Greek diplomats met in Ankara on Monday, "
                                     "and Greece's foreign minister said the talks had failed.")
    page.fill("input[name=published]", "2024-06-03")
    page.click("#code-submit")
    page.wait_for_selector("#result .article-text")
    assert "Ankara" in page.inner_text("#result .article-text")
    assert page.locator("#result .hl-actor, #result .hl-place").count() >= 1
