"""Who takes part in a gathering named by its members: "a summit of 27 leaders", "the
meeting of NATO defence ministers", "a conference of Gulf states".

For a reciprocal nominal (a meeting, a summit, talks) the "of" phrase names its members, who
all take part (PLOVER puts every party of a reciprocal event in the source). Only nouns that
are actors (or carry one in their modifiers: "NATO defence ministers") are kept, so "a meeting
of minds" or "talks of peace" name nobody, and an aside inside the phrase ("a summit of 27
leaders - X was not invited - …") does not make X a member.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.events.match import pobjs, preps_of
from parley.nlp.extensions import actor_at

OF = frozenset({"of"})
DASHES = frozenset({"-", "–", "—", "--", "(", ")"})


def gathering_members(noun: Token) -> list[Token]:
    """The heads of the "of" phrase of a gathering noun (resolved to actors by the caller)."""
    return [o for p in preps_of(noun, OF) for o in pobjs(p)
            if o.pos_ in ("NOUN", "PROPN") and _names_actor(o) and not _aside(p, o)]


def _aside(prep: Token, head: Token) -> bool:
    """A dash or bracket inside the member phrase: the parser hung an aside on it, or made the
    aside's name the member ("of 12 leaders - X was not invited -"); no member is read."""
    return any(t.text in DASHES for t in head.doc[prep.i + 1:head.right_edge.i + 1])


def _names_actor(head: Token) -> bool:
    """The head, or a word of its own modifiers before it, is an actor's mention."""
    words = [head] + [t for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")
                      for t in c.subtree]
    return any(actor_at(head.doc, t.idx, t.idx + len(t.text)) is not None for t in words)
