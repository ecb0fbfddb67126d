"""A trip noun told as the purpose or manner of a journey (round 21): "heads to Rabat **for a
two-day visit**", "arrives in Tokyo for a state visit", "left for Abuja **on an official visit**".

A journey verb with "for/on a visit" is vetoed as a visit of its own (``no_visit_arrival``: a
trip and its purpose are one event), so the visit noun is the event; but the noun's own phrase
names nobody, and it was coded with no visitor and no host. The traveller is the journey
verb's subject and the host the country of its destination ("to/in/at X", "left for X"), as for
an arrival (``counterparts.destinations``). Only named parties; a domestic destination is no
host (the visitor's own country).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.args import subject_of
from parley.nlp.events.match import coarse_pos, lemma, pobjs, preps_of
from parley.nlp.events.participant_kinds import acts_for_body
from parley.nlp.extensions import place_at

#: nouns of a trip (the list ``named_meetings.VISIT_NOUNS`` reads)
VISIT_NOUNS = word_list("events_named_meetings.yaml", "visit_nouns")
#: prepositions by which a trip noun is the purpose or manner of a journey (closed class)
TRIP_PREPS = frozenset({"for", "on"})


def journey_of(noun: Token) -> Token | None:
    """The verb a "for/on a visit" phrase hangs on (also a headline verb tagged as a plural
    noun, "minister heads to …"), or None."""
    if lemma(noun) not in VISIT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in TRIP_PREPS:
        return None
    verb = noun.head.head
    if verb == noun.head:
        return None
    if coarse_pos(verb) == "VERB" or (verb.dep_ == "ROOT" and verb.tag_ == "NNS"):
        return verb
    return None


def travellers(verb: Token) -> list[Token]:
    """The journey's subjects that act for a state or body (not tourists, not pronouns: a
    pronoun's antecedent is coded elsewhere)."""
    return [s for s in subject_of(verb) if s.pos_ != "PRON" and acts_for_body(s)]


def for_places(verb: Token, noun: Token) -> list[str]:
    """Countries of places a journey is "for" ("left for Abuja"), besides the trip noun."""
    doc = verb.doc
    places = (place_at(doc, o.idx, o.idx + len(o.text))
              for p in preps_of(verb, frozenset({"for"})) for o in pobjs(p) if o != noun)
    return [p.country for p in places if p is not None and p.country]
