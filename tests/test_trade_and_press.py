"""Round 19: everyday senses of shipping and asking in US political news
(trade_and_press.commercial_shipment and reporters_question). Every sentence is invented; each
class has several, and controls (acts of parties) that must stay."""
from __future__ import annotations

import pytest

PUB = "2016-09-20"


def types(doc):
    return {e.event for e in doc.events}


@pytest.mark.parametrize("text, event", [
    # a shipment of a traded commodity, or one that is sold: trade, not aid
    ("The first barley shipment left the port of Fremantle, the farm ministry said.", "AID"),
    ("About 70,000 tonnes of Argentine wheat were shipped to Egypt, the ministry said.", "AID"),
    ("Peru expects to ship 3 million tons of copper ore per year.", "AID"),
    ("80,000 tonnes of Romanian barley shipped to Jordan, port officials say", "AID"),
    ("Last year's coal shipments sold for about $55 a ton, the broker said.", "AID"),
    ("The latest shipments to Rotterdam fetched about $90 a tonne, traders said.", "AID"),
    # asking for information, or putting a direct question: a reporter's question
    ("The governor, asked for details on Monday, declined to answer.", "REQUEST"),
    ("The talk show host asked him for more information about his tax plan.", "REQUEST"),
    ("So I ask you again: do you back the school levy?", "REQUEST"),
    ("Let me ask you this: would you veto the pension bill?", "REQUEST"),
    ("I must ask you, will Senator Hadley attend the gala?", "REQUEST"),
])
def test_everyday_sense_is_no_event(code, text, event):
    assert event not in types(code(text, published=PUB))


@pytest.mark.parametrize("text, event", [
    # aid, weapons, a party asked: the events stay
    ("Germany sent arms shipments to Poland last week.", "AID"),
    ("US aid shipments arrived in Haiti over the weekend.", "AID"),
    ("Shipments of humanitarian grain arrived in Yemen on Monday.", "AID"),
    ("Canada shipped artillery shells to Ukraine in March.", "AID"),
    ("Ukraine asked its allies for more weapons.", "REQUEST"),
    ("Poland asked Germany for tanks on Tuesday.", "REQUEST"),
    ("The president asked Congress to approve the relief package.", "REQUEST"),
    ("Zelensky asked NATO, would it close the sky over Kyiv?", "REQUEST"),
    ("Iran released two American sailors on Friday.", "RETREAT"),
])
def test_act_of_a_party_stays(code, text, event):
    assert event in types(code(text, published=PUB))
