"""Round 52: a force's moves short of fighting (PLOVER MOBILIZE, CAMEO 154) told in words the
lexicon lacked.

- Weapons deployed, stationed or moved ("deployed attack helicopters to the border",
  "stationed artillery along the frontier"): CAMEO's "DEPLOY ARMS" and "MOVE &WEAPON".
  Weapons sent or delivered to another party stay aid.
- An armed body inching, edging or creeping toward a place; attempting, launching or completing
  an advance; bolstering its defences; throwing, rushing or committing troops or reserves.
- Pushing toward, into or through a place is no request ("protesters pushed toward parliament").

The subject must be an armed body where the verb has an everyday sense ("nurses inch closer to
a deal", "the coalition bolstered its defence of the bill", "the startup claims advances").
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _mobilize(coded):
    names = {a.id: a.name for a in coded.actors}
    return [(e.trigger.text, [names[a] for a in e.actor]) for e in coded.events if e.event == "MOBILIZE"]


@pytest.mark.parametrize("text, doer", [
    ("Russia is deploying attack helicopters to the border region", "Russia"),
    ("The army stationed artillery along the northern frontier", "army"),
    ("Rebels inch closer to the provincial capital", "rebels"),
    ("Government troops edge toward the rebel stronghold", "government troops"),
    ("Militants creep closer to the oil fields, officials say", "militants"),
    ("Rebel forces attempting advance toward the port, officials say", "rebel forces"),
    ("Troops completed their advance through the valley on Monday", "troops"),
    ("The militia launched an advance toward the airport at dawn", "militia"),
    ("Sudanese army throws all its reserves at Omdurman", "Sudanese army"),
    ("Kenyan troops bolster defences around the airport", "Kenyan troops"),
    ("Turkish forces press into a Kurdish enclave for a fourth day", "Turkish forces"),
    # from the review: installed (lemma "instal"), warships moved, brigades committed, fighters poured
    ("The Polish military installed a Patriot air defence battery outside the city.", "Polish military"),
    ("The Chinese navy moved two destroyers into the strait on Wednesday.", "Chinese navy"),
    ("Armenia committed two more brigades to the defence of the border region.", "Armenia"),
    ("Russia is throwing all its reserves at the town, officials say", "Russia"),
])
def test_force_moves_are_mobilize(code, text, doer):
    found = _mobilize(code(text, PUB))
    assert found and doer in found[0][1], found


@pytest.mark.parametrize("text", [
    "The company deploys new software to its customers",
    "Nurses inch closer to a pay deal with the government",
    "Prices edge toward record highs as the war drags on",
    "The bill creeps closer to a vote in the senate",
    "The startup claims advances in battery technology",
    "Researchers report advances in malaria treatment",
    "The coalition bolstered its defense of the reform bill",
    "The minister rushed to the scene of the crash",
    "The government committed more funds to the health service",
    "Chile pushes into the World Cup semi-final",
    "Reporters press into the crowded hall",
    "Chelsea threw its reserves into the cup match against Brighton.",
])
def test_everyday_senses_are_no_force_move(code, text):
    assert not _mobilize(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The US sent weapons to Ukraine on Friday",
    "Germany delivers howitzers to Ukraine",
])
def test_weapons_sent_to_another_party_stay_aid(code, text):
    coded = code(text, PUB)
    assert [e.event for e in coded.events] == ["AID"], coded.events


def test_pushing_toward_a_place_is_no_request(code):
    coded = code("Protesters pushed toward parliament despite the ban", PUB)
    assert not [e for e in coded.events if e.event == "REQUEST"], coded.events


def test_pushing_for_something_is_still_a_request(code):
    coded = code("Ukraine pushes for more air defense systems", PUB)
    assert [e.event for e in coded.events] == ["REQUEST"], coded.events


def test_committing_to_a_truce_is_still_agreement(code):
    coded = code("Both governments committed to a lasting ceasefire along the border.", PUB)
    assert [e.event for e in coded.events] == ["AGREE"], coded.events
