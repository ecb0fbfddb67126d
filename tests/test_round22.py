"""Round 22: two classes of recall, invented sentences only.

1. A place taken in fighting: a capture verb whose object is a named place ("recaptured Kidal")
   by a force or a state is the same seizure as "recaptured the town"; "from" names the side
   that lost it; a place taken back is the taker's own, its state no target.
2. Criticism told as a reported predicate: the nouns a verb of naming condemns with ("called
   the vote a sham") condemn as the predicate of a reported clause too ("X's drills are a
   violation of international law, Y said"), also through "an act of" ("the seizure is an act
   of piracy") and "in breach/violation of" ("X's strikes are in breach of the treaty"). Only
   of a party or a party's act, only when reported (match.assessed_act).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import countries, names

PUB = "2023-05-10"


def _of(doc, event: str):
    return [e for e in doc.events if e.event == event]


@pytest.mark.parametrize(("text", "loser"), [
    ("Government troops captured the town from the rebels on Sunday.", "rebels"),
    ("The Malian army recaptured Kidal from Tuareg separatists after three days of fighting.", "separatists"),
    ("Libyan government forces retook Sirte from Islamic State militants.", "islamic state"),
    ("The rebels seized the airport from government soldiers.", "government soldiers"),
])
def test_the_side_a_place_is_taken_from_is_the_target(code, text, loser):
    doc = code(text, PUB)
    assert any(loser in names(doc, e.recipient) for e in _of(doc, "ASSAULT")), doc.events


@pytest.mark.parametrize("text", [
    "Government troops recaptured Kidal from rebel fighters after a week of fighting.",
    "The army liberated Kidal after heavy fighting.",
    "Sudanese paramilitaries captured Nyala after days of clashes.",
])
def test_a_named_place_taken_in_fighting_is_a_seizure(code, text):
    assert _of(code(text, PUB), "ASSAULT")


def test_a_place_taken_back_names_no_state_as_target(code):
    # the town retaken is the taker's own land: its state is not the one attacked
    doc = code("The Malian army liberated Kidal after heavy fighting.", PUB)
    assert not any("MLI" in countries(doc, e.recipient) for e in _of(doc, "ASSAULT")), doc.events


@pytest.mark.parametrize("text", [
    "The film captures Kyiv's mood during the long winter.",
    "Her photographs capture Lagos at dawn.",
    "The delegation took Lisbon by surprise with its proposal.",
    "The singer captured Paris with a single concert.",  # a person, not a force or a state
    "Rebels captured Colonel Idris Mahamat near the border.",  # a person taken, not a place
    "Argentina captured the Copa America title in Rio.",
])
def test_a_place_object_outside_fighting_is_no_seizure(code, text):
    assert not _of(code(text, PUB), "ASSAULT")


@pytest.mark.parametrize(("text", "critic", "target"), [
    ("Japan's prime minister says Chinese naval drills are a grave violation of international law.",
     "JPN", "CHN"),
    ("Armenia says Azerbaijan's blockade of the corridor is terrorism.", "ARM", "AZE"),
    ("Zelensky says Russia is an occupier.", "UKR", "RUS"),
    ("Seoul said North Korea's rocket launch was in defiance of UN resolutions.", "KOR", "PRK"),
    ("Venezuela's seizure of the oil rig is an act of piracy, the Guyanese president said.",
     "GUY", "VEN"),
    ("The Peruvian foreign minister said Chile's border closure was a breach of the treaty.",
     "PER", "CHL"),
    ("The Irish premier says Russia's strikes are in clear breach of international law.",
     "IRL", "RUS"),
    ("Bolivia is in violation of the water treaty, the Chilean foreign minister said.",
     "CHL", "BOL"),
])
def test_a_reported_condemning_predicate_is_criticism_of_the_party(code, text, critic, target):
    doc = code(text, PUB)
    assert any(critic in countries(doc, e.actor) and target in countries(doc, e.recipient)
               for e in _of(doc, "ACCUSE")), doc.events


@pytest.mark.parametrize("text", [
    "He said the accident was a tragedy.",
    "She said that the decision was an act of courage.",
    "The senator said the election was a sham.",  # no party or party's act is judged
    "The minister said the agreement is a violation of the constitution.",
    "The violation of the ceasefire was reported by observers on Monday.",
])
def test_no_criticism_without_a_judged_party(code, text):
    assert not _of(code(text, PUB), "ACCUSE")


def test_the_party_wronged_is_not_the_one_criticised(code):
    doc = code("Ankara's naval drills are a violation of Greece's sovereignty, Athens said.", PUB)
    targets = set().union(*(countries(doc, e.recipient) for e in _of(doc, "ACCUSE")))
    assert targets == {"TUR"}, doc.events
