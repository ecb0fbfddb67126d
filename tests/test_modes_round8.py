"""Round 8 of the modes: sentences that ask or only entertain an act, and statements about a
kind of person, tested on invented sentences.

- A yes/no question asks whether the act happened ("Did the governor threaten the teachers?"):
  hypothetical, and nobody's promise. A wh-question takes the act as given ("Why did the rebels
  free the hostages?") and stays an event.
- "whether" leaves the act open ("has not decided whether to extend the curfew").
- Epistemic adverbs ("perhaps", "maybe") make the act the writer's supposition, not a promise:
  "Maybe the mayor will meet the strikers" is a hypothetical future meeting, not an AGREE.
- An indirect question is no request: "asked whether/who/if …" asks for information; "asked if
  NATO could send jets" (a modal) and "asked the allies to send tanks" are requests.
- "those who …" in the present is anyone of a kind ("jails those who insult the king").
"""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle, Event
from tests.event_helpers import affirmed_types, types

PUB = "2021-05-03"


def flagged(doc: CodedArticle, event: str) -> list[Event]:
    return [e for e in doc.events if e.event == event]


@pytest.mark.parametrize("text, event", [
    ("Has the minister called for new sanctions against the regime?", "REQUEST"),
    ("Did the governor threaten the striking teachers?", "THREATEN"),
    ("Did the police arrest the opposition leader on Friday?", "COERCE"),
])
def test_yes_no_question_is_hypothetical(code, text, event):
    events = flagged(code(text, PUB), event)
    assert events and all(e.hypothetical for e in events)
    assert event not in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("Why did the rebels release the hostages so quickly?", "RETREAT"),
    ("The rebels released the hostages, but why?", "RETREAT"),
])
def test_wh_question_and_statement_stay_events(code, text, event):
    assert event in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("Perhaps the judges will demand more evidence from the prosecutors.", "REQUEST"),
    ("Maybe the mayor will meet the protest leaders next week.", "CONSULT"),
    ("Possibly the army will withdraw from the valley before winter.", "RETREAT"),
])
def test_epistemic_adverb_is_hypothetical_and_no_promise(code, text, event):
    doc = code(text, PUB)
    events = flagged(doc, event)
    assert events and all(e.hypothetical for e in events)
    assert "AGREE" not in types(doc)


def test_epistemic_adverb_needed_for_the_flag(code):
    doc = code("The mayor will meet the protest leaders next week.", PUB)
    assert "AGREE" in affirmed_types(doc)


@pytest.mark.parametrize("text", [
    "The council has not decided whether to extend the curfew on the capital.",
    "The prosecutors will decide next week whether to charge the general.",
])
def test_whether_leaves_the_act_open(code, text):
    assert not affirmed_types(code(text, PUB)) & {"COERCE", "ACCUSE", "SANCTION"}


@pytest.mark.parametrize("text", [
    "The minister asked whether the envoy had met the rebel commander.",
    "The senator asked who had ordered the withdrawal of the monitors.",
    "Reporters asked if the two delegations had signed anything.",
])
def test_indirect_question_is_no_request(code, text):
    assert "REQUEST" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The minister asked if NATO could send more air defence systems.",
    "Kyiv asked the allies to send more tanks.",
])
def test_polite_and_plain_requests_stay(code, text):
    assert "REQUEST" in affirmed_types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The governor vowed to punish those who attack police officers.",
    "The new law jails those who insult the king.",
])
def test_those_who_in_the_present_is_generic(code, text):
    assert not types(code(text, PUB)) & {"ASSAULT", "ACCUSE"}


def test_those_who_in_the_past_is_an_event(code):
    doc = code("The court jailed those who attacked the convoy last year.", PUB)
    assert "ASSAULT" in affirmed_types(doc)


def test_that_clause_of_a_demand_is_no_question(code):
    doc = code("The president told his generals that the shelling of villages must stop.", PUB)
    assert "REQUEST" in affirmed_types(doc)


# ---------------------------------------------------------------- allies and partners as actors
@pytest.mark.parametrize("text, slot", [
    ("The island's government asked its allies to send more patrol boats.", "recipient"),
    ("The foreign minister urged Western partners to speed up deliveries of shells.", "recipient"),
    ("The junta's foreign backers sent more fighter jets to the capital.", "actor"),
])
def test_allies_partners_backers_are_actors_without_a_country(code, text, slot):
    doc = code(text, PUB)
    found = [doc.actor(i) for e in doc.events for i in getattr(e, slot)]
    heads = {a.name.split()[-1].lower() for a in found if a}
    assert heads & {"allies", "partners", "backers"}
    assert all(a.country is None for a in found if a and a.name.split()[-1].lower()
               in {"allies", "partners", "backers"})


def test_allies_do_not_take_the_country_they_are_allies_of(code):
    doc = code("Kyiv asked the allies to send tanks.", PUB)
    allies = [a for a in doc.actors if a.name.lower().endswith("allies")]
    assert allies and allies[0].country is None
