"""Round 21 of the slot audit (docs/audit/dev-slots21.md): the party that loses a seizure or
whose attack is turned back is the target (``events.yielding``), tested on invented sentences.

- verbs of possessional deprivation: the "from" object ("retook the port from X");
- acting against an act: the doer of the object act ("repelled attempts by X to advance");
- a place in the "from" phrase is where the act comes from, no party.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names as _names
from tests.event_helpers import countries

PUB = "2022-06-01"


def _targets(doc, kind):
    return [n for e in doc.events if e.event == kind for n in _names(doc, e.recipient)]


@pytest.mark.parametrize("text, loser", [
    ("Ethiopian troops recaptured the town from Tigrayan forces", "Tigrayan forces"),
    ("Ukrainian forces liberated the village from Russian troops", "Russian troops"),
    ("Pakistani troops captured a hill from Indian soldiers", "Indian soldiers"),
    ("Armenian military says it repelled attempts by Azerbaijani troops to advance",
     "Azerbaijani troops"),
])
def test_the_losing_party_is_the_target(code, text, loser):
    targets = _targets(code(text, PUB), "ASSAULT")
    assert any(loser in n for n in targets), targets


def test_a_place_launched_from_is_no_party(code):
    targets = _targets(code("Russian forces fired missiles from Belarus at Ukrainian airfields",
                            PUB), "ASSAULT")
    assert "Belarus" not in targets, targets


@pytest.mark.parametrize("text, holder", [
    ("Kurdish forces recaptured villages occupied by Islamic State militants",
     "Islamic State militants"),
    ("Somali troops shelled a town held by al-Shabaab fighters", "fighters"),
])
def test_the_holder_of_what_is_taken(code, text, holder):
    targets = _targets(code(text, PUB), "ASSAULT")
    assert any(holder in n for n in targets), targets


@pytest.mark.parametrize("text, doer", [
    ("Nine soldiers killed by Syrian shelling near the border town", "SYR"),
    ("Two guards wounded in Houthi drone attack, Saudi officials say", "YEM"),
    ("Five miners killed in Eritrean convoy shelling", "ERI"),
    ("Five miners killed in shelling by Ethiopian forces", "ETH"),
])
def test_the_doer_named_on_a_casualty_cause(code, text, doer):
    doc = code(text, PUB)
    ev = next(e for e in doc.events if e.event == "ASSAULT" and e.trigger.text in ("killed", "wounded"))
    assert doer in countries(doc, ev.actor), [(e.event, e.trigger.text, e.actor) for e in doc.events]


def test_a_place_of_a_casualty_names_no_doer(code):
    doc = code("Two aid workers killed in a Sudanese town", PUB)
    assert all(not e.actor for e in doc.events if e.event == "ASSAULT")


@pytest.mark.parametrize("text, kind, relatives", [
    ("Canada imposes sanctions targeting the Iranian president's brothers", "SANCTION",
     {"Iranian president's brothers"}),
    ("Norway introduces sanctions targeting Ali Khamenei's and Hassan Rouhani's sons",
     "SANCTION", {"Ali Khamenei's sons", "Hassan Rouhani's sons"}),
    ("Police arrested the Kenyan minister's son in Nairobi", "COERCE", {"Kenyan minister's son"}),
])
def test_a_possessed_relative_is_the_party(code, text, kind, relatives):
    doc = code(text, PUB)
    targets = {n for e in doc.events if e.event == kind for n in _names(doc, e.recipient)}
    assert relatives <= targets, targets
    assert not any("'s" not in n and any(n in r for r in relatives) for n in targets), targets


def test_a_possessed_group_takes_the_possessor_country(code):
    doc = code("The EU sanctions Lukashenko's allies", PUB)
    ev = next(e for e in doc.events if e.event == "SANCTION")
    assert "BLR" in countries(doc, ev.recipient)
