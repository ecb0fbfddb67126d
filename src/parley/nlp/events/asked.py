"""Who a request is addressed to when the trigger names no one in its object or phrases.

Two shapes of English put the addressee inside the complement of the asking verb, where the
object and preposition rules of ``args`` do not look (round 16, docs/audit/dev-slots16.md):

- a mandative that-clause: "the senator demanded **that Congress release** the report", "urged
  that the ministry publish the list": the subject of the clause (base verb or should/must) is
  the one who is to act, so the one asked. Not a passive ("demanded that the prisoners be
  freed": the freed are not asked) and not an indicative clause ("insisted that X was right").
- the body one asks to join: "Moldova pushes for **EU** membership", "Georgia asks to join
  **NATO**": a request to become a member is put to the body that admits members. Only an
  international body qualifies (``args.resolve`` keeps kind ``igo``); what is joined otherwise
  ("asks to join the talks") is no party.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.events.match import lemma, pobjs, preps_of, with_conjuncts

#: auxiliaries of a mandative clause ("demanded that X **should** leave")
MANDATIVE_AUX = frozenset({"should", "must", "shall"})
#: verbs of entering a body as a member ("asks to **join** NATO")
JOIN_VERBS = frozenset({"join", "enter"})
#: prepositions that name the body of a membership noun ("membership **in** NATO",
#: "accession **to** the EU", "membership **of** the Council")
BODY_PREPS = frozenset({"in", "to", "of"})


def mandated_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's mandative that-clauses: the one who is to act."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or lemma(clause) == "be":
            continue
        aux = {lemma(c) for c in clause.children if c.dep_ == "aux"}
        if not (aux & MANDATIVE_AUX or (clause.tag_ in ("VB", "VBP") and not aux)):
            continue
        out += with_conjuncts([c for c in clause.children if c.dep_ == "nsubj"])
    return out


def _membership_nouns(verb: Token, joining: frozenset[str]) -> list[Token]:
    """Membership nouns the request asks for: its object or its "for" phrase."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in preps_of(verb, frozenset({"for"})) for o in pobjs(p)]
    return [n for n in nouns if lemma(n) in joining]


def bodies_to_join(verb: Token, joining: frozenset[str]) -> list[Token]:
    """The bodies a request asks to be admitted to: the name on a membership noun ("EU
    membership", "membership in NATO") or the object of a to-clause of joining ("asks to
    join NATO")."""
    out: list[Token] = []
    for noun in _membership_nouns(verb, joining):
        out += [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        out += [o for p in preps_of(noun, BODY_PREPS) for o in pobjs(p)]
    for clause in verb.children:
        if clause.dep_ == "xcomp" and lemma(clause) in JOIN_VERBS:
            out += [c for c in clause.children if c.dep_ == "dobj"]
    return with_conjuncts(out)
