"""Round 23, invented headlines: a raising participle with its copula dropped.

"Indian defence minister expected to talk with Japanese counterpart": the headline drops "is",
and the parser hangs "expected" on the noun as a modifier (acl), so the to-clause found no
subject. The noun a raising participle (``events_args.yaml`` ``raising``) modifies is the
one raised: the subject of the act ("a minister expected to resign" is the one who would).
"""
from __future__ import annotations

import pytest

PUB = "2023-05-10"


@pytest.mark.parametrize(("text", "event", "party"), [
    ("Indian defense minister expected to talk with his Japanese counterpart later today", "CONSULT", "IND"),
    ("Kenyan foreign minister expected to meet Somali president in Mogadishu", "CONSULT", "KEN"),
])
def test_the_noun_a_raising_participle_modifies_does_the_act(code, text, event, party):
    doc = code(text, PUB)
    found = [e for e in doc.events if e.event == event]
    assert found and party in {doc.actor(i).country for i in found[0].actor if doc.actor(i)}, doc.events
    assert found[0].future or found[0].hypothetical


def test_a_passive_after_a_raising_participle_keeps_its_victims_out_of_the_source(code):
    # "8 civilians reported killed in …": the civilians are those killed, not the killers
    doc = code("8 civilians reported killed in a rebel attack on a market town", PUB)
    assert all("civilians" not in [doc.actor(i).name for i in e.actor if doc.actor(i)]
               for e in doc.events), doc.events
