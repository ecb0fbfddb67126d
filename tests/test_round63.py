"""Round 63: a demonym before a body's name the tagger left outside it.

"Russian defense ministry claims it created two corridors": the entity tagger reads "defense
ministry" as the body and "Russian" apart, so the body had no country and "Russia" stood beside it
as a second actor. A demonym right before a body word's name that qualifies its head owns it, as a
possessive already did ("Japan's Defense Ministry"). Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


@pytest.mark.parametrize("text,country", [
    ("Russian defense ministry claims it created two sea corridors", "RUS"),
    ("Russian defense ministry signs contracts for new air defense systems", "RUS"),
    ("French foreign ministry warns citizens to leave Belarus", "FRA"),
])
def test_a_demonym_owns_the_body_after_it(code, text, country):
    coded = code(text, PUB)
    ministry = [a for a in coded.actors if "ministry" in a.name]
    assert ministry and ministry[0].country == country, coded.actors
    # no second actor for the demonym
    assert not [a for a in coded.actors if a.kind == "state" and a.country == country], coded.actors


@pytest.mark.parametrize("text,country", [
    ("Chilean defense ministry says it sent two ships", "CHL"),
    ("Japan's defense ministry protested the flights", "JPN"),
])
def test_near_misses(code, text, country):
    """The demonym inside the body's own entity, or a possessive: placed before, unchanged."""
    coded = code(text, PUB)
    ministry = [a for a in coded.actors if "ministry" in a.name]
    assert ministry and ministry[0].country == country, coded.actors
