"""Event places and dates, thirteenth round of issue "core IV". Invented sentences, one class per
block (``nlp/places/component.py`` districts and sites named after a town,
``nlp/dates/resolve.py`` "last week" in a Sunday story).
"""
from __future__ import annotations

import pytest

from parley.nlp.dates.resolve import resolve_date
from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

SUN = "2026-05-17"  # a Sunday
WED = "2026-05-13"  # a Wednesday

# ------------------------ class: a district (raion) named after its town read as its oblast
# "the X district", "X raion": the land around the town, a place of its own at the town's point,
# neither the town nor the town's first-level division


@pytest.mark.parametrize("text,trigger,word", [
    ("Mortar fire hit farms in the Kupiansk district before dawn.", "Mortar", "district"),
    ("Rockets struck two villages of the Berdyansk raion overnight.", "struck", "raion"),
    ("Border guards said shelling wounded a tractor driver in the Shostka district.", "wounded",
     "district"),
    ("Artillery pounded the Izium district on Friday, an official said.", "pounded", "district"),
])
def test_an_event_in_a_town_s_district_is_placed_in_the_district(code, text, trigger, word):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and (place.feature, place.country) == ("admin2", "UKR"), place
    assert place.name.endswith(f" {word}"), place


def test_a_district_lies_at_its_town_s_point(code):
    coded = code("Shelling hit farms in the Kupiansk district. Later drones struck Kupiansk.",
                 published=SUN)
    district = next(p for p in coded.places if p.feature == "admin2")
    town = next(p for p in coded.places if p.feature == "city")
    assert (district.lat, district.lon) == (town.lat, town.lon)


@pytest.mark.parametrize("text", [
    "Drones struck the Nikopol bus station on Friday.",
    "Gunfire rang out in the Podil district of Kyiv.",
    "Rockets hit homes in Kharkiv's Saltivka district overnight.",
])
def test_no_district_without_a_town_named_before_the_word(code, text):
    coded = code(text, published=SUN)
    assert not any(p.feature == "admin2" for p in coded.places), coded.places


# ------------------------ class: a site named after its town, the town lost
# "the Kherson airport", "at Mariupol station": the model often reads the town's name before a
# lower-case site word as a person's; an airport or a station serves the town it is named after


@pytest.mark.parametrize("text,trigger,country", [
    ("Russian missiles struck the Kherson airport overnight.", "struck", "UKR"),
    ("Ukrainian forces shelled Russian positions at Kherson airport.", "shelled", "UKR"),
    ("Police detained a smuggler at Lviv station on Monday.", "detained", "UKR"),
    ("Soldiers seized the Sumy airport after a short fight.", "seized", "UKR"),
])
def test_a_site_named_after_a_town_is_placed_there(code, text, trigger, country):
    coded = code(text, published=WED)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.country == country, place
    assert place.feature in ("city", "facility"), place


def test_a_town_named_after_the_site_still_wins(code):
    coded = code("Ukrainian forces shelled Russian positions at Kherson airport in Chornobaivka.",
                 published=WED)
    place = _place(coded, _event(coded, "shelled"))
    assert place is not None and place.name == "Chornobaivka", place


def test_an_institution_named_after_a_person_is_no_town(code):
    coded = code("Fans clashed with police outside Lincoln High School.", published=WED)
    assert _place(coded, _event(coded, "clashed")) is None


# ------------------------ class: "last week" counted from a Sunday publication
# a Sunday closes the news week: its "last week" is the week just ending, not the one before


@pytest.mark.parametrize("published,monday", [
    ("2026-05-17", "2026-05-11"),  # Sunday: the week that Sunday closes
    ("2026-05-13", "2026-05-04"),  # Wednesday: the week before
    ("2026-05-18", "2026-05-11"),  # Monday: the week before
])
def test_last_week_is_counted_from_the_publication_day(published, monday):
    got = resolve_date("last week", published)
    assert got is not None and (got.date, got.granularity) == (monday, "week")


def test_a_sunday_story_s_last_week_dates_the_event(code):
    coded = code("Rebels say a government colonel was killed last week.", published=SUN)
    event = _event(coded, "killed")
    assert (event.date, event.date_granularity, event.date_inferred) == ("2026-05-11", "week", False)


def test_a_sunday_story_s_next_week_is_the_coming_week():
    got = resolve_date("next week", SUN)
    assert got is not None and got.date == "2026-05-18"
