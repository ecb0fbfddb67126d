"""Unrealised acts by class of governing predicate (round modality20): readiness adjectives
(future), openness adjectives (a stance, no event), capability nouns (no act), a headline
infinitive under a trailing attribution (future), and the reverse: attempts told as made and
acts under evidential or factive verbs stay affirmed. Every sentence is invented."""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _flags(doc, event: str) -> list[tuple[bool, bool, bool]]:
    return [(e.negated, e.future, e.hypothetical) for e in doc.events if e.event == event]


@pytest.mark.parametrize("text,event", [
    ("Sweden ready to tighten sanctions on Iran", "SANCTION"),
    ("Spain to expel Venezuelan diplomats, says foreign ministry", "SANCTION"),
    ("Chad to send troops to Niger, state radio says", "MOBILIZE"),
    ("Norwegian banks poised to freeze the assets of Belarusian oligarchs", "SANCTION"),
])
def test_readiness_and_headline_plans_are_future(code, text, event):
    doc = code(text, published=PUB)
    assert _flags(doc, event) and all(f for _, f, _ in _flags(doc, event)), doc.events


@pytest.mark.parametrize("text", [
    "Portugal is open to new sanctions on Syria, minister says",
    "Mexico is receptive to talks with the cartel, officials say",
    "The rebels lack the capability to shell the capital.",
    "The army has the capability to strike targets deep inside Chad.",
])
def test_stance_or_capability_is_no_event(code, text):
    doc = code(text, published=PUB)
    assert not [e for e in doc.events if not (e.negated or e.hypothetical or e.future)], doc.events


@pytest.mark.parametrize("text,event", [
    ("Sudanese troops repelled several attempted raids on the border post.", "ASSAULT"),
    ("The rebels attempted to storm the barracks on Tuesday.", "ASSAULT"),
    ("Ethiopian forces managed to capture the town on Sunday.", "ASSAULT"),
    ("Fiji confirms it expelled Australian diplomats", "SANCTION"),
])
def test_real_acts_stay_affirmed(code, text, event):
    doc = code(text, published=PUB)
    assert _flags(doc, event) and all(f == (False, False, False) for f in _flags(doc, event)), doc.events


def test_readiness_to_cooperate_is_agree(code):
    doc = code("Belgium ready to host talks between Serbia and Kosovo", published=PUB)
    assert [e for e in doc.events if e.event == "AGREE"], doc.events
