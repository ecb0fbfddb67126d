"""Everyday senses of trigger words that name no event between parties (round 15).

- **pressing against a thing** ("the crowd pressed against the barrier", "fans pushed up
  against the rope line"): a body pushing on an object, not pressing a party (REQUEST);
- **a return to ordinary life** ("residents are ready to return to normal", "shops were
  eager to get back to business"): readiness to resume one's own life, not an offer to a
  party (AGREE); a return to talks or a deal stays ("ready to return to the talks").

Round 18:

- **showing, not protesting** ("has not demonstrated an appetite for the job", "the audit
  demonstrated that the fund was short"): "demonstrate" with an object or a clause is "show";
  the protest sense (PROTEST) has neither ("thousands demonstrated outside the embassy");
- **an effort for a measure** ("fought to pass the transit bill", "the firms are fighting to
  keep their contracts"): a fight whose purpose is to pass, keep or win a civil thing
  (``civil_objects``: a bill, a programme, a business) and that names no foe is lobbying or
  competing, not combat (ASSAULT); "fought to hold the bridge" stays. Pushing a civil thing
  ("pushed through a housing bill") is legislating, not pressing a party (REQUEST).

Round 30:

- **a matter of weight, no agreement** ("made a big deal of the report", "it is not a huge
  deal", "a good deal of work"): "deal" with an adjective of size or worth (``importance``),
  with no compound naming its kind, no party phrase and no verb that makes a deal, is an idiom;
  "signed a huge arms deal with X" stays;
- **a standing stance told of its holder** ("groups that support the governor", "political
  groups backed by two donors", "millions of voters supporting the senator"): a verb of stance
  (``stance_verbs``) in a clause describing a noun tells what the noun is, not an act of
  support; with a time phrase of its own ("the leaders who backed the plan on Monday") it is
  still news.

Round 39:

- **a danger, no threat** ("rising prices threaten to push millions into poverty", "the
  offensive threatens stability", "the economy is threatened by the war"): "threaten" whose
  subject, or whose agent in the passive, is a state or course of events (``status_nominal``)
  or a circumstance or thing (``perils``) and no party tells a danger, not a threat made
  (THREATEN); "the rebels threaten to storm the town", "a patrol threatened the fishermen" and
  "the army threatened the villagers" stay. What it endangers is no new act: a state as its
  object is background ("threatens the ceasefire", ``endangered_state``), so is a state that is
  the danger ("threatened by the invasion"), and an act in its to-clause is only feared, no
  event ("threaten to push millions into poverty", ``feared_consequence``).

The word lists are data: lexicon/events_plain_senses.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import (
    coarse_pos,
    lemma,
    names_party,
    pobjs,
    preps_of,
    with_conjuncts,
)
from parley.nlp.extensions import actor_at

LISTS = "events_plain_senses.yaml"
#: things a body presses against
BARRIERS = word_list(LISTS, "barriers")
#: ordinary life one returns to
ORDINARY = word_list(LISTS, "ordinary")
READY = word_list(LISTS, "ready")
RETURNING = word_list(LISTS, "returning")
#: civil things one fights to pass, keep or win (a bill, a programme, a business)
CIVIL_OBJECTS = word_list(LISTS, "civil_objects")
#: verbs of fighting whose sense may be an effort
FIGHTING = frozenset({"fight", "battle", "struggle"})
#: dependents that name a foe or a fought thing
FOE_DEPS = frozenset({"dobj"})
FOE_PREPS = frozenset({"against", "with", "on"})
SHOWN_DEPS = frozenset({"dobj", "ccomp"})
#: adjectives of size or worth that make "deal" an idiom ("a big deal", "a good deal of")
IMPORTANCE = word_list(LISTS, "importance")
#: verbs that make, close or announce a deal: their object is an agreement
DEAL_MAKING = word_list(LISTS, "deal_making")  # lexicon data
DEAL_PARTY_PREPS = frozenset({"with", "between", "on", "over", "among"})
#: verbs of a stance held (lexicon/events_plain_senses.yaml)
STANCE_VERBS = word_list(LISTS, "stance_verbs")
#: entity labels of a time phrase that makes a described stance an act of its day
TIME_ENTS = frozenset({"DATE", "TIME"})
#: round 39: circumstances and things that endanger without threatening (lexicon data)
PERILS = word_list(LISTS, "perils")
#: verbs of threatening that also mean endangering
ENDANGERING = frozenset({"threaten"})
#: relative pronouns standing for the noun their clause describes ("weapons that threaten X")
RELATIVES = frozenset({"that", "which"})


def pressed_on_thing(token: Token, mods: Modifiers) -> bool:
    """"viewers pressed against a fence": press/push with "against"/"into" a physical thing."""
    if lemma(token) not in ("press", "push", "squeeze", "crowd"):
        return False
    return any(lemma(o) in BARRIERS
               for o in pobjs_any(token, frozenset({"against", "into", "onto", "up"})))


def pobjs_any(token: Token, names: frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions in ``names``, also through a particle ("pushed
    up against the wall": "up" then "against")."""
    found = [o for p in preps_of(token, names) for o in pobjs(p)]
    for c in token.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "back"):
            found += [o for p in preps_of(c, names) for o in pobjs(p)]
    return found


def ordinary_return(token: Token, mods: Modifiers) -> bool:
    """"the town is eager to get back to normal": readiness whose complement is a
    return to ordinary life (``ORDINARY``) offers nothing to a party."""
    if lemma(token) not in READY:
        return False
    for c in token.children:
        if c.dep_ != "xcomp" or lemma(c) not in RETURNING:
            continue
        backs = [o for p in preps_of(c, frozenset({"to"})) for o in pobjs(p)]
        backs += [a for a in c.children if a.dep_ in ("advmod", "acomp", "oprd")]
        if any(lemma(b) in ORDINARY or b.lower_ in ORDINARY for b in backs):
            return True
    return False


def shown_not_protested(token: Token, mods: Modifiers) -> bool:
    """"has not demonstrated an appetite for the job": demonstrate with an object or a clause
    is showing something, not a protest."""
    return (lemma(token) == "demonstrate" and token.pos_ == "VERB"
            and any(c.dep_ in SHOWN_DEPS for c in token.children))


def _acts_on_civil_thing(verb: Token) -> bool:
    """The verb's object, or the object of its preposition ("push through a bill"), is a
    civil thing."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [o for p in preps_of(verb) for o in pobjs(p)]
    return any(lemma(t) in CIVIL_OBJECTS for t in with_conjuncts(things))


def _purpose_clauses(verb: Token) -> list[Token]:
    """"fought to pass the bill": the to-infinitive (xcomp, or advcl with "to") of a verb."""
    return [c for c in verb.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]


def effort_for_measure(token: Token, mods: Modifiers) -> bool:
    """"fought to pass the transit bill", "pushed through a housing bill": a fight with no foe
    whose purpose acts on a civil thing, or a push of a civil thing, is an effort, not combat
    nor a request to a party."""
    if lemma(token) == "push" and token.pos_ == "VERB":
        if any(c.dep_ == "dobj" and names_party(c) for c in token.children):
            return False  # "pushed Belgrade for reforms": a party is pushed, a request
        return _acts_on_civil_thing(token)
    if lemma(token) not in FIGHTING or token.pos_ != "VERB":
        return False
    if any(c.dep_ in FOE_DEPS for c in token.children) or preps_of(token, FOE_PREPS):
        return False
    return any(_acts_on_civil_thing(p) for p in _purpose_clauses(token))


def weighty_deal(token: Token, mods: Modifiers) -> bool:
    """Round 30: "made a big deal of it", "not a huge deal", "a good deal of work": "deal" with
    an adjective of size or worth and nothing that makes it an agreement (a compound naming its
    kind, a party phrase, a verb that makes or announces a deal)."""
    if token.pos_ == "VERB":  # "completed a good deal of work": the verb's object is a quantity
        return any(c.dep_ == "dobj" and weighty_deal(c, mods) and preps_of(c, frozenset({"of"}))
                   for c in token.children)
    if lemma(token) != "deal" or token.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "amod" and c.lower_ in IMPORTANCE for c in token.children):
        return False
    if any(c.dep_ in ("compound", "nmod", "poss") for c in token.children) \
            or preps_of(token, DEAL_PARTY_PREPS):
        return False
    return not (token.dep_ == "dobj" and lemma(token.head) in DEAL_MAKING)


def described_stance(token: Token, mods: Modifiers) -> bool:
    """Round 30: a verb of stance in a clause that describes a noun ("unions that support the
    governor", "groups backed by two donors", "voters supporting the senator", "policies she
    supported"; also a thing's purpose, "measures to support the car industry": what the
    measures are for): what the noun is, not an act of support, unless the clause has a time
    phrase of its own (not a duration: "backed since the 1980s")."""
    if lemma(token) not in STANCE_VERBS or token.pos_ != "VERB" or token.dep_ not in ("relcl", "acl"):
        return False
    return not any(t.ent_type_ in TIME_ENTS and not _duration(t, token) for t in token.subtree
                   if t.i != token.i)


#: prepositions of a duration: "backed since the 1980s", "for years" tell how long a stance is held
DURATION_PREPS = frozenset({"since", "for", "throughout"})


def _duration(t: Token, verb: Token) -> bool:
    """The time word is in a phrase of duration of ``verb``'s clause, not a time of its own."""
    while t != verb and t.head != t:
        if t.dep_ == "pobj" and t.head.lower_ in DURATION_PREPS:
            return True
        t = t.head
    return False



def danger_not_threat(token: Token, mods: Modifiers) -> bool:
    """Round 39: "rising prices threaten to push millions into poverty", "the offensive
    threatens stability", "the economy is threatened by the war": a danger told, no threat."""
    if lemma(token) not in ENDANGERING or coarse_pos(token) != "VERB":
        return False
    doers = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    doers += [_agent_noun(o) for c in token.children if c.dep_ == "agent"
              for o in c.children if o.dep_ in ("pobj", "pcomp")]
    doers = [token.head if d.lower_ in RELATIVES and token.dep_ == "relcl" else d for d in doers]
    if not doers:
        return False
    nouns = mods.lemmas("status_nominal") | PERILS
    doc = token.doc
    # round 39b (review): only states and perils, not every event noun ("a patrol", "the
    # occupiers", "the movement" threaten as parties); the word counts by its form when the
    # parser tags it otherwise ("Russian shelling/VBG threatens …", a headline's "War/NNP
    # threatens …", "Fighting in X" as a clausal subject)
    return all((lemma(d) in nouns or d.lower_ in nouns) and d.pos_ in ("NOUN", "VERB", "PROPN")
               and actor_at(doc, d.idx, d.idx + len(d.text)) is None
               for d in with_conjuncts(doers))


def _agent_noun(agent: Token) -> Token:
    """The noun of a passive's "by" phrase, also where the parser split it ("by renewed/pcomp
    shelling/xcomp")."""
    if agent.dep_ == "pcomp":
        return next((c for c in agent.children if c.dep_ in ("xcomp", "dobj")), agent)
    return agent


def endangered_state(noun: Token, mods: Modifiers) -> bool:
    """Round 39b (reviews): "rising inflation threatens the fragile ceasefire", "the cities are
    threatened by the invasion": a state or course of events (``status_nominal``) that is
    endangered by a danger (``danger_not_threat``), or that is the danger, is background, not
    news of a new act."""
    if coarse_pos(noun) != "NOUN" or lemma(noun) not in mods.lemmas("status_nominal"):
        return False
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # also what the feared consequence would hit ("threatens to derail the peace talks"),
        # and the state endangered told in the passive ("the truce is threatened by shelling")
        return danger_not_threat(noun.head, mods) or (
            noun.dep_ == "dobj" and feared_consequence(noun.head, mods))
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return danger_not_threat(noun.head.head, mods)
    return False


def feared_consequence(token: Token, mods: Modifiers) -> bool:
    """Round 39b (review): "prices threaten to push millions into poverty", "the offensive
    threatens to cut the supply road": what a danger may bring about is feared, no act that
    anyone commits to (rule 4: speculated, no commitment), so no event."""
    return token.dep_ == "xcomp" and danger_not_threat(token.head, mods)
