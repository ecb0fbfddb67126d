"""Round 42: a casualty report told with "dead" ("eight villagers dead after a mortar attack").

A headline or caption gives the toll and its cause without a verb of harm: the victims'
state is an adjective ("dead") and the act that caused it sits in an "after" phrase. The act is
the news (``frames.casualty_cause`` and ``component._background``: not a backdrop), and the
victims — the noun "dead" describes, or the subject of "dead" or of "were dead" — are its
target (``args.casualty_subjects``). Deaths after a crash, a storm or an earthquake code
nothing: no event noun is there; nor does a word of the victims' own phrase ("aid workers"), an
animal's attack, or a state or long course ("after the invasion"). Two reviews' cases are marked.
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, victims", [
    ("Eight villagers dead after a mortar attack on the market.", "villagers"),
    ("Six policemen dead after an ambush on their convoy near the border.", "policemen"),
    ("Three shepherds dead after a drone strike on the hills above the camp.", "shepherds"),
    ("Four civilians dead after rocket attack on the bus depot.", "civilians"),
    # from the reviews: the full-sentence form ("were dead after …")
    ("Eight villagers were dead after a mortar attack on the market.", "villagers"),
    ("Five soldiers are dead after an ambush on the convoy, officials said.", "soldiers"),
])
def test_dead_after_an_attack_is_the_attack_on_the_dead(code, text, victims):
    doc = code(text, PUB)
    found = [e for e in doc.events if e.event == "ASSAULT" and not e.negated]
    assert found, doc.events
    names = {a.id: a.name.lower() for a in doc.actors}
    assert any(victims in names[i] for e in found for i in e.recipient), (found, names)


@pytest.mark.parametrize("text", [
    "Three dead after car crash on the motorway.",
    "Two fishermen dead after a storm hits the coast.",
    "Thousands dead after the earthquake in the province.",
    "Two hikers dead after a fall on the glacier.",
    # from the reviews: a word of the victims' own phrase is no cause, an animal no attacker,
    # a state or a long course no new act
    "Two aid workers dead after car crash in the capital.",
    "Two protest leaders dead after heart attack.",
    "Six swimmers dead after shark attack off the beach.",
    "Thousands dead after the invasion of the island.",
    "The plan was dead after the vote in parliament.",
])
def test_dead_after_no_attack_is_no_event(code, text):
    assert not [e for e in code(text, PUB).events if e.event == "ASSAULT"]


def test_dead_after_a_backdrop_war_is_no_new_attack(code):
    """"after years of war": a course of events, no one act the deaths follow."""
    doc = code("Hundreds of refugees dead after years of war in the region.", PUB)
    assert not [e for e in doc.events if e.event == "ASSAULT"]


def test_the_dead_are_no_doers_of_a_gerund_attack(code):
    """From the review: "bombing" read as a gerund takes the victims' noun as its subject; a
    word of their name ("police") must not bring them back as the doers."""
    doc = code("Four police officers dead after bombing at the checkpoint.", PUB)
    names = {a.id: a.name.lower() for a in doc.actors}
    found = [e for e in doc.events if e.event == "ASSAULT"]
    assert found and not any("officer" in names[i] for e in found for i in e.actor), found
    assert any("officer" in names[i] for e in found for i in e.recipient), found
