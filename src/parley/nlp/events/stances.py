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

Round 14 adds word senses and weighed acts (closed word classes kept in this module):
**understanding** as a grasp ("a better understanding of the code"), the legal **strike down**,
an **impersonal demand** ("the crisis demands a response"), **harm to oneself** ("shot itself in
the foot"), an **act weighed** as hard or easy ("hard for the governor to veto it"), **justifying
one's own act** ("defended cutting the budget"), a **status predicate** ("the investigation is
ongoing"), and a public's stance held by a passive agent or a relative clause's antecedent.

The word lists are data: lexicon/events_stances.yaml (each word with an invented example).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import lemma
from parley.nlp.syntax import finite_after_infinitive

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
    # round 14: the agent of a passive ("the levy is backed by 60 percent of renters") and the
    # antecedent of a relative subject, through "continue to" ("many residents who will
    # continue to support him") hold the stance as well
    subjects += [o for c in token.children if c.dep_ == "agent" for o in c.children
                 if o.dep_ == "pobj"]
    verb = token.head if token.dep_ == "xcomp" else token
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                    for c in verb.children):
        subjects.append(verb.head)
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


# --- round 14 (uspol14): senses and weighed acts of US political news ---------------------

#: adjectives that make "understanding" a grasp of something ("a better understanding of …")
GRASP_ADJ = word_list(LISTS, "grasp_adj")


def comprehension(token: Token, mods: Modifiers) -> bool:
    """"a better understanding of the tax code", "understanding of how the levy works": the
    noun is a grasp of something, not an agreement ("reached an understanding on" stays)."""
    if lemma(token) != "understanding" or token.pos_ != "NOUN":
        return False
    return any((c.dep_ == "prep" and c.lower_ in ("of", "about"))
               or (c.dep_ == "amod" and (c.lower_ in GRASP_ADJ or c.tag_ == "JJR"))
               for c in token.children)


#: bodies that strike down rules (the legal sense of "strike down")
COURTS = frozenset({"court", "judge", "justice", "panel", "tribunal", "bench", "legislature",
                    "congress", "senate", "house", "voter"})
#: rules a court strikes down
RULES = frozenset({"law", "rule", "ban", "order", "map", "policy", "measure", "regulation",
                   "statute", "provision", "ordinance", "mandate", "requirement", "act",
                   "restriction", "limit", "program", "plan", "tax", "fee", "decision", "ruling",
                   "amendment", "bill", "district"})


def struck_down(token: Token, mods: Modifiers) -> bool:
    """"a judge struck down the voting map", "could strike down the rule": the legal sense of
    "strike down" (a court voids a rule), no attack; "was struck down by a sniper" (a person
    as the passive subject, no court) stays."""
    if lemma(token) != "strike" or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(s) in COURTS for s in subjects) or any(lemma(o) in RULES for o in objects)


#: abstract subjects that "demand" or "require" something: a need, not someone's request
IMPERSONAL = frozenset({"problem", "crisis", "situation", "issue", "moment", "challenge", "task",
                        "job", "case", "circumstance", "matter", "work", "threat", "emergency",
                        "disaster", "occasion", "era", "time"})


def impersonal_demand(token: Token, mods: Modifiers) -> bool:
    """"an issue that demands a joint answer", "the crisis demands action": a thing's
    need, no party requests anything."""
    if lemma(token) not in ("demand", "require", "request", "call") or token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl" and (not subjects or subjects[0].lower_ in ("that", "which")):
        subjects = [token.head]
    return any(lemma(s) in IMPERSONAL for s in subjects)


#: reflexive objects: an act on oneself ("shot itself in the foot") is no clash between parties
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "yourself", "myself",
                        "ourselves", "yourselves", "oneself"})
#: verbs of harm whose reflexive object is an idiom or a self-harm, not an attack on a party
HARM_VERBS = frozenset({"shoot", "hit", "hurt", "harm", "wound", "attack", "injure", "damage",
                        "kill", "stab", "beat", "torpedo", "sabotage"})


def self_harm(token: Token, mods: Modifiers) -> bool:
    """"the company shot itself in the foot", "keeps hurting himself with careless remarks": a
    verb of harm with a reflexive object has no target party."""
    return lemma(token) in HARM_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children)


#: adjectives that weigh how easy an act would be ("hard for X to veto the bill")
#: ("unlikely", "possible" are modes.py's: "unlikely to be agreed" is a negated AGREE)
WEIGHING_ADJ = frozenset({"hard", "difficult", "impossible", "easy", "easier", "harder", "tough",
                          "tougher", "simple", "awkward", "costly"})


def weighed_act(token: Token, mods: Modifiers) -> bool:
    """"makes it hard for the governor to veto the bill", "difficult for the senator to attack
    his rival": an act whose ease is weighed by an adjective is not done."""
    if token.pos_ != "VERB" or token.dep_ not in ("advcl", "xcomp", "ccomp"):
        return False
    head = token.head
    if head.pos_ != "ADJ" or head.lower_ not in WEIGHING_ADJ or not any(
            c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
        return False
    # the weighing frame: "it" as the adjective's subject or a "for" subject of the act
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) or any(
        c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


#: predicates that judge an act in the abstract ("it is vital to …", "a mistake to …")
EVALUATION = word_list(LISTS, "evaluation")
#: verbs that link "it" to such a predicate ("it is", "it seems", "it would remain")
_LINKING = frozenset({"be", "seem", "remain", "appear", "look", "sound", "become"})
#: links climbed from a trigger up to the infinitive that carries it ("to try to shell the town")
_UP_TO_ACT = frozenset({"dobj", "pobj", "prep", "compound", "amod", "xcomp", "pcomp"})


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _judging_predicate(link: Token) -> Token | None:
    """The adjective or noun a linking verb gives its subject ("is vital", "would be a mistake")."""
    return next((c for c in link.children if c.dep_ in ("acomp", "attr", "oprd")), None)


def _told_now(link: Token, act: Token, reporting: frozenset[str]) -> bool:
    """Not a past frame: "it was necessary to evacuate the town" may tell that it was done. A
    past frame reported in the past is the speaker's present ("Kyiv said it was vital to …")
    unless the act carries its own date ("said that it was wrong to expel him last week")."""
    if link.tag_ != "VBD" and not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in link.children):
        return True
    return (link.dep_ == "ccomp" and link.head.tag_ == "VBD" and lemma(link.head) in reporting
            and not any(t.ent_type_ in ("DATE", "TIME") for t in act.subtree))


def _fronted_subject(verb: Token, link: Token) -> bool:
    """"To pardon the rioters would be …", "Expelling more diplomats would be …" parsed with the
    act as a clause before the verb and its object as the subject: the act opens the sentence."""
    first = verb.i - 1 if _infinitive(verb) else verb.i
    return (verb.dep_ == "advcl" and verb.i < link.i and first == verb.sent.start
            and (verb.tag_ == "VBG" or _infinitive(verb)))


def _judged_infinitive(verb: Token, reporting: frozenset[str]) -> bool:
    """The verb is what a present or modal judging frame is about: "it is vital to VERB",
    "it would be a mistake to VERB", "it is wrong for a judge to VERB", "to VERB / VERBing
    would be a betrayal"."""
    words = EVALUATION | WEIGHING_ADJ
    head = verb.head
    if (verb.dep_ == "csubj" and (verb.tag_ == "VBG" or _infinitive(verb))) or _fronted_subject(verb, head):
        pred = _judging_predicate(head) if lemma(head) in _LINKING else None
        return pred is not None and pred.lower_ in words and _told_now(head, verb, reporting)
    if not _infinitive(verb) or verb.dep_ not in ("xcomp", "advcl", "ccomp", "relcl", "acl"):
        return False
    if verb.dep_ in ("relcl", "acl") and head.dep_ == "pobj" and head.head.lower_ == "for":
        pred = head.head.head  # "disqualifying for a candidate to praise …" hung on "candidate"
        link = pred.head if pred.dep_ in ("acomp", "attr", "oprd") else pred
    elif verb.dep_ in ("relcl", "acl"):  # "a mistake to bomb the dams": the noun is the predicate
        pred, link = head, head.head
        if pred.dep_ != "attr":
            return False
    elif lemma(head) in _LINKING:
        pred, link = _judging_predicate(head), head
    elif head.dep_ in ("acomp", "attr", "oprd") and lemma(head.head) in _LINKING:
        pred, link = head, head.head  # "wrong to negotiate" hung on the adjective
    else:  # "it is disqualifying for a judge to …": the parser heads the frame by the participle
        pred, link = head, head
    if (pred is None or (pred.lower_ not in words and lemma(pred) not in words)
            or not _told_now(link, verb, reporting)):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in pred.children):
        return False  # "it was wrong of the army to shell it": the doer's real act judged
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in (*link.children, *pred.children))


def evaluated_act(token: Token, mods: Modifiers) -> bool:
    """Class (round 33): an act judged in the abstract. "It is vital to sanction the firms", "it
    would be a mistake to bomb the dams", "to deport them would be a betrayal": an act told only
    as the subject of a present or modal judging predicate (``evaluation``) is a view of such an
    act, not an act done nor promised by anyone. A past frame ("it was necessary to evacuate the
    town") and a named doer ("wrong of the army to shell it") keep the act."""
    reporting = mods.lemmas("reporting")
    t = token
    for _ in range(5):
        while t.dep_ == "conj" and t.head != t and t.tag_ not in ("VBD", "VBZ", "VBP"):
            t = t.head  # "to arrest and detain", not a finite verb hung on the infinitive
        if t.head != t and _judged_infinitive(t, reporting):  # the tagger reads some infinitives as nouns
            return True
        if t.dep_ not in _UP_TO_ACT or t.head == t:
            return False
        t = t.head
    return False


#: nouns that name what one defends as one's own act, not a party ("defended his decision")
JUSTIFIED = frozenset({"decision", "record", "remark", "comment", "statement", "action", "vote",
                       "choice", "position", "stance", "policy", "handling", "conduct", "response",
                       "tweet", "word", "view", "claim", "behavior", "behaviour"})


def justification(token: Token, mods: Modifiers) -> bool:
    """"was forced to defend cutting the library budget", "defended his decision to close the
    plant": defending an act or a record of one's own is a justification, a statement; defending
    a party ("defended the governor") stays SUPPORT."""
    if lemma(token) != "defend" or token.pos_ != "VERB":
        return False
    return any((c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG")
               or (c.dep_ == "dobj" and lemma(c) in JUSTIFIED) for c in token.children)


#: predicates that tell an investigation's status ("the investigation is ongoing")
#: ("underway" and "open" are left out: "an investigation is underway" reports its opening)
STATUS_PREDICATES = frozenset({"ongoing", "pending", "continuing", "incomplete", "unfinished"})


def status_predicate(token: Token, mods: Modifiers) -> bool:
    """"while the investigation is ongoing", "the probe remains pending": a status noun
    (``status_nouns``) as the subject of a verb of being with a status adjective: no act."""
    if lemma(token) not in STATUS_NOUNS or token.dep_ != "nsubj":
        return False
    # a named investigator ("the OSCE investigation", "the FBI's probe") keeps the act
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.tag_ in ("NNP", "NNPS")
           for c in token.children):
        return False
    verb = token.head
    return lemma(verb) in STATE_VERBS and any(
        c.dep_ in ("acomp", "advmod") and c.lower_ in STATUS_PREDICATES for c in verb.children)


#: verbs of asking someone to act: their to-clause is the request's content
ASKING = frozenset({"call", "urge", "ask", "press", "implore", "appeal", "beg", "tell",
                    "demand", "encourage", "push"})


def requested_content(token: Token, mods: Modifiers) -> bool:
    """"called on the sheriff to stop harassing reporters and apologize": a verb coordinated
    inside the to-clause of a verb of asking is what is asked for, not an act (the parser often
    hangs the second request under the first one's gerund); the REQUEST is the event."""
    if token.pos_ != "VERB" or token.dep_ != "conj" or finite_after_infinitive(token):
        return False
    t, steps = token, 0
    while t.dep_ in ("conj", "xcomp") and t.head != t and steps < 4:
        if t.dep_ == "xcomp" and lemma(t.head) in ASKING and any(
                c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
            return True
        t, steps = t.head, steps + 1
    return False


#: what one launches as a candidate: a run for office, not an act on anyone
CANDIDACY = frozenset({"bid", "candidacy", "campaign", "run", "candidature", "reelection",
                       "re-election", "challenge"})


def candidacy_launched(token: Token, mods: Modifiers) -> bool:
    """"launched his bid for governor", "is launching a Senate campaign": a candidacy opened,
    no act on a party ("launched an offensive", "launched a campaign of air strikes" stay:
    a campaign "of" acts is the acts)."""
    if lemma(token) != "launch":
        return False
    for c in token.children:
        if c.dep_ != "dobj" or lemma(c) not in CANDIDACY:
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children):
            return True
    return False
