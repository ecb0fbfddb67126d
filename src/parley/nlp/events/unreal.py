"""Acts that are only weighed, asked for or a stance: no event (judging rule 2).

Three classes the audits kept finding as affirmed or merely flagged events:

- a policy under consideration ("is considering sanctioning the banks", "weighs easing the
  embargo", "plans to consider an annexation", "is looking at a deployment"): weighing an act
  is not doing or promising it, so the act is no event at all, not even a future one;
- a stance with a negated "can" on a verb of permitting or guaranteeing ("cannot allow the
  rebels to win", "can't guarantee the residents' safety"): a view or an assessment, not a
  refusal of a request (REJECT) nor a promise (AGREE);
- the content of a request or proposal ("asks Brazil for rifles and further sanctions", "a
  resolution for a truce", "a sanctions package proposal"): asked for, not done.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.events.counterparts import ASKS
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma, negated_word

#: Links climbed from an act up to the verb that weighs it: its object, gerund or to-clause,
#: the noun it completes ("arrangements for a ceasefire") and the preposition it hangs on.
_CLIMB = frozenset({"dobj", "xcomp", "pobj", "pcomp", "prep", "compound", "amod", "conj", "acl", "nsubjpass"})


def _weighing(verb: Token, child: Token, mods: Modifiers) -> bool:
    """The verb weighs what hangs on it: a deliberation verb itself, or a phrasal one whose
    particle is the preposition the act came through ("looking at", "thinking about")."""
    if verb.pos_ == "ADJ" and child.dep_ == "prep":  # "open to new sanctions": a stance
        return lemma(verb) in mods.lemmas("deliberation", dep=child.lower_)
    if verb.pos_ != "VERB" or (verb.dep_ in ("prep", "advcl") and verb.tag_ == "VBG"
                               and not any(c.dep_ == "nsubj" for c in verb.children)):
        return False  # "Considering the attack, officials closed the road": a real attack
    if child.dep_ == "prep":
        return lemma(verb) in mods.lemmas("deliberation", dep=child.lower_)
    return any(c.dep is None and lemma(verb) in c.lemmas for c in mods.deliberation)


def weighed_policy(token: Token, mods: Modifiers) -> bool:
    """Class: "considering" a policy. The act is the object, gerund or to-clause of a verb of
    weighing (``deliberation``), possibly through a noun or preposition ("explore arrangements
    for a truce"). A that-clause is another's act judged, not weighed, and stops the climb."""
    if lemma(token) in ASKS:
        return False  # "weighs Kyiv's requests for shells": the request was made; its answer is weighed
    t = token
    for _ in range(5):
        if t.dep_ not in _CLIMB or t.head == t:
            return False
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            return False  # "considered the plan and imposed sanctions": a done act joined
        if _weighing(t.head, t, mods):
            return True
        t = t.head
    return False


def _can_not(verb: Token) -> bool:
    """The verb itself is negated (match.negated_word's test, no complement link) and its
    auxiliary is "can"."""
    return negated_word(verb, through=()) and any(
        c.dep_ == "aux" and lemma(c) == "can" for c in verb.children)


def negated_stance(token: Token, mods: Modifiers) -> bool:
    """Class: a stance told with a negated "can" ("cannot allow X to win", "can't guarantee
    safety"). Only "can": "did not allow the convoy through" and "refused to allow inspectors
    in" report a refusal done and stay."""
    return lemma(token) in mods.lemmas("resolve") and token.pos_ == "VERB" and _can_not(token)


def asked_for(token: Token, mods: Modifiers) -> bool:
    """Class: the content of a request or proposal. An event noun in the "for" phrase of a word
    of asking or of a text proposed (with its conjuncts: "for rifles and sanctions"), or a
    compound modifier of such a noun ("sanctions package proposal"), is asked for, not done."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    t = token
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.dep_ == "prep":
        head = lemma(t.head.head)
        # the first "for" object of a word of asking is folded into the REQUEST already (it
        #   lends the request its partners: "called for talks with X"); its conjuncts are not
        #   ("asked for rifles and further sanctions")
        return (t != token and head in mods.lemmas("asked_for", dep="verb")
                or head in mods.lemmas("asked_for", dep="text"))
    steps = 0
    while t.dep_ == "compound" and t.head != t and steps < 3:
        t, steps = t.head, steps + 1
    return steps > 0 and t.pos_ == "NOUN" and lemma(t) in mods.lemmas("asked_for", dep="compound")
