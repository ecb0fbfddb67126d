"""Round 37: kin and associates of a person are people of their own (``sectors.yaml``,
``kin: true``; ``ActorsComponent.kin_countries``).

"Canada sanctioned the daughters of the Peruvian president", "rebels abducted the wife of a
Bolivian senator", "the mayor's brother was arrested": the act is done to the relatives, not
to the person they are kin of, who used to be taken as the target because the kin noun was no
actor. A relative takes the country of the person it is kin of when its own phrase names none.
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _targets(doc):
    return [doc.actor(i) for e in doc.events for i in e.recipient]


@pytest.mark.parametrize("text, kin, country, not_target", [
    ("Canada sanctioned the daughters of the Peruvian president.", "daughters", "PER", "president"),
    ("Rebels abducted the wife of a Bolivian senator near the border.", "wife", "BOL", "senator"),
    ("The Bolivian mayor's brother was arrested by the police in Sucre.", "brother", "BOL", "mayor"),
    ("Canada sanctioned two associates of the Peruvian president.", "associates", "PER", "president"),
    ("Police detained the cousin of the Bolivian opposition leader in Sucre.", "cousin", "BOL", "leader"),
])
def test_kin_is_the_target(code, text, kin, country, not_target):
    targets = [a for a in _targets(code(text, PUB)) if a is not None]
    assert any(kin in a.name and a.country == country for a in targets), targets
    assert not any(not_target in a.name for a in targets), targets


def test_kin_does_the_act(code):
    doc = code("The Bolivian president's son attacked a journalist in La Paz.", PUB)
    doers = [doc.actor(i) for e in doc.events for i in e.actor]
    assert any(a is not None and a.name == "son" and a.country == "BOL" for a in doers), doc.events


@pytest.mark.parametrize("text", [
    "The senator met his wife on a ferry to Nantucket.",  # a private meeting stays none
    "The sister company of the Peruvian miner was fined by regulators.",  # a firm, not kin
])
def test_kin_near_misses(code, text):
    doc = code(text, PUB)
    assert not any(e.event == "CONSULT" for e in doc.events)
    assert not any(a.name in ("sister", "wife") and a.kind == "group" for a in doc.actors)


def test_kin_noun_has_its_sex(code):
    """From the reviews: "him" after "the minister's daughter" is the minister, not the daughter."""
    doc = code("The Bolivian minister's daughter was abducted in Sucre, and gunmen later demanded "
               "a ransom from him.", PUB)
    asks = [e for e in doc.events if e.event == "REQUEST"]
    assert asks and any("minister" in doc.actor(i).name for e in asks for i in e.recipient), doc.events


def test_own_relative_is_a_companion(code):
    """From the reviews: a relative one travels "with" is no host or party of the visit."""
    doc = code("The Bolivian senator visited Lima with his wife on Monday.", PUB)
    visits = [e for e in doc.events if e.event == "CONSULT"]
    assert visits and not any(doc.actor(i).name == "wife" for e in visits for i in e.recipient + e.actor)


def test_whose_is_no_part_of_the_name(code):
    doc = code("Key things to know about the Bolivian ally, whose daughter was killed by a car bomb "
               "outside Sucre", PUB)
    assert any(a.name == "daughter" for a in doc.actors), doc.actors


@pytest.mark.parametrize("text", [
    "Her brother helped her rebuild the barn after the storm.",
    "His wife urged him to rest after the surgery.",
])
def test_acts_inside_a_family_are_no_events(code, text):
    """From the full suite: once relatives are actors, one's own relative acting on a person named
    by a pronoun is a private matter, no act between parties."""
    assert not code(text, PUB).events
