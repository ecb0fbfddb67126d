"""Verbs of handing an act to someone: "X gives Y an ultimatum", "X hands Y a warning".

A nominal trigger that is the direct object of a verb of handing over (``handing`` in
participants.yaml) is done by that verb's subject and aimed at the one it is handed to: the
verb's indirect object ("gives **the Peruvian government** an ultimatum"), or the bare name the
parser hangs on the noun when a headline drops the article ("gives **Peru** ultimatum"). Without
this the name before the noun reads as the act's owner ("Peru's ultimatum"): the roles swap.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import load
from parley.nlp.events.match import is_amount, lemma, with_conjuncts

#: verbs that hand a nominal act to someone (participants.yaml ``handing``)
HANDING = frozenset(load("participants.yaml", top=dict, empty={})["handing"]["words"])


def handing_verb(noun: Token) -> Token | None:
    """The verb of handing whose direct object ``noun`` is, else None."""
    head = noun.head
    if noun.dep_ != "dobj" or head == noun or lemma(head) not in HANDING:
        return None
    return head


def handed_to(noun: Token) -> list[Token]:
    """Who a handed act goes to: the handing verb's indirect object, or a name right after the
    verb that the parser made a compound of the noun (no article between: "gives Y ultimatum")."""
    verb = handing_verb(noun)
    if verb is None:
        return []
    takers = [c for c in verb.children if c.dep_ == "dative"]
    if not takers:
        takers = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and c.left_edge.i == verb.i + 1]
    return with_conjuncts(takers)


#: prepositions naming who receives an amount given ("$5 million in aid **to** X")
GOAL_PREPS = frozenset({"to", "for"})


def amount_verb(noun: Token) -> Token | None:
    """The verb that gives an amount "in" an event noun ("announces $800 million more **in
    aid** to X", "pledged 5 million euros in assistance"), through the amount or straight from
    the verb when the parser hangs the "in" phrase there; else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head == prep:
        return None
    owner = prep.head
    if owner.pos_ == "VERB" and any(is_amount(t) for c in owner.children if c.i < prep.i
                                    and c.dep_ in ("dobj", "npadvmod", "advmod") for t in c.subtree):
        return owner
    if is_amount(owner) and owner.dep_ == "dobj" and owner.head.pos_ == "VERB":
        return owner.head
    return None


def amount_goals(noun: Token) -> list[Token]:
    """Round 13, who receives an amount given in an event noun: the to/for phrase of the verb
    or of the amount ("announces $800 million in aid **to Kenya**")."""
    verb = amount_verb(noun)
    if verb is None:
        return []
    bearers = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and is_amount(c)]
    return [o for b in bearers for p in b.children if p.dep_ == "prep" and p.lower_ in GOAL_PREPS
            for o in p.children if o.dep_ == "pobj"]


_LISTS = load("participants.yaml", top=dict, empty={})
#: verbs of a given thing reaching its recipient (participants.yaml ``arriving``)
ARRIVING = frozenset(_LISTS["arriving"]["words"])
#: papers carrying a measure "on" an act (participants.yaml ``documents``)
DOCUMENTS = frozenset(_LISTS["documents"]["words"])
#: prepositions of where an arriving thing gets to
REACHED = frozenset({"in", "to", "into", "for"})


def arrival_goals(noun: Token) -> list[Token]:
    """Round 13, who receives aid told as arriving ("military aid **arrives in X**",
    "shipments of arms arrived **for X**", "aid reached X", "aid on the way to X"): the
    subject of a verb of arriving is the thing given, and the party or country it gets to
    receives it."""
    verb = noun.head
    on_way = _on_the_way(noun) or (_on_the_way(verb) if noun.dep_ == "nsubj" else [])
    if on_way:  # "aid (is) on the/its way to X"
        return on_way
    if noun.dep_ != "nsubj" or lemma(verb) not in ARRIVING:
        return []
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in REACHED
            for o in p.children if o.dep_ == "pobj"]
    return out


def _on_the_way(token: Token) -> list[Token]:
    """The goal of an "on the way to X" phrase on ``token`` (the thing sent, or its verb "is";
    the parser may hang the phrase on the first of coordinated things)."""
    bearers = [token] + ([token.head] if token.dep_ == "conj" else [])
    return [o for b in bearers for p in b.children if p.dep_ == "prep" and p.lower_ == "on"
            for w in p.children if w.dep_ == "pobj" and w.lower_ == "way"
            for q in w.children if q.dep_ == "prep" and q.lower_ == "to"
            for o in q.children if o.dep_ == "pobj"]


def document_verb(noun: Token) -> Token | None:
    """Round 13, the verb that signs or issues the paper an event noun is "on" or "for"
    ("Lukashenko signs a decree **on sanctions** against X"): the paper's signer does the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "for", "of") or prep.head == prep:
        return None
    paper = prep.head
    if lemma(paper) not in DOCUMENTS or paper.dep_ != "dobj" or paper.head.pos_ != "VERB":
        return None
    return paper.head
