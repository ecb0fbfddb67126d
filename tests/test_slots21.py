"""Round 21 of the slot audit (docs/audit/dev-slots21.md): the party that loses a seizure or
whose attack is turned back is the target (``events.yielding``), tested on invented sentences.

- verbs of possessional deprivation: the "from" object ("retook the port from X");
- acting against an act: the doer of the object act ("repelled attempts by X to advance");
- a place in the "from" phrase is where the act comes from, no party.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names as _names

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
