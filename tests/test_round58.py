"""Round 58: a birthplace is no nationality when the phrase names another country.

"Somali-born US lawmaker", "a Kenyan-born British journalist": the first country word is where
the person was born, the second the country they serve or hold; the coder took the first.
A country word joined by a hyphen to "born" gives way to another country word of the same
phrase; alone ("Iranian-born activist") it still gives the country. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, word, country", [
    ("Somali-born US lawmaker urges State Department to restore aid", "lawmaker", "USA"),
    ("A Kenyan-born British journalist was detained in Ethiopia", "journalist", "GBR"),
    ("Syrian-born German minister visits Damascus", "minister", "DEU"),
    ("Iranian-born activist arrested in Tehran", "activist", "IRN"),
])
def test_country_of_a_born_phrase(code, text, word, country):
    found = [a for a in code(text, PUB).actors if word in a.name]
    assert found and found[0].country == country, found


@pytest.mark.parametrize("text, target", [
    ("A Kenyan-born British journalist criticised Kenya over the crackdown on protesters.", "Kenya"),
    ("A Somali-born American lawmaker urged Somalia to hold free elections.", "Somalia"),
])
def test_birthplace_adds_no_party(code, text, target):
    """From the review: the birthplace's state is no second source of the person's act."""
    coded = code(text, PUB)
    names = {a.id: a.name for a in coded.actors}
    ev = coded.events[0]
    assert [names[a] for a in ev.recipient] == [target] and target not in [names[a] for a in ev.actor]
