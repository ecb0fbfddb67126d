"""Round 59: a name that only modifies a noun of a works names the facility, no actor.

"The Azovstal plant", "the Karvena steel plant", "the Karvena refinery": the small model tags
the name as an organisation, and the coder made a party of it ("evacuations from the Azovstal
plant" had Azovstal as a body). A one-word organisation name whose only role is to modify a
facility noun (``facilities``) is the facility's name, a place. A firm acting elsewhere in the
sentence stays an actor ("Gazprom halts work at the Portovaya plant"). Invented sentences.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, name", [
    ("Civilians are trapped inside the Karvena steel plant.", "Karvena"),
    ("Shelling hit the Karvena factory overnight.", "Karvena"),
    ("Fighting continues around Azovstal plant in Mariupol", "Azovstal"),
    ("Drones struck the Karvena refinery overnight.", "Karvena"),
])
def test_facility_name_is_no_actor(code, text, name):
    assert not [a for a in code(text, PUB).actors if a.name == name]


@pytest.mark.parametrize("text, name", [
    ("Gazprom halts work at the Portovaya plant", "Gazprom"),
    ("Shell says its refinery in Nigeria was attacked", "Shell"),
])
def test_a_firm_acting_stays(code, text, name):
    assert [a for a in code(text, PUB).actors if a.name == name]


# from the review: two-word names, and a facility that is the clause's subject (the owner acts)
@pytest.mark.parametrize("text, name", [
    ("Unions at the General Motors plant in Ontario called a strike.", "General Motors"),
    ("The Nokia plant in Finland will cut 300 jobs.", "Nokia"),
    ("Ford factory in Valencia halted production after a parts shortage.", "Ford"),
])
def test_owner_firms_stay(code, text, name):
    assert [a for a in code(text, PUB).actors if a.name == name]
