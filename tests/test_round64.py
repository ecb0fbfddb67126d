"""Round 64: a town qualifying a noun of what happens at a place.

"the Bucha killings", "after the Lyman retreat", "the Crimea invasion": the tagger reads the town
as a body or a person, and it became an actor with no country. A one-word town the gazetteer
knows that qualifies a noun of an event at a place (``place_events``, or an attack noun) is where
it happened. Not a firm's work ("a Bloomberg poll") nor an ordinary word. Every sentence is
invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


@pytest.mark.parametrize("text,town", [
    ("Kenya condemned the Hostomel killings.", "Hostomel"),
    ("Critics blamed the generals for the Hostomel retreat.", "Hostomel"),
    ("France pledges Peru will not go unpunished for Bucha killings", "Bucha"),
    ("Analysts weigh what the Izium victory means for the war", "Izium"),
])
def test_a_town_qualifying_an_event_is_no_actor(code, text, town):
    coded = code(text, PUB)
    assert not [a for a in coded.actors if a.name == town], coded.actors


@pytest.mark.parametrize("text,name", [
    ("A Bloomberg poll shows that voters are leaving the party.", "Bloomberg"),
    ("Lyman mayor says the town is under fire", "Lyman mayor"),
])
def test_near_misses_keep_their_actor(code, text, name):
    """A firm's poll is the firm's; a town's office is an actor of the town."""
    coded = code(text, PUB)
    assert [a for a in coded.actors if a.name == name], coded.actors
