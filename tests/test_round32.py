"""Round 32: names the NER missed, as actors of the events they take part in.

Invented sentences, each coded alone through the real pipeline, with near misses that keep
their coding (docs/audit/dev-round32.md). Three classes: a surname alone of someone the story names
in full ("Ana Moretti ... Moretti accused"), and a one-word name the NER missed as a verb's
subject when a personal pronoun later in the sentence shows a person ("Okafor urges his
supporters ..."), unless the word is an ordinary English word, a place, a country word or a role;
and a full name the NER read as an organisation when a person's role names it ("lawmaker Aino
Rautio", "the envoy, Tomasz Wieczorek,").
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
    ("The envoy, Pieter Okonkwo, arrived on Monday. Okonkwo urged both sides to return to the "
     "table.", "REQUEST", "Pieter Okonkwo"),
    # a first surname of two ("Ibarra" of "Rosa Ibarra Cortes")
    ("Mexican senator Rosa Ibarra Cortes criticised the budget. Ibarra demanded a new vote on "
     "Friday.", "REQUEST", "Rosa Ibarra Cortes"),
])
def test_a_surname_alone_is_the_person_named_in_full(code, text, event, name):
    doc = code(text, published=PUB)
    assert any(any(name in n for n in src) for src, _ in _slots(doc, event)), _slots(doc, event)


@pytest.mark.parametrize("text,event,name", [
    ("Moretti accused the Italian government of hiding her report.", "ACCUSE", "Moretti"),
    ("Okafor urges his supporters to watch the polling stations.", "REQUEST", "Okafor"),
    ("Lindqvist praised the dock workers for ending the strike, which he called brave.", "SUPPORT",
     "Lindqvist"),
    ("Szabo accused the ministry of wasting his time.", "ACCUSE", "Szabo"),
    ("Haddadi urged the council to delay the vote until she returns.", "REQUEST", "Haddadi"),
    # read as a place by the NER, but the gazetteer has only villages of that name
    ("Ferreira thanked the rescue teams for saving his family.", "SUPPORT", "Ferreira"),
])
def test_a_one_word_name_the_ner_missed_with_a_personal_pronoun_is_the_source(code, text, event, name):
    doc = code(text, published=PUB)
    assert any(name in src for src, _ in _slots(doc, event)), _slots(doc, event)


@pytest.mark.parametrize("text,event,word", [
    ("Town near the border shelled overnight, officials say.", "ASSAULT", "Town"),
    ("Group of senators visits the capital to discuss the war.", "CONSULT", "Group"),
    ("Hope accused the mayor of lying.", "ACCUSE", "Hope"),
    ("Bakhmut was shelled again on Monday.", "ASSAULT", "Bakhmut"),
    ("Valdivia praised the dock workers for ending the strike.", "SUPPORT", "Valdivia"),  # a city
    ("Future45 attacked the senator in a new advertisement.", "ACCUSE", "Future45"),
    # a firm, a party or a militia acts in news too: without a personal pronoun, no person
    ("Velorix accused the regulator of bias.", "ACCUSE", "Velorix"),
    ("Okafor urges supporters to watch the polling stations.", "REQUEST", "Okafor"),
])
def test_an_ordinary_word_a_place_or_a_code_is_no_bare_name(code, text, event, word):
    doc = code(text, published=PUB)
    assert not any(word in src | tgt for src, tgt in _slots(doc, event)), _slots(doc, event)


def test_common_words_come_from_the_model_lemmatizer(nlp):
    words = nlp.get_pipe("parley_actors").common_words
    assert words and "Town" in words and "group" in words
    assert "Fiercest" in words and "shelling" in words  # through the lemmatizer's suffix rules
    assert "Moretti" not in words and "Okafor" not in words


def test_a_model_without_lemmatizer_tables_turns_the_bare_name_rule_off():
    import spacy

    from parley.nlp.common_words import common_words
    assert not common_words(spacy.blank("en"))


@pytest.mark.parametrize("text,event,name", [
    ("Finnish lawmaker Aino Rautio visited Kyiv on Monday. The president thanked Rautio for the "
     "aid.", "SUPPORT", "Aino Rautio"),
    ("The envoy, Tomasz Wieczorek, arrived on Sunday. Wieczorek urged both sides to return to "
     "talks.", "REQUEST", "Tomasz Wieczorek"),
])
def test_a_full_name_read_as_an_organisation_is_a_person_when_a_role_names_it(code, text, event, name):
    doc = code(text, published=PUB)
    assert any(name in src | tgt for src, tgt in _slots(doc, event)), _slots(doc, event)
    assert [a.kind for a in doc.actors if a.name == name] == ["person"]


@pytest.mark.parametrize("text,name", [
    ("The company, Acme Holdings, denied the report on Monday.", "Acme Holdings"),
    ("The senator criticised Global Energy Partners for the spill.", "Global Energy Partners"),
])
def test_a_firm_named_after_a_role_noun_stays_no_person(code, text, name):
    doc = code(text, published=PUB)
    assert not [a for a in doc.actors if a.name == name and a.kind == "person"]
