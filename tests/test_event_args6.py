"""Event arguments, sixth round (invented sentences): the actor-slot classes of issue "core
III" — attacked places and casualties as targets (class 1) and weapons as actors (class 5).
Each test names its class."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries as _countries
from tests.event_helpers import names as _names
from tests.event_helpers import trigger as _trigger

# ---------------------------------------------------------------- class 1: an attacked place


@pytest.mark.parametrize("text,word,actor,target", [
    ("Saudi jets bombed Sanaa on Tuesday", "bombed", {"SAU"}, {"YEM"}),
    ("Kharkiv was shelled overnight, the governor says", "shelled", set(), {"UKR"}),
    ("Insurgents fired a dozen rockets toward Kabul airport", "fired", set(), {"AFG"}),
    ("New strikes on a village in Idlib province, monitors say", "strikes", set(), {"SYR"}),
])
def test_class1_attacked_place_is_the_target(code, text, word, actor, target):
    """A named place that is the object, passive subject or "toward/on" object of an assault
    gives its country's state as the target, with or without a named attacker."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert event.event == "ASSAULT"
    assert _countries(doc, event.actor) == actor
    assert _countries(doc, event.recipient) == target


def test_class1_a_venue_is_not_a_target(code):
    """"arrested in X", "talks in X": the place where a coercion or a meeting happens is a
    venue, not the one acted on."""
    doc = code("Police arrested 30 students in Tehran", published="2022-06-01")
    event = _trigger(doc, "arrested")
    assert "iran" not in _names(doc, event.recipient)
    doc = code("The foreign ministers held talks in Geneva", published="2022-06-01")
    assert all(not e.recipient for e in doc.events)


@pytest.mark.parametrize("text,word,victims", [
    ("Four civilians wounded by Syrian shelling in Aleppo", "wounded", {"SYR"}),
    ("Ugandan drones struck rebel camps outside Goma, killing six villagers", "struck", {"COD"}),
    ("Three residents wounded by Eritrean shelling in Mekelle", "wounded", {"ETH"}),
])
def test_class1_casualties_take_the_country_of_the_place(code, text, word, victims):
    """Casualties are the target, people of the country where they were struck; the
    attacker's demonym ("Eritrean artillery") never makes them the attacker's people."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert _countries(doc, event.recipient) == victims


# ---------------------------------------------------------------- class 5: weapons are not actors


def test_class5_named_weapon_is_not_a_person(code):
    """"Zircon missiles": a weapon system's name qualifying its type is no person."""
    doc = code("Supersonic Zircon missiles destroyed an ammunition depot, the navy says",
               published="2022-06-01")
    assert not any(a.kind == "person" and "zircon" in a.name.lower() for a in doc.actors)


def test_class5_weapon_user_is_the_attacker(code):
    """"drones used by X hit Y": the user attacks; the maker ("Turkish-made") is no party."""
    doc = code("Turkish-made drones used by Azerbaijani forces hit a village", published="2022-06-01")
    event = _trigger(doc, "hit")
    assert _countries(doc, event.actor) == {"AZE"}


def test_class3_push_carries_an_offensive(code):
    """A support verb "push" carries its event noun: its subject is the offensive's source."""
    doc = code("Bolivia pushes a new offensive against smugglers", published="2022-06-01")
    event = _trigger(doc, "offensive")
    assert _countries(doc, event.actor) == {"BOL"}
