"""Event places, sixth round of issue "core IV": one class per block, invented sentences.

Publication is Sunday 2022-09-18.
"""
from __future__ import annotations

import pytest

from parley.lexicon import load
from tests.event_helpers import assert_division_not_seat
from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

SUN = "2022-09-18"
CUES = load("place_cues.yaml", top=dict)




# ------------------------------- class: a city chosen for a same-name first-level division
# "a village in X", "X villages", "the X front", "the X nuclear plant": a town holds no villages,
# front or plant of its name, so the division is meant

@pytest.mark.parametrize("entry", [e for e in CUES["area"] if e.get("in") or e.get("after")],
                         ids=lambda e: f"{e['word']}-{'in' if e.get('in') else 'after'}")
def test_a_smaller_place_inside_a_name_makes_it_the_division(code, entry):
    assert_division_not_seat(code(entry["example"], published=SUN), entry, 5)


@pytest.mark.parametrize("text,trigger", [
    ("Mortars hit a village in Kharkiv before dawn.", "hit"),
    ("Artillery shelled a hamlet in Donetsk on Tuesday.", "shelled"),
    ("Fighting raged on the Donetsk front through the week.", "Fighting"),
])
def test_an_event_in_a_village_of_a_division_is_placed_in_the_division(code, text, trigger):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and (place.feature, place.country) == ("admin1", "UKR"), place


@pytest.mark.parametrize("text,trigger", [
    ("Shelling killed two farmers in Ukraine's Sumy region, officials said.", "Shelling"),
    ("Drones hit fuel depots in Russia's Bryansk region overnight.", "hit"),
])
def test_a_country_holding_the_named_division_is_only_its_container(code, text, trigger):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.feature == "admin1", place


def test_a_bare_city_and_a_capital_stay_towns(code):
    coded = code("Drones struck two villages in Kyiv overnight. Shelling killed three in Kherson.",
                 published=SUN)
    assert {(p.name, p.feature) for p in coded.places} == {("Kyiv", "city"), ("Kherson", "city")}


# ------------------------------- class: a place from another clause

@pytest.mark.parametrize("text,trigger", [
    # a statement in an adverbial clause with its own subject does not climb to the main site
    ("Protesters rallied in Tbilisi as the minister called for calm.", "called"),
    # a relative clause's place is the clause's event's, not the main verb's
    ("Police detain a smuggler who sold rifles in Tula.", "detain"),
])
def test_a_place_of_another_clause_does_not_place_the_event(code, text, trigger):
    coded = code(text, published=SUN)
    assert _place(coded, _event(coded, trigger)) is None


def test_the_clause_s_own_place_stays(code):
    coded = code("Three were killed in Kharkiv when shells hit a market.", published=SUN)
    place = _place(coded, _event(coded, "killed"))
    assert place is not None and place.name == "Kharkiv"


def test_a_coordinated_clause_s_town_does_not_place_the_event(code):
    coded = code("Rebels have seized three outposts, and government troops are regrouping near "
                 "Goma.", published=SUN)
    assert _place(coded, _event(coded, "seized")) is None
    place = _place(coded, _event(coded, "regrouping"))
    assert place is not None and place.name == "Goma", place


# ------------------------------- class: a non-physical act given the place of its target

@pytest.mark.parametrize("text,trigger", [
    ("Analysts expect the Kremlin to annex the Kherson region after a vote.", "annex"),
    # (a firm's own business stopped "in <country>" is placed there: round 7's withdrawal class)
    ("A bank freezes the assets of oligarchs in Cyprus.", "freezes"),
])
def test_an_act_of_law_or_a_sanction_takes_no_place_from_its_target(code, text, trigger):
    coded = code(text, published=SUN)
    assert _place(coded, _event(coded, trigger)) is None


def test_the_decreed_example_names_no_site(code):
    coded = code(CUES["decreed"]["example"], published=SUN)
    event = _event(coded, "annex")
    assert _place(coded, event) is None


def test_a_sanction_s_venue_town_stays(code):
    coded = code("Ministers agreed new sanctions at a summit in Brussels on Friday.", published=SUN)
    place = _place(coded, _event(coded, "agreed"))
    assert place is not None and place.name == "Brussels"


def test_a_joined_count_of_victims_shares_the_scene(code):
    coded = code("Six killed and 11 wounded in rocket fire on a Zaporizhzhia market, regional "
                 "governor says", published=SUN)
    # one attack: the toll folds into "rocket fire" (or stays on "killed"), placed at the market
    attack = next(e for e in coded.events if e.event == "ASSAULT")
    place = _place(coded, attack)
    assert place is not None and place.name.startswith("Zaporizh"), place


def test_a_relative_clause_of_place_keeps_its_antecedent(code):
    coded = code("Crews search the ruins in Odesa, where at least twelve were reported killed by "
                 "a drone", published=SUN)
    place = _place(coded, _event(coded, "killed"))
    assert place is not None and place.name == "Odesa", place


# ------------------------------- class: a named town replaced by the division qualifying it

@pytest.mark.parametrize("text,trigger,town", [
    ("Three dead in shelling of the Luhansk town of Lysychansk", "shelling", "Lysychansk"),
    # round 29: shells striking a placed market are the attack, the killing folded into it
    ("Shells struck a market in the Donetsk city of Kostiantynivka, killing six", "struck",
     "Kostyantynivka"),
])
def test_the_town_a_division_qualifies_is_the_place(code, text, trigger, town):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.name == town, place


def test_a_division_qualifying_an_unknown_village_is_the_division(code):
    coded = code("Drones hit the Kharkiv village of Vilkhivka", published=SUN)
    place = _place(coded, _event(coded, "hit"))
    assert place is not None and (place.feature, place.country) == ("admin1", "UKR"), place


def test_a_journey_clause_tells_where_the_speaker_goes(code):
    coded = code("The shelling will ease soon, the general predicted as he toured Dnipro",
                 published=SUN)
    assert _place(coded, _event(coded, "shelling")) is None


@pytest.mark.parametrize("text,town", [
    ("A police chief in Kherson says two drones were shot down", "Kherson"),
    # the clause's own town comes first
    ("A police chief in Kherson says two drones were shot down over Mykolaiv", "Mykolayiv"),
])
def test_a_reporter_s_post_places_what_he_reports_only_when_nothing_else_does(code, text, town):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, "shot"))
    assert place is not None and place.name == town, place


# ------------------------------- class: a missing town the model took for a person or a word

def test_the_town_evidence_example_finds_its_towns(code):
    coded = code(CUES["town_evidence"]["example"], published=SUN)
    names = {p.name for p in coded.places}
    assert {"Kramatorsk", "Melitopol"} <= names, names


@pytest.mark.parametrize("text,trigger,town", [
    ("Drones hit a Kyiv apartment tower overnight", "hit", "Kyiv"),
    ("Ukraine's prime minister visits Bucha", "visits", "Bucha"),
])
def test_a_town_shown_by_its_site_or_visit_places_the_event(code, text, trigger, town):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.name == town, place


def test_a_person_s_name_with_no_site_word_stays_a_person(code):
    coded = code("Austin said the talks had failed.", published=SUN)
    assert not coded.places
