"""Event places, sixteenth round of issue "core IV". Invented sentences.

- A city (or cities) said to lie in a name, a river bank "of" it, or progress made in it make
  the name an area: of a city and its same-name first-level division the division is meant
  (``area`` in ``lexicon/place_cues.yaml``, read by ``PlacesComponent._area_cue``).
- A name opening a hyphenated participle ("Kremlin-controlled", "Russia-backed") is a modifier:
  it is not the event's place (``where._holder_compound``), and after a comma it qualifies
  nothing ("X, Russia-backed officials say" does not put X in Russia:
  ``PlacesComponent._appositions``).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

DAY = "2026-05-13"

DIVISION = [  # a city in the name, a bank of it, progress in it: the oblast
    ("Russian troops seized a small city in Sumy, the minister said.", "seized", "Sumy"),
    ("Drones struck three cities in Poltava before dawn on Sunday.", "struck", "Poltava"),
    ("Rockets struck a city in Zaporizhzhia overnight, the governor said.", "struck",
     "Zaporizhzhia"),
    ("Marines retreated to the south bank of Mykolaiv after heavy losses.", "retreated",
     "Mykolaiv"),
    ("Army brigades were making steady progress in Kherson and Luhansk, a general said.", "making",
     "Kherson"),
]
TOWN = [  # no such word, "X city", or a capital: the town
    ("Missiles struck a shopping centre in Kharkiv city on Monday.", "struck", "Kharkiv"),
    ("Rockets hit apartment blocks in Mykolaiv overnight, the mayor said.", "hit", "Mykolaiv"),
    ("Drones hit a depot in a city district of Kyiv on Friday.", "hit", "Kyiv"),
    ("Artillery shelled a bridge over the river bank near Kherson's port.", "shelled", "Kherson"),
]


@pytest.mark.parametrize("text,trigger,name,feature",
                         [(*c, "admin1") for c in DIVISION] + [(*c, "city") for c in TOWN])
def test_a_city_in_a_seat_or_progress_in_it_is_its_division(code, text, trigger, name, feature):
    coded = code(text, published=DAY)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.feature == feature and place.name[:3] == name[:3], place


HELD = [  # the hyphenated holder is no site; the held town is
    ("Partisans blew up a fuel depot inside Kremlin-controlled Melitopol on Tuesday.", "blew",
     "Melitopol"),
    ("Guerrillas attacked a barracks within Moscow-held Berdiansk, officials said.", "attacked",
     "Berdiansk"),
]


@pytest.mark.parametrize("text,trigger,name", HELD)
def test_a_holder_compound_is_not_the_events_place(code, text, trigger, name):
    coded = code(text, published=DAY)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.name[:4] == name[:4], place


def test_a_based_compound_alone_gives_no_place(code):
    coded = code("A Berlin-based monitor said gunmen attacked a convoy on Friday.", published=DAY)
    place = _place(coded, _event(coded, "attacked"))
    assert place is None or place.name != "Berlin", place


QUALIFIED = [  # "X, Russia-backed …": X stays the large Ukrainian town, not a Russian namesake
    ("Three people died in shelling of Donetsk, Russia-installed authorities said.", "shelling",
     "Donetsk", "UKR"),
    ("Two women were hurt when rockets hit Donetsk, Moscow-backed officials claimed.", "hit",
     "Donetsk", "UKR"),
    # a real "Town, Country" apposition still qualifies the town
    ("Police detained two men in Portland, Oregon, on Friday.", "detained", "Portland", "USA"),
]


@pytest.mark.parametrize("text,trigger,name,country", QUALIFIED)
def test_a_hyphenated_modifier_after_a_comma_qualifies_nothing(code, text, trigger, name, country):
    coded = code(text, published=DAY)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.name == name and place.country == country, place
