"""Nominal triggers after a hyphenated pair of names ("X-Y talks"): both are the parties.
Invented sentences."""
from __future__ import annotations

import pytest


def parties(coded, event: str) -> list[set[str]]:
    names = {a.id: a.name for a in coded.actors}
    return [{names[i] for i in e.actor} for e in coded.events if e.event == event]


@pytest.mark.parametrize("text,pair", [
    ("Ukraine-Russia talks resume in Istanbul", {"Ukraine", "Russia"}),
    ("Armenia-Azerbaijan peace talks stall over the border", {"Armenia", "Azerbaijan"}),
    ("The Serbia-Kosovo talks ended without a deal.", {"Serbia", "Kosovo"}),
])
def test_hyphenated_pair_before_a_nominal_trigger_are_its_parties(code, text, pair):
    assert pair in parties(code(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "The Kyiv-based talks ended without a deal.",  # "-based": no second name
    "A follow-up meeting was planned for May.",
    "Long-range strikes hit the depot.",
])
def test_hyphenated_words_that_are_no_pair_give_no_parties(code, text):
    coded = code(text)
    assert all(not e.actor for e in coded.events), coded.events
