"""Round 56: a town the tagger read as an organisation or a person is no actor where the text
uses it as a place.

The small model tags one-word towns of a war's front as ORG or PERSON ("fighting around Lyman",
"crimes in Bucha", "Zelensky visits Bucha"); the actor machinery then made a body or a person
of them, which events took as a party ("target: Bucha"). After a preposition of location, as
the object of a verb of visiting or of taking a place, a one-word name the gazetteer reads as a
town or an area is the place. Not after "from" ("a statement from Nokia": Nokia is a Finnish
town too), not the object of an attack ("attack Hamas positions"), not a subject.
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, town", [
    ("Ukrainian President Zelensky visits Bucha", "Bucha"),
    ("Ukrainian military governor reports heavy fighting around Lyman", "Lyman"),
    ("Zelensky says the world must see what happened in Bucha", "Bucha"),
    ("Government forces surround Lyman after a week of fighting", "Lyman"),
])
def test_town_is_no_actor(code, text, town):
    coded = code(text, PUB)
    assert not [a for a in coded.actors if a.name == town], coded.actors


@pytest.mark.parametrize("text, name", [
    ("A statement from Nokia said sales fell", "Nokia"),
    ("Rebels attack Hamas positions in Gaza", "Hamas"),
    ("Nokia announced it will leave Russia", "Nokia"),
])
def test_bodies_named_like_towns_stay_actors(code, text, name):
    assert [a for a in code(text, PUB).actors if a.name == name]


def test_a_visit_to_a_town_has_no_town_as_party(code):
    coded = code("Ukrainian President Zelensky visits Bucha", PUB)
    names = {a.id: a.name for a in coded.actors}
    assert all(names[a] != "Bucha" for e in coded.events for a in e.actor + e.recipient)


# from the review: "at" and "into" after a noun name bodies too; a titled name is a person's
@pytest.mark.parametrize("text, name", [
    ("Kremlin officials took aim at Nokia after it quit Russia.", "Nokia"),
    ("EU regulators opened an investigation into Nokia over patent licensing.", "Nokia"),
    ("Farmers in Senator Lyman's state protest", "Lyman"),
])
def test_bodies_and_people_named_like_towns(code, text, name):
    assert [a for a in code(text, PUB).actors if a.name == name]


def test_residents_of_a_town(code):
    coded = code("Residents of Hostomel said the shelling stopped", PUB)
    assert not [a for a in coded.actors if a.name == "Hostomel"], coded.actors
