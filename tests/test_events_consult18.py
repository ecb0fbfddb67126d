"""Round 18, meetings with no party and calls with a common-noun partner (CONSULT): a meeting
noun or "discuss" with no party is dropped when its clause says the meeting is only possible,
owed, habitual or no single occasion, and kept when it tells one occasion; a call or meeting
in an "after/following" phrase with its partner named is a CONSULT of the act's subject and
the partner; a call partner named by a common noun with a country ("thanked the Ethiopian
prime minister in a call") is a side. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries

PUB = "2022-06-01"


def _consults(doc):
    return [e for e in doc.events if e.event == "CONSULT"]


def _sides(doc):
    return [countries(doc, e.actor) | countries(doc, e.recipient) for e in _consults(doc)]


# ---------------------------------------------------------------- party-less meetings
@pytest.mark.parametrize("text", [
    "It would take a month to convene the board for a special meeting.",
    "Trustees are required to sit through long meetings of the club.",
    "The adviser periodically will issue a chart in the morning meetings, she said.",
    "The harvest looks poor and further discussions are needed, the farmers' union says.",
    "More discussions are planned for the spring, the farmers' union says.",
    "Kenyan envoy says it is \"too soon\" to discuss a prisoner swap",
    "The statute gives the treasurer the power to convene an extraordinary meeting.",
    "Talk likened to a sermon at a football match.",
])
def test_a_partyless_meeting_told_as_possible_owed_or_habitual_is_no_event(code, text):
    assert _consults(code(text, PUB)) == []


@pytest.mark.parametrize("text", [
    "The meeting broke up shortly after midnight, one delegate said.",
    "Those talks are still going on, the spokesman said.",
    "The meeting in Arusha ended without a deal.",
    "The talks resumed on Monday after a two-week pause.",
])
def test_a_partyless_meeting_told_as_one_occasion_stays(code, text):
    assert _consults(code(text, PUB))


def test_a_meeting_with_a_party_is_not_touched_by_the_modal(code):
    """The filter reads only party-less meetings: "could" on a meeting with its sides leaves it
    to the project's mode rules."""
    doc = code("The Kenyan president could meet the Ethiopian prime minister in Nairobi.", PUB)
    assert any(e.actor or e.recipient for e in doc.events)


# ---------------------------------------------------------------- after a call / meeting
@pytest.mark.parametrize("text,sides", [
    ("The Kenyan president praised Ethiopia's reforms after a call with Abiy Ahmed.", {"KEN", "ETH"}),
    ("The Chilean president backed Peru's bid after a call with the Peruvian president on Monday.",
     {"CHL", "PER"}),
    ("The Chilean president backed Peru's bid following a meeting with the Peruvian president.",
     {"CHL", "PER"}),
    ("The Kenyan minister praised Ethiopia's reforms after talks with Abiy Ahmed in Nairobi.",
     {"KEN", "ETH"}),
    ("The Chilean president backed Peru's bid after meeting the Peruvian president.", {"CHL", "PER"}),
    ("The Ghanaian president praises Togo's reforms after meeting with Togolese leaders in Lome",
     {"GHA", "TGO"}),
])
def test_a_call_or_meeting_an_act_came_after_names_its_sides(code, text, sides):
    assert sides in _sides(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The Chilean president flew home after the call.",
    "Trade fell after a call with the Peruvian president.",
    "Prices rose after a meeting with the Peruvian president.",
    "The Kenyan minister resigned after the talks between Ethiopia and Somalia.",
])
def test_after_a_meeting_without_partner_or_party_subject_stays_background(code, text):
    assert _consults(code(text, PUB)) == []


# ---------------------------------------------------------------- a common-noun call partner
@pytest.mark.parametrize("text,sides", [
    ("The Kenyan president thanked the Ethiopian prime minister in a call on Friday.", {"KEN", "ETH"}),
    ("The Ghanaian president thanked the Togolese president in a call on Sunday.", {"GHA", "TGO"}),
])
def test_a_call_partner_named_by_a_common_noun_is_a_side(code, text, sides):
    assert sides in _sides(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The Kenyan president told reporters in a call on Friday that the talks would go on.",
    "The Kenyan president thanked voters in a call on Friday.",
])
def test_a_group_told_by_what_it_does_is_no_call_partner(code, text):
    assert _consults(code(text, PUB)) == []


# ---------------------------------------------------------------- a named meeting a reaction is about
@pytest.mark.parametrize("text,sides", [
    ("The Egyptian foreign minister hails Monday's Ethiopia-Sudan talks as a breakthrough", {"ETH", "SDN"}),
    ("The Egyptian foreign minister criticised the talks between Ethiopia and Sudan.", {"ETH", "SDN"}),
    ("The Ghanaian president praised the summit between Kenya and Tanzania.", {"KEN", "TZA"}),
])
def test_a_named_meeting_a_reaction_is_about_is_a_meeting_too(code, text, sides):
    """Like a reacted act (round 14), a meeting naming its own sides that a praise or a
    criticism is about is an event of its own besides the reaction."""
    doc = code(text, PUB)
    assert sides in _sides(doc)
    assert any(e.event in ("SUPPORT", "ACCUSE") for e in doc.events)


@pytest.mark.parametrize("text", [
    "The Egyptian foreign minister hails the talks as a breakthrough",
    "The Group of Seven welcomes the agency's trip to the Ruritanian power station",
])
def test_a_reaction_to_talks_without_sides_or_to_a_trip_adds_no_meeting(code, text):
    assert _consults(code(text, PUB)) == []
