"""Round 48: the partner of an agreement signed ("Chile signed a free trade agreement with Peru").

A reciprocal trigger whose entry names its object (sign or ratify a treaty, agreement, accord,
pact, memorandum …; sign a deal or contract) takes its partner from a "with" phrase the parser
hung on that object, with its conjuncts ("a trilateral memorandum with Finland and Sweden"); a
reciprocal act puts every party in the source (judging rule 10). "Ink" is such a verb too ("inks
gas deal with Y"). Not a "with" phrase of another noun or one naming backing, not when the
clause named a partner already, and not for "ratify" (one side alone ratifies: its partner stays
the target). "Latin American" is a region's adjective, no American. Every sentence is invented.
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
    ("Ecuador signed a defence accord with Colombia and Peru", {"Ecuador", "Colombia", "Peru"}),
])
def test_the_partner_of_a_signing(code, text, both):
    assert any(both <= p for p in parties(code(text, PUB))), parties(code(text, PUB))


@pytest.mark.parametrize("text, absent", [
    ("Chile signed a decree on trade with Peru's neighbours", "Peru"),
    ("India and Japan sign a nuclear deal", "Peru"),
    ("Kenya signed an agreement on Monday, officials in Uganda said", "Uganda"),
    # from the review: a "with" phrase that names backing, not a partner
    ("Peru signed a treaty with European Union backing.", "European Union"),
])
def test_no_partner_from_elsewhere(code, text, absent):
    assert all(absent not in p for p in parties(code(text, PUB)))


def test_a_ratification_keeps_its_partner_as_target(code):
    """From the review: one side alone ratifies ("ratified the defence pact with Russia")."""
    doc = code("Armenia's parliament ratified the defence pact with Russia.", PUB)
    names = {a.id: a.name for a in doc.actors}
    found = [({names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in doc.events]
    assert any("Russia" in tgt and "Russia" not in src for src, tgt in found), found


def test_latin_american_is_no_american(code):
    """From the review: "Latin American" names a region, no US actor ("other Latin American
    countries" had made the United States a signer)."""
    doc = code("Mexico signed a declaration with other Latin American countries on migration.", PUB)
    assert all(a.country != "USA" for a in doc.actors)
