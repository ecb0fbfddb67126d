"""Everyday senses of cooperation and conflict words in domestic news (round 21).

Each test reads a parse structure that selects the sense, not the word of one sentence:

- **an opinion agreed, not a commitment** (FactBank: "agree" with a finite complement clause is
  a predicate of opinion; with a to-infinitive or "to"/"on" an object it is a commitment):
  "largely agreed with her colleague that the bill was flawed", "the two judges agreed that the
  ruling was wrong" code no AGREE; "agreed to a ceasefire", "agreed to withdraw", "agreed that
  the talks would resume" stay;
- **a command or slogan quoted** (an imperative has no event reality, TimeML's modality): a
  bare imperative verb inside quotation marks whose head lies outside them ("marchers chanted
  \"don't shoot\"", "\"drop the gun,\" the deputy shouted") is no act of its type;
- **sanction as authorise** (the approval sense of "sanction"): a sanction whose object is an
  act, a use or a plan (``authorised_acts``, or an abstraction), not a party, is an approval
  ("the committee sanctioned the use of public funds"); "the EU sanctioned three banks" stays.

- **hosting an occasion** ("the Hawks host the Royals for a playoff game", "the city will host
  the Summer Olympics"): "host" whose object or "for" object is a game, a contest or a show
  (``hosted_occasions``) is a venue, not an agreement; "host talks" is left to the meeting rules;
- **a deal as an amount or a weight** ("a great deal of time", "losing the seat would be a big
  deal"): "deal" with a size word (``degree_words``) and an "of" amount or as a copula's
  complement is no agreement; "a big deal with China" (a party named) stays.

The word lists are data: lexicon/events_everyday_senses.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.abstract_patients import ABSTRACT
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma, names_party, pobjs, preps_of, with_conjuncts

LISTS = "events_everyday_senses.yaml"
#: acts, uses and plans one authorises ("sanctioned the sale of the land")
AUTHORISED_ACTS = word_list(LISTS, "authorised_acts")
#: size words of "a great deal of", "a big deal"
DEGREE_WORDS = word_list(LISTS, "degree_words")
#: views one agrees on ("agreed on the need for …")
VIEW_NOUNS = word_list(LISTS, "view_nouns")
#: games, contests and shows one hosts
HOSTED_OCCASIONS = word_list(LISTS, "hosted_occasions")
#: auxiliaries of a commitment or a tense: a clause with them is no bare imperative
NOT_IMPERATIVE_AUX = frozenset({"to", "will", "would", "shall", "should", "can", "could",
                                "may", "might", "must", "'ll"})
#: auxiliaries that make a complement clause an undertaking or a plan, not an opinion
#: ("agreed that the corridor should reopen")
COMMITTING_AUX = frozenset({"will", "would", "shall", "'ll", "should", "must", "ought"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _states_a_view(clause: Token) -> bool:
    """A complement clause that states a fact or a judgement ("the bill was flawed"): no
    auxiliary of an undertaking or a plan ("would resume", "should reopen")."""
    return not any(c.dep_ == "aux" and c.lower_ in COMMITTING_AUX for c in clause.children)


def opinion_agreed(token: Token, mods: Modifiers) -> bool:
    """"agreed with her colleague that the bill was flawed", "agreed that the plan was
    unfair", "agreed on the need for more rangers": "agree" with a finite complement clause
    and no to-infinitive, no "to"/"on" object, or "on" a view (``view_nouns``), is
    concurring with a view, not a commitment between parties."""
    if lemma(token) != "agree" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "xcomp" for c in token.children) or preps_of(token, frozenset({"to"})):
        return False
    on = [o for p in preps_of(token, frozenset({"on", "upon", "about"})) for o in pobjs(p)]
    if on:  # "agreed on the need for …" is a view; "agreed on a truce" is an agreement
        return all(lemma(o) in VIEW_NOUNS for o in with_conjuncts(on))
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_states_a_view(c) for c in clauses)


def _quoted_span(token: Token) -> tuple[int, int] | None:
    """The token indices of the quotation (inside its sentence) that holds the token, or None."""
    sent = token.sent
    marks = [t.i for t in sent if t.text in QUOTES]
    before = [i for i in marks if i < token.i]
    if len(before) % 2 == 0:
        return None
    after = [i for i in marks if i > token.i]
    return before[-1], (after[0] if after else sent.end)


def _bare_imperative(token: Token) -> bool:
    """A base-form verb with no subject and no modal or "to": "don't shoot", "drop the gun"."""
    return token.pos_ == "VERB" and token.tag_ == "VB" and not any(
        c.dep_ in SUBJ_DEPS or (c.dep_ == "aux" and c.lower_ in NOT_IMPERATIVE_AUX)
        for c in token.children)


def quoted_command(token: Token, mods: Modifiers) -> bool:
    """"marchers chanted \"don't shoot\"", "\"drop the gun,\" the deputy shouted": an imperative
    inside quotation marks, heading its quote (its head outside the marks, or conjoined to such
    an imperative), is a slogan or an order quoted, not an act of its type ("we will help
    rebuild" has its head inside the quote and is left to the other tests)."""
    if not _bare_imperative(token):
        return False
    span = _quoted_span(token)
    if span is None:
        return False
    head = token
    while head.dep_ == "conj" and _bare_imperative(head.head) and head.head != head:
        head = head.head
    return head.head == head or not span[0] < head.head.i < span[1]


def authorised_act(token: Token, mods: Modifiers) -> bool:
    """"the committee sanctioned the use of public funds", "the sale was sanctioned by the
    board": "sanction" of an act, a use or a plan (no party) is approval, not a penalty."""
    if lemma(token) != "sanction" or token.pos_ != "VERB":
        return False
    things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    things = with_conjuncts(things)
    return bool(things) and not any(names_party(t) for t in things) and all(
        lemma(t) in AUTHORISED_ACTS or lemma(t) in ABSTRACT for t in things)


def degree_deal(token: Token, mods: Modifiers) -> bool:
    """"a great deal of time", "it would be a big deal for the party": "deal" sized by a degree
    word, with an "of" amount or as a copula's complement, is a quantity or an importance."""
    if lemma(token) != "deal" or token.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "amod" and lemma(c) in DEGREE_WORDS for c in token.children):
        return False
    if any(names_party(o) for p in preps_of(token, frozenset({"with", "between"}))
           for o in p.children if o.dep_ == "pobj"):
        return False
    return token.dep_ in ("attr", "acomp") or bool(preps_of(token, frozenset({"of"})))


def hosted_occasion(token: Token, mods: Modifiers) -> bool:
    """"the Hawks host the Royals for a playoff game", "Italy will host the Winter Olympics":
    hosting a game, a contest or a show is being its venue, no agreement between parties."""
    if lemma(token) != "host" or token.pos_ != "VERB":
        return False
    things = [c for c in token.children if c.dep_ == "dobj"]
    things += [o for p in preps_of(token, frozenset({"for"})) for o in pobjs(p)]
    return any(lemma(t) in HOSTED_OCCASIONS or t.lower_ in HOSTED_OCCASIONS
               for t in with_conjuncts(things))
