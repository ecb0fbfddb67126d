"""Round 55: who puts a measure into force holds it.

A nominal event carried by a verb that does not name an act of its own takes the verb's
subject ("Russia stepped up attacks", "Canada unveils sanctions": ``support`` verbs in
``event_modifiers.yaml``). Verbs of implementing, enforcing, toughening, broadening or
maintaining a measure were missing, so "UK will implement sanctions on Iran" had sanctions by no
one. Everyday measures are no events ("the hospital will implement new visiting rules").
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _sanction_sources(coded):
    names = {a.id: a.name for a in coded.actors}
    return [[names[a] for a in e.actor] for e in coded.events if e.event == "SANCTION"]


@pytest.mark.parametrize("text, who", [
    ("UK will implement sanctions on Iran", "United Kingdom"),
    ("The EU will enforce sanctions targeting Iranian oil exports", "European Union"),
    ("Japan toughens sanctions on Myanmar generals", "Japan"),
    ("Australia maintains sanctions on Russian banks", "Australia"),
    ("Canada broadens its sanctions against Belarus", "Canada"),
])
def test_the_one_enforcing_a_measure_holds_it(code, text, who):
    assert [who] in _sanction_sources(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The hospital will implement new visiting rules",
    "Engineers implement a new payment system",
])
def test_everyday_measures_are_no_events(code, text):
    assert not code(text, PUB).events
