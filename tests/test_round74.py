"""Round 74: a place named before a trip noun is where the trip goes.

"Modi wraps up Japan visit", "returned to Kyiv following US trip", "the chancellor's Beijing
visit": the country of the place before the noun is the visited (the target, PLOVER's host),
never a visitor, when the noun has no "to" phrase of its own ("a US visit to Kyiv" is the US
visitors' trip). The visitors, when the noun names none, are the subject of the verb it is the
object of or hangs on (a pronoun for its antecedent). Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _visit(coded) -> tuple[list[str], list[str]]:
    names = {a.id: a.name for a in coded.actors}
    e = next(e for e in coded.events if e.event == "CONSULT" and e.mode == "visit")
    return [names[i] for i in e.actor], [names[i] for i in e.recipient]


@pytest.mark.parametrize("text,visitor,host", [
    ("Modi wraps up Japan visit with defence deal", "Narendra Modi", "Japan"),
    ("Lula returns to Brasilia following his China trip", "Luiz Inácio Lula da Silva", "China"),
    ("Ruto says he has returned to Nairobi following US trip", "Ruto", "United States"),
    ("Scholz concludes his Brazil visit with a trade deal", "Olaf Scholz", "Brazil"),
])
def test_the_place_before_the_trip_is_visited(code, text, visitor, host):
    actor, recipient = _visit(code(text, PUB))
    assert visitor in actor and host in recipient and host not in actor, (actor, recipient)


def test_a_trip_to_a_place_keeps_its_visitors_named_before(code):
    actor, recipient = _visit(code("A US visit to Kyiv by senators was kept secret", PUB))
    assert "Ukraine" not in actor


@pytest.mark.parametrize("text", [
    "The Kenyan president's Nairobi visit drew large crowds",
    "Kenyan President William Ruto wraps up Mombasa visit",
])
def test_a_trip_at_home_has_no_host(code, text):
    """From the review: a place of the visitor's own country is no host state."""
    coded = code(text, PUB)
    names = {a.id: a.name for a in coded.actors}
    assert not any("Kenya" in [names[i] for i in e.recipient] for e in coded.events)
