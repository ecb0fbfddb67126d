"""Round 19, calls and trips told with plain verbs (CONSULT): two named sides that "spoke"
(a coordinated subject, no object, no audience) held a call or meeting; an official who
"heads to" a party of another state is on a visit, while a domestic trip, troops, refugees or
voters heading somewhere are not. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries

PUB = "2022-06-01"


def _consults(doc):
    return [e for e in doc.events if e.event == "CONSULT"]


def _sides(doc):
    return [countries(doc, e.actor) | countries(doc, e.recipient) for e in _consults(doc)]


@pytest.mark.parametrize(("text", "sides"), [
    ("The Kenyan president and the Somali president spoke on Tuesday, officials said.", {"KEN", "SOM"}),
    ("Macron and Scholz spoke for an hour about energy prices.", {"FRA", "DEU"}),
    ("Kenya's president and Ethiopia's prime minister spoke today, the State House confirms", {"KEN", "ETH"}),
])
def test_two_named_sides_that_spoke_held_a_call(code, text, sides):
    assert sides in _sides(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The Kenyan president spoke on Tuesday.",
    "Ruto and Odinga spoke to reporters after the vote.",
    "The Chilean and Peruvian presidents spoke at a rally in Arica.",
    "Protesters and police spoke out against the ban.",
    "The two women spoke for a few minutes after the hearing.",
])
def test_one_speaker_or_an_audience_is_no_call(code, text):
    assert _consults(code(text, PUB)) == []


@pytest.mark.parametrize(("text", "traveller", "host"), [
    ("Zelensky heads to Ottawa", "UKR", "CAN"),
    ("The Kenyan president heads to Addis Ababa on Monday.", "KEN", "ETH"),
    ("The Moroccan king heads to Dakar.", "MAR", "SEN"),
])
def test_an_official_heading_to_a_foreign_party_is_on_a_visit(code, text, traveller, host):
    doc = code(text, PUB)
    visits = [e for e in _consults(doc) if e.mode == "visit"]
    assert any(countries(doc, e.actor) == {traveller} and countries(doc, e.recipient) == {host}
               for e in visits)


@pytest.mark.parametrize("text", [
    "Biden heads to Delaware for the weekend.",
    "Refugees head to Poland as the shelling grows.",
    "Voters head to the polls in Kenya.",
    "Ukrainian troops head to Bakhmut.",
])
def test_a_domestic_trip_or_people_heading_somewhere_is_no_visit(code, text):
    assert [e for e in _consults(code(text, PUB)) if e.mode == "visit"] == []


def test_heading_for_talks_leaves_the_talks_the_event(code):
    doc = code("The Kenyan president heads to Addis Ababa for talks on the dam.", PUB)
    assert [e.trigger.text for e in _consults(doc)] == ["talks"]
