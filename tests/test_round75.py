"""Round 75: an act done "over the phone" or "by phone" with someone.

"Scholz urged a ceasefire over the phone with Putin": the verb's "with" party is the other
side of a phone call, which is a CONSULT of its own besides the act, and the demand, threat or
promise made in it is said to that party (round 67's addressee). "Over the phone" is the means,
not what the act was about. A phone seized, or a call with no party named, is no call. Every
sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _found(coded) -> list[tuple[str, set[str], set[str]]]:
    names = {a.id: a.name for a in coded.actors}
    return [(e.event, {names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in coded.events]


@pytest.mark.parametrize("text,act,speaker,other", [
    ("Scholz urged a ceasefire over the phone with Putin", "REQUEST", "Olaf Scholz", "Vladimir Putin"),
    ("Lula pledged more aid by phone with Zelensky", "AGREE", "Luiz Inácio Lula da Silva",
     "Volodymyr Zelensky"),
])
def test_an_act_over_the_phone_with_someone(code, text, act, speaker, other):
    found = _found(code(text, PUB))
    assert any(e == "CONSULT" and {speaker, other} <= s for e, s, _ in found), found
    assert any(e == act and speaker in s and other in t for e, s, t in found), found


@pytest.mark.parametrize("text", [
    "Police seized the minister's phone on Monday",
    "The senator shared the video over the phone with reporters",
])
def test_no_party_no_call(code, text):
    found = _found(code(text, PUB))
    assert not any(e == "CONSULT" and len(s) >= 2 for e, s, _ in found), found
