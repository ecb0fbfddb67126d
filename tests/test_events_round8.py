"""Round 8 of the event audit: criticism told as an assessment and warnings told as threats,
tested on invented sentences (never sample text).

ACCUSE: a verb of naming with a condemning predicate ("called the ban a mistake", "calls the
move hostile", "described the vote as outrageous"), and the same judgement reported as a
predicate of a party's act ("X's blockade is unacceptable, Y says").
THREATEN: a promise of no mercy, a warning sent to a party, a warning's own condition ("warns
of consequences if …" is an affirmed threat). REQUEST: a warning to a party to (not) act.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import affirmed_types, countries, types

PUB = "2022-06-01"


# ---------------------------------------------------------------- criticism by naming
@pytest.mark.parametrize("text", [
    "The Chilean foreign minister called the border closure a grave mistake.",
    "The governor called the union's strike illegal.",
    "The opposition described the budget cuts as shameful.",
    "Lisbon's envoy calls Madrid's fishing ban hostile.",
])
def test_condemning_names_are_accuse(code, text):
    assert "ACCUSE" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The senator called the shooting a tragedy.",
    "Analysts call the strategy risky.",
    "The coach described the team as hungry.",
    "The clerk called the wrong number twice.",
])
def test_neutral_names_are_no_criticism(code, text):
    assert "ACCUSE" not in types(code(text, PUB))


# ---------------------------------------------------------------- criticism as a reported predicate
@pytest.mark.parametrize("text", [
    "Moldova's gas cut-off is a provocation, the Romanian foreign minister said.",
    "Belgrade's troop build-up is provocative and irresponsible, the Albanian premier says.",
])
def test_reported_judgement_of_a_partys_act_is_accuse(code, text):
    assert "ACCUSE" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The situation at the border is unacceptable, the minister says.",
    "The decision was a mistake, the coach later admitted.",
    "The new timetable is absurd.",
])
def test_ownerless_or_unreported_judgement_is_no_accuse(code, text):
    assert "ACCUSE" not in types(code(text, PUB))


# ---------------------------------------------------------------- threats and warnings
@pytest.mark.parametrize("text", [
    "The interior minister vowed no mercy for the bombers.",
    "Athens sent a stern warning to Ankara about the drilling ship.",
])
def test_no_mercy_and_warnings_sent_are_threats(code, text):
    assert "THREATEN" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Tehran warns of severe consequences if the tanker is seized.",
    "The Kremlin warned of a firm response if Helsinki joins the alliance.",
])
def test_a_threats_own_condition_leaves_it_affirmed(code, text):
    assert "THREATEN" in affirmed_types(code(text, PUB))


def test_a_hedged_warning_stays_hypothetical(code):
    assert "THREATEN" not in affirmed_types(
        code("Moscow may warn of retaliation if Helsinki joins the alliance.", PUB))


@pytest.mark.parametrize("text", [
    "The meteorological office issued a storm warning to fishermen.",
    "Forecasters sent a flood warning to riverside towns.",
])
def test_weather_warnings_are_no_threats(code, text):
    assert "THREATEN" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The Latvian embassy warned its citizens not to travel to the border region.",
    "Oslo warns Moscow not to expand its fishing zone.",
])
def test_warning_a_party_to_act_is_request(code, text):
    assert "REQUEST" in affirmed_types(code(text, PUB))


def test_warning_to_expect_delays_is_no_request(code):
    assert "REQUEST" not in types(code("The agency warned travellers to expect long delays.", PUB))


# ---------------------------------------------------------------- the act a reaction is about
@pytest.mark.parametrize("text", [
    "The Moldovan president condemns Russia's missile strikes on Odesa.",
    "Lithuania denounced the junta's bombing of the border villages.",
])
def test_a_condemned_act_with_its_doer_is_its_own_event(code, text):
    assert {"ACCUSE", "ASSAULT"} <= affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The senator criticized the president's sanctions on Cuba.",
    "The mayor condemned the attacks.",
])
def test_a_reactions_policy_or_doerless_object_stays_folded(code, text):
    assert not affirmed_types(code(text, PUB)) & {"SANCTION", "ASSAULT"}


# ---------------------------------------------------------------- weapons fire and counterattacks
@pytest.mark.parametrize("text", [
    "Separatist mortar fire struck a checkpoint near the river on Tuesday.",
    "Rebel counterattacks pushed government troops back from the pass.",
])
def test_weapons_fire_and_counterattacks_are_assault(code, text):
    assert "ASSAULT" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "A forest fire destroyed 40 homes near the border.",
    "The governor came under fire from teachers over the pay deal.",
])
def test_blazes_and_criticism_are_no_weapons_fire(code, text):
    assert "ASSAULT" not in types(code(text, PUB))


# ---------------------------------------------------------------- a threat as a danger
@pytest.mark.parametrize("text", [
    "Smog is a threat to public health in the capital.",
    "The drought is the biggest threat to the harvest, farmers say.",
])
def test_a_danger_is_no_threat_act(code, text):
    assert "THREATEN" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Russia's threat to cut gas supplies alarmed European capitals.",
    "The rebel commander issued a threat against the aid convoys.",
    "Baku's ultimatum to the separatists expires on Friday.",
])
def test_a_threat_with_its_doer_stays(code, text):
    assert "THREATEN" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- rally vs protest
def test_a_party_politicians_rally_is_no_protest(code):
    doc = code("The Republican urged his supporters at a rally in Ohio to vote early.", PUB)
    assert "PROTEST" not in types(doc)


def test_a_rally_against_a_law_stays_a_protest(code):
    doc = code("Thousands joined a rally against the new press law in the capital.", PUB)
    assert "PROTEST" in affirmed_types(doc)


# ---------------------------------------------------------------- weapons tests, manoeuvres, orders, goods
@pytest.mark.parametrize("text", [
    "Pyongyang tested a new solid-fuel missile off its east coast.",
    "Serbian troops maneuvered to new positions along the river.",
])
def test_weapons_tests_and_manoeuvres_are_mobilize(code, text):
    assert "MOBILIZE" in affirmed_types(code(text, PUB))


def test_a_drug_trial_is_no_weapons_test(code):
    assert "MOBILIZE" not in types(code("The laboratory tested a new malaria drug on volunteers.", PUB))


def test_an_order_to_disperse_is_request(code):
    doc = code("Belarusian police told demonstrators to disperse in Minsk.", PUB)
    assert "REQUEST" in affirmed_types(doc)


def test_relief_goods_sent_are_aid(code):
    assert "AID" in affirmed_types(code("Japan sent two million iodine tablets to Ukraine.", PUB))


# ---------------------------------------------------------------- an announced annexation
def test_an_announced_annexation_stays_coerce(code):
    doc = code("Azerbaijan will annex the three districts at a ceremony on Monday.", PUB)
    assert "COERCE" in types(doc) and "THREATEN" not in types(doc)


def test_a_threatened_annexation_stays_a_threat(code):
    doc = code("Belgrade threatened to annex the disputed border strip.", PUB)
    assert "THREATEN" in affirmed_types(doc)


def test_a_reported_judgement_puts_the_speaker_as_critic(code):
    doc = code("The EU says Serbian rhetoric is unacceptable.", PUB)
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert accuse and countries(doc, accuse[0].actor) != {"SRB"}
    assert countries(doc, accuse[0].recipient) == {"SRB"}
