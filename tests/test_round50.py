"""Round 50: a visitor is not of the country visited ("The defence minister visited Chile", "…
arrived in Chile"), and a trip's later destinations are goals too ("after a trip to Chile and
Peru").

The sentence-level guess gives a person or group without a country the one country its sentence
names; a country the clause's subject visits, tours, arrives or lands in (``visiting``) is where
they go, not where they are from; and a country coordinated with a goal ("to Chile and Peru")
is a goal as much as the first. Not a place where people are ("protesters gathered in Chile"),
not a visit to people in a country ("visited flood victims in Chile", possibly at home), and
only for the travellers themselves: the host side and others in the sentence keep the visited
country (a first version excluded it for everyone). Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, who", [
    ("The prime minister visited Chile on Monday", "prime minister"),
    ("The defence minister arrived in Chile on Monday", "defence minister"),
    ("Refugees arrived in Chile on Monday", "refugees"),
    ("Bipartisan senators call for more aid after trip to Chile and Peru", "senators"),
])
def test_no_country_from_where_they_go(code, text, who):
    found = [a for a in code(text, PUB).actors if who in a.name.lower()]
    assert found and all(a.country is None for a in found), found


@pytest.mark.parametrize("text, who, country", [
    ("Protesters gathered in Chile on Monday", "protesters", "CHL"),
    ("The minister visited flood victims in Chile", "minister", "CHL"),
    ("The Chilean minister visited Peru", "minister", "CHL"),
    # from the review: the host side keeps the visited country; so do people met there
    ("The army chief visited Chile on Monday and held talks with military leaders there.", "leaders", "CHL"),
    ("Police detained migrants who arrived in Chile on Friday.", "police", "CHL"),
])
def test_where_people_are_still_locates_them(code, text, who, country):
    found = [a for a in code(text, PUB).actors if who in a.name.lower()]
    assert found and all(a.country == country for a in found), found
