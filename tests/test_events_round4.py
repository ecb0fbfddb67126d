"""Event detection, second round on unseen news (issue 11): classes of words coded as events
that are not events in the sentence, and classes of real events the rules missed.

Every sentence here is invented."""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle

PUB = "2022-06-01"


def types(doc: CodedArticle) -> list[str]:
    return [e.event for e in doc.events if not e.negated]


# ------------------------------------------- non-political senses: what the verb acts on


@pytest.mark.parametrize("text, event", [
    # a relative pronoun stands for its noun: a thing as subject of a verb of permitting
    ("A tax scheme that allows landlords to defer payments will lapse next year.", "CONCEDE"),
    ("The new rule, which permits shops to open on Sundays, starts in May.", "CONCEDE"),
    # a machine or a sum pushing a thing
    ("The club's bus pushed the barrier aside.", "REQUEST"),
    ("Late donations pushed the total past five million dollars.", "REQUEST"),
    # a media object released, also in a reduced relative
    ("Turnout was low, according to a survey released on Monday.", "RETREAT"),
    ("The campaign aired an advert released by its own press team.", "RETREAT"),
    # animals and pests are not victims of political violence
    ("Hunters will kill deer in the park.", "ASSAULT"),
    ("Farmers killed thousands of locusts with new sprays.", "ASSAULT"),
    # "talk like": a manner of speaking
    ("Her fans hate hearing him talk like a pundit.", "CONSULT"),
    # "the wounded": victims named by an adjective
    ("The charity's volunteers were evacuating the wounded from the camp.", "ASSAULT"),
    ("Medics carried the injured to a school gym.", "ASSAULT"),
])
def test_everyday_sense_is_no_event(code, text, event):
    assert event not in types(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("The junta, which allowed the rally, faces new protests.", "CONCEDE"),
    ("The hostages released by the rebels flew home.", "RETREAT"),
    ("The rebels freed on Sunday twelve hostages seized in May.", "RETREAT"),
    ("Britain pushed Ghana to accept the loan terms.", "REQUEST"),
    ("Gunmen killed four farmers near the dam.", "ASSAULT"),
    ("The militia wounded three guards at the gate.", "ASSAULT"),
    ("Negotiators for the two sides talked late into the night.", "CONSULT"),
])
def test_political_sense_stays_an_event(code, text, event):
    assert event in types(code(text, PUB))
