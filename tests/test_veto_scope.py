"""The scope of the ninth session's sense and mode vetoes (docs/audit/dev-senses17..19.md,
dev-modality17.md, dev-accuse17.md): each veto removes an everyday sense, and must leave the
political act it resembles. Found by a review of the merged rounds; invented sentences.

- letting a thing move is access granted (CONCEDE), unlike letting a thing be settled;
- an office holder who opposes or agrees acts for a state (REJECT, AGREE), unlike a pundit;
- an event that causes a postponement is not itself called off;
- pushing a party for something is a request, unlike pushing a bill through;
- asking a state for details is a request, unlike a reporter asking for them;
- "failed" describes, it does not condemn.
"""
from __future__ import annotations

import pytest

PUB = "2022-03-10"


def _coded(doc, kind):
    return [e for e in doc.events if e.event == kind and not e.negated]


@pytest.mark.parametrize("text, kind", [
    ("Israel allowed aid trucks to enter Gaza.", "CONCEDE"),
    ("Serbia allowed the relief convoy to reach the enclave.", "CONCEDE"),
    ("Hungarian Prime Minister Viktor Orban opposes the EU sanctions package.", "REJECT"),
    ("The Turkish president opposes the peace deal.", "REJECT"),
    ("Erdogan agreed with Putin.", "AGREE"),
    ("A Russian missile attack on Kherson postponed the vote.", "ASSAULT"),
    ("The EU pushed Belgrade for reforms of the judiciary.", "REQUEST"),
    ("Chile asked Peru for details of the troop movements.", "REQUEST"),
])
def test_the_political_act_stays(code, text, kind):
    doc = code(text, PUB)
    assert _coded(doc, kind), [(e.event, e.trigger.text, e.negated) for e in doc.events]


@pytest.mark.parametrize("text, kind", [
    ("The council allowed the dispute to be settled in another court.", "CONCEDE"),
    ("The columnist mostly agreed with the pundit.", "AGREE"),
    ("The senator pushed through a housing bill.", "REQUEST"),
    ("The mayor declined to say more once reporters asked for details.", "REQUEST"),
    ("The envoy described the Chilean bid as a failed attempt to end the talks.", "ACCUSE"),
])
def test_the_everyday_sense_stays_out(code, text, kind):
    doc = code(text, PUB)
    assert not _coded(doc, kind), [(e.event, e.trigger.text) for e in doc.events]


def test_a_called_off_event_is_still_negated(code):
    doc = code("Peace talks called off after the shelling.", PUB)
    assert any(e.event == "CONSULT" and e.negated for e in doc.events)
