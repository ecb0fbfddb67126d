"""Round 72: a state or a people named for its forces moving into or toward a named place.

"Ukraine pushes further toward Kherson", "Russians push into Donetsk": metonymy (as round 15
read "Ukraine repelled the advance"): the state or the people stands for its forces, and a
verb of forward movement into or toward a named place is a troop movement (MOBILIZE). A place
is required: "pushes toward EU membership", "moves toward a new constitution", "pushes into new
markets" are no troop movements. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _mobilized(coded) -> list[str]:
    names = {a.id: a.name for a in coded.actors}
    return [names[i] for e in coded.events if e.event == "MOBILIZE" for i in e.actor]


@pytest.mark.parametrize("text,mover", [
    ("Eritreans pushed into the Tigray region on Monday", "Eritreans"),
    ("Azerbaijan pushes further toward Lachin", "Azerbaijan"),
    ("Armenia pressed into Nagorno-Karabakh overnight", "Armenia"),
    ("Sudan advanced toward El Fasher on Tuesday", "Sudan"),
])
def test_a_state_or_people_moving_into_a_place(code, text, mover):
    assert mover in _mobilized(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Ukraine pushes further toward EU membership",
    "Kenya pushes into new markets in Asia",
    "Chile presses toward a deal with Bolivia",
    "Biden pushes into the final week of the campaign",
    "The premier was pushed into a corner by the opposition",
    "Afghans pushed into Iran by the thousands after the fall of the capital",
    "Mexico pushes into the US market with cheap steel",
])
def test_no_place_no_troop_movement(code, text):
    assert _mobilized(code(text, PUB)) == []
