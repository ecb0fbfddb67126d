"""A call or meeting told as what an act came after ("praised the reforms after a call with
Abiy", "backed the bid following a meeting with the Peruvian president", round 18): it took
place, between the act's subject and the partner its "with" phrase names.

Round 11 read a call only as the occasion of an act ("in/during a call"); a phrase of sequence
stayed the backdrop. A call or meeting in an "after/following" phrase that names its partner
and hangs on a verb with a named subject is still one specific, datable meeting with both sides
known (judging convention 2). Without a partner ("after the call") or without a subject that
names a party ("trade fell after …") it stays background.

Round 21 widens the same class to the occasion prepositions ("in/during a call / meeting / talks
with Y") and to phrases the parser hung on a noun of the clause ("thanks X for support **in a
call with** Y", "agrees on the need for calm in call with Y"): a call or meeting named in an
adjunct of another verb is an event itself, between that verb's subject and its "with" partner.
The nouns are the call and meeting lists; the verb is found up through nouns and prepositions.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.args import listed_subjects, subject_of
from parley.nlp.events.match import (
    REPORTING,
    Candidate,
    coarse_pos,
    colon_speaker,
    lemma,
    names_party,
    pobjs,
    preps_of,
    with_conjuncts,
)
from parley.nlp.events.participant_kinds import acts_for_body
from parley.nlp.extensions import actor_at

#: nouns of a call or meeting (the lists of events_counterparts.yaml and events_named_meetings.yaml)
SEQUEL_NOUNS = word_list("events_counterparts.yaml", "call_nouns") | word_list(
    "events_named_meetings.yaml", "meeting_nouns")

#: prepositions of sequence whose call object took place before the act it hangs on
AFTER = frozenset({"after", "following"})
#: prepositions of sequence or occasion whose call or meeting object took place (round 21 adds
#: the occasion: "in/during a call with Y"); closed-class grammar, kept in code
OCCASION = AFTER | frozenset({"in", "during"})
_WITH = frozenset({"with"})


def sequel_call(noun: Token) -> list[Token]:
    """The subject of the verb an "after a call / meeting with Y" phrase hangs on, and Y; else []."""
    if lemma(noun) not in SEQUEL_NOUNS or noun.dep_ != "pobj":
        return []
    if noun.head.lower_ not in OCCASION or noun.head.head == noun.head:
        return []
    if noun.head.i > 0 and noun.doc[noun.head.i - 1].lower_ in ("until", "till", "before"):
        return []  # round 54 review: "nothing will change until after a meeting with Y": to come
    if noun.head.lower_ == "in" and noun.tag_ in ("NNS", "NNPS"):
        return []  # "agreed to mediation in the talks with Y": a track of talks, no one occasion
    verb = occasion_clause(noun.head.head)
    if verb is None:
        return []
    # an occasion ("said in a call with reporters") is a party's meeting only between sides
    # that act for a state or body; a sequence keeps round 18's named parties
    party = names_party if noun.head.lower_ in AFTER else _side
    partners = [o for p in preps_of(noun, _WITH) for o in pobjs(p) if party(o) and o.pos_ != "PRON"]
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if owners:  # "during Blinken's meeting with Y": its own side, never the act's subject
        return [s for s in with_conjuncts(owners) if party(s)] + partners \
            if any(party(s) for s in owners) and partners else []
    # round 68 (store): 'White House: the US will watch … after call with Biden': a state is no
    #   side of a call with its own leader or official
    theirs = {_country(o) for o in partners} - {None}
    subjects = [s for s in listed_subjects(subject_of(verb)) if s.pos_ != "PRON" and party(s)
                and not (_is_state(s) and _country(s) in theirs)]
    if not subjects:  # round 54: "X says he is hopeful after a call with Y": the reporter,
        # a side, with a partner that is a side too ("after a conversation with his doctors")
        subjects = [s for s in _reporters(verb) if _side(s)]
        partners = [o for o in partners if _side(o)] if subjects else partners
    if not subjects:  # round 68: 'X: "we will not back down" after a call with Y': the
        # headline's speaker, a side, had the call its statement came after
        speaker = colon_speaker(noun.doc, noun)
        subjects = [speaker] if speaker is not None and _side(speaker) else []
        partners = [o for o in partners if _side(o)] if subjects else partners
    if not subjects and verb.dep_ == "ROOT" and coarse_pos(verb) == "NOUN":
        # a headline verb tagged as a noun ("Chile's Boric thanks …"): its name compounds
        subjects = [c for c in verb.children if c.dep_ in ("compound", "nsubj") and party(c)]
    subjects = [s for s in subjects if not (_is_state(s) and _country(s) in theirs)]
    return subjects + partners if subjects and partners else []


def _reporters(verb: Token) -> list[Token]:
    """Round 54: the subject of the verb of saying whose reported clause ``verb`` heads, when
    the clause's own subject is a pronoun or names no party ("Ruto says **he** is confident
    after a call with Xi", "Lula said **trade** would grow after meeting Xi"): the one who had
    the call is the one telling of it. Not a clause whose subject is a party ("X says Peru
    …" keeps Peru, found before)."""
    if verb.dep_ not in ("ccomp", "parataxis") or lemma(verb.head) not in REPORTING:
        return []
    active = listed_subjects(subject_of(verb))
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(s.pos_ != "PRON" and names_party(s) for s in active) \
            or any(s.pos_ != "PRON" and _side(s) for s in active + passive):
        return []  # the review: "X said Putin was unmoved after …" is Putin's
    return [s for s in listed_subjects(subject_of(verb.head)) if s.pos_ != "PRON"]


def _side(token: Token) -> bool:
    """A state, a body, a named person, or a person with a country (an official)."""
    if acts_for_body(token) or (token.pos_ == "PROPN" and token.ent_type_ == "PERSON"):
        return True
    actor = actor_at(token.doc, token.idx, token.idx + len(token.text))
    # round 68 (review): an international body's officer ("UN chief", Guterres) too
    return actor is not None and actor.kind == "person" and bool(actor.country or actor.org)


def _country(token: Token) -> str | None:
    """The country of the actor coded over ``token``, if any."""
    actor = actor_at(token.doc, token.idx, token.idx + len(token.text))
    return actor.country if actor is not None else None


def _is_state(token: Token) -> bool:
    """The actor coded over ``token`` is a state."""
    actor = actor_at(token.doc, token.idx, token.idx + len(token.text))
    return actor is not None and actor.kind == "state"


def occasion_clause(word: Token) -> Token | None:
    """The verb an occasion phrase belongs to: ``word`` itself, or up through the nouns and
    prepositions the parser hung the phrase on ("thanks X for support in a call": thanks);
    a headline's root noun read for its verb counts. None inside a clause-less noun phrase."""
    t = word
    for _ in range(4):
        if coarse_pos(t) == "VERB":
            return speaking_verb(t)
        if t.dep_ == "ROOT":
            return t if t.tag_ == "NNS" and t.i > t.sent.start else None
        if coarse_pos(t) not in ("NOUN", "ADP") or t.dep_ not in ("pobj", "prep", "dobj"):
            return None
        if t.dep_ == "prep" and t.lower_ == "to" and t != word:
            return None  # "agreed to mediation in the talks with Y": a goal's setting, no occasion
        t = t.head
    return None


def speaking_verb(verb: Token) -> Token:
    """The verb an occasion belongs to when the parser hung it on a requested act ("urged the
    rebels to lay down arms during a call with X", "calls for Russia to withdraw … during a
    call with X"): the request is what happened during the call, the infinitive's doer is no
    side of it; climbs from a "to" infinitive complement to the verb that governs it."""
    t = verb
    for _ in range(3):
        if t.dep_ in ("xcomp", "advcl", "ccomp") and t.head != t and coarse_pos(t.head) == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            t = t.head
        else:
            break
    return t


def sequel_meeting(cand: Candidate) -> bool:
    """A meeting told as a gerund an act came after ("backed the bid after meeting with the
    Peruvian leaders", "after meeting the Peruvian president"): an event of its own, not only
    the act's backdrop, when it names its partner and the act has a named subject."""
    verb = cand.head
    if cand.entry.event != "CONSULT" or not cand.entry.reciprocal or verb.tag_ != "VBG":
        return False
    if verb.dep_ != "pcomp" or verb.head.lower_ not in AFTER or verb.head.head == verb.head:
        return False
    partners = [o for p in preps_of(verb, _WITH) for o in pobjs(p)]
    partners += [c for c in verb.children if c.dep_ == "dobj"]
    act = verb.head.head
    subjects = [s for s in listed_subjects(subject_of(act)) if s.pos_ != "PRON" and names_party(s)]
    return bool(subjects) and any(names_party(o) and o.pos_ != "PRON" for o in partners)


def occasion_meeting(cand: Candidate) -> bool:
    """A call or meeting noun in an occasion or sequence phrase of another act, with both sides
    known ("thanks X for support in a call with Y", round 21): kept as an event when the act's
    trigger absorbs it, like ``sequel_meeting`` keeps the gerund."""
    return (cand.entry.event == "CONSULT" and cand.entry.reciprocal
            and coarse_pos(cand.head) == "NOUN" and bool(sequel_call(cand.head)))
