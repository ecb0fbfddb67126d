"""Round 54: a call or meeting told in a reported clause whose subject is a pronoun or no party.

"X says he is hopeful after a call with Y", "X said trade would grow after meeting Y": the
call took place between X and Y (judging convention 2), but the clause's own subject ("he",
"trade") named no side, so the call stayed background. The reporter is the side: the subject
of the verb of saying whose clause holds the call. Only a side (a state, a body, a named person,
an official with a country): "Analysts say …", "Experts say …" hold no call. A clause whose own
subject is a party keeps it ("the minister says Peru will sign after a meeting with Chile").
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _consult(coded):
    names = {a.id: a.name for a in coded.actors}
    return [sorted(names[a] for a in e.actor) for e in coded.events if e.event == "CONSULT"]


@pytest.mark.parametrize("text, sides", [
    ("Macron says he is hopeful after call with Putin", ["Emmanuel Macron", "Vladimir Putin"]),
    ("The Kenyan president said he was encouraged following a meeting with Abiy",
     ["Abiy Ahmed", "Kenyan president"]),
    ("Scholz says he is confident after a call with Biden", ["Joe Biden", "Olaf Scholz"]),
])
def test_reporter_is_a_side_of_the_call(code, text, sides):
    assert sides in _consult(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Analysts say the deal will fail after talks with Iran",
    "Experts say prices will rise after the call with Riyadh",
    "Villagers say they fled after a meeting with the rebels",
])
def test_no_call_for_those_who_only_comment(code, text):
    assert not _consult(code(text, PUB))


def test_a_party_subject_keeps_the_call(code):
    coded = code("The minister says Peru will sign after a meeting with Chile", PUB)
    assert ["Chile", "Peru"] in _consult(coded)


# from the review: a passive party subject, "until after" (to come), a partner who is no side
@pytest.mark.parametrize("text", [
    "Scholz said Putin was unmoved after a call with Xi Jinping",
    "Lavrov said nothing would change until after a meeting with Blinken",
    "The French president said he felt better after a conversation with his doctors",
])
def test_no_call_for_the_reporter_here(code, text):
    assert not _consult(code(text, PUB))


def test_a_passive_subject_that_names_no_party_still_gives_the_reporter(code):
    coded = code("Albanese said trade barriers would be lifted following his meeting with Li Qiang", PUB)
    assert any("Li Qiang" in " ".join(c) for c in _consult(coded)), coded.events
