"""Event places and dates, twelfth round of issue "core IV". Invented sentences, one class per
block (``nlp/places/component.py`` front cues, ``nlp/events/where.py`` a noun's period,
``nlp/dates/component.py`` an outlet's name).
"""
from __future__ import annotations

import pytest

from parley.lexicon import load
from tests.event_helpers import assert_division_not_seat
from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

PUB = "2026-05-12"  # a Tuesday
CUES = load("place_cues.yaml", top=dict)

# ------------------------ class: a city for its same-name oblast (a front, an advance, an area)
# a movement of forces or a front placed in, near or from a seat's name, or "the X area", "the
# outskirts of X", "the X border": the land around the town, so the first-level division


@pytest.mark.parametrize("entry", [e for e in CUES["area"] if e.get("near") or e.get("capital")],
                         ids=lambda e: f"{e['word']}-{'near' if e.get('near') else 'capital'}")
def test_a_front_or_area_cue_makes_the_name_the_division(code, entry):
    assert_division_not_seat(code(entry["example"], published=PUB), entry, 4)


@pytest.mark.parametrize("text,trigger", [
    ("Ukrainian troops pressed their advance in Kherson as the rains began.", "pressed"),
    ("The general staff reported small Russian advances near Luhansk overnight.", "small"),
    ("Russian units made small gains near Donetsk this week, analysts said.", "made"),
    ("Gunners shelled the frontline near Kherson for a third night.", "shelled"),
    ("Drones struck the Mykolaiv outskirts on Saturday, the governor said.", "struck"),
    ("Troops pulled back from the Kherson border with Mykolaiv last week.", "pulled"),
])
def test_a_front_event_is_placed_in_the_division(code, text, trigger):
    coded = code(text, published=PUB)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and (place.feature, place.country) == ("admin1", "UKR"), place


@pytest.mark.parametrize("text,trigger", [
    # a goal, a town left, a "city of" qualifier, a site in the town: the city stays
    ("Troops advance on Kherson from the north", "advance"),
    ("Russian forces retreat from Kherson, officials say", "retreat"),
    ("Rockets hit a hospital in the city of Kherson, the governor says", "hit"),
    ("A missile hit the outskirts of the city of Kharkiv on Monday.", "hit"),
    ("Russian troops push into Kherson after a week of fighting", "push"),
])
def test_a_goal_or_a_city_cue_keeps_the_city(code, text, trigger):
    coded = code(text, published=PUB)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.feature == "city", place


def test_a_capital_stays_the_city_without_an_area_word(code):
    coded = code("Heavy fighting raged in Kyiv through the night.", published=PUB)
    assert [p.feature for p in coded.places] == ["city"]
    coded = code("Heavy fighting raged on the outskirts of Kyiv through the night.", published=PUB)
    assert [p.feature for p in coded.places] == ["admin1"]


# ------------------------ class: the date of a complement (a noun's period) given to the act
# "orders a ban for 2027", "blocks a package for X in 2027": the year is the ban's or the
# package's; the act is of its own day (the publication day, inferred)

@pytest.mark.parametrize("text,trigger", [
    ("The minister orders a ban on grain exports for 2027, state media reports", "orders"),
    ("Parliament blocks the aid package for Moldova in 2027", "blocks"),
])
def test_a_noun_s_year_is_not_the_act_s_date(code, text, trigger):
    coded = code(text, published=PUB)
    event = _event(coded, trigger)
    assert event.date_inferred and event.date == PUB and not event.date_text, event


@pytest.mark.parametrize("text,trigger,day", [
    ("Russia will hold the talks in 2027, officials say", "hold", "2027-01-01"),
    ("Rebels seized the town in 2025.", "seized", "2025-01-01"),
    ("The army withdrew from the town in 2026.", "withdrew", "2026-01-01"),
])
def test_the_act_s_own_year_stays(code, text, trigger, day):
    coded = code(text, published=PUB)
    event = _event(coded, trigger)
    assert event.date == day and not event.date_inferred, event


# ------------------------ class: a media outlet's name read as a date
# "Today" capitalised mid-sentence in sentence case is a name's ("Russia Today"), no date

@pytest.mark.parametrize("text", [
    "Regulator suspends broadcasters Russia Today and Sputnik",
    "The channel was quoted by Ukraine Today on the shelling.",
])
def test_a_capitalised_today_inside_a_name_is_no_date(nlp, text):
    doc = nlp(text)
    assert not [d.text for d in doc._.parley_dates if d.text.lower() == "today"]


@pytest.mark.parametrize("text", [
    "Ministers will meet today in Paris",
    "Today, ministers meet in Paris.",
    "Putin Will Speak Today",
])
def test_today_as_a_date_stays(nlp, text):
    doc = nlp(text)
    assert [d.text for d in doc._.parley_dates if d.text.lower() == "today"]


# ------------------------ class: a non-physical act given the place of its target (a measure's)
# "lifts tariffs on X", "eases an embargo against X": X is whom the measure binds, not a site

@pytest.mark.parametrize("text,trigger", [
    ("The US lifts an arms embargo on Cyprus", "lifts"),
    ("Canada will ease its tariffs on Mexico next month", "ease"),
    ("Washington began easing restrictions on Cuba", "easing"),  # modes16: a weighed easing is no event
])
def test_a_measure_s_target_is_no_site(code, text, trigger):
    coded = code(text, published=PUB)
    assert _place(coded, _event(coded, trigger)) is None


def test_a_measure_s_own_site_stays(code):
    coded = code("Troops enforced a ban on gatherings in Minsk on Sunday.", published=PUB)
    place = _place(coded, _event(coded, "enforced"))
    assert place is not None and place.name == "Minsk", place


@pytest.mark.parametrize("text", [
    "Snow closed schools across the Washington area on Monday.",
    "Protesters marched on the outskirts of Washington on Sunday.",
])
def test_a_capital_s_area_is_no_namesake_state_far_away(code, text):
    coded = code(text, published=PUB)
    assert [(p.name, p.feature) for p in coded.places] == [("Washington", "city")]
