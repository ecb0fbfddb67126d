"""Round 14 of the actor audit (classes M3 of docs/audit/dev-actors14.md), tested on invented
sentences (never sample text).

- A weapon system's name before its thing noun, with modifiers between ("Patriot air
  defense system", "Javelin anti-tank missiles"), is no person.
- People nouns the role lexicon lacked (media figures, athletes, competitors): "<demonym>
  <noun>" is a group of that country, not the state.
- The press's epithet for the IAEA ("the UN nuclear watchdog") is the agency, not the UN.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, name", [
    ("Archer air defense system included in new aid for Chile, officials say", "Archer"),
    ("Archer anti-tank missiles arrived in Lima on Monday.", "Archer"),
    ("Gepard anti-tank missiles arrived in Lima on Monday.", "Gepard"),
    ("Javelin anti-tank missiles were handed to Bolivian units.", "Javelin"),
])
def test_a_weapon_system_name_before_its_modified_thing_noun_is_no_person(code, text, name):
    doc = code(text, PUB)
    persons = {a.name for a in doc.actors if a.kind == "person"}
    assert not any(name in p for p in persons)


def test_a_person_before_a_non_thing_noun_stays_a_person(code):
    doc = code("Tomas Ruiz criticized the Chilean strikes on Monday.", PUB)
    assert "Tomas Ruiz" in {a.name for a in doc.actors if a.kind == "person"}


@pytest.mark.parametrize("text, name, country, sector", [
    ("Chilean media personalities demanded a blockade of Callao.", "media personalities", "CHL", "MED"),
    ("Peruvian propagandists cheered the strike on the Chilean port.", "propagandists", "PER", "MED"),
    ("A Bolivian commentator mocked the new Peruvian tariff.", "commentator", "BOL", "MED"),
    ("Bolivian athletes were barred from the regional games.", "athletes", "BOL", "CVL"),
    ("The federation banned Peruvian competitors from the tournament.", "competitors", "PER", "CVL"),
])
def test_a_demonym_people_noun_is_a_group_of_the_country_not_the_state(code, text, name, country, sector):
    doc = code(text, PUB)
    hits = [a for a in doc.actors if a.name.endswith(name)]
    assert hits and hits[0].country == country and hits[0].sector == sector
    assert not [a for a in doc.actors if a.kind == "state" and a.country == country]


@pytest.mark.parametrize("text", [
    "Peru thanked the UN nuclear watchdog for its report.",
    "The U.N. atomic watchdog urged Chile to allow inspectors.",
    "Bolivia asked the United Nations nuclear watchdog to visit the reactor.",
])
def test_the_un_nuclear_watchdog_is_the_iaea(code, text):
    doc = code(text, PUB)
    names = {a.name for a in doc.actors}
    assert "IAEA" in names and "United Nations" not in names


def test_a_national_nuclear_watchdog_is_not_the_iaea(code):
    doc = code("Japan's nuclear watchdog approved the restart of the reactor.", PUB)
    assert "IAEA" not in {a.name for a in doc.actors}


# ---------------------------------------------------------------- M4b: an untagged city on a role
@pytest.mark.parametrize("text, country", [
    ("Kharkiv governor says shelling hit two schools", "UKR"),
    ("Mariupol mayor urges families to leave before the convoy departs", "UKR"),
    ("Cusco mayor criticizes the Bolivian blockade", "PER"),
    ("Rosario governor warns truckers against a strike", "ARG"),
])
def test_a_city_qualifying_a_role_gives_the_holder_its_country(code, text, country):
    doc = code(text, "2022-06-01")
    holders = [a for a in doc.actors if a.role in ("mayor", "governor")]
    assert holders and holders[0].country == country


def test_a_role_word_before_a_role_is_no_city(code):
    doc = code("Deputy mayor warns truckers against a strike", "2022-06-01")
    assert all(a.country is None for a in doc.actors if a.role and "mayor" in a.role)


def test_a_city_body_of_state_kind_is_not_the_state(code):
    doc = code("Head of Rosario military administration announces a curfew", "2022-06-01")
    assert "ARG" not in {a.country for a in doc.actors if a.kind == "state"}


# ---------------------------------------------------------------- M4c: the other side's country
@pytest.mark.parametrize("text, name, wrong", [
    ("A rights group accused Chilean police of torture.", "rights group", "CHL"),
    ("International leaders condemned Bolivia for the massacre.", "leaders", "BOL"),
    ("Human rights monitors criticized Peruvian troops over the raids.", "monitors", "PER"),
    ("Peruvian troops were denounced by a rights group.", "rights group", "PER"),
])
def test_a_description_opposing_a_party_takes_not_its_country(code, text, name, wrong):
    doc = code(text, PUB)
    found = [a for a in doc.actors if a.name.lower().endswith(name)]
    assert found and all(a.country != wrong for a in found)


def test_a_description_beside_a_non_opposing_verb_still_takes_the_one_country(code):
    doc = code("Officials welcomed Chilean troops in the border town.", PUB)
    assert "CHL" in {a.country for a in doc.actors if a.name.lower().endswith("officials")}


# ---------------------------------------------------------------- M3f: titles split by the tagger
@pytest.mark.parametrize("text", [
    "US secretary of state says talks with Peru will resume",
    "The Chilean secretary of state met Peruvian envoys in Lima.",
])
def test_an_of_title_is_not_split_into_a_role_and_a_body(code, text):
    doc = code(text, PUB)
    names = {a.name.lower() for a in doc.actors}
    assert "state" not in names
    assert any(a.role == "secretary of state" for a in doc.actors)


@pytest.mark.parametrize("text", [
    "Peru says it discussed the blockade in meeting with UN secretary-general",
    "Bolivia's president spoke by phone with the NATO secretary-general",
])
def test_a_hyphened_title_read_as_an_adjective_is_one_role(code, text):
    doc = code(text, PUB)
    names = {a.name.lower() for a in doc.actors}
    assert "secretary" not in names and "general" not in names
    assert any(a.role and a.role.endswith("secretary-general") for a in doc.actors)


# ---------------------------------------------------------------- M3: the office sought
@pytest.mark.parametrize("text, office", [
    ("The teachers' union endorsed Maria Lopez for governor on Monday.", "governor"),
    ("Carlos Vega announced he will run for president next year.", "president"),
    ("The nurses backed Ana Ruiz for mayor.", "mayor"),
])
def test_a_bare_office_after_for_is_no_actor(code, text, office):
    doc = code(text, "2016-06-01")
    assert office not in {a.name.lower() for a in doc.actors}


def test_a_determined_holder_after_for_stays_an_actor(code):
    doc = code("The committee wrote a letter for the president on Monday.", "2016-06-01")
    assert any(a.role == "president" for a in doc.actors)


@pytest.mark.parametrize("text, name", [
    ("War crimes trial for Chilean soldier opens in Lima", "soldier"),
    ("Court reduces sentence for jailed Bolivian colonel", "colonel"),
])
def test_a_headline_person_after_for_stays_an_actor(code, text, name):
    doc = code(text, PUB)
    assert any(a.name.lower().endswith(name) for a in doc.actors)
