"""Round 78 (twenty-eighth session): "Macron called Putin" is a phone call.

A verb of placing a call whose only complement is a foreign office holder or state (the parser
makes it an object or an object predicate) is a CONSULT (phone) between the subject and the one
called, and an act told right after it is said to the one called (round 76's contact). Not
"calls Putin a killer" (naming), "called on NATO to …" or "called for talks" (demands), "called
Putin's bluff", "calls X to testify", a passive, or a call within one country. Every sentence
is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _found(coded) -> list[tuple[str, set[str], set[str]]]:
    names = {a.id: a.name for a in coded.actors}
    return [(e.event, {names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in coded.events]


@pytest.mark.parametrize("text,sides", [
    ("Macron called Putin on Tuesday", {"Emmanuel Macron", "Vladimir Putin"}),
    ("Biden calls Zelensky", {"Joe Biden", "Volodymyr Zelensky"}),
    ("Chilean President Gabriel Rojas called Argentine President Marta Lenz on Tuesday.",
     {"Gabriel Rojas", "Marta Lenz"}),
])
def test_calling_a_foreign_leader_is_a_call(code, text, sides):
    found = _found(code(text, PUB))
    assert any(e == "CONSULT" and sides <= s for e, s, _ in found), found


def test_an_act_after_the_call_is_said_to_the_one_called(code):
    found = _found(code("Macron called Putin and demanded access for inspectors", PUB))
    assert any(e == "REQUEST" and "Vladimir Putin" in t for e, _, t in found), found


@pytest.mark.parametrize("text", [
    "Biden calls Putin a killer",
    "Biden called Putin's bluff",
    "Zelensky called on NATO to close the sky",
    "The senator called Biden weak",
    "Zelensky was called a hero by Biden",
    "Trump called Biden",
])
def test_naming_demanding_or_a_call_at_home_is_no_call(code, text):
    found = _found(code(text, PUB))
    assert not any(e == "CONSULT" for e, _, _ in found), found
