"""Round 15 (US political news): verbal attacks between persons told in a medium of speech
(match.person_dispute, ACCUSE not ASSAULT), and office routines that are no event between
parties (events/office_routines.py: a request for comment, consulting one's own staff; a
release of a thing; events/plain_senses.py: pressing against a thing, a return to ordinary
life). Every sentence is invented; each class has controls that must stay."""
from __future__ import annotations

import pytest

PUB = "2016-09-20"


def affirmed(doc):
    return {e.event for e in doc.events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize("text", [
    # a label given to the one attacked ("pounded X as a fraud")
    "In a string of tweets, Senator Ruth Calloway pounded Governor Dale Ames as a fraud.",
    "At the rally, Governor Lena Park kept pounding Senator Bob Hale as a liar.",
    # the noun: a person's attacks on a person, in a sentence of speech or on a contest role
    "Mayor Tom Reyes responded with attacks on Councilwoman Ana Ortiz, including a late-night tweet.",
    "His attacks on the moderators drew criticism from both parties.",
    # a time phrase in a sentence of speech is no physical setting
    "Senator Ruth Calloway started attacking Hispanics at the beginning of her campaign.",
    # a contest role as the object
    "Governor Dale Ames hammered the moderators during the second debate.",
])
def test_verbal_attack_is_accuse(code, text):
    events = affirmed(code(text, PUB))
    assert "ASSAULT" not in events
    assert "ACCUSE" in events


@pytest.mark.parametrize("text", [
    "Troops attacked the town on Sunday.",
    "Gunmen attacked Mayor Tom Reyes on Friday.",
    "Rebels pounded the city with artillery overnight.",
    "Rebels pounded Kharkiv with rockets on Monday.",
    "Senator Ruth Calloway attacked Governor Dale Ames outside a bar in Denver on Friday.",
    "The militant group claimed the attack on the convoy in a statement.",
    "Police said a man attacked the senator with a knife at the rally.",
])
def test_physical_attack_stays(code, text):
    assert "ASSAULT" in affirmed(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    # a reporter's request for comment
    ("The mayor's office did not respond to requests for comment.", "REQUEST"),
    ("A spokesman for the senator did not return a request for comment on Monday.", "REQUEST"),
    ("The county clerk ignored several calls for comment.", "REQUEST"),
    # consulting one's own staff
    ("The senator spent the weekend speaking with his advisers about the debate.", "CONSULT"),
    ("The governor met with her own aides on Monday to plan the campaign.", "CONSULT"),
    ("The candidate consulted his advisers before the debate.", "CONSULT"),
    ("The mayor has been talking with a number of strategists about the race.", "CONSULT"),
    # a release of a thing, not of persons
    ("The campaign obtained the footage and released it to several newspapers.", "RETREAT"),
    ("The senator released his tax returns on Friday.", "RETREAT"),
    ("The campaign released a video of the rally on Sunday.", "RETREAT"),
    # pressing against a thing
    ("Supporters packed the plaza, some of them pressing against a metal barrier.", "REQUEST"),
    ("Protesters pressed against the glass doors of the statehouse.", "REQUEST"),
    # a return to ordinary life
    ("Residents are ready to return to normal after the storm.", "AGREE"),
    ("Many families were ready to go back to work after the flood.", "AGREE"),
])
def test_office_routine_is_no_event(code, text, event):
    assert event not in affirmed(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("The group released two hostages on Tuesday.", "RETREAT"),
    ("Police released the suspect on bail.", "RETREAT"),
    ("Ukraine renewed its request for air defence systems.", "REQUEST"),
    ("The president met with Mexican officials in Washington.", "CONSULT"),
    ("The senator met with the president's advisers on Monday.", "CONSULT"),
    ("The foreign minister spoke with aides to the Iraqi prime minister.", "CONSULT"),
    ("The rebels said they were ready to return to the talks.", "AGREE"),
    ("Iran is ready to return to the nuclear deal, its foreign minister said.", "AGREE"),
    ("The rebels are ready to release the hostages.", "AGREE"),
    ("Britain is pressing Washington to support its debt relief plan.", "REQUEST"),
])
def test_near_misses_stay(code, text, event):
    assert event in affirmed(code(text, PUB))
