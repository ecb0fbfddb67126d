"""Event places, sixth round of issue "core IV": one class per block, invented sentences.

Publication is Sunday 2022-09-18.
"""
from __future__ import annotations

import pytest

from parley.lexicon import load
from tests.event_helpers import starting_with as _event

SUN = "2022-09-18"
CUES = load("place_cues.yaml", top=dict)


def _place(coded, event):
    return coded.place(event.place) if event.place else None


# ------------------------------- class: a city chosen for a same-name first-level division
# "a village in X", "X villages", "the X front", "the X nuclear plant": a town holds no villages,
# front or plant of its name, so the division is meant

@pytest.mark.parametrize("entry", [e for e in CUES["area"] if e.get("in") or e.get("after")],
                         ids=lambda e: f"{e['word']}-{'in' if e.get('in') else 'after'}")
def test_a_smaller_place_inside_a_name_makes_it_the_division(code, entry):
    coded = code(entry["example"], published=SUN)
    found = [(p.name, p.feature) for p in coded.places]
    assert any(p.feature == entry["feature"] and p.country == "UKR" for p in coded.places), (
        entry["example"], found)
    assert not any(p.feature == "city" for p in coded.places), (entry["example"], found)


@pytest.mark.parametrize("text,trigger", [
    ("Mortars hit a village in Kharkiv before dawn.", "hit"),
    ("Artillery shelled a hamlet in Donetsk on Tuesday.", "shelled"),
    ("Fighting raged along the Donetsk front through the week.", "Fighting"),
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
    ("A Kyiv court jails a sniper who shot at apartment blocks in Chernihiv.", "jails"),
])
def test_a_place_of_another_clause_does_not_place_the_event(code, text, trigger):
    coded = code(text, published=SUN)
    assert _place(coded, _event(coded, trigger)) is None


def test_the_clause_s_own_place_stays(code):
    coded = code("A Kyiv court jails a sniper who shot at apartment blocks in Chernihiv.",
                 published=SUN)
    place = _place(coded, _event(coded, "shot"))
    assert place is not None and place.name == "Chernihiv"
    coded = code("Three were killed in Kharkiv when shells hit a market.", published=SUN)
    place = _place(coded, _event(coded, "killed"))
    assert place is not None and place.name == "Kharkiv"


def test_a_coordinated_clause_s_town_does_not_place_the_event(code):
    coded = code("An aide says the army has fired 300 rockets at Moldova and its troops are now "
                 "near Tiraspol.", published=SUN)
    place = _place(coded, _event(coded, "fired"))
    assert place is None or place.name != "Tiraspol", place


# ------------------------------- class: a non-physical act given the place of its target

@pytest.mark.parametrize("text,trigger", [
    ("Officials warn Moscow may try to annex the Kherson and Zaporizhzhia regions by autumn.",
     "annex"),
    ("A streaming firm suspends some services in Belarus.", "suspends"),
    ("The attorney general names a team to prosecute war crimes in Syria.", "prosecute"),
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
    coded = code("Two killed and five injured in shelling of Mykolaiv outskirts, Ukrainian regional "
                 "governor says", published=SUN)
    place = _place(coded, _event(coded, "killed"))
    assert place is not None and place.name.startswith("Mykola"), place


def test_a_relative_clause_of_place_keeps_its_antecedent(code):
    coded = code("Rescue work goes on in Odesa where dozens were reported killed in a strike on a "
                 "depot", published=SUN)
    place = _place(coded, _event(coded, "killed"))
    assert place is not None and place.name == "Odesa", place
