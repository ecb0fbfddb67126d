"""Round 34: sanctions and aid worded through trade, membership, a firm's exit and aid's kind.

Invented sentences, each coded alone through the real pipeline, with near misses that keep
their coding (docs/audit/dev-round34.md). Classes: a buyer that stops buying or phases out a
party's goods; a state's status or membership in a body revoked or suspended, also by a body
whose name holds a word that alone names a sports team ("league"); a party's removal from a
body told as a noun; a firm's exit told as a noun or by a subject named with what it is
("retailer Walmart"); support or funding named by its kind.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names, types

PUB = "2023-05-10"


def _sanctions(doc):
    return [(actor_names(doc, e.actor), actor_names(doc, e.recipient))
            for e in doc.events if e.event == "SANCTION"]


@pytest.mark.parametrize("text,target", [
    ("India stopped buying Iranian oil in May.", "Iran"),
    ("The refinery will cease importing Venezuelan crude next month.", "Venezuela"),
    ("The steelmaker stopped importing Russian iron ore last year.", "Russia"),
    ("Spain will phase out Moroccan phosphate imports.", "Morocco"),
    ("Washington suspended Cuba's observer status.", "Cuba"),
    ("The Arab League suspended Libya's membership on Saturday.", "Libya"),
    ("The expulsion of Venezuela from the trade bloc was confirmed on Friday.", "Venezuela"),
    ("Brussels announced the expulsion of several Iranian banks from the payment network.", "Iran"),
    ("The German retailer announced its exit from Turkey.", "Turkey"),
    ("US retailer Walmart leaves Germany after years of losses", "Germany"),
])
def test_a_sanction_worded_through_trade_membership_or_exit(code, text, target):
    found = _sanctions(code(text, PUB))
    assert any(target in recipients for _, recipients in found), (text, found)


def test_a_firm_leaving_the_country_still_sanctions(code):
    assert "SANCTION" in types(code("The Dutch bank left the country after the crackdown.", PUB))


def test_aid_named_by_its_kind(code):
    doc = code("Canada announced new military support for Kenya.", PUB)
    assert any(e.event == "AID" and "Kenya" in actor_names(doc, e.recipient) for e in doc.events)


@pytest.mark.parametrize("text,absent", [
    ("The league suspended the striker for three matches.", "SANCTION"),
    ("Farmers stopped buying fertiliser after prices doubled.", "SANCTION"),
    ("Germany will phase out coal power by 2038.", "SANCTION"),
    ("The senator criticised the campaign funding rules.", "AID"),
    ("Voters voiced strong support for the mayor.", "AID"),
    ("Britain completed its withdrawal from Afghanistan.", "SANCTION"),
    ("Army spokesman Ivan Petrov left the town on Monday.", "RETREAT"),
    ("The club stopped buying foreign players.", "SANCTION"),
    # review mends: goods of a firm or a product, a firm leaving part of a town
    ("The navy will phase out purchases of older Seahawks from a Texas plant.", "SANCTION"),
    ("The carmaker stopped buying Bosch sensors in 2019.", "SANCTION"),
    ("US retailer Walmart leaves Dallas neighbourhood after thefts", "SANCTION"),
    # store check: aid that is one's own budget or only needed, a removal naming no one removed
    ("The president boosts the nation's military funding.", "AID"),
    ("The mayor says the town needs humanitarian support.", "AID"),
    ("Expulsion from the council would be unjust, the delegation says.", "SANCTION"),
])
def test_near_misses_keep_their_coding(code, text, absent):
    assert absent not in types(code(text, PUB)), text


@pytest.mark.parametrize("text,removed,remover", [
    ("Chad's suspension from the African Union drew protests.", "Chad", "African Union"),
    ("Gabon's expulsion from the African Union was confirmed.", "Gabon", "African Union"),
])
def test_the_possessor_of_a_removal_is_removed(code, text, removed, remover):
    found = _sanctions(code(text, PUB))
    assert any(removed in recipients and removed not in actors and remover in actors
               for actors, recipients in found), (text, found)
