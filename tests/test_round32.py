"""Round 32: one-word names the NER missed, as actors of the events they take part in.

Invented sentences, each coded alone through the real pipeline, with near misses that keep
their coding (docs/audit/dev-round32.md). Two classes: a surname alone of someone the story names
in full ("Ana Moretti ... Moretti accused"), and a one-word name the NER left untagged as a
verb's subject ("Okafor urges supporters ..."), unless the word is an ordinary English word, a
place, a country word or a role.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names

PUB = "2023-05-10"


def _slots(doc, event_type):
    return [(actor_names(doc, e.actor), actor_names(doc, e.recipient))
            for e in doc.events if e.event == event_type]


@pytest.mark.parametrize("text,event,name", [
    ("Lawyer Ana Moretti spoke to reporters on Monday. Moretti accused the city council of hiding "
     "the audit.", "ACCUSE", "Ana Moretti"),
    ("Council member Dara Okafor held a rally on Sunday. Okafor urges supporters to watch the "
     "polling stations.", "REQUEST", "Dara Okafor"),
    ("Ines Valdivia, a union leader, spoke at the gate. Later Valdivia criticised the port "
     "authority for the layoffs.", "ACCUSE", "Ines Valdivia"),
])
def test_a_surname_alone_is_the_person_named_in_full(code, text, event, name):
    doc = code(text, published=PUB)
    assert any(any(name in n for n in src) for src, _ in _slots(doc, event)), _slots(doc, event)


@pytest.mark.parametrize("text,event,name", [
    ("Moretti accused the Italian government of hiding the report.", "ACCUSE", "Moretti"),
    ("Okafor urges supporters to watch the polling stations.", "REQUEST", "Okafor"),
    ("Kessler criticized the ruling on Tuesday.", "ACCUSE", "Kessler"),
    ("Valdivia praised the dock workers for ending the strike.", "SUPPORT", "Valdivia"),
])
def test_an_untagged_one_word_name_as_subject_is_the_source(code, text, event, name):
    doc = code(text, published=PUB)
    assert any(name in src for src, _ in _slots(doc, event)), _slots(doc, event)


@pytest.mark.parametrize("text,event,word", [
    ("Town near the border shelled overnight, officials say.", "ASSAULT", "Town"),
    ("Group of senators visits the capital to discuss the war.", "CONSULT", "Group"),
    ("Hope accused the mayor of lying.", "ACCUSE", "Hope"),
    ("Bakhmut was shelled again on Monday.", "ASSAULT", "Bakhmut"),
])
def test_an_ordinary_word_or_a_place_is_no_bare_name(code, text, event, word):
    doc = code(text, published=PUB)
    assert not any(word in src | tgt for src, tgt in _slots(doc, event)), _slots(doc, event)
