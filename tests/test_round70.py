"""Round 70: cooperation one party stops giving another, and visas ended, are sanctions.

"Ecuador stopped issuing visas to Colombians", "halted sharing intelligence with Lima": a
verb of ceasing over an act of material cooperation (COOPERATE, AID) reduces relations with
its recipient (CAMEO 16, PLOVER SANCTION); before, it was the cooperation, flagged negated
("stop") or even affirmed ("halted", "suspended"). Visas suspended, scrapped or restricted for
a party's people are the same reduction. A ceasing verb that is itself negated, and a phrase of
time ("stopped X after a call"), are not ceasing the act. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _events(coded) -> list[tuple[str, bool, list[str]]]:
    names = {a.id: a.name for a in coded.actors}
    return [(e.event, e.negated, [names[i] for i in e.recipient]) for e in coded.events]


@pytest.mark.parametrize("text,target", [
    ("Ecuador stopped issuing visas to Colombian nationals", "Colombia"),
    ("Ecuador ceased issuing visas to Venezuelan nationals", "Venezuela"),
    ("Brazil stopped sharing intelligence with Paraguay", "Paraguay"),
    ("Uruguay suspended issuing visas to Bolivian citizens", "Bolivian citizens"),
    ("Sweden halts visa issuance for Iranians", "Iranians"),
    ("Chile suspended visas for Peruvian tourists", "Peruvian tourists"),
])
def test_ending_a_grant_is_a_sanction(code, text, target):
    found = _events(code(text, PUB))
    assert any(e == "SANCTION" and not neg and any(target in t for t in tgt)
               for e, neg, tgt in found), found
    assert not any(e == "COOPERATE" for e, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The museum restricted entry to visitors during the renovation",
    "The airline halted travel to Bali after the eruption",
    "The company stopped issuing dividends",
    "The teacher stopped sharing her notes",
])
def test_no_party_no_sanction(code, text):
    assert not any(e == "SANCTION" for e, _, _ in _events(code(text, PUB)))


def test_a_negated_ceasing_keeps_the_cooperation(code):
    """"did not stop issuing visas": the visas go on being issued (review 71: not negated)."""
    found = _events(code("Ecuador did not stop issuing visas to Colombian nationals", PUB))
    assert not any(e == "SANCTION" for e, _, _ in found), found
    assert any(e == "COOPERATE" and not neg for e, neg, _ in found), found


@pytest.mark.parametrize("text", [
    "Georgia scrapped visa requirements for Indian tourists",
    "Uzbekistan cut visa fees for Chinese tourists",
    "Kazakhstan slashed visa fees for Turkish visitors",
])
def test_visa_requirements_eased_are_no_sanction(code, text):
    """From review 71: scrapping requirements or cutting fees eases entry."""
    assert not any(e == "SANCTION" for e, _, _ in _events(code(text, PUB)))
