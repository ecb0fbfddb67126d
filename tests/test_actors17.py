"""Round 17 of the actor audit (docs/audit/dev-actors17.md), tested on invented sentences
(never sample text): a group's name keeps the words that identify it (class N1).

- a hyphened modifier is one word: "low-paid nurses", not "-paid nurses";
- a demonym ending a hyphened compound names the group whole, of the last part's country:
  "Cuban-American voters" (USA), one group, not a Cuban one beside it;
- a possessor is not spelt into the role ("the union's local leaders" is never
  "unionlocal leaders").
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _groups(doc):
    return [(a.name, a.country) for a in doc.actors if a.kind == "group"]


@pytest.mark.parametrize("text, name", [
    ("The hospital laid off low-paid nurses on Friday.", "low-paid nurses"),
    ("Two plain-clothes police officers detained the driver.", "plain-clothes police officers"),
    ("Low-income tenants sued the landlord in March.", "low-income tenants"),
    ("The ministry blamed mid-level officials for the delay.", "mid-level officials"),
])
def test_a_hyphened_modifier_stays_whole(code, text, name):
    assert (name, None) in _groups(code(text, PUB))


@pytest.mark.parametrize("text, name", [
    ("Cuban-American voters backed the mayor.", "Cuban-American voters"),
    ("Mexican-American workers marched in Dallas.", "Mexican-American workers"),
    ("The senator courted Arab-American leaders last week.", "Arab-American leaders"),
])
def test_a_hyphened_demonym_names_one_group(code, text, name):
    assert _groups(code(text, PUB)) == [(name, "USA")]


@pytest.mark.parametrize("text, groups", [
    ("Wounded soldiers thanked the nurses.", {("soldiers", None), ("nurses", None)}),
    ("Greek and Turkish diplomats met in Vienna.",
     {("Greek diplomats", "GRC"), ("Turkish diplomats", "TUR")}),
    ("American voters rejected the plan.", {("American voters", "USA")}),
])
def test_must_keep_names(code, text, groups):
    assert set(_groups(code(text, PUB))) == groups


def test_a_possessor_is_not_glued_to_the_role(code):
    doc = code("Obama and the party's congressional leaders met on Monday.", PUB)
    assert not any("party" in a.name.lower() for a in doc.actors), doc.actors
