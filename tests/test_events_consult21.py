"""Round 21, meetings, calls and visits whose parties sit in adjuncts (CONSULT): a call or
meeting named in an in/during/after phrase of another act is itself an event between that
act's subject and its "with" partner; a visit noun that is the purpose of a journey ("heads to
X for a two-day visit") takes the journey's subject as visitor and its destination's state as
host. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import consults, countries, has_visit

PUB = "2022-06-01"


def _sides(doc):
    return [countries(doc, e.actor) | countries(doc, e.recipient) for e in consults(doc)]


@pytest.mark.parametrize(("text", "sides"), [
    ("Ghana's president praised the reforms during talks with the Nigerian president on Monday.",
     {"GHA", "NGA"}),
    ("Germany's Scholz pledges more aid during a meeting with Zelensky.", {"DEU", "UKR"}),
    ("The Kenyan president criticised the tariffs in his phone call with Ethiopia's prime minister.",
     {"KEN", "ETH"}),
    ("The Bolivian president voiced concern over the lithium dispute in a call with Argentina's president.",
     {"BOL", "ARG"}),
    ("Chile's president hails progress on the border deal in call with Peru's president", {"CHL", "PER"}),
])
def test_a_call_or_meeting_in_an_adjunct_is_an_event_of_both_sides(code, text, sides):
    assert sides in _sides(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The minister said in a call with reporters that the border would stay shut.",
    "Prices fell after talks with the union.",
    "He made the remarks in a meeting with aides.",
])
def test_an_occasion_with_the_press_or_no_party_names_no_second_side(code, text):
    assert all(len(s) < 2 for s in _sides(code(text, PUB)))


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("Spain's prime minister heads to Rabat for a two-day visit.", "ESP", "MAR"),
    ("Modi arrives in Tokyo for a state visit.", "IND", "JPN"),
    ("Ghana's president left for Abuja on an official visit on Monday.", "GHA", "NGA"),
    ("The Indonesian president is in Canberra for a state visit.", "IDN", "AUS"),
])
def test_a_visit_that_is_a_journeys_purpose_has_the_traveller_and_host(code, text, visitor, host):
    assert has_visit(code(text, PUB), visitor, host)


@pytest.mark.parametrize("text", [
    "Tourists head to Rome for a short visit.",
    "Biden flew to Delaware for a weekend visit.",
])
def test_private_or_domestic_trips_get_no_host(code, text):
    doc = code(text, PUB)
    assert all(not e.recipient for e in consults(doc) if e.mode == "visit")


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("The Kenyan president made the remarks during a visit to Ethiopia.", "KEN", "ETH"),
    ("Japan's foreign minister signed the accord during her trip to Seoul.", "JPN", "KOR"),
    ("Ghana's president praised the reforms after a visit to Abuja.", "GHA", "NGA"),
    ("Neither the Chilean president nor the Peruvian leader mentioned the dispute during the Lima visit.",
     "CHL", "PER"),
])
def test_a_trip_that_is_an_acts_occasion_is_a_visit_of_the_acts_subject(code, text, visitor, host):
    assert has_visit(code(text, PUB), visitor, host)


@pytest.mark.parametrize("text", [
    "The Kenyan president spoke during a visit to Mombasa.",
    "Tourists complained during a trip to Rome.",
])
def test_a_trip_at_home_or_by_private_people_is_no_visit(code, text):
    doc = code(text, PUB)
    assert [e for e in consults(doc) if e.mode == "visit" and e.recipient] == []


# ---------------------------------------------------------------- review fixes (round 21)
def _consult_countries(doc):
    return [countries(doc, e.actor) | countries(doc, e.recipient) for e in consults(doc)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Russia struck Kyiv during a visit to Ukraine by the UN secretary-general.", "RUS"),
    ("China held military drills after a visit to Taiwan by the US House speaker.", "CHN"),
    ("The US sanctioned Chinese firms after a visit to Moscow by Xi Jinping.", "USA"),
    ("Israel bombed Gaza during a visit to Egypt by the US secretary of state.", "ISR"),
    ("Germany praised the reforms during a visit to Kenya by the Chinese foreign minister.", "DEU"),
])
def test_a_trip_with_its_own_by_traveller_takes_no_visitor_from_the_act(code, text, absent):
    assert all(absent not in s for s in _consult_countries(code(text, PUB)))


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("Hungary blocked EU sanctions during a visit to Budapest by Chinese leader Xi Jinping.", "CHN", "HUN"),
    ("Serbia signed a trade deal during a visit to Belgrade by Xi Jinping.", "CHN", "SRB"),
])
def test_a_by_traveller_visits_the_acts_own_country(code, text, visitor, host):
    assert has_visit(code(text, PUB), visitor, host)


@pytest.mark.parametrize(("text", "absent"), [
    ("Russia launched drones at Kyiv during Blinken's meeting with Zelensky.", "RUS"),
    ("Hamas fired rockets at Israel during Biden's meeting with Netanyahu in Tel Aviv.", "PSE"),
    ("The Kremlin said Russia expelled two diplomats after Putin's meeting with Xi.", None),
    ("The Taliban criticised Pakistan during Wang Yi's meeting with Ishaq Dar.", "AFG"),
    ("China protested after Biden's call with Tsai Ing-wen.", None),
])
def test_a_meetings_possessor_is_its_side_not_the_acts_subject(code, text, absent):
    doc = code(text, PUB)
    if absent is None:  # the subject is the possessor's own state: no extra actor at all
        assert all(len(e.actor) == 2 for e in consults(doc))
    else:
        assert all(absent not in s for s in _consult_countries(doc))


@pytest.mark.parametrize("text", [
    "Russia shelled Odesa during a meeting with the Turkish foreign minister.",
    "Azerbaijan attacked Armenian positions during talks with Russia.",
    "Russian forces struck Kharkiv during a visit to Ukraine.",
])
def test_an_act_of_force_makes_its_subject_no_side_of_its_occasion(code, text):
    assert consults(code(text, PUB)) == []


# ---------------------------------------------------------------- second review (round 21)
@pytest.mark.parametrize("text", [
    "Chinese spokesman Wang Wenbin lashed out after the visit to Taiwan.",
    "The Iranian foreign ministry protested following that trip to Baku.",
])
def test_an_act_after_a_trip_told_before_makes_no_visit_of_its_subject(code, text):
    assert [e for e in consults(code(text, PUB)) if e.mode == "visit"] == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Turkey's Erdogan vowed to send troops to Libya in a call with Haftar.", {"TUR"}),
    ("Ghana's president promised to deploy soldiers to Mali in a call with the junta leader.", {"GHA"}),
])
def test_force_only_promised_in_a_call_keeps_the_call(code, text, sides):
    assert any(sides <= s for s in _sides(code(text, PUB)))


@pytest.mark.parametrize(("text", "side", "absent"), [
    ("The Kenyan president urged the rebels to lay down their arms during a call with the Ugandan leader.",
     "KEN", None),
    ("Chile's president called for Bolivia to reopen the border during a phone call with Peru's president.",
     "CHL", "BOL"),
])
def test_the_doer_of_a_requested_act_is_no_side_of_the_call(code, text, side, absent):
    """An occasion the parser hung on a requested act belongs to the request: the requester is
    a side, the one asked to act is not (unless also the partner)."""
    sides = _sides(code(text, PUB))
    assert any(side in s for s in sides)
    if absent:
        assert all(absent not in s for s in sides)
