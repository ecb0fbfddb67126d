"""Property tests of `parley code` on hostile text: any Unicode, right-to-left and zero-width
marks, combining characters, unbalanced quotes, very long sentences, tables flattened to text.
Whatever comes in: no exception, every span lies inside `article.text` and quotes it exactly,
every reference resolves, and the JSON validates against the CodedArticle schema."""
from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.ingest import IngestError, IngestOptions, article_from_text
from parley.pipeline import code_shell
from parley.schema import json_schema

SCHEMA = json_schema()
# the language check would turn most random text away before the pipeline sees it
ANY_LANGUAGE = IngestOptions(check_language=False)
WORDS = ["Rebels", "shelled", "the", "town", "of", "Arvo", "on", "Monday", ",", "said", "“", "”",
         '"', "'", "minister", "Ukraine", "talks", "(", ")", "|", "\u200b", "\u202e", "\u0301",
         "مرحبا", "שלום", "—", "\n", "\n\n", "NATO", "accused", "Moscow", "…", "1,000", "\t"]
TEXTS = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=300).map(" ".join),
    st.integers(200, 2_000).map(lambda n: "The envoy said " + "and the talks went on " * (n // 22)),
    st.lists(st.lists(st.sampled_from(["Kyiv", "12", "shelling", "n/a", "|", "2022-03-01"]),
                      min_size=2, max_size=6).map(" | ".join), min_size=1, max_size=40)
    .map("\n".join),
)


def spans(coded):
    for group in (coded.actors, coded.places):
        for item in group:
            yield from item.mentions
    yield from coded.dates
    yield from coded.quotes
    for e in coded.events:
        yield from [s for s in (e.trigger, e.evidence, *e.mentions) if s is not None]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_any_text_codes_to_a_valid_article(nlp, text):
    try:
        shell = article_from_text(text, article_id="h", published="2023-05-04",
                                  options=ANY_LANGUAGE)
    except IngestError:
        return  # empty or binary: one clear reason, which is the contract
    coded = code_shell(nlp, shell)
    body = coded.article.text
    for s in spans(coded):
        assert 0 <= s.start <= s.end <= len(body)
        assert body[s.start:s.end] == s.text
    actors = {a.id for a in coded.actors}
    places = {p.id for p in coded.places}
    for e in coded.events:
        assert set(e.actor) | set(e.recipient) | set(e.third_party) <= actors
        assert e.place is None or e.place in places
        assert e.claimed_by is None or e.claimed_by in actors
    for q in coded.quotes:
        assert q.speaker is None or q.speaker in actors
    jsonschema.validate(coded.to_dict(), SCHEMA)


@pytest.mark.parametrize("text", ["\u202eReb\u200bels shelled Arvo on Monday.",
                                  '"The talks failed, the minister said.', "(" * 5_000])
def test_known_hostile_shapes_code(nlp, text):
    test_any_text_codes_to_a_valid_article.hypothesis.inner_test(nlp, text)
