"""Round 35: a count standing alone for the people an act harmed is an actor and the target.

Casualty reports name their victims by a number only ("5 killed in a strike on the port",
"the blast killed 12", "at least 9 dead after …", "dozens wounded as …"): the count is a group
of people (``actors/counted.py``, word list ``counted_harm``), located like a verb's subject,
and the harming act's target (``args._reduced_relative_noun``, ``args.counted_toll``). A count
with a noun of its own, a count of things ("shot down 5"), a score ("shot a 68"), a year or a
percentage is none. Every sentence is invented.
"""
from __future__ import annotations

import re

import pytest

PUB = "2022-06-01"
COUNT = re.compile(r"(^|\s)(\d[\d,]*|two|three|dozens?|hundreds|scores)$", re.I)


def _counted_targets(doc):
    """(event, target name, target country, mention text) of events whose target is a group
    of people mentioned by a count."""
    out = []
    for e in doc.events:
        for i in e.recipient:
            a = doc.actor(i)
            if a is not None and a.kind == "group" and any(COUNT.search(m.text) for m in a.mentions):
                out.append((e.event, a.name, a.country, a.mentions[0].text))
    return out


@pytest.mark.parametrize("text, count, country", [
    ("At least 14 killed in a Chilean strike on a bus depot in Arica", "14", "CHL"),
    ("3 killed in missile strike in the Peruvian town of Tacna", "3", "PER"),
    ("Bolivian rocket attack kills 11 in Oruro", "11", "BOL"),
    ("Paraguayan shelling of Encarnacion leaves 6 dead and 20 wounded", "6", None),
    ("Nearly 300 have been killed by the Bolivian offensive, Chilean officials say", "300", None),
    ("Dozens wounded as rockets hit a stadium in Cusco", "Dozens", "PER"),
    ("Two dead after shelling hits a clinic in the Peruvian city of Puno", "Two", "PER"),
    ("At least 8 dead in a Bolivian airstrike on a school in Arica", "8", "CHL"),
    ("Rebels abducted 25 near the Peruvian town of Juliaca", "25", "PER"),
    ("Police detained 40 in Santiago after the march", "40", "CHL"),
    # from the reviews: a count read as a preposition's object, "a dozen", a toll left behind
    ("Bolivian police detained over 300 at rallies in La Paz", "300", "BOL"),
    ("Police in Cusco arrested a dozen at the march", "dozen", "PER"),
    ("Chilean shelling left 22 dead and dozens hurt in Tacna", "22", "PER"),
])
def test_count_of_victims_is_the_target(code, text, count, country):
    found = _counted_targets(code(text, PUB))
    assert found, text
    assert any(count in mention for _, _, _, mention in found)
    if country is not None:
        assert any(c == country for _, _, c, _ in found)


@pytest.mark.parametrize("text", [
    "Chile says it shot down 5 overnight",  # things shot down
    "The golfer shot a 68 in the final round in Lima",  # a score
    "Bolivian police arrested 40 protesters in La Paz",  # a noun of its own
    "Fighting killed hundreds of farmers in the valley",  # "of" names who
    "Prices of bread fell 5 percent in Lima",  # a percentage
    "The army destroyed 12 near the Peruvian border",  # not a word of harm to people
])
def test_count_of_things_is_no_victim_group(code, text):
    doc = code(text, PUB)
    assert not any(m.text.strip().isdigit() or m.text.lower() in ("5", "68", "12")
                   for a in doc.actors if a.kind == "group" and a.name.endswith("people")
                   for m in a.mentions)


@pytest.mark.parametrize("text, victims, attacker", [
    ("Two injured after Bolivian drones strike Arica", "CHL", "BOL"),
    ("Four hurt after Chilean drones strike Tacna", "PER", "CHL"),
])
def test_the_attacker_of_a_clause_of_time_is_not_the_victims(code, text, victims, attacker):
    """The count's phrase ends before the clause of time hung on it: the attacker named there
    qualifies nobody in the count (``args._np_tokens`` leaves adverbial clauses out)."""
    doc = code(text, PUB)
    harmed = [doc.actor(i) for e in doc.events for i in e.recipient]
    assert harmed and all(a is not None and a.country != attacker for a in harmed), doc.events
    assert any(a is not None and a.country == victims for a in harmed)
