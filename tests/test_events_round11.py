"""Round 11 of the event audit (US political news): judged classes fixed, tested on invented
sentences (never sample text).

Non-events or flagged events: agreement with an opinion ("agreed that the rules should be
changed"), acts told only by a false suggestion ("wrongly suggests that …"), acts imagined
inside a condition ("if you had a gang that went around …"), a policy judged by its effect
("the sanctions have done little to …").
Missed events: legal challenges to a rule, "tells lies" as a charge of deceit, an attack or
a hack attributed to a party (ACCUSE).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import affirmed_types, names, of_type, trigger, types

PUB = "2016-09-20"


# ---------------------------------------------------------------- agreement with an opinion
@pytest.mark.parametrize("text", [
    "The senator agreed that the tax code should be simplified.",
    "The mayor agreed that the stadium plan was a mistake.",
    "The governor agreed that the city needs to hire more teachers.",
    "The former chairman agreed that the primary calendar must be reformed.",
])
def test_agreeing_with_an_opinion_is_no_agreement(code, text):
    assert "AGREE" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The two governments agreed that inspectors would visit the site next month.",
    "Iran and the EU agreed that talks would resume in Vienna.",
    "Both sides agreed that prisoners should be exchanged before winter.",
    "Chilean and Peruvian envoys agreed on Monday that their states should share the data.",
    "The minister agreed with Ankara that the corridor should reopen.",
    "The rebels agreed to free the hostages.",
])
def test_agreements_between_sides_stay(code, text):
    assert "AGREE" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- false suggestions
@pytest.mark.parametrize("text, event", [
    ("The campaign ad unmistakably and wrongly suggests that the firefighters endorse the senator.",
     "SUPPORT"),
    ("The governor falsely claimed that the union supports his plan.", "SUPPORT"),
    ("The flyer \u201cplainly and falsely\u201d suggests that the nurses endorse the mayor.", "SUPPORT"),
    ("The newspaper mistakenly reported that the two leaders had met in Geneva.", "CONSULT"),
])
def test_an_act_told_by_a_false_suggestion_is_negated(code, text, event):
    doc = code(text, PUB)
    assert event in types(doc)
    assert event not in affirmed_types(doc)
    assert of_type(doc, event).negated


@pytest.mark.parametrize("text, event", [
    ("The senator wrongly accused the mayor of corruption.", "ACCUSE"),
    ("The leaflet suggests that the firefighters endorse the senator.", "SUPPORT"),
])
def test_the_falsity_adverb_negates_only_what_the_verb_tells(code, text, event):
    assert event in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- acts inside a condition
@pytest.mark.parametrize("text, word", [
    ("If you had a gang roaming the province and killing farmers, you would call the army.",
     "killing"),
    ("If a town had a militia that kidnapped aid workers every week, donors would leave.",
     "kidnapped"),
    ("If we had an army that attacked its neighbours every year, we would be isolated.",
     "attacked"),
    ("If the rebels attack the town again, the army will respond.", "attack"),
])
def test_an_act_inside_a_condition_is_hypothetical(code, text, word):
    ev = trigger(code(text, PUB), word)
    assert ev.hypothetical


@pytest.mark.parametrize("text, word", [
    ("If the militia that burned the village returns, the army will respond.", "burned"),
    ("After the rebels attacked the town, the army responded.", "attacked"),
])
def test_facts_told_beside_a_condition_stay_affirmed(code, text, word):
    ev = trigger(code(text, PUB), word)
    assert not ev.hypothetical


# ---------------------------------------------------------------- policies judged by effect
@pytest.mark.parametrize("text", [
    "The sanctions have done little to slow the missile programme.",
    "The embargo failed to change the regime's course, analysts say.",
])
def test_a_policy_judged_by_its_effect_is_background(code, text):
    assert "SANCTION" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The EU imposed new sanctions on Minsk on Monday.",
    "New sanctions on Minsk took effect on Monday.",
])
def test_new_sanctions_stay(code, text):
    assert "SANCTION" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- legal challenges, lies, attribution
@pytest.mark.parametrize("text", [
    "Several states are challenging the agency's emissions rules in federal court.",
    "The union contested the new labor law before the supreme court.",
    "Eleven states are challenging the agency's emissions rules before a federal appeals court.",
])
def test_a_legal_challenge_to_a_rule_is_an_accusation(code, text):
    assert "ACCUSE" in affirmed_types(code(text, PUB))


def test_a_challenge_to_a_debate_is_no_accusation(code):
    assert "ACCUSE" not in types(code("The senator challenged her rival to a debate.", PUB))


def test_telling_lies_is_a_charge_of_deceit_against_the_teller(code):
    doc = code("The mayor said the governor tells so many lies that nobody believes him.", PUB)
    ev = of_type(doc, "ACCUSE")
    assert names(doc, ev.actor) == {"mayor"}
    assert names(doc, ev.recipient) == {"governor"}


@pytest.mark.parametrize("text", [
    "The spokesman further asserted that the governor tells so many lies that reporters stopped "
    "listening.",
    "The senator contends that the mayor misled the council about the contract.",
])
def test_charges_of_deceit_under_more_verbs_of_saying(code, text):
    doc = code(text, PUB)
    assert "ACCUSE" in affirmed_types(doc)


def test_telling_stories_is_no_accusation(code):
    assert "ACCUSE" not in types(code("The teacher tells stories about the war.", PUB))


@pytest.mark.parametrize("text", [
    "Investigators have linked the hack to a Chinese military unit.",
    "Officials attributed the cyberattack to North Korean hackers.",
    "Police traced the intrusion to a hacking unit based in Minsk.",
])
def test_attributing_an_attack_is_an_accusation(code, text):
    assert "ACCUSE" in affirmed_types(code(text, PUB))


def test_linking_things_is_no_accusation(code):
    assert "ACCUSE" not in types(code("The firm linked its new app to the payment system.", PUB))


# ---------------------------------------------------------------- round 11, second pass
@pytest.mark.parametrize("text", [
    "The councillor argued it had been a blunder to vote for the war.",
    "It was wrong to cut the pensions, the governor says.",
])
def test_an_assessment_of_an_act_with_no_doer_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code(text, PUB))


def test_an_assessment_naming_the_doer_stays_criticism(code):
    doc = code("The mayor argued it had been a blunder for the council to cut the school budget.", PUB)
    assert "ACCUSE" in affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "Obama and Xi found common ground on climate change.",
    "Chile and Peru found common ground on fishing quotas.",
])
def test_finding_common_ground_is_an_agreement(code, text):
    doc = code(text, PUB)
    assert "AGREE" in affirmed_types(doc)
    assert "ACCUSE" not in types(doc)


@pytest.mark.parametrize("text", [
    "The ruling destroys trust and confidence in our courts.",
    "The scandal destroyed the senator's reputation and her career.",
])
def test_destroying_an_abstraction_is_no_assault(code, text):
    assert "ASSAULT" not in types(code(text, PUB))


def test_destroying_bridges_stays_an_assault(code):
    assert "ASSAULT" in affirmed_types(code("The army destroyed three bridges near the border.", PUB))


def test_the_second_act_of_a_threat_is_its_content(code):
    doc = code("The president's threats to close the border and slap a 25 percent tariff on cars "
               "alarmed investors.", PUB)
    assert "SANCTION" not in affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "The minister said it was time to lift the sanctions on the island.",
    "It is time to end the war, the bishop said.",
])
def test_what_it_is_time_to_do_is_not_done(code, text):
    doc = code(text, PUB)
    assert not {"RETREAT", "CONCEDE"} & affirmed_types(doc)


def test_a_time_taken_to_act_keeps_the_act(code):
    assert "RETREAT" in affirmed_types(code("The rebels took the time to free two hostages.", PUB))


def test_what_people_do_in_the_present_is_generic(code):
    assert "ASSAULT" not in types(code("People fight over water when the rains fail.", PUB))


@pytest.mark.parametrize("text", [
    "People protest in Tehran as prices soar.",
    "The people of the town protested on Monday.",
])
def test_people_placed_or_dated_or_in_the_past_act(code, text):
    assert "PROTEST" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The senator called on the mayor to resign and apologize.",
    "The senator called on the mayor to stop insulting the nurses and apologize.",
    "The envoy urged the rebels to lay down their arms and release the hostages.",
])
def test_the_second_verb_of_a_requested_act_is_part_of_the_request(code, text):
    doc = code(text, PUB)
    assert "REQUEST" in affirmed_types(doc)
    assert not {"SUPPORT", "RETREAT", "CONCEDE"} & affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "On its second trip through bankruptcy, the company cut pensions.",
    "The reunion was a trip down memory lane for the veterans.",
])
def test_a_figurative_trip_is_no_visit(code, text):
    assert "CONSULT" not in types(code(text, PUB))


def test_a_trip_to_a_capital_stays_a_visit(code):
    doc = code("The foreign minister's trip to Beijing last week surprised his allies.", PUB)
    assert "CONSULT" in affirmed_types(doc)


@pytest.mark.parametrize("text, event", [
    ("The host grilled the minister on his refusal to resign.", "REJECT"),
    ("She has no illusions about Moscow's threat to the Baltic states.", "THREATEN"),
])
def test_a_stance_one_is_confronted_on_is_background(code, text, event):
    assert event not in types(code(text, PUB))


def test_a_refusal_told_as_news_stays(code):
    doc = code("Moscow's refusal to extend the grain deal angered Kyiv.", PUB)
    assert "REJECT" in affirmed_types(doc)


def test_a_charge_of_deceit_with_no_named_speaker_keeps_the_liar_as_the_target(code):
    doc = code("It was said that the governor tells lies about the budget.", PUB)
    ev = of_type(doc, "ACCUSE")
    assert names(doc, ev.recipient) == {"governor"}
    assert not ev.actor
