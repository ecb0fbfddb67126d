"""Trigger senses that need a party where the sentence gives something else (round 17).

A PLOVER sense of a word asks for participants of a kind: a party (person, group, organisation
or state) that is let act, a party one agrees with on something, a state or body that refuses a
proposal. US political news uses the same words with other participants (held-out 10-14,
class FP-SENSE / non-event sense). Classes, each decided by the kind of an argument:

- **enabling, not a concession** (CONCEDE "allow"): the one let is not let act but brought to a
  state of mind or a change ("allowed the council to believe the fund was solvent", "let the
  gang grow into a cartel": ``minds``), the one let is a thing ("allowing the dispute to be
  settled under friendlier law": the clause's subject names no party), or the causer is a
  situation told by a demonstrative pronoun ("this allows landlords to skip the fee");
- **concurrence, not an accord** (AGREE "agree with X" with no content: no "on"/"to"/"over"
  phrase, no clause, no object): sharing someone's view ("mostly agreed with the pundit",
  "farmers do not agree with the governor"); two states agreeing stay AGREE ("Kenya agreed
  with Uganda"), so does any agreement with content ("agreed with Ankara on the terms");
- **a personal stance** (REJECT "oppose" with a proposal as its object): a person, or nobody
  named as a state or an organisation, opposing a bill, a deal or a war states a position
  ("she opposes the stadium bond", "ranchers have opposed the grazing measure"); a state or
  organisation refusing a proposal stays REJECT ("Belarus opposes the resolution"), and so does
  a participle telling how an act was done ("filed a brief opposing the merger").

Round 18 adds the counterpart of a meeting or a talk (CONSULT "meet", "talk", "speak", "reach
out"): **a private encounter** with one's own relative ("met his wife on a ferry", ``kin``, only
after a possessive: "met with families of the hostages" stays) and **a public addressed** in a
campaign ("reached out to young voters", "talked to the crowd", ``publics``): no talks between
parties. Meetings with officials, refugees or management stay CONSULT.

The word list is data: lexicon/events_participant_kinds.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import (
    OFFICIAL_SECTORS,
    antecedent,
    complements,
    lemma,
    names_party,
    pobjs,
    preps_of,
    subjects,
    with_conjuncts,
)
from parley.nlp.extensions import actor_at

LISTS = "events_participant_kinds.yaml"
#: verbs of a state of mind or a change of state: what one is let think or become
MINDS = word_list(LISTS, "minds")
#: one's own relatives met or talked to ("met his wife"): a private encounter
KIN = word_list(LISTS, "kin")
#: an electorate or an audience reached out or spoken to: campaigning, not talks
PUBLICS = word_list(LISTS, "publics")
#: verbs of meeting and talking whose CONSULT sense needs a party as counterpart
MEETING = frozenset({"meet", "talk", "speak", "reach"})
#: prepositions that name the counterpart of a meeting or a talk
COUNTERPART_PREPS = frozenset({"with", "to"})
#: verbs of letting whose CONCEDE sense needs a party let act
LETTING = frozenset({"allow", "permit", "let", "enable"})
#: prepositions and clause kinds that give an agreement its content
CONTENT_PREPS = frozenset({"on", "to", "over", "about", "upon", "in"})
CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
#: actor kinds that refuse proposals as bodies (a REJECT), not as holders of opinions
BODY_KINDS = frozenset({"state", "organization", "organisation"})
BODY_ENTS = frozenset({"GPE", "NORP", "ORG"})
#: pronouns that may stand for a state or a body ("it opposes", "they opposed")
BODY_PRONOUNS = frozenset({"it", "they", "which"})


def acts_for_body(token: Token) -> bool:
    """A state or an organisation, or a person holding office for one ("the Turkish president
    opposes the deal" is a state's refusal, not a private opinion)."""
    if token.lower_ in BODY_PRONOUNS or token.ent_type_ in BODY_ENTS:
        return True
    actor = actor_at(token.doc, token.idx, token.idx + len(token.text))
    if actor is None:
        return False
    return actor.kind in BODY_KINDS or (
        actor.kind == "person" and actor.sector in OFFICIAL_SECTORS and bool(actor.country))


def enabled_state(token: Token, mods: Modifiers) -> bool:
    """"allowed the council to believe the fund was solvent", "allowing the dispute to be
    settled elsewhere", "this allows landlords to skip the fee": letting with no party let act,
    or a situation letting."""
    if lemma(token) not in LETTING or token.pos_ != "VERB":
        return False
    subj = subjects(token)
    if subj and all(s.pos_ == "PRON" and s.tag_ == "DT" for s in subj):
        return True  # "this allows …", "that let …": a situation is the causer
    for clause in complements(token):
        if lemma(clause) in MINDS:
            return True
        # a thing let undergo an act ("allowing the dispute to be settled"); a thing let move
        # ("allowed aid trucks to enter the city") is an access granted, a concession
        let = [c for c in clause.children if c.dep_ == "nsubjpass"]
        if let and not any(names_party(x) for x in with_conjuncts(let)):
            return True
    return False


def concurrence(token: Token, mods: Modifiers) -> bool:
    """"mostly agreed with the pundit", "do not agree with the governor": agreeing with
    someone and nothing agreed on is sharing a view; neither side may be a state."""
    if lemma(token) != "agree" or token.pos_ != "VERB":
        return False
    partners = [o for p in preps_of(token, frozenset({"with"})) for o in p.children
                if o.dep_ == "pobj"]
    if not partners or preps_of(token, CONTENT_PREPS):
        return False
    if any(c.dep_ in CONTENT_DEPS for c in token.children):
        return False
    sides = with_conjuncts(partners) + with_conjuncts(subjects(token))
    return not any(acts_for_body(s) for s in sides)


def personal_stance(token: Token, mods: Modifiers) -> bool:
    """"she opposes the stadium bond", "ranchers have opposed the grazing measure": a
    proposal opposed by no state or organisation is a position held, not a refusal."""
    if lemma(token) != "oppose" or token.pos_ != "VERB" or token.tag_ == "VBG":
        return False
    objs = [c for c in token.children if c.dep_ == "dobj"]
    if not objs or any(names_party(o) for o in objs):
        return False
    subj = [antecedent(s) for s in with_conjuncts(subjects(token))]
    if not subj:
        return False
    return not any(acts_for_body(s) for s in subj)


def _counterparts(token: Token) -> list[Token]:
    """Who is met or talked to: the object, or the object of "with"/"to"."""
    found = [c for c in token.children if c.dep_ == "dobj"]
    found += [o for p in preps_of(token, COUNTERPART_PREPS) for o in pobjs(p)]
    return with_conjuncts(found)


def own_relative(t: Token) -> bool:
    """One's own relative, after a possessive pronoun ("his wife", "her brother")."""
    return lemma(t) in KIN and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)


#: personal pronouns as the other party of an act inside a family ("her brother helped her")
_PERSONAL = frozenset({"her", "him", "them", "me", "us"})


def within_family(token: Token, mods: Modifiers) -> bool:
    """Round 37: an act of one's own relative on a person named only by a pronoun ("her
    brother helped her rebuild the barn", "his wife urged him to rest"): a private matter
    inside a family, no act between parties. Not a relative named by the person's name
    ("the senator's wife urged voters …")."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    others = [c for c in token.children if c.dep_ in ("dobj", "dative")] + [
        s for c in token.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return bool(subjects) and all(own_relative(s) for s in subjects) and bool(others) and all(
        o.lower_ in _PERSONAL for o in others)


def private_or_public_counterpart(token: Token, mods: Modifiers) -> bool:
    """"met his wife on a ferry", "reached out to young voters", "talked to the crowd": a
    meeting or a talk whose counterparts are all one's own relatives or a public addressed."""
    if lemma(token) not in MEETING or token.pos_ != "VERB":
        return False
    others = _counterparts(token)
    return bool(others) and all(own_relative(o) or lemma(o) in PUBLICS for o in others)
