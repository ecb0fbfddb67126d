"""Round 22, invented sentences only.

1. A place taken back ("liberated the town of X", "retook the city of Y") is the taker's own
   land: its state is no target. (A capture of a named place and "from" as the losing side
   were tried and left out after two reviews: docs/audit/dev-round22.md.)
2. Criticism told as a reported predicate: the nouns a verb of naming condemns with ("called
   the vote a sham") condemn as the predicate of a reported clause too ("X's drills are a
   violation of international law, Y said"), also through "an act of" ("the seizure is an act
   of piracy") and "in breach/violation of" ("X's strikes are in breach of the treaty"). Only
   of a party or a party's act, only when reported (match.assessed_act).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import countries

PUB = "2023-05-10"


def _of(doc, event: str):
    return [e for e in doc.events if e.event == event]


def test_a_place_taken_back_names_no_state_as_target(code):
    # the town retaken is the taker's own land: its state is not the one attacked
    doc = code("The army liberated the town of Kidal after heavy fighting.", PUB)
    assert _of(doc, "ASSAULT") and not any("MLI" in countries(doc, e.recipient)
                                           for e in _of(doc, "ASSAULT")), doc.events


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


@pytest.mark.parametrize("text", [
    "The president's daughter said her father's march was an act of defiance.",  # praise
    "The students' sit-in was an act of protest, their lawyer said.",
    "The professor's specialty is terrorism, the university said.",  # a topic, no party judged
])
def test_a_predicate_without_a_criticised_party_is_no_criticism(code, text):
    doc = code(text, PUB)
    assert not _of(doc, "ACCUSE") and not _of(doc, "PROTEST"), doc.events


def test_a_pronoun_subject_keeps_the_critic_of_an_act_told_before(code):
    doc = code("Ruritania shelled the port again, and Peru said it was a provocation.", PUB)
    assert any("PER" in countries(doc, e.actor) for e in _of(doc, "ACCUSE")), doc.events


def test_the_subject_is_criticised_not_the_predicates_owner(code):
    doc = code("The Chilean senator says the governor is the Kremlin's puppet.", PUB)
    assert _of(doc, "ACCUSE") and not any("RUS" in countries(doc, e.recipient)
                                          for e in _of(doc, "ACCUSE")), doc.events


def test_the_party_wronged_is_not_the_one_criticised(code):
    doc = code("Ankara's naval drills are a violation of Greece's sovereignty, Athens said.", PUB)
    targets = set().union(*(countries(doc, e.recipient) for e in _of(doc, "ACCUSE")))
    assert targets == {"TUR"}, doc.events


@pytest.mark.parametrize("text", [
    "Peru's biggest problem is crime, the Peruvian president said.",  # a ranked concern
    "Chile's main worry is terrorism, the Chilean president said.",
    "The professor's specialization is terrorism, the university said.",  # a field, no deed
    "Elmo is a puppet, the toy maker said.",  # a puppet without a master
])
def test_a_concern_a_field_or_a_toy_is_not_criticised(code, text):
    assert not _of(code(text, PUB), "ACCUSE")


@pytest.mark.parametrize(("text", "critic", "target"), [
    ("Ruritania's threats against Peru are an outrage, the Peruvian president said.", "PER", None),
    ("Bolivia's threats are unacceptable, the Chilean foreign ministry said.", "CHL", "BOL"),
    ("Zelensky said the Belarusian leader is a Kremlin puppet.", "UKR", "BLR"),
])
def test_a_partys_own_threats_or_a_puppet_with_a_master_stay_criticised(code, text, critic, target):
    doc = code(text, PUB)
    assert any(critic in countries(doc, e.actor) and (target is None or target in countries(doc, e.recipient))
               for e in _of(doc, "ACCUSE")), doc.events
