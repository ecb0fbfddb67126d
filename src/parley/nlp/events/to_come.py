"""Acts still to come, told by what is being done toward them (round 36).

Judging rule 5 (events-actors-before.md): an act that is proposed, prepared or only forecast
and coded as done is wrong; flagged future (planned) or hypothetical (proposed, forecast) it is
right. The modes reader (``modes.detect``) already reads modal verbs, verbs of planning with an
infinitive or object ("plans to impose sanctions", "is preparing an aid package") and words of
possibility on the act ("a possible invasion"). Four ways of telling an act to come that it
missed (``lexicon/events_to_come.yaml``):

- work done toward the act, through a preposition: "is working on further sanctions", "gearing
  up for talks", "drew up plans for an offensive", "preparations for a blockade" — planned:
  future;
- a participle of proposal on the act: "the proposed sanctions", "a mooted embargo", "the
  prospective deal" — put forward, not decided: future and hypothetical;
- the act as the consequence a forecast names: "any annexation will lead to sanctions", "a strike
  would result in retaliation" — a modal on the verb of consequence: future and hypothetical
  ("the talks led to a truce" reports the truce);
- the act said to be needed or not: "more talks are needed", "a meeting is not necessary until
  …" — required, not done: hypothetical.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.match import climb_quantity, lemma

TO_COME = "events_to_come.yaml"
#: "<verb or noun> <preposition>" pairs of work done toward an act ("work on", "plans for")
PREPARING = word_list(TO_COME, "preparing")
#: participles and adjectives of an act put forward ("proposed", "mooted", "prospective")
PROPOSED = word_list(TO_COME, "proposed")
#: verbs whose prepositional object is a consequence ("lead to", "result in")
CONSEQUENCE = word_list(TO_COME, "consequence")
#: predicates of need ("needed", "necessary", "required")
NEEDED = word_list(TO_COME, "needed")
#: modal auxiliaries of a forecast
FORECAST_MODALS = frozenset({"will", "would", "could", "may", "might", "'ll", "wo"})


def _prep_head(trigger: Token, quantity: frozenset[str] = frozenset()) -> tuple[Token, str] | None:
    """(the word a preposition hangs on, the preposition) for a trigger that is its object,
    through a conjunction ("sanctions and an embargo") and a noun that only measures it ("a
    fresh round of sanctions", ``quantity``)."""
    t = climb_quantity(trigger, quantity)
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head == t.head:
        return None
    return t.head.head, t.head.lower_


def _work(trigger: Token, quantity: frozenset[str]) -> Token | None:
    """The verb or noun of work toward the act ("working on", "plans for"), or None."""
    found = _prep_head(trigger, quantity)
    if found is None or f"{lemma(found[0])} {found[1]}" not in PREPARING:
        return None
    if lemma(found[0]) == "work" and (found[0].pos_ != "VERB" or found[0].dep_ in ("nsubj", "nsubjpass")):
        return None  # "work on the mobilization has begun": the noun is the act under way
    return found[0]


def _carried_out(work: Token) -> bool:
    """The work was told in the past and may have borne fruit: a verb of work in the past tense
    ("worked with Y on a joint patrol"), or a plan whose verb is followed by a past verb of the
    same subject ("drew up plans for an airstrike and launched it on Sunday")."""
    if work.pos_ == "VERB":
        return work.tag_ in ("VBD", "VBN")
    verb = work.head if work.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") for c in verb.children)


def _denied(work: Token) -> bool:
    """The work toward the act is itself denied ("is not preparing for a strike")."""
    return any(c.dep_ == "neg" for c in work.children)


def proposed(trigger: Token) -> bool:
    """A participle or adjective of proposal on the act ("the proposed sanctions")."""
    return any(c.dep_ == "amod" and c.lower_ in PROPOSED for c in trigger.children)


def forecast_consequence(trigger: Token) -> bool:
    """The act as what a forecast says something will lead to ("will lead to sanctions")."""
    found = _prep_head(trigger)
    if found is None:
        return False
    verb, prep = found
    return f"{lemma(verb)} {prep}" in CONSEQUENCE and any(
        c.dep_ == "aux" and c.lower_ in FORECAST_MODALS for c in verb.children)


def said_needed(trigger: Token) -> bool:
    """The act as the subject of a predicate of need ("more talks are needed", "a meeting is
    not necessary"): required or not, it is not done."""
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = trigger.head
    if lemma(head) in NEEDED or head.lower_ in NEEDED:  # "talks are needed" (a passive)
        return True
    return any(c.dep_ in ("acomp", "attr") and (c.lower_ in NEEDED or lemma(c) in NEEDED)
               for c in head.children)


def to_come(trigger: Token, quantity: frozenset[str] = frozenset()) -> tuple[bool, bool, bool]:
    """(future, hypothetical, negated) the four classes above give the act; negated when the
    work toward it is denied. Work told as carried out is no cue of an act to come."""
    work = _work(trigger, quantity)
    negated = work is not None and _denied(work)
    if proposed(trigger) or forecast_consequence(trigger):
        return True, True, negated
    if said_needed(trigger):
        return False, True, negated
    return work is not None and not _carried_out(work), False, negated
