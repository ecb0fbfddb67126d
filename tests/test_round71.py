"""Round 71: a state's protest of another's act, goods given "with", and condemned fire.

- "Ecuador protests Peru's seizure of its fishing boats": a state or its office protesting
  another's act lodges an official complaint (CAMEO 114, ACCUSE), not a demonstration; a crowd
  protesting a law stays PROTEST.
- "Spain to supply Morocco with four patrol boats": the goods of a verb of equipping are in its
  "with" phrase and its object is the recipient (AID; told as still to come, a promise: AGREE).
- "Israel condemns Hamas rocket fire": a word the lexicon matched as force is no blaze, so the
  criticism of it is political (before, "fire" read as a natural fire vetoed the ACCUSE).

Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _found(coded) -> list[tuple[str, list[str], list[str]]]:
    names = {a.id: a.name for a in coded.actors}
    return [(e.event, [names[i] for i in e.actor], [names[i] for i in e.recipient])
            for e in coded.events]


@pytest.mark.parametrize("text,source,target", [
    ("Ecuador protests Peru's seizure of Ecuadorian fishing boats", "Ecuador", "Peru"),
    ("Ukraine protests Russian shelling of Kharkiv", "Ukraine", "Russia"),
    ("The Greek foreign ministry protested Turkish overflights of its islands", "Greek", "Turkey"),
])
def test_a_state_protesting_an_act_accuses(code, text, source, target):
    found = _found(code(text, PUB))
    assert any(e == "ACCUSE" and any(source in x for x in s) and target in t
               for e, s, t in found), found


@pytest.mark.parametrize("text", [
    "Students protested the new tuition law outside parliament",
    "Workers protested the pension reform in Lima",
])
def test_a_crowd_protesting_a_law_stays_a_protest(code, text):
    found = _found(code(text, PUB))
    assert any(e == "PROTEST" for e, _, _ in found) and not any(e == "ACCUSE" for e, _, _ in found)


@pytest.mark.parametrize("text,giver,receiver", [
    ("Spain supplied Morocco with four patrol boats", "Spain", "Morocco"),
    ("France provided Chad with counter-drone systems last year", "France", "Chad"),
    ("Japan supplied the Philippines with coastal radars", "Japan", "Philippines"),
])
def test_goods_given_with(code, text, giver, receiver):
    found = _found(code(text, PUB))
    assert any(e == "AID" and giver in s and receiver in t for e, s, t in found), found


def test_goods_promised_with_are_a_promise(code):
    found = _found(code("Canada will provide Haiti with armoured vehicles", PUB))
    assert any(e == "AGREE" and "Canada" in s and "Haiti" in t for e, s, t in found), found


def test_a_supply_of_no_goods_is_no_aid(code):
    """"provided the court with documents": no goods of the list."""
    found = _found(code("The ministry provided the court with documents on Monday", PUB))
    assert not any(e in ("AID", "AGREE") for e, _, _ in found), found


def test_condemned_rocket_fire_is_criticism(code):
    found = _found(code("Israel condemns Hamas rocket fire on Tel Aviv", PUB))
    assert any(e == "ACCUSE" and "Israel" in s and "Hamas" in t for e, s, t in found), found


def test_a_blaze_stays_no_event(code):
    assert _found(code("Firefighters battled the fire in the capital", PUB)) == []


@pytest.mark.parametrize("text,source,target", [
    ("Peru protested Chile's detention of Peruvian fishermen", "Peru", "Chile"),
    ("Serbia protested against Kosovo's arrest of a Serbian official", "Serbia", "Kosovo"),
    ("India protested over China's renaming of border villages", "India", "China"),
    ("Ukraine's foreign ministry protests Belarus's decision to host nuclear weapons", "Ukrain",
     "Belarus"),
])
def test_a_state_protesting_wins_over_the_demonstration_entry(code, text, source, target):
    """From review 71: the demonstration entry's acts, decisions, and "against"/"over"."""
    found = _found(code(text, PUB))
    assert any(e == "ACCUSE" and any(source in x for x in s) and target in t
               for e, s, t in found), found


def test_equipping_with_other_goods_keeps_its_cooperation(code):
    """From review 71: "equip X with goggles" is left to the dictionary tier (COOPERATE)."""
    found = _found(code("France equipped the Nigerien army with night-vision goggles", PUB))
    assert any(e in ("COOPERATE", "AID") for e, _, _ in found), found
