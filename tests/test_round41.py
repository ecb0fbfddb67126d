"""Round 41: urgings told as a warning "against" an act or as an appeal "to" a party.

"Warned Minsk against any incursion" urges Minsk not to act, like "warned Minsk not to": a
REQUEST to the party warned, which must be the direct object (``obj_direct``: "warned against
NATO expansion" warns no one). "In an appeal to the Peruvian president": an appeal to a party
asks it (REQUEST), as the verb "appealed to" did; not an appeal to a court, to voters or to
reason, nor "the appeal of the city to tourists". (A support verb's preposition read as the
noun's, "made an appeal to X", was tried and withdrawn: court and voter appeals came back
through "for".) Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text, source, target", [
    ("The Lithuanian president warned Belarus against any incursion", "LTU", "BLR"),
    ("Chilean leaders warn Peru against use of chemical weapons", "CHL", "PER"),
    ("Japan warns North Korea against further missile tests", "JPN", "PRK"),
    ("The Bolivian minister cites history in appeal to the Peruvian president", "BOL", "PER"),
])
def test_urging_is_a_request(code, text, source, target):
    doc = code(text, PUB)
    found = [e for e in doc.events if e.event == "REQUEST"]
    assert found, doc.events
    countries = {a.id: a.country for a in doc.actors}
    assert source in {countries[i] for i in found[0].actor}
    assert target in {countries[i] for i in found[0].recipient}


@pytest.mark.parametrize("text", [
    "Doctors warned patients against eating raw fish",
    "The agency warned against travel to the region",
    "The lawyers lodged an appeal to the constitutional court on Monday",
    "His appeal to voters fell flat",
    # from the review: a warning to no party, an attraction, a plea to no one
    "The Chilean foreign ministry warned against travel to the border region.",
    "Bolivia warned against complacency.",
    "The appeal of the old city to tourists has grown since the war ended.",
    "The minister's appeal to reason fell on deaf ears",
])
def test_no_party_urged(code, text):
    assert "REQUEST" not in {e.event for e in code(text, PUB).events}, text


def test_legal_appeal_keeps_its_filer(code):
    """From the second review: a legal appeal is no request to the body it is filed with by
    this rule; the older "filed an appeal" reading keeps its filer."""
    doc = code("Chile filed an appeal to the WTO against the panel ruling.", PUB)
    found = [e for e in doc.events if e.event == "REQUEST"]
    assert found and found[0].actor, doc.events


def test_warning_with_no_party_leaves_the_word_to_the_dictionary(code):
    """From the second review: a warning against a thing is no REQUEST, and the dictionary
    tier still reads the word as before (a warning is CAMEO 130)."""
    doc = code("Beijing warned against Taiwan's independence.", PUB)
    assert "REQUEST" not in {e.event for e in doc.events}
    assert "THREATEN" in {e.event for e in doc.events}, doc.events


def test_idiom_against_the_backdrop(code):
    text = "The Chilean general warned the rebels on Monday against the backdrop of renewed fighting."
    doc = code(text, PUB)
    assert "REQUEST" not in {e.event for e in doc.events}, doc.events
