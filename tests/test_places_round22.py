"""Round 22, places: a name right after a town ("Bakhmut in Donetsk", "Saraqib, Idlib") that a
city and the town's own first-level division share is the division, and the event sits at the
town. A bare name keeps its old reading; so do a list of towns, people's origin ("from A in B"),
a country ("A, Mexico"), a comma that ends a clause and a district of the city itself.
Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import place_of

PUB = "2022-06-01"


def _place(coded, text):
    found = [p for p in coded.places if any(m.text == text for m in p.mentions)]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "town", "division"), [
    ("Russian missiles struck Kramatorsk in Donetsk on Monday.", "Kramatorsk", "Donetsk"),
    ("Separatist fighters attacked Popasna in Luhansk.", "Popasna", "Luhansk"),
    ("Syrian jets bombed Saraqib in Idlib on Tuesday.", "Saraqib", "Idlib"),
    ("Artillery fire hit Nova Kakhovka in Kherson on Sunday.", "Nova Kakhovka", "Kherson"),
])
def test_a_division_named_after_its_seat_is_the_division_after_a_town(code, text, town, division):
    coded = code(text, PUB)
    assert _place(coded, division).feature == "admin1"
    placed = [place_of(coded, e) for e in coded.events if e.event == "ASSAULT"]
    assert placed and all(p is not None and p.name == town for p in placed)


@pytest.mark.parametrize(("text", "name"), [
    ("Missiles hit Donetsk overnight, the mayor said.", "Donetsk"),
    ("Two people were wounded in Lviv in western Ukraine.", "Lviv"),
])
def test_a_name_with_no_town_before_it_keeps_its_reading(code, text, name):
    assert _place(code(text, PUB), name).feature == "city"


@pytest.mark.parametrize("text", [
    "Officials in Kyiv, Donetsk and Kharkiv reported blackouts.",  # a capital first
    "Blackouts were reported in Kramatorsk, Donetsk and Kharkiv on Monday.",  # a list of towns
    "Sirens sounded in Sloviansk, Kramatorsk, Donetsk and Mariupol.",
])
def test_a_list_of_towns_is_no_town_and_division(code, text):
    assert _place(code(text, PUB), "Donetsk").feature == "city"


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("Displaced families from Oleshky in Kherson queued for water.", "Kherson", "city"),
    ("Gunmen killed two people in Toluca, Mexico, on Sunday.", "Mexico", "country"),
    ("Missiles hit flats in Saltivka in Kharkiv overnight.", "Kharkiv", "city"),
    ("After drones hit Vovchansk, Kharkiv officials said the city was calm.", "Kharkiv", "city"),
    ("Sirens sounded in Kramatorsk, Donetsk, Kharkiv and Sumy.", "Donetsk", "city"),
    ("When the army retook Balakliia, Kharkiv in turn came under fire.", "Kharkiv", "city"),
    ("Officials held talks on Kupiansk in Kharkiv on Friday.", "Kharkiv", "city"),
    ("A benefit concert for Nova Kakhovka in Kherson raised money.", "Kherson", "city"),
    ("The convoy travelled through Chuhuiv, Kharkiv, then Poltava.", "Kharkiv", "city"),
    ("Police reported a shooting in Queens, New York, on Sunday.", "New York", "city"),
])
def test_an_origin_a_country_a_district_or_a_clause_keeps_the_old_reading(code, text, name, feature):
    assert _place(code(text, PUB), name).feature == feature


def test_a_town_region_country_triple_is_read_as_town_division(code):
    coded = code("Heavy shelling hit Kramatorsk, Donetsk, Ukraine, on Monday.", PUB)
    assert _place(coded, "Donetsk").feature == "admin1"
