"""Round 33: an act judged in the abstract is no event.

Invented sentences, each coded alone through the real pipeline, with near misses that keep
their coding (docs/audit/dev-round33.md). The class: an act told only as the extraposed or real
subject of a present or modal judging predicate ("it is essential to arrest …", "it would be a
mistake to expel …", "bombing the bridges would be reckless") is someone's view of such an act,
not an act done or promised. A past frame, a doer named with "of", a that-clause and a clause
the act only hangs below keep their events.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import types

PUB = "2023-05-10"


@pytest.mark.parametrize("text", [
    "It is essential to arrest the gang leaders before the election.",
    "It would be a mistake to expel the ambassador, the senator warned.",
    "Bombing the bridges would be reckless.",
    "It seems foolish to sanction the neighbours' banks.",
    "It is irresponsible for any government to bomb the dams.",
    "It will be crucial to blockade the rebel-held harbour, the admiral says.",
    "The minister says it is vital to deport the smuggling crews.",
    "It is a disgrace to bomb the refugee camps.",
    "To shell the river port would be a crime.",
    # review mends: a frame reported in the past, an act read as a fronted clause, "for X to"
    "The admiral said it was vital to blockade the rebel harbour.",
    "Expelling more foreign reporters would be premature, the minister said.",
    "To deport the striking miners would be a disgrace, the bishop said.",
    "It would be disqualifying for a judge to detain the reporters, she said.",
])
def test_an_act_judged_in_the_abstract_is_no_event(code, text):
    assert not code(text, PUB).events, text


@pytest.mark.parametrize("text,event", [
    ("It was wrong of the army to shell the market.", "ASSAULT"),  # the doer's real act judged
    ("It is important to note that the army shelled the port on Monday.", "ASSAULT"),
    ("It is a crime that the militia bombed the hospital.", "ASSAULT"),
    ("It took the militia two days to capture the airport.", "ASSAULT"),
    ("The ministry says it is ready to expel the ambassador.", "THREATEN"),  # "it" is the ministry
    ("Soldiers who were ordered to shell the town said it was wrong.", "ASSAULT"),
    ("Police arrested the gang leaders, and it is essential to keep them in jail.", "COERCE"),
    ("The general said it was necessary to evacuate the town after the militia shelled it.", "ASSAULT"),
    ("To the surprise of many, the army shelled the port.", "ASSAULT"),
    ("Arresting the ringleaders was a priority, and police detained six men.", "COERCE"),
    ("The senator said that it was wrong for the navy to shell the port last week.", "ASSAULT"),
    ("The junta said it was unacceptable for France to fly drones over the border and expelled "
     "the French ambassador.", "SANCTION"),
])
def test_near_misses_keep_their_event(code, text, event):
    assert event in types(code(text, PUB)), text
