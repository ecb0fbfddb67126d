"""Round 46: a country named on an aid noun of a measure of funding receives the aid ("Senate
passes $5 billion Sudan aid bill", "Japan unveils $500 million Sri Lanka aid package").

An aid noun that qualifies a funding noun (``funding_nouns``: bill, package, law, legislation) or
whose phrase counts money names a measure of funding; a country's name on it (not its
possessor, not its demonym, not an abbreviation that stands for a giver: "US aid package") is
who receives, also with no other country in the sentence, also when the parser hung the name on
the funding noun or read it as an adjective, and also for a name of two words. The subject of
the verb whose object the measure is (``funding_verbs``: pass, sign, unveil, announce …) gives
it. Every sentence is invented.
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
    ("Here's what's in the $2 billion Moldova aid package that the president signed", None, "Moldova"),
])
def test_the_named_country_receives(code, text, giver, receiver):
    found = aid(code(text, PUB))
    assert any(receiver in tgt and receiver not in src and (giver is None or giver in src)
               for src, tgt in found), found


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
