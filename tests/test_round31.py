"""Round 31: a state's duration reached, and the owner of a judged taking of land.

Invented sentences, each coded alone through the real pipeline, with near misses that keep
their coding (docs/audit/dev-round31.md).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names, types

PUB = "2023-05-10"


@pytest.mark.parametrize("text", [
    "The siege of the border town enters its third month.",
    "The blockade of the port marks its first anniversary.",
    "Moscow's Chechnya invasion enters its second year.",
    "The blockade of the port hit its tenth year on Monday.",
    "The siege of the border town passed the 500-day mark on Monday.",
])
def test_a_duration_reached_is_no_new_act(code, text):
    assert not code(text, published=PUB).events


@pytest.mark.parametrize("text,event", [
    ("Russian troops entered the town on Monday.", "MOBILIZE"),
    ("Missiles hit the town for the third day.", "ASSAULT"),
    ("The talks entered their third day in Geneva.", "CONSULT"),
    ("The offensive entered a new phase on Tuesday.", "ASSAULT"),
])
def test_entering_a_place_or_a_phase_keeps_its_event(code, text, event):
    assert event in types(code(text, published=PUB))


@pytest.mark.parametrize("text,land", [
    ("The Kuwait invasion was a mistake, the senator said.", "Kuwait"),
    ("The Tibet annexation was illegal, the exiled leader said.", "Tibet"),
])
def test_a_judged_taking_of_land_criticises_its_taker_not_the_land(code, text, land):
    doc = code(text, published=PUB)
    accusals = [e for e in doc.events if e.event == "ACCUSE"]
    assert accusals and not any(land in " ".join(actor_names(doc, e.recipient)) for e in accusals), \
        [(e.event, actor_names(doc, e.recipient)) for e in doc.events]


@pytest.mark.parametrize("text,owner", [
    ("Iraq's Kuwait invasion was a mistake, the senator said.", "Iraq"),
    ("The Iraqi invasion was a crime, the senator said.", "Iraq"),
])
def test_the_taker_of_a_judged_taking_is_its_target(code, text, owner):
    doc = code(text, published=PUB)
    accusals = [e for e in doc.events if e.event == "ACCUSE"]
    assert accusals and owner in actor_names(doc, accusals[0].recipient), \
        [(e.event, actor_names(doc, e.recipient)) for e in doc.events]
