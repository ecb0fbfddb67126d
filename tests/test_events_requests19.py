"""Round requests19: requests told with a verb of asking, an addressee and a to-clause,
tested on invented sentences (never sample text).

Classes: "called on" parsed with "on" as a particle that still governs the addressee (match.
preps_of); a second verb of asking hung by the parser under the first one's to-clause
("called on A to X and called on B to Y": a finite verb cannot share the infinitive's "to",
syntax.finite_after_infinitive), which is a second REQUEST by the same asker, not content of
the first nor an act of the first addressee; two coordinated asks, each with its own to-clause,
are two REQUESTs (component._two_asks). Guards: the requested act (even a PLOVER act: "impose
sanctions", "march") is no affirmed event of the asker; "called for calm" has no addressee;
"urged to" passives keep the urged party as recipient; a finite verb that is not a second ask
("and thanked the fans") stays out of the request.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import names

PUB = "2024-05-01"


def requests(doc):
    return [e for e in doc.events if e.event == "REQUEST" and not e.negated]


def affirmed(doc):
    return {e.event for e in doc.events if not (e.negated or e.hypothetical)}


# ------------------------------------------------- two coordinated requests, two addressees
@pytest.mark.parametrize(("text", "asker", "addressees"), [
    ("The Ortiz family has since called on police to publish the recording and called on "
     "residents to march peacefully.", "Ortiz family", ("police", "residents")),
    ("The Serbian minister urged Kosovo to withdraw its police and urged NATO to send more "
     "peacekeepers.", "Serbian minister", ("Kosovo", "NATO")),
    ("The Serbian minister urged Kosovo to withdraw its police and called on NATO to send more "
     "peacekeepers.", "Serbian minister", ("Kosovo", "NATO")),
    ("The bishop appealed to the rebels to free the hostages and asked the army to hold its "
     "fire.", "bishop", ("rebels", "army")),
])
def test_coordinated_requests(code, text, asker, addressees):
    doc = code(text, PUB)
    found = requests(doc)
    got = [(names(doc, e.actor), names(doc, e.recipient)) for e in found]
    for who in addressees:
        assert any(asker.lower() in a and who.lower() in r for a, r in got), got
    # the requested acts are the requests' content, not acts of the asker
    assert not {"PROTEST", "RETREAT", "MOBILIZE"} & affirmed(doc), got


# ------------------------------------------------- "called on" with "on" read as a particle
@pytest.mark.parametrize(("text", "asker", "addressee"), [
    ("The Reyes family has since called on police to publish the recording.", "Reyes family",
     "police"),
    ("The Okafor family has called on prosecutors to reopen the case.", "Okafor family",
     "prosecutors"),
])
def test_call_on_particle(code, text, asker, addressee):
    doc = code(text, PUB)
    got = [(names(doc, e.actor), names(doc, e.recipient)) for e in requests(doc)]
    assert any(asker.lower() in a and addressee.lower() in r for a, r in got), got


# ------------------------------------------------- guards
@pytest.mark.parametrize(("text", "absent"), [
    # a PLOVER act asked for is not done by the asker
    ("Mayor Lind urged the allies to impose sanctions on Moravia.", "SANCTION"),
    ("The Croatian president called on citizens to stage a general strike.", "PROTEST"),
    ("The Kenyan envoy pressed Ethiopia to expel the rebel delegation.", "REJECT"),
])
def test_requested_act_not_affirmed(code, text, absent):
    doc = code(text, PUB)
    assert requests(doc)
    assert absent not in affirmed(doc)


def test_call_for_calm_has_no_addressee(code):
    doc = code("The Tunisian minister called for calm.", PUB)
    found = requests(doc)
    assert found and not any(e.recipient for e in found)


def test_urged_passive_keeps_the_urged_party(code):
    doc = code("Peruvian farmers were urged to boycott the auction.", PUB)
    got = [names(doc, e.recipient) for e in requests(doc)]
    assert any("peruvian farmers" in r for r in got), got
    assert "PROTEST" not in affirmed(doc)


def test_finite_non_request_conjunct_is_no_second_request(code):
    doc = code("The coach asked the players to stay calm and thanked the fans.", PUB)
    assert len(requests(doc)) <= 1


# ------------------------------------------------- "call on" a resource draws on it
@pytest.mark.parametrize("text", [
    "Under the plan, volunteers would train and then county officials could call on their help "
    "during floods.",
    "The governor called on years of experience in the talks with the union.",
])
def test_call_on_a_resource_is_no_request(code, text):
    assert not requests(code(text, PUB))
