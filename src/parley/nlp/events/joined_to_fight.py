"""Round 27: an act of force told as the purpose of joining, enlisting or travelling.

"Volunteers joined the legion to fight", "the militia is recruiting young men to fight in the
north", "two foreigners travelled to the region to fight": the fight is what they went, signed
up or were recruited for, not a fight told as done, so it is coded as still to come
(``future`` and ``hypothetical``: intended, as "want to fight" is; not a threat, which is
told to its target). Only the verbs of ``lexicon/events_modes.yaml`` ``joining_verbs``
(joining, enlisting, recruiting, travelling) govern it this way (a sending is coded as the
mobilisation it is, which takes the fight in): a verb of using tells the means of an act
that was made ("used drones to attack the towns"), a verb of aspect an act under way
("continued to attack"), and a clause of purpose of an act of force is coded with its own
act ("fought to take the bridge").
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.match import lemma
from parley.nlp.syntax import to_clause

#: verbs whose to-clause of purpose is an act of force still to come
JOINING_VERBS = word_list("events_modes.yaml", "joining_verbs")
#: how the parser hangs the to-clause on the governing verb, or on that verb's object
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})
#: an infinitive the parser read as modifying that object ("joined [the legion to fight]")
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})


def joined_to_fight(trigger: Token) -> bool:
    """The trigger is a bare to-infinitive whose clause is the purpose of a verb of joining,
    recruiting or travelling ("joined the army to fight", "recruits fighters to fight",
    "travelled there to fight"); also when the parser hangs the clause on that verb's object as a
    modifier ("recruit [fighters to fight]", "joined [the legion to fight]")."""
    if trigger.tag_ != "VB" or not to_clause(trigger):
        return False
    governor = trigger.head
    if trigger.dep_ in NOUN_CLAUSE_DEPS and governor.dep_ in OBJECT_DEPS:
        governor = governor.head  # "recruiting foreign fighters to fight": the clause on the noun
    elif trigger.dep_ not in PURPOSE_DEPS:
        return False
    return governor != trigger and lemma(governor) in JOINING_VERBS
