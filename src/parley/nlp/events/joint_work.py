"""Promised joint work (round 11, AGREE coverage): "X will work with Y on …", "G-20 nations
will work together to …", "X agreed to collaborate with Y".

PLOVER codes an intent to cooperate as AGREE (CAMEO 030, "express intent to cooperate"), and
planned cooperation as AGREE or its type with the future flag (judging rule 5). Verbs of
working together name no act of a PLOVER type by themselves, and in the past or the present
("has worked with the senator for years") they describe a relation, not news; so they are
read only when the joint work is still to come: under a future or conditional modal ("will",
"would", "shall") or in the to-clause of a verb or adjective of intent ("pledged/ready/agreed
to work with …"). The partner must be named: a party after "with", or "together"/"jointly".
The candidate is COOPERATE; ``modes.reclassify`` turns future cooperation into AGREE, and an
intent verb that is itself a trigger absorbs it ("promised to work with" stays that AGREE).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Trigger
from parley.nlp.events.match import Candidate, coarse_pos, lemma, names_party, pobjs, preps_of

# the word lists are data: lexicon/events_joint_work.yaml (each word with an example)
LISTS = "events_joint_work.yaml"
#: verbs of working together
WORKING = word_list(LISTS, "working")
#: adverbs that make the subject's members partners of each other
TOGETHER = word_list(LISTS, "together")
#: modals of a promised or planned act
PROMISING_MODALS = word_list(LISTS, "promising_modals")
#: verbs and adjectives of intent whose to-clause holds the joint work (besides the `intent`
#: cue group of event_modifiers.yaml; not "want", "hope", "begin", "continue": see the file)
INTENDING = word_list(LISTS, "intending")

JOINT_WORK = Trigger(
    key="COOPERATE:joint-work", lemmas=WORKING, pos="VERB", event="COOPERATE", mode=None,
    cameo="060", context=(), object_role="recipient", weight=0.6,
    example="Chile will work with Peru on new fishing patrols.")


def _promised(verb: Token, intent: frozenset[str]) -> bool:
    """A future or conditional modal on the verb, or the verb as the to-clause of intent."""
    if any(c.dep_ == "aux" and c.lower_ in PROMISING_MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and lemma(verb.head) in intent | INTENDING


def _partnered(verb: Token) -> bool:
    """A party named after "with", or "together"/"jointly" on the verb."""
    if any(c.dep_ == "advmod" and c.lower_ in TOGETHER for c in verb.children):
        return True
    return any(names_party(o) for p in preps_of(verb, frozenset({"with"})) for o in pobjs(p))


def find_joint_work(doc: Doc, cands: list[Candidate], intent: frozenset[str]) -> list[Candidate]:
    """Candidates for promised joint work (module docstring); ``intent``: the `intent` cues."""
    taken = {c.head.i for c in cands}
    return [Candidate(verb, JOINT_WORK, [verb]) for verb in doc
            if verb.i not in taken and coarse_pos(verb) == "VERB" and lemma(verb) in WORKING
            and _promised(verb, intent) and _partnered(verb)]
