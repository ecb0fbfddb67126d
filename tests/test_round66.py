"""Round 66: legislatures, tribunals and regulators as bodies (Phoenix agents, [~LEG], [~JUD]),
and a country word with a body's role that the tagger read as a person's name ("Kenyan Senate
condemns …") is that country's body, not a person with no country. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


@pytest.mark.parametrize("text,country", [
    ("Kenyan Senate condemns police killings of protesters", "KEN"),
    ("Bolivian Senate condemns the attack on the embassy", "BOL"),
])
def test_a_national_body_read_as_a_person(code, text, country):
    coded = code(text, PUB)
    names = {a.id: a for a in coded.actors}
    accuse = [e for e in coded.events if e.event == "ACCUSE"]
    assert accuse, coded.events
    sources = [names[i] for i in accuse[0].actor]
    assert any(a.kind != "person" and a.country == country for a in sources), sources


def test_a_regulator_is_a_body(code):
    coded = code("The Russian regulator blocked access to the Estonian news site.", PUB)
    assert [a for a in coded.actors if "regulator" in a.name.lower() and a.country == "RUS"], coded.actors


@pytest.mark.parametrize("text,name", [
    ("Senator Kenyatta Ruiz condemned the attack on the embassy", "Kenyatta Ruiz"),
    ("Tunisian Parliament suspended by the president", "Tunisian Parliament"),
])
def test_near_misses(code, text, name):
    """A person's name, and a body the tagger read as one: unchanged."""
    assert [a for a in code(text, PUB).actors if a.name == name]
