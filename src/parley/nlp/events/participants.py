"""Participants named in prepositional phrases of an event's theme (round 9, class 1).

Headlines name who an act is aimed at inside the phrase of what is given, banned or asked for,
not on the trigger: "bans imports **from** X" (X is hit), "suspends visas **for** X's citizens",
"pledges $5 million in aid **to** X", "asks for weapons and aid **from** X", "halts sales **in** X",
"calls for X's resignation", "condemnation of X's strikes". ``args`` reads only prepositions on
the trigger and its direct object; this module walks the theme phrase (objects, their conjuncts,
"of" phrases and the "in" phrase of an amount) and takes the role prepositions of the event type.

Which preposition marks the target comes from shared knowledge, not from sentences: the event
type's ``recipient_preps`` (triggers.yaml), the prepositions the CAMEO verb dictionary marks
with its target sign ``+`` ("- * FROM +", "(TO +)"), read per PLOVER type through the
crosswalk, and ``THEME_PREPS`` below for the trade, travel and presence nouns a sanction or
restriction takes. A country named there with no actor of its own (the actors component reads
"from Belarus" as a place) is its state.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from parley import ontology
from parley.lexicon import load, load_text
from parley.nlp.countries import countries
from parley.nlp.events import nominal_agents
from parley.nlp.events.args import (
    Arguments,
    actors_for,
    demonym_state,
    place_state,
    purpose_helped,
    theme_owners,
)
from parley.nlp.events.lexicon import Modifiers, TriggerLexicon
from parley.nlp.events.match import Candidate, coarse_pos, lemma, pobjs, preps_of, with_conjuncts
from parley.nlp.events.state_groups import group_ids
from parley.nlp.extensions import actor_at, actors_by_id, place_at

_LISTS = load("participants.yaml", top=dict, empty={})


def _words(group: str) -> frozenset[str]:
    """One word list of participants.yaml (read once, at import)."""
    return frozenset(_LISTS[group]["words"])

DICTIONARY_FILE = "petrarch2/CAMEO.2.0.txt"
#: "* (FROM +)", "* ON +": a preposition right after the verb's place (``*``) or opening a
#: phrase, followed by the dictionary's target sign; one inside a noun phrase ("&REFUGEE FROM
#: +", "ORDERS FROM +") belongs to that noun, not to the verb
_TARGET_PREP = re.compile(r"(?:\*|\()\s*([A-Z]+)\s+\+")
_CODE = re.compile(r"\[([0-9]{3,4})")
#: the dictionary's prepositions; other words before "+" are nouns or verbs of the pattern
_PREPOSITIONS = frozenset({"about", "against", "at", "for", "from", "in", "into", "of", "on",
                           "over", "to", "toward", "towards", "with"})

#: prepositions on the theme of a sanction or restriction that name the one it hits: trade
#: ("imports from X", "exports to X", "deals with X"), travel ("visas for X's citizens",
#: "flights to X") and presence ("operations in X": a firm's pull-out hits the country)
THEME_PREPS: dict[str, frozenset[str]] = {
    "SANCTION": frozenset({"from", "to", "for", "with", "in"}),
    "COERCE": frozenset({"from", "to", "for"}),
}
#: types whose country named by a preposition is where the act goes, not whom it is done to:
#: troops sent into X (MOBILIZE), talks in X, a withdrawal from X; attacks keep their own
#: attacked-place rule (``args.place_victims``)
PLACE_NOT_PARTY = frozenset({"MOBILIZE", "CONSULT", "RETREAT", "ASSAULT"})
#: "in X" marks a target only as a country (a pull-out from it), never as a venue or a person
PLACE_ONLY = frozenset({"in"})
#: event types whose theme is an act owned by the one addressed or blamed: "calls for X's
#: resignation", "condemnation of X's strikes", "welcomes X's decision"
OWNED_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SUPPORT"})
OWNED_ACT_PREPS = frozenset({"for", "of", "over", "on"})


@lru_cache(maxsize=1)
def cameo_target_preps() -> dict[str, frozenset[str]]:
    """Per PLOVER type, the prepositions that CAMEO dictionary patterns mark as taking the
    target (``+``): shared knowledge of which preposition names whom an act is aimed at."""
    _, text = load_text(DICTIONARY_FILE)
    rows = ontology.crosswalk()
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if not line.lstrip().startswith("-") or "+" not in line:
            continue
        code = _CODE.search(line)
        row = rows.get(code.group(1)) if code else None
        if row is None or not row.event:
            continue
        for prep in _TARGET_PREP.findall(line[line.index("*"):] if "*" in line else ""):
            if prep.lower() in _PREPOSITIONS:
                out.setdefault(row.event, set()).add(prep.lower())
    return {k: frozenset(v) for k, v in out.items()}


def role_preps(lexicon: TriggerLexicon, cand: Candidate) -> frozenset[str]:
    """The prepositions that mark the target of this candidate's event type."""
    event = cand.entry.event
    return (lexicon.recipient_preps.get(event, frozenset()) | cand.entry.to
            | cameo_target_preps().get(event, frozenset()) | THEME_PREPS.get(event, frozenset()))


def _amount(token: Token, mods: Modifiers) -> bool:
    """A noun that only measures what follows in its "of"/"in" phrase ("$5 million in aid",
    "tons of grain")."""
    return (token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or token.pos_ == "NUM"
            or lemma(token) in mods.lemmas("quantity") or token.lower_ == "worth"
            or any(c.dep_ == "nummod" for c in token.children))


def theme_nouns(cand: Candidate, mods: Modifiers) -> list[Token]:
    """The nouns of the event's theme phrase: a nominal trigger itself, else the trigger's
    direct objects; with their conjuncts, their "of" objects, and the "in" object of an
    amount ("pledged $5 million **in aid** to X")."""
    head = cand.head
    start = [head] if coarse_pos(head) == "NOUN" else [c for c in head.children if c.dep_ == "dobj"]
    if coarse_pos(head) == "NOUN" and head.dep_ == "compound" and coarse_pos(head.head) == "NOUN":
        start.append(head.head)  # "sanctions bills", "aid package": the phrase's head noun
    out = with_conjuncts(start)
    for _ in range(2):
        more = []
        for n in out:
            names = frozenset({"of", "in"}) if _amount(n, mods) else frozenset({"of"})
            more += [o for p in preps_of(n, names) for o in pobjs(p) if coarse_pos(o) == "NOUN"]
        out += [m for m in with_conjuncts(more) if m not in out]
    return out


def country_state(doc: Doc, token: Token) -> str | None:
    """The state of a country named as a place ("from Belarus", "bids from Moldova"), made an
    actor if need be (also ``counterparts.complete_parties``)."""
    place = place_at(doc, token.idx, token.idx + len(token.text))
    if place is None or not place.country or place.feature != "country":
        return None
    state = next((a for a in doc._.parley_actors or [] if a.kind == "state"
                  and a.country == place.country), None) or place_state(doc, place.country)
    return state.id if state is not None else None


def _own_countries(doc: Doc, args: Arguments) -> set[str]:
    by_id = actors_by_id(doc)
    return {c for a in args.actor if a in by_id and (c := by_id[a].country)}


def phrase_recipients(doc: Doc, cand: Candidate, args: Arguments, lexicon: TriggerLexicon,
                      mods: Modifiers) -> list[str]:
    """Targets named by a role preposition inside the theme phrase, for an event that has
    none yet. Reciprocal events keep their partners elsewhere (``_partners``)."""
    if cand.entry.reciprocal:
        return []
    preps = role_preps(lexicon, cand)
    own = _own_countries(doc, args)
    out: list[str] = []
    # the trigger's own phrases too: there only a country the actors component read as a
    # place is new ("asked for aid from India"); and the verb that carries an event noun as
    # its object ("increase aid **to** X", "impose sanctions **on** X")
    nouns = [cand.head] + [n for n in theme_nouns(cand, mods) if n != cand.head]
    if coarse_pos(cand.head) == "NOUN" and cand.head.dep_ == "dobj" and not cand.verbal:
        nouns.append(cand.head.head)
    # on the trigger, besides the type's own prepositions, only "in" + a country of a pull-out
    # ("suspends services in X"), which yields a state and nothing else
    trigger_preps = (lexicon.recipient_preps.get(cand.entry.event, frozenset()) | cand.entry.to
                     | (THEME_PREPS.get(cand.entry.event, frozenset()) & PLACE_ONLY))
    for noun in nouns:
        # the trigger's own phrases were read by ``args`` with the type's prepositions; only
        # the theme's phrases take the wider set
        for p in preps_of(noun, trigger_preps if noun == cand.head else preps):
            for o in pobjs(p):
                found = [] if p.lower_ in PLACE_ONLY else actors_for(doc, [o])
                if not found and cand.entry.event not in PLACE_NOT_PARTY:
                    state = country_state(doc, o)
                    found = [state] if state else []
                out += [a for a in found if a not in out and a not in args.actor]
    if not out:  # "froze $3 billion in Libyan assets": whose the measured thing is
        measured = [n for n in theme_nouns(cand, mods)
                    if n.head.dep_ == "prep" and _amount(n.head.head, mods)]
        out = theme_owners(doc, Arguments(actor=list(args.actor), theme_heads=measured))
    by_id = actors_by_id(doc)
    return [a for a in out if a in by_id and (by_id[a].kind != "state" or by_id[a].country not in own)]


def owned_act_targets(doc: Doc, cand: Candidate, args: Arguments) -> list[str]:
    """The owner of the act a request, accusation or welcome is about ("calls for X's
    resignation", "condemnation of X's strikes", "welcomed the suspension of X's seat"): the
    possessor of a for/of/over phrase's noun on the trigger (or of its object's "of" phrase)
    is the one addressed, blamed or welcomed."""
    if cand.entry.event not in OWNED_ACT_TYPES:
        return []
    heads = [o for p in preps_of(cand.head, OWNED_ACT_PREPS) for o in pobjs(p)
             if coarse_pos(o) == "NOUN"]
    # "welcomed the suspension **of X's** status": the act's object phrase
    objects = [c for c in cand.head.children if c.dep_ == "dobj" and coarse_pos(c) == "NOUN"]
    heads += [o for d in objects for p in preps_of(d, frozenset({"of"})) for o in pobjs(p)]
    owners = [c for h in heads for c in h.children if c.dep_ == "poss"]
    return [a for a in actors_for(doc, owners) if a not in args.actor]


#: nouns of a licence for an act ("grants permission for the arrest", "issued a warrant for
#: the detention"): who grants the licence is the one acting through it
LICENCES = _words("licences")


def licensing_subjects(cand: Candidate) -> list[Token]:
    """Class 2 of round 9, the authority behind an act: a nominal trigger in the "for" phrase
    of a licence noun that a verb takes as object ("the court granted permission for the
    arrest of X", "prosecutors issued a warrant for the detention of Y"): the verb's subject."""
    noun = cand.head
    if coarse_pos(noun) != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    licence = noun.head.head
    if lemma(licence) not in LICENCES or licence.dep_ != "dobj":
        return []
    return [c for c in licence.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _reported_meeting(cand: Candidate) -> Token | None:
    """The reciprocal noun with a "with" partner that a reciprocal event is told by: the
    trigger itself ("the meeting with X"), or the passive subject of a trigger verb ("talks
    with X to be held"); through a partitive "of" ("a new round of talks with X")."""
    head = cand.head
    if coarse_pos(head) == "NOUN":
        nouns = [head]
    else:
        nouns = [c for c in head.children if c.dep_ == "nsubjpass"]
        nouns += [o for n in nouns for p in preps_of(n, frozenset({"of"})) for o in pobjs(p)]
    for noun in nouns:
        if preps_of(noun, frozenset({"with"})) and not any(c.dep_ == "poss" for c in noun.children):
            return noun
    return None


def reporting_party(cand: Candidate, mods: Modifiers) -> list[Token]:
    """Class 2 of round 9, a party reporting its own meeting: a reciprocal event noun with a
    "with" partner, subject of the clause a reporting verb governs ("Kenya says the meeting
    with Ethiopian officials covered trade", "Peru said talks with Chile had gone well"): the
    one who reports the meeting with someone else took part in it. Round 10: also the
    reported meeting as the reporting verb's object or told through a partitive noun ("Chile
    confirms talks with Peru", "Oman announces a new round of talks with Yemen to be held")."""
    noun = _reported_meeting(cand) if cand.entry.reciprocal else None
    if noun is None:
        return []
    # the phrase's head in the clause: the noun, or the partitive noun it is the "of" object of
    top = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if top.dep_ == "dobj" and lemma(top.head) in mods.lemmas("reporting"):
        reporter = top.head
    elif top.dep_ in ("nsubj", "nsubjpass") and top.head.dep_ == "ccomp" \
            and lemma(top.head.head) in mods.lemmas("reporting"):
        reporter = top.head.head
    elif top == noun and noun.dep_ == "nsubjpass" and coarse_pos(cand.head) == "VERB" \
            and cand.head.dep_ == "ccomp" and lemma(cand.head.head) in mods.lemmas("reporting"):
        reporter = cand.head.head
    else:
        return []
    return [c for c in reporter.children if c.dep_ == "nsubj" and c.i < reporter.i]


#: participles on a theme noun that name whom it is aimed at ("sanctions bills **targeting**
#: X's oil", "measures **aimed at** X", "a round of sanctions **hitting** X")
TARGETING = _words("targeting")


def targeted_heads(cand: Candidate, mods: Modifiers) -> list[Token]:
    """Class 1 of round 9, the target of the theme named by a participle that modifies it
    ("signs sanctions bills targeting X's oil and trade with Y", "unveils a round of sanctions
    targeting X"): the participle's object (with conjuncts) and the partners of its trade
    nouns ("trade **with** Y")."""
    out: list[Token] = []
    for noun in theme_nouns(cand, mods):
        for acl in (c for c in noun.children if c.dep_ == "acl" and lemma(c) in TARGETING):
            objects = with_conjuncts([c for c in acl.children if c.dep_ == "dobj"])
            objects += [o for p in preps_of(acl, frozenset({"at"})) for o in pobjs(p)]
            # the trade noun's partners, also where the parser hung them on the participle
            out += objects + [o for t in objects + [acl]
                              for p in preps_of(t, frozenset({"with", "from", "to"})) for o in pobjs(p)]
    return out


def targeted_actors(doc: Doc, cand: Candidate, args: Arguments, mods: Modifiers) -> list[str]:
    """Actor ids of ``targeted_heads``: named actors, and the owner a demonym gives a thing
    ("Russian oil" → Russia)."""
    heads = targeted_heads(cand, mods)
    out = [a for a in actors_for(doc, heads) if a not in args.actor]
    out += [a for a in theme_owners(doc, Arguments(actor=list(args.actor), theme_heads=heads))
            if a not in out]
    return out


def fronted_reporter(verb: Token, mods: Modifiers) -> list[Token]:
    """Class 4 of round 9, a headline's shared subject: "X says …, accuses Y of …" — the
    parser makes "says" a clause under the second verb, which is left with no subject; the
    reporting verb's subject is the one who does both."""
    if coarse_pos(verb) != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
            and lemma(c) in mods.lemmas("reporting")]
    if not said:
        return []
    return [c for c in said[0].children if c.dep_ == "nsubj" and c.i < said[0].i]


def complete(doc: Doc, cand: Candidate, args: Arguments, lexicon: TriggerLexicon,
             mods: Modifiers) -> Arguments:
    """The round 9 steps, after ``EventsComponent.arguments`` found what it could: each fills
    a slot only when it is still empty (reciprocal events may gain the reporting party)."""
    if not args.actor and coarse_pos(cand.head) == "VERB":  # "X says …, accuses Y"
        args.actor = [a for a in actors_for(doc, fronted_reporter(cand.head, mods))
                      if a not in args.recipient]
    if not args.actor:  # "the court granted permission for the arrest"
        args.actor = [a for a in actors_for(doc, licensing_subjects(cand)) if a not in args.recipient]
    if args.actor:  # "X set up a team with Y and Z to investigate": Y and Z investigate too
        args.actor += [a for a in actors_for(doc, joint_partners(cand))
                       if a not in args.actor and a not in args.recipient]
    if cand.entry.reciprocal:  # "Kenya says the meeting with Ethiopia went well"
        args.actor += [a for a in actors_for(doc, reporting_party(cand, mods))
                       if a not in args.actor and a not in args.recipient]
    if not args.recipient:  # "bans imports from X", "pledged $5 million in aid to X"
        args.recipient = phrase_recipients(doc, cand, args, lexicon, mods)
    if not args.recipient:  # "sanctions bills targeting X's oil"
        args.recipient = targeted_actors(doc, cand, args, mods)
    if not args.recipient:  # "calls for X's resignation"
        args.recipient = owned_act_targets(doc, cand, args)
    if not args.recipient and cand.entry.event in ("AID", "AGREE"):  # "(approves) aid to help X"
        args.recipient = [a for a in actors_for(doc, purpose_helped(cand.head)) if a not in args.actor]
    if not args.recipient:  # "supports X and Y joining the bloc"
        args.recipient = [a for a in actors_for(doc, clause_subjects(cand)) if a not in args.actor]
    described_groups(doc, cand, args, lexicon)
    reciprocal_partners(doc, cand, args)
    if not args.actor and cand.entry.event == "ASSAULT":  # "X hit with Ruritanian rockets"
        args.actor = [a for a in weapon_states(doc, cand) if a not in args.recipient]
    return nominal_agents.complete(doc, cand, args, mods.lemmas("reporting"), lexicon)


#: words after a hyphen that make a demonym the weapon's maker, not its user ("Iran-made")
MAKERS = _words("makers")


def weapon_states(doc: Doc, cand: Candidate) -> list[str]:
    """Round 10, the attacker named by the weapon: "the town was hit with Ruritanian
    rockets", "region struck with Freedonian artillery" — an attack verb with no agent whose
    "with" phrase names the weapon by a demonym: that state fired it. Not a maker
    ("Iranian-made drones"), and not a "with" phrase naming an actor (a partner)."""
    if coarse_pos(cand.head) != "VERB":
        return []
    out: list[str] = []
    for weapon in (o for p in preps_of(cand.head, frozenset({"with"})) for o in pobjs(p)):
        if actor_at(doc, weapon.idx, weapon.idx + len(weapon.text)) is not None:
            continue
        for mod in (c for c in weapon.children if c.dep_ in ("amod", "compound") and c.i < weapon.i):
            after = doc[mod.i + 1:mod.i + 3]
            if any(t.lower_ in MAKERS for t in after):
                continue
            code = countries().by_demonym.get(mod.text)
            state = (demonym_state(doc, mod) or place_state(doc, code)) if code else None
            if state is not None and state.id not in out:
                out.append(state.id)
    return out


#: reciprocal modes whose other party is received or visited, not a co-party (PLOVER keeps the
#: host or the visited as target)
ONE_SIDED = frozenset({"visit", "host"})


def reciprocal_partners(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """Round 10, the partner of a talk or call named as object or by "to" ("X talks to Y",
    "X spoke to Y", "X telephoned Y", "X meets Y"): talks, meetings and calls are reciprocal,
    so every party is in the source and the target stays empty (judging rule 10; the "with"
    partner was folded already in ``args.resolve``)."""
    if not cand.entry.reciprocal or cand.entry.event != "CONSULT" or cand.entry.mode in ONE_SIDED:
        return
    if not args.actor or not args.recipient or coarse_pos(cand.head) != "VERB":
        return
    heads = [h for h in args.recipient_heads
             if (h.dep_ == "dobj" and h.head == cand.head)
             or (h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head == cand.head)]
    partners = [a for a in actors_for(doc, heads) if a in args.recipient]
    args.actor += [a for a in partners if a not in args.actor]
    args.recipient = [a for a in args.recipient if a not in partners]


def _with_partners(cand: Candidate) -> list[Token]:
    """The "with" objects of a reciprocal trigger, of its object noun, and of that noun's
    phrases ("holds a meeting on trade with 30 countries": the parser hangs "with" anywhere)."""
    head = cand.head
    nouns = [head] + [c for c in head.children if c.dep_ == "dobj"]
    nouns += [o for n in nouns[1:] for p in n.children if p.dep_ == "prep" for o in pobjs(p)]
    return [o for n in nouns for p in preps_of(n, frozenset({"with"})) for o in pobjs(p)]


def _target_heads(cand: Candidate, args: Arguments, lexicon: TriggerLexicon) -> list[Token]:
    """Where a target may stand: the recipient heads, the objects of the type's target
    prepositions on the trigger and its object, and for an act owned by the one blamed or
    asked, the "of" object of the trigger's object ("mocks the complacency of X")."""
    head = cand.head
    objects = [c for c in head.children if c.dep_ == "dobj"]
    preps = role_preps(lexicon, cand) - PLACE_ONLY
    heads = list(args.recipient_heads)
    heads += [o for n in [head, *objects] for p in preps_of(n, preps) for o in pobjs(p)]
    if cand.entry.event in OWNED_ACT_TYPES:
        heads += [o for d in objects for p in preps_of(d, frozenset({"of"})) for o in pobjs(p)]
    return heads


def described_groups(doc: Doc, cand: Candidate, args: Arguments, lexicon: TriggerLexicon) -> None:
    """Round 10, a described group of countries as participant ("closes its airspace to 12
    nations", "Uganda and other nations discussed", "a meeting with 30 countries"): the
    group actor of ``state_groups`` joins the actors named beside it, is the partner of a
    reciprocal event (in the source, rule 10), or the target when none was found."""
    skip = args.actor + args.recipient
    args.actor += group_ids(doc, args.actor_heads, skip)
    if cand.entry.reciprocal and cand.entry.mode not in ("visit", "host"):
        args.actor += group_ids(doc, _with_partners(cand) + args.recipient_heads, args.actor)
        args.recipient = [a for a in args.recipient if a not in args.actor]
    elif not args.recipient:
        args.recipient = group_ids(doc, _target_heads(cand, args, lexicon), args.actor)


def clause_subjects(cand: Candidate) -> list[Token]:
    """The subject of a gerund clause that a stance verb takes ("supports Kenya and Uganda
    joining the bloc", "opposes Serbia hosting the summit"): the party the stance is about."""
    if cand.entry.event not in OWNED_ACT_TYPES or coarse_pos(cand.head) != "VERB":
        return []
    clauses = [c for c in cand.head.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"]
    return with_conjuncts([s for c in clauses for s in c.children if s.dep_ == "nsubj"])


#: bodies set up together ("a joint team with X", "a commission with Y"): their partners act too
JOINT_BODIES = _words("joint_bodies")


def joint_partners(cand: Candidate) -> list[Token]:
    """Class 2 of round 9, co-participants of a joint body: the act a body is set up for is
    also its partners' ("X set up a team with Y and Z to investigate the leaks")."""
    verb = cand.head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or coarse_pos(verb) != "VERB":
        return []
    owner = verb.head
    bodies = [owner] if lemma(owner) in JOINT_BODIES else [
        c for c in owner.children if c.dep_ == "dobj" and lemma(c) in JOINT_BODIES]
    return [o for b in bodies for p in preps_of(b, frozenset({"with"})) for o in pobjs(p)]
