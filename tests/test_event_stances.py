"""Stances and non-event senses (events/stances.py, frames.shared_opinion): US political news
states positions far more often than it reports acts. Each class has invented sentences that
must code no event of the type, and controls (PLOVER-style acts of parties) that must stay."""
from __future__ import annotations

import pytest

PUB = "2016-09-20"


def types(doc):
    return {e.event for e in doc.events if not e.negated}


@pytest.mark.parametrize("text, event", [
    # a public's stance: an opinion holder or a poll share
    ("Most voters support the new school levy.", "SUPPORT"),
    ("Many Americans support stricter rules on payday lenders.", "SUPPORT"),
    ("Most Americans oppose the new steel tariff.", "REJECT"),
    ("Many Americans back the president's plan.", "SUPPORT"),
    # a difference of opinion with no party named
    ("Farmers disagree on which crop subsidy works best.", "ACCUSE"),
    ("Economists disagree over how fast the debt should fall.", "ACCUSE"),
    # agreement with an opinion, with or without "that"; accepting a proposition
    ("Most pundits agreed the levy was far too costly.", "AGREE"),
    ("Young voters accept that the climate is warming.", "AGREE"),
    # a stance on a view
    ("The senator backed the idea of a new stadium tax.", "SUPPORT"),
    ("Lower bus fares are something we support, the council chair said.", "SUPPORT"),
    # a figure reaching a level
    ("The city's pension debt hit $3 billion last year.", "ASSAULT"),
    ("Turnout hit a record in the county primary.", "ASSAULT"),
    # retreat, hospitality
    ("The mayor backed off his promise to cut bus fares.", "SUPPORT"),
    ("The governor welcomed guests at the mansion on Friday.", "SUPPORT"),
    # campaign talk: causes, policy objects, legislatures, exploited ideas
    ("The candidate promised to fight for the middle class.", "ASSAULT"),
    ("The senator vowed to fight for working families.", "THREATEN"),
    ("The candidate vowed to crack down on tax loopholes.", "COERCE"),
    ("Democrats hope to take control of the Senate in November.", "ASSAULT"),
    ("Republicans took control of the state assembly in 2010.", "ASSAULT"),
    ("The challenger seized on the tax plan as a campaign issue.", "COERCE"),
    # refusing words; a status with no agent
    ("The senator refuses to say the word 'tax' in his speeches.", "REJECT"),
    ("Activists Confront Governor Over Refusal To Use The Term 'Climate Crisis'", "REJECT"),
    ("The cause of the warehouse blaze is still under investigation.", "ACCUSE"),
    # a state one is left in; a point stressed; hospitality to a generic stranger
    ("The county was left carrying a heavy pension bill after the mill shut.", "SANCTION"),
    ("The mayor's housing plan is hammered home to renters across the city.", "ACCUSE"),
    ("The parish has long welcomed strangers to its soup kitchen.",
     "SUPPORT"),
    # worry about an event makes it a topic
    ("The senator voiced concern about the trade deal with Peru.", "AGREE"),
])
def test_stance_or_other_sense_is_no_event(code, text, event):
    assert event not in types(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("Chile is opposed to Brazilian mediation in the water dispute.", "REJECT"),
    ("Poland supports Ukraine's bid to join the European Union.", "SUPPORT"),
    ("Denmark accepted a formula for ending the fishing dispute.", "AGREE"),
    ("Kyiv and Moscow agreed they would swap prisoners.", "AGREE"),
    ("The rebels agreed they would release the hostages.", "AGREE"),
    ("Rebels hit an army convoy near the town.", "ASSAULT"),
    ("The troops took control of the town after heavy fighting.", "ASSAULT"),
    ("Rebels seized control of the parliament building.", "ASSAULT"),
    ("Police seized weapons from the gang.", "COERCE"),
    ("Israel refused to meet the Jordanian king in Amman.", "REJECT"),
    ("The union's refusal to accept the pay offer stalled the talks.", "REJECT"),
    ("The mayor is under investigation by the FBI.", "ACCUSE"),
    ("Prosecutors placed a Dutch banker under investigation over the fraud.", "ACCUSE"),
    ("The governor disagreed with the mayor on the budget.", "ACCUSE"),
    ("The African Union welcomed the decision to release the prisoners.", "SUPPORT"),
    ("The senator hammered the governor's pension plan.", "ACCUSE"),
    # a welcome to a visitor is SUPPORT (judging rules); only hospitality to guests is not
    ("The president welcomed the visiting Chilean foreign minister in Lima.", "SUPPORT"),
])
def test_act_of_a_party_stays(code, text, event):
    assert event in types(code(text, PUB))
