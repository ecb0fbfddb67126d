"""A call or meeting told as what an act came after ("praised the reforms after a call with
Abiy", "backed the bid following a meeting with the Peruvian president", round 18): it took
place, between the act's subject and the partner its "with" phrase names.

Round 11 read a call only as the occasion of an act ("in/during a call"); a phrase of sequence
stayed the backdrop. A call or meeting in an "after/following" phrase that names its partner
and hangs on a verb with a named subject is still one specific, datable meeting with both sides
known (judging convention 2). Without a partner ("after the call") or without a subject that
names a party ("trade fell after …") it stays background.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.args import listed_subjects, subject_of
from parley.nlp.events.match import Candidate, coarse_pos, lemma, names_party, pobjs, preps_of

#: nouns of a call or meeting (the lists of events_counterparts.yaml and events_named_meetings.yaml)
SEQUEL_NOUNS = word_list("events_counterparts.yaml", "call_nouns") | word_list(
    "events_named_meetings.yaml", "meeting_nouns")

#: prepositions of sequence whose call object took place before the act it hangs on
AFTER = frozenset({"after", "following"})
_WITH = frozenset({"with"})


def sequel_call(noun: Token) -> list[Token]:
    """The subject of the verb an "after a call / meeting with Y" phrase hangs on, and Y; else []."""
    if lemma(noun) not in SEQUEL_NOUNS or noun.dep_ != "pobj":
        return []
    if noun.head.lower_ not in AFTER or noun.head.head == noun.head:
        return []
    verb = noun.head.head
    if coarse_pos(verb) != "VERB":
        return []
    partners = [o for p in preps_of(noun, _WITH) for o in pobjs(p) if names_party(o) and o.pos_ != "PRON"]
    subjects = [s for s in listed_subjects(subject_of(verb)) if s.pos_ != "PRON" and names_party(s)]
    return subjects + partners if subjects and partners else []


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
