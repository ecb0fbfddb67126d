"""Round 48: the partner of an agreement signed ("Chile signed a free trade agreement with Peru").

A reciprocal trigger whose entry names its object (sign or ratify a treaty, agreement, accord,
pact, memorandum …; sign a deal or contract) takes its partner from a "with" phrase the parser
hung on that object, with its conjuncts ("a trilateral memorandum with Finland and Sweden"); a
reciprocal act puts every party in the source (judging rule 10). "Ink" is such a verb too ("inks
gas deal with Y"). Not a "with" phrase of another noun, and not when the clause named a partner
already. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def parties(doc):
    names = {a.id: a.name for a in doc.actors}
    return [{names[i] for i in e.actor + e.recipient} for e in doc.events
            if e.event in ("SUPPORT", "AGREE")]


@pytest.mark.parametrize("text, both", [
    ("Turkey signs trilateral memorandum with Finland and Sweden", {"Turkey", "Finland", "Sweden"}),
    ("Chile signed a free trade agreement with Peru on Monday", {"Chile", "Peru"}),
    ("Egypt inks gas deal with Israel", {"Egypt", "Israel"}),
    ("Ghana ratified the border treaty with Togo in March", {"Ghana", "Togo"}),
])
def test_the_partner_of_a_signing(code, text, both):
    assert any(both <= p for p in parties(code(text, PUB))), parties(code(text, PUB))


@pytest.mark.parametrize("text, absent", [
    ("Chile signed a decree on trade with Peru's neighbours", "Peru"),
    ("India and Japan sign a nuclear deal", "Peru"),
    ("Kenya signed an agreement on Monday, officials in Uganda said", "Uganda"),
])
def test_no_partner_from_elsewhere(code, text, absent):
    assert all(absent not in p for p in parties(code(text, PUB)))
