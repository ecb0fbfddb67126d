"""Blaming acts: a reported clause in which a party does a wrong thing (round 18).

"Russia's shelling may amount to war crimes, the envoy said", "the senator said the governor
has created a housing crisis", "says the mayor showed bad judgment", "the minister says the
junta displayed complete disregard for the truce": the clause is no event of its own but the
speaker's charge against the party it is said of (ACCUSE; the speaker is the source, the
clause's subject or its owner the target, as for the ``assessed`` entries). The act's object
names the wrong: its head is a wrong in itself ("crimes", "disregard", "a crisis") or carries
a pejorative modifier ("**bad** judgment", "a **reckless** decision").

A speaker judging their own side ("we made mistakes", "her own party made a mistake") accuses
no one. The word lists are data: lexicon/events_blame.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.characterise import PEJORATIVE
from parley.nlp.syntax import lemma

LISTS = "events_blame.yaml"
#: nouns that name a wrong by themselves ("committed **atrocities**", "created a **crisis**")
WRONGS = word_list(LISTS, "wrongs")
#: modifiers that make a neutral noun a wrong ("showed **poor** judgment")
BAD = word_list(LISTS, "bad_modifiers")
#: subjects that are the speaker's own side
_FIRST = frozenset({"i", "we", "us", "me"})


def _wrong(t: Token) -> bool:
    if lemma(t) in WRONGS or t.lower_ in WRONGS:
        return True
    return any(m.dep_ in ("amod", "compound") and (lemma(m) in BAD or lemma(m) in PEJORATIVE)
               for m in t.children)


def own_side(verb: Token) -> bool:
    """"we made mistakes", "her own party erred": the speaker's side, judged by itself."""
    subj = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in _FIRST or any(c.lower_ == "own" for c in s.subtree) for s in subj)


def denied(verb: Token) -> bool:
    """Round 49 (review): "X is not committing genocide, Y said": a wrong said not to be done is
    a denial or a defence, no charge against anyone (rule 2: denials are no events)."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ == "advmod"
               for c in verb.children)


def blaming(verb: Token, objs: list[Token]) -> bool:
    """Whether the verb's object names a wrong of the subject's doing (not denied)."""
    return not own_side(verb) and not denied(verb) and any(_wrong(o) for o in objs)
