"""Round 69: the one struck by an attack that is condemned is not the one condemned.

"The senator condemns the deadly attack on a Peruvian border post", "the EU condemns missile
strikes against Armenia": the criticism is aimed at whoever attacked, whom the sentence does
not name; the post's or Armenia's state suffered the attack and is no target of the criticism.
Round 13 took the victims of an act of conflict a reaction absorbs out of its target, but the
later steps that fill an empty target (the object phrase's state) put them back; round 69 keeps
them out after those steps too. A doer named on the act ("Azerbaijan's shelling of Armenian
villages", "Russian strikes on …") stays the target. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _accuse_targets(coded) -> list[str]:
    names = {a.id: a.name for a in coded.actors}
    found = [e for e in coded.events if e.event in ("ACCUSE", "PROTEST")]
    assert found, coded.events
    return [names[i] for e in found for i in e.recipient]


@pytest.mark.parametrize("text,struck", [
    ("Chilean senator condemns deadly attack on Peruvian border post", "Peru"),
    ("EU condemns missile strikes against Armenia", "Armenia"),
    ("Argentina denounces the bombing of a Bolivian market", "Bolivia"),
    ("Kenya condemns drone attacks on Somali villages", "Somalia"),
])
def test_the_struck_is_not_condemned(code, text, struck):
    assert struck not in _accuse_targets(code(text, PUB))


@pytest.mark.parametrize("text,doer", [
    ("France condemns Azerbaijan's shelling of Armenian villages", "Azerbaijan"),
    ("NATO condemns Russian strikes on Ukraine's power grid", "Russia"),
    ("Chile condemns the attack on Peru by Bolivian troops", "Bolivian troops"),
])
def test_a_named_doer_stays_the_target(code, text, doer):
    targets = _accuse_targets(code(text, PUB))
    assert doer in targets, targets


def test_a_state_condemned_for_its_own_act_stays(code):
    """Not an attack noun: "condemns Peru's decision on Chile" keeps Peru."""
    assert "Peru" in _accuse_targets(code("Bolivia condemns Peru's decision to close the border", PUB))


@pytest.mark.parametrize("text,accused", [
    ("Armenia accuses Azerbaijan of shelling Stepanakert", "Azerbaijan"),
    ("Somalia blames Kenya for the attack on a Kenyan border post", "Kenya"),
])
def test_the_accused_stays_even_where_its_land_was_struck(code, text, accused):
    """From the review: the object of "accuses"/"blames" is accused, also when the place
    struck lies in its own country (round 13's victim filter dropped it)."""
    assert accused in _accuse_targets(code(text, PUB))
