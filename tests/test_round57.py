"""Round 57: more places where a town the tagger read as a body or a person is the town.

Round 56 read a one-word town as the place after a preposition of location, a verb of visiting
or taking, or as the owner of a place noun. The store's headlines showed more: "the town of
Lyman", "north of Sloviansk", "the outskirts of Lyman", "massive shelling of Avdiivka" (the
object of "of" after a place noun, a part or direction of a place, an attack), "the Crimea
bridge", "a Bucha basement" (the owner of a part of a town: ``place_parts``), and a conjunct of
such a place ("in Mariupol and Volnovakha"). Not "shares of Nokia", "a stake in Nokia" stays
as round 56 left it. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, town", [
    ("Four people killed by shelling in the eastern town of Lyman", "Lyman"),
    ("Fighting escalates with massive shelling of Avdiivka", "Avdiivka"),
    ("A Russian attempt to break through north of Sloviansk was foiled", "Sloviansk"),
    ("Fighting reached the outskirts of Lyman on Monday.", "Lyman"),
    ("Ukraine says its drones hit the Crimea bridge again.", "Crimea"),
    ("Separatists claim to have entered the towns of Soledar and Bakhmut", "Soledar"),
])
def test_town_is_no_actor(code, text, town):
    coded = code(text, PUB)
    assert not [a for a in coded.actors if a.name == town], coded.actors


@pytest.mark.parametrize("text, name", [
    ("Shares of Nokia fell sharply", "Nokia"),
    ("Russian forces are moving to Kreminna to hold the line", "Russian forces"),
])
def test_other_readings_stay(code, text, name):
    assert [a for a in code(text, PUB).actors if a.name == name]


def test_officials_of_a_firm_named_like_a_town(code):
    """From the review: "officials of" is said of firms and bodies too."""
    coded = code("Officials of Nokia met Ukrainian ministers in Kyiv on Monday.", PUB)
    assert not [a for a in coded.actors if a.country == "FIN"], coded.actors
