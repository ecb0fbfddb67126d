"""Named meetings: a meeting, call, talks or visit noun that names its own parties (round 17).

Judging convention 2 takes a specific, datable nominal with its parties as an event: "the call
between the Chilean and Peruvian presidents has started", "Tuesday's Chile-Peru talks", "what
to know about the meeting between Chile, Peru and Bolivia", "the timing of the chancellor's
trip to Lima", "pressed Y for more aid during their call". The background frames of
``frames.background_frame`` (topic of knowing or telling, modifier of a noun, a time phrase)
are made for states and wars told as the backdrop of news; a meeting that names both sides in
its own phrase is news of its own, so those frames do not veto it. A meeting in a phrase of
time or cause ("since the talks between X and Y", "after their meeting") stays background,
unless the phrase is its occasion ("during/in their call", "on the sidelines of the talks").
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.counterparts import CALL, telling_side
from parley.nlp.events.frames import background_phrase
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import Candidate, lemma, pobjs, preps_of, with_conjuncts
from parley.nlp.events.sequel_calls import sequel_call
from parley.nlp.events.trip_purposes import occasion_trip
from parley.nlp.extensions import actor_at, place_at
from parley.schema import Actor

LISTS = "events_named_meetings.yaml"
#: nouns of a meeting, call or round of talks whose own phrase can name both sides
MEETING_NOUNS = word_list(LISTS, "meeting_nouns")
#: nouns of a trip whose own phrase names the traveller and the place visited
VISIT_NOUNS = word_list(LISTS, "visit_nouns")
#: words of a phrase that is a meeting's occasion, not its backdrop ("during their call")
OCCASION_WORDS = word_list(LISTS, "occasion_words")
#: nouns whose "of" phrase names a meeting that may not take place or is told as a state
UNSETTLED = word_list(LISTS, "unsettled")
#: prepositions whose objects are the sides of a meeting named in its own phrase
SIDE_PREPS = frozenset({"between", "among", "with"})
#: modifiers before the noun that may name a side ("Chile's", "Chile-Peru", "Chilean-Peruvian")
SIDE_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def _actor(token: Token) -> Actor | None:
    return actor_at(token.doc, token.idx, token.idx + len(token.text))


def _front_actors(noun: Token) -> list[Actor]:
    """Actors named by the modifiers before the noun ("Chile's", "the Chile-Peru")."""
    out = []
    for c in noun.children:
        if c.dep_ in SIDE_DEPS and c.i < noun.i:
            out += [a for a in map(_actor, c.subtree) if a is not None]
    return out


def own_sides(noun: Token) -> list[Actor]:
    """The distinct parties a meeting noun names in its own phrase: before it, and in its
    between/among/with phrase."""
    heads = with_conjuncts([o for p in preps_of(noun, SIDE_PREPS) for o in pobjs(p)])
    found = _front_actors(noun) + [a for a in map(_actor, heads) if a is not None]
    return list({a.id: a for a in found}.values())


def _visited_country(noun: Token) -> str | None:
    """The country of the place or state a trip noun goes to ("trip to Lima")."""
    for o in (o for p in preps_of(noun, frozenset({"to"})) for o in pobjs(p)):
        place = place_at(o.doc, o.idx, o.idx + len(o.text))
        actor = _actor(o)
        if place is not None and place.country:
            return place.country
        if actor is not None and actor.kind == "state" and actor.country:
            return actor.country
    return None


def meeting_with_sides(cand: Candidate) -> bool:
    """A meeting noun naming two distinct sides in its own phrase ("Tuesday's Chile-Peru talks"):
    round 18 keeps it as an event besides a praise or criticism that is about it (a trip noun
    is left: its traveller is often a compound the argument reader does not give it)."""
    return lemma(cand.head) in MEETING_NOUNS and len(own_sides(cand.head)) >= 2


def names_own_parties(cand: Candidate) -> bool:
    """A meeting noun naming two sides itself, a trip noun naming its traveller (also "his")
    and a place of another country, or a call told as an act's occasion with its partner
    (``counterparts.find_calls``)."""
    noun = cand.head
    if cand.entry is CALL:
        return True
    if lemma(noun) in MEETING_NOUNS:
        return len(own_sides(noun)) >= 2
    if lemma(noun) not in VISIT_NOUNS:
        return False
    where = _visited_country(noun)
    if where is None:
        return False
    travellers = _front_actors(noun)
    if not travellers:  # "his visit to Lima": a pronoun owner is a traveller too
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    return all(a.country != where for a in travellers)


#: background frames (``frames.background_frame``) that a named meeting is news in: told as
#: what one knows or tells about, as what a noun is of ("photos of"), or in its occasion phrase
OWN_NEWS_FRAMES = frozenset({"topic of knowing or telling", "modifier of a noun", "cause-or-time phrase"})


def reported_meeting(cand: Candidate, reason: str, mods: Modifiers) -> bool:
    """A named meeting in a background frame it is news in; in a phrase of time or cause only
    when the phrase is its occasion ("during their call", not "since the talks", "after the
    meeting"). Clauses of backdrop ("since the talks collapsed") and assessments keep their veto."""
    noun = cand.head
    if reason == "cause-or-time phrase" and (sequel_call(noun) or occasion_trip(noun)):
        return True  # round 18: "praised the reforms after a call / meeting with Abiy"; round 21 trips
    if reason == "topic of knowing or telling" and telling_side(noun):
        return True  # round 68: "X describes a tense meeting with Y": X's own meeting
    if cand.entry is CALL and lemma(noun) == "phone" and noun.head.lower_ in ("over", "by"):
        return True  # round 75: "over the phone" is the means, not what it was about
    if reason not in OWN_NEWS_FRAMES or not names_own_parties(cand):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in UNSETTLED:
        return False  # "the possibility of a Chile-Peru meeting", "the status of talks"
    if not background_phrase(noun, mods):
        return True
    prep = noun.head
    return prep.lower_ in OCCASION_WORDS or prep.head.lower_ in OCCASION_WORDS
