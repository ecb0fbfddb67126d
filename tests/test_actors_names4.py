"""Actor names, fourth round (invented sentences; docs/components/actors.md): capitalised
headline modifiers ending in a demonym are no person's name but the title's country, and a
one-word name qualifying a facility or thing noun names that thing."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,country", [
    ("Jailed Belarusian activist Ales Kovalenko meets his lawyer", "Ales Kovalenko", "BLR"),
    ("Freed Russian pilot Ivan Sokolov arrives in Minsk", "Ivan Sokolov", "RUS"),
])
def test_headline_modifiers_ending_in_a_demonym_are_a_title(code, text, name, country):
    doc = code(text, published="2022-06-01")
    people = {a.name: a.country for a in doc.actors if a.kind == "person"}
    assert people[name] == country
    assert not [n for n in people if n.startswith(("Jailed", "Freed"))]


@pytest.mark.parametrize("text,name", [
    ("Rebels destroy Petrovsky bridge near the river, an official says", "Petrovsky"),
])
def test_a_name_qualifying_a_facility_is_not_a_person(code, text, name):
    doc = code(text, published="2022-06-01")
    assert name not in {a.name for a in doc.actors}
