"""Who does the act of a to-clause whose governing verb has a means object.

Object control ("Canada encouraged Peru to invade Chile": Peru invades) does not hold when the
object is the *means* of the act: "X used the interview to attack Y", "X took the opportunity
to praise Y", "X spent the rally to mock Y". The object (an interview, an opportunity) does
nothing; the subject of the governing verb is the doer of the purpose clause.
"""
from __future__ import annotations

from spacy.tokens import Token

#: verbs whose direct object is the means or occasion of their to-clause's act, not its doer
MEANS_VERBS = frozenset({
    "use", "employ", "exploit", "leverage", "harness", "take", "seize", "grab", "spend",
    "devote", "invoke", "utilize", "utilise",
})


def means_object(governor: Token) -> bool:
    """``governor`` takes its object as the means of its to-clause: the subject controls."""
    return governor.lemma_.lower() in MEANS_VERBS
