"""Recall classes of round 15 (issue core III): war-headline events Parley missed, fixed as a
class and checked against near misses. Every sentence here is invented.

1. Repelling: repelling, repulsing, fighting off or beating back an attack or an advance is
   fighting by the defender (ASSAULT, CAMEO 190 REPULSE block). The attack noun governed by the
   verb used to absorb the dictionary tier's weaker bare "repel" and code an attack with no
   actor. The subject must be a force or a state named by its place name (a pronoun subject of
   a reported clause is the reporter): a politician "repelling an attack on her record" does
   not fight. Repelling a named party ("repelled the rebels") stays fighting. An attack whose
   doer is named ("repel Libyan assaults") stays an event of its own besides the repelling.
2. Physical assault on a person: kicking, punching, slapping or clubbing a person noun is
   ASSAULT (beat); "kicking out" correspondents is an expulsion (SANCTION expel).
3. Downing: "to down" an aircraft, a drone or a missile is to shoot it down (ASSAULT aerial);
   downing a drink is nothing.
"""
from __future__ import annotations

import pytest

PUB = "2023-03-02"


def events(code, text):
    doc = code(text, PUB)
    return [(e.event, e.mode) for e in doc.events if not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text, event, mode", [
    ("Armenian troops repelled several Azerbaijani attempts to cross the river.", "ASSAULT", None),
    ("Ethiopian troops have repelled rebel advances in Tigray, officials say", "ASSAULT", None),
    ("Estonia repelled a border incursion by Ruritanian forces", "ASSAULT", None),
    ("Malian soldiers fought off a jihadist raid on their base.", "ASSAULT", None),
    ("Kurdish forces beat back an offensive on the town", "ASSAULT", None),
    ("Government troops repelled the rebels near the river crossing.", "ASSAULT", None),
    ("Armenian military says several attempts to advance in Syunik have been repulsed", "ASSAULT", None),
    ("The Armenian army says it has repelled several attempts to cross the river", "ASSAULT", None),
    ("Syrian air defences downed an Israeli drone near the coast.", "ASSAULT", "aerial"),
    ("Azerbaijan says it downed an Armenian fighter jet", "ASSAULT", "aerial"),
    ("Riot police kicked two protesters outside the court.", "ASSAULT", "beat"),
    ("Belarusian police detain marchers, kick at least one, in central Minsk", "ASSAULT", "beat"),
    ("The junta kicked out two foreign correspondents.", "SANCTION", "expel"),
])
def test_class_is_coded(code, text, event, mode):
    assert (event, mode) in events(code, text)


def test_repelling_names_the_defender(code):
    doc = code("Chadian troops repelled a rebel assault on the garrison town", PUB)
    found = [e for e in doc.events if e.event == "ASSAULT" and not e.hypothetical]
    assert found
    actors = {a.id: a.name for a in doc.actors}
    names = {actors[i] for e in found for i in e.actor}
    assert any("troops" in n for n in names)


def test_named_attack_repelled_stays_an_event(code):
    doc = code("Chadian troops repel Libyan assaults near the border", PUB)
    actors = {a.id: a.name for a in doc.actors}
    doers = [{actors[i] for i in e.actor} for e in doc.events if e.event == "ASSAULT"]
    assert len(doers) == 2


def test_named_advance_repelled_stays_an_event(code):
    doc = code("Georgian forces repel Russian advance towards the mountain pass", PUB)
    assert {"ASSAULT", "MOBILIZE"} <= {e.event for e in doc.events}


@pytest.mark.parametrize("text, event", [
    ("The senator repelled the attack on her record in the debate", "ASSAULT"),
    ("Fans downed their drinks before the match", "ASSAULT"),
    ("She repelled the attack on her record in the debate, aides say", "ASSAULT"),
    ("The striker kicked the ball into the net", "ASSAULT"),
    ("The junta kicked out two foreign correspondents.", "ASSAULT"),
    ("Talks kicked off with a speech by the mediator", "ASSAULT"),
    ("The company pushed back the launch of its new phone", "ASSAULT"),
])
def test_near_miss_is_not_coded(code, text, event):
    assert event not in {e for e, _ in events(code, text)}


@pytest.mark.parametrize("text", [
    "Troops repelled several attacks near the border",
    "Soldiers repelled two assaults on the bridge overnight",
    "Guards repelled repeated raids on the depot",
])
def test_unnamed_attack_repelled_is_one_event(code, text):
    """An attack whose doer is not named is absorbed by the repelling, whatever actor happens
    to sit at the same token index as the attack's modifier (session 21's fix: the check looked
    up an actor by token index where character offsets were meant)."""
    doc = code(text, PUB)
    assert len([e for e in doc.events if e.event == "ASSAULT"]) == 1
