"""Round 6 of the event audit (US political news and war headlines): each class below is a
kind of sentence Parley coded wrongly or missed, tested on invented sentences.

US news: verbal attacks read as ASSAULT, criticism and investigation missed (ACCUSE),
endorsement missed (SUPPORT), the market sense of "demand", figurative "seize upon", a
candidate's own rally, generic threats, an opinion shared ("agreed with … about").
War news: an explosion with no attacker, "no sign of" an act, troop advances (MOBILIZE),
blocking a consensus (REJECT), a firm leaving a venture (SANCTION), talks "spoke to".
"""
from __future__ import annotations

import pytest

from tests.event_helpers import affirmed_types, types

PUB = "2022-06-01"


# ---------------------------------------------------------------- verbal attacks are ACCUSE
@pytest.mark.parametrize("text", [
    "The mayor hit back at critics of the new parking fees.",
    "The governor fired at critics of the school budget in a radio interview.",
    "The candidate fired back at the newspaper's editorial board.",
    "The senator attacked her opponent during the televised debate.",
    "The union leader ripped the governor's pension proposal on Tuesday.",
    "The former treasurer knocked the senator's housing plan.",
    "The trade minister blasted the new steel tariffs as illegal.",
    "The congresswoman took aim at the governor's handling of the floods.",
    "The senator tore into the energy secretary at the hearing.",
])
def test_verbal_attacks_are_accuse_not_assault(code, text):
    got = affirmed_types(code(text, PUB))
    assert "ACCUSE" in got and "ASSAULT" not in got, got


@pytest.mark.parametrize("text", [
    "Ukrainian artillery hit back at Russian positions near the river.",
    "Soldiers fired at the convoy near the checkpoint.",
    "Russian forces attacked the port overnight.",
])
def test_military_attacks_stay_assault(code, text):
    assert "ASSAULT" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- criticism and investigation
@pytest.mark.parametrize("text", [
    "The county sheriff called the audit a sham.",
    "Lawmakers questioned the credibility of the census bureau.",
    "The opposition leader berated the finance minister for the fuel shortages.",
    "The fuel tax drew a fierce backlash from truck drivers.",
    "Striking miners booed the energy minister at the rally.",
    "The oversight committee subpoenaed the former treasurer's bank records.",
    "State prosecutors are looking into the charity's spending.",
])
def test_criticism_and_investigation_are_accuse(code, text):
    assert "ACCUSE" in affirmed_types(code(text, PUB))


def test_a_choice_between_attacks_is_no_act(code):
    text = "The dilemma was between going after the mayor's record or praising his rival."
    assert "ACCUSE" not in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- endorsement is SUPPORT
@pytest.mark.parametrize("text", [
    "The former governor campaigned for the Senate candidate in rural counties.",
    "Party leaders rallied behind the embattled speaker.",
    "The mayor credited the fire crews with saving the old town.",
])
def test_endorsement_and_praise_are_support(code, text):
    got = affirmed_types(code(text, PUB))
    assert "SUPPORT" in got and "PROTEST" not in got, got


def test_campaigning_for_a_cause_is_no_endorsement(code):
    assert "SUPPORT" not in types(code("The activist campaigned for reelection in the county.", PUB))


# ---------------------------------------------------------------- everyday senses, no event
@pytest.mark.parametrize("text", [
    "Consumer demand for electric bicycles rose in the spring.",
    "Welders are in high demand across the region.",
    "Demand for coal fell sharply in March.",
    "The demand for steel slowed after the holidays.",
])
def test_market_demand_is_no_request(code, text):
    assert "REQUEST" not in types(code(text, PUB))


def test_a_partys_demand_stays_a_request(code):
    assert "REQUEST" in affirmed_types(code("The union's demand for higher wages was rejected.", PUB))


@pytest.mark.parametrize("text, event", [
    ("The challenger seized upon the gaffe in a late-night post.", "COERCE"),
    ("After weeks of searching his conscience, the senator announced his choice.", "COERCE"),
    ("Cyber crime is the biggest threat facing small banks.", "THREATEN"),
    ("The pundit agreed with the host about the winner of the debate.", "AGREE"),
    ("The campaign released the candidate's school records on Friday.", "RETREAT"),
])
def test_figurative_and_everyday_senses_code_nothing(code, text, event):
    assert event not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The governor held a rally in a football stadium on Monday.",
    "The nominee headlined a rally in a county fairground.",
    "At a rally, the governor likened the plan to a tax hike.",
    "Speaking at a rally in Ohio, the senator said the economy was rigged.",
])
def test_a_candidates_own_rally_is_no_protest(code, text):
    assert "PROTEST" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Farmers held a rally against the new water tax outside parliament.",
    "The opposition leader held a rally against the election result.",
])
def test_a_rally_against_something_stays_a_protest(code, text):
    assert "PROTEST" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- war news
@pytest.mark.parametrize("text", [
    "An explosion hit a fuel depot near the border.",
    "A blast struck the ammunition store overnight.",
])
def test_an_explosion_with_no_attacker_is_no_assault(code, text):
    assert "ASSAULT" not in types(code(text, PUB))


def test_an_explosion_caused_by_a_party_is_an_assault(code):
    doc = code("An explosion caused by a rebel drone set the fuel depot ablaze.", PUB)
    assert "ASSAULT" in affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "There is no sign of the rebels withdrawing from the port.",
    "Monitors found no evidence of an attack on the convoy.",
])
def test_no_sign_of_an_act_negates_it(code, text):
    doc = code(text, PUB)
    assert not affirmed_types(doc) & {"RETREAT", "ASSAULT"}


@pytest.mark.parametrize("text, event", [
    ("Government troops gained ground north of the river on Tuesday.", "MOBILIZE"),
    ("Armoured units advanced toward the provincial capital.", "MOBILIZE"),
    ("Rebel units broke through government lines east of the capital.", "ASSAULT"),
    ("Two member states blocked the summit's final declaration.", "REJECT"),
    ("Last week the brewer quit a joint venture with a Minsk distillery.", "SANCTION"),
    ("The Kenyan president spoke to the Somali leader about the drought.",
     "CONSULT"),
    ("Climate activists interrupted the finance minister's speech in parliament.", "PROTEST"),
])
def test_war_news_misses_are_coded(code, text, event):
    assert event in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Democrats made gains in the House.",
    "The president spoke to reporters on Friday.",
    "The senator voted for the bill.",
])
def test_everyday_gains_speech_and_votes_code_nothing(code, text):
    assert not affirmed_types(code(text, PUB)) & {"MOBILIZE", "CONSULT", "SUPPORT"}


# ---------------------------------------------------------------- criticism told of its target
@pytest.mark.parametrize("text", [
    "The transport minister came under fire for the rail fare rise.",
    "The health secretary lambasted the insurers on television.",
])
def test_coming_under_fire_for_a_decision_is_accuse(code, text):
    assert "ACCUSE" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The convoy came under fire near the river.",
    "Government troops came under fire outside the port.",
])
def test_troops_under_fire_are_no_criticism(code, text):
    assert "ACCUSE" not in types(code(text, PUB))


def test_a_standing_reputation_with_a_typographic_apostrophe_is_no_act(code):
    text = "She\u2019s been mocked for years for her awkward speeches and for ignoring farmers."
    assert "ACCUSE" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The oil major pulled out of its gas project in Russia on Monday.",
    "The furniture retailer halted sales in Belarus.",
])
def test_a_firm_leaving_a_market_is_sanction(code, text):
    assert "SANCTION" in affirmed_types(code(text, PUB))


# ---------------------------------------------------------------- options listed, suppositions
@pytest.mark.parametrize("text", [
    "A city council has two ways to fight a state mandate: by suing the governor or by ignoring the rule.",
    "The only way to end the war is by negotiating with the rebels.",
    "Lawmakers have one remedy left: by asking the court to block the merger.",
])
def test_acts_listed_as_options_are_no_events(code, text):
    assert not affirmed_types(code(text, PUB)) & {"ACCUSE", "REQUEST", "CONSULT", "ASSAULT"}


@pytest.mark.parametrize("text, event", [
    ("Ukraine answered by shelling the depot.", "ASSAULT"),
    ("The senator responded by suing the agency.", "ACCUSE"),
])
def test_acts_done_by_a_means_stay_events(code, text, event):
    assert event in affirmed_types(code(text, PUB))


def test_option_cue_examples_code_no_event(code):
    from parley.nlp.events import load_modifiers

    for cue in load_modifiers().options:
        assert not code(cue.example, PUB).events, cue.example


@pytest.mark.parametrize("text", [
    "Suppose the council banned the march next week.",
    "Imagine the army seized the port tomorrow.",
])
def test_a_supposition_is_hypothetical(code, text):
    doc = code(text, PUB)
    assert doc.events and all(e.hypothetical for e in doc.events)


# ---------------------------------------------------------------- thanks in headlines
@pytest.mark.parametrize("text", [
    "Kenyan president thanks donors for drought relief",
    "Pashinyan thanks France for humanitarian convoy",
    "The minister expressed his thanks to the donors.",
])
def test_thanks_are_support(code, text):
    assert "SUPPORT" in affirmed_types(code(text, PUB))


def test_thanks_to_a_cause_is_no_support(code):
    doc = code("Thanks to Western weapons, the troops held the line near Kharkiv.", PUB)
    assert "SUPPORT" not in types(doc)


# ---------------------------------------------------------------- one party does not consult
@pytest.mark.parametrize("text", [
    "The mayor is discussing ways to cut the water bill.",
    "She discussed her health in a radio interview.",
])
def test_one_party_discussing_is_no_consultation(code, text):
    assert "CONSULT" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The two foreign ministers discussed the border dispute on Monday.",
    "The chancellor discussed gas prices with the Dutch prime minister.",
    "Negotiators discussed a prisoner exchange, the adviser said.",
])
def test_two_parties_discussing_stay_a_consultation(code, text):
    assert "CONSULT" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("The banker occupies a senior post at the central bank.", "COERCE"),
    ("Most farmers accept the science of soil erosion.", "AGREE"),
])
def test_holding_an_office_or_accepting_a_finding_is_no_act(code, text, event):
    assert event not in types(code(text, PUB))


def test_troops_occupying_an_airport_stay_coerce(code):
    assert "COERCE" in affirmed_types(code("Rebel troops occupied the airport on Friday.", PUB))


@pytest.mark.parametrize("text", [
    "The zoning proposal was met with resistance from landlords.",
    "Few cities meet the new air quality bar.",
    "The party failed to meet the five percent threshold for parliament.",
])
def test_a_bar_met_or_a_plan_met_with_a_reaction_is_no_meeting(code, text):
    assert "CONSULT" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Two children hurt as families fleeing the port come under artillery fire",
    "One killed as the town comes under heavy fire",
    "Moscow takes another swipe at the neighbour's power grid",
])
def test_fire_on_people_and_places_is_no_criticism(code, text):
    assert "ACCUSE" not in types(code(text, PUB))


def test_worth_looking_into_is_no_investigation(code):
    text = "Whether the fund broke the rules is worth looking into, the columnist wrote."
    assert "ACCUSE" not in types(code(text, PUB))


# ---------------------------------------------------------------- a message that attacks
@pytest.mark.parametrize("text", [
    "The campaign aired an ad attacking the senator's voting record.",
    "The governor posted a video mocking the mayor's new bike lanes.",
])
def test_a_message_attacking_someone_is_verbal(code, text):
    got = types(code(text, PUB))
    assert "ASSAULT" not in got and "ACCUSE" in got, got


def test_sanctions_hitting_a_state_stay_sanction(code):
    got = types(code("The bloc hit the junta with new sanctions on Friday.", PUB))
    assert "SANCTION" in got and "ACCUSE" not in got, got


# ---------------------------------------------------------------- two parties the parse hides
def test_a_coordination_hung_inside_the_subject_is_two_parties(code):
    """The small model may make the first name a modifier of the second party's head noun
    ("Macron and African Union chair discuss …"): still two parties, so the discussion stays a
    CONSULT between them (regression of the one-party check, found on a later run)."""
    doc = code("Macron and African Union chair discuss fuel crisis during meeting in Dakar, "
               "according to Elysee", PUB)
    consult = [e for e in doc.events if e.event == "CONSULT"]
    assert consult and len(consult[0].actor) >= 2, consult
