"""The other side of a seizure or a repelled attack (round 21): the party that loses.

Two classes of a material-conflict act (PLOVER quad 4) done to a thing, not to a party, whose
party is named in a phrase ``args`` does not read as the target:

- verbs of possessional deprivation (Levin 10.5, "steal" verbs; FrameNet Removing/Theft):
  the party something is taken from is the "from" object, on the verb or, as the parser often
  hangs it, on the object ("the army retook the port **from** the rebels", "police confiscated
  phones **from** the protesters");
- acting against an act (CAMEO 190 REPULSE, the TimeML aspectual/"thwart" predicates that take
  an event as object): the doer of the object act, named by its "by" or "from" phrase, is the
  one the act is aimed at ("troops repelled attempts **by** the militia to advance", "foiled
  an attack **from** the insurgents");
- the holder of what is taken or hit, named by the agent of a participle on the object
  ("retook villages **held by** the rebels", "shelled a town **controlled by** the army").

A place is no party: a "from" object that names a place (a country, a town) is where an act
is launched from ("fired rockets from Syria"), so only non-place actors are taken there. Fills an
empty target only.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley import ontology
from parley.nlp.events.match import Candidate, coarse_pos, pobjs, preps_of

#: named-entity types of a place: the origin of an act, never the party that loses
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
FROM = frozenset({"from"})
DOERS = frozenset({"by", "from"})


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and coarse_pos(c) == "NOUN"]


def _active(verb: Token) -> bool:
    """A verb with its own active subject: a "by" phrase on it is no passive agent."""
    return (any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


def losing_heads(cand: Candidate) -> list[Token]:
    """The heads of the party a conflict verb takes something from or turns an act back from:
    the "from" object on the verb or its object, and the "by" object on its object (or on the
    active verb itself, where the parser hangs the object's "by" phrase)."""
    verb = cand.head
    if ontology.quad(cand.entry.event) != 4 or coarse_pos(verb) != "VERB":
        return []
    objects = _objects(verb)
    if not objects:
        return []
    preps = [p for t in [verb, *objects] for p in preps_of(t, FROM)]
    preps += [p for o in objects for p in preps_of(o, DOERS)]
    if _active(verb):
        preps += [p for p in preps_of(verb, frozenset({"by"})) if p.dep_ == "prep"]
    # "retook territory **held by** X": the holder named by the object's participle
    preps += [p for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for p in c.children if p.dep_ == "agent"]
    # a place is no party where "from" may be the origin; a "by" agent is a doer
    return [o for p in preps for o in pobjs(p)
            if p.lower_ != "from" or o.ent_type_ not in PLACE_ENTS]
