"""Round 17 (MOBILIZE/RETREAT recall): troop moves whose subject is any armed body the actor
lexicon knows. Every sentence here is invented.

1. ``armed`` in a trigger's subject list: a military or rebel role noun (sectors.yaml and the
   Phoenix agents), a head modified by one ("military convoy"), or an armed actor, also as the
   controller of a to-clause ("rebels claim to have entered …").
2. New moves: troops diverted or redeployed; forces returning to a place or remaining in one;
   positions consolidated; a "pullback" noun is a withdrawal.
Non-military subjects (prices, bills, refugees, tourists, firms, a senator) do not code.
"""
from __future__ import annotations

import pytest

PUB = "2023-03-02"


def events_of(code, text):
    return [(e.event, e.mode) for e in code(text, PUB).events]


@pytest.mark.parametrize("text, event", [
    ("Molvanian military convoy has advanced toward the capital", "MOBILIZE"),
    ("Separatist militias claim to have entered the villages of Orvek and Tamsk", "MOBILIZE"),
    ("Rebels say they have crossed the river north of the dam", "MOBILIZE"),
    ("Kurdish fighters appear to make some progress near the airport", "MOBILIZE"),
    ("The republic is diverting troops east into the mountain province, officials say", "MOBILIZE"),
    ("Borduria is redeploying two brigades to the coast", "MOBILIZE"),
    ("About 250 Chilean peacekeepers will return to Cyprus, the defence minister says", "MOBILIZE"),
    ("Rebel fighters will remain in the border town until the elections", "MOBILIZE"),
    ("Marine units consolidated their positions west of the canal", "MOBILIZE"),
    ("The port is calm again after the Molvanian pullback, residents say", "RETREAT"),
    ("Insurgents abandoned the hilltop town before dawn", "RETREAT"),
])
def test_armed_moves(code, text, event):
    assert event in {e for e, _ in events_of(code, text)}


@pytest.mark.parametrize("text", [
    "Prices advance as supplies dwindle in the north",
    "The spending bill advances to the upper chamber",
    "Refugees enter the town after the storm",
    "The carmaker moves its headquarters to Lisbon",
    "The senator will return to the capital on Monday",
    "Tourists remain in the old town despite the heat",
    "Two soldiers remain in hospital after the crash",
    "The party consolidated its lead in the polls",
])
def test_other_subjects_do_not_move(code, text):
    assert not {e for e, _ in events_of(code, text)} & {"MOBILIZE", "RETREAT"}
