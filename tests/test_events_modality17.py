"""Events the text says did not, cannot or may not happen (round modality17): inabilities and
abilities, events called off or put off, contrastive negation, and an ability forecast that is
no demand. Every sentence is invented."""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _modes(doc, event: str) -> list[tuple[bool, bool]]:
    return [(e.negated, e.hypothetical) for e in doc.events if e.event == event]


@pytest.mark.parametrize("text,event", [
    ("Chile may be able to launch a new offensive in March, general says", "ASSAULT"),
    ("Commanders said the Malian army might be able to retake the town by June.", "ASSAULT"),
    ("The Georgian artillery is capable of shelling the port, analysts say.", "ASSAULT"),
])
def test_ability_is_no_act_done(code, text, event):
    doc = code(text, published=PUB)
    assert _modes(doc, event) and all(n or h for n, h in _modes(doc, event)), doc.events


@pytest.mark.parametrize("text", [
    "The rebels were unable to capture the airport at Goma.",
    "Bolivian police are not able to arrest the smugglers, the minister said.",
])
def test_inability_negates(code, text):
    doc = code(text, published=PUB)
    assert doc.events and all(e.negated for e in doc.events), doc.events


def test_means_said_to_suffice_are_no_act(code):
    doc = code("The Peruvian navy has enough ships to blockade the port.", published=PUB)
    assert not [e for e in doc.events if not (e.negated or e.hypothetical)]


@pytest.mark.parametrize("text", [
    "Court hearing for Polish activist postponed",
    "Peace talks between Sudan and Chad called off",
    "Organisers in Yerevan cancelled the protest march against the new pension law.",
    "Officials said the summit of Andean leaders had been put off until autumn.",
])
def test_events_called_off_did_not_take_place(code, text):
    doc = code(text, published=PUB)
    named = [e for e in doc.events if e.trigger.text.lower().split()[-1] in
             ("hearing", "talks", "march", "summit")]
    assert named and all(e.negated for e in named), doc.events


def test_a_verb_of_calling_off_keeps_its_own_act(code):
    """"Serbia postpones talks with Kosovo" is coded on the verb: its act is not negated."""
    doc = code("Serbia postpones talks with Kosovo", published=PUB)
    assert not any(e.negated and e.trigger.text.lower().startswith("postpone") for e in doc.events)


@pytest.mark.parametrize("text,event", [
    ('Georgian army\'s move near the border is "a feint, not a real retreat," officials say', "RETREAT"),
    ("The Kenyan minister said this is a lull, not a ceasefire", "RETREAT"),
])
def test_contrastive_negation_denies_the_second_noun(code, text, event):
    doc = code(text, published=PUB)
    assert _modes(doc, event) and all(n for n, _ in _modes(doc, event)), doc.events


def test_should_be_able_is_a_forecast_not_a_demand(code):
    doc = code("France should be able to end Algerian gas imports by June, minister says",
               published=PUB)
    assert not [e for e in doc.events if e.event == "REQUEST"], doc.events


def test_a_demand_with_should_stays_a_request(code):
    doc = code("Peru should free the detained journalists, the Chilean minister says", published=PUB)
    assert any(e.event == "REQUEST" for e in doc.events), doc.events
