"""Round 19 of the actor audit (docs/audit/dev-actors19.md), class ACT-ROLE, tested on
invented sentences (never sample text):

- an entry ban told in the passive ("X banned from entering Y"): Y bans, X is banned;
- a participle coordinated with a reported state ("reported hurt **or killed**"): its
  subject suffered the act, as with the first participle, and is never the doer.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _slots(doc):
    names = {a.id: (a.name, a.country) for a in doc.actors}
    return [([names[i] for i in e.actor], [names[i] for i in e.recipient]) for e in doc.events]


@pytest.mark.parametrize("text, state, banned", [
    ("Two Peruvian reporters banned from entering Chile", "CHL", "PER"),
    ("Three French journalists banned from entering Iran", "IRN", "FRA"),
    ("Canadian actor Tom Reyes and two Danish pilots banned from entering Japan", "JPN", "CAN"),
    ("Kenyan activists banned from entering Uganda", "UGA", "KEN"),
])
def test_the_state_entered_bans(code, text, state, banned):
    src, tgt = _slots(code(text, PUB))[0]
    assert [c for _, c in src] == [state]
    assert banned in [c for _, c in tgt] and state not in [c for _, c in tgt]


@pytest.mark.parametrize("text, src_country", [
    ("Chile bans Peruvian reporters from entering the country", "CHL"),
    ("Two Peruvian reporters banned from entering Chile by Chile's interior ministry", None),
])
def test_an_active_or_agented_ban_is_unchanged(code, text, src_country):
    src, tgt = _slots(code(text, PUB))[0]
    assert src
    assert ("Peruvian reporters", "PER") in tgt
    if src_country:
        assert [c for _, c in src] == [src_country]


@pytest.mark.parametrize("text, victims", [
    ("UN says at least 90 civilians have been reported hurt or killed in Sudan", "civilians"),
    ("Dozens of villagers were reported wounded or killed in Mali", "villagers"),
    ("Red Cross says 40 farmers were reported injured or killed in Chad", "farmers"),
])
def test_a_coordinated_reported_participle_has_victims(code, text, victims):
    for src, _tgt in _slots(code(text, PUB)):
        assert victims not in [n for n, _ in src]
    assert any(victims in [n for n, _ in tgt] for _, tgt in _slots(code(text, PUB)))

