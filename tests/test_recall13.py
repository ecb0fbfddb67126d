"""Recall classes of round 13 (issue core III): events a coder codes in war headlines that
Parley missed, each fixed as a class and checked against near misses that must stay as they
were. Every sentence here is invented.

1. "won't" (split by the parser into "wo" + "n't") is the future auxiliary of a refusal, as
   "will not" is: cooperation said not to happen is a REJECT.
2. What a state recognises (or refuses to recognise) is also a vote, an annexation or a
   measure; refuge is given or provided as it is granted (AID, or REJECT when refused).
3. A force leaving or abandoning a town or a position is a withdrawal (RETREAT); the object
   may be a named place (obj word ``place``).
4. Opening or reopening a corridor or crossing allows access (RETREAT access; AGREE when
   planned).
5. A state withdrawing from or quitting an international body or a treaty is SANCTION
   withdraw, not a troop withdrawal.
6. A force pressing or continuing its advance is a troop move (MOBILIZE).
7. A prefixed irregular past the lemmatizer leaves as it is ("retook", "overtook") gets its
   verb's lemma (retake), so the verb's trigger entries reach it.
"""
from __future__ import annotations

import pytest

PUB = "2023-03-02"


def events(code, text):
    doc = code(text, PUB)
    return [(e.event, e.mode) for e in doc.events if not e.negated]


@pytest.mark.parametrize("text, event, mode", [
    # class 1 and 2: refusals told with "won't", "will never", "will not"
    ("Latvia says it won't give refuge to soldiers fleeing the draft", "REJECT", None),
    ("Norway won't recognize the referendum in the occupied province", "REJECT", None),
    ("Chile will never recognize the sham vote held in the occupied islands.", "REJECT", None),
    ("Ruritania will not recognize the price cap on its grain exports.", "REJECT", None),
    ("Brazil recognized the referendum results on Monday.", "SUPPORT", None),
    ("Chile provided refuge to hundreds of families fleeing the fighting.", "AID", None),
    # class 3: a force leaving a place
    ("Rebel fighters left the besieged town overnight.", "RETREAT", "withdraw"),
    ("Government troops leave Kidal to avoid encirclement, the ministry says", "RETREAT", "withdraw"),
    ("Militants abandoned their positions near Gao overnight.", "RETREAT", "withdraw"),
    # class 4: opening a corridor
    ("Rebels opened a corridor for civilians to leave the city.", "RETREAT", "access"),
    ("The army will reopen the humanitarian corridor from the besieged town on Friday.", "AGREE", None),
    # class 5: leaving a body or a treaty
    ("Ruritania withdraws from the regional security council", "SANCTION", "withdraw"),
    ("Tamberlo quit the arms control treaty in May.", "SANCTION", "withdraw"),
    # class 6: pressing an advance
    ("Rebel units pressed their advance toward the coast on Monday.", "MOBILIZE", "troops"),
    ("Government forces continue advance deep into the northern hills", "MOBILIZE", "troops"),
    # class 7: prefixed irregular pasts
    ("Rebels retook the airport on Sunday.", "ASSAULT", None),
    ("The militia retook the hill above the village after dawn.", "ASSAULT", None),
])
def test_class_is_coded(code, text, event, mode):
    found = events(code, text)
    assert any(ev == event and (mode is None or m == mode) for ev, m in found), found


@pytest.mark.parametrize("text, absent", [
    # recognising an abstract thing is no recognition of a state's act
    ("The ministers recognize the importance of trade.", "SUPPORT"),
    # people who are no force, or a building, are no retreat
    ("Tourists left the city after the storm.", "RETREAT"),
    ("Soldiers left the town hall after the ceremony.", "RETREAT"),
    ("The minister left Lima on Monday.", "RETREAT"),
    # a firm's advance into markets is no troop move
    ("The company continued its advance into Asian markets.", "MOBILIZE"),
    # a land corridor opened by conquest lets no one through
    ("The army says it has opened a land corridor to the coast through the occupied province.", "RETREAT"),
    # a withdrawal from a town stays a retreat, not a sanction
    ("Rebel forces withdrew from the town on Friday.", "SANCTION"),
])
def test_near_miss_stays(code, text, absent):
    found = events(code, text)
    assert all(ev != absent for ev, _ in found), found


def test_wont_is_future_negation(code):
    """"won't" marks the refusal, not an affirmed act: no affirmed AID remains."""
    doc = code("Latvia says it won't give refuge to soldiers fleeing the draft", PUB)
    assert not any(e.event == "AID" and not e.negated for e in doc.events)


def test_prefixed_irregular_lemma(nlp):
    """"retook" → retake; a word that is a lemma itself ("resent") or no prefixed form of an
    irregular verb ("reread", "report") is left alone."""
    from parley.nlp.headlines.words import load_words, prefixed_irregular_lemma

    words = load_words(nlp)
    assert prefixed_irregular_lemma("retook", words) == "retake"
    assert prefixed_irregular_lemma("overtook", words) == "overtake"
    for word in ("resent", "report", "remain", "outlaw"):
        assert prefixed_irregular_lemma(word, words) is None
