"""The start or end of another word's route: no site of the sentence's events.

A place named as where someone or something goes or comes from ("families fleeing X came
under fire", "drivers on a mission to X were detained", "power lines to X were destroyed",
"missiles fired from X hit …") says where a journey begins or ends, not where the event told on
the way happened. And an event that is itself the source or the goal of another word ("her
release from detention", "a response to the swap") does not happen where that word's clause
does ("expected to land in X following release from detention"). Class: the place of another
noun (a route's endpoint). Word lists: ``place_cues.yaml`` ``route``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.nlp.events.match import coordination_head, lemma, pobjs
from parley.nlp.placenames import load_cues

#: prepositions of a goal ("to X", "towards X")
GOAL_PREPS = frozenset({"to", "toward", "towards"})
#: prepositions of a source ("from X")
SOURCE_PREPS = frozenset({"from"})
#: words that make "to" part of a preposition of cause or reference ("thanks to the shelling",
#: "according to officials in X"), not a goal
COMPOUND_TO = frozenset({"thanks", "owing", "according"})


def _goal(prep: Token) -> bool:
    """Is ``prep`` a goal phrase of a noun or a verb ("a mission to X", "restore lines to X")?
    Not of an adjective or adverb ("close to X", "next to X": a place near X), nor of a way
    that reaches it ("the approaches to X": its area), nor a side of a place ("areas to the
    north of X": where they lie)."""
    head = prep.head
    cues = load_cues()
    return (prep.lower_ in GOAL_PREPS and head.pos_ in ("NOUN", "VERB")
            and head.lower_ not in COMPOUND_TO
            and lemma(head) not in cues.way and head.lower_ not in cues.way
            and not any(o.lower_ in cues.direction for o in pobjs(prep)))


def _source(prep: Token) -> bool:
    """Is ``prep`` a source phrase of a verb or an adverb ("fired from X", "on their way back
    from X")? Of a noun it mostly says where people live ("residents from X"), which is often
    where things happen to them: kept."""
    return prep.lower_ in SOURCE_PREPS and prep.head.pos_ in ("VERB", "ADV")


def route_tokens(trigger: Token, own: frozenset[int]) -> frozenset[int]:
    """Tokens of the trigger's sentence that name the start or end of another word's route:
    the object of a goal or source phrase (``_goal``, ``_source``) or of a departure verb
    ("fleeing X", lexicon ``route.departure``) that hangs on no token of ``own`` (the event's
    own words and the verbs whose site is its site). Only the object's own name counts ("to
    the city of X"), not what its clauses or other phrases add ("speaking to soldiers in X":
    the soldiers are in X; "a mission to X detained by …" holds the trigger)."""
    departure = load_cues().departure
    # the object of the event's own words is its own phrase ("deploys jets armed with missiles
    # to X": the parser hangs the goal inside the object); a passive subject's route is not
    # ("volunteers driving to X were wounded")
    own = own | {d.i for h in own for c in trigger.doc[h].children if c.dep_ == "dobj"
                 for d in c.subtree}
    own |= _shared_scene(trigger.doc, own)
    out: set[int] = set()
    for t in trigger.sent:
        if t.head.i in own or t.head.i == t.i:
            continue
        if t.dep_ == "prep" and (_goal(t) or _source(t)):
            ends = pobjs(t)
        elif t.dep_ == "dobj" and lemma(t.head) in departure:
            ends = [t]
        else:
            continue
        for end in ends:
            out |= _name_of(end)
    return frozenset(out)


def _shared_scene(doc: Doc, own: frozenset[int]) -> set[int]:
    """The verbs coordinated after the event's own verbs that share their subject ("shelled the
    outskirts and then advanced toward X"): the place at the end is both acts' (round 8;
    ``where._second_act`` splits them only when the first act has a place of its own). A verb
    before the event is not ("drones launched from X struck a depot", "fled X and came under
    fire": the journey's start, then the event on the way)."""
    return {c.i for h in own for c in doc[h].children
            if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c)}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


#: dependents that add to a noun what it is not named by: another thing's clause or phrase
ADDED_DEPS = frozenset({"acl", "relcl", "advcl", "prep"})


def _name_of(noun: Token) -> set[int]:
    """The tokens that name ``noun``: its subtree without its clauses and its phrases other
    than "of" ("the Ukrainian city of X" stays whole, "soldiers in X" is "soldiers")."""
    cut = {d.i for c in noun.children if c.dep_ in ADDED_DEPS and c.lower_ != "of"
           for d in c.subtree}
    return {d.i for d in noun.subtree if d.i not in cut}


def inside_route(trigger: Token) -> bool:
    """Is the event the source or the goal of another word ("release from detention", "fled
    from the fighting", "a response to the swap")? Then the sites of the clause it hangs on
    are that word's, and only its own phrase can place it."""
    t = coordination_head(trigger)
    if t.dep_ not in ("pobj", "pcomp"):
        return False
    prep = t.head
    return (prep.lower_ in SOURCE_PREPS or (prep.lower_ in GOAL_PREPS and prep.head.pos_ == "NOUN"
                                             and _goal(prep)))
