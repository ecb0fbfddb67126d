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

Round 26: the curated list is joined by the condemning words of a shared sentiment lexicon
(``condemning_vader.yaml``: VADER's strongly negative adjectives and nouns, kept only where
they judge the one they are said of), and the one characterised must then be a party or a
party's act or work ("called the senator a liar", "called the governor's plan reckless"): a
verb of naming said of a thing ("called the weather awful", "described the flooding as
devastating") condemns no one.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import condemning_words
from parley.nlp.syntax import lemma

LISTS = "events_characterise.yaml"
#: nouns and adjectives that condemn the one they are said of (curated)
PEJORATIVE = word_list(LISTS, "pejorative")
#: round 26: the condemning words of the VADER lexicon, said only of a party or its act
DERIVED = condemning_words() - PEJORATIVE
_SELF = frozenset({"myself", "himself", "herself", "itself", "ourselves", "themselves",
                   "yourself", "yourselves"})
_PRED_DEPS = ("oprd", "attr", "acomp", "xcomp", "ccomp")
#: round 24: verbs of likening, whose complement follows "to" ("likened the junta to a gang")
LIKENING = word_list(LISTS, "likening")


def complements(verb: Token) -> list[Token]:
    """What a verb of naming says its object is: its predicate child, the object of "as", an
    adjective trailing the object ("calls the move hostile")."""
    found = [c for c in verb.children if c.dep_ in _PRED_DEPS and c.pos_ in ("NOUN", "ADJ", "PROPN")
             or c.dep_ == "oprd"]  # round 26: any tag ("called it heartless" read RB, "degrading" VBG)
    likening = lemma(verb) in LIKENING
    for p in verb.children:
        if p.dep_ == "prep" and (p.lower_ == "as" or (likening and p.lower_ == "to")):
            found += [o for o in p.children if o.dep_ in ("pobj", "amod", "acomp", "advmod")]
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    found += objs[1:]  # a double object: "branded [Borduria] [a rogue state]"
    fused = run_together(verb)
    if fused is not None and fused.dep_ == "dobj":
        found.append(fused)  # "dubbed [the party pathetic]": the complement is the fused head
    # round 26b: the second object read as a noun modifier of the verb ("branded the president
    # [a liar]" with "liar" an npadvmod)
    found += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN")
              and objs and c.i > objs[0].i]
    found += [a for o in objs for a in o.children
              if a.dep_ in ("amod", "oprd", "appos") and a.i > o.i]
    return found


def _words(t: Token) -> set[str]:
    """A complement's head and its modifiers, as lemmas and as written; round 26b, also the
    members of a collective ("a gang **of thieves**", "a pack of liars")."""
    mods = [m for m in t.children if m.dep_ in ("amod", "compound", "conj", "advmod")]
    mods += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    return {w for k in [t] + mods for w in (lemma(k), k.lower_)}


def self_described(verb: Token) -> bool:
    """"called himself a fraud": the speaker describing themselves condemns no one."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _SELF for c in verb.children)


def run_together(verb: Token) -> Token | None:
    """The complement the parser fused with the object ("called [Bolivia's blockade vile]":
    "vile" the head, "blockade" a compound in it), or None."""
    return next((c for c in verb.children if _fused(c) and (
        c.dep_ == "oprd"
        # review 26: "dubbed [the opposition party pathetic]" read as one direct object
        or (c.dep_ == "dobj" and (lemma(c) in PEJORATIVE | DERIVED or c.lower_ in PEJORATIVE | DERIVED)))),
        None)


def _fused(c: Token) -> bool:
    """A name or noun hangs on the token from before it (a compound, npadvmod or subject)."""
    return any(k.dep_ in FUSED_DEPS and k.pos_ in ("NOUN", "PROPN") and k.i < c.i for k in c.children)


#: how the object hangs on the complement it was fused with ("blockade" compound or npadvmod),
#: or is the subject of a small clause ("called [the blockade destructive]")
FUSED_DEPS = ("compound", "npadvmod", "nsubj")


def fused_owners(head: Token) -> list[Token]:
    """Who a fused phrase ("called [the premier's remarks vile]", ``run_together``'s ``head``)
    speaks of: the possessor ("the premier"), else the words before the complement ("the
    Bolivian blockade"), for the argument rules to read as the recipient."""
    before = [k for k in head.children if k.i < head.i and k.dep_ in FUSED_DEPS + ("amod",)]
    owners = [p for k in [head] + before for p in k.children if p.dep_ == "poss"]
    return owners or before


def speaks_of_party(verb: Token, is_party: Callable[[Token], bool]) -> bool:
    """Round 26: whether the one a verb of naming speaks of (its object, or the subject of its
    passive: "has been called a quack") is a party or a party's act (``is_party``, the caller's
    test): "called the senator a liar", "called the governor's plan reckless"; not "called the
    weather awful", "described the traffic as horrible". When the parser fused object and
    complement (``run_together``), the names before the complement are the one spoken of."""
    fused = run_together(verb)
    one = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if fused is not None and (one is None or one == fused):
        return any(is_party(k) for k in fused.children
                   if k.dep_ in FUSED_DEPS + ("poss",) and k.i < fused.i)
    return one is not None and is_party(one)


def pejorative_complement(verb: Token, is_party: Callable[[Token], bool]) -> bool:
    """Whether the verb of naming predicates a pejorative word of its object. A word of the
    curated list condemns whatever it is said of; a word taken from the sentiment lexicon
    (``DERIVED``) only a party or a party's act (``speaks_of_party`` with the caller's test
    ``is_party``; round 26), which keeps "called the weather awful" out."""
    if self_described(verb):
        return False
    words = set().union(*(_words(c) for c in complements(verb)))
    if words & PEJORATIVE:
        return True
    return bool(words & DERIVED) and speaks_of_party(verb, is_party)
