"""Round 79 (twenty-eighth session): office holders named with their body or town.

The pooled held-out judges marked "chief" (for "IAEA chief", "WHO chief") and "Mayor" (for
"Mayor of Kharkiv") as truncated names. A generic role right after a body's name keeps the
body in its name, and the body is its organisation also where the parser broke the phrase at
it (then a known head of the body is found: "IAEA chief" in 2022 is its director general). A
mayor or governor "of" a town is named with the town. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text,name", [
    ("WHO chief says he spoke to Syrian health minister", "WHO chief"),
    ("UN chief urges both sides to open corridors", "UN chief"),
    ("Red Cross chief calls for access to prisoners", "Red Cross chief"),
    ("Mayor of Kharkiv says city will not surrender", "Mayor of Kharkiv"),
    ("The mayor of Irpin said the town was destroyed", "mayor of Irpin"),
    ("Governor of Belgorod says drone hit oil depot", "Governor of Belgorod"),
])
def test_an_office_holder_keeps_its_body_or_town(code, text, name):
    coded = code(text, PUB)
    assert name in [a.name for a in coded.actors if a.kind == "person"], [a.name for a in coded.actors]


def test_a_body_the_parser_broke_off_still_gives_its_head(code):
    coded = code("IAEA chief to travel to Tehran for talks on inspections", PUB)
    assert "Rafael Grossi" in [a.name for a in coded.actors], [a.name for a in coded.actors]


@pytest.mark.parametrize("text,name", [
    ("The governor of the Kherson region urged residents to leave", "governor"),
    ("The Iraqi intelligence chief travelled to Washington.", "Iraqi intelligence chief"),
])
def test_other_office_phrases_are_named_as_before(code, text, name):
    coded = code(text, PUB)
    assert name in [a.name for a in coded.actors], [a.name for a in coded.actors]


@pytest.mark.parametrize("text,name", [
    ("European allies pledge more tanks to Ukraine", "European allies"),
    ("Ukraine's allies pledge more tanks", "Ukraine's allies"),
    ("Baltic allies urged Berlin to send tanks", "Baltic allies"),
    ("The allies agreed to send tanks", "allies"),
])
def test_allies_are_named_with_whose_they_are(code, text, name):
    coded = code(text, PUB)
    allies = [a for a in coded.actors if a.name.endswith("allies")]
    assert [a.name for a in allies] == [name] and allies[0].country is None, [a.name for a in coded.actors]


@pytest.mark.parametrize("text", [
    "Close allies of the president were arrested in Tbilisi.",
    "Other partners pledged aid",
    "New allies joined the coalition",
])
def test_an_ordinary_adjective_is_no_owner_of_allies(code, text):
    coded = code(text, PUB)
    assert any(a.name in ("allies", "partners") for a in coded.actors), [a.name for a in coded.actors]


@pytest.mark.parametrize("text,name", [
    ("Western partners agreed to send more tanks", "Western partners"),
    ("Kyiv's Western allies met on Friday", "Kyiv's Western allies"),
])
def test_region_words_name_allies(code, text, name):
    coded = code(text, PUB)
    assert name in [a.name for a in coded.actors], [a.name for a in coded.actors]


@pytest.mark.parametrize("text,name,country", [
    ("Kremlin spokesperson says talks stalled", "Kremlin spokesperson", "RUS"),
    ("White House spokesperson condemns North Korea's latest missile test", "White House spokesperson",
     "USA"),
])
def test_a_seat_of_government_names_its_spokesperson(code, text, name, country):
    coded = code(text, PUB)
    found = [a for a in coded.actors if a.name == name]
    assert found and found[0].country == country, [(a.name, a.country) for a in coded.actors]
