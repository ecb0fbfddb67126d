"""parley_events: PLOVER events from the parse, with arguments, modes, place, date, evidence.

``__call__`` = ``match`` (trigger candidates, one per real event: triggers embedded in another
trigger's complement are merged into it) then ``set_annotations`` (arguments, modes, place,
date, context, confidence, then event coreference across the article → ``doc._.parley_events``
and ``doc._.parley_event_mentions``). Lexicons are compiled once per pipeline.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley import ontology
from parley.lexicon import word_list
from parley.nlp.events.abstract_patients import abstract_patient
from parley.nlp.events.args import (
    DISCUSSING,
    LAND_TAKING,
    REACTING,
    REPELLING,
    Arguments,
    actors_for,
    noun_arguments,
    orphan_subjects,
    reason_gerund,
    resolve,
    responder,
    subject_of,
    verb_arguments,
)
from parley.nlp.events.cameo_dictionary import DICTIONARY_FILE, load_tier
from parley.nlp.events.coref import Mention, corefer, definite
from parley.nlp.events.counterparts import (
    CALL,
    call_parties,
    complete_parties,
    find_calls,
    find_conversations,
    front_sides,
    no_meeting,
)
from parley.nlp.events.credited import credited_doers
from parley.nlp.events.frames import (
    background_frame,
    dead_after,
    not_an_event,
    stance_content,
    targeted,
)
from parley.nlp.events.gatherings import gathering_members
from parley.nlp.events.generic_meetings import generic_meeting
from parley.nlp.events.handing import HANDING
from parley.nlp.events.joined_to_fight import joined_to_fight
from parley.nlp.events.joint_work import find_joint_work
from parley.nlp.events.lexicon import (
    MODIFIERS_FILE,
    TRIGGERS_FILE,
    Modifiers,
    Trigger,
    TriggerLexicon,
    load_modifiers,
    load_triggers,
)
from parley.nlp.events.match import (
    LEXICON_KEY,
    MUNITIONS,
    Candidate,
    actor_kind,
    coarse_pos,
    controlled_passive,
    copula_of,
    find_demands,
    find_refusals,
    find_triggers,
    is_passive,
    judged_noun,
    lemma,
    named_agent,
    negated_word,
    pobjs,
    predicate_copula,
    preps_of,
)
from parley.nlp.events.modes import Modes, claimed_by, clause_verb, detect, reclassify
from parley.nlp.events.moved_forces import moved_not_targeted
from parley.nlp.events.named_meetings import meeting_with_sides, reported_meeting
from parley.nlp.events.participants import complete
from parley.nlp.events.scoring import SCORER_FILE, Scorer, features, is_headline, load_scorer
from parley.nlp.events.sequel_calls import occasion_clause, occasion_meeting, sequel_call, sequel_meeting
from parley.nlp.events.topics import drop_topics
from parley.nlp.events.trip_purposes import names_own_sides, occasion_trip
from parley.nlp.events.where import (
    earlier_cue,
    event_contexts,
    event_date,
    event_historical,
    event_place,
    own_place,
    place_precision,
)
from parley.nlp.extensions import actor_at, actors_by_id, doc_text
from parley.nlp.places import dateline_place
from parley.nlp.syntax import to_clause
from parley.schema import Actor, Event, Place
from parley.schema import Span as TextSpan

ABSORB_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "agent", "acomp", "attr",
                         "oprd", "dative", "compound", "amod", "nmod", "pcomp", "acl",
                         "nsubjpass", "poss"})


# a dictionary-tier verb coordinated with or elaborating another event ("rioted, setting fire
# to mattresses", "arranged a ceasefire and held elections") is part of it, not a new event
TIER_ABSORB_DEPS = frozenset({"conj", "advcl"})


OUTCOME_DEPS = frozenset({"advcl", "conj", "oprd", "acomp", "xcomp", "ccomp", "acl", "dobj"})


def _named_body(token: Token) -> bool:
    """Round 34: a word of a state's or an intergovernmental body's name ("the Arab League"),
    not the storm, disease or sports team the word names alone ("the league suspended him")."""
    return actor_kind(token) in ("igo", "state")


def _outcome_of(token: Token) -> list[Token]:
    """The clauses a casualty word is the outcome of, with their subjects ("the ferry
    capsized, killing twelve", "a storm swept the coast, leaving twelve people injured"): up
    to four steps, so an accident verb or a natural cause there marks the toll as no political
    event."""
    out: list[Token] = []
    t = token
    for _ in range(4):
        if t.dep_ not in OUTCOME_DEPS or t.head == t:
            break
        t = t.head
        if coarse_pos(t) == "VERB":
            out += [t] + [c for c in t.children if c.dep_ == "nsubj"]
    return out


def _purpose(token: Token) -> bool:
    """An adverbial to-clause of purpose ("blocked roads to demand reforms")."""
    return token.dep_ == "advcl" and to_clause(token)


def _predicate_candidate(noun: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """A subject noun whose predicate is a passive trigger ("a ceasefire was unlikely to be
    agreed"): the noun is that trigger's theme."""
    stack = [c for c in noun.head.children if c.dep_ in ("acomp", "xcomp")]
    while stack:
        t = stack.pop()
        if t.i in by_token and any(c.dep_ == "auxpass" for c in t.children):
            return by_token[t.i]
        stack += [c for c in t.children if c.dep_ in ("acomp", "xcomp")]
    return None


CONDITIONAL = frozenset({"if", "unless"})


def _condition(token: Token) -> bool:
    """A conditional clause ("… unless Baghdad accepted its conditions"): a condition on the
    governing event, not an event of its own."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in token.children)


def background_nominal(token: Token, background: frozenset[str]) -> bool:
    """A noun inside a background phrase ("following a government offensive", "despite hours of
    negotiations") or a relative clause: a mention of another event, not the news itself."""
    t = token
    for _ in range(12):
        if t.dep_ == "pobj" and t.head.lower_ in background:
            return True
        if t.dep_ == "relcl" or t.head == t:
            return t.dep_ == "relcl"
        t = t.head
    return False


SIMULTANEOUS = frozenset({"during"})


def _same_occasion(cand: Candidate, pobj: Token, by_token: dict[int, Candidate]) -> bool:
    """"discussed prices during a meeting with Macron": a reciprocal act told as happening
    during a reciprocal event of its own type is that event, not its background."""
    host = by_token.get(pobj.head.head.i)
    return (pobj.head.lower_ in SIMULTANEOUS and host is not None and host.entry.reciprocal
            and cand.entry.reciprocal and host.entry.event == cand.entry.event)


OCCASION = frozenset({"in", "during", "at"})


def _occasion(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """"thanked Britain in a meeting with US senators": a reciprocal event named as the occasion
    of an act of another type is an event of its own, not part of that act."""
    t = cand.head
    if not cand.entry.reciprocal or t.dep_ != "pobj" or t.head.lower_ not in OCCASION:
        return False
    host = _host(t.head.head, by_token)
    return host is not None and host.entry.event != cand.entry.event and not host.entry.reciprocal


def _host(h: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The trigger whose clause a phrase attaches to: the word itself, or the trigger governing
    it through a to-clause ("vowed to impose costs in a call with …": the call is the
    occasion of the vow, attached by the parser to "impose")."""
    for _ in range(3):
        if h.i in by_token:
            return by_token[h.i]
        if h.dep_ != "xcomp" or h.head == h:
            return None
        h = h.head
    return None


#: prepositions of a time adjunct: what they hold is no content of a predicate noun
TIME_ADJUNCTS = frozenset({"after", "before", "since", "during", "following", "amid"})


def governing_candidate(cand: Candidate, by_token: dict[int, Candidate],
                        background: frozenset[str] = frozenset()) -> Candidate | None:
    """The nearest other trigger whose complement, object, modifier or condition contains
    this one."""
    t = cand.head
    if _occasion(cand, by_token):
        return None
    if t.dep_ == "nsubj" and t.head.i not in by_token:
        pred = _predicate_candidate(t, by_token)
        if pred is not None:
            return pred
    if reason_allegation(cand):
        return None
    tier = cand.entry.tier != "curated"
    for _ in range(10):
        if t.head == t or not (t.dep_ in ABSORB_DEPS or _purpose(t) or _condition(t)
                               or shared_infinitive(t)
                               or (tier and t.dep_ in TIER_ABSORB_DEPS)):
            return None
        if t.dep_ == "pobj" and t.head.lower_ in background and not _same_occasion(cand, t, by_token):
            return None
        t = t.head
        other = by_token.get(t.i)
        if other is not None and other.entry.assessed and cand.head.i > t.i \
                and any(p.dep_ == "prep" and p.head == t and p.lower_ in TIME_ADJUNCTS
                        for p in cand.head.ancestors):
            return None  # round 14, 'X is "a butcher" after speaking with Y': a time adjunct
        if other is not None and other != cand:
            return other
    return None


def reason_allegation(cand: Candidate) -> bool:
    """Class (round 18): an accusation told as the reason of another act ("apologize for
    accusing him of fraud", "was criticised for suggesting the judge took bribes"): the
    gerund after "for" is an earlier act of its own by the one apologising or criticised, not
    part of the apology or the criticism."""
    return cand.entry.event == "ACCUSE" and reason_gerund(cand.head)


def shared_infinitive(t: Token) -> bool:
    """Class (round 11): the second verb of a to-clause. "called on the mayor to resign and
    apologize", "urged Kyiv to stop the shelling and negotiate": a bare infinitive with no
    subject of its own, coordinated with a to-clause verb, completes the same governing
    trigger (the request, the promise) and is no act of its own. Only under a to-clause: in
    "warned that X would invade and annex Y" each verb of the finite clause is an act."""
    return (t.dep_ == "conj" and t.tag_ == "VB" and t.head.dep_ in ("xcomp", "ccomp")
            and t.head.tag_ in ("VB", "VBG") and to_clause(t.head)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children))


REACTIONS = frozenset({"ACCUSE", "SUPPORT"})
REACTION_MODES = frozenset({"disapprove", None})
#: round 67: verbal acts aimed at the one they are said to, whose addressee a talk "with" them
#: names ("urges a ceasefire in a call with Y", "promised arms in a call with Y"); not criticism
#: or praise, aimed at whom they judge ("condemned X's vote in a meeting with Y": X); and the
#: prepositions that tell the talk they were said in
SPOKEN_TO = frozenset({"REQUEST", "THREATEN", "AGREE"})
TALK_PREPS = frozenset({"in", "during", "on", "over", "by"})
# acts, not standing policies: sanctions and protests named as a reaction's object are mostly
# the ongoing state the reaction is about ("criticized the sanctions on Cuba")
REACTED_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID"})


def reacted_act(top: Candidate, cand: Candidate) -> bool:
    """Class: a specific material act that a condemnation or a praise is about, with its doer
    named by a possessor or a "by" phrase ("condemns Russia's missile strikes", "denounced the
    junta's detention of the editor"), is an event of its own (judging rule 4) as well as the
    verbal reaction to it; the reaction still reads its recipient from the act it absorbed.
    Not a "for"-gerund ("slammed X for shelling …"): its doer is the reaction's object, which
    the argument reader does not give it."""
    if top.entry.event not in REACTIONS or top.entry.mode not in REACTION_MODES:
        return False
    if cand.entry.event not in REACTED_ACTS:
        return False
    if cand.head.dep_ == "acl" and cand.head.tag_ == "VBN":
        # round 14, "pays tribute to the reporter killed by Ruritanian forces", "... to soldiers
        #   killed in the ambush": the act told in a participle clause on the one honoured or
        #   condemned is an event of its own (judging rules 4 and 8)
        return True
    return coarse_pos(cand.head) == "NOUN" and named_agent(cand.head)


def phoned(cand: Candidate) -> bool:
    """Round 75: "urged a ceasefire over the phone with Y": the call an act was done "over"
    or "by" the phone, with both sides known, is a call of its own besides the act."""
    return cand.entry is CALL and lemma(cand.head) == "phone" and len(call_parties(cand)) >= 2


def merge_candidates(cands: list[Candidate], background: frozenset[str] = frozenset(),
                     toll: frozenset[str] = frozenset()) -> list[Candidate]:
    """One candidate per real event: embedded triggers fold into the trigger that governs them
    ("agreed to cooperate" → AGREE; "accused X of shelling" → ACCUSE), and triggers of one type
    sharing a clause ("killed or wounded", "the bombing that killed …") fold into the stronger one."""
    by_token = {c.head.i: c for c in cands}
    kept: list[Candidate] = []
    for cand in cands:
        top = governing_candidate(cand, by_token, background)
        if top is not None and top.shallow and not top.governs_directly(cand):
            top = None
        seen = 0
        while top is not None and seen < 10:
            nxt = governing_candidate(top, by_token, background)
            if nxt is None:
                break
            top, seen = nxt, seen + 1
        if top is None:
            kept.append(cand)
        else:
            top.absorbed.append(cand)
            if reacted_act(top, cand) or repelled_act(top, cand) or sequel_meeting(cand) \
                    or occasion_meeting(cand) or occasion_trip(cand.head) or phoned(cand) \
                    or (top.entry.event in REACTIONS and meeting_with_sides(cand)):
                kept.append(cand)  # round 18: "backed the bid after meeting with Y" is a meeting too
    out: list[Candidate] = []
    # positions in ``out`` by (type, sentence start): a twin shares both, so only that bucket is
    # searched (a scan of every kept candidate, each finding its sentence, was quadratic)
    buckets: dict[tuple[str, int], list[int]] = {}
    for cand in kept:
        bucket = buckets.setdefault((cand.entry.event, cand.head.sent.start), [])
        pos = next((p for p in bucket if any(_twins(x, cand, toll) for x in _told_as(out[p]))), None)
        if pos is None:
            bucket.append(len(out))
            out.append(cand)
            continue
        twin = out[pos]
        if cand.entry.weight > twin.entry.weight:
            out[pos] = cand
            cand.absorbed += [twin, *twin.absorbed]
        else:
            twin.absorbed += [cand, *cand.absorbed]
    return out


#: material conflict by force (not sanctions or protests: "vows to impose costs on Russia in
#: call with Y" is the subject's own call)
FORCE_EVENTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: prepositions of an occasion the act happens in (not a sequence: "after", "following")
OCCASION_PREPS = frozenset({"in", "during", "on"})


def conflict_occasion(cand: Candidate, conflict: frozenset[int]) -> bool:
    """Round 21 review: an act of force does not make its subject a side of the
    call, meeting or trip it happens during ("Russia launched drones during a meeting with Y",
    "... during a visit to Ukraine"): such a noun, read as an event because its act's subject
    would be a side (``sequel_call``, ``occasion_trip``), is dropped unless it names its own
    sides (``names_own_sides``: "during Blinken's meeting with Y", "a visit to X by Y").
    ``conflict``: the heads of the text's triggers of force (``FORCE_EVENTS``)."""
    noun = cand.head
    if cand.entry.event != "CONSULT" or coarse_pos(noun) != "NOUN" or noun.dep_ != "pobj" \
            or noun.head.lower_ not in OCCASION_PREPS or noun.head.head == noun.head:
        return False
    verb = occasion_clause(noun.head.head)
    if verb is None or verb.i not in conflict or names_own_sides(noun) or _unrealised(verb):
        return False
    return bool(sequel_call(noun)) or occasion_trip(noun) is not None


def _unrealised(verb: Token) -> bool:
    """An infinitive or open complement ("vowed to send troops … in a call with X"): an act
    promised or planned, not force used during the call (second review of round 21)."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: entity types of a modifier naming an attack's doer ("Russian assaults", "Hamas raids")
DOER_ENTS = frozenset({"NORP", "GPE", "ORG"})


def repelled_act(top: Candidate, cand: Candidate) -> bool:
    """Class (round 15): an attack or an advance that a defender repelled ("Ukrainian forces
    repelled Russian assaults", "pushed back attacks by the rebels", "repel the Libyan
    advance": ASSAULT or MOBILIZE) is an event of its own
    when its doer is named (a possessor, a "by" phrase, a demonym or a named party as
    modifier): the attacker's assault and the defender's fighting are two events (judging
    rules 4 and 8), so neither absorbs the other."""
    if top.entry.event != "ASSAULT" or not top.entry.lemmas & REPELLING:
        return False
    if cand.entry.event not in ("ASSAULT", "MOBILIZE") or cand.head.head != top.head \
            or cand.head.dep_ != "dobj":
        return False
    return named_agent(cand.head) or any(
        c.dep_ in ("amod", "compound")
        and (c.ent_type_ in DOER_ENTS or actor_kind(c) is not None)
        for c in cand.head.children)


def _twins(o: Candidate, cand: Candidate, toll: frozenset[str] = frozenset()) -> bool:
    """Two triggers of one type in one sentence telling one event: the same clause, conjuncts,
    a relative clause on the other ("the bombing that killed …"), a participle elaborating
    the other ("fired on the village, killing four") or one casualty toll ("six killed and
    eight injured in the strike"). A named attack and the defender repelling it are two."""
    if repelled_act(o, cand) or repelled_act(cand, o):
        return False
    if cand.head in o.head.conjuncts:  # "X shelled A and Y shelled B" are two attacks
        return not (_own_subject(o.head) and _own_subject(cand.head)
                    or _two_asks(o, cand))
    return (clause_verb(o.head) == clause_verb(cand.head)
            or (cand.head.dep_ == "relcl" and cand.head.head == o.head)
            or _elaborates(cand.head, o.head) or _elaborates(o.head, cand.head)
            or _one_toll(o.head, cand.head, toll) or _toll_clause(o.head, cand.head, toll)
            or _toll_clause(cand.head, o.head, toll)
            or _fired_subject_clause(o, cand) or _fired_subject_clause(cand, o))


def _fired_subject_clause(hit: Candidate, fired: Candidate) -> bool:
    """Round 29, class: one attack told twice through a participle on the other trigger's
    subject. "Missiles launched by X struck a tanker", "rockets fired by Y hit a market": the
    firing of the munition that hit (its doer given by the "by" phrase). Also a headline whose
    attack noun the parser read as the verb of the victims ("5 people injured in X shelling",
    "15 injured in Y missile strikes": "shelling"/"strikes" tagged VBG/VBZ). Not two acts of a
    person ("a man killed in X fought for Y")."""
    head = fired.head
    if not (hit.entry.event == fired.entry.event == "ASSAULT" and head.dep_ == "acl"
            and head.head.dep_ == "nsubj" and head.head.head == hit.head):
        return False
    return lemma(head.head) in MUNITIONS or hit.head.tag_ in ("VBG", "VBZ")


def _two_asks(o: Candidate, cand: Candidate) -> bool:
    """Class (requests19): coordinated requests each with its own to-clause ("called on the
    rebels to free the hostages and called on the army to hold its fire") ask two acts, often
    of two addressees: two REQUESTs, not one told twice."""
    return o.entry.event == cand.entry.event == "REQUEST" and all(
        any(c.dep_ == "xcomp" and to_clause(c) for c in x.head.children) for x in (o, cand))


def _told_as(cand: Candidate) -> list[Candidate]:
    """A merged event and the twins of its own type folded into it: a later trigger may
    continue any of them ("fired, killing four and wounding nine")."""
    return [cand] + [x for x in cand.absorbed
                     if x.entry.event == cand.entry.event and not repelled_act(cand, x)]


def _toll_clause(toll_verb: Token, other: Token, toll: frozenset[str]) -> bool:
    """"five were killed when the market was shelled", "shelled the school, leaving five
    injured": the attack told in an adverbial clause of the casualty verb, or whose outcome
    the casualty verb is, is the attack that caused them."""
    if lemma(toll_verb) not in toll:
        return False
    return ((other.dep_ == "advcl" and other.head == toll_verb) or other in _outcome_of(toll_verb)
            or _cause_subject(toll_verb, other))


def _cause_subject(toll_verb: Token, other: Token) -> bool:
    """"Russian shelling kills 2", "a drone strike killed five": the attack named as the
    subject of the casualty verb is the attack that caused them (also when the parser hangs
    the gerund on its modifier: "Rebel shelling")."""
    return any(other in s.subtree for s in toll_verb.children if s.dep_ in ("nsubj", "csubj"))

def _elaborates(part: Token, head: Token) -> bool:
    """A present participle clause hung on the other trigger's verb tells the outcome of the
    same act ("shelled the town, killing four")."""
    return part.tag_ == "VBG" and part.dep_ in ("advcl", "xcomp", "conj") and part.head == head


def _one_toll(a: Token, b: Token, toll: frozenset[str]) -> bool:
    """Casualty verbs coordinated in one sentence ("4 killed, 9 wounded", "shot and killed by
    police") count the victims of one attack unless each names an attacker of its own."""
    return lemma(a) in toll and lemma(b) in toll and not (_names_attacker(a) and _names_attacker(b))


def _own_subject(verb: Token) -> bool:
    """A clause subject naming someone (not a bare count or a pronoun)."""
    return any(c.dep_ == "nsubj" and c.tag_ != "CD" and c.pos_ != "PRON" for c in verb.children)


def _names_attacker(verb: Token) -> bool:
    """An active verb with a subject that is not a bare count, or a passive "by" agent."""
    if preps_of(verb, frozenset({"by"})) or any(c.dep_ == "agent" for c in verb.children):
        return True
    return not (is_passive(verb) or verb.tag_ == "VBN") and _own_subject(verb)


def _curated_first(cands: list[Candidate], background: frozenset[str]) -> list[Candidate]:
    """A dictionary-tier verb never swallows a curated trigger it governs ("announced a new
    security **package**" stays AID, "raised the issue in a **call** with Biden" stays
    CONSULT): such a tier candidate is dropped."""
    by_token = {c.head.i: c for c in cands}
    drop = set()
    for cand in cands:
        if cand.entry.tier != "curated":
            continue
        top = governing_candidate(cand, by_token, background)
        if top is not None and top.entry.tier != "curated":
            drop.add(top.head.i)
    return [c for c in cands if c.head.i not in drop] if drop else cands


if not Doc.has_extension("parley_event_mentions"):
    # event id → trigger spans of the other mentions folded into it (event coreference)
    Doc.set_extension("parley_event_mentions", default=None)


#: verbs of giving or letting: their passive subject benefits from an act asked of another
#: (the handing verbs and lexicon/events_component.yaml benefiting)
BENEFITING = HANDING | word_list("events_component.yaml", "benefiting")


def _accused(doc: Doc, cand: Candidate) -> list[str]:
    """Round 69 (review): the party a verb of reproach names as its object ("accuses **Kyiv**
    of shelling Donetsk", "blames **Kenya** for the attack"): accused, even where its own
    land is the place struck."""
    if coarse_pos(cand.head) != "VERB":
        return []
    # the object itself names the party: not a deed ("condemns the invasion of Y")
    return actors_for(doc, [c for c in cand.head.children if c.dep_ == "dobj"
                            and actor_at(doc, c.idx, c.idx + len(c.text)) is not None])


def _conflict_act(cand: Candidate, inner: Candidate) -> bool:
    """``inner`` is an act of conflict of another type that the reaction ``cand`` is about."""
    return ontology.quad(inner.entry.event) in (3, 4) and inner.entry.event != cand.entry.event


def asked_in_clause(inner: Candidate, sub: Arguments) -> list[str]:
    """Round 13, who a call is addressed to, read from the act it asks for: the doer of an act
    in a clause ("calls for X to withdraw": X; "for X to be expelled from Y": Y), and the one
    a conflictual act is done to ("for X to be expelled": a demand against X); never the one
    a cooperative act is for ("calls for X to be given arms": X benefits, is not asked), nor
    the parties of an act named by a noun ("pushes for sanctions on X", "calls for talks at
    the G20"), which are not asked."""
    if coarse_pos(inner.head) != "VERB":
        return []
    out = list(sub.actor)
    if inner.head.tag_ == "VBN" and ontology.quad(inner.entry.event) in (3, 4):
        out += [a for a in sub.recipient if a not in out]
    return out


def asked_subjects(verb: Token) -> list[Token]:
    """Who "X must/should …" asks to act: the subject of an active clause ("Y must withdraw");
    round 13, not the subject of a passive of giving ("Y must be given arms"): Y benefits,
    and who is asked is the unnamed giver (a demand against Y, "Y must be held to account",
    keeps Y)."""
    if is_passive(verb) and lemma(verb) in BENEFITING:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


class EventsComponent:
    """Codes PLOVER events; see docs/events.md for the rules."""

    def __init__(self, triggers: TriggerLexicon, modifiers: Modifiers,
                 scorer: Scorer | None = None) -> None:
        self.triggers = triggers
        self.scorer = scorer
        self.mods = modifiers
        self.non_agent = modifiers.lemmas("non_agent")
        # words whose to-clause is an act still to come (the modes flag it future): there the
        # dictionary tier codes too
        self.announcing = modifiers.lemmas("future", governs=True)
        self._by_token: dict[int, Candidate] = {}
        self._sents: list[Span] = []
        self._dateline: Place | None = None
        # the arguments of the acts each reaction absorbed, by the reaction's head: read by both
        # ``_aim_at_doers`` and ``_struck`` (one resolve each, per Doc)
        self._reacted: dict[int, list[Arguments]] = {}
        demand_example = modifiers.demand_modals[0].example if modifiers.demand_modals else ""
        self.request = Trigger(key="REQUEST:reported-obligation", lemmas=frozenset(), pos="VERB",
                               event="REQUEST", mode=None, cameo="100", context=(),
                               object_role="theme", weight=0.7, example=demand_example)

        refusal_example = modifiers.refusal[0].example if modifiers.refusal else ""
        self.refuse = Trigger(key="REJECT:negated-intent", lemmas=frozenset(), pos="VERB",
                              event="REJECT", mode=None, cameo="120", context=(),
                              object_role="theme", weight=0.75, example=refusal_example)

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[LEXICON_KEY] = self.triggers  # the nouns the rules ask of (match.py)
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        """Trigger candidates, political ones only, merged to one per real event."""
        cands = find_triggers(doc, self.triggers, self.mods.lemmas("demand_modals"), self.announcing)
        taken = {c.head.i for c in cands}
        cands += [d for d in find_demands(doc, self.mods, self.request) if d.head.i not in taken]
        cands += [r for r in find_refusals(doc, self.mods, self.refuse, cands) if r.head.i not in taken]
        cands += find_conversations(doc, cands)  # "the president tells his Chilean counterpart …"
        cands += find_calls(doc, cands)  # "raised the dispute with Lima in a call on Monday"
        cands += find_joint_work(doc, cands, self.mods.lemmas("intent"))  # "will work with X"
        cands.sort(key=lambda c: c.head.i)
        # round 71: a word of force the lexicon matched ("Hamas rocket fire") is no blaze
        force = frozenset(c.head.i for c in cands if c.entry.event in FORCE_EVENTS)
        cands = [c for c in cands if not self._non_political(c, force) and not no_meeting(c)
                 and not_an_event(c.head, self.mods) is None
                 and not stance_content(c.head, self.mods) and not abstract_patient(c)]
        conflict = frozenset(c.head.i for c in cands if c.entry.event in FORCE_EVENTS)
        merged = merge_candidates(_curated_first(cands, self.mods.lemmas("background")),
                                  self.mods.lemmas("background"), self.mods.lemmas("toll"))
        return [c for c in merged if not conflict_occasion(c, conflict)]

    def _non_political(self, cand: Candidate, force: frozenset[int] = frozenset()) -> bool:
        """Storms, diseases, accidents and sports teams do not make political events; a word
        the lexicon matched as an act of force (``force``: "condemns rocket fire") is none."""
        t = cand.head
        # the object too: "fire trains sent to fight a blaze", "battling the pandemic"
        near = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "compound")
                or (c.dep_ == "dobj" and lemma(c) not in cand.entry.obj)]
        near += [o for p in t.children
                 if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by", "from", "of")
                 for o in p.children if o.dep_ == "pobj"]
        if t.dep_ in ("compound", "amod"):
            near.append(t.head)
        near += _outcome_of(t)
        return any(lemma(x) in self.non_agent and not _named_body(x) and x.i not in force
                   for x in near)

    def arguments(self, doc: Doc, cand: Candidate) -> Arguments:
        args = resolve(doc, cand, self._argument_heads(cand), self.mods)
        if not args.recipient and coarse_pos(cand.head) == "NOUN" and ontology.quad(cand.entry.event) == 3 \
                and not cand.entry.assessed:
            # "Ukraine promised a response to Russian demands": who answers is the recipient
            # (not of an assessment, round 22: "X's drills are a violation of Y's sovereignty"
            # criticises X; Y is the wronged, no one answering)
            args.recipient = [a for a in actors_for(doc, responder(cand.head, self.mods))
                              if a not in args.actor]
        if not args.actor:
            for head in args.actor_heads:
                nominal = self._by_token.get(head.i)
                if nominal is not None and coarse_pos(head) == "NOUN":
                    sub = resolve(doc, nominal, noun_arguments(nominal, self.triggers, self.mods), self.mods)
                    # round 31: the land a taking is of is its target, never the one judged
                    taken = sub.recipient if lemma(head) in LAND_TAKING else []
                    args.actor = sub.actor + [a for a in sub.recipient
                                              if a not in sub.actor and a not in taken]
                    args.third_party = args.third_party or sub.third_party
        if cand.entry.event in REACTING:
            self._aim_at_doers(doc, cand, args)
        for inner in cand.absorbed:  # "agreed to provide aid for Romania": the aid's recipient
            if args.actor and args.recipient:
                break
            sub = resolve(doc, inner, (noun_arguments(inner, self.triggers, self.mods)
                                       if coarse_pos(inner.head) == "NOUN"
                                       else verb_arguments(inner, self.triggers, self.mods)), self.mods)
            # a controlled act ("agreed to provide"), or the twin of one event told twice ("one
            # killed as Russia pummels the city": one attack, its attacker named on the twin)
            if not args.actor and sub.actor and (
                    inner.head.dep_ == "xcomp" or (inner.entry.event == cand.entry.event
                                                   and ontology.quad(cand.entry.event) == 4)):
                # not a host or mediator ("the meeting, hosted by X": X is a third party)
                args.actor = [a for a in sub.actor if a not in args.recipient
                              and a not in args.third_party]
            if cand.entry.event == "REQUEST" and not args.recipient:
                args.recipient = [a for a in asked_in_clause(inner, sub) if a not in args.actor]
                continue
            if cand.entry.event in REACTING and _conflict_act(cand, inner):
                continue  # its doer is already in (``_aim_at_doers``)
            # round 14, "discuss sending arms to Y": Y is the topic's, no party
            if not args.recipient and sub.recipient and lemma(cand.head) not in DISCUSSING:
                args.recipient = [a for a in sub.recipient if a not in args.actor]
        if cand.entry.reciprocal:
            args.actor += [a for a in self._partners(doc, cand) if a not in args.actor]
            args.recipient = [a for a in args.recipient if a not in args.actor]
        if not args.recipient:  # "agreed to talks with Lebanon", "called for talks with Kyiv"
            args.recipient = [a for a in self._partners(doc, cand, other_types=True)
                              if a not in args.actor]
        if not args.recipient and ontology.quad(cand.entry.event) == 3:
            args.recipient = self._shared_addressee(doc, cand, args)
        return self._completed(doc, cand, args)

    def _completed(self, doc: Doc, cand: Candidate, args: Arguments) -> Arguments:
        """The last steps of ``arguments``: parties completed, topics dropped, forces moved
        taken out of the target and a claimed attack given its claimant (round 77), and (round
        67, the last resort) the one met in the talk an act was said in, or right before it
        (round 76), as its addressee."""
        args = complete_parties(doc, cand, complete(doc, cand, args, self.triggers, self.mods))
        args = drop_topics(doc, cand, args)
        moved_not_targeted(doc, cand, args)  # round 77: the troops moved are no target
        args.actor = args.actor or credited_doers(doc, cand, args)  # round 77: "X claims attack on Y"
        if cand.entry.event in REACTING and args.recipient:
            # round 69: the later steps refill an emptied target; the struck stay out of it
            struck = self._struck(doc, cand)
            args.recipient = [a for a in args.recipient if a not in struck]
        if not args.recipient and cand.entry.event in SPOKEN_TO:  # in a talk, or right after one
            args.recipient = [a for a in self._met_in_talk(doc, cand) if a not in args.actor] \
                or self._met_before(doc, cand, args)
        return args

    def _bare_conjunct_of(self, cand: Candidate) -> Candidate | None:
        """The earlier candidate a verb is coordinated with, when the verb has no subject or
        dative of its own ("X condemns Y's raid **and threatens** …", "met Y **and urged** …"):
        the two share their subject, and the later one may share the earlier one's party."""
        verb = cand.head
        first = self._by_token.get(verb.head.i) if verb.dep_ == "conj" else None
        if first is None or first.head == verb or coarse_pos(verb) != "VERB" or any(
                c.dep_ in ("dative", "nsubj", "nsubjpass") for c in verb.children):
            return None
        return first

    def _met_before(self, doc: Doc, cand: Candidate, args: Arguments) -> list[str]:
        """A verbal act told right after a meeting or call of its subject ("spoke to his Russian
        counterpart **and urged** a ceasefire", "met Erdogan and pressed for a deal"): said to
        the other side of that contact, as in round 67's "urged … in a call with Y". Only a verb
        coordinated with the contact verb, with no subject or addressee of its own."""
        verb = cand.head
        first = self._bare_conjunct_of(cand)
        if first is None or coarse_pos(first.head) != "VERB" or first.entry.event != "CONSULT" \
                or not first.entry.reciprocal:
            return []
        controls = any(x.dep_ == "xcomp" for x in verb.children)
        if any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or controls) for c in verb.children):
            return []  # "met Erdogan and urged Europe to send arms": Europe is the one urged
        # the contact's own parties, with the one called (round 78: "called Putin and urged …")
        sub = complete_parties(doc, first, resolve(doc, first, self._argument_heads(first), self.mods))
        if not set(sub.actor) & set(args.actor):
            return []
        by_id = actors_by_id(doc)  # a press conference is no talk with the press
        return [a for a in sub.actor + sub.recipient if a not in args.actor
                and not (a in by_id and by_id[a].sector == "MED")]

    def _met_in_talk(self, doc: Doc, cand: Candidate) -> list[str]:
        """Round 67: a verbal act with no addressee of its own told as said in a talk with
        someone ("urge a ceasefire **in a call with** Y", "presses for the release **during
        talks with** Y", "warns against escalation in a meeting with Y"): Y, the one met, is the
        one it is said to. Only a reciprocal noun the lexicon codes (a call, talks, a meeting)
        and only its "with" party; not where the act is a noun itself."""
        verb = cand.head
        controls = any(x.dep_ == "xcomp" for x in verb.children)
        if coarse_pos(verb) != "VERB" or any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or controls)
                                             for c in verb.children):
            return []  # the review: "urged Europe (to send arms) in a call with Y" has its addressee
        heads: list[Token] = []
        # the parser may hang the phrase on the verb's object, on the noun of its phrase
        # ("presses for the release of prisoners during talks with Y") or on the act vowed or
        # threatened (the review: "threatened to cut gas supplies in talks with Y")
        acts = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and coarse_pos(c) == "VERB"]
        bearers = acts + [c for v in acts for c in v.children if c.dep_ == "dobj"] \
            + [o for v in acts for p in v.children if p.dep_ == "prep" and p.lower_ not in TALK_PREPS
               for o in pobjs(p)]
        for prep in (p for b in bearers for p in preps_of(b, TALK_PREPS)):
            for noun in pobjs(prep):
                talk = self._by_token.get(noun.i)
                if talk is not None and talk.entry.reciprocal and coarse_pos(noun) == "NOUN":
                    heads += [o for p in preps_of(noun, frozenset({"with"})) for o in pobjs(p)]
                    heads += front_sides(noun)  # round 68: "during an Erdogan call"
                    if talk.entry is CALL:  # round 75: "urged … over the phone with Y"
                        heads += call_parties(talk)
        return actors_for(doc, heads)

    def _shared_addressee(self, doc: Doc, cand: Candidate, args: Arguments) -> list[str]:
        """Round 13, an addressee elided in a coordination of verbal conflict ("X calls Y's
        actions hostile **and warns of consequences**", "condemns Y's raid and threatens
        retaliation"): a verbal act of conflict coordinated with an earlier one of the same
        subject, with no addressee found of its own, is aimed at the earlier one's target."""
        verb = cand.head
        first = self._bare_conjunct_of(cand)
        if first is None or ontology.quad(first.entry.event) != 3:
            return []
        bearers = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        named = [o for b in bearers for p in b.children if p.dep_ == "prep" for o in pobjs(p)]
        if actors_for(doc, named) or any(o.pos_ == "PROPN" for o in named):
            return []  # "… and demands compensation from Z": a party of its own, unread
        sub = resolve(doc, first, self._argument_heads(first), self.mods)
        if not set(sub.actor) & set(args.actor):
            return []
        return [a for a in sub.recipient if a not in args.actor]

    def _aim_at_doers(self, doc: Doc, cand: Candidate, args: Arguments) -> None:
        """Round 13, a reaction to an act of conflict ("condemns Russia's attack on civilians",
        "protest the detention of a mayor"): aimed at the act's doer, not at who suffered it;
        the victims leave the target and the doer, when named, takes their place."""
        accused = _accused(doc, cand)
        for sub in self._reacted_acts(doc, cand):
            args.recipient = [a for a in args.recipient
                              if a not in sub.recipient or a in sub.actor or a in accused]
            args.recipient += [a for a in sub.actor if a not in args.actor and a not in args.recipient]

    def _reacted_acts(self, doc: Doc, cand: Candidate) -> list[Arguments]:
        """The arguments of each act of conflict a reaction absorbed (``_conflict_act``),
        resolved once per reaction."""
        found = self._reacted.get(cand.head.i)
        if found is None:
            found = self._reacted[cand.head.i] = [
                resolve(doc, inner, (noun_arguments(inner, self.triggers, self.mods)
                                     if coarse_pos(inner.head) == "NOUN"
                                     else verb_arguments(inner, self.triggers, self.mods)), self.mods)
                for inner in cand.absorbed if _conflict_act(cand, inner)]
        return found

    def _struck(self, doc: Doc, cand: Candidate) -> set[str]:
        """Round 69: who suffered the acts of conflict a reaction is about ("condemns missile
        strikes against Armenia": Armenia), unless they also did them."""
        accused = _accused(doc, cand)
        return {a for sub in self._reacted_acts(doc, cand) for a in sub.recipient
                if a not in sub.actor and a not in accused}

    def _argument_heads(self, cand: Candidate) -> Arguments:
        """Step 1 of ``arguments``: the tokens that head the actor, recipient and theme, before
        they are resolved to actors."""
        if cand.entry == self.request and cand.tokens[0] != cand.head:  # "X: Y must …"
            modal_verb = cand.tokens[0].head
            args = Arguments(actor_heads=[cand.head], recipient_heads=asked_subjects(modal_verb))
        elif cand.entry == self.request:
            args = Arguments(actor_heads=[c for c in cand.head.children if c.dep_ == "nsubj"])
            for comp in (c for c in cand.head.children if c.dep_ == "ccomp"):
                args.recipient_heads += asked_subjects(comp)
        elif controlled_passive(cand.head, self.mods.lemmas("object_control")):
            # "Residents urged to evacuate": the urged are the recipient, the urger unnamed
            args = Arguments(actor_heads=[o for p in preps_of(cand.head, frozenset({"by"}))
                                          for o in pobjs(p)],
                             recipient_heads=[c for c in cand.head.children if c.dep_ == "nsubj"])
        elif coarse_pos(cand.head) == "NOUN" and not cand.verbal:
            args = noun_arguments(cand, self.triggers, self.mods)
        else:
            args = verb_arguments(cand, self.triggers, self.mods)
        if cand.entry.assessed and coarse_pos(cand.head) == "ADJ" and judged_noun(cand.head) is not None:
            # round 24, "says X is a corrupt state": the judged is the copula's subject
            cop = copula_of(cand.head)
            args.actor_heads = [c for c in cop.children if c.dep_ == "nsubj"] if cop is not None else []
        if not args.actor_heads and coarse_pos(cand.head) == "VERB":
            # "talks between X and Y … failed": an event whose subject is another event
            args.actor_heads = [t for t in orphan_subjects(cand.head) if t.i in self._by_token][:1]
        return args

    def _partners(self, doc: Doc, cand: Candidate, other_types: bool = False) -> list[str]:
        """Partners of a reciprocal nominal folded into a reciprocal event ("discussed migration
        in talks with Erdogan", "in a call with Biden"): they take part, as actors. With
        ``other_types``, the partners of a reciprocal nominal of another type that the event
        is about ("agreed to talks with Lebanon"): the ones it is directed at."""
        out: list[str] = []
        for inner in cand.absorbed:
            same = inner.entry.event == cand.entry.event
            if not inner.entry.reciprocal or same == other_types or coarse_pos(inner.head) != "NOUN":
                continue
            heads = [o for p in preps_of(inner.head, frozenset({"with"})) for o in pobjs(p)]
            heads += [o for p in preps_of(inner.head, frozenset({"between", "among"})) for o in pobjs(p)]
            if not other_types:  # "discussed at a summit of Arab leaders": its members
                heads += gathering_members(inner.head)
            out += [a for a in actors_for(doc, heads) if a not in out]
        return out

    def _background(self, doc: Doc, cand: Candidate, event: Event) -> bool:
        """A nominal mentioned as background of another event: with no actor anywhere in a
        background phrase or relative clause, or with any actor when it has no reporting
        frame of its own (``frames.background_frame``: "because of the Russian invasion",
        "aid workers", "was not informed of the invasion")."""
        if coarse_pos(cand.head) != "NOUN" or cand.verbal:
            return False
        # round 42: "eight villagers dead after a mortar attack": the deaths' cause is the news
        if not event.actor and background_nominal(cand.head, self.mods.lemmas("background")) \
                and not targeted(cand.head, self.mods) \
                and not (cand.entry.event == "ASSAULT" and dead_after(cand.head, self.mods)):
            return True
        if any(cand.head in orphan_subjects(v) for v in cand.head.sent if v.i in self._by_token):
            return False  # "hours after talks between X and Y … failed": the talks are the subject
        reason = background_frame(doc, cand.head, self.mods, set(self._by_token))
        # round 17: "what to know about the call between X and Y", "during their call": a
        #   meeting naming its own sides is news of its own in these frames
        return reason is not None and not reported_meeting(cand, reason, self.mods)

    @staticmethod
    def _parties(doc: Doc, args: Arguments) -> list[Actor]:
        """An event's actors and recipients (the dateline prior's test of a national or foreign
        party acting in its own land)."""
        by_id = actors_by_id(doc)
        return [a for i in [*args.actor, *args.recipient] if (a := by_id.get(i))]

    def _unattributed(self, cand: Candidate, event: Event) -> bool:
        """A verbal act (quad 1 or 3: agreeing, requesting, accusing, rejecting …) with no
        subject at all, nobody it is done to and no speaker: PLOVER has no event without a
        source ("a militia to defend the valley", "for failing to reach a deal")."""
        return (coarse_pos(cand.head) == "VERB" and cand.head.dep_ not in NOMINAL_ROLES
                and ontology.quad(event.event) in (1, 3)
                and not (event.actor or event.recipient or event.claimed_by)
                and not _has_subject(cand.head))

    @staticmethod
    def _one_sided_assessment(cand: Candidate, event: Event, told: bool) -> bool:
        """Round 22 (review 2): a reported predicate of condemnation ("X's move is a violation
        of the treaty, Y said") is criticism only of someone; with no one criticised ("the
        professor's field is terrorism, the university said") it names no event (a critic the
        reporting verb does not give, "Z believes that X's move was a provocation", is only
        missing). "it", "this" or "that" (or "those comments") after an event already told
        (``told``) keeps a critic-only event: "Russia shelled the plant, and Kyiv said it was a
        provocation" judges that act ("This is blackmail, the minister said" alone does not)."""
        cop = predicate_copula(cand)
        if cop is None:
            return False
        pointing = ("it", "this", "that", "these", "those")
        told_before = told and any(
            c.dep_ == "nsubj" and (c.lower_ in pointing or any(
                d.dep_ == "det" and d.lower_ in pointing for d in c.children))
            for c in cop.children)
        # "it was a blunder for the council to cut …": "it" stands for the clause after it
        ahead = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cop.children) and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in cop.subtree)
        # round 31 (review): a taking of land judged ("the Kuwait invasion was a mistake")
        # criticises its taker, named or not; the land named is no target (args.deed_owners)
        taking = any(c.dep_ == "nsubj" and lemma(c) in LAND_TAKING for c in cop.children)
        return not event.recipient and not told_before and not ahead and not taking

    def build(self, doc: Doc, cand: Candidate) -> Mention:
        """One Event from a merged candidate, with how it was told (for coreference)."""
        entry = cand.entry
        modes = detect(doc, cand.head, self.mods, doc._.parley_published)
        if entry.event == "ASSAULT" and joined_to_fight(cand.head):
            # round 27: what they joined or were recruited for, still to come and not promised to
            # anyone (a threat is told to its target): intended, like "want to fight"
            modes.future = modes.hypothetical = True
        if entry == self.refuse:  # the negation is the refusal itself
            modes = Modes(historical=modes.historical)
        meant = intended(cand, self.mods.lemmas("intent"))
        if meant == "REJECT" and entry.event != "REJECT":  # the negated intent is the refusal
            modes = Modes(historical=modes.historical)
        event, modes = reclassify(meant, modes, entry.mode)
        mode, cameo = ((entry.mode, entry.cameo) if event == entry.event
                       else (None, ontology.EVENT_TYPES[event].cameo))
        weapon = _object_act_mode(cand) if event == entry.event == "ASSAULT" else None
        if weapon is not None:  # round 27: "exchanged artillery fire": the object's weapon
            mode, cameo = weapon
        args = self.arguments(doc, cand)
        sent = cand.head.sent
        place = event_place(doc, cand, self._sents, self._dateline, self._parties(doc, args))
        earlier = earlier_cue(cand, self.mods)
        when = event_date(doc, cand, earlier)
        mine = own_place(doc, cand)
        claim = claimed_by(doc, cand.head, self.mods)
        if entry.assessed and claim:
            # "X's blockade is unacceptable, Y says": the judged party is the one criticised
            # and the speaker is the critic (the clause's subject is no doer of the criticism);
            # round 22: of a predicate noun, only the subject's party ("X's drills are a
            # violation of Y's sovereignty": Y is the wronged, not the criticised)
            # round 49 (review): a blamed wrong's victims ("committed genocide against the Y
            # people") are no party to the charge: only the one blamed is its target
            judged = args.actor if predicate_copula(cand) is not None or entry.blame else []
            args.recipient = [a for a in (judged or args.actor + args.recipient) if a != claim]
            args.actor = [claim]
        elif entry.assessed:
            # round 11: a speaker Parley names no actor for ("Kowalczyk asserted that the mayor
            # tells lies") still is no reason to make the judged party its own critic
            args.recipient = args.actor + [a for a in args.recipient if a not in args.actor]
            args.actor = []
        contexts = event_contexts(cand, sent, self.mods)
        for inner in cand.absorbed:
            contexts = sorted(set(contexts) | set(inner.entry.context))
        confidence = entry.weight + 0.1 * bool(args.actor) + 0.05 * bool(args.recipient)
        confidence -= 0.15 * modes.hypothetical + 0.05 * bool(claim)
        # told as the background of another event ("since last month's invasion", "amid
        # unrest") or as an earlier event: context for the news, ranked below it
        background = (coarse_pos(cand.head) == "NOUN"
                      and background_nominal(cand.head, self.mods.lemmas("background")))
        confidence -= 0.1 * (background or earlier is not None)
        trigger = doc[cand.start:cand.end]
        built = Event(
            id="", event=event, mode=mode, context=contexts, cameo=cameo,
            quad=ontology.quad(event), actor=args.actor, recipient=args.recipient,
            third_party=args.third_party, place=place.id if place else None, date=when.date,
            date_text=when.text, date_inferred=when.inferred, date_granularity=when.granularity,
            negated=modes.negated,
            future=modes.future, hypothetical=modes.hypothetical,
            historical=event_historical(doc, cand, when, earlier, self.mods),
            claimed_by=claim, trigger=_text_span(trigger), evidence=_text_span(sent),
            confidence=round(min(0.99, max(0.05, confidence)), 2),
        )
        return Mention(built, cand, own_place=mine.id if mine else None,
                       own_date=None if when.inferred else when.date, earlier=earlier is not None)

    def _prepare(self, doc: Doc, cands: list[Candidate]) -> None:
        self._by_token = {c.head.i: c for c in cands}
        self._reacted = {}
        self._sents = list(doc.sents) if cands else []
        self._dateline = dateline_place(doc) if cands else None

    def candidate_scores(self, doc: Doc) -> list[tuple[Candidate, float]]:
        """Each trigger candidate of a processed Doc with the scorer's confidence, before
        coreference drops background and repeated mentions: why a mention ranked low."""
        cands = self.match(doc)
        self._prepare(doc, cands)
        out = []
        for cand in cands:
            m = self.build(doc, cand)
            m.background = self._background(doc, cand, m.event)
            m.anaphor = _bare_definite(cand, m.event)
            self._score(doc, [m])
            out.append((cand, m.event.confidence))
        return out

    def set_annotations(self, doc: Doc, cands: list[Candidate]) -> None:
        self._prepare(doc, cands)
        mentions: list[Mention] = []
        stack = cands[::-1]  # next candidate last: popping from the front was quadratic
        while stack:
            cand = stack.pop()
            m = self.build(doc, cand)
            if cand.entry.tier != "curated" and not (m.event.actor or m.event.recipient):
                # a dictionary-tier verb with no political actor or recipient is no event; what
                # it absorbed stands on its own
                stack.extend(reversed(cand.absorbed))
                continue
            if self._unattributed(cand, m.event) or self._one_sided_assessment(cand, m.event,
                                                                                bool(mentions)):
                continue
            m.background = self._background(doc, cand, m.event)
            m.anaphor = _bare_definite(cand, m.event)
            mentions.append(m)
        merged = corefer(doc, mentions, self.mods.lemmas("new_instance"), self.mods.lemmas("quantity"))
        # round 18: a meeting with no party told as generic, owed or habitual is no occasion
        habitual = self.mods.lemmas("habitual")
        merged = [m for m in merged if not generic_meeting(m.cand.head, m.event, habitual)]
        events, others = [], {}
        places: dict[str, Place] = {}
        for p in doc._.parley_places or []:
            places.setdefault(p.id, p)
        for i, m in enumerate(merged, 1):
            m.event.id = f"e{i}"
            m.event.place_precision = place_precision(
                places.get(m.event.place) if m.event.place else None)
            events.append(m.event)
            if m.others:
                others[m.event.id] = m.others
        doc._.parley_event_features = self._score(doc, merged)
        doc._.parley_events = events
        doc._.parley_event_mentions = others

    def _score(self, doc: Doc, merged: list[Mention]) -> dict[str, dict[str, float]]:
        """Each event's learned confidence (``scoring``), replacing the rules' heuristic, which
        becomes one of its features; returns the features by event id."""
        if not merged:
            return {}
        reporting, actors, headline = self.mods.lemmas("reporting"), actors_by_id(doc), is_headline(doc)
        feats = {}
        for m in merged:
            feats[m.event.id] = f = features(doc, m, reporting, actors, headline)
            if self.scorer is not None:
                m.event.confidence = self.scorer.score(f)
        return feats


def _object_act_mode(cand: Candidate) -> tuple[str, str] | None:
    """Round 27: the mode and CAMEO code of an assault that is the trigger verb's
    direct object and names its weapon ("traded artillery fire", "exchanged mortar fire"):
    more specific than the verb's own; None when there is none."""
    for inner in cand.absorbed:
        t = inner.head
        if (inner.entry.event == cand.entry.event and inner.entry.mode
                and inner.entry.mode != cand.entry.mode and t.dep_ == "dobj" and t.head == cand.head):
            return inner.entry.mode, inner.entry.cameo
    return None


# a verb-tagged word in a noun's place is a mis-tagged noun ("sparking calls/VBZ for …")
NOMINAL_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj"})


def _has_subject(verb: Token) -> bool:
    """Some subject or agent for the verb, directly or through the verbs whose to-clause or
    conjunct it is ("the ministers are set to meet", "sparking calls for …")."""
    t = verb
    for _ in range(6):
        if subject_of(t) or any(c.dep_ in ("nsubjpass", "agent", "expl") for c in t.children):
            return True
        if t.head == t or t.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl", "pcomp", "prep"):
            return False
        t = t.head
    return False


INTENT_OF = frozenset({"SUPPORT"})
MATERIAL_COOPERATION = 2


def _to_clause(token: Token) -> bool:
    return token.dep_ in ("xcomp", "acl", "advcl") and to_clause(token)


def intended(cand: Candidate, intent: frozenset[str] = frozenset()) -> str:
    """Support voiced for an act of material cooperation still to come is a promise of it
    ("Slovenia voices support to send S-300s to Ukraine" → AGREE, PLOVER: intent to provide
    aid); support for a past act ("praised Britain for sending weapons") stays SUPPORT.
    Material cooperation in the to-clause of an intent word ("ready to lend Kenya $300
    million", "intends to give $2B") is declared, not done: AGREE; with the intent word
    negated ("not ready to surrender") it is refused: REJECT."""
    head = cand.head
    if ontology.quad(cand.entry.event) == MATERIAL_COOPERATION and _to_clause(head) \
            and head.head != head and lemma(head.head) in intent:
        # round 14: "not ready to surrender", "not willing to give up land": a refusal
        return "REJECT" if negated_word(head.head) else "AGREE"
    if cand.entry.event == "AGREE" and coarse_pos(head) == "ADJ" and lemma(head) in intent \
            and negated_word(head):
        return "REJECT"  # round 14, "X is not willing to send troops": a refusal
    if cand.entry.event in INTENT_OF and any(
        ontology.quad(inner.entry.event) == MATERIAL_COOPERATION and _to_clause(inner.head)
        and inner.head.head == cand.head for inner in cand.absorbed
    ):
        return "AGREE"
    return cand.entry.event


def _bare_definite(cand: Candidate, event: Event) -> bool:
    """A definite nominal with no arguments ("after the talks", "the increased shelling"):
    it only refers back to an event already coded."""
    return coarse_pos(cand.head) == "NOUN" and not (event.actor or event.recipient) and definite(cand.head)


def _text_span(span: Span) -> TextSpan:
    raw = doc_text(span.doc)[span.start_char:span.end_char]  # ``span.text`` joins tokens per read
    text = raw.strip()
    start = span.start_char + (len(raw) - len(raw.lstrip()))
    return TextSpan(start, start + len(text), text)


DEFAULT_CONFIG = {"triggers_file": str(TRIGGERS_FILE), "modifiers_file": str(MODIFIERS_FILE),
                  "cameo_dictionary": DICTIONARY_FILE, "scorer_file": str(SCORER_FILE)}


@Language.factory("parley_events_v1", default_config=DEFAULT_CONFIG)
def make_component(nlp: Language, name: str, triggers_file: str, modifiers_file: str,
                   cameo_dictionary: str = DICTIONARY_FILE,
                   scorer_file: str = str(SCORER_FILE)) -> EventsComponent:
    """Load the event lexicons and the scorer's weights once for this pipeline;
    ``cameo_dictionary=""`` leaves the CAMEO dictionary tier out; ``scorer_file=""`` keeps the
    rules' own heuristic confidence."""
    triggers = load_triggers(Path(triggers_file))
    if cameo_dictionary:
        triggers.tier = load_tier(cameo_dictionary, curated=triggers.curated_verbs())
    scorer = load_scorer(scorer_file) if scorer_file else None
    return EventsComponent(triggers, load_modifiers(Path(modifiers_file)), scorer)


__all__ = ["EventsComponent", "actors_for", "make_component"]


# the name before versioning, so pipelines saved with it still load
Language.factory("parley_events", default_config=DEFAULT_CONFIG, func=make_component)
