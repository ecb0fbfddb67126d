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


@pytest.mark.parametrize("text,name", [
    ("Lukashenko urges Belarusian elites to keep their money at home", "belarusian elites"),
    ("The Kazakh president urged Kazakh oligarchs to pay more tax", "kazakh oligarchs"),
])
def test_a_demonym_group_of_the_wealthy_is_a_group_not_the_state(code, text, name):
    doc = code(text, published="2022-06-01")
    found = next(e for e in doc.events if e.event == "REQUEST")
    assert [(a.name.lower(), a.kind) for i in found.recipient if (a := doc.actor(i))] == [(name, "group")]


@pytest.mark.parametrize("text,country", [
    ("Leader of the breakaway Transnistria republic flies to Moscow", "MDA"),
    ("Leader of the self-styled Abkhazia republic meets Russian envoy", "GEO"),
])
def test_a_place_compounded_on_a_polity_noun_gives_the_role_its_country(code, text, country):
    doc = code(text, published="2022-06-01")
    leader = next(a for a in doc.actors if a.role == "leader")
    assert leader.country == country
