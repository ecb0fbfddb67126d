"""Routines of a newsroom or a campaign office that name no event between parties (round 15).

US political news reports how it was made and how a campaign works inside itself; neither is a
PLOVER event between two parties:

- **a request for comment** ("did not respond to requests for comment", "a request for an
  interview went unanswered"): a reporter's routine inquiry, not a REQUEST of the party named;
- **consulting one's own staff** ("spent the weekend speaking with his advisers", "met with her
  aides to plan the debate"): talks inside one party, not a CONSULT between two. A staff whose
  owner is named as another party stays ("met with the president's advisers", "spoke with
  aides to the Mexican president").

The word lists are data: lexicon/events_office_routines.yaml (each word with an invented
example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma, pobjs, preps_of

LISTS = "events_office_routines.yaml"
#: nouns of asking that a reporter sends
ASKING_NOUNS = word_list(LISTS, "asking_nouns")
#: what a reporter asks for
PRESS_ASKS = word_list(LISTS, "press_asks")
#: verbs of consultation
CONSULTING = word_list(LISTS, "consulting")
#: a party's own staff
STAFF = word_list(LISTS, "staff")
#: possessives that point back at the subject, not at another party
OWN = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def comment_requested(token: Token, mods: Modifiers) -> bool:
    """"did not respond to requests for comment": a noun of asking with "for comment" (or an
    interview, a reaction) is the reporter's routine; so is a verb of asking whose own noun
    is such a request, when the trigger is the request noun itself."""
    if lemma(token) not in ASKING_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    asked = [o for p in preps_of(token, frozenset({"for"})) for o in pobjs(p)]
    return any(o.lower_ in PRESS_ASKS or lemma(o) in PRESS_ASKS for o in asked)


def _partners(token: Token) -> list[Token]:
    """Whom a consultation verb is with: the "with"/"to" object, or a direct object."""
    found = [o for p in preps_of(token, frozenset({"with", "to"})) for o in pobjs(p)]
    found += [c for c in token.children if c.dep_ == "dobj"]
    # "a number of advisers", "some of her aides": the noun inside the quantity
    return [o for f in found
            for o in ([f] + [x for p in preps_of(f, frozenset({"of"})) for x in pobjs(p)])]


def _own_staff(noun: Token) -> bool:
    """A staff noun with no owner, or one owned by a pronoun; "the president's advisers",
    "aides to the governor", "Mexican aides" name another party."""
    if lemma(noun) not in STAFF:
        return False
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in OWN:
            return False
        if c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN"):
            return False
        if c.dep_ == "prep" and c.lower_ in ("to", "of", "from", "for"):
            return False
    return True


def own_staff_consulted(token: Token, mods: Modifiers) -> bool:
    """"spent the weekend speaking with his advisers", "consulted a number of aides": a verb of
    consultation whose every partner is one's own staff is no CONSULT between parties."""
    if lemma(token) not in CONSULTING or token.pos_ != "VERB":
        return False
    partners = _partners(token)
    staff = [p for p in partners if lemma(p) in STAFF]
    return bool(staff) and all(_own_staff(p) for p in staff) and not [
        p for p in partners if p not in staff and lemma(p) not in ("number", "some", "several",
                                                                   "group", "handful")]
