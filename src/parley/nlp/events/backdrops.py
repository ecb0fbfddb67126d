"""Backdrop nominals told inside a description of something else (class round senses16).

A state noun of the war or of a standing measure ("the invasion", "sanctions") in a phrase that
only describes another noun is not news of the state: "the ways countries are responding to the
invasion", "the firm's role in the invasion", "compliance with the sanctions", "students
affected by the invasion". The phrase hangs on a noun, or on a verb that is itself a clause
modifying a noun (``acl``/``relcl``), and that noun or verb is no trigger; a noun that carries
the act ("a decree on sanctions", ``carrier``) keeps it.

A gathering named only as the venue of another act or of a statement, in an "at" phrase on a
noun (or a clause describing one) or fronted before the clause ("a resolution condemning X at a
council meeting", "At a climate summit, the president says …"), is the setting, not a new
meeting; a verb of meeting keeps its own event ("the ministers met at the council"), and so
does a gathering told with its parties ("at our last meeting", "at a summit with Xi").
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.gatherings import gathering_members
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import coarse_pos, lemma, preps_of
from parley.nlp.events.participants import LICENCES

LISTS = "events_frames.yaml"
#: gathering nouns that can be a venue ("at the summit"): events_frames.yaml, venue_gatherings
VENUE_GATHERINGS = word_list(LISTS, "venue_gatherings")
MEETING_STATES = word_list(LISTS, "meeting_states")
CLAUSE_MODIFIERS = frozenset({"acl", "relcl"})
PARTY_PREPS = frozenset({"with", "between", "among"})
#: prepositions of a topic or a source on a noun: "a briefing on/about the war", "release from"
NOUN_HOST_KEEPS = frozenset({"on", "about", "over", "regarding", "from"})
#: "took part in the invasion" reports taking part, it is no description of a noun
PARTAKING = frozenset({"part"})


def _prep_host(noun: Token) -> Token | None:
    """The word a noun's preposition hangs on ("role in the invasion" -> role), or None."""
    if noun.dep_ != "pobj" or noun.head == noun:
        return None
    prep = noun.head
    if prep.dep_ not in ("prep", "agent") or prep.head == prep:
        return None
    return prep.head


def described_state(noun: Token, mods: Modifiers, triggers: set[int]) -> bool:
    """A state or long course (``status_nominal``, not talks) whose phrase describes another
    noun: the host is a noun, or a verb of a clause that modifies a noun, and no trigger."""
    if lemma(noun) not in mods.lemmas("status_nominal") or lemma(noun) in MEETING_STATES:
        return False
    host = _prep_host(noun)
    if host is None or host.i in triggers or lemma(host) in PARTAKING:
        return False
    if coarse_pos(host) == "NOUN":
        # "a decree on sanctions", "a warrant for the detention" enact the act; "a briefing
        #   on the invasion" is its topic (frames.topic_object's business); "her release from
        #   detention" tells the state that held her, a source left
        return (lemma(host) not in mods.lemmas("carrier") and lemma(host) not in LICENCES
                and noun.head.lower_ not in NOUN_HOST_KEEPS)
    return coarse_pos(host) == "VERB" and host.dep_ in CLAUSE_MODIFIERS


def _names_parties(noun: Token) -> bool:
    """"our last meeting", "a summit with Xi", "a meeting of Gulf ministers": a gathering told
    with who took part is a meeting reported, not a bare venue."""
    return (any(c.dep_ == "poss" for c in noun.children) or bool(preps_of(noun, PARTY_PREPS))
            or bool(gathering_members(noun)))


def venue_gathering(noun: Token, mods: Modifiers, triggers: set[int]) -> bool:
    """A gathering noun in an "at" phrase that hangs on a noun or on a clause modifying one,
    or that opens the clause of another trigger or of a verb of saying: the venue of what is
    told there, not a meeting reported."""
    if lemma(noun) not in VENUE_GATHERINGS or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return False
    host = _prep_host(noun)
    if host is None or _names_parties(noun):
        return False
    if coarse_pos(host) == "NOUN" or host.dep_ in CLAUSE_MODIFIERS:
        return True  # "a motion condemning X at a council meeting": the phrase describes a noun
    # a fronted scene ("At a summit, X says …"); after its verb the "at" phrase may tell who
    #   joins the gathering (counterparts.joining_verb)
    return noun.head.i < host.i and (host.i in triggers or lemma(host) in mods.lemmas("reporting"))
