"""Round 19 of the slot audit (docs/audit/dev-args19.md): targets named one phrase inside the
trigger's object or complement, tested on invented sentences (never sample text).

- the "of" owner of a theme that names no actor itself ("cancels visas of the Serbian chess
  team", "froze the assets of Iran's central bank"): ``args.owning_phrases``;
- the object of a refused to-clause ("refuses to play Russia"): ``args.refused_objects``;
- an attack spread over a whole country ("strikes across Ukraine"): ``args.swept_country``;
- the user of an intercepted weapon ("downed drones launched by X"): ``args.weapon_users``;
- the attacked of a repelled attack noun ("X repelled Y's assaults": the assault is on X):
  ``args.repellers``.
Each with phrases that must not become a slot: a topic, a place, the refuser's own side.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names as _names

PUB = "2022-06-01"


def _targets(doc, kind):
    return [_names(doc, e.recipient) for e in doc.events if e.event == kind]


@pytest.mark.parametrize("text, kind, target", [
    ("Britain cancels visas of the Serbian chess team.", "SANCTION", "Serbia"),
    ("Canada will freeze assets of Belarus's biggest bank.", "SANCTION", "Belarus"),
    ("Japan froze the assets of several Iranian banks.", "SANCTION", "Iran"),
    ("Serbia refuses to recognize Kosovo.", "REJECT", "Kosovo"),
    ("Poland refuses to play Russia in the final.", "REJECT", "Russia"),
    ("Germany declined to buy Iranian oil.", "REJECT", "Iran"),
    ("There were Russian rocket strikes across Ukraine on Sunday.", "ASSAULT", "Ukraine"),
    ("Azerbaijani forces carried out attacks throughout Armenia overnight.", "ASSAULT", "Armenia"),
    ("Armenian air defences intercepted 14 of 20 drones launched by Azerbaijan.", "ASSAULT",
     "Azerbaijan"),
    ("Israel shot down rockets fired by Hezbollah from Lebanon.", "ASSAULT", "Hezbollah"),
])
def test_the_target_one_phrase_down(code, text, kind, target):
    targets = _targets(code(text, PUB), kind)
    assert targets and any(target in n for t in targets for n in t), targets


@pytest.mark.parametrize("text, attacker, attacked", [
    ("Armenian troops repelled several Azerbaijani assaults near the border.", "Azerbaijan",
     "Armenian troops"),
    ("Chilean troops fought off Peruvian attacks overnight.", "Peru", "Chilean troops"),
])
def test_a_repelled_attack_is_on_the_repeller(code, text, attacker, attacked):
    doc = code(text, PUB)
    attacks = [(_names(doc, e.actor), _names(doc, e.recipient)) for e in doc.events
               if e.event == "ASSAULT"]
    assert any(attacker in a and attacked in r for a, r in attacks), attacks


def test_a_condemned_attack_is_not_on_the_condemner(code):
    doc = code("The army condemned the Azerbaijani assaults.", PUB)
    assert all("army" not in _names(doc, e.recipient) for e in doc.events), doc.events
@pytest.mark.parametrize("text, kind", [
    # a topic ("about"), a place only where the act happened, the refuser's own side
    ("Italy seized a report about Iran's nuclear programme.", "COERCE"),
    ("Russia refused to withdraw its troops.", "REJECT"),
    ("Hungary refused to discuss Ukraine at the summit.", "REJECT"),
    ("The mayor refused to leave the city.", "REJECT"),
    # a region, not a country; and the attacker's own country
    ("Russian missile strikes across the Donbas destroyed homes.", "ASSAULT"),  # (round 35: "killed
    # six" now has the six people as its target)
    ("Russia carried out strikes across Russia.", "ASSAULT"),
    # a weapon's maker is no target
    ("Ukraine intercepted 12 Iranian-made drones.", "ASSAULT"),
])
def test_no_target_from_these_phrases(code, text, kind):
    targets = _targets(code(text, PUB), kind)
    assert targets and not any(targets), targets


@pytest.mark.parametrize("text, addressee", [
    ("Kenyatta urges supporters to stay calm.", "supporters"),
    ("The senator urged her supporters to stay calm after the vote.", "supporters"),
    ("Macron called on the international community to help Lebanon.", "international community"),
    ("Ruto urged the international community to send aid to Kenya.", "international community"),
])
def test_a_group_noun_is_the_addressee(code, text, addressee):
    targets = _targets(code(text, PUB), "REQUEST")
    assert any(addressee in n for t in targets for n in t), targets


def test_the_international_community_takes_no_country(code):
    doc = code("The international community condemned the coup in Niger.", PUB)
    community = [a for a in doc.actors if "community" in a.name]
    assert community and all(a.country is None for a in community), community
