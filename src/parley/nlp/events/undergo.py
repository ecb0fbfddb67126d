"""Verbs of undergoing: "X came under fire / criticism / attack for …", "X faced criticism".

The subject of "come under" (or "fall under") an act is the one the act is done to: "the
transport minister came under fire for the fare rise" is criticism *of* the minister. Its
doer, when named, is in a "from" or "by" phrase on the noun ("came under fire from unions").
Round 16: so is the subject of a verb of suffering whose object is the act ("the minister
**faced** sharp criticism", "residents **endured** drone attacks").
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.match import Candidate, pobjs, preps_of

#: verbs of undergoing an act named in their "under" phrase (lexicon/events_undergo.yaml)
UNDERGOING = word_list("events_undergo.yaml", "undergoing")
DOERS = frozenset({"from", "by"})
#: verbs whose object is an act their subject suffers (lexicon/events_undergo.yaml)
SUFFERING = word_list("events_undergo.yaml", "suffering")


def under_phrase(cand: Candidate) -> Token | None:
    """The object of the "under" phrase of a matched "come under X" trigger, else None."""
    verb = cand.head
    if verb.lemma_.lower() not in UNDERGOING:
        return None
    for prep in preps_of(verb, frozenset({"under"})):
        objs = [o for o in pobjs(prep) if o in cand.tokens]
        if objs:
            return objs[0]
    return None


def undergoing_doers(noun: Token) -> list[Token]:
    """Who does the act undergone: "came under fire **from unions**" (the parser hangs the
    "from" phrase on the noun or on the verb)."""
    verb = noun.head.head
    return [o for t in (noun, verb) for p in preps_of(t, DOERS) for o in pobjs(p)
            if t is noun or p.lower_ == "from"]


def under_of(noun: Token) -> Token | None:
    """The "under" a noun is the object of: "under criticism", and "under withering / mounting
    criticism" that the parser reads as a gerund ("withering"/pcomp) with the noun its object."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return noun.head
    gerund = noun.head
    if noun.dep_ == "dobj" and gerund.tag_ == "VBG" and gerund.dep_ == "pcomp" \
            and gerund.head.lower_ == "under" and gerund.i == noun.i - 1:
        return gerund.head
    return None


def suffering_verb(noun: Token) -> Token | None:
    """The verb of suffering whose direct object is the event noun ("faced **criticism**",
    "endured attacks"), else None: its subject undergoes the act."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb == noun or verb.lemma_.lower() not in SUFFERING:
        return None
    return verb
