"""Stances and non-event senses: a trigger verb that tells a position held or a level reached.

US political news states positions far more often than it reports acts. Classes:

- **a public's stance** ("most voters support the levy", "many economists oppose the tariff",
  "52 percent back the plan"): a verb of a position (``stance_verbs``) whose subject is a holder
  of opinions (``opinion_holder``) or a share of people is an opinion, not an act of a party
  (PLOVER codes a government's "is opposed to mediation" as REJECT: that stays);
- **disagreeing** with no party named ("farmers disagree on which subsidy works best"): a
  difference of opinion, not an accusation;
- **a level reached** ("the debt hit $3 billion", "turnout hit a record high"): a verb of
  reaching (``level_verbs``) with an amount or a record as its object;
- **backing off** ("backed off his pledge", ``retreat_particles``): a retreat, not SUPPORT;
- **guests welcomed** ("welcomed guests at the mansion", ``hosted_people``): hospitality;
- **a stance on a view** ("backed the idea of a cheaper ticket", ``held_views``);
- **control of a legislature** ("take control of the Senate", ``legislatures``): an election
  result; **seizing on an idea** ("seized on the plan as an issue", ``exploiting_preps``);
- **refusing words** ("refuses to use the term X", ``wording``): a stance on language;
- **a status** ("is still under investigation", ``status_nouns``): no agent, no act;
- **a state one is left in** ("the county was left carrying a heavy pension bill") and **a point
  hammered home** (``emphasis_verbs``): no act on anyone;
- **fighting for a cause** ("fight for the middle class", ``causes``) and **cracking down on a
  policy's object** ("crack down on tax loopholes", ``policy_targets``): campaign talk.

The word lists are data: lexicon/events_stances.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma

LISTS = "events_stances.yaml"
LEVEL_VERBS = word_list(LISTS, "level_verbs")
RETREAT_PARTICLES = word_list(LISTS, "retreat_particles")
HOSTED_PEOPLE = word_list(LISTS, "hosted_people")
STANCE_VERBS = word_list(LISTS, "stance_verbs")
HELD_VIEWS = word_list(LISTS, "held_views")
CAUSES = word_list(LISTS, "causes")
POLICY_TARGETS = word_list(LISTS, "policy_targets")
LEGISLATURES = word_list(LISTS, "legislatures")
EXPLOITING_PREPS = word_list(LISTS, "exploiting_preps")
WORDING = word_list(LISTS, "wording")
STATUS_NOUNS = word_list(LISTS, "status_nouns")
EMPHASIS_VERBS = word_list(LISTS, "emphasis_verbs")
#: verbs of being in a state ("is/remains under investigation")
STATE_VERBS = frozenset({"be", "remain", "stay", "continue", "sit"})
#: verbs of saying or using words ("refuses to say the word", "refusal to use the term")
SPEAKING = frozenset({"say", "use", "utter", "name", "call", "mention", "pronounce", "speak"})
#: verbs that win or keep control of a body at the polls ("seize" is left to force)
WINNING = frozenset({"take", "win", "gain", "regain", "retake", "keep", "retain", "lose"})
#: verbs of fighting that take a cause with "for"
FIGHTING = frozenset({"fight", "battle", "struggle"})
#: prepositions that name a foe ("fight against the rebels", "fight with the police")
FOE_PREPS = frozenset({"against", "with"})

AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: nouns naming a level itself ("hit a record", "reached a new high")
LEVEL_NOUNS = frozenset({"record", "high", "low", "peak", "level", "mark", "percent",
                         "ceiling", "threshold", "milestone", "point"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


def _amount(t: Token) -> bool:
    return t.ent_type_ in AMOUNT_ENTS or t.like_num or t.lower_ in LEVEL_NOUNS


def level_reached(token: Token, mods: Modifiers) -> bool:
    """"the debt hit $3 billion", "turnout hit a record high": a verb of reaching whose object
    is an amount or a level."""
    if lemma(token) not in LEVEL_VERBS or token.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "dobj" and _amount(c) for c in token.children)


def backed_off(token: Token, mods: Modifiers) -> bool:
    """"backed off his pledge", "backed away from the plan": retreat, not support."""
    return lemma(token) == "back" and any(
        c.dep_ in ("prt", "advmod", "prep") and c.i == token.i + 1 and c.lower_ in RETREAT_PARTICLES
        for c in token.children)


def guests_welcomed(token: Token, mods: Modifiers) -> bool:
    """"welcomed guests at the mansion": the object is people received as a host."""
    return lemma(token) == "welcome" and any(
        c.dep_ == "dobj" and lemma(c) in HOSTED_PEOPLE for c in token.children)


def _share_of_people(subj: Token, holders: frozenset[str]) -> bool:
    """"most voters", "many Americans", "52 percent (of voters)", "a majority"."""
    words = {lemma(subj), subj.lower_}
    words |= {lemma(c) for c in subj.children if c.dep_ in ("amod", "det", "nummod", "quantmod")}
    return bool(words & holders) or subj.ent_type_ == "PERCENT" or subj.lower_ == "percent"


def public_stance(token: Token, mods: Modifiers) -> bool:
    """"most voters support the levy", "many economists oppose the tariff": a stance verb
    said by a public or a poll share."""
    if lemma(token) not in STANCE_VERBS or token.pos_ != "VERB":
        return False
    holders = mods.lemmas("opinion_holder")
    subjects = [c for c in token.children if c.dep_ in SUBJ_DEPS]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ in SUBJ_DEPS]
    return any(_share_of_people(s, holders) for s in subjects)


def disagreement(token: Token, mods: Modifiers) -> bool:
    """"farmers disagree on which subsidy works best": no party disagreed with."""
    return lemma(token) == "disagree" and token.pos_ == "VERB" and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def view_held(token: Token, mods: Modifiers) -> bool:
    """"backed the idea of a cheaper ticket", "lower fares are something we support": a
    stance verb whose object is a view (or an indefinite pronoun its relative clause
    describes)."""
    if lemma(token) not in STANCE_VERBS:
        return False
    if token.dep_ == "relcl" and lemma(token.head) in HELD_VIEWS:
        return True
    return any(c.dep_ == "dobj" and lemma(c) in HELD_VIEWS for c in token.children)


def control_won(token: Token, mods: Modifiers) -> bool:
    """"take control of the Senate": winning a legislature, not a seizure."""
    if lemma(token) not in WINNING:
        return False
    return any(c.dep_ == "dobj" and lemma(c) == "control" and any(
        lemma(o) in LEGISLATURES for o in _pobjs(c, frozenset({"of"})))
        for c in token.children) or any(
        lemma(o) in LEGISLATURES for o in _pobjs(token, frozenset({"of"})))


def seized_on(token: Token, mods: Modifiers) -> bool:
    """"seized on the tax plan as a campaign issue": exploiting an idea, no object taken."""
    return lemma(token) == "seize" and not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ in EXPLOITING_PREPS for c in token.children)


#: verbs of vowing: "vowed to fight for the middle class" is as much campaign talk
VOWING = frozenset({"vow", "swear", "pledge", "promise"})


def fight_for_cause(token: Token, mods: Modifiers) -> bool:
    """"fight for the middle class", "vowed to fight for working families": fighting for a
    cause, with no object and no foe (and a vow to do so)."""
    if lemma(token) in VOWING:
        return any(c.dep_ == "xcomp" and fight_for_cause(c, mods) for c in token.children)
    if lemma(token) not in FIGHTING or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" for c in token.children) or _pobjs(token, FOE_PREPS):
        return False
    return any(lemma(o) in CAUSES for o in _pobjs(token, frozenset({"for"})))


def policy_crackdown(token: Token, mods: Modifiers) -> bool:
    """"crack down on tax loopholes": the object of the crackdown is a policy's object."""
    if lemma(token) not in ("crack", "crackdown"):
        return False
    return any(lemma(o) in POLICY_TARGETS for o in _pobjs(token, frozenset({"on"})))


def wording_refused(token: Token, mods: Modifiers) -> bool:
    """"refuses to use the words 'climate crisis'", "his refusal to say the word 'tax'"."""
    if lemma(token) not in ("refuse", "refusal"):
        return False
    # read off word order too: a headline's capitals often break the parse ("His Refusal To
    # Use The Words …")
    doc, i = token.doc, token.i
    if i + 2 < len(doc) and doc[i + 1].lower_ == "to" and doc[i + 2].lower_ in SPEAKING and any(
            lemma(w) in WORDING or w.lower_.rstrip("s") in WORDING for w in doc[i + 3:i + 6]):
        return True
    return any(c.dep_ in ("xcomp", "acl") and lemma(c) in SPEAKING
               and any(lemma(w) in WORDING for w in c.subtree) for c in token.children)


def under_status(token: Token, mods: Modifiers) -> bool:
    """"is still under investigation": a state after "under" with no agent ("by …") held by a
    verb of being; "was put under investigation" is the act of opening one."""
    if lemma(token) not in STATUS_NOUNS or token.dep_ != "pobj" or token.head.lower_ != "under":
        return False
    # "was put/placed under investigation" is the act of opening it (PLOVER INVESTIGATE)
    if lemma(token.head.head) not in STATE_VERBS:
        return False
    holders = (token, token.head.head)
    return not any(c.dep_ in ("prep", "agent") and c.lower_ == "by"
                   for h in holders for c in h.children)


def left_in_state(token: Token, mods: Modifiers) -> bool:
    """"the county was left carrying a pension bill", "was left with a budget gap": the
    state one ends in, not an act of leaving or a sanction."""
    if lemma(token) != "leave" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any((c.dep_ == "xcomp" and c.tag_ == "VBG") or (c.dep_ == "prep" and c.lower_ == "with")
               for c in token.children)


def hammered_home(token: Token, mods: Modifiers) -> bool:
    """"hammered home her message", "the plan is hammered home to renters": emphasis."""
    verb = token
    if lemma(verb) not in EMPHASIS_VERBS and token.dep_ in ("nsubjpass", "nsubj", "dobj"):
        verb = token.head
    return lemma(verb) in EMPHASIS_VERBS and any(
        c.lower_ == "home" and c.dep_ in ("advmod", "prt", "npadvmod", "dobj") for c in verb.children)
