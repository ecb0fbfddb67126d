"""Round 11, CONSULT/AGREE coverage and the parties of reciprocal events (judging rule 10):
leader-to-leader contact told by "tells/assures", joining a body's meeting, a talk partner
hung low in the parse, a talk told beside a visit, coordinated parties before a headline
gerund, named visitors hosted or received, promised joint work, readiness for talks; and what
is no meeting (people of a nationality travelling, difficulties "run into", things received).
Invented sentences only."""
from __future__ import annotations

import pytest

from parley.nlp.events.counterparts import CONVERSATION
from parley.nlp.events.joint_work import JOINT_WORK
from tests.event_helpers import countries, names, types
from tests.event_helpers import of_type as _event

PUB = "2022-06-01"


def _consults(doc):
    return [e for e in doc.events if e.event == "CONSULT"]


# ---------------------------------------------------------------- leader-to-leader contact
@pytest.mark.parametrize("text,parties", [
    (CONVERSATION.example, {"CHL", "ARG"}),
    ("Peru's foreign minister assured his Bolivian counterpart that trade would continue",
     {"PER", "BOL"}),
    ("The Kenyan president tells Somalia's president that the border will stay open", {"KEN", "SOM"}),
])
def test_telling_a_foreign_leader_is_contact_between_the_two(code, text, parties):
    """A verb of telling whose addressee is a foreign office holder reports contact (CAMEO
    040); both are parties, so both are in the source and the target is empty."""
    doc = code(text, PUB)
    ev = _event(doc, "CONSULT")
    assert countries(doc, ev.actor) == parties
    assert ev.recipient == []


@pytest.mark.parametrize("text", [
    "The Chilean president told reporters that the border would reopen.",
    "The Chilean president told Chileans that the border would reopen.",
    "The Chilean interior minister told the Chilean president that the border would reopen.",
])
def test_telling_the_press_the_public_or_a_colleague_is_no_contact(code, text):
    assert _consults(code(text, PUB)) == []


def test_a_directive_told_to_a_leader_stays_a_request(code):
    doc = code("The Chilean president told the Argentine president to withdraw his troops.", PUB)
    assert "REQUEST" in types(doc)
    assert _consults(doc) == []


def test_a_call_named_under_the_telling_verb_is_the_one_event(code):
    doc = code("The Chilean president told the Argentine president in a phone call that the "
               "border would reopen.", PUB)
    assert len(_consults(doc)) == 1


# ---------------------------------------------------------------- joining a body's meeting
@pytest.mark.parametrize("text,joiner", [
    ("The Kenyan foreign minister arrives at an African Union meeting on the drought", "KEN"),
    ("The Peruvian president will address an emergency OAS meeting on Friday", "PER"),
])
def test_who_joins_a_bodys_meeting_takes_part(code, text, joiner):
    doc = code(text, PUB)
    evs = [e for e in doc.events if e.event in ("CONSULT", "AGREE")]
    assert evs
    assert any(joiner in countries(doc, e.actor) for e in evs)


# ---------------------------------------------------------------- partners hung low
def test_a_with_partner_hung_on_a_participle_of_the_topic_is_a_party(code):
    doc = code("The Kenyan president discussed the attacks carried out by the militia with the "
               "Somali president", PUB)
    ev = _event(doc, "CONSULT")
    assert {"KEN", "SOM"} <= countries(doc, ev.actor)


def test_the_partner_of_a_joint_thing_in_the_topic_is_no_party(code):
    doc = code("The Peruvian foreign minister discussed the accord signed with Ecuador", PUB)
    for ev in _consults(doc):
        assert "ECU" not in countries(doc, ev.actor)


def test_people_spoken_with_on_a_visit_are_its_target(code):
    doc = code("Danish aid minister visits a camp near the border, speaks with Sudanese "
               "refugees sheltering there", PUB)
    ev = _event(doc, "CONSULT")
    assert "SDN" in countries(doc, ev.recipient)


def test_coordinated_parties_before_a_headline_gerund_all_take_part(code):
    doc = code("The Chilean president and the Argentine president discussing gas prices in Salta", PUB)
    ev = _event(doc, "CONSULT")
    assert {"CHL", "ARG"} <= countries(doc, ev.actor)


# ---------------------------------------------------------------- hosting and receiving
@pytest.mark.parametrize("text,host,guest", [
    ("The Turkish president hosts Scholz in Ankara", "TUR", "DEU"),
    ("The Kenyan president received Somalia's president at State House", "KEN", "SOM"),
])
def test_a_named_visitor_hosted_or_received_is_a_visit(code, text, host, guest):
    doc = code(text, PUB)
    ev = _event(doc, "CONSULT")
    assert ev.mode == "visit"
    assert host in countries(doc, ev.actor)
    assert guest in countries(doc, ev.recipient)


@pytest.mark.parametrize("text", [
    "Chile hosts two million Venezuelans",
    "The mayor will receive the blessing of the governor",
    "More than 3,000 Bolivians travelled to Chile by bus on Friday",
    "The Chilean mining firm ran into financial trouble last year",
])
def test_no_meeting(code, text):
    """People of a nationality taken in or travelling, a thing received with its owner, a
    difficulty "run into": no visit and no meeting."""
    assert _consults(code(text, PUB)) == []


# ---------------------------------------------------------------- promises and offers
@pytest.mark.parametrize("text,source,target", [
    (JOINT_WORK.example, "CHL", "PER"),
    ("Norway said it would work with Kenya to clear the mines", "NOR", "KEN"),
    ("The Bolivian president said he was ready for talks with Chile.", "BOL", "CHL"),
])
def test_promised_joint_work_and_readiness_for_talks_are_agree(code, text, source, target):
    doc = code(text, PUB)
    ev = _event(doc, "AGREE")
    assert source in countries(doc, ev.actor)
    assert target in countries(doc, ev.recipient) | countries(doc, ev.actor)


def test_working_together_is_agree_of_the_group(code):
    doc = code("Nordic nations will work together on winter energy aid for Moldova", PUB)
    ev = _event(doc, "AGREE")
    assert ev.actor
    assert "MDA" in countries(doc, ev.recipient)


@pytest.mark.parametrize("text", [
    "The senator has worked with Republicans on the bill for years.",
    "She worked with the Chilean embassy as a translator.",
])
def test_past_joint_work_is_no_promise(code, text):
    doc = code(text, PUB)
    assert not {"AGREE", "COOPERATE"} & types(doc)


def test_prepared_to_do_more_names_the_pledger(code):
    doc = code('Nordic nations "prepared to do more" on Moldovan energy aid', PUB)
    ev = _event(doc, "AGREE")
    assert "nordic nations" in names(doc, ev.actor)


# ---------------------------------------------------------------- calls and trips, headline style
@pytest.mark.parametrize("text,parties", [
    ("The Bolivian president thanked Chile in a call on Friday", {"BOL", "CHL"}),
    ("Peru's prime minister raised fishing quotas to Boric in call on Sunday", {"PER"}),
])
def test_a_call_told_as_the_occasion_of_an_act_has_both_sides(code, text, parties):
    doc = code(text, PUB)
    ev = _event(doc, "CONSULT")
    assert ev.mode == "phone"
    assert parties <= countries(doc, ev.actor)
    assert len(ev.actor) >= 2


def test_a_call_with_no_partner_named_is_no_event(code):
    assert _consults(code("Peru's president said in a call on Friday that he would run again", PUB)) == []


def test_a_place_before_a_bare_weekday_is_where_the_trip_goes(code):
    """"will travel to Lima Wednesday": the headline drops "on"; the parser makes the place a
    compound of the day, which is no longer read as a time phrase only."""
    doc = code("The Chilean foreign minister will travel to Lima Wednesday", PUB)
    assert {"AGREE", "CONSULT"} & types(doc)


# ---------------------------------------------------------------- answers to a request
@pytest.mark.parametrize("text,event,askers", [
    ("The regional bloc agrees to begin examining bids from Peru, Chile and Ecuador to join",
     "AGREE", {"PER", "CHL", "ECU"}),
    ("Chile refused to examine the applications from Peru and Ecuador", "REJECT", {"PER", "ECU"}),
])
def test_the_owners_of_a_request_answered_are_the_target(code, text, event, askers):
    doc = code(text, PUB)
    ev = _event(doc, event)
    assert askers <= countries(doc, ev.recipient)


# ---------------------------------------------------------------- arrivals
@pytest.mark.parametrize("text,visitor,visited", [
    ("The Chilean foreign minister arrived in Lima on Monday.", "CHL", "PER"),
    ("Portugal's defence minister arrives in Kyiv", "PRT", "UKR"),
])
def test_an_official_arriving_abroad_is_on_a_visit(code, text, visitor, visited):
    doc = code(text, PUB)
    ev = _event(doc, "CONSULT")
    assert ev.mode == "visit"
    assert visitor in countries(doc, ev.actor)
    assert visited in countries(doc, ev.recipient)


@pytest.mark.parametrize("text", [
    "Ukrainian officials arrived in Kharkiv on Monday",
    "Chilean troops arrived in Peru for joint drills",
    "A shipment of Chilean medicine arrived in Peru",
])
def test_arrivals_at_home_or_of_troops_and_goods_are_no_visits(code, text):
    assert [e for e in _consults(code(text, PUB)) if e.mode == "visit"] == []


def test_an_arrival_for_talks_leaves_the_talks_the_one_event(code):
    doc = code("The Peruvian president arrives in Santiago for talks with the Chilean president", PUB)
    evs = _consults(doc)
    assert len(evs) == 1
    assert {"PER", "CHL"} <= countries(doc, evs[0].actor)


def test_a_first_person_after_a_headline_speaker_colon_is_the_speaker(code):
    doc = code('Peruvian president: "I am ready for talks" with Chile, but not yet', PUB)
    ev = _event(doc, "AGREE")
    assert "PER" in countries(doc, ev.actor)
    assert "CHL" in countries(doc, ev.recipient)
