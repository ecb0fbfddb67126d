"""Who does the act of a to-clause whose governing verb has a means object.

Object control ("Canada encouraged Peru to invade Chile": Peru invades) does not hold when the
object is the *means* of the act: "X used the interview to attack Y", "X took the opportunity
to praise Y", "X spent the rally to mock Y". The object (an interview, an opportunity) does
nothing; the subject of the governing verb is the doer of the purpose clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list

#: verbs whose direct object is the means or occasion of their to-clause's act, not its doer
#: (lexicon/events_control.yaml)
MEANS_VERBS = word_list("events_control.yaml", "means_verbs")


def means_object(governor: Token) -> bool:
    """``governor`` takes its object as the means of its to-clause: the subject controls."""
    return governor.lemma_.lower() in MEANS_VERBS
