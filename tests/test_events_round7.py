"""Round 7 of the event audit (US political news and war headlines): each class below is a
kind of sentence Parley coded wrongly or missed, tested on invented sentences.

War news: destruction told with an unusual verb ("blew up", "knocked out" the grid), refusals
("turned down", "unwillingness to …"), handing over captives (RETREAT).
US news: everyday senses ("turn out voters", "make ends meet"), habits ("periodically"),
opinion told as agreement ("most economists agree that …", "there is agreement that …").
"""
from __future__ import annotations

import pytest

from tests.event_helpers import affirmed_types, types

PUB = "2022-06-01"


# ---------------------------------------------------------------- destruction with unusual verbs
@pytest.mark.parametrize("text", [
    "Partisans blew up a fuel train outside the garrison town.",
    "A rail bridge near the front was blown up on Sunday.",
    "Separatist gunners knocked out two radar stations on the coast.",
])
def test_destruction_of_property_is_coded(code, text):
    """PLOVER codes blowing up property COERCE (CAMEO 1712 destroy property)."""
    assert "COERCE" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The children blew up balloons for the party.",
    "The boxer was knocked out in the third round.",
])
def test_everyday_blowing_and_knocking_are_no_event(code, text):
    assert not types(code(text, PUB)) & {"ASSAULT", "COERCE"}


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize("text", [
    "The prime minister turned down the union's pay offer.",
    "The junta showed complete unwillingness to negotiate with the monks.",
])
def test_refusals_are_reject(code, text):
    assert "REJECT" in affirmed_types(code(text, PUB))


def test_what_is_refused_is_not_affirmed(code):
    doc = code("The rebels' refusal to withdraw from the valley stalled the talks.", PUB)
    assert "RETREAT" not in affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "Both parties need to turn out their supporters in the autumn.",
    "The governor hopes to turn out young voters in the suburbs.",
])
def test_turning_out_voters_is_no_refusal(code, text):
    assert "REJECT" not in types(code(text, PUB))


# ---------------------------------------------------------------- handing over captives
@pytest.mark.parametrize("text", [
    "The militia handed over six kidnapped engineers' bodies and two hostages to the Red Cross.",
    "Insurgents handed over twelve captured soldiers to tribal elders.",
])
def test_handing_over_captives_is_retreat(code, text):
    assert "RETREAT" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- everyday senses, habits
@pytest.mark.parametrize("text", [
    "Pensioners in the valley can barely make ends meet.",
    "Many nurses work two jobs to make ends meet.",
])
def test_making_ends_meet_is_no_meeting(code, text):
    assert "CONSULT" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The mayor periodically holds meetings with shop owners.",
    "The two presidents meet annually at the border.",
])
def test_periodic_acts_are_habits(code, text):
    assert "CONSULT" not in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- opinion told as agreement
@pytest.mark.parametrize("text", [
    "Most economists agree that the fuel subsidy wasted money.",
    "Analysts agreed that the governor's budget was too optimistic.",
    "There was broad agreement that the city should build more housing.",
])
def test_shared_opinion_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed that border guards would pull back.",
    "The two ministers agreed to resume flights in May.",
])
def test_agreement_between_parties_stays(code, text):
    assert "AGREE" in types(code(text, PUB))


# ---------------------------------------------------------------- alarms, pending acts
@pytest.mark.parametrize("text", [
    "Reporters heard explosions and air raid sirens over the port city.",
    "Families spent the night in a bomb shelter under the school.",
])
def test_alarms_and_shelters_are_no_attacks(code, text):
    assert not types(code(text, PUB)) & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize("text", [
    "The minister said tougher sanctions on the junta are in the pipeline.",
    "A prisoner exchange remains on the table, the mediator said.",
])
def test_pending_acts_are_not_affirmed(code, text):
    doc = code(text, PUB)
    assert doc.events and not affirmed_types(doc)


def test_a_common_threat_is_no_threat(code):
    assert "THREATEN" not in types(code("Both neighbours must face common threats from the north.", PUB))


# ---------------------------------------------------------------- coercion with other verbs
@pytest.mark.parametrize("text", [
    "The regime forced the closure of the last independent radio station.",
    "Militiamen are stealing cattle from farmers in the border district.",
])
def test_forced_closures_and_theft_are_coerce(code, text):
    assert "COERCE" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- objects told by a relative clause
@pytest.mark.parametrize("text", [
    "The only documents that the mayor released were two old tax returns.",
    "The files the ministry released on Monday showed no wrongdoing.",
])
def test_records_released_in_a_relative_clause_are_no_release(code, text):
    assert "RETREAT" not in types(code(text, PUB))


def test_captives_released_in_a_relative_clause_stay_a_release(code):
    doc = code("The hostages that the rebels released on Sunday reached the capital.", PUB)
    assert "RETREAT" in types(doc)
