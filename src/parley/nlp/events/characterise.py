"""Characterisation: a verb of naming whose complement is pejorative is criticism (round 17).

"Japan branded Borduria a rogue state", "the surgeon has been called a quack by his peers",
"painted the governor as a corrupt insider", "described the budget as a disgrace", "likened
the premier to a dictator" (round 24): the speaker condemns the one named (CAMEO 111,
ACCUSE). The complement is the verb's predicate noun or adjective ("oprd"/"attr", an "as"
phrase, "to" after a verb of likening, a small clause) or the object's trailing predicate;
it is pejorative when its head or one of its modifiers is in the word list ("a **rogue**
state", "a **shameless** fraud"). A neutral complement ("called him a friend", "named her
envoy") is not criticism, nor is a speaker describing themselves ("called himself a fraud").

The word list is data: lexicon/events_characterise.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.syntax import lemma

LISTS = "events_characterise.yaml"
#: nouns and adjectives that condemn the one they are said of
PEJORATIVE = word_list(LISTS, "pejorative")
_SELF = frozenset({"myself", "himself", "herself", "itself", "ourselves", "themselves",
                   "yourself", "yourselves"})
_PRED_DEPS = ("oprd", "attr", "acomp", "xcomp", "ccomp")
#: round 24: verbs of likening, whose complement follows "to" ("likened the junta to a gang")
LIKENING = frozenset({"liken", "compare"})


def complements(verb: Token) -> list[Token]:
    """What a verb of naming says its object is: its predicate child, the object of "as", an
    adjective trailing the object ("calls the move hostile")."""
    found = [c for c in verb.children if c.dep_ in _PRED_DEPS and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    likening = lemma(verb) in LIKENING
    for p in verb.children:
        if p.dep_ == "prep" and (p.lower_ == "as" or (likening and p.lower_ == "to")):
            found += [o for o in p.children if o.dep_ in ("pobj", "amod", "acomp", "advmod")]
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    found += objs[1:]  # a double object: "branded [Borduria] [a rogue state]"
    found += [a for o in objs for a in o.children
              if a.dep_ in ("amod", "oprd", "appos") and a.i > o.i]
    return found


def _pejorative(t: Token) -> bool:
    if lemma(t) in PEJORATIVE or t.lower_ in PEJORATIVE:
        return True
    mods = [m for m in t.children if m.dep_ in ("amod", "compound", "conj", "advmod")]
    return any(lemma(m) in PEJORATIVE or m.lower_ in PEJORATIVE for m in mods)


def self_described(verb: Token) -> bool:
    """"called himself a fraud": the speaker describing themselves condemns no one."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _SELF for c in verb.children)


def pejorative_complement(verb: Token) -> bool:
    """Whether the verb of naming predicates a pejorative word of its object."""
    if self_described(verb):
        return False
    return any(_pejorative(c) for c in complements(verb))
