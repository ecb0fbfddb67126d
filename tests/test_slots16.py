"""Round 16 of the slot audit (docs/audit/dev-slots16.md): targets the argument rules missed,
tested on invented sentences (never sample text).

- a request whose addressee is the subject of a mandative that-clause ("demanded that
  Congress release the report"; ``asked.mandated_subjects``);
- a request to be admitted to an international body ("pushes for EU membership", "asks to
  join NATO": the body is asked; ``asked.bodies_to_join``);
- what a material cooperation is given to ("issued visas to Afghans", "extradited the
  suspect to Germany": COOPERATE takes "to" as a recipient preposition, triggers.yaml);
- the subject of a verb of suffering whose object is the act ("faced criticism", "endured
  attacks": ``undergo.suffering_verb``).
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _names(doc, ids):
    by = {a.id: a.name for a in doc.actors}
    return {by[i] for i in ids}


def _events(doc, kind):
    return [e for e in doc.events if e.event == kind]


def _targets(doc, kind):
    return [_names(doc, e.recipient) for e in _events(doc, kind)]


@pytest.mark.parametrize("text, target", [
    ("The Chilean senator demanded that Congress release the report.", "Congress"),
    ("Peru's foreign minister urged that Bolivia reopen the border crossing.", "Bolivia"),
    ("Mayor Ines Pardo asked that residents of Arica stay indoors.", "residents"),
    ("Colombia demanded that Venezuela should hand over the fugitives.", "Venezuela"),
])
def test_the_subject_of_a_mandative_clause_is_asked(code, text, target):
    targets = _targets(code(text, PUB), "REQUEST")
    assert targets and any(any(target in n for n in t) for t in targets), targets


@pytest.mark.parametrize("text", [
    # a passive clause: the freed are not asked
    "Peru demanded that the detained fishermen be freed.",
    # a thing as the clause's subject
    "The Chilean senator demanded that the report be released.",
])
def test_no_addressee_from_a_passive_or_a_thing(code, text):
    doc = code(text, PUB)
    assert all(not e.recipient for e in _events(doc, "REQUEST"))


@pytest.mark.parametrize("text, body", [
    ("Moldova pushes for EU membership", "European Union"),
    ("Georgia asks to join NATO", "NATO"),
    ("Montenegro lobbies for NATO membership", "NATO"),
])
def test_a_request_to_join_is_put_to_the_body(code, text, body):
    targets = _targets(code(text, PUB), "REQUEST")
    assert targets and any(body in t for t in targets), targets


@pytest.mark.parametrize("text", [
    "Serbia asks to join the talks",  # what is joined is no party
    "Germany urged Ukraine to seek EU membership",  # the one urged is named: the EU is not asked
])
def test_no_body_asked_when_it_is_no_party_or_another_is_asked(code, text):
    doc = code(text, PUB)
    assert all("European Union" not in _names(doc, e.recipient) for e in _events(doc, "REQUEST"))
    assert all(_names(doc, e.recipient) <= {"Ukraine"} for e in _events(doc, "REQUEST"))


def test_a_supported_membership_still_leaves_the_body_out(code):
    doc = code("Chile backs Peruvian NATO membership.", PUB)
    assert all("NATO" not in _names(doc, e.recipient) for e in doc.events)


@pytest.mark.parametrize("text, target", [
    ("Britain says it has issued 3,000 visas to Afghans fleeing the war", "Afghans"),
    ("Spain extradited the suspect to Germany.", "Germany"),
])
def test_what_a_cooperation_gives_goes_to_its_recipient(code, text, target):
    targets = _targets(code(text, PUB), "COOPERATE")
    assert targets and any(target in t for t in targets), targets


def test_cooperating_to_do_something_names_no_recipient(code):
    doc = code("Police in both countries cooperated to catch the smugglers.", PUB)
    assert all(not e.recipient for e in _events(doc, "COOPERATE"))


@pytest.mark.parametrize("text, kind, target", [
    ("Chilean Transport Minister Rosa Vidal faced sharp criticism for the toll rise.", "ACCUSE",
     "Rosa Vidal"),
    ("Senator Hollis Brandt is drawing criticism after his remarks on veterans.", "ACCUSE", "Hollis Brandt"),
    ("Residents of the Chilean port of Arica endured nightly rocket attacks.", "ASSAULT", "residents"),
    ("Peru faced sanctions from the European Union.", "SANCTION", "Peru"),
])
def test_the_subject_of_a_verb_of_suffering_undergoes_the_act(code, text, kind, target):
    doc = code(text, PUB)
    targets = _targets(doc, kind)
    assert targets and any(any(target in n for n in t) for t in targets), targets
    assert all(not any(target in n for n in _names(doc, e.actor)) for e in _events(doc, kind))


def test_a_match_faced_is_no_act(code):
    doc = code("Peru faced the Chilean team in the final.", PUB)
    assert not doc.events
