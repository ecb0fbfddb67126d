"""Round 47: the West without its article, and states named as powers.

Headlines drop the article: "Tehran blames West for unrest", "West tightens sanctions on …". The
West is the one group the lexicon knows by a compass word, so "West" alone is it too, but not
the start of a longer name ("West Bank", "West Virginia", "West Africa", "West Ham"), nor a
name's end ("Kanye West", "the Wild West"), nor a hyphened compound ("East-West", "pro-West").
And "world powers", "major powers", "great powers", "foreign powers", "regional powers" are
groups of states with no one country (relational: a country named in the sentence is not
theirs); "powers" alone is no actor ("seized new powers"). Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def parties(doc):
    names = {a.id: a.name for a in doc.actors}
    return [({names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in doc.events]


@pytest.mark.parametrize("text, source, target", [
    ("Iran calls on West to lift sanctions", "Iran", "the West"),
    ("Beijing blames West for unrest in Hong Kong", "China", "the West"),
    ("Venezuela accuses West of economic war", "Venezuela", "the West"),
    ("West tightens sanctions on Venezuelan oil", "the West", "Venezuela"),
    ("West warns Iran against enriching uranium", "the West", "Iran"),
])
def test_west_without_its_article(code, text, source, target):
    assert any(source in s and target in t for s, t in parties(code(text, PUB)))


@pytest.mark.parametrize("text", [
    "Kanye West accuses the media of lying",
    "Settlers attack villages in the West Bank",
    "West Ham accuses the league of bias",
    "West Virginia sues the federal government",
    "Rebels attack a town in West Africa",
    "Mr West accused the council of lying",
    # from the review: a hyphen joins it to another word
    "Rebels attacked a convoy on the East-West highway on Sunday.",
    "Pro-West parties condemn the election result",
    "Moscow accuses East-West pipeline operators of sabotage",
])
def test_west_inside_another_name(code, text):
    assert all(a.name != "the West" for a in code(text, PUB).actors)


@pytest.mark.parametrize("text, name", [
    ("Tehran resumed talks with world powers on Monday.", "world powers"),
    ("The major powers urged both sides to hold fire.", "major powers"),
    ("The junta accused foreign powers of backing the rebels.", "foreign powers"),
])
def test_powers_are_a_group_of_states(code, text, name):
    doc = code(text, PUB)
    found = [a for a in doc.actors if a.name == name]
    assert found and found[0].country is None and found[0].kind == "group"


@pytest.mark.parametrize("text", ["The president seized new powers.",
                                  "The court curbed the powers of the police."])
def test_powers_alone_are_no_actor(code, text):
    assert not any("powers" in a.name for a in code(text, PUB).actors)
