"""Everyday senses of shipping and asking in news about politics (round 19).

- **a commercial shipment** ("the first corn shipment left the port", "90,000 tonnes of
  soybeans were shipped to China", "last month's shipments sold for $60 a barrel"): goods
  that are a traded commodity (``commodities``), or shipments that are sold (``sale_verbs``),
  are trade, not aid given to a party (AID); "arms shipments to Poland" and "aid shipments"
  stay, since weapons and aid are no commodity;
- **a journalist's question** ("pressed and asked for specifics, the senator declined", "so I
  ask you again: do you back the levy?"): asking for information (``information``) or asking
  a direct question (an inverted auxiliary opens the clause) is no request of a party
  (REQUEST) when no party is named as the one asked; "asked its allies for more weapons",
  "asked NATO, would it close the sky?" and "asked Germany to send tanks" stay.

The word lists are data: lexicon/events_trade_and_press.yaml (each word with an invented
example that tests/test_word_lists.py codes).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma, pobjs, preps_of, with_conjuncts
from parley.nlp.events.participant_kinds import acts_for_body

LISTS = "events_trade_and_press.yaml"
#: goods traded as commodities (grain, coal, soybeans)
COMMODITIES = word_list(LISTS, "commodities")
#: verbs that sell what a shipment carries ("shipments sold for $40 a ton")
SALE_VERBS = word_list(LISTS, "sale_verbs")
#: information a reporter asks for ("asked for details")
INFORMATION = word_list(LISTS, "information")
SHIPPING = frozenset({"shipment", "ship", "shipping", "export"})
#: modifiers that make a shipment aid whatever it carries
AID_MARKS = frozenset({"aid", "humanitarian", "relief", "assistance", "donate"})
#: where the goods are: a modifier, the object, or a subject (a commodity cannot be a shipper:
#: "tonnes of wheat shipped to Asia" is parsed with the tonnes as subject)
GOODS_DEPS = frozenset({"compound", "amod", "dobj", "nsubjpass", "nsubj", "nmod"})


def _goods(token: Token) -> list[Token]:
    """What a shipment carries: its modifiers or object, and the noun inside a quantity
    ("tonnes of grain")."""
    found = with_conjuncts([c for c in token.children if c.dep_ in GOODS_DEPS])
    if token.dep_ == "acl" or (token.pos_ == "VERB" and token.dep_ == "relcl"):
        found.append(token.head)
    inner = [o for f in found for p in preps_of(f, frozenset({"of"})) for o in pobjs(p)]
    return found + inner


def commercial_shipment(token: Token, mods: Modifiers) -> bool:
    """"the first corn shipment left the port": a shipment of a commodity, or one that is
    sold, is trade, not aid; a shipment marked as aid stays."""
    if lemma(token) not in SHIPPING:
        return False
    goods = _goods(token)
    if any(lemma(g) in AID_MARKS for g in goods):
        return False
    if token.dep_ == "nsubj" and lemma(token.head) in SALE_VERBS:
        return True
    return any(lemma(g) in COMMODITIES for g in goods)


def _direct_question(clause: Token) -> bool:
    """"will your brother be at the debate?": a clause opened by an auxiliary before its
    subject is a question put, not a thing asked for."""
    first = min((t for t in clause.subtree if not t.is_punct), key=lambda t: t.i)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (first.dep_ == "aux" and first.pos_ == "AUX" and bool(subjects)
            and all(first.i < s.i for s in subjects))


def reporters_question(token: Token, mods: Modifiers) -> bool:
    """"asked for specifics", "so I ask you again: do you back the levy?": asking for information or
    putting a direct question is a reporter's question, not a request of a party."""
    if lemma(token) != "ask" or token.pos_ != "VERB":
        return False
    asked_whom = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if any(acts_for_body(w) for w in asked_whom):
        return False  # "asked Peru for details", "asked NATO, would it …?": a state or body is asked
    asked = [o for p in preps_of(token, frozenset({"for"})) for o in pobjs(p)]
    if asked and all(lemma(o) in INFORMATION for o in asked):
        return True
    if any(w.pos_ != "PRON" for w in asked_whom):
        return False
    return any(c.dep_ == "ccomp" and _direct_question(c) for c in token.children)
