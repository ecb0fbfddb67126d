"""Round 40: the partner of a discussion hung inside its topic (``counterparts.deep_partners``).

"Discussed the next steps of the bid with the Swedish premier": the parser hangs "with" on the
topic's last noun; the premier is still the other side of the talks. Round 40b (review): only
a person, and not the other side of a word that takes "with" for its own (an act of the lexicon,
a joint thing, a relational noun: "the dispute with X", "a clash with X", "a war with X"). A
"with" on the topic itself was read before this round and is left as it was.
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _consult_sides(doc):
    found = [e for e in doc.events if e.event in ("CONSULT", "AGREE")]
    assert found, doc.events
    names = {a.id: a.name for a in doc.actors}
    return {names[i] for i in found[0].actor}


@pytest.mark.parametrize("text, partner", [
    ("Finland's president discussed the next steps of the bid with the Swedish prime minister",
     "Swedish prime minister"),
    ("The Chilean foreign minister discussed the fate of the fishing fleet with her Peruvian counterpart",
     "Peruvian counterpart"),
    ("Kenya's president discussed the route of the pipeline with the Ugandan president", "Ugandan president"),
    ("The Chilean minister discussed ways to speed up copper exports with her British counterpart",
     "British counterpart"),
])
def test_partner_inside_topic_is_a_side(code, text, partner):
    assert partner in _consult_sides(code(text, PUB)), text


@pytest.mark.parametrize("text, other", [
    ("Kenya's president discussed plans to cooperate with Uganda", "Uganda"),
    ("Kenya's president discussed the deal signed with Uganda last year", "Uganda"),
    # from the review: the other side of a relation, a clash or a war is no partner
    ("The Chilean president discussed the history of the dispute with the Bolivian president",
     "Bolivian president"),
    ("The Indian defence minister discussed the danger of a clash with Chinese troops in Ladakh",
     "Chinese troops"),
    ("Chile's president discussed the risks of a war with Bolivia during a closed session", "Bolivia"),
])
def test_partner_of_inner_act_is_no_side(code, text, other):
    assert other not in _consult_sides(code(text, PUB)), text
