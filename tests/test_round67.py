"""Round 67: the addressee of a demand, threat or promise said in a talk with someone.

"Germany and France demand a ceasefire in a call with Y", "urges calm in a phone call with Y":
the act had no addressee of its own, and the one met in the talk it was said in is the one it is
said to. Only for acts aimed at their addressee (REQUEST, THREATEN, AGREE), never criticism or
praise ("condemned X's vote in a meeting with Y" judges X); only as a last resort, when no other
recipient was found. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _recipients(coded, event: str) -> list[str]:
    names = {a.id: a.name for a in coded.actors}
    found = [e for e in coded.events if e.event == event]
    assert found, coded.events
    return [names[i] for i in found[0].recipient]


@pytest.mark.parametrize("text,addressee", [
    ("Chilean and Peruvian leaders urge an immediate ceasefire in call with Maduro", "Nicolás Maduro"),
    ("Boric presses for the release of prisoners during talks with Ortega", "Ortega"),
    ("Peru's president urges calm in phone call with Bolivia's leader", "Bolivia's leader"),
])
def test_the_one_met_is_asked(code, text, addressee):
    assert addressee in _recipients(code(text, PUB), "REQUEST")


@pytest.mark.parametrize("text,event,target", [
    ("Chile asks for more time in talks with Argentina", "REQUEST", "Argentina"),
    ("Macron pledges more weapons to Kenya during call with Ruto", "AGREE", "Kenya"),
])
def test_near_misses_keep_their_recipient(code, text, event, target):
    """A recipient found otherwise stays."""
    assert target in _recipients(code(text, PUB), event)


@pytest.mark.parametrize("text", [
    "Scholz urged Europe in a call with Ruto to send more weapons.",
    "Lula urged Europe to send more aid in a call with Petro.",
])
def test_an_addressee_of_its_own_is_kept(code, text):
    """From the review: "urged Europe (to …)" names whom it asks, an actor or not."""
    coded = code(text, PUB)
    names = {a.id: a.name for a in coded.actors}
    for e in coded.events:
        if e.event == "REQUEST":
            met = ("William Ruto", "Ruto", "Gustavo Petro", "Petro")
            assert not any(names[i] in met for i in e.recipient)


def test_a_threat_of_an_act_in_talks_is_said_to_the_one_met(code):
    """From the review: the parser hangs the talk on the act threatened ("to cut")."""
    coded = code("Russia threatened to cut gas supplies in talks with Moldova.", PUB)
    assert "Moldova" in _recipients(coded, "THREATEN")


def test_criticism_is_not_aimed_at_the_one_met(code):
    coded = code("Chile's envoy condemns Bolivian-backed votes in meeting with Peru's foreign minister", PUB)
    names = {a.id: a.name for a in coded.actors}
    for e in coded.events:
        if e.event == "ACCUSE":
            assert not any("Peru" in names[i] or "foreign minister" in names[i] for i in e.recipient)
