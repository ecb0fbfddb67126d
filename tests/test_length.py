"""Bounded work per article: long texts in pieces, a character limit, safe tokenising of runs.

No timings here (see benchmarks/article_length.py): the tests check that the guards happened.
"""
from __future__ import annotations

import pytest

from parley import pipeline
from parley.ingest import IngestError, IngestOptions, article_from_text, iter_inputs
from parley.ingest.reasons import too_long
from parley.pipeline import (
    LONG_CHUNK,
    MAX_CHARS,
    PIECE_CHARS,
    code_shell,
    code_shells,
    make_doc,
    piece_bounds,
    safe_tokenize,
)
from parley.schema import Article, CodedArticle, Failure

PARAGRAPH = (
    "Russian Foreign Minister Sergei Lavrov met his Ukrainian counterpart Dmytro Kuleba in "
    "Antalya, Turkey, on Thursday. \"We did not make progress on a ceasefire,\" Kuleba told "
    "reporters after the talks. Russian forces shelled the city of Kharkiv overnight, killing "
    "at least 12 civilians, officials said."
)


def repeated(size: int) -> str:
    text = (PARAGRAPH + "\n\n") * (size // (len(PARAGRAPH) + 2) + 1)
    return text[:size].rsplit(" ", 1)[0]


def all_spans(coded: CodedArticle) -> list:
    spans = [m for a in coded.actors for m in a.mentions]
    spans += [m for p in coded.places for m in p.mentions]
    spans += list(coded.dates)
    spans += [s for q in coded.quotes for s in (q, q.speaker_span, q.cue_span) if s is not None]
    spans += [s for e in coded.events for s in (e.trigger, e.evidence, *e.mentions) if s is not None]
    return spans


def assert_consistent(coded: CodedArticle) -> None:
    """Exact offsets, unique ids, and every reference pointing at an item of the article."""
    text = coded.article.text
    bad = [s for s in all_spans(coded) if text[s.start:s.end] != s.text]
    assert not bad, bad[:3]
    for kind in ("actors", "places", "dates", "quotes", "events"):
        ids = [x.id for x in getattr(coded, kind)]
        assert len(ids) == len(set(ids)), kind
    actors, places = {a.id for a in coded.actors}, {p.id for p in coded.places}
    for e in coded.events:
        assert set(e.actor + e.recipient + e.third_party) <= actors
        assert e.place is None or e.place in places
        assert e.claimed_by is None or e.claimed_by in actors
    assert all(q.speaker is None or q.speaker in actors for q in coded.quotes)


def test_a_300k_article_codes_in_pieces_with_exact_offsets(code):
    text = repeated(300_000)
    coded = code(text, published="2022-03-10")
    assert coded.article.text == text
    assert coded.meta["pieces"] == len(piece_bounds(text)) >= 3
    assert len(coded.events) > 1000 and len(coded.quotes) > 1000
    assert_consistent(coded)


def test_pieces_merge_without_duplicate_ids(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 1_500)
    text = repeated(6_000)
    shell = article_from_text(text, article_id="pieces", published="2022-03-10")
    coded = code_shell(nlp, shell)
    assert coded.meta["pieces"] >= 4
    assert [a.id for a in coded.actors] == [f"a{i}" for i in range(1, len(coded.actors) + 1)]
    assert [e.id for e in coded.events] == [f"e{i}" for i in range(1, len(coded.events) + 1)]
    assert_consistent(coded)
    # the batch path codes a long article the same way, in input order
    short = article_from_text(PARAGRAPH, article_id="short", published="2022-03-10")
    out = list(code_shells(nlp, [short, shell, short]))
    assert [c.article.id for c in out] == ["short", "pieces", "short"]
    assert out[1].to_json() == coded.to_json()


def test_piece_bounds_cover_the_text_at_paragraph_then_sentence_ends():
    text = repeated(25_000)
    bounds = piece_bounds(text, 4_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < e - s <= 4_000 for s, e in bounds)
    assert all(text[e - 2:e] == "\n\n" for _, e in bounds[:-1])
    one_paragraph = text.replace("\n\n", " ")
    for _, e in piece_bounds(one_paragraph, 4_000)[:-1]:
        assert one_paragraph[e - 2:e] == ". "
    assert piece_bounds("x" * 10_000, 4_000) == [(0, 4_000), (4_000, 8_000), (8_000, 10_000)]
    assert len(text) < PIECE_CHARS and piece_bounds(text) == [(0, len(text))]


def test_a_run_of_20k_parentheses_is_one_token_and_codes(nlp, code):
    run = "(" * 20_000
    assert len(safe_tokenize(nlp, run)) == 1
    text = f"Russia attacked Ukraine on Monday, officials said. {run} Kyiv said on Tuesday."
    shell = article_from_text(text, article_id="parens")
    doc = make_doc(nlp, shell)
    assert doc.text == text and len(doc) < 30
    coded = code(text)
    assert coded.article.text == text
    assert_consistent(coded)
    assert any(e.event == "ASSAULT" for e in coded.events)


def test_long_stretches_keep_the_text_and_ordinary_text_is_untouched(nlp):
    mixed = "Talks ended. " + "ab(" * 700 + "))" + "-" * 300 + "x.y" * 400 + " Then more."
    doc = safe_tokenize(nlp, mixed)
    assert doc.text == mixed
    assert any(t.text == "-" * 300 for t in doc)
    assert max(len(t) for t in doc) <= max(LONG_CHUNK, 300)
    ordinary = PARAGRAPH + " See https://example.com/" + "a/" * 100 + " for more. -----"
    assert [t.text for t in safe_tokenize(nlp, ordinary)] == [t.text for t in nlp.make_doc(ordinary)]


def test_over_the_character_limit_is_one_failure_line(tmp_path):
    options = IngestOptions(max_bytes=10_000_000, max_chars=5_000)
    with pytest.raises(IngestError) as err:
        article_from_text(repeated(6_000), article_id="long", options=options)
    assert str(err.value) == too_long(len(repeated(6_000)), 5_000)
    path = tmp_path / "long.txt"
    path.write_text(repeated(6_000), encoding="utf-8")
    (result,) = list(iter_inputs([path], options))
    assert isinstance(result, Failure)
    assert result.reason.startswith("too long: ") and "\n" not in result.reason


def test_coding_refuses_text_over_max_chars_before_any_work(nlp):
    shell = CodedArticle(article=Article(id="huge", text="x " * (MAX_CHARS // 2 + 1)))
    with pytest.raises(ValueError, match="character limit"):
        code_shell(nlp, shell)
