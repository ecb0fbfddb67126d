"""Material acts whose patient is an abstraction (round 20).

A material-conflict event (PLOVER ASSAULT, COERCE, MOBILIZE; CAMEO 17-20, 15) needs a patient
that can be harmed, held or moved: a person, a group, a place, a facility, a vehicle, or none
named. The same trigger words take abstract patients in everyday English, and then they name
no act between parties:

- **a plan, a policy or an idea acted on** ("the senator targeted the subsidy programme",
  "the campaign deployed a new strategy", "vowed to crack down on their ability to dodge the
  levy"): singling out, using or limiting a thing of the mind (``abstract_patients``: plans,
  policies, ideas, capacities);
- **an abstraction as the doer** ("rising rents forced families from their homes", "farmers
  were driven off their land by debt"): a quantity or a policy acts on people only as a cause,
  no party does the act (the subject, or the passive "by" object);
- **a quantity that grows or is hit** ("the town's population exploded", "prices exploded",
  "targeted a 5 percent rise"): a number, a rate or a price (``abstract_patients``: quantities;
  spaCy's PERCENT and QUANTITY entities), told with the verbs of bursting as its subject.

The patient is the direct object, the passive subject, the object of "on"/"against" ("crack
down on", "an attack on"), or, for verbs of bursting (``BURSTING``), the subject. A patient
that names a party ("targeted the senator", "cracked down on the unions") keeps the event, and
so does a trigger whose entry names its own object ("violated the ceasefire"). Money is not in
the list: "police seized $2 million" is a confiscation (COERCE).

The word list is data: lexicon/events_abstract_patients.yaml (each word with an invented
example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.match import Candidate, lemma, names_party, pobjs, preps_of, with_conjuncts

LISTS = "events_abstract_patients.yaml"
#: heads of abstract things: plans, policies, ideas, capacities, quantities
ABSTRACT = word_list(LISTS, "abstract_patients")
#: event types of material conflict, whose patient must be a body, a place or a thing
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: verbs of bursting, whose subject is what bursts ("the population exploded")
BURSTING = frozenset({"explode", "erupt", "burst", "balloon"})
PATIENT_PREPS = frozenset({"on", "against"})
#: modifiers that tell whose a thing is ("Russia's", "Syrian", "Hezbollah drone program")
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: heads that count what their "of" object names ("targeted a number of villages")
COUNTING = frozenset({"number", "total", "share"})


def _patients(head: Token) -> list[Token]:
    """The words that name what the act is done to: object, passive subject, "on"/"against"
    object (also through a particle: "crack down on"), the subject of a verb of bursting."""
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [o for p in preps_of(head, PATIENT_PREPS) for o in pobjs(p)]
    for c in head.children:
        if c.dep_ == "prt":
            found += [o for p in preps_of(c, PATIENT_PREPS) for o in pobjs(p)]
    found = [_counted(w) for w in found]
    if lemma(head) in BURSTING and not any(c.dep_ == "dobj" for c in head.children):
        # what bursts is the number itself ("the number of rentals exploded"): no look-through
        found += _subjects(head)
    return with_conjuncts(found)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or the subject of the verb it is conjoined to ("the population
    stood at 2,000 and has since exploded")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subj


def _agents(head: Token) -> list[Token]:
    """Who does the act: the active subject, or the passive "by" object."""
    if any(c.dep_ == "nsubjpass" for c in head.children):
        return [o for p in preps_of(head, frozenset({"by"})) for o in pobjs(p)]
    return [] if lemma(head) in BURSTING else _subjects(head)


def _counted(word: Token) -> Token:
    """What a counting head counts ("a number of villages": the villages), else the word."""
    if lemma(word) not in COUNTING:
        return word
    return next(iter(o for p in preps_of(word, frozenset({"of"})) for o in pobjs(p)), word)


def _abstract(word: Token, owner_counts: bool = True) -> bool:
    """An abstract head: a listed plan, idea or quantity, or an amount entity; never a party,
    nor a thing a party owns ("Hezbollah's drone program", "the Syrian weapons programme",
    "Russia's export capacity", "the latest issue of the weekly <Name>"): strikes on those
    are strikes on the party (review of round 20)."""
    if names_party(word) or (owner_counts and _owned_by_party(word)):
        return False
    return lemma(word) in ABSTRACT


def _owned_by_party(word: Token) -> bool:
    """A possessor, demonym or name modifier that names a party, or a proper-noun party in the
    word's "of" phrase; not a pronoun ("their ability to sublet") nor a common noun in the "of"
    phrase ("the capacity of banks"): those stay abstract."""
    if any(c.dep_ in OWNER_DEPS and c.pos_ != "PRON" and names_party(c) for c in word.children):
        return True
    return any(t.pos_ == "PROPN" and names_party(t)
               for p in preps_of(word, frozenset({"of"})) for o in pobjs(p) for t in o.subtree)


def abstract_patient(cand: Candidate) -> bool:
    """A material-conflict trigger whose every patient is abstract ("targeted the subsidy
    programme", "the population exploded"), or whose every agent is ("rising rents forced
    families out"): no party harms or moves a body, a place or a thing."""
    if cand.entry.event not in MATERIAL:
        return False
    patients = [] if cand.entry.obj else _patients(cand.head)  # "violated the ceasefire"
    # what bursts is abstract whoever owns it ("the country's prison population exploded")
    bursting = lemma(cand.head) in BURSTING
    if patients and all(_abstract(p, owner_counts=not bursting) for p in patients):
        return True
    agents = _agents(cand.head)
    return bool(agents) and all(_abstract(a) for a in agents)
