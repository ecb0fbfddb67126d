"""Round 73: the invasion that names a war is its backdrop, not a new act.

In news of a war the noun "invasion" with its invader and invaded ("Chile's invasion of
Bolivia", "the Bolivian invasion of Peru") names the war itself, the ongoing state every story
is told against: defended, blasted, compared, running into resistance, spurring a crisis. The
pooled judgements of the headline samples marked 23 of 25 such events wrong. It is news when
told with its start ("launched the invasion", "ordered the invasion", "since the invasion
began"), in a clause of its own ("the invasion ordered on Thursday"), or with a date or place of
its own. The verb ("Chile invades Bolivia") is untouched. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _assaults(coded) -> list[str]:
    return [e.trigger.text for e in coded.events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The Peruvian president defended Chile's invasion of Bolivia on Monday",
    "Chile's invasion of Bolivia runs into stiff resistance, officials say",
    "The senator blasted Chile's invasion of Bolivia",
    "Chile's invasion of Bolivia spurs an economic crisis in Argentina",
    "The Nobel laureate compares the Bolivian invasion of Peru to a colonial war",
])
def test_the_war_named_is_no_new_act(code, text):
    assert _assaults(code(text, PUB)) == []


@pytest.mark.parametrize("text", [
    "Chile launched its invasion of Bolivia on Monday",
    "The Bolivian invasion of Peru was ordered on Thursday",
    "Chile invades Bolivia, the Peruvian embassy says",
    # review 73: a route or a date of its clause makes it one act
    "The Chilean invasion of Bolivia from Peru last week caught La Paz off guard",
])
def test_the_war_started_is_news(code, text):
    assert _assaults(code(text, PUB)), text


def test_a_reaction_to_the_war_keeps_its_target(code):
    """The criticism of the invasion still names the invader."""
    coded = code("The senator blasted Chile's invasion of Bolivia", PUB)
    names = {a.id: a.name for a in coded.actors}
    assert any(e.event == "ACCUSE" and "Chile" in [names[i] for i in e.recipient] for e in coded.events)
