"""The doer of a casualty told in the passive (round 21): named on the cause, not the verb.

Casualty headlines put the victims first and the verb in the passive or as a bare participle
("<N> soldiers killed by Ruritanian shelling", "a guard wounded in a Freedonian drone attack",
"two killed as Ruritanian bombardment intensifies"). The doer is then no subject: it is the
demonym or possessive on the *cause* noun, an attack noun in the verb's agent or adjunct phrase
(by, in, after, amid, during, following, from, under) or the subject of its "as"/"after"
clause. spaCy often breaks such phrases (the demonym read as the object of "by", the attack
noun as the root), so, like ``nominal_agents.left_agents``, the phrase is read on the surface:
the first event noun after the preposition, and the demonym or possessive right before it.

Only for a verb without an active subject (passive, participle) and an empty source slot;
a demonym on a non-event noun ("killed in a Ruritanian town") names a place, not a doer.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley import ontology
from parley.nlp.countries import countries
from parley.nlp.events.args import Arguments, actors_for, demonym_state, place_state
from parley.nlp.events.lexicon import TriggerLexicon
from parley.nlp.events.match import Candidate, coarse_pos, preps_of
from parley.nlp.events.nominal_agents import event_word, left_agents, maker_follows

#: prepositions that open the cause of a casualty (the passive agent and adjuncts of cause)
CAUSE_PREPS = frozenset({"by", "in", "after", "amid", "during", "following", "from", "under"})
#: markers of a clause that gives the cause alongside ("as <attack> intensifies")
CAUSE_MARKS = frozenset({"as", "after", "while"})
#: how many words after the preposition the attack noun may stand
SPAN = 5


def _active_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "csubj") for c in verb.children) and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _first_event_noun(doc: Doc, prep: Token, lexicon: TriggerLexicon) -> Token | None:
    """The first event noun of the phrase the preposition opens, on the surface."""
    for t in doc[prep.i + 1:min(prep.i + 1 + SPAN, prep.sent.end)]:
        if t.is_punct or (t.pos_ in ("ADP", "SCONJ", "CCONJ") and t.tag_ != "POS"):
            return None
        if t.pos_ != "PROPN" and event_word(t.text, lexicon):
            return t
    return None


def cause_nouns(doc: Doc, verb: Token, lexicon: TriggerLexicon) -> list[Token]:
    """Attack nouns the casualty verb names as its cause: in its agent or adjunct phrases, or
    as the subject of its "as"/"after" clause."""
    out = [n for p in preps_of(verb, CAUSE_PREPS)
           if (n := _first_event_noun(doc, p, lexicon)) is not None]
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in clause.children):
            out += [s for s in clause.children if s.dep_ == "nsubj" and event_word(s.text, lexicon)]
    return out


def _premodifier_states(doc: Doc, noun: Token) -> list[str]:
    """States of the demonyms in the cause phrase before the attack noun, over other nouns
    the surface reading stops at ("Ruritanian convoy shelling", "Freedonian border guard
    fire"); read on the surface, as the parser often breaks such a phrase."""
    out: list[str] = []
    start = noun.i
    while start > noun.sent.start and doc[start - 1].pos_ not in ("ADP", "VERB", "PUNCT"):
        start -= 1
    for t in doc[start:noun.i]:
        code = countries().by_demonym.get(t.text)
        if not code or not t.text[:1].isupper() or maker_follows(doc, t):
            continue
        state = demonym_state(doc, t) or place_state(doc, code)
        if state is not None and state.id not in out:
            out.append(state.id)
    return out


def cause_agents(doc: Doc, cand: Candidate, args: Arguments, lexicon: TriggerLexicon) -> None:
    """Fill an empty source of a passive or participial casualty verb with the doer named on
    its cause: a demonym or possessive before the attack noun, or the attack's own "by"
    object ("killed in shelling by Ruritanian forces")."""
    verb = cand.head
    if args.actor or ontology.quad(cand.entry.event) != 4 or coarse_pos(verb) != "VERB":
        return
    if _active_subject(verb):
        return
    found: list[str] = []
    for noun in cause_nouns(doc, verb, lexicon):
        ids, _ = left_agents(doc, noun)
        ids = ids or _premodifier_states(doc, noun)
        ids += actors_for(doc, [o for p in preps_of(noun, frozenset({"by"}))
                                for o in p.children if o.dep_ == "pobj"])
        found += [a for a in ids if a not in found and a not in args.recipient]
    args.actor = found
