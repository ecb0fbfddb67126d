"""Round 9 of the event audit: judged classes fixed, tested on invented sentences (never
sample text).

Non-events: a phone call dated "on <day>" is no "call on" somebody (REQUEST); a court appeal
and winning voters' favour are no appeal for help; a speaker's obligation on themselves ("I
must tell you") is no demand; "due to the threat of strikes" is a cause, not a scheduled act
(so no THREATEN); an ability ("can retake") is no act done.
Missed events: troop advances as nouns and forces closing in (MOBILIZE), suspension of a party
from a body (SANCTION), granting a party a status (SUPPORT).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import affirmed_types, types

PUB = "2022-06-01"


# ---------------------------------------------------------------- dated calls and appeals
@pytest.mark.parametrize("text", [
    "The Danish premier raised the fishing dispute with the Norwegian king in a call on Monday.",
    "The Lithuanian general appealed to the Supreme Court.",
    "The firm said it would appeal the ruling.",
    "The campaign tried to appeal to suburban women.",
    "The governor hopes to appeal to younger voters with his tax plan.",
])
def test_dated_calls_court_appeals_and_winning_favour_are_no_request(code, text):
    assert "REQUEST" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The envoy on Tuesday called for a ceasefire.",
    "The Red Cross appealed for safe passage for the wounded.",
    "The archbishop appealed to the gunmen to release the pilgrims.",
    "Kenya appealed to donors for emergency food aid.",
    "Kyiv's appeal for more air defence systems was heard in Berlin.",
])
def test_appeals_for_help_and_calls_stay_requests(code, text):
    assert "REQUEST" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- self-obligation
@pytest.mark.parametrize("text", [
    '"I must tell you that the harvest was poor this year," the farmer said.',
    '"We must admit that the harvest failed," the farmer said.',
])
def test_first_person_obligation_is_no_demand(code, text):
    assert "REQUEST" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Russia said Sudan must return the helicopter.",
    "The minister said Serbia should recall its ambassador.",
])
def test_obligation_on_another_party_stays_a_demand(code, text):
    assert "REQUEST" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- causal "due to"
def test_due_to_a_threat_is_a_cause_not_a_scheduled_attack(code):
    coded = code("The festival was cancelled due to the threat of drone attacks by the militia.", PUB)
    assert "THREATEN" not in types(coded)
    assert "ASSAULT" not in affirmed_types(coded)


def test_due_to_meet_stays_future(code):
    coded = code("The envoys are due to meet in Vienna.", PUB)
    assert "AGREE" in types(coded)  # a scheduled meeting: future cooperation


# ---------------------------------------------------------------- abilities
@pytest.mark.parametrize("text", [
    "The general said the navy can seize the harbour within a week.",
    "Analysts say the rebels can capture the airport within days.",
])
def test_an_ability_is_no_act_done(code, text):
    assert not {"ASSAULT", "COERCE"} & affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- missed events
@pytest.mark.parametrize("text", [
    "Satellite images show rapid Russian advances near the coast.",
    "Government soldiers were closing in on the last insurgent stronghold, a spokesman said.",
])
def test_advances_and_closing_in_are_mobilize(code, text):
    assert "MOBILIZE" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Technological advances in farming raised yields.",
    "Night is closing in on the valley.",
])
def test_other_advances_are_no_mobilize(code, text):
    assert "MOBILIZE" not in types(code(text, PUB))


def test_suspending_a_state_from_a_body_is_sanction(code):
    coded = code("The regional bloc suspended Mali from its summits after the coup.", PUB)
    assert "SANCTION" in affirmed_types(coded)


def test_suspending_a_pupil_is_no_sanction(code):
    assert "SANCTION" not in types(code("The school suspended the student from classes.", PUB))


@pytest.mark.parametrize("text", [
    "The assembly granted Palestine non-member observer status.",
    "The council granted Kosovo observer status.",
])
def test_granting_a_party_a_status_is_support(code, text):
    assert "SUPPORT" in affirmed_types(code(text, PUB))


def test_a_priority_status_is_no_support(code):
    assert "SUPPORT" not in types(code("The parliament granted the bill priority status.", PUB))


# ---------------------------------------------------------------- strikes told by their effects
@pytest.mark.parametrize("text", [
    "Half the villages in the valley lost power after Serbian strikes overnight.",
    "Two bridges over the canal were destroyed following Ukrainian shelling, officials said.",
    "Villages in the south lose power following Serbian shelling",
])
def test_a_partys_strikes_followed_by_their_effects_are_assault(code, text):
    assert "ASSAULT" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Prices rose after the invasion.",
    "The minister recalled the years after the Soviet invasion.",
])
def test_a_state_of_war_after_which_things_happen_stays_background(code, text):
    assert "ASSAULT" not in types(code(text, PUB))


# ---------------------------------------------------------------- visits
@pytest.mark.parametrize("text", [
    "The Chilean foreign minister travelled to Peru on Monday.",
    "The British defence secretary travels to Poland for talks.",
])
def test_a_leader_travelling_to_a_state_is_a_visit(code, text):
    assert "CONSULT" in affirmed_types(code(text, PUB))


def test_a_planned_trip_is_future_cooperation(code):
    coded = code("The Mexican president will travel to Ottawa on Friday.", PUB)
    assert "AGREE" in types(coded) and "CONSULT" not in affirmed_types(coded)


@pytest.mark.parametrize("text", [
    "Thousands of refugees travelled to Poland on Monday.",
    "The football team flew to Spain for the final.",
])
def test_refugees_and_teams_travelling_make_no_visit(code, text):
    assert "CONSULT" not in types(code(text, PUB))


# ---------------------------------------------------------------- suppositions
@pytest.mark.parametrize("text", [
    "Our working assumption is that the blockade will be lifted in spring.",
    "The hope is that the two leaders will meet in Oslo.",
])
def test_the_content_of_a_supposition_is_no_act(code, text):
    coded = code(text, PUB)
    assert not {"RETREAT", "CONSULT", "AGREE"} & affirmed_types(coded)


def test_a_reported_lifting_stays_an_act(code):
    assert "RETREAT" in affirmed_types(code("The senator said the blockade was lifted in spring.", PUB))


# ---------------------------------------------------------------- things that allow
@pytest.mark.parametrize("text", [
    "Oslo announces a fund allowing Kyiv to buy artillery shells.",
    "The parliament passed a law allowing police to detain protesters.",
])
def test_a_thing_allowing_an_act_is_no_concession(code, text):
    assert "CONCEDE" not in types(code(text, PUB))


def test_a_party_allowing_an_act_concedes(code):
    assert "CONCEDE" in affirmed_types(
        code("The interior minister allowed the opposition to hold its rally.", PUB))


# ---------------------------------------------------------------- states lived through
@pytest.mark.parametrize("text", [
    "Thousands of families fled the occupation of the northern valley.",
    "The envoy tried to justify the invasion as a defensive necessity.",
    "Economic fallout from the blockade of the port is reaching Asia.",
    "Exporters must comply with the embargo on Cuba.",
])
def test_a_state_lived_through_or_explained_is_backdrop(code, text):
    assert not {"COERCE", "ASSAULT", "SANCTION"} & types(code(text, PUB))


@pytest.mark.parametrize("text, kind", [
    ("Russian forces launched an invasion of the island on Monday.", "ASSAULT"),
    ("The refugees fled the shelling.", "ASSAULT"),
])
def test_an_act_launched_or_fled_stays_an_event(code, text, kind):
    assert kind in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- telling that vs telling to
@pytest.mark.parametrize("text", [
    '"I must tell you that the lights went off at noon," he said.',
    "The officer told reporters that the convoy had left at dawn.",
])
def test_telling_that_something_happened_is_no_request(code, text):
    assert "REQUEST" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The officer told the villagers to leave.",
    "Police ordered the protesters to disperse.",
    "The ministry warned residents not to return to the town.",
])
def test_telling_a_party_to_act_stays_a_request(code, text):
    assert "REQUEST" in affirmed_types(code(text, PUB))
