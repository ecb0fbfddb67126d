"""Round 77 (twenty-eighth session): who moves forces and who claims an attack.

- A force move (MOBILIZE) moves its own troops or reservists: read as the verb's object or a
  passive's subject they are no target, and the mover's own state is none either; troops moved
  with no mover named are the movers ("More Belarusian troops are being sent to the border").
- "Hamas claims rocket attack on Tel Aviv", "Ukraine claims drone attacks against Russian
  positions": a party claiming an attack with no doer of its own, aimed at another country than
  its own, takes credit for it; "claimed responsibility / took credit for the bombing" always.
  A party claiming an attack on its own land only reports it.

Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _found(coded) -> list[tuple[str, set[str], set[str]]]:
    names = {a.id: a.name for a in coded.actors}
    return [(e.event, {names[i] for i in e.actor}, {names[i] for i in e.recipient}) for e in coded.events]


@pytest.mark.parametrize("text,mover", [
    ("More Belarusian troops are being sent to the border, Kyiv says", "Belarusian troops"),
    ("Lukashenko signs law to mobilize Belarusian reservists", "Alexander Lukashenko"),
])
def test_forces_moved_are_no_target(code, text, mover):
    found = _found(code(text, PUB))
    assert any(e == "MOBILIZE" and mover in s and not t for e, s, t in found), found


@pytest.mark.parametrize("text,target", [
    ("Turkey sends troops to Syrian border", "Syria"),
    ("Germany deploys Patriot batteries to Slovakia", "Slovakia"),
])
def test_a_move_toward_another_country_keeps_it(code, text, target):
    found = _found(code(text, PUB))
    assert any(e == "MOBILIZE" and target in t for e, _, t in found), found


@pytest.mark.parametrize("text,claimant,target", [
    ("Hamas claims rocket attack on Tel Aviv", "Hamas", "Israel"),
    ("Ukraine claims successful drone attacks against Russian positions", "Ukraine", "Russia"),
    ("Ukrainian officials claim strike on Russian ammunition depot in Kherson region",
     "Ukrainian officials", "Russia"),
])
def test_a_claimed_attack_is_the_claimants(code, text, claimant, target):
    found = _found(code(text, PUB))
    assert any(e == "ASSAULT" and s == {claimant} and target in t for e, s, t in found), found


@pytest.mark.parametrize("text,claimant", [
    ("Hamas claimed responsibility for the bombing in Jerusalem", "Hamas"),
    ("Islamic State takes credit for suicide attack on Kabul mosque", "Islamic State"),
])
def test_responsibility_claimed_for_an_attack(code, text, claimant):
    found = _found(code(text, PUB))
    assert any(e == "ASSAULT" and claimant in s for e, s, _ in found), found


@pytest.mark.parametrize("text,not_doer", [
    ("Russia claims strike on Belgorod oil depot", "Russia"),
    ("The group denied responsibility for the attack", "group"),
])
def test_an_attack_on_the_claimants_land_or_denied_is_not_its(code, text, not_doer):
    found = _found(code(text, PUB))
    assert not any(e == "ASSAULT" and not_doer in s for e, s, _ in found), found


def test_an_attack_with_its_own_doer_keeps_it(code):
    found = _found(code("Russia claims Ukrainian attack on Belgorod", PUB))
    assert any(e == "ASSAULT" and s == {"Ukraine"} for e, s, _ in found), found


# review 77 mends: a state claiming an attack on a place only reports it; bare troops given a
# country by the words around them are not made movers; a mover's own rebels stay its target
def test_a_state_claiming_an_attack_on_a_place_reports_it(code):
    found = _found(code("Moscow claims attack on Crimea bridge", PUB))
    assert not any(e == "ASSAULT" and s for e, s, _ in found), found


def test_bare_troops_are_not_made_movers(code):
    found = _found(code("Thousands of troops have been massed opposite Ukrainian forces near Kharkiv", PUB))
    assert not any(e == "MOBILIZE" and s for e, s, _ in found), found


@pytest.mark.parametrize("text,target", [
    ("Sudan deploys troops against Sudanese rebels in Darfur", "Sudanese rebels"),
    ("Ethiopia sends troops to fight Ethiopian rebels", "Ethiopian rebels"),
])
def test_a_movers_own_rebels_stay_its_target(code, text, target):
    found = _found(code(text, PUB))
    assert any(e == "MOBILIZE" and target in t for e, _, t in found), found
