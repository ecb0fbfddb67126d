"""Round 17: trigger senses that need a party where the sentence gives something else
(events/participant_kinds.py, frames.stance_content). Every sentence is invented; each class has
several, and controls (acts of parties) that must stay."""
from __future__ import annotations

import pytest

PUB = "2016-09-20"


def types(doc):
    return {e.event for e in doc.events}


@pytest.mark.parametrize("text, event", [
    # letting someone reach a state of mind or a change, a thing let be done, a situation letting
    ("For months the treasurer allowed the council to believe the pension fund was solvent.", "CONCEDE"),
    ("The coach allowed his players to think that the vote was settled.", "CONCEDE"),
    ("Years of neglect allowed the small gang to grow into a cartel, the report says.",
     "CONCEDE"),
    ("The trust moved its seat to Delaware, allowing the dispute to be settled under friendlier law.",
     "CONCEDE"),
    ("The loophole is narrow, but this allows landlords to skip the inspection fee.", "CONCEDE"),
    # agreeing with someone and nothing agreed on: concurrence
    ("On the radio show, Pruitt mostly agreed with Okafor about nothing in particular.", "AGREE"),
    ("Most farmers do not agree with the columnist, the survey found.", "AGREE"),
    ("The senator agreed with her colleague during the hearing.", "AGREE"),
    # a proposal opposed by a person or by nobody named as a state or body: a stance
    ("In her new memoir, the former mayor writes that she opposes the stadium bond.", "REJECT"),
    ("Several ranchers near Elko have opposed the grazing measure for years.", "REJECT"),
    ("Her brother, who opposes the zoning appeal, lives next door.", "REJECT"),
    ("He keeps saying he opposed the invasion of Iraq.", "REJECT"),
])
def test_sense_needs_a_party(code, text, event):
    assert event not in types(code(text, published=PUB))


def test_stance_object_is_no_event_of_its_own(code):
    """The deal a person opposes is what the stance is about, not news of a deal."""
    assert not code("Lena Ortiz told the paper that she opposes the pipeline deal.", published=PUB).events
    assert not code("Most voters oppose the new trade deal.", published=PUB).events


@pytest.mark.parametrize("text, event", [
    ("The interior minister allowed the opposition to hold its rally.", "CONCEDE"),
    ("The junta allowed foreign journalists to enter the capital on Monday.", "CONCEDE"),
    ("Turkey agreed with Sweden on the terms of the accord.", "AGREE"),
    ("Kenya agreed with Uganda.", "AGREE"),
    ("The two leaders agreed to resume talks in March.", "AGREE"),
    ("Belarus opposes the new UN resolution on Syria.", "REJECT"),
    ("Attorneys for the city filed a brief opposing the merger.", "REJECT"),
])
def test_party_acts_stay(code, text, event):
    assert event in types(code(text, published=PUB))
