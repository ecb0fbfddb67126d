"""Counterparts of talks, meetings and calls (round 11, CONSULT coverage and parties).

Judging rule 10 puts every party of a reciprocal event in the source. ``args`` and
``participants`` read the partners a trigger names itself ("with X", "to X", a coordinated
subject); this module adds the parties news tells around it:

- **leader-to-leader conversations**: "the Ruritanian president tells the Freedonian premier
  that …", "X assured Y of …": a reporting or addressing verb whose addressee is a foreign
  office holder or state reports contact between the two (CAMEO 040), with both in the source.
  Not a directive ("tells Y to leave" is REQUEST), not a talk already named ("told Y in a call").
- **joining a body's meeting**: "X arrives at the UN Security Council meeting", "X addresses
  an emergency G7 meeting", "X spoke in a call inside a closed-door NATO meeting": whoever
  arrives at, addresses, attends or speaks in a meeting of a named body takes part in it.
- **a partner hung low**: "discussed the remarks made by X **with** Y" (the parser hangs the
  "with" phrase on the participle), "speaks with Ukrainians fleeing …" (the partner read as
  the subject of a gerund): the partner of a one-party discussion or talk.
- **a talk told beside a visit**: "visits the border, speaks with refugees": the ones spoken
  with are those the visit is for (the visit's target), since PLOVER keeps the visited there.

It also vetoes a visit by private people of a nationality ("6,000 Ruritanians travelled to
Freedonia": migration or flight, not a delegation).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.lexicon import word_list
from parley.nlp.events.args import (
    ASKING,
    Arguments,
    actors_for,
    listed_subjects,
    place_state,
    subject_of,
    verb_with_partners,
)
from parley.nlp.events.first_person import FIRST_PERSON, pronoun
from parley.nlp.events.lexicon import Trigger
from parley.nlp.events.match import (
    Candidate,
    coarse_pos,
    colon_speaker,
    is_passive,
    lemma,
    names_party,
    pobjs,
    preps_of,
    trigger_words,
    with_conjuncts,
)
from parley.nlp.events.participant_kinds import OFFICIAL_SECTORS
from parley.nlp.events.participants import country_state
from parley.nlp.events.sequel_calls import sequel_call, speaking_verb
from parley.nlp.events.trip_purposes import for_places, journey_of, occasion_trip, travellers
from parley.nlp.extensions import actor_at, actors_by_id, place_at
from parley.nlp.syntax import to_clause
from parley.schema import Actor

# the word lists are data: lexicon/events_counterparts.yaml (each word with an example)
LISTS = "events_counterparts.yaml"
#: verbs of telling or addressing someone: with a foreign office holder as addressee they
#: report contact between the two (a call or a meeting), not only a statement
TELLING = word_list(LISTS, "telling")

CONVERSATION = Trigger(
    key="CONSULT:conversation", lemmas=TELLING, pos="VERB", event="CONSULT", mode=None,
    cameo="040", context=(), object_role="recipient", reciprocal=True, weight=0.6,
    example="The Chilean president told the Argentine president that the border would reopen.")

#: nouns of a conversation already told as its own event ("told Y in a call")
TALK_NOUNS = word_list(LISTS, "talk_nouns")


def _actor(token: Token) -> Actor | None:
    return actor_at(token.doc, token.idx, token.idx + len(token.text))


def _person(token: Token) -> bool:
    """An actor that is one person, not a state, a body or a group."""
    actor = _actor(token)
    return actor is not None and actor.kind == "person"


def _office_holders(token: Token) -> bool:
    """A group of government people ("Swedish leaders", "EU ministers"): people in office, who
    meet like one person does, unlike troops or citizens."""
    actor = _actor(token)
    return actor is not None and actor.kind == "group" and actor.sector == "GOV"


def _official(token: Token) -> bool:
    """A state, or a person holding office for one (a leader, a minister, a general)."""
    actor = _actor(token)
    if actor is None or not actor.country:
        return False
    return actor.kind == "state" or (actor.kind == "person" and actor.sector in OFFICIAL_SECTORS)


def find_conversations(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Leader-to-leader contact told by a verb of telling: the addressee (object or dative)
    is a foreign office holder or state, every subject an actor of another country; no
    to-clause (a directive), no passive, no talk noun under the verb (that one is the event)."""
    taken = {c.head.i for c in cands}
    out: list[Candidate] = []
    for verb in doc:
        if verb.i in taken or coarse_pos(verb) != "VERB" or lemma(verb) not in TELLING:
            continue
        if is_passive(verb) or any(to_clause(c) for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
            continue
        addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative") and _official(c)]
        if not addressees:
            continue
        if not _foreign_subjects(verb, addressees):
            continue
        if any(lemma(o) in TALK_NOUNS for p in preps_of(verb) for o in pobjs(p)):
            continue
        out.append(Candidate(verb, CONVERSATION, [verb], shallow=True))
    return out


#: round 78: verbs of placing a call to someone (lexicon data)
PHONING = word_list(LISTS, "phoning")
PHONED = Trigger(
    key="CONSULT:phoned", lemmas=PHONING, pos="VERB", event="CONSULT", mode="phone",
    cameo="041", context=(), object_role="recipient", reciprocal=True, weight=0.6,
    example="Chilean President Gabriel Rojas called Argentine President Marta Lenz on Tuesday.")
#: a verb's complements: "call" with any but its one object names or summons ("calls X a liar")
_COMPLEMENTS = frozenset({"dobj", "oprd", "attr", "dative", "ccomp", "xcomp", "prt", "acomp"})


def find_phoned(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Round 78: "Macron called Putin on Tuesday", "Erdogan calls Zelensky": a verb of
    ``PHONING`` whose only complement is a foreign office holder or state (the parser makes it
    an object or an object predicate) is a phone call between the subject and that party. Not
    "called Putin a killer" (a second complement names him), "called on / for" (a demand),
    "called off", "calls X to testify" (a to-clause), a passive ("was called a traitor"), nor a
    call within one country."""
    taken = {c.head.i for c in cands}
    out: list[Candidate] = []
    for verb in doc:
        if verb.i in taken or coarse_pos(verb) != "VERB" or lemma(verb) not in PHONING or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
        if len(comps) != 1 or comps[0].dep_ not in ("dobj", "oprd") or comps[0].pos_ != "PROPN" \
                or not _official(comps[0]) or any(o.ent_type_ not in ("DATE", "TIME") for o in (
                    o for p in preps_of(verb, frozenset({"on", "upon", "for"})) for o in pobjs(p))):
            continue  # "called on NATO", "called for talks"; not "on Tuesday"
        if _foreign_subjects(verb, comps):
            out.append(Candidate(verb, PHONED, [verb], shallow=True))
    return out


def _foreign_subjects(verb: Token, addressees: list[Token]) -> bool:
    """The verb has named subjects, every one an actor with a country other than the
    addressees' (a contact between two countries, not a talk at home)."""
    here = {a.country for a in (_actor(t) for t in addressees) if a is not None}
    own = [_actor(s) for s in subject_of(verb) if s.pos_ != "PRON"]
    return bool(own) and all(a is not None and a.country and a.country not in here for a in own)


#: a call told as the occasion of an act ("raised X with Y in a call", "in call on Saturday")
CALL = Trigger(
    key="CONSULT:call-occasion", lemmas=word_list(LISTS, "call_nouns"), pos="NOUN",
    event="CONSULT", mode="phone", cameo="041", context=(), object_role="recipient",
    reciprocal=True, weight=0.6,
    example="The Chilean president raised the fishing dispute with Lima in a call on Monday.")
#: prepositions that make a call noun the occasion of the verb they hang on (round 75: "over /
#: by the phone")
DURING = frozenset({"in", "during", "over", "by"})


def find_calls(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A singular call noun in an in/during (or, for "phone", over/by) phrase of a verb
    ("brought up the issue to Y in a call", "said in a call on Saturday"): a phone call the
    verb's subject made, whatever names its partner; a call naming both its sides before itself
    ("the Biden-Xi call"). Not "calls for …" (plural, a demand), and not one a trigger took."""
    taken = {c.head.i for c in cands}
    return [Candidate(n, CALL, [n]) for n in doc
            if n.i not in taken and n.tag_ == "NN" and lemma(n) in CALL.lemmas
            and ((_occasion_verb(n) is not None and _addressees(n)) or _speaker_call(n)
                 or sequel_call(n) or len(front_sides(n)) >= 2)] + find_phoned(doc, cands)


#: modifiers before a call or meeting noun that may name its sides ("the Biden-Xi call")
FRONT_DEPS = frozenset({"compound", "poss", "nmod"})


def front_sides(noun: Token) -> list[Token]:
    """Round 68: the sides a call or meeting noun names before itself, one token per distinct
    actor: "the Scholz-Xi call", "after a Duda-Biden phone call", "Chile and Peru's call" (both
    sides), "during an Erdogan call" (one, the other being the act's subject). Proper names
    only: "a Kremlin call" is Russia's, "a Monday call" or "a Zoom call" names no side."""
    seen: dict[str, Token] = {}
    for c in noun.children:
        if c.dep_ not in FRONT_DEPS or c.i > noun.i:
            continue
        for t in c.subtree:
            actor = _actor(t)
            if t.pos_ == "PROPN" and actor is not None and names_party(t):
                seen.setdefault(actor.id, t)
    return list(seen.values())


def _occasion_verb(noun: Token) -> Token | None:
    """The verb whose in/during phrase the noun is, also when the parser hung the phrase on
    the verb's object ("brought up concerns … in call")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in DURING or noun.head.head == noun.head:
        return None
    owner = noun.head.head
    if owner.dep_ == "dobj" and coarse_pos(owner) == "NOUN":
        owner = owner.head
    elif front_sides(noun):  # round 68: "agrees to a corridor during an Erdogan call"
        return _named_call_verb(owner)
    return speaking_verb(owner) if coarse_pos(owner) == "VERB" else None


def _named_call_verb(owner: Token) -> Token | None:
    """Round 68: the verb with a named subject that a call naming its side ("in an Erdogan
    call") belongs to, up through the nouns, prepositions and gerunds the parser hung it on
    ("spoke in favour of sending a mission to the plant in a Macron call": spoke)."""
    t = owner
    for _ in range(8):
        if coarse_pos(t) == "VERB" and any(s.pos_ != "PRON" for s in subject_of(t)):
            return speaking_verb(t)
        if t.dep_ not in ("pobj", "prep", "pcomp", "dobj", "xcomp") or t.head == t:
            return None
        t = t.head
    return None


def call_parties(cand: Candidate) -> list[Token]:
    """Both sides of a call told as an occasion: the verb's subject and ``_addressees``; of a
    call told by its verb (round 78, ``PHONED``), the subject and the one called."""
    if cand.entry is PHONED:
        return [s for s in listed_subjects(subject_of(cand.head)) if s.pos_ != "PRON"] + [
            c for c in cand.head.children if c.dep_ in ("dobj", "oprd")]
    paired = front_sides(cand.head) if cand.entry is CALL else []
    if len(paired) >= 2:  # round 68: "the Biden-Xi call" names both sides itself
        return paired
    verb = _occasion_verb(cand.head) if cand.entry is CALL else None
    if verb is None:
        if cand.entry is CALL:
            return _speaker_call(cand.head) or sequel_call(cand.head)
        # round 18: "after a call / meeting with Y" read by a "with" trigger: the act's subject too
        return sequel_call(cand.head)
    return [s for s in listed_subjects(subject_of(verb)) if s.pos_ != "PRON"] + _addressees(cand.head)


def _requested_doers(noun: Token) -> list[Token]:
    """The subjects of the requested act an occasion noun hangs on ("calls for Russia to
    withdraw … during a call with X": Russia), when the occasion belongs to the request
    (``speaking_verb``); else []."""
    if noun.dep_ != "pobj" or noun.head.head == noun.head:
        return []
    verb = noun.head.head
    if coarse_pos(verb) != "VERB" or speaking_verb(verb) == verb:
        return []
    return [s for s in listed_subjects(subject_of(verb)) if s.pos_ != "PRON"] + \
        [o for o in verb.head.children if o.dep_ == "dobj" and verb.dep_ == "xcomp"]


def _speaker_call(noun: Token) -> list[Token]:
    """A headline's speaker "to" an addressee "in call" ("Chile's president to Peru's leader in
    call: …", round 17): the verbless speaker phrase names both sides of the call."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in DURING or noun.head.head == noun.head:
        return []
    speaker = noun.head.head
    if speaker.dep_ == "pobj" and speaker.head.lower_ == "to" and speaker.head.head != speaker.head:
        speaker = speaker.head.head  # "in call" hung on the addressee
    if coarse_pos(speaker) == "VERB" or speaker.pos_ == "PRON" or not names_party(speaker):
        return []
    addressees = [o for p in preps_of(speaker, frozenset({"to"})) for o in pobjs(p) if names_party(o)]
    return [speaker, *addressees] if addressees else []


def _named_official(token: Token) -> bool:
    """A common noun that names a person or state ("the Peruvian president"), not a group told
    by what it does ("reporters", "voters")."""
    actor = actor_at(token.doc, token.idx, token.idx + len(token.text))
    return actor is not None and actor.kind in ("person", "state")


def _addressees(noun: Token) -> list[Token]:
    """The one a verb's act in a call is aimed at ("thanked Y in a call", "brought up concerns
    to Y in a call"): its named object or "to" object is the other party of the call; a call
    with no partner named ("said in a call on Friday") may be one with the press."""
    verb = _occasion_verb(noun)
    if verb is None:
        return []
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    out = [o for h in heads for p in preps_of(h, frozenset({"to"})) for o in pobjs(p)]
    # round 18: a common noun that names an actor is a partner too ("pressed the Peruvian
    #   president … during their call"); not "told reporters in a call" (no actor)
    out += [c for c in verb.children if c.dep_ in ("dobj", "dative")
            and (c.pos_ == "PROPN" or _named_official(c))]
    # round 75: "urged a ceasefire over the phone with Putin": the verb's "with" party
    out += [o for h in heads + [noun] for p in preps_of(h, frozenset({"with"})) for o in pobjs(p)
            if o.pos_ == "PROPN" or _named_official(o)]
    # round 68: "agreed to the plan during an Erdogan call": the one name before the call is
    #   its other side, when it is not the verb's own subject
    own = {a.id for a in map(_actor, subject_of(verb)) if a is not None}
    out += [t for t in front_sides(noun) if (a := _actor(t)) is not None and a.id not in own]
    return [o for o in out if names_party(o)]


# ---------------------------------------------------------------- joining a body's meeting
#: verbs whose object meeting their subject joins ("addressed the G7 summit")
JOIN_OBJECT = word_list(LISTS, "join_object")
#: prepositions by which a verb puts its subject in a meeting ("arrives at/to", "spoke in")
JOIN_PREPS = frozenset({"at", "to", "in", "inside", "into", "during"})
#: verbs of telling news about a meeting from outside it
OUTSIDE = word_list(LISTS, "outside")
BODY_KINDS = frozenset({"igo", "organization", "ngo"})
GATHERINGS = word_list(LISTS, "gatherings")


def body_gathering(noun: Token) -> bool:
    """A gathering noun named by a body ("the G7 meeting", "a closed-door NATO meeting",
    "Security Council meeting"): a modifier before it is an igo or organisation."""
    if lemma(noun) not in GATHERINGS:
        return False
    mods = [t for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss") and c.i < noun.i
            for t in c.subtree]
    found = [actor_at(noun.doc, t.idx, t.idx + len(t.text)) for t in mods]
    return any(a is not None and a.kind in BODY_KINDS for a in found)


def joining_verb(noun: Token) -> Token | None:
    """The verb by which someone joins the meeting ``noun``: its object under a verb of
    joining, or the object of an at/to/in phrase of a verb (or of a call noun in such a
    phrase: "spoke in a call inside the NATO meeting")."""
    if noun.dep_ == "dobj" and lemma(noun.head) in JOIN_OBJECT:
        return noun.head
    t = noun
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.lower_ not in JOIN_PREPS or t.head.head == t.head:
            return None
        owner = t.head.head
        if coarse_pos(owner) == "VERB":
            return None if lemma(owner) in OUTSIDE and t.head.lower_ != "in" else owner
        t = owner
    return None


def joiners(doc: Doc, cand: Candidate, args: Arguments) -> list[str]:
    """Who joins a body's meeting told as a nominal event: the subject of ``joining_verb``
    (active, a party other than the body)."""
    noun = cand.head
    if not cand.entry.reciprocal or cand.entry.event != "CONSULT" or coarse_pos(noun) != "NOUN":
        return []
    if not body_gathering(noun):
        return []
    verb = joining_verb(noun)
    if verb is None or is_passive(verb):
        return []
    subjects = [s for s in listed_subjects(subject_of(verb)) if s.pos_ != "PRON"]
    return [a for a in actors_for(doc, subjects) if a not in args.actor]


# ---------------------------------------------------------------- partners hung low
#: participles that make their own "with" phrase a party of another act ("the deal signed
#: with X", "drills held with Y"), not of the discussion
JOINT_PARTICIPLES = word_list(LISTS, "joint_participles")
#: things two parties make together, whose "with" phrase names the other maker ("discussed the
#: deal made with X")
JOINT_NOUNS = word_list(LISTS, "joint_nouns")


def _partner_heads(prep: Token) -> list[Token]:
    """The heads of a "with" phrase; also a subject the parser gave a gerund inside it
    ("with Ukrainians fleeing the war")."""
    heads = [o for o in pobjs(prep) if o.pos_ in ("NOUN", "PROPN", "PRON")]
    heads += [s for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
              for s in c.children if s.dep_ == "nsubj"]
    return heads


def low_partners(cand: Candidate) -> list[Token]:
    """The "with" partner of a reciprocal verb that the parser hung on a participle inside the
    object ("discussed the remarks made by X with Y"), or read as a gerund's subject ("speaks
    with Ukrainians fleeing …"). Only persons or parties named as actors; not the partner of
    a joint act told by the participle itself ("discussed the deal signed with X")."""
    verb = cand.head
    out: list[Token] = []
    for p in preps_of(verb, frozenset({"with"})):
        out += [h for h in _partner_heads(p) if h not in pobjs(p)]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if lemma(part) in JOINT_PARTICIPLES or lemma(obj) in JOINT_NOUNS:
                continue
            out += [h for p in preps_of(part, frozenset({"with"})) for h in pobjs(p)]
    if not preps_of(verb, frozenset({"with"})):
        out += [h for h in deep_partners(verb) if h not in out]
    return [h for h in out if _actor(h) is not None]


#: round 40 (review): nouns that take "with" for their own other side ("relations with X",
#: "the border with X", "a clash with X"): lexicon data
WITH_COMPLEMENTS = word_list(LISTS, "with_complements")
#: prepositions that open what is discussed ("discussed the future of the talks with X")
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding"})
#: prepositions inside the topic's noun chain ("the next steps of the bid with X")
CHAIN_PREPS = frozenset({"of", "for", "on", "to", "about", "over", "in"})
#: how deep inside the topic a "with" phrase may hang
DEEP = 4


def deep_partners(verb: Token) -> list[Token]:
    """Round 40: the "with" partner of a discussion that the parser hung inside its topic:
    "discussed the next steps of the bid with the Swedish premier", "discusses ways to speed up
    exports with her British counterpart". The topic's noun chain (nouns through prepositions,
    a to-clause on a noun and its object) is searched for a "with" phrase naming a person; not
    one on a word that takes "with" for its own other side: an act of the lexicon ("plans to
    cooperate with X", "the war with X"), a joint participle or thing ("the deal signed with
    X"), a relational noun (``with_complements``: "relations with X", "the border with X").
    Only for a verb with no "with" phrase of its own (``low_partners``). Round 40b (review):
    persons only, and "talked about X with Y" is left as it was (it made consultations of
    speeches: "spoke about relations with India")."""
    triggers = trigger_words(verb.doc)
    # the object, also a noun object the parser read as a clause ("discussed [NATO bid]/xcomp")
    start = [c for c in verb.children if c.dep_ == "dobj"
             or c.dep_ in ("xcomp", "ccomp") and coarse_pos(c) == "NOUN"]
    start += [o for p in preps_of(verb, TOPIC_PREPS) for o in pobjs(p)]
    out: list[Token] = []
    frontier, seen = start, set()
    for _ in range(DEEP):
        nxt: list[Token] = []
        for node in frontier:
            if node.i in seen:
                continue
            seen.add(node.i)
            # a noun or verb that takes "with" for its own other side ("the war with X", "relations
            # with X", "plans to cooperate with X", "the deal signed with X") keeps it
            own_side = (lemma(node) in triggers or node.lower_ in triggers or lemma(node) in JOINT_NOUNS
                        or lemma(node) in JOINT_PARTICIPLES or lemma(node) in WITH_COMPLEMENTS)
            if not own_side:
                # only a person: a state or a group "with" whom something is told is most often
                # that thing's other side ("the risks of a clash with Chinese troops")
                out += [h for p in preps_of(node, frozenset({"with"})) for h in _partner_heads(p)
                        if _person(h) or _office_holders(h)]
            nxt += [o for p in preps_of(node, CHAIN_PREPS) for o in pobjs(p)]
            nxt += [c for c in node.children if c.dep_ in ("acl", "relcl") and to_clause(c)]
            if coarse_pos(node) == "VERB":
                nxt += [c for c in node.children if c.dep_ == "dobj"]
        frontier = nxt
    return out


def gerund_parties(verb: Token) -> list[Token]:
    """A headline's coordinated parties before a gerund ("the Chilean and the Argentine
    presidents discussing trade" parsed as "presidents … [discussing trade]"): the parser
    hangs the gerund on the last conjunct as a modifier; every conjunct takes part."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or coarse_pos(verb.head) not in ("NOUN", "PROPN"):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return [first, *first.conjuncts] if first.conjuncts else []


#: answers to a request: whoever agrees to or refuses to consider one answers its owner
ANSWERS = frozenset({"AGREE", "REJECT"})
#: nouns of asking or applying whose owner is named by "from" ("bids from X and Y")
ASKS = ASKING | word_list("events_counterparts.yaml", "asks_extra")


def _state_id(doc: Doc, code: str) -> str | None:
    """The state actor of a country code, made an actor if need be."""
    state = next((a for a in doc._.parley_actors or [] if a.kind == "state" and a.country == code),
                 None) or place_state(doc, code)
    return state.id if state is not None else None


def askers(cand: Candidate) -> list[Token]:
    """The owners of a request that an answer is about, also down its to-clauses: "agrees to
    begin examining bids **from** X and Y", "refused to consider **X's** request": possessor,
    name compound or "from" object of the asking noun that the trigger or a verb of its
    to-clause chain takes as object."""
    verbs, t = [cand.head], cand.head
    for _ in range(3):
        nxt = [c for c in t.children if c.dep_ == "xcomp"]
        if not nxt:
            break
        t = nxt[0]
        verbs.append(t)
    nouns = [c for v in verbs for c in v.children if c.dep_ == "dobj" and lemma(c) in ASKS]
    out = [c for n in nouns for c in n.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    out += [o for n in nouns for p in preps_of(n, frozenset({"from", "by"})) for o in pobjs(p)]
    return out


def complete_parties(doc: Doc, cand: Candidate, args: Arguments) -> Arguments:
    """The round 11 steps, after ``participants.complete``: a first person after a headline
    speaker's colon is that speaker; the owners of a request answered;
    joiners of a body's meeting and low partners join the source; partners of a talk folded
    into a visit are its target."""
    if not args.actor and any(h.lower_ in FIRST_PERSON and pronoun(h) for h in args.actor_heads):
        speaker = colon_speaker(doc, cand.head)  # 'X: "I am ready for talks" with Y'
        args.actor = [a for a in actors_for(doc, [speaker] if speaker is not None else [])
                      if a not in args.recipient]
    if cand.entry.event in ANSWERS and not args.recipient:
        heads = with_conjuncts(askers(cand))
        found = actors_for(doc, heads) + [s for s in (country_state(doc, h) for h in heads) if s]
        args.recipient = [a for a in dict.fromkeys(found) if a not in args.actor]
    if cand.entry.event != "CONSULT":
        return args
    if cand.entry.mode in ("visit", "host"):
        _visit_parties(doc, cand, args)
        return args
    if not cand.entry.reciprocal:
        return args
    spoken, commenting = speaker_parties(doc, cand, args)
    args.actor = [a for a in args.actor if a not in commenting] + \
        [a for a in spoken if a not in args.actor]
    sides = actors_for(doc, call_parties(cand))
    if sides and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in cand.head.children):
        args.actor = []  # round 17: "during their call": "their" is the two sides, nobody else
    args.actor += [a for a in dict.fromkeys(joiners(doc, cand, args) + sides) if a not in args.actor]
    if sides:  # "urged the rebels to lay down arms during a call with X": the rebels are no side
        doers = actors_for(doc, _requested_doers(cand.head))
        args.actor = [a for a in args.actor if a in sides or a not in doers]
    args.recipient = [a for a in args.recipient if a not in args.actor]
    if coarse_pos(cand.head) == "VERB":
        args.actor += [a for a in actors_for(doc, low_partners(cand) + gerund_parties(cand.head))
                       if a not in args.actor]
        args.recipient = [a for a in args.recipient if a not in args.actor]
    return args


def _visit_parties(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """The visit and host steps of ``complete_parties``: the visited state, a journey's or an
    occasion's visitors and host, a place named before the trip, talks told beside a visit."""
    by_id = actors_by_id(doc)
    if lemma(cand.head) in ARRIVING and coarse_pos(cand.head) == "VERB":  # the visited state
        states = [a for a in (_state_id(doc, c) for c in destinations(cand.head))
                  if a is not None and a not in args.actor]
        args.recipient = states + [a for a in args.recipient if a not in states]
        body = [a for a in hosting_body(doc, cand.head) if a not in args.actor]
        if body:  # round 17: ahead of a body's summit, the body hosts (not the city's state)
            args.recipient = body + [a for a in args.recipient if a not in body + states]
    journey = journey_of(cand.head) if coarse_pos(cand.head) == "NOUN" else None
    if journey is not None:  # round 21: "heads to Rabat for a two-day visit"
        visit_journey(doc, cand, journey, args)
    trip = occasion_trip(cand.head) if coarse_pos(cand.head) == "NOUN" else None
    if trip is not None:  # round 21: "made the remarks during a visit to X"
        visit_occasion(doc, trip, args)
    elif coarse_pos(cand.head) == "NOUN" and cand.entry.mode == "visit":
        visited_before(doc, cand.head, args)  # round 74: "wraps up his Japan visit"
    for inner in cand.absorbed:  # "visits the camp, speaks with refugees"
        if inner.entry.event != "CONSULT" or not inner.entry.reciprocal \
                or inner.head not in cand.head.conjuncts:
            continue
        heads = [h for p in preps_of(inner.head, frozenset({"with"})) for h in _partner_heads(p)]
        # not the visitor's own people met abroad ("meets with the US ambassador and troops")
        own = {by_id[a].country for a in args.actor if a in by_id and by_id[a].country}
        args.recipient += [a for a in actors_for(doc, heads) if a not in args.actor + args.recipient
                           and a in by_id and by_id[a].country and by_id[a].country not in own]


#: round 43: verbs by which a side speaks of its own talks (lexicon data)
TALK_SPEAKERS = word_list(LISTS, "talk_speakers")


def speaker_parties(doc: Doc, cand: Candidate, args: Arguments) -> tuple[list[str], list[str]]:
    """Round 43, the speaker of a talk noun (the subject of the verb of ``TALK_SPEAKERS`` above
    it or closing the sentence, ``_talk_speaker_verb``), as (sides to add, commentators to drop).

    A side: "Chile claims progress in negotiations with Bolivia", "the talks with Bolivia were
    useful, the Chilean president says" — a noun whose only side named is its "with" partner is
    the speaker's own talks, so a speaker by name or office (``_speakers``) of another country
    than the partner is the other side; not when the noun names its own side ("Peru's talks
    with Chile", "their talks") or two ("talks between …"). A commentator ("a Russian expert",
    "Israeli analysts", "a BBC correspondent"), who speaks of others' talks, is no side of them,
    also where an older rule made a reporter's subject one."""
    noun = cand.head
    verb = _talk_speaker_verb(noun) if coarse_pos(noun) == "NOUN" else None
    if verb is None:
        return [], []
    sides, commenting = _speakers(doc, verb)
    if len(args.actor) != 1 or _own_side_named(noun):
        return [], commenting
    partners = [h for p in preps_of(noun, frozenset({"with"})) for h in _partner_heads(p)] \
        or verb_with_partners(cand)  # "says negotiations continue with Y"
    if not partners or set(actors_for(doc, partners)) != set(args.actor):
        return [], commenting
    return _other_sides(doc, sides, args.actor), commenting


def _own_side_named(noun: Token) -> bool:
    """A talk noun naming a side before itself ("Peru's talks", "their talks", "Chilean talks")."""
    return any(c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "PRON", "ADJ")
               and (c.pos_ != "ADJ" or c.ent_type_ in ("NORP", "GPE")) for c in noun.children)


def _other_sides(doc: Doc, sides: list[str], partners: list[str]) -> list[str]:
    """The speakers that may be a side against ``partners``: of a country (or a body of
    states) other than theirs."""
    by_id = actors_by_id(doc)
    own = {by_id[a].country for a in partners if a in by_id}
    return [a for a in sides if a in by_id and (by_id[a].country or by_id[a].kind == "igo"
                                                 or by_id[a].org)
            and by_id[a].country not in own]


#: round 68 (review): what a meeting is described "as" when it has not taken place ("describes a
#: meeting with Y as impossible")
UNREAL_AS = word_list(LISTS, "unreal_as")


def _judged_unreal(verb: Token) -> bool:
    """The verb describes the talk "as" something that says it has not happened ("as
    impossible", "as premature", "as out of the question"): the few words after an "as" of
    the verb's clause (the parser hangs it on the verb, the noun or the adjective)."""
    doc, end = verb.doc, verb.sent.end
    return any(lemma(w) in UNREAL_AS for a in verb.subtree if a.lower_ == "as"
               for w in doc[a.i + 1:min(a.i + 5, end)])


def telling_side(noun: Token) -> list[str]:
    """Round 68: the speaker of a talk noun that names only its "with" partner, when the
    speaker may be the other side ("the Austrian chancellor describes a tense meeting with
    Lukashenko", "recounts the talks with Y"): a side telling of its own meeting, which is
    news, not a topic (``named_meetings.reported_meeting``). Not a commentator's ("analysts
    describe …") nor a meeting naming its own side ("Peru's talks with Chile")."""
    verb = _talk_speaker_verb(noun) if coarse_pos(noun) == "NOUN" else None
    if verb is None or _own_side_named(noun) or _judged_unreal(verb):
        return []
    partners = actors_for(noun.doc, [h for p in preps_of(noun, frozenset({"with"}))
                                     for h in _partner_heads(p)])
    if not partners:
        return []
    return _other_sides(noun.doc, _speakers(noun.doc, verb)[0], partners)


def _speakers(doc: Doc, verb: Token) -> tuple[list[str], list[str]]:
    """The subjects of a verb of speaking about talks, split into those that may be a side — a
    name of a state, international body or person ("Chile", "Zelensky"), or an office (an actor
    of a government or military sector: "the Chilean president", "American officials") — and
    commentators ("a Russian expert", "Israeli analysts", "The Washington Post", "a BBC
    correspondent"), who speak of others' talks."""
    by_id = actors_by_id(doc)
    sides: list[str] = []
    others: list[str] = []
    for c in (c for c in verb.children if c.dep_ == "nsubj"):
        for a in actors_for(doc, [c]):
            if a not in by_id:
                continue
            actor = by_id[a]
            # a pronoun stands for the name it refers to ("he said the talks with X …")
            named = c.pos_ in ("PROPN", "PRON") and actor.kind in ("state", "igo", "person")
            (sides if named or actor.sector in OFFICIAL_SECTORS else others).append(a)
    return list(dict.fromkeys(sides)), [a for a in dict.fromkeys(others) if a not in sides]


def _talk_speaker_verb(noun: Token) -> Token | None:
    """The verb of ``TALK_SPEAKERS`` whose content or object holds the noun (up to four steps
    up), or the one closing the sentence after it ("…, the Chilean president says"); not
    through a clause whose subject is a party of its own ("X says Peru is not against talks
    with Y": Peru's talks, not X's; a pronoun passes: "says they will achieve results")."""
    doc = noun.doc
    t = noun
    for _ in range(4):
        if t.head == t:
            break
        t = t.head
        if coarse_pos(t) not in ("VERB", "AUX"):
            continue
        if lemma(t) in TALK_SPEAKERS:
            return t
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
               and actor_at(doc, c.idx, c.idx + len(c.text)) is not None for c in t.children):
            return None
        if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis"):
            break
    root = noun.sent.root
    if lemma(root) in TALK_SPEAKERS and root.i > noun.i and not any(
            c.dep_ in ("ccomp", "dobj") and c.i > root.i for c in root.children):
        return root
    return None


def visit_journey(doc: Doc, cand: Candidate, journey: Token, args: Arguments) -> None:
    """A trip noun that is a journey's purpose ("flies to Rabat for a visit"): the journey's
    subject is the visitor, its destination's state the host, when the noun named neither;
    not a destination in the visitor's own country."""
    named = actors_for(doc, travellers(journey))
    if not named:  # "tourists head to Rome for a visit": no party travels
        return
    if not args.actor:
        args.actor = named
    if args.recipient:
        return
    by_id = actors_by_id(doc)
    own = {by_id[a].country for a in args.actor if a in by_id and by_id[a].country}
    where = [c for c in dict.fromkeys(destinations(journey) + for_places(journey, cand.head))
             if c not in own and not c.startswith("igo:")]
    args.recipient = [a for a in (_state_id(doc, c) for c in where) if a is not None and a not in args.actor]


def visited_before(doc: Doc, noun: Token, args: Arguments) -> None:
    """Round 74: a place or state named before a trip noun is where the trip goes ("wraps up
    his Japan visit", "the chancellor's Beijing visit", "returned following a US trip"): the
    visited state is the target, never a visitor. With no "to" phrase of its own (then the
    name is the visitors': "a US visit to Kyiv"). The visitors, when the noun names none, are
    the subject of the verb the noun is the object of or hangs on ("Modi wraps up …"; a
    pronoun for its antecedent)."""
    if preps_of(noun, frozenset({"to"})):
        return
    hosts = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"
             and place_at(doc, c.idx, c.idx + len(c.text)) is not None]
    host = next((place_at(doc, c.idx, c.idx + len(c.text)) for c in hosts), None)
    code = host.country if host is not None else None
    state = _state_id(doc, code) if code else None
    if state is None:
        return
    by_id = actors_by_id(doc)
    people = [a for a in args.actor if a in by_id and by_id[a].kind != "state"] \
        or actors_for(doc, _trip_takers(noun))
    if any(a in by_id and by_id[a].country == code for a in people):
        return  # review 74: "the Kenyan president's Nairobi visit": a trip at home, no host
    args.actor = [a for a in args.actor if a != state
                  and not (a in by_id and by_id[a].kind == "state" and by_id[a].country == code)]
    if not args.actor:
        args.actor = [a for a in actors_for(doc, _trip_takers(noun))
                      if not (a in by_id and by_id[a].country == code)]
    args.recipient = [state] + [a for a in args.recipient if a != state and a not in args.actor]


def _trip_takers(noun: Token) -> list[Token]:
    """The subject of the verb a trip noun is the object of or hangs on (through "following",
    "after", "from"): who made the trip."""
    t = noun
    for _ in range(3):
        if t.dep_ not in ("dobj", "pobj", "prep") or t.head == t:
            return []
        t = t.head
        if coarse_pos(t) == "VERB":
            return subject_of(t)
    return []


def visit_occasion(doc: Doc, trip: tuple[list[Token], str], args: Arguments) -> None:
    """A trip noun that is an act's occasion: its travellers are the visitors and the host's
    state the visited, in place of a host the noun's modifier put in the source ("US trip")."""
    heads, host = trip
    host_state = _state_id(doc, host)
    by_id = actors_by_id(doc)
    # ``actors_for`` also reads the heads' conjuncts: none of the host's own is a visitor
    visitors = [a for a in actors_for(doc, heads) if not (a in by_id and by_id[a].country == host)]
    args.actor = visitors + [a for a in args.actor if a not in visitors and a != host_state
                             and not (a in by_id and by_id[a].country == host)]
    if host_state is not None and host_state not in args.recipient:
        args.recipient = [host_state, *args.recipient]
    args.recipient = [a for a in args.recipient if a not in args.actor]


# ---------------------------------------------------------------- no meeting at all
MEETING_NOUNS = TALK_NOUNS | GATHERINGS

def no_meeting(cand: Candidate) -> bool:
    """A visit by private people, a thing received, or a dictionary-tier meeting with a thing
    (below)."""
    return private_travel(cand) or thing_received(cand) or thing_met(cand) or no_visit_arrival(cand)


#: verbs of arriving somewhere
ARRIVING = word_list(LISTS, "arriving")
#: prepositions naming where one arrives, and a purpose phrase ("for talks", "ahead of a summit")
ARRIVAL_PREPS = frozenset({"in", "to", "at"})
PURPOSE_PREPS = frozenset({"for"})
#: words of a time phrase naming a meeting still to come ("ahead of a summit", "before talks")
AHEAD = frozenset({"ahead", "prior", "before"})


def no_visit_arrival(cand: Candidate) -> bool:
    """An arrival that is no visit of its own: the destination is not a place or state of
    another country than the traveller's ("arrived in central Kherson" by Ukrainian officials,
    "arrives in Russian court"), the traveller is no actor (a body's official with no country
    still visits), or the arrival is "for talks" (the meeting is the event; a trip and its
    meeting are one event). Round 17: "ahead of a summit" stays a visit: the meeting still to
    come is the backdrop of a time phrase, no event, so the arrival is the one told
    (``meetings_ahead`` gives a body's summit as the host)."""
    if cand.entry.mode != "visit" or lemma(cand.head) not in ARRIVING or cand.entry.tier != "curated":
        return False
    verb = cand.head
    purposes = [o for p in preps_of(verb, PURPOSE_PREPS) for o in pobjs(p)]
    if any(lemma(o) in MEETING_NOUNS | {"visit", "trip"} for o in purposes):
        return True
    travellers = [a for a in (_actor(s) for s in subject_of(verb)) if a is not None]
    own = {a.country for a in travellers if a.country}
    where = set(destinations(verb))
    return not travellers or not where or bool(where & own)


def meetings_ahead(verb: Token) -> list[Token]:
    """Meeting nouns an arrival comes ahead of ("arrives in Lima ahead of the OAS summit",
    "before talks with …")."""
    phrases = [a for a in verb.children if a.lower_ in AHEAD]
    heads = [o for a in phrases for q in preps_of(a, frozenset({"of", "to"})) for o in pobjs(q)]
    heads += [o for a in phrases if a.dep_ == "prep" for o in pobjs(a)]
    return [o for o in heads if lemma(o) in MEETING_NOUNS]


def hosting_body(doc: Doc, verb: Token) -> list[str]:
    """The body whose meeting an arrival comes ahead of is the host visited ("arrives in
    Brussels ahead of the NATO ministers' meeting": NATO)."""
    out: list[str] = []
    for noun in (n for n in meetings_ahead(verb) if body_gathering(n)):
        mods = [t for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss")
                and c.i < noun.i for t in c.subtree]
        out += [a.id for a in map(_actor, mods) if a is not None and a.kind in BODY_KINDS]
    return list(dict.fromkeys(out))


def destinations(verb: Token) -> list[str]:
    """The countries of the places, states or seats of government an arrival verb names by
    in/to/at (an international body counts as a country of its own)."""
    doc, out = verb.doc, []
    for g in (o for p in preps_of(verb, ARRIVAL_PREPS) for o in pobjs(p)):
        place = place_at(doc, g.idx, g.idx + len(g.text))
        actor = _actor(g)
        if actor is None and lemma(g) in SEATS:  # "UN headquarters": the body's own seat
            actor = next((a for a in map(_actor, g.children) if a is not None), None)
        if place is not None and place.country:
            out.append(place.country)
        elif actor is not None and actor.kind == "state" and actor.country:
            out.append(actor.country)
        elif actor is not None and _seat_of_power(actor):
            # round 14: "arrives at the White House", "at UN headquarters": a government's
            #   seat or an international body is a host to be visited (a court is not)
            out.append(actor.country or f"igo:{actor.org or actor.name}")
    return list(dict.fromkeys(out))


#: nouns naming a body's building by the body ("NATO headquarters", "the EU's offices")
SEATS = word_list(LISTS, "seats")


def _seat_of_power(actor: Actor) -> bool:
    """A government body of a state or an international organisation: what an official
    visits ("arrives at the White House", "at NATO headquarters"); courts, firms and
    hospitals are no hosts."""
    if actor.kind == "igo":
        return True
    return actor.kind == "organization" and actor.sector == "GOV" and bool(actor.country)


#: verbs of hosting or receiving a visitor
RECEIVING = word_list(LISTS, "receiving")


def thing_received(cand: Candidate) -> bool:
    """"received the endorsement of X", "hosts a forum of Y": a host or receive entry with no
    object list (the one that needs a party as object) whose direct object is a thing or
    missing; the party in its "of" phrase is the thing's owner, not a visitor."""
    if cand.entry.cameo != "043" or cand.entry.obj or lemma(cand.head) not in RECEIVING:
        return False
    objects = [c for c in cand.head.children if c.dep_ == "dobj"]
    # no object, or a thing among them ("receiving protection was X", misparsed as two objects)
    return not objects or not all(names_party(o) for o in objects)


def thing_met(cand: Candidate) -> bool:
    """A dictionary-tier verb of meeting (CAMEO 040: "run into", "encounter", "contact") whose
    objects name no party and no meeting: "ran into financial trouble", "run into trade
    frictions" are difficulties met, not a meeting ("convened a call" stays)."""
    if cand.entry.tier == "curated" or cand.entry.event != "CONSULT":
        return False
    verb = cand.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [o for p in preps_of(verb, cand.entry.prep | cand.entry.prt) for o in pobjs(p)]
    return bool(objects) and not any(names_party(o) or lemma(o) in MEETING_NOUNS for o in objects)


def private_travel(cand: Candidate) -> bool:
    """A visit whose subject is a bare plural nationality ("6,000 Ruritanians travelled to
    Freedonia", "Ruritanians flock to the border"), or a hosting whose object is one ("hosts
    two million Ruritanians"): people moving or taken in, no delegation of a party."""
    if cand.entry.mode != "visit" or coarse_pos(cand.head) != "VERB":
        return False
    deps = ("dobj",) if cand.entry.cameo == "043" else ("nsubj",)
    people = [c for c in cand.head.children if c.dep_ in deps]
    return bool(people) and all(
        s.tag_ in ("NNPS", "NNS") and s.ent_type_ == "NORP"
        and not any(c.dep_ in ("det", "poss") for c in s.children) for s in people)
