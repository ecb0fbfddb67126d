"""Round 23, invented sentences only: a state's possessive owns the name after it.

"Japan's Defense Ministry", "Chile's Boric", "Latvia's Parliament": the body or person the NER
found takes the possessor's country, and an event names that body, not the bare state. A name
the lexicon knows for another state or as an IGO, by a generic alias, is the owner's own body
("Peru's Congress" is not the US Congress, "Russia's Security Council" not the UN's), keeping
the namesake's sector (or its own last word's). Not: an acronym or an IGO's own
full name, an armed group or NGO the lexicon knows ("Iran's Hezbollah": a patron), a name that
qualifies a following noun, a capital or demonym owner, a US state's namesake ("Georgia's"), a
country word ending a longer name ("New Mexico's", "Brian France's"), a plan, cup or plant
("China's Global Security Initiative"), a span the NER ran on into a headline's verb.
"""
from __future__ import annotations

import pytest

PUB = "2023-05-10"


def _named(doc, name: str):
    return [a for a in doc.actors if a.name == name]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Japan's Defense Ministry protested the missile launch.", "Defense Ministry", "JPN"),
    ("Latvia's Parliament declared the regime a sponsor of terrorism.", "Parliament", "LVA"),
    ("Nigeria's Supreme Court dismissed the appeal on Friday.", "Supreme Court", "NGA"),
    ("Chile's Boric criticized the court ruling.", "Boric", "CHL"),
    ("Peru’s Congress impeached the president.", "Congress", "PER"),
    ("Russia's Security Council met to discuss the strike.", "Security Council", "RUS"),
    ("Turkey's National Security Council warned of new operations.", "National Security Council", "TUR"),
])
def test_a_possessive_state_owns_the_name(code, text, name, country):
    doc = code(text, PUB)
    found = _named(doc, name)
    assert found and all(a.country == country for a in found), doc.actors
    assert not [a for a in doc.actors if a.name in ("US Congress", "UN Security Council")]


def test_the_owned_body_keeps_the_namesakes_sector(code):
    doc = code("Brazil's Congress approved the tax reform on Tuesday.", PUB)
    body = _named(doc, "Congress")
    assert body and body[0].country == "BRA" and body[0].sector == "GOV", doc.actors


def test_the_event_names_the_body_not_the_state(code):
    doc = code("Britain's Labour Party called for an inquiry into the contracts.", PUB)
    requests = [e for e in doc.events if e.event == "REQUEST"]
    assert requests and [doc.actor(i).name for i in requests[0].actor] == ["Labour Party"]


def test_two_owners_two_bodies(code):
    doc = code("Kenya's Supreme Court annulled the vote, while Nigeria's Supreme Court upheld it.", PUB)
    assert sorted(a.country for a in _named(doc, "Supreme Court")) == ["KEN", "NGA"]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Iran's Hezbollah fired rockets at the border town.", "Hezbollah", "LBN"),  # a patron
    ("Russia's Gazprom cut supplies to Poland.", "Gazprom", "RUS"),
    ("Ukraine's Zelensky met Poland's Duda in Rzeszow.", "Andrzej Duda", "POL"),
])
def test_a_known_group_person_or_same_country_body_stays(code, text, name, country):
    doc = code(text, PUB)
    found = _named(doc, name)
    assert found and found[0].country == country, doc.actors


@pytest.mark.parametrize(("text", "name"), [
    ("Germany's leader offered full support to Finland's NATO bid.", "NATO"),  # an acronym
    ("Armenia asked Russia's Collective Security Treaty Organization for help.", "CSTO"),
    ("Georgia's Supreme Court upheld the ban on Tuesday.", "Supreme Court"),  # the US state's?
    ("New Mexico's Supreme Court struck down the ordinance.", "Supreme Court"),  # a longer name
    ("China's Global Security Initiative was discussed at the summit.", "Global Security Initiative"),
])
def test_no_owner_country(code, text, name):
    doc = code(text, PUB)
    assert all(a.country is None for a in _named(doc, name)), doc.actors


def test_a_phrase_the_parser_took_for_a_body_is_no_owned_body(code):
    doc = code("The envoy Criticised Russia's Recognition of the Separatists", PUB)
    assert not [a for a in doc.actors if "Recognition" in a.name and a.country == "RUS"]


def test_congolese_is_the_democratic_republics(code):
    # "Congo" is the DRC, and so is "Congolese" (the Republic is named by name or capital)
    doc = code("Congolese troops clashed with rebels near the border.", PUB)
    assert {a.country for a in doc.actors if "troops" in a.name} == {"COD"}, doc.actors
