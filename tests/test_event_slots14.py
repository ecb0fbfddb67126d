"""Round 14 of the actor audit (war headlines), the source and target slots by mechanism.
Invented sentences only."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries, trigger

PUB = "2022-06-01"


# --------------------------------------- class 1, the doer of a time-adjunct gerund ("after meeting")
@pytest.mark.parametrize("text,word,parties", [
    ("Peruvian President Jorge Salas says Chile is a bully after speaking with farmers",
     "speaking", {"PER"}),
    ("Bolivia's foreign minister says he thinks the dispute will end soon after meeting with "
     "Chilean President Marta Ruiz", "meeting", {"BOL", "CHL"}),
    ("Kenyan lawmaker after meeting with Ethiopian officials: \"We need more food aid\"",
     "meeting", {"KEN", "ETH"}),
    ("Chilean President Marta Ruiz says the border is calm after talking with Peruvian "
     "President Jorge Salas", "talking", {"CHL", "PER"}),
    ("Amnesty International researcher says he is collecting testimony while investigating "
     "alleged Peruvian abuses", "investigating", set()),
])
def test_a_time_adjunct_gerund_is_done_by_the_clause_subject(code, text, word, parties):
    """"A says B is a bully after speaking with C": the gerund of a time phrase has the
    subject of the clause it belongs to, even where the parser hangs the phrase on a copula's
    noun or on a reported verb whose subject is a thing or a pronoun; a headline speaker
    before a colon did the act."""
    doc = code(text, PUB)
    ev = trigger(doc, word)
    assert parties <= countries(doc, ev.actor)
    assert ev.actor, "the doer is named before the time phrase"


def test_a_relative_clause_gerund_is_done_by_its_noun(code):
    """"B, who had lunch with Y before visiting Z": B visits, not the main clause's subject."""
    doc = code("Lima is welcoming Chilean President Marta Ruiz, who had lunch with Peruvian "
               "ministers before visiting the national palace.", PUB)
    assert countries(doc, trigger(doc, "visiting").actor) == {"CHL"}


def test_a_copula_subject_is_not_the_doer(code):
    """"Chile is a bully after speaking …" is no act of Chile's: the copula is skipped."""
    doc = code("Peruvian President Jorge Salas says Chile is a bully after speaking with farmers", PUB)
    assert "CHL" not in countries(doc, trigger(doc, "speaking").actor)


def test_a_first_person_quote_after_a_speaker_with_a_time_phrase(code):
    """"A after visiting Y: '…'": the speaker before the colon visited Y."""
    doc = code("Bolivian foreign minister after visiting Chile: \"There is hope\"", PUB)
    ev = trigger(doc, "visiting")
    assert countries(doc, ev.actor) == {"BOL"}
    assert countries(doc, ev.recipient) == {"CHL"}


# ------------------------------ class 2, a party inside the discussed topic is no party of the talk
@pytest.mark.parametrize("text,word,parties", [
    ("Chile and Peru discussed sending more food aid to Bolivia", "discuss", {"CHL", "PER"}),
    ("Andean ministers to discuss sending tanks to Bolivia next week", "discuss", set()),
    ("Chilean President Marta Ruiz and Peruvian President Jorge Salas discuss need to speed up "
     "aid to Bolivia", "discuss", {"CHL", "PER"}),
])
def test_a_party_of_the_discussed_act_is_no_recipient(code, text, word, parties):
    """"X and Y discuss sending arms to Z": Z is the one the discussed act is for, part of
    the topic, not addressed by the discussion (judging rule 10: a topic is no participant)."""
    doc = code(text, PUB)
    ev = trigger(doc, word)
    assert "BOL" not in countries(doc, ev.recipient)
    assert parties <= countries(doc, ev.actor)


def test_an_agreed_act_keeps_its_recipient(code):
    """Only a discussion's topic is set apart: "agree to send aid to Z" is aimed at Z."""
    doc = code("Chile and Peru agree to send aid to Bolivia", PUB)
    ev = trigger(doc, "agree")
    assert "BOL" in countries(doc, ev.recipient)


# ------------------- class 3, a call in which one asks another to act: both are parties of the call
@pytest.mark.parametrize("text,word", [
    ("Chilean President Marta Ruiz asked Peruvian President Jorge Salas to reopen the border in "
     "a recent phone conversation, aides say", "phone"),
    ("Chilean President Marta Ruiz urged Peruvian President Jorge Salas to reopen the border in "
     "a phone call on Monday", "phone"),
])
def test_a_call_phrase_on_the_act_asked_for_belongs_to_the_asking(code, text, word):
    """"X asked Y to do Z in a phone call": the parser hangs the call phrase on the act asked
    for, whose subject is Y alone; the call is the asking's, so X and Y both take part."""
    doc = code(text, PUB)
    assert countries(doc, trigger(doc, word).actor) == {"CHL", "PER"}


# ------------------------ class 4, the one a demanded release is for is not the one asked
@pytest.mark.parametrize("text", [
    "Chilean President Marta Ruiz demands immediate release of detained Peruvian journalist",
    "Bolivia urges release of detained Peruvian sailors",
    "Bolivia demands the return of kidnapped Peruvian engineers",
])
def test_the_one_freed_is_not_asked(code, text):
    """"demands the release of X": the object names the act asked for; X, freed by it, is
    its beneficiary, not the addressee (who is unnamed: the target is empty)."""
    doc = code(text, PUB)
    assert "PER" not in countries(doc, trigger(doc, "demands" if "demands" in text else "urges").recipient)


def test_a_demand_on_a_named_holder_keeps_it(code):
    """"X demands Y release Z": Y, who is to act, is asked."""
    doc = code("Peru demands Chile release detained Peruvian sailors", PUB)
    assert countries(doc, trigger(doc, "demands").recipient) == {"CHL"}


# ------------------ class 5, a verb of raising an act's pace carries its object's event (M5)
@pytest.mark.parametrize("text", [
    "Peru ramping up strikes on northern Chile",
    "Peru is scaling up attacks on Chilean border posts",
    "Peru redoubles attacks on Chilean border posts",
])
def test_a_pace_verb_gives_its_subject_to_the_act(code, text):
    """"X ramping up strikes on Y": the verb carries the nominal attack, whose doer is X."""
    doc = code(text, PUB)
    ev = trigger(doc, "strikes" if "strikes" in text else "attacks")
    assert countries(doc, ev.actor) == {"PER"}
    assert countries(doc, ev.recipient) == {"CHL"}
