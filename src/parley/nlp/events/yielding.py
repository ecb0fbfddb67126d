"""The other side of a seizure or a repelled attack (round 21): the party that loses.

Three classes of a material-conflict act (PLOVER quad 4) done to a thing, not to a party, whose
party is named in a phrase ``args`` does not read as the target:

- possessional deprivation (Levin 10.5, "steal" verbs; FrameNet Removing/Theft): the party
  something is taken from is the "from" object, on the verb or, as the parser often hangs it,
  on the object ("the army retook the port **from** the rebels", "police confiscated phones
  **from** the protesters");
- acting against an act (CAMEO 190 REPULSE, the TimeML aspectual/"thwart" predicates that take
  an event as object): the doer of the object act, named by its "by" or "from" phrase, is the
  one the act is aimed at ("troops repelled attempts **by** the militia to advance", "foiled
  an attack **from** the insurgents");
- the holder of what is taken or hit, named by the agent of a participle of holding or making
  on the object ("retook villages **held by** the rebels", "destroyed tunnels **built by** X").

Review of round 21: a "from" phrase is also the origin of an act ("fired rockets from Hamas
positions", "struck from Lebanese airspace"), so its object must be a party itself (an actor
on the head word, not a place): a party named only by a modifier of a place noun is no loser.
A "by" phrase names a doer only on an act noun (an event noun of the trigger lexicon or a noun
of trying): "a checkpoint by the embassy" is a place, "a novel by X" an author, "by order of X"
a reason. A participle's agent is the holder only for verbs of holding or making
(``events_yielding.yaml``): "equipment donated by X", "a report written by X" name no party.
Fills an empty target only.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley import ontology
from parley.lexicon import word_list
from parley.nlp.events.lexicon import TriggerLexicon
from parley.nlp.events.match import Candidate, coarse_pos, lemma, pobjs, preps_of
from parley.nlp.extensions import actor_at

#: named-entity types of a place: the origin of an act, never the party that loses
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
FROM = frozenset({"from"})
DOERS = frozenset({"by", "from"})
#: participles of holding or making whose agent holds what is taken or hit (lexicon data)
HOLDING = word_list("events_yielding.yaml", "holding")
#: nouns of trying: the act noun of "attempts by X to advance" (lexicon data)
ATTEMPTS = word_list("events_yielding.yaml", "attempts")


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and coarse_pos(c) == "NOUN"]


def _active(verb: Token) -> bool:
    """A verb with its own active subject: a "by" phrase on it is no passive agent."""
    return (any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


def act_noun(noun: Token, lexicon: TriggerLexicon) -> bool:
    """A noun of an act: of trying ("attempts"), or a material-conflict event noun of the
    trigger lexicon ("attack", "advance", "offensive")."""
    word = lemma(noun)
    return word in ATTEMPTS or any(ontology.quad(t.event) == 4
                                   for t in lexicon.candidates(word, "NOUN"))


def _party(head: Token) -> bool:
    """The head word of a "from" object names a party itself, not a place it acts from."""
    found = actor_at(head.doc, head.idx, head.idx + len(head.text))
    return found is not None and head.ent_type_ not in PLACE_ENTS and found.kind not in (
        "state", "place")


def losing_heads(cand: Candidate, lexicon: TriggerLexicon) -> list[Token]:
    """The heads of the party a conflict verb takes something from or turns an act back from:
    a party-naming "from" object on the verb or its object, the "by" object of an act noun
    object (or of the active verb itself, where the parser hangs the act noun's "by" phrase),
    and the agent of a participle of holding on the object."""
    verb = cand.head
    if ontology.quad(cand.entry.event) != 4 or coarse_pos(verb) != "VERB":
        return []
    objects = _objects(verb)
    if not objects:
        return []
    acts = [o for o in objects if act_noun(o, lexicon)]
    heads = [o for t in [verb, *objects] for p in preps_of(t, FROM) for o in pobjs(p)
             if _party(o)]
    preps = [p for o in acts for p in preps_of(o, DOERS - FROM)]
    if acts and _active(verb):
        preps += [p for p in preps_of(verb, frozenset({"by"})) if p.dep_ == "prep"]
    # "retook territory **held by** X": the holder named by the object's participle
    preps += [p for o in objects for c in o.children
              if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in HOLDING
              for p in c.children if p.dep_ == "agent"]
    return heads + [o for p in preps for o in pobjs(p)]
