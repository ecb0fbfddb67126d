"""Round 49: conduct labelled a crime in a reported clause is an accusation ("Chile says Peru is
committing genocide", "… is committing nuclear terrorism at the plant").

Judging rule 2 codes a statement that is itself a verbal act of accusing as ACCUSE; a label of
ongoing conduct ("committing genocide") is no attack of its own. The ASSAULT reading of "commit"
keeps its specific acts (atrocities, a massacre); genocide and terrorism, named as wrongs
(`wrongs` of events_blame.yaml), make the speaker's clause a charge against its subject. Every
sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def events(doc):
    names = {a.id: a.name for a in doc.actors}
    return [(e.event, {names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in doc.events]


@pytest.mark.parametrize("text, accuser, accused", [
    ("Chile says Peru is committing genocide in the border region", "Chile", "Peru"),
    ("The Dutch minister says Serbia is committing nuclear terrorism against the plant.",
     "Dutch minister", "Serbia"),
    ("Bolivia's president said Chile had committed genocide against the Aymara.", "Chile", "Chile"),
    # a reported clause behind an extraposed "it is clear that" (store reach check)
    ("The minister says it is clear that Peru is committing genocide in the region", "minister", "Peru"),
])
def test_a_crime_label_is_an_accusation(code, text, accuser, accused):
    found = events(code(text, PUB))
    assert any(t == "ACCUSE" and accused in tgt for t, _, tgt in found), found
    assert not any(t == "ASSAULT" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Government forces committed atrocities against civilians in the region.",
    "Witnesses say soldiers committed a massacre in the village on Tuesday",
])
def test_a_specific_atrocity_stays_an_attack(code, text):
    assert any(t == "ASSAULT" for t, _, _ in events(code(text, PUB)))


@pytest.mark.parametrize("text", [
    # from the review: a wrong said not to be done is a denial, no charge
    "Ukraine is not committing terrorism, its president said.",
    "The Kremlin said Russia was not committing genocide in the region.",
    "The senator said the governor had not shown contempt for the voters.",
])
def test_a_denied_wrong_is_no_charge(code, text):
    assert not any(t == "ACCUSE" for t, _, _ in events(code(text, PUB)))


def test_the_victims_are_no_party_to_the_charge(code):
    """From the review: "committed genocide against the Y people": only the one blamed is the
    target."""
    text = "Peru has committed genocide against the Aymara people, Chile's president said."
    found = events(code(text, PUB))
    accusations = [tgt for t, _, tgt in found if t == "ACCUSE"]
    assert accusations and all(tgt == {"Peru"} for tgt in accusations), found
