"""Round 39: a danger told, no threat made (``plain_senses.danger_not_threat``), and an alarm
named even when the parser reads its noun as a verb (``frames.alarm_compound``).

"Threaten" whose subject, or passive agent, is an event noun or a circumstance or thing
(``perils``) and no party endangers: no THREATEN. A party that threatens (rebels, an army,
farmers, a militia) keeps the event. "Air raid sirens" read as "air raid" + a verb "sirens" is
still an alarm, not a raid. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text", [
    "Rising prices threaten to push millions into poverty, UN says",
    "The Ethiopian offensive threatens stability across the region, analysts say",
    "Chile's economy threatened by the copper slump, minister says",
    "Rebel gains threaten to cut off the capital",
    "The blockade threatens to starve the island, aid groups warn",
    "Peru says missiles that threaten its coast must be removed",
])
def test_danger_is_no_threat(code, text):
    assert "THREATEN" not in {e.event for e in code(text, PUB).events}, text


@pytest.mark.parametrize("text", [
    "The militia threatened to attack the airport",
    "Sudan's army threatens rebels with airstrikes",
    "Farmers threaten to block roads in Lima",
    "Bolivia threatened to expel the Chilean ambassador over the dispute",
])
def test_party_threat_stays(code, text):
    assert "THREATEN" in {e.event for e in code(text, PUB).events}, text


@pytest.mark.parametrize("text", [
    "Explosions heard in Chisinau as air raid sirens sound across Moldova",
    "Crowds gather in the square as air raid sirens wail over Tbilisi",
])
def test_alarm_read_as_verb_is_no_raid(code, text):
    assert "COERCE" not in {e.event for e in code(text, PUB).events}, text


@pytest.mark.parametrize("text", [
    # from the review: parties named by a noun that also names an act keep their threat
    "A Chilean patrol threatened Peruvian fishermen near the islands.",
    "The occupiers threatened residents of the valley with deportation.",
    "The protest movement threatened to block the main highways into Lima.",
])
def test_party_named_by_an_act_noun_threatens(code, text):
    assert "THREATEN" in {e.event for e in code(text, PUB).events}, text


@pytest.mark.parametrize("text", [
    "Rising inflation threatens the fragile ceasefire between the two militias.",
    # from the second review: a state that is the danger, and what a danger may bring about
    "The towns are threatened by the occupation, said the governor.",
    "Soaring fuel prices threaten to push two million Bolivians into poverty, the bank warned",
    "The offensive threatens to cut the main supply road between the two towns.",
    "War threatens to push the island into famine, UN says",
    # the state endangered told in the passive
    "The fragile truce between the two militias is threatened by the blockade of the port.",
])
def test_endangered_or_feared_is_no_event(code, text):
    doc = code(text, PUB)
    assert not doc.events, doc.events


@pytest.mark.parametrize("text", [
    "Chilean shelling threatens the dam above the town, the agency warns",
    "The town is threatened by renewed shelling along the border",
])
def test_endangering_act_stays_affirmed(code, text):
    doc = code(text, PUB)
    kinds = {e.event for e in doc.events}
    assert "THREATEN" not in kinds and "ASSAULT" in kinds, doc.events  # the act, no threat
    assert not any(e.hypothetical for e in doc.events if e.event == "ASSAULT")
