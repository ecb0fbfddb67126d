"""modes16: a policy only weighed and a stance with a negated "can" are no events (judging
rule 2); real refusals, meetings and committed plans stay. All sentences invented."""
from __future__ import annotations

import pytest

from parley.nlp.events import load_modifiers

PUB = "2022-06-01"


@pytest.mark.parametrize("cue", [*load_modifiers().deliberation, *load_modifiers().resolve],
                         ids=lambda c: "/".join(sorted(c.lemmas))[:30])
def test_cue_examples_code_no_event(code, cue):
    assert not code(cue.example, PUB).events, cue.example


@pytest.mark.parametrize("text", [
    "Norway is considering sanctioning two Belarusian banks.",
    "Canberra weighs easing tariffs on Chinese barley",
    "The Bolivian senate plans to consider annexation of the disputed islands",
    "The alliance is looking at a larger deployment in Romania.",
    "Chile is thinking about expelling the Bolivian envoy.",
    "Ghana will explore possible arrangements for a ceasefire in the north",
    "The premier said Lisbon cannot allow the separatists to win.",
    "The governor says he can't guarantee the safety of returning fishermen",
    "Peru's new sanctions package proposal includes a ban on Chilean copper",
])
def test_weighed_or_stated_acts_are_no_events(code, text):
    assert not code(text, PUB).events, text


@pytest.mark.parametrize(("text", "event", "future"), [
    ("Peru refused to allow inspectors into the mine.", "REJECT", False),
    ("Moldova will send troops to the border next week.", "MOBILIZE", True),
    ("The minister told reporters after meeting the Chilean envoy that talks went well.",
     "CONSULT", False),
    ("The cabinet considered the proposal and imposed sanctions on Iran.", "SANCTION", False),
    ("Norway sanctioned two Belarusian banks.", "SANCTION", False),
    ("Peru imposed sanctions on Chile after the ceasefire collapsed", "RETREAT", False),
    ("The president signed the sanctions bill against Chile on Friday.", "SANCTION", False),
    ("Chilean officials eye the Lima summit for progress on the border", "CONSULT", True),
])
def test_real_acts_stay(code, text, event, future):
    doc = code(text, PUB)
    hits = [e for e in doc.events if e.event == event]
    assert hits and hits[0].future == future, [(e.event, e.trigger.text) for e in doc.events]


def test_a_request_weighed_was_made(code):
    doc = code("Lisbon weighs Angolan requests for access to its grain reserves", PUB)
    assert "REQUEST" in {e.event for e in doc.events}


@pytest.mark.parametrize("text", [
    "The Chilean envoy asked Brazil for rifles and further sanctions on Peru.",
    "Ghana tabled a resolution for a truce in the north.",
    "Kenyan farmers petitioned the governor for an embargo on Ugandan maize.",
])
def test_what_is_asked_for_is_no_event_but_the_request_may_be(code, text):
    doc = code(text, PUB)
    assert not {e.event for e in doc.events} & {"SANCTION", "RETREAT"}, text


@pytest.mark.parametrize("cue", load_modifiers().asked_for, ids=lambda c: str(c.dep))
def test_asked_for_examples_code_no_asked_act(code, cue):
    doc = code(cue.example, PUB)
    assert not {e.event for e in doc.events} & {"SANCTION", "RETREAT"}, cue.example
