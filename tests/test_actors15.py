"""Round 15 of the actor audit (docs/audit/dev-actors15.md), tested on invented sentences
(never sample text).

- Class U, US news coded a sentence at a time: a one-sentence text whose located items all
  name the United States gives that country to the named people and bodies no phrase
  locates (``dominant.DominantPrior.short_sentences`` / ``short_countries``).
- Class L, a city that locates an official: "Odesa mayor urges residents …": the residents
  take the country of the untagged city that gave the mayor his
  (``ActorsComponent._city_of_official``).
"""
from __future__ import annotations

import pytest

from parley.nlp.actors.dominant import PRIOR, dominant_country

PUB = "2016-09-20"


def _country(doc, name):
    return next(a.country for a in doc.actors if a.name == name)


@pytest.mark.parametrize("text, name", [
    ("Marla Quint urged Donald Trump to release his tax returns.", "Marla Quint"),
    ("Obama praised Tessa Varney for her work on the campaign.", "Tessa Varney"),
    ("If Democrat Hillary Clinton wins, the government could appeal to the Supreme Court.",
     "Supreme Court"),
    ("Senator Hollis Brandt said Vance Ortega had misled Hillary Clinton about the budget.",
     "Vance Ortega"),
])
def test_a_us_only_sentence_gives_its_unlocated_people_and_bodies_the_us(code, text, name):
    assert _country(code(text, PUB), name) == "USA"


@pytest.mark.parametrize("text, name", [
    # a war party's headline: the short-text prior is for US domestic news only
    ("Putin praised Tessa Varney for her work on the campaign.", "Tessa Varney"),
    # one foreign item anywhere in the text cancels it
    ("Biden and Zelensky thanked Orla Brennick for her help.", "Orla Brennick"),
])
def test_no_short_text_prior_for_other_countries_or_mixed_sentences(code, text, name):
    assert _country(code(text, "2022-06-01"), name) is None


def test_a_longer_text_still_needs_the_article_evidence(code):
    doc = code("Obama praised Tessa Varney on Monday. She thanked him for the kind words.", PUB)
    assert _country(doc, "Tessa Varney") is None


def test_short_text_prior_thresholds():
    assert dominant_country(["USA"], sentences=1) == "USA"
    assert dominant_country(["USA", "RUS"], sentences=1) is None
    assert dominant_country(["RUS"], sentences=1) is None
    assert dominant_country(["USA"], sentences=PRIOR.short_sentences + 1) is None
    assert dominant_country(["USA"]) is None


@pytest.mark.parametrize("text, group, country", [
    ("Odesa mayor urges residents to stay indoors", "residents", "UKR"),
    ("Kharkiv governor tells residents to leave the city", "residents", "UKR"),
    ("The Dnipro mayor said residents should stock up on water.", "residents", "UKR"),
    ("Medellin mayor tells residents to avoid the river", "residents", "COL"),
])
def test_the_city_that_locates_an_official_locates_the_people_of_the_sentence(code, text, group, country):
    assert _country(code(text, "2022-06-01"), group) == country


def test_a_city_word_in_a_person_name_locates_no_one(code):
    doc = code("Paris Hilton thanked fans in a video", "2022-06-01")
    assert not any(a.country == "FRA" and a.kind == "group" for a in doc.actors)


US_NEWS = ("House Democrats delayed a vote on the highway bill on Monday after Republicans in "
           "Washington demanded deeper cuts. Senator Ellery Vance of Texas said Congress had "
           "wasted a week, and governors in Ohio and Iowa warned of stalled road projects.\n\n")


@pytest.mark.parametrize("sentence, body", [
    ("Charlotte Pruitt is a lecturer at Brennan College and founded a small theatre company.",
     "Brennan College"),
    ("Austin Meyer teaches history at Larkfield College and writes for a local paper.",
     "Larkfield College"),
    ("Madison Greer is a nurse at Holloway Clinic and sings in a church choir.",
     "Holloway Clinic"),
])
def test_a_given_name_that_is_a_town_locates_no_one(code, sentence, body):
    """Round batchdep (docs/audit/dev-batchdep.md): a person's given name that is also a
    town's ("Charlotte", "Austin", "Madison") is not the city of an official; before, it
    counted as a place named in the sentence and barred the body beside the person from
    the article's own country (the prior of US news)."""
    doc = code(US_NEWS + sentence, PUB)
    assert _country(doc, body) == "USA"


@pytest.mark.parametrize("text", [
    "Odesa mayor Petro Marchuk urges residents to stay indoors",
    "Kharkiv governor Oleh Hrytsenko tells residents to leave",
])
def test_the_city_of_a_named_official_still_locates_the_sentence(code, text):
    """The guard skips the NER's PERSON names only: the city before an official's role
    still counts when the official is also named."""
    assert _country(code(text, "2022-06-01"), "residents") == "UKR"
