"""Topics of talks keep no party (round 20).

A consultation names what it is about in a topic phrase: a preposition of aboutness on the
trigger or on its partner ("spoke with X **on** the need to arm Y", "talks **about** sanctions
on Z", "talking to allies **over** deliveries to Y"), the object of a verb of discussing
("discussed aid to Y"), or the purpose clause of a meeting ("a summit **to discuss** Y's
application", "met to discuss Y's request"). An actor named only inside such a phrase is the
topic's (a beneficiary, an object of the act discussed), never a party of the talk, so the
earlier steps that read it from a role preposition, a possessor or a demonym are undone here.
The class is the aboutness relation of communication predicates (TimeML's REPORTING and
I_ACTION talk verbs, CAMEO 04 "consult": the parties meet, the topic is a complement).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.nlp.events.args import DISCUSSING, Arguments
from parley.nlp.events.match import Candidate, coarse_pos, lemma, pobjs, preps_of
from parley.nlp.extensions import actors_by_id

#: prepositions of aboutness: their object is what the talk is about
ABOUT = frozenset({"on", "about", "over", "regarding", "concerning"})
#: prepositions that name the partner of a talk ("talks with X", "spoke to X")
PARTNER = frozenset({"with", "to"})
#: phrases of the discussed act that the parser hangs on the verb of discussing ("discussed aid
#: **to** Y", "discussed funds **for** Y"): part of the topic, never a partner
DISCUSSED_PREPS = frozenset({"to", "for", "against"})
#: the preposition of a talk's partner, wherever the parser hangs it
WITH = frozenset({"with"})
#: "met on the sidelines/margins of the summit": a venue, not a topic
VENUE_NOUNS = frozenset({"sideline", "margin", "phone"})
#: clauses that carry the purpose of a meeting ("a summit to discuss …", "met to discuss …")
PURPOSE_DEPS = frozenset({"acl", "advcl", "xcomp", "relcl"})


def _about_phrases(host: Token) -> list[Token]:
    """Objects of the aboutness prepositions on ``host``, venues left out."""
    return [o for p in preps_of(host, ABOUT) for o in pobjs(p) if lemma(o) not in VENUE_NOUNS]


def _discussed(verb: Token) -> list[Token]:
    """What a verb of discussing is about: its object, its aboutness phrases and the phrases
    of the discussed act the parser hangs on it."""
    return ([c for c in verb.children if c.dep_ == "dobj"] + _about_phrases(verb)
            + [o for p in preps_of(verb, DISCUSSED_PREPS) for o in pobjs(p)])


def topic_heads(cand: Candidate) -> list[Token]:
    """Heads of the phrases that tell what a talk is about."""
    head = cand.head
    hosts = [head]
    if coarse_pos(head) == "NOUN" and head.dep_ == "dobj":  # "held talks on X"
        hosts.append(head.head)
    elif coarse_pos(head) == "VERB" and lemma(head) not in DISCUSSING:  # "X held talks on Y"
        hosts += [c for c in head.children if c.dep_ == "dobj"]
    hosts += [o for h in list(hosts) for p in preps_of(h, PARTNER) for o in pobjs(p)]
    out = [o for h in hosts for o in _about_phrases(h)]
    if lemma(head) in DISCUSSING:
        out += _discussed(head)
    for h in hosts:
        out += [o for c in h.children if c.dep_ in PURPOSE_DEPS and lemma(c) in DISCUSSING
                for o in _discussed(c)]
    return out


def _hung_partners(cand: Candidate) -> set[int]:
    """Tokens of a partner phrase the parser hung inside the topic ("discussed the remarks made
    by X **with** Y", "discussed gas supplies with Y"): the partner stays a party."""
    partners = [o for t in cand.head.sent if t.dep_ == "prep" and t.lower_ in WITH for o in pobjs(t)]
    own_topics = {t.i for o in partners for a in _about_phrases(o) for t in a.subtree}
    return {t.i for o in partners for t in o.subtree} - own_topics


def _in_topic(doc: Doc, actor_id: str, cand: Candidate, inside: set[int]) -> bool:
    """Whether every mention of the actor in the trigger's sentence lies inside a topic."""
    actor = actors_by_id(doc).get(actor_id)
    if actor is None:
        return False
    sent = cand.head.sent
    starts = []
    for m in actor.mentions:
        if sent.start_char <= m.start < sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                starts.append(span.root.i)
    return bool(starts) and all(i in inside for i in starts)


def drop_topics(doc: Doc, cand: Candidate, args: Arguments) -> Arguments:
    """A talk's slots without the actors named only in what it is about."""
    if cand.entry.event != "CONSULT" and lemma(cand.head) not in DISCUSSING:
        return args
    inside = {t.i for h in topic_heads(cand) for t in h.subtree} - _hung_partners(cand)
    if not inside:
        return args
    args.actor = [a for a in args.actor if not _in_topic(doc, a, cand, inside)]
    args.recipient = [a for a in args.recipient if not _in_topic(doc, a, cand, inside)]
    return args
