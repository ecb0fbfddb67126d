"""Round 16 of the actor audit (docs/audit/dev-actors16.md), tested on invented sentences
(never sample text): when a sentence's country may be lent to a person or group (class B),
and the people nouns of the Phoenix agents dictionary as parties (class S1).

- B1, a possessor name's last word: "outrage over North Korea's test" is about the state.
- B2, a goal or topic ("support for Peru", "sent to Mali", "protested over Chile",
  ``actors_component.yaml`` ``not_where``) is not where the people are from.
- B3, an act that harmed people ("killed in Chilean strikes", ``harming_acts``) names the
  doer; a place after it ("across Peru") still locates them.
- B4, the state that acts for refugees is their host; "refugees from Syria" keep Syria.
- B5, "foreign", "world", "international", "global" people are from elsewhere, unless the
  two words are one title ("the foreign minister"); "other X" take only their own phrase's.
- S1, Phoenix people nouns (customer, constituent, employee …) are groups, so a directive's
  addressee is a party.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _country(doc, part):
    found = [a for a in doc.actors if part in a.name.lower()]
    assert found, doc.actors
    return found[0].country


@pytest.mark.parametrize("text, part", [
    ("World leaders and envoys voiced outrage over North Korea's latest missile test.", "leaders"),
    ("Diplomats expressed alarm over South Sudan's new border law.", "diplomats"),
    ("Nurses raised money for Peru on Monday.", "nurses"),
    ("Doctors sent vaccines to Ecuador last week.", "doctors"),
    ("At least twelve people were killed in Chilean airstrikes near the coast.", "people"),
    ("At least six people were wounded in a Bolivian attack on the market.", "people"),
    ("Argentina pledged support for refugees on Tuesday.", "refugees"),
    ("Peru took in refugees last year.", "refugees"),
    ("Bolivia denies Chile's claims that it killed 30 foreign fighters near the border.", "fighters"),
    ("International leaders condemned Ruritania for the shelling.", "leaders"),
])
def test_a_country_that_is_no_ones_nationality_is_not_lent(code, text, part):
    assert _country(code(text, PUB), part) is None


@pytest.mark.parametrize("text, part, country", [
    ("At least twelve people were killed in Chilean strikes across Peru.", "people", "PER"),
    ("Chile accepted 500 refugees from Syria.", "refugees", "SYR"),
    ("Prisoners rioted in Chilean jails on Monday.", "prisoners", "CHL"),
    ("The foreign minister met Chilean officials on Monday.", "foreign minister", "CHL"),
    ("Colombia will keep sending fuel to Ecuador, the energy minister says.", "minister", "COL"),
    ("Kharkiv governor tells residents to stay in shelters", "residents", "UKR"),
])
def test_a_sentence_still_lends_its_country_where_the_text_gives_it(code, text, part, country):
    assert _country(code(text, PUB), part) == country


@pytest.mark.parametrize("text, part, country", [
    ("The Peruvian utility urged its customers to cut power use at night.", "customers", "PER"),
    ("The Chilean senator told his constituents to register before Friday.", "constituents", "CHL"),
    ("The Uruguayan bank told its employees to work from home.", "employees", None),
])
def test_phoenix_people_nouns_are_parties(code, text, part, country):
    assert _country(code(text, PUB), part) == country


def test_a_directive_addressee_from_phoenix_is_the_target(code):
    doc = code("The Peruvian utility urged its customers to cut power use at night.", PUB)
    ids = {a.id for a in doc.actors if a.name == "customers"}
    assert any(e.event == "REQUEST" and ids & set(e.recipient) for e in doc.events), doc.events


def test_no_actor_from_a_noun_outside_the_dictionaries(code):
    doc = code("The committee urged the talks to resume on Friday.", PUB)
    assert not any("talks" in a.name.lower() for a in doc.actors), doc.actors
