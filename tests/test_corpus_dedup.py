"""Near-duplicate articles link to one canonical article and never double-count."""
from __future__ import annotations

from parley import Store
from parley.corpus.dedup import shingles, signature
from tests.store_samples import example_article

WIRE = (
    "Sudan's army and the Rapid Support Forces agreed on Saturday to a 72-hour truce in "
    "Khartoum, mediators in Jeddah said, after weeks of fighting that has killed hundreds of "
    "civilians and forced tens of thousands to flee across the border into Chad and Egypt. "
    "Residents reported sporadic gunfire near the airport overnight despite the announcement."
)
REPOST = WIRE.replace("Residents reported", "Residents of the capital reported")
OTHER = (
    "Sudan's army and the Rapid Support Forces traded accusations on Sunday as a truce "
    "brokered in Jeddah collapsed within hours, with heavy shelling reported in Omdurman."
)


def test_shingles_are_word_trigrams_and_short_texts_fall_back_to_words():
    assert b"the truce held" in shingles("The truce held, officials said")
    assert shingles("Ceasefire announced") == {b"ceasefire", b"announced"}
    assert signature("  ... ") is None


def test_a_lightly_edited_repost_links_to_the_first_copy_and_a_new_story_does_not(tmp_path):
    base = example_article()
    with Store(tmp_path / "d.duckdb") as store:
        wire = example_article("wire", source="wire")
        wire.article.text = WIRE
        repost = example_article("repost", source="blog")
        repost.article.text = REPOST
        other = example_article("other", source="wire")
        other.article.text = OTHER
        for coded in (wire, repost, other, base):
            store.add(coded)
        rows = store.sql("SELECT id, canonical_id FROM articles", arrow=True).to_pylist()
        canon = {r["id"]: r["canonical_id"] for r in rows}
        assert canon == {"wire": None, "repost": "wire", "other": None, "lavrov-antalya": None}
        assert store.duplicates_of("wire") == ["repost"]


def test_duplicates_are_left_out_of_event_queries_unless_asked(tmp_path):
    with Store(tmp_path / "d.duckdb") as store:
        store.add(example_article("first", source="agency"))
        copy = example_article("copy", source="aggregator")
        copy.article.text = copy.article.text.replace("Thursday", "Thursday evening", 1)
        assert store.add(copy) == "copy"
        assert set(store.events()["article_id"]) == {"first"}
        assert set(store.events(include_duplicates=True)["article_id"]) == {"first", "copy"}
        store.update_incidents()
        assert set(store.incidents()["report_count"]) == {1}


def test_the_index_is_rebuilt_from_the_store_when_reopened(tmp_path):
    path = tmp_path / "d.duckdb"
    with Store(path) as store:
        store.add(example_article("first", source="agency"))
    with Store(path) as store:
        assert store.add(example_article("second", source="aggregator")) == "second"
        assert store.duplicates_of("first") == ["second"]
