"""Everyday senses of trigger words that name no event between parties (round 15).

- **pressing against a thing** ("the crowd pressed against the barrier", "fans pushed up
  against the rope line"): a body pushing on an object, not pressing a party (REQUEST);
- **a return to ordinary life** ("residents are ready to return to normal", "shops were
  eager to get back to business"): readiness to resume one's own life, not an offer to a
  party (AGREE); a return to talks or a deal stays ("ready to return to the talks").

The word lists are data: lexicon/events_plain_senses.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma, pobjs, preps_of

LISTS = "events_plain_senses.yaml"
#: things a body presses against
BARRIERS = word_list(LISTS, "barriers")
#: ordinary life one returns to
ORDINARY = word_list(LISTS, "ordinary")
READY = word_list(LISTS, "ready")
RETURNING = word_list(LISTS, "returning")


def pressed_on_thing(token: Token, mods: Modifiers) -> bool:
    """"viewers pressed against a fence": press/push with "against"/"into" a physical thing."""
    if lemma(token) not in ("press", "push", "squeeze", "crowd"):
        return False
    return any(lemma(o) in BARRIERS
               for o in pobjs_any(token, frozenset({"against", "into", "onto", "up"})))


def pobjs_any(token: Token, names: frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions in ``names``, also through a particle ("pushed
    up against the wall": "up" then "against")."""
    found = [o for p in preps_of(token, names) for o in pobjs(p)]
    for c in token.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "back"):
            found += [o for p in preps_of(c, names) for o in pobjs(p)]
    return found


def ordinary_return(token: Token, mods: Modifiers) -> bool:
    """"the town is eager to get back to normal": readiness whose complement is a
    return to ordinary life (``ORDINARY``) offers nothing to a party."""
    if lemma(token) not in READY:
        return False
    for c in token.children:
        if c.dep_ != "xcomp" or lemma(c) not in RETURNING:
            continue
        backs = [o for p in preps_of(c, frozenset({"to"})) for o in pobjs(p)]
        backs += [a for a in c.children if a.dep_ in ("advmod", "acomp", "oprd")]
        if any(lemma(b) in ORDINARY or b.lower_ in ORDINARY for b in backs):
            return True
    return False
