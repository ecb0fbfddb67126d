"""Meetings told with no party and no occasion: generic, normative, potential or habitual
mentions of a meeting noun or of "discuss" (round 18).

A CONSULT with no actor and no recipient is still news when it is a specific occasion: "the
meeting broke up after midnight", "those talks are continuing", "a summit of 27 leaders",
"engaged with Peru this week to discuss the border" (judging convention 2). It is no event
when the sentence only says what meetings are for, what they need, what one could or should
hold, or how often they are held: "members must attend meetings", "more talks are needed", "it
is too early to discuss a bid", "the chair has the authority to call a meeting", "talk of a
deal". Those mentions carry a mark in the clause that holds the noun or verb; a party-less
CONSULT with such a mark is dropped. A CONSULT with a party is never touched here.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.match import coarse_pos, lemma
from parley.schema import Event

LISTS = "events_generic_meetings.yaml"
#: modal auxiliaries of a clause that only holds a meeting as possible or owed ("would take
#: weeks to convene the board for a meeting")
MODALS = word_list(LISTS, "modals")
#: verbs of need: a meeting told as owed, not held ("more talks are needed")
NEEDING = word_list(LISTS, "needing")
#: determiners and quantity words that make a meeting noun no single occasion ("any talks")
QUANTIFIERS = word_list(LISTS, "quantifiers")
#: meeting nouns whose bare singular means speech or rumour, not a meeting ("talk of a deal")
MASS_SENSES = word_list(LISTS, "mass_senses")

#: relations climbed from the noun to the verb of its clause (its object, subject, phrase)
_CLIMB = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "xcomp", "acomp", "attr", "pcomp", "oprd"})
_DETERMINERS = frozenset({"det", "poss", "nummod", "amod", "predet"})


def _clause_path(token: Token) -> list[Token]:
    """The trigger and the heads it hangs from up to its clause's verb, which ends the path
    (a relative, adverbial or coordinated clause starts a clause of its own)."""
    path, t = [token], token
    for _ in range(8):
        if (t.dep_ not in _CLIMB and not _purpose(t)) or t.head == t:
            break
        t = t.head
        path.append(t)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
    return path


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose or extent ("would take weeks to convene the board for a
    meeting"): it shares the modality of the clause it completes."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _potential(verb: Token) -> bool:
    """A "to" infinitive that completes an adjective or a noun, not an act: "too early to
    discuss", "it is difficult to discuss", "the authority to call a meeting"."""
    if coarse_pos(verb) != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "acl" and coarse_pos(head) == "NOUN":
        return True
    if coarse_pos(head) == "ADJ":
        return True
    # extraposed: "it is difficult / too soon to discuss" (the infinitive hangs from the copula)
    return verb.dep_ == "xcomp" and lemma(head) == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


def _marked(t: Token, habitual: frozenset[str]) -> bool:
    """A mark of a non-occasion on one token of the path: a modal, an adverb of frequency
    (``habitual`` of event_modifiers.yaml), a verb of need, or an infinitive that only completes
    an adjective or noun."""
    for c in t.children:
        if c.dep_ == "aux" and c.lower_ in MODALS:
            return True
        if c.dep_ == "advmod" and c.lower_ in habitual:
            return True
    return lemma(t) in NEEDING or _potential(t)


def _mass_sense(noun: Token) -> bool:
    """"Talk compared to …", "talk of a deal": a bare singular with no determiner."""
    return (lemma(noun) in MASS_SENSES and noun.tag_ == "NN"
            and not any(c.dep_ in _DETERMINERS for c in noun.children))


def generic_meeting(head: Token, event: Event, habitual: frozenset[str]) -> bool:
    """A CONSULT with no party told as generic, owed, potential or habitual: no event."""
    if event.event != "CONSULT" or event.actor or event.recipient:
        return False
    if event.hypothetical and not event.future:
        # "you are likely to have discussions", "that discussion should wait"; a planned one
        # ("officials eye the Lima summit") is left to the mode rules
        return True
    if coarse_pos(head) == "NOUN" and (_mass_sense(head) or any(
            c.dep_ in _DETERMINERS and c.lower_ in QUANTIFIERS for c in head.children)):
        return True
    return any(_marked(t, habitual) for t in _clause_path(head))
