"""Ingest: every format, every bad-input reason, and every boilerplate entry on real text."""
from __future__ import annotations

import gzip
import io
import re
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.ingest import (
    IngestError,
    IngestOptions,
    article_from_text,
    iter_inputs,
    read_path,
    read_stdin,
)
from parley.ingest.boilerplate import BoilerplateFileError, load_rules
from parley.schema import CodedArticle, Failure

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
EXAMPLE = ROOT / "examples" / "lavrov-antalya.txt"
RULES = load_rules()

STORY_BEFORE = (
    "Delegations from both governments arrived in Geneva on Monday for a second round of talks "
    "on prisoner exchanges, the Swiss foreign ministry said."
)
STORY_AFTER = (
    "Mediators said they expected the talks to last three days and that humanitarian corridors "
    "would be discussed first."
)


def one(results) -> CodedArticle | Failure:
    (result,) = list(results)
    return result


def article(results) -> CodedArticle:
    result = one(results)
    assert isinstance(result, CodedArticle), result
    return result


# --- the example article -------------------------------------------------------------------


def test_example_article_loses_exactly_its_two_also_read_lines():
    raw = EXAMPLE.read_text(encoding="utf-8")
    shell = one(read_path(EXAMPLE))
    assert shell.article.id == "lavrov-antalya"
    assert [r.reason for r in shell.removed] == ["cross-promotion", "cross-promotion"]
    assert all(r.text.startswith("Also read |") for r in shell.removed)
    assert "Also read" not in shell.article.text
    paragraphs = [p for p in raw.split("\n\n") if p.strip()]
    kept = shell.article.text.split("\n\n")
    assert kept == [p.strip() for p in paragraphs if not p.startswith("Also read")]


def test_article_from_text_keeps_signature_and_metadata():
    shell = article_from_text(
        EXAMPLE.read_text(encoding="utf-8"), "lavrov-antalya", published="2022-03-10",
        title="Lavrov: ceasefire was never on the table", source="WION", url="https://x.example/a",
    )
    a = shell.article
    assert (a.id, a.published, a.source, a.url, a.language) == (
        "lavrov-antalya", "2022-03-10", "WION", "https://x.example/a", "en"
    )
    assert a.title == "Lavrov: ceasefire was never on the table"
    assert len(shell.removed) == 2


# --- boilerplate data: every entry's example acts, every near-miss stays ------------------------


@pytest.mark.parametrize("rule", RULES.lines, ids=lambda r: r.name)
def test_line_rule_removes_its_example_and_keeps_its_near_miss(rule):
    text = f"{STORY_BEFORE}\n\n{rule.example}\n\n{rule.keep}\n\n{STORY_AFTER}"
    shell = article_from_text(text, "t")
    assert [(r.text, r.reason) for r in shell.removed] == [(rule.example, rule.reason)]
    assert shell.article.text == f"{STORY_BEFORE}\n\n{rule.keep}\n\n{STORY_AFTER}"


@pytest.mark.parametrize("rule", RULES.prefixes, ids=lambda r: r.name)
def test_prefix_rule_cuts_only_the_wire_credit(rule):
    shell = article_from_text(f"{rule.example}\n\n{STORY_AFTER}", "t")
    assert shell.article.text == f"{rule.result}\n\n{STORY_AFTER}"
    assert [r.reason for r in shell.removed] == [rule.reason]
    kept = article_from_text(f"{rule.keep}\n\n{STORY_AFTER}", "t")
    assert kept.article.text.startswith(rule.keep)
    assert kept.removed == []


@pytest.mark.parametrize("rule", RULES.datelines, ids=lambda r: r.name)
def test_dateline_rule_records_the_place_and_keeps_the_text(rule):
    shell = article_from_text(f"{rule.example}\n\n{STORY_AFTER}", "t")
    assert shell.meta["dateline"] == rule.place
    assert shell.article.text.startswith(rule.example)
    assert "dateline" not in article_from_text(f"{rule.keep}\n\n{STORY_AFTER}", "t").meta


def test_wire_credit_after_place_leaves_place_in_text_and_meta():
    shell = article_from_text(
        "KYIV, Ukraine (AP) — Russian drones struck energy facilities in three regions overnight, "
        "Ukrainian officials said on Saturday.\n\n" + STORY_AFTER, "t"
    )
    assert shell.article.text.startswith("KYIV, Ukraine — Russian drones struck")
    assert shell.meta["dateline"] == "KYIV, Ukraine"
    assert [(r.text, r.reason) for r in shell.removed] == [("(AP)", "wire-credit")]


def test_story_lines_that_merely_mention_reading_or_photos_stay():
    story = (
        "The minister said he had read more than forty reports on the shelling of the plant.\n\n"
        "Related to the talks, the UN said aid convoys had reached Sumy.\n\n"
        "A photo of the signing, released by the Turkish presidency, showed both delegations.\n\n"
        "Reuters reported from Nairobi that talks had stalled."
    )
    shell = article_from_text(story, "t")
    assert shell.removed == []
    assert shell.article.text == story


def test_users_extend_boilerplate_with_their_own_yaml(tmp_path):
    extra = tmp_path / "house.yaml"
    extra.write_text(
        "lines:\n"
        "  - name: tip-line\n"
        "    reason: promotion\n"
        "    pattern: '(?i)got a news tip\\?.*'\n"
        "    example: 'Got a news tip? Email us at tips@courier.example'\n"
        "    keep: 'Got a call from the minister, the envoy told reporters.'\n",
        encoding="utf-8",
    )
    text = f"{STORY_BEFORE}\n\nGot a news tip? Email us at tips@courier.example"
    shell = article_from_text(text, "t", options=IngestOptions(boilerplate_files=(str(extra),)))
    assert [(r.text, r.reason) for r in shell.removed] == [
        ("Got a news tip? Email us at tips@courier.example", "promotion")
    ]
    assert article_from_text(text, "t").removed == []


def test_bad_boilerplate_pattern_names_file_and_entry(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "lines:\n  - {name: broken, reason: x, pattern: '(unclosed', example: a, keep: b}\n",
        encoding="utf-8",
    )
    with pytest.raises(BoilerplateFileError, match=r"bad\.yaml: entry 'broken': bad pattern"):
        load_rules((str(bad),))


# --- normalisation --------------------------------------------------------------------------


def test_normalisation_changes_line_ends_and_blank_runs_but_not_characters_in_lines():
    decomposed = "Cafe\u0301 owners in Kherson\tsaid  they would reopen on Monday.   "
    text = f"\r\n{decomposed}\r\n\r\n\r\n\r\n\r\nThe  governor\u00a0confirmed the curfew.\r\n"
    shell = article_from_text(text, "t")
    assert shell.article.text == (
        "Caf\u00e9 owners in Kherson\tsaid  they would reopen on Monday.\n\n"
        "The  governor\u00a0confirmed the curfew."
    )


def test_removing_a_line_keeps_paragraph_structure():
    text = f"{STORY_BEFORE}\n\nShare this article\n\n\n\n{STORY_AFTER}"
    assert article_from_text(text, "t").article.text == f"{STORY_BEFORE}\n\n{STORY_AFTER}"


# --- formats --------------------------------------------------------------------------------


def test_html_page_gives_main_text_title_date_url_and_drops_page_furniture():
    shell = article(read_path(FIXTURES / "truce-talks-khartoum.html"))
    a = shell.article
    assert a.id == "truce-talks-khartoum"
    assert a.title == "Sudan's warring sides agree to 72-hour truce after Jeddah talks"
    assert a.published == "2023-05-21"
    assert a.url == "https://www.dailycourier.example/world/africa/sudan-truce-jeddah-talks"
    assert a.text.startswith("KHARTOUM — A truce between Sudan's army")
    assert shell.meta["dateline"] == "KHARTOUM"
    assert {r.reason for r in shell.removed} == {"headline", "cross-promotion", "social", "credit-line"}
    for furniture in ("Most read", "All rights reserved", "Subscribe", "Also read", "reported from"):
        assert furniture not in a.text
    assert a.text.count("\n\n") == 4  # five story paragraphs


def test_html_without_an_article_is_a_failure():
    assert one(read_path(FIXTURES / "no-article.html")) == Failure(
        str(FIXTURES / "no-article.html"), "HTML with no article"
    )


def test_jsonl_reads_good_lines_and_names_bad_ones_by_line():
    path = FIXTURES / "wire-stories.jsonl"
    results = list(read_path(path))
    by_input = {(r.meta["input"] if isinstance(r, CodedArticle) else r.input): r for r in results}
    assert list(by_input) == [f"{path}:{n}" for n in (1, 2, 3, 4, 5, 7)]
    aqaba = by_input[f"{path}:1"]
    assert aqaba.article.id == "aqaba-talks"
    assert aqaba.article.published == "2023-02-26"
    assert aqaba.article.text.startswith("AQABA, Jordan — Israeli and Palestinian officials")
    assert [r.reason for r in aqaba.removed] == ["wire-credit", "copyright"]
    finland = by_input[f"{path}:2"]
    assert finland.article.text.startswith("MOSCOW - Russia's foreign ministry")
    assert "\r" not in finland.article.text and "Reporting by" not in finland.article.text
    assert finland.article.title == "Russia to expel nine Finnish diplomats"
    broken = by_input[f"{path}:3"]
    assert broken.reason.startswith("malformed JSON at line 3: ")
    assert by_input[f"{path}:4"].reason == "record without text or html"
    html = by_input[f"{path}:5"]
    assert html.article.title == "Ethiopia and Tigray leaders meet in Mekelle"
    assert html.article.text.startswith("Ethiopian government officials travelled to Mekelle")
    assert by_input[f"{path}:7"].reason == "empty input"


def test_csv_reads_text_column_metadata_and_reports_rows_by_line():
    path = FIXTURES / "daily-brief.csv"
    kherson, grain, empty = read_path(path)
    assert kherson.article.id == "kherson-strikes"
    assert (kherson.article.published, kherson.article.source) == ("2022-11-24", "Daily Courier")
    assert kherson.article.url == "https://www.dailycourier.example/kherson-strikes"
    assert [r.reason for r in kherson.removed] == ["cross-promotion"]
    assert kherson.article.text.count("\n\n") == 1
    assert grain.article.id == "daily-brief-2"
    assert grain.meta["warnings"] == ["no id: using 'daily-brief-2'"]
    assert grain.meta["input"] == f"{path}:7"
    assert empty == Failure(f"{path}:8", "empty input")


def test_csv_without_text_column_is_one_failure(tmp_path):
    path = tmp_path / "headlines.csv"
    path.write_text("id,headline\nh1,Troops withdraw from the border\n", encoding="utf-8")
    assert one(read_path(path)) == Failure(
        str(path), "CSV without a text column (text, body or content)"
    )


def _warc(path: Path, compress: bool) -> None:
    page = (FIXTURES / "truce-talks-khartoum.html").read_bytes()
    empty = (FIXTURES / "no-article.html").read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for url, body, kind in (
            ("https://www.dailycourier.example/img/khartoum.jpg", b"\xff\xd8\xff\xe0jpeg", "image/jpeg"),
            ("https://www.dailycourier.example/world/sudan-truce", page, "text/html; charset=utf-8"),
            ("https://www.dailycourier.example/404", empty, "text/html"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.mark.parametrize("name,compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_articles(tmp_path, name, compress):
    path = tmp_path / name
    _warc(path, compress)
    results = list(read_path(path))
    assert len(results) == 2  # the image record is not an article
    truce, missing = results
    assert truce.article.text.startswith("KHARTOUM — A truce")
    assert truce.article.id == "crawl-2"
    assert truce.meta["input"] == f"{path}#2"
    assert missing == Failure(f"{path}#3", "HTML with no article")


def test_corrupt_warc_is_a_failure(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC record\r\n\r\n"))
    result = one(read_path(path))
    assert isinstance(result, Failure) and result.reason.startswith("malformed WARC")


def test_rss_items_use_content_or_the_linked_page_beside_the_feed():
    path = FIXTURES / "feed" / "world-news.rss"
    armenia, colombia, markets = read_path(path)
    assert armenia.article.text.startswith("The foreign ministers of Armenia and Azerbaijan")
    assert [r.reason for r in armenia.removed] == ["social"]
    assert armenia.article.published == "2023-05-01"
    assert armenia.article.source == "Daily Courier — World"
    assert armenia.article.url == "https://www.dailycourier.example/world/armenia-azerbaijan-talks"
    assert colombia.article.text.startswith("BOGOTA — Colombia's government")
    assert "Sign up" not in colombia.article.text
    assert colombia.meta["input"] == f"{path}#2"
    assert markets.article.text == "Markets wrap"
    assert markets.meta["warnings"] == ["feed item without content: coded its title only"]


def test_xml_that_is_not_a_feed_is_a_failure(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/a</loc></url></urlset>')
    assert one(read_path(path)) == Failure(str(path), "XML is not an RSS or Atom feed")


@pytest.mark.parametrize(
    "given,day",
    [("2022-03-10T18:20:00+02:00", "2022-03-10"), ("10 March 2022", "2022-03-10"),
     ("Thu, 10 Mar 2022 09:00:00 GMT", "2022-03-10"), ("yesterday", None), ("March 2022", None)],
)
def test_published_dates_become_iso_days_or_a_warning(given, day):
    shell = article_from_text(STORY_BEFORE, "t", published=given)
    assert shell.article.published == day
    assert bool(shell.meta["warnings"]) == (day is None)


def test_atom_feed(tmp_path):
    path = tmp_path / "alerts.atom"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Alerts</title>'
        "<entry><title>Niger junta expels French ambassador</title>"
        '<link href="https://alerts.example/niger"/><updated>2023-08-26T10:00:00Z</updated>'
        '<content type="html">&lt;p&gt;Niger\'s military rulers gave the French ambassador 48 '
        "hours to leave the country on Friday, accusing Paris of acting against Niger's "
        "interests.&lt;/p&gt;</content></entry></feed>",
        encoding="utf-8",
    )
    shell = article(read_path(path))
    assert shell.article.text.startswith("Niger's military rulers gave the French ambassador")
    assert (shell.article.published, shell.article.title) == (
        "2023-08-26", "Niger junta expels French ambassador"
    )


def test_stdin_plain_text_and_jsonl_are_sniffed():
    text = article(read_stdin(io.BytesIO(EXAMPLE.read_bytes())))
    assert text.article.id == "stdin" and len(text.removed) == 2
    lines = b'{"id": "a", "text": "Troops withdrew from the town on Sunday."}\n{"id": "b"\n'
    first, second = read_stdin(io.BytesIO(lines))
    assert first.article.id == "a"
    assert second.input == "stdin:2" and second.reason.startswith("malformed JSON at line 2")


def test_dash_reads_process_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    assert article(read_path("-")).article.id == "stdin"


# --- bad input: one clear reason each, never an exception --------------------------------------


@pytest.mark.parametrize(
    "name,reason",
    [
        ("binary-photo.txt", "binary input, not text"),
        ("empty.txt", "empty input"),
        ("fr-accord-cessez-le-feu.txt", "unsupported language: fr"),
        ("de-waffenruhe-gespraeche.txt", "unsupported language: de"),
        ("es-conversaciones-de-paz.txt", "unsupported language: es"),
    ],
)
def test_bad_file_gives_its_reason(name, reason):
    assert one(read_path(FIXTURES / name)) == Failure(str(FIXTURES / name), reason)


def test_cp1252_text_is_decoded_with_a_warning():
    shell = article(read_path(FIXTURES / "cp1252-nairobi-talks.txt"))
    assert shell.article.text.startswith("Kenya\u2019s president said on Tuesday")
    assert "caf\u00e9 owners" in shell.article.text and "\u201cWe will not" in shell.article.text
    (warning,) = shell.meta["warnings"]
    assert "not UTF-8" in warning and "cp1252" in warning


def test_short_english_headline_is_not_rejected_as_foreign():
    shell = article(read_path(FIXTURES / "short-headline.txt"))
    assert shell.article.text == "Zelensky: Mariupol siege"


def test_language_check_can_be_turned_off():
    text = (FIXTURES / "fr-accord-cessez-le-feu.txt").read_text(encoding="utf-8")
    assert article_from_text(text, "fr", options=IngestOptions(check_language=False)).article.text


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STORY_BEFORE * 20, encoding="utf-8")
    size = path.stat().st_size
    assert one(read_path(path, IngestOptions(max_bytes=1000))) == Failure(
        str(path), f"too large: {size} bytes > 1000 byte limit"
    )
    assert isinstance(one(read_path(path)), CodedArticle)


def test_article_from_text_raises_ingest_error_with_the_reason():
    with pytest.raises(IngestError, match="^empty input$"):
        article_from_text(" \n\n ", "t")
    with pytest.raises(IngestError, match="^no article text left after removing boilerplate$"):
        article_from_text("Follow us on Twitter\n\nShare this article", "t")


def test_unknown_or_missing_inputs_are_failures(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    missing, unsupported = iter_inputs([tmp_path / "nowhere.txt", pdf])
    assert missing == Failure(str(tmp_path / "nowhere.txt"), "no such file or folder")
    assert unsupported.reason.startswith("unsupported file type '.pdf'")


# --- many inputs ----------------------------------------------------------------------------


def _names(results) -> list[str]:
    return [r.meta["input"] if isinstance(r, CodedArticle) else r.input for r in results]


def test_folder_walk_is_recursive_sorted_and_reads_feed_pages_once():
    first = list(iter_inputs([FIXTURES]))
    assert _names(first) == _names(iter_inputs([FIXTURES]))
    assert all(isinstance(r, CodedArticle | Failure) for r in first)
    names = _names(first)
    assert names[0] == str(FIXTURES / "binary-photo.txt")
    assert f"{FIXTURES / 'feed' / 'world-news.rss'}#2" in names
    assert str(FIXTURES / "feed" / "colombia-eln-talks.html") not in names
    files = [re.sub(r"[#:]\d+$", "", n) for n in names]
    assert files == sorted(files, key=lambda f: Path(f).parts)


def test_globs_expand_in_sorted_order():
    names = _names(iter_inputs([str(FIXTURES / "*-*.txt")]))
    assert names == sorted(str(p) for p in FIXTURES.glob("*-*.txt"))
