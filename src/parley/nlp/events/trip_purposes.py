"""A trip noun told as the purpose or manner of a journey, or as an act's occasion (round 21):
"heads to Rabat **for a two-day visit**", "arrives in Tokyo for a state visit", "left for Abuja
**on an official visit**".

A journey verb with "for/on a visit" is vetoed as a visit of its own (``no_visit_arrival``: a
trip and its purpose are one event), so the visit noun is the event; but the noun's own phrase
names nobody, and it was coded with no visitor and no host. The traveller is the journey
verb's subject and the host the country of its destination ("to/in/at X", "left for X"), as for
an arrival (``counterparts.destinations``). Only named parties; a domestic destination is no
host (the visitor's own country).

The same trip noun in an occasion or sequence phrase of another act ("made the remarks during
a visit to X", "returned following a US trip", ``occasion_trip``) is a visit of its own, as a
call or meeting there is (``sequel_calls``): its traveller is the noun's possessor or the act's
subject, its host the country it goes to.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.args import subject_of
from parley.nlp.events.match import coarse_pos, lemma, pobjs, preps_of, with_conjuncts
from parley.nlp.events.participant_kinds import acts_for_body
from parley.nlp.events.sequel_calls import AFTER, occasion_clause
from parley.nlp.extensions import actor_at, place_at

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


#: prepositions of occasion or sequence a trip noun is told in ("said during a visit to X",
#: "returned following US trip"); closed-class grammar
TRIP_OCCASION = frozenset({"during", "on", "in", "after", "following"})


def trip_host(noun: Token) -> str | None:
    """The country a trip noun goes to: its "to" object or a place before it ("Moscow visit",
    "US trip")."""
    doc = noun.doc
    heads = [o for p in preps_of(noun, frozenset({"to"})) for o in pobjs(p)]
    heads += [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i]
    for h in heads:
        place = place_at(doc, h.idx, h.idx + len(h.text))
        actor = actor_at(doc, h.idx, h.idx + len(h.text))
        if place is not None and place.country:
            return place.country
        if actor is not None and actor.kind == "state" and actor.country:
            return actor.country
    return None


def trip_agents(noun: Token) -> list[Token]:
    """The travellers a trip noun names itself: its possessor ("Scholz's trip"; not a pronoun,
    whose antecedent is the act's subject) or its "by" object ("a visit to X by Y", also when
    the parser hung "by Y" on the destination)."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if owners:
        return with_conjuncts(owners)
    holders = [noun, *(o for p in preps_of(noun, _TO) for o in pobjs(p))]
    return [o for h in holders for p in preps_of(h, _BY) for o in pobjs(p)]


_TO = frozenset({"to"})
_BY = frozenset({"by"})


#: determiners of a trip already told ("after the visit", "following that trip"): the act
#: that follows it (``sequel_calls.AFTER``) need not be its traveller's ("during the Lima
#: visit" is the subject's own)
TOLD_BEFORE = frozenset({"the", "this", "that", "these", "those"})


def occasion_trip(noun: Token) -> tuple[list[Token], str] | None:
    """A trip noun in an occasion or sequence phrase of an act ("X made the remarks during a
    visit to Y", "X returned following a Y trip"): its travellers and the host's country; None
    when either is missing. A trip is an event of its own, like a call there.

    The travellers are those the noun names (``trip_agents``: "a visit to Y by Z", "Z's trip":
    never the act's subject then, "Russia struck Kyiv during a visit to Ukraine by the UN
    chief"), else the act's subjects that are persons acting for a party of another country
    than the host (a state or an army does not travel: "China held drills after a visit to
    Taiwan" is no visit of China's)."""
    if lemma(noun) not in VISIT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in TRIP_OCCASION:
        return None
    if noun.head.head == noun.head or journey_of(noun) is not None:
        return None
    host = trip_host(noun)
    verb = occasion_clause(noun.head.head)
    if host is None or verb is None:
        return None
    doc = noun.doc
    named = trip_agents(noun)
    if not named and noun.head.lower_ in AFTER and any(
            c.dep_ == "det" and c.lower_ in TOLD_BEFORE for c in noun.children):
        return None  # "lashed out after the visit to Taiwan": a trip told before, not the subject's
    out = []
    for h in named or with_conjuncts(subject_of(verb)):
        actor = actor_at(doc, h.idx, h.idx + len(h.text))
        if h.pos_ == "PRON" or not acts_for_body(h) or actor is None or actor.country == host:
            continue
        if named or (actor.kind == "person" and actor.country):  # named: "by the UN chief" too
            out.append(h)
    return (out, host) if out else None


def names_own_sides(noun: Token) -> bool:
    """A call, meeting or trip noun that names its own side: a possessor that is no pronoun
    ("Blinken's meeting with Y") or a "by" traveller ("a visit to X by Y")."""
    return bool(trip_agents(noun))
