"""Material-conflict triggers whose patient is an abstraction code no event (round 20).

Invented sentences: a plan, an issue, a capacity or a quantity as the patient of "target",
"crack down on" or "explode", or as the doer of "force from", is no act between parties; a
party, a place or a facility as the patient, and a party as the doer, keep the event.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _events(code, text: str) -> set[str]:
    return {e.event for e in code(text, PUB).events}


@pytest.mark.parametrize("text", [
    "The assessor targeted the zoning programme in his first report.",
    "The dairy's profits exploded after the new contract began.",
    "The housing authority vowed to crack down on their ability to sublet flats.",
    "The league targeted the attendance figure for next season.",
    # the subject of a conjoined verb of bursting
    "The village's population stood at 800 in 1960 and has since exploded to 6,000.",
    # an abstraction as the doer
    "Soaring rents forced dozens of tenants from their flats in Leeds.",
])
def test_abstract_patient_codes_no_material_event(code, text):
    assert not _events(code, text) & {"ASSAULT", "COERCE", "MOBILIZE"}, text


@pytest.mark.parametrize(("text", "event"), [
    ("Artillery units targeted a number of hamlets near Izium.", "ASSAULT"),
    ("Police cracked down on the striking dockers in Tbilisi.", "COERCE"),
    ("A car bomb exploded outside the ministry in Kabul.", "ASSAULT"),
    ("Navy drones targeted the fuel depot at Novorossiysk.", "ASSAULT"),
])
def test_material_patient_keeps_the_event(code, text, event):
    assert event in _events(code, text), text


@pytest.mark.parametrize(("text", "event"), [
    # a thing a party owns is the party's: possessor, demonym, name in the "of" phrase
    ("Israeli aircraft struck Hezbollah's drone program in the Bekaa valley.", "ASSAULT"),
    ("American warplanes bombed the Syrian chemical weapons programme near Damascus.", "ASSAULT"),
    ("Ukrainian drones attacked Russia's oil export capacity at a Black Sea port.", "ASSAULT"),
    ("The CIA's drone program killed dozens of civilians in northern Pakistan.", "ASSAULT"),
    ("Egyptian police seized the latest issue of the opposition weekly Al-Dustour.", "COERCE"),
])
def test_a_partys_programme_or_capacity_is_the_party(code, text, event):
    assert event in _events(code, text), text


def test_what_bursts_is_abstract_whoever_owns_it(code):
    text = "Chile's prison population stood at 9,000 in 1980 and has since exploded to 40,000."
    assert not _events(code, text) & {"ASSAULT"}, text
