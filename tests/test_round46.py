"""Round 46: a country named on an aid noun of a measure of funding receives the aid ("Senate
passes $5 billion Sudan aid bill", "Japan unveils $500 million Sri Lanka aid package").

An aid noun that qualifies a funding noun (``funding_nouns``: bill, package, law, legislation)
names a measure of funding. A country's name on it (not its possessor, not its demonym, not an
abbreviation that stands for a giver: "US aid package", "UAE aid package") is who receives when
the measure is legislation (bill, law, legislation) or someone else passes, signs or unveils it
(``funding_verbs``; the subject, a relative clause's subject or a passive's agent, who then
gives it) — also when the parser hung the name on the funding noun or read it as an adjective,
and for a name of two words. A package nobody else gives may be the named country's own ("Qatar
aid package … arrives in …"). Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def aid(doc):
    names = {a.id: a.name for a in doc.actors}
    return [({names[i] for i in e.actor}, {names[i] for i in e.recipient})
            for e in doc.events if e.event == "AID"]


@pytest.mark.parametrize("text, giver, receiver", [
    ("Senate passes $5 billion Sudan aid bill", "Senate", "Sudan"),
    ("Japan unveils $500 million Sri Lanka aid package", "Japan", "Sri Lanka"),
    ("Lawmakers expect to pass a $1 billion Somalia aid package this week", "lawmakers", "Somalia"),
    ("The president signs the Chad aid law", "president", "Chad"),
    ("Here's what's in the $2 billion Moldova aid package that the president signed", "president",
     "Moldova"),
    # from the reviews: a passive's agent gives
    ("The Chad aid package was announced by Germany", "Germany", "Chad"),
])
def test_the_named_country_receives(code, text, giver, receiver):
    found = aid(code(text, PUB))
    assert any(receiver in tgt and receiver not in src and giver in src for src, tgt in found), found


@pytest.mark.parametrize("text, giver, receiver", [
    ("US aid package for Kenya includes armoured vehicles", "United States", "Kenya"),
    ("The $300 million US aid package arrives in Kenya", "United States", "Kenya"),
    ("EU aid for Sudan reaches Darfur camps", "European Union", "Sudan"),
    ("Russia sends humanitarian aid to Syria", "Russia", "Syria"),
    ("Saudi Arabia's aid package for Yemen totals $500 million", "Saudi Arabia", "Yemen"),
])
def test_a_givers_aid_keeps_its_giver(code, text, giver, receiver):
    found = aid(code(text, PUB))
    assert any(giver in src and receiver in tgt for src, tgt in found), found


@pytest.mark.parametrize("text, giver", [
    # from the reviews: a package nobody else passes or unveils may be the giver's own
    ("Qatar aid package worth $50 million arrives in Port Sudan", "Qatar"),
    ("The UAE aid package worth $50 million arrived in Port Sudan on Friday.", "United Arab Emirates"),
])
def test_an_arriving_package_keeps_its_giver(code, text, giver):
    found = aid(code(text, PUB))
    assert found and all(giver not in tgt for _, tgt in found), found


def sanctions(doc):
    names = {a.id: a.name for a in doc.actors}
    return [({names[i] for i in e.actor}, {names[i] for i in e.recipient})
            for e in doc.events if e.event == "SANCTION"]


@pytest.mark.parametrize("text, target", [
    # from the review: a sanctions measure names whom it targets, as an aid measure its receiver
    ("The House passed a Peru sanctions bill on Tuesday", "Peru"),
    ("Senate passes Iran sanctions bill", "Iran"),
    ("Congress passes $2 billion Venezuela sanctions package", "Venezuela"),
])
def test_a_sanctions_measure_names_its_target(code, text, target):
    found = sanctions(code(text, PUB))
    assert any(target in tgt and target not in src for src, tgt in found), found
