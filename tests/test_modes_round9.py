"""Round 9 of the modes: acts that are only possible, kinds of people, and acts still to come,
tested on invented sentences.

- A right, a chance or a reason to act ("has the right to veto", "a chance to question the
  minister") is no act done; "used X as a pretext to invade" is (the invasion came).
- "There are voters who support the mayor" says what some people do; past acts stay events.
- "the next attack" is still to come and nobody's promise: future and hypothetical, no THREATEN.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import affirmed_types, types

PUB = "2021-05-03"


@pytest.mark.parametrize("text", [
    "Each member state has the right to veto new sanctions.",
    "The country has every right to defend itself against rocket fire.",
    "The opposition has a chance to criticize the government in the debate.",
    "The rebels see no reason to release the prisoners.",
    "The minister had the opportunity to meet the rebel envoy in Oslo last week.",
    "Parliament gave the police the power to arrest and detain protesters.",
])
def test_right_chance_or_reason_to_act_is_no_act(code, text):
    assert not affirmed_types(code(text, PUB)) & {"SANCTION", "SUPPORT", "ASSAULT", "ACCUSE",
                                                   "RETREAT", "CONSULT", "COERCE"}


@pytest.mark.parametrize("text, event", [
    ("The envoy seized the chance to criticize the junta in front of the cameras.", "ACCUSE"),
    ("The governor used the opportunity to praise the volunteers.", "SUPPORT"),
])
def test_a_chance_taken_is_an_act_done(code, text, event):
    assert event in affirmed_types(code(text, PUB))


def test_an_act_done_by_a_means_stays(code):
    assert "ASSAULT" in affirmed_types(code("The army attacked the bridge on Friday.", PUB))


@pytest.mark.parametrize("text", [
    "There are many voters who support the mayor.",
    "There are officials who criticize the plan in private.",
])
def test_present_relative_on_an_existential_pivot_is_generic(code, text):
    assert not types(code(text, PUB)) & {"SUPPORT", "ACCUSE"}


def test_past_relative_on_an_existential_pivot_stays(code):
    doc = code("There were gunmen who attacked the convoy near the border on Monday.", PUB)
    assert "ASSAULT" in affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "The city is preparing for the next attack.",
    "Villagers dug shelters to prepare for the next attack.",
])
def test_the_next_attack_is_no_threat_and_not_affirmed(code, text):
    doc = code(text, PUB)
    assert "THREATEN" not in types(doc)
    assert "ASSAULT" not in affirmed_types(doc)


def test_a_next_attack_that_came_stays(code):
    doc = code("Troops shelled the town overnight and attacked the village at dawn.", PUB)
    assert "ASSAULT" in affirmed_types(doc)
