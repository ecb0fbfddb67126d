"""Round 38: attacks the news follows (``frames.targeted``, ``named_doer``, ``latest_instance``,
``aimed_at_named``).

An attack noun in an "after", "following" or "despite" phrase is an event of its own, not a
backdrop, when its doer is named (a demonym, a possessor, an actor compounded on it), and, after
"after"/"following", also when it is plural but the latest or aimed at a named place. States
(the war, the invasion), bare plural attacks with no target, a concessive phrase with no doer
and the backdrop "amid" stay background. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _assaults(doc):
    return [e for e in doc.events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, doer", [
    ("Minister vows support after Serbia's attacks on border villages", "SRB"),
    ("Schools reopen in Sumy despite Russian shelling, mayor says", "RUS"),
    ("Fishermen return to sea despite an Eritrean strike on the harbour", "ERI"),
    ("Lawmakers meet in Tbilisi after Russia's air strikes on the port", "RUS"),
])
def test_attack_with_named_doer_is_news(code, text, doer):
    found = _assaults(code(text, PUB))
    assert found, text
    assert found[0].negated is False and found[0].hypothetical is False
    assert doer in {a.country for a in code(text, PUB).actors if a.id in found[0].actor}


@pytest.mark.parametrize("text", [
    "Families bury their dead after the latest attacks on power plants, governor says",
    "Crowds gather in Yerevan hours after missile strikes on Stepanakert and other towns",
    "Power returns to Odesa after fresh strikes on the grid",
])
def test_plural_attacks_latest_or_aimed_are_news(code, text):
    assert _assaults(code(text, PUB)), text


@pytest.mark.parametrize("text", [
    "Prices rose sharply after the invasion of the island",
    "Farmers keep working despite the war",
    "Schools stay open despite attacks",
    "Exports slumped amid heavy shelling of the port",
    "Tourism fell after attacks on hotels",
])
def test_backdrop_attacks_stay_background(code, text):
    assert not _assaults(code(text, PUB)), text


@pytest.mark.parametrize("text, future", [
    # the act a sentence follows happened, whatever the mode of the clause it modifies
    ("Ecuador hopes to resume fishing off Manta despite a Peruvian strike on the harbour", False),
    ("The ferry could sail again after Chile's strikes on the docks", False),
    # its own words still give it a mode
    ("Traders fear more losses after the next Chilean attack on the docks", True),
])
def test_followed_act_keeps_its_own_mode(code, text, future):
    found = _assaults(code(text, PUB))
    assert found, text
    assert found[0].future == future and found[0].hypothetical == future and not found[0].negated


@pytest.mark.parametrize("text, negated, hypothetical", [
    # from the reviews: an act that may be only possible keeps the main clause's mode
    ("NATO will invoke Article 5 after any Ruritanian attack on Estonia.", False, True),
    ("Analysts warn that oil prices could spike after an Iranian strike on Saudi oil fields.", False, True),
    ("The truce may hold despite any Israeli strike on Lebanon.", False, True),
    # its own words of possibility or negation
    ("Exports resumed despite a threatened Chilean strike on the port.", False, True),
    ("Grain exports resumed despite no Chilean attack on the port.", True, False),
])
def test_followed_act_not_presupposed(code, text, negated, hypothetical):
    found = _assaults(code(text, PUB))
    assert found, text
    assert found[0].negated == negated and found[0].hypothetical == hypothetical, found[0]


@pytest.mark.parametrize("text", [
    # from the reviews: plural acts told as a course, or the latest with nothing aimed at
    "Trade across the river fell after repeated raids on Tiraspol.",
    "Markets fell after the latest attacks.",
])
def test_course_or_aimless_plural_stays_background(code, text):
    assert not code(text, PUB).events, text


@pytest.mark.parametrize("text", [
    # from the held-out after-judgement: the attack followed is the cause of the harm reported
    "Three killed, 13 injured as search continues in the town after Chilean missile attacks",
    "One killed following a Chilean strike on the power plant, governor says",
])
def test_harm_after_attack_is_one_event(code, text):
    assert len(_assaults(code(text, PUB))) == 1, code(text, PUB).events
