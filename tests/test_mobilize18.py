"""Round 18 (MOBILIZE/RETREAT recall): forces told by a demonym or a nominal. Every sentence
here is invented.

1. A plural demonym subject of a troop-move verb is a force only where the sentence tells armies
   fighting (``force_cue`` in event_modifiers.yaml): not civilians fleeing shelling or crossing
   a border.
2. Reinforcements of a named country ("Serbian reinforcements", the ``nationality`` marker of a
   modifier list) and forces arriving somewhere are troop moves.
Non-military sentences (prices, bills, firms, tourists, a senator) stay quiet.
"""
from __future__ import annotations

import pytest

from parley.nlp.events import load_modifiers

PUB = "2023-03-02"


def events_of(code, text):
    return {e.event for e in code(text, PUB).events if not e.negated}


@pytest.mark.parametrize("text, event", [
    ("Armenians pulled out of the hamlet as the enemy offensive resumed", "RETREAT"),
    ("Turks are regrouping near the front, the governor says", "MOBILIZE"),
    ("Chileans are redeploying in the occupied port, the exiled mayor says", "MOBILIZE"),
    ("Serbians abandoned their positions on the ridge overnight", "RETREAT"),
    ("Serbian reinforcements arrive in the border province", "MOBILIZE"),
    ("Satellite images show fresh Eritrean reinforcements near the border.", "MOBILIZE"),
    ("Peruvian troops arrived in the northern valley on Monday", "MOBILIZE"),
])
def test_forces_by_demonym_or_nominal(code, text, event):
    assert event in events_of(code, text)


@pytest.mark.parametrize("text", [
    "Thousands of Serbians left the town after days of shelling",
    "Some 50,000 Armenians have entered Georgia since the draft began",
    "Armenians returned to the village after the ceasefire",
    "Tourists arrive in the capital for the festival",
    "The senator arrived in Lima on Monday",
    "Prices advance as supplies dwindle",
    "The spending bill advances to the senate",
    "The company moves staff to its Lisbon office",
    "The firm announced new reinforcements for its sales team",
])
def test_civilian_and_plain_senses_stay_quiet(code, text):
    assert not events_of(code, text) & {"MOBILIZE", "RETREAT"}


@pytest.mark.parametrize("cue", load_modifiers().force_cue, ids=lambda c: "/".join(sorted(c.lemmas))[:40])
def test_force_cue_examples_code_a_move(code, cue):
    assert events_of(code, cue.example) & {"MOBILIZE", "RETREAT"}


def test_encircle_stays_coerce(code):
    assert "COERCE" in events_of(code, "Azerbaijani units encircled the town")


def test_military_aid_arriving_is_no_force(code):
    assert "MOBILIZE" not in events_of(code, "A second package of military aid arrives in Moldova")
