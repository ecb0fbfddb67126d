"""Round 36: acts still to come, told by what is being done toward them (``events/to_come.py``).

Work done toward an act through a preposition ("working on sanctions", "plans for an
offensive") makes it planned (future, its own type kept: no THREATEN or AGREE from the plan); a
participle of proposal on it ("the proposed embargo"), a forecast of it as a consequence ("would
lead to sanctions") and a predicate of need ("more talks are needed") make it hypothetical; an
intent told with "looking to" is left as it was (it reached acts embedded further down, such as
the talks a "parallel track" would run beside). Past consequences, a
participle after the noun ("sanctions proposed by X and imposed") and acts done stay as they
were. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _event(doc, kind):
    found = [e for e in doc.events if e.event == kind]
    assert found, (kind, doc.events)
    return found[-1]


@pytest.mark.parametrize("text, kind, future, hypothetical", [
    ("Ecuador is working on fresh sanctions on Colombian banks.", "SANCTION", True, False),
    ("Bolivia drew up plans for an offensive on the border posts.", "ASSAULT", True, False),
    ("The Bolivian army is preparing for an offensive on the border posts.", "ASSAULT", True, False),
    ("The proposed embargo on Chilean copper angered Santiago.", "SANCTION", True, True),
    ("A mooted embargo on Peruvian fishmeal alarmed exporters in Callao.", "SANCTION", True, True),
    ("Another border raid would lead to sanctions on Quito.", "SANCTION", True, True),
    ("Further talks between Lima and La Paz are needed, officials say.", "CONSULT", False, True),
])
def test_act_to_come_is_flagged(code, text, kind, future, hypothetical):
    event = _event(code(text, PUB), kind)
    assert event.future == future and event.hypothetical == hypothetical, event


@pytest.mark.parametrize("text, kind", [
    ("The talks led to a truce between the two militias.", "RETREAT"),
    ("The Bolivian army launched an offensive on the border posts.", "ASSAULT"),
    ("Peru imposed the sanctions proposed by Chile on Tuesday.", "SANCTION"),
    ("The shelling of the port resulted in heavy losses, the Peruvian navy said.", "ASSAULT"),
    ("Peru worked with Chile on a joint patrol of the border last year.", "COOPERATE"),
    # the act under way ("work on" as a noun); from the reviews: a plan then carried out
    ("The Bolivian governor says work on the mobilization of reservists has begun.", "MOBILIZE"),
    ("The Peruvian navy drew up plans for an airstrike on the smugglers' port and launched it on Friday.",
     "ASSAULT"),
])
def test_act_done_stays_affirmed(code, text, kind):
    doc = code(text, PUB)
    found = [e for e in doc.events if e.event == kind]
    assert found and not any(e.future or e.hypothetical for e in found), doc.events


def test_planned_force_is_no_threat(code):
    """A plan drawn up is no threat told to anyone: the offensive keeps its type."""
    doc = code("Bolivia drew up plans for an offensive on the border posts.", PUB)
    assert "THREATEN" not in {e.event for e in doc.events}


def test_work_denied_denies_the_act(code):
    """From the reviews: "is not preparing for" denies the act it would prepare."""
    doc = code("The Bolivian army is not preparing for an offensive on the border posts, it said.", PUB)
    assert _event(doc, "ASSAULT").negated
