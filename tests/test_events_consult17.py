"""Round 17, named meetings, calls and visits told as nouns or arrivals (CONSULT): a meeting,
call, talks or trip noun naming its own sides reports the meeting even as the topic of telling
or the modifier of another noun; a call "between" two sides (also a headline's capital "Call"
misread as a verb); a headline speaker "to Y in call"; "during their call" names the two sides;
an arrival ahead of a meeting stays a visit (a body's summit is the host). What stays no
meeting: a meeting in a phrase of time or cause, a possible or planned one, one without named
sides, refugees or a domestic trip. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries

PUB = "2022-06-01"


def _consults(doc):
    return [e for e in doc.events if e.event == "CONSULT"]


def _sides(doc):
    return [countries(doc, e.actor) | countries(doc, e.recipient) for e in _consults(doc)]


# ---------------------------------------------------------------- a meeting naming its sides
@pytest.mark.parametrize("text,sides", [
    ("Here is what we know about the meeting between Chile, Peru and Bolivia", {"CHL", "PER", "BOL"}),
    ("Here is what we know about the summit between Kenya and Tanzania", {"KEN", "TZA"}),
    ("What to know about the Norway-Sweden talks", {"NOR", "SWE"}),
    ("Photos: the Ecuadorian president's meeting with the Colombian president", {"ECU", "COL"}),
    ("A fire on the sidelines of the Ghana-Togo talks injured two delegates", {"GHA", "TGO"}),
    ("Why the Moroccan king's visit to Senegal matters", {"MAR", "SEN"}),
    ("The Uruguayan president explains his first visit to Paraguay", {"URY", "PRY"}),
])
def test_a_meeting_noun_naming_its_sides_is_reported(code, text, sides):
    """Convention 2: a specific meeting, talks or visit with its parties named in its own phrase
    is an event, also as what one knows about or as the modifier of another noun."""
    assert sides in _sides(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Trade fell after the talks between Chile and Peru.",
    "Since the talks between Kenya and Tanzania collapsed, trade has fallen.",
    "The Bolivian envoy raised the possibility of a Chile-Peru meeting.",
    "Officials struggle to read the status of the negotiations between Norway and Sweden.",
    "Here is what we know about the meeting.",
])
def test_a_meeting_as_backdrop_possibility_or_without_sides_is_no_event(code, text):
    assert _consults(code(text, PUB)) == []


# ---------------------------------------------------------------- calls
@pytest.mark.parametrize("text,sides", [
    ("Call between the Chilean president and the Bolivian president has started", {"CHL", "BOL"}),
    ("The call between the Kenyan president and the Ethiopian prime minister has ended", {"KEN", "ETH"}),
    ("Chile's president to Peru's president in call: \"The border stays open\"", {"CHL", "PER"}),
])
def test_a_call_between_two_sides_or_to_an_addressee_is_a_phone_call(code, text, sides):
    doc = code(text, PUB)
    calls = [e for e in _consults(doc) if e.cameo == "041"]
    assert calls and countries(doc, calls[0].actor) == sides


def test_their_call_names_the_pressing_side_and_the_pressed_one_only(code):
    """"during their call": the two sides of the act, not a state named elsewhere."""
    doc = code("The Chilean president pressed Peru for more sanctions against Bolivia during "
               "their call.", PUB)
    calls = [e for e in _consults(doc) if e.cameo == "041"]
    assert calls and countries(doc, calls[0].actor) == {"CHL", "PER"}
    assert any(e.event == "REQUEST" for e in doc.events)


def test_a_call_for_something_stays_a_demand(code):
    doc = code("Call for calm grows as protests spread in Lima", PUB)
    assert not any(e.cameo == "041" for e in _consults(doc))


# ---------------------------------------------------------------- arrivals ahead of a meeting
@pytest.mark.parametrize("text,host", [
    ("French foreign minister arrives in Kyiv ahead of meetings with Ukrainian leaders", "UKR"),
    ("Japanese prime minister lands in Canberra before talks with Australian leaders", "AUS"),
])
def test_an_arrival_ahead_of_a_meeting_is_a_visit_to_the_state(code, text, host):
    doc = code(text, PUB)
    visits = [e for e in _consults(doc) if e.mode == "visit"]
    assert visits and countries(doc, visits[0].recipient) == {host}


def test_an_arrival_ahead_of_a_bodys_summit_visits_the_body(code):
    doc = code("Spanish premier arrives in Warsaw ahead of NATO summit", PUB)
    visits = [e for e in _consults(doc) if e.mode == "visit"]
    assert visits and [a.name for a in doc.actors if a.id in visits[0].recipient] == ["NATO"]


@pytest.mark.parametrize("text", [
    "Ukrainian refugees arrive in Warsaw ahead of the summit",
    "Chilean president arrives in Santiago ahead of cabinet meeting",
])
def test_refugees_or_a_trip_at_home_ahead_of_a_meeting_is_no_visit(code, text):
    assert not any(e.mode == "visit" for e in _consults(code(text, PUB)))


def test_an_arrival_for_talks_leaves_the_talks_the_one_event(code):
    doc = code("Chilean foreign minister arrives in Lima for talks with Peru", PUB)
    assert [e.mode for e in _consults(doc)] == [None]
