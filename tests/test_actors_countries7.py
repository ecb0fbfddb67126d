"""People and groups of one country's domestic news get that country (invented sentences):
a US party's name as a title word, and — weakest — the article's dominant country for a
person or group whose sentence names none; never a known actor's, never in mixed news."""
from __future__ import annotations

import pytest
import yaml

from parley.nlp.actors.dominant import PRIOR, dominant_country, takes_prior
from parley.nlp.actors.lexicon import GROUPS_FILE
from parley.schema import CodedArticle

GROUPS = yaml.safe_load(GROUPS_FILE.read_text(encoding="utf-8"))

US_STORY = ("Governor Nell Raskin of Ohio vetoed the bill in Columbus on Monday. Senators in "
            "Washington and mayors in Texas and Florida criticised the veto. Officials in "
            "Chicago and Denver said Ohio would appeal. ")


def _actor(coded: CodedArticle, name: str):
    found = [a for a in coded.actors if name in a.name]
    assert found, coded.actors
    return found[0]


@pytest.mark.parametrize("entry", GROUPS["us_party_words"], ids=lambda e: e["term"])
def test_us_party_word_example_is_american(code, entry):
    coded = code(entry["example"], published="2024-06-01")
    people = [a for a in coded.actors if a.kind == "person"]
    assert people and all(a.country == "USA" for a in people), coded.actors


def test_party_word_yields_to_a_named_country(code):
    coded = code("Republican deputy Anselme Roux criticised the French budget in Paris.",
                 published="2024-06-01")
    assert _actor(coded, "Roux").country != "USA"


@pytest.mark.parametrize("tail,name", [
    ("The spokeswoman said the appeal would be filed soon.", "spokeswoman"),
    ("The attorney said the veto was unlawful.", "attorney"),
    ("Election officials said turnout was high.", "officials"),
])
def test_article_country_is_a_prior_for_unlocated_roles(code, tail, name):
    coded = code(US_STORY + tail, published="2024-06-01")
    assert _actor(coded, name).country == "USA"


def test_no_prior_in_mixed_news(code):
    text = ("Russian forces shelled Kharkiv and Ukrainian troops hit Belgorod. Moscow and Kyiv "
            "traded blame. Russia said Ukraine fired first. The spokeswoman said talks were off.")
    assert _actor(code(text, published="2024-06-01"), "spokeswoman").country is None


def test_no_prior_for_armed_groups_or_known_actors():
    assert not takes_prior(None, "REB") and not takes_prior("isis", None)
    assert takes_prior(None, "GOV")


def test_dominant_country_thresholds():
    assert dominant_country(["USA"] * PRIOR.min_evidence) == "USA"
    assert dominant_country(["USA"] * (PRIOR.min_evidence - 1)) is None
    assert dominant_country(["USA"] * 5 + ["RUS"] * 5) is None
    assert dominant_country([]) is None


def test_article_country_is_a_prior_for_an_unknown_organisation(code):
    coded = code(US_STORY + "Brenhill Mining Corp. said it would cut jobs.", published="2024-06-01")
    assert _actor(coded, "Brenhill").country == "USA"


@pytest.mark.parametrize("text,name", [
    ("Lena Marsh, a Democratic pollster, praised the plan.", "Marsh"),
    ("Mark Ellison, a Republican consultant, criticized the bill.", "Ellison"),
])
def test_party_word_in_an_apposition_marks_a_us_party_member(code, text, name):
    assert _actor(code(text, published="2024-06-01"), name).country == "USA"


@pytest.mark.parametrize("tail,name", [
    ("Dana Whitcombe sued the state over the veto on Tuesday.", "Whitcombe"),
    ("Critics said Owen Partlow had lobbied against the bill.", "Partlow"),
])
def test_article_country_is_a_prior_for_a_bare_name(code, tail, name):
    coded = code(US_STORY + tail, published="2024-06-01")
    assert _actor(coded, name).country == "USA"


def test_bare_name_does_not_take_a_country_its_sentence_merely_names(code):
    # a visitor named beside the host country's capital is not the host's citizen
    coded = code("Russian forces shelled Kharkiv and Ukrainian troops hit Belgorod. Moscow and "
                 "Kyiv traded blame. Tarik Osmanovic flew to Paris for talks.",
                 published="2024-06-01")
    assert _actor(coded, "Osmanovic").country != "FRA"


def test_no_prior_for_a_bare_name_in_mixed_news(code):
    text = ("Russian forces shelled Kharkiv and Ukrainian troops hit Belgorod. Moscow and Kyiv "
            "traded blame. Russia said Ukraine fired first. Dana Whitcombe said talks were off.")
    assert _actor(code(text, published="2024-06-01"), "Whitcombe").country is None
