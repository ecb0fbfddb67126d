"""Where, when and in what context an event happened.

Place, from the nearest evidence out: a locative phrase of the trigger's clause; else the place
another mention of the same nominal event carries in a nearby sentence ("the talks" … "in
Antalya after the talks"); else a place below country level named in the event's own sentence
("Evacuation checkpoint near Kyiv shelled", "shelling in the southern city of Kherson"); else
one named in the story's lead; only then the article's dateline. Every placed event carries a
precision (``place_precision``): exact, admin1, country or region.

Date: the date governing the clause (dates component); else, for an event told as earlier
("held earlier", "the last round"), the day before publication; else the publication date;
both marked inferred. Context: the trigger's own contexts, the CAMEO row's, and
PLOVER contexts cued by words of the sentence.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from parley.nlp.dates import (
    CLOCK_WORDS,
    clause_dates,
    load_forward_cues,
    onset_word,
    parse_number,
    points_ahead,
)
from parley.nlp.events.dateline_prior import prior_holds
from parley.nlp.events.episode import NEIGHBOURHOOD_NOUNS, neighbourhood_name
from parley.nlp.events.lexicon import Modifiers
from parley.nlp.events.match import Candidate, climb_quantity, coordination_head, lemma, pobjs, preps_of
from parley.nlp.events.modes import clause_verb
from parley.nlp.events.routes import inside_route, route_tokens
from parley.nlp.extensions import actor_at, dates_holding, doc_text, mention_index, place_at, quotes_covering
from parley.nlp.placenames import load_cues
from parley.nlp.places import dateline_match
from parley.nlp.syntax import BETWEEN
from parley.ontology import CONTEXTS, crosswalk
from parley.schema import Actor, DateRef, Place

EVENT_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "over",
                      "on", "into", "off", "throughout"})
#: the prepositions of a site, for events that do not happen where their target is: "on",
#: "over", "into" and "across" name a target or a topic there ("sanctions on Russia")
SITE_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "throughout"})
#: events whose object's site is theirs too: "evacuated civilians trapped in Mariupol"
OBJECT_SITE_EVENTS = frozenset({"AID"})
#: things issued in writing: a place naming one ("a White House statement", "a Kremlin
#: readout") is its issuer, not the site of what it says (a gathering, "a Kyiv briefing", is one)
ISSUED_NOUNS = frozenset({"statement", "report", "release", "communique", "readout", "letter",
                          "tweet", "post", "memo", "decree", "announcement", "message", "filing"})
#: where aid is delivered: "aid flows into Sumy" (not "aid to Ukraine", its recipient)
DELIVERY_PREPS = frozenset({"into"})
#: verbs of arrival: aid that "reached Mariupol" was delivered there
ARRIVAL_VERBS = frozenset({"reach", "enter"})
#: nouns of a journey or a gathering: what happens during one happens where it is
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "meeting", "summit", "talks", "conference"})
#: where a visit or a gathering is: "a trip to Warsaw", "a meeting in Berlin"
GATHERING_PREPS = frozenset({"to", "in", "at"})
#: prepositions that name what a statement or talks are about ("talks on Ukraine")
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})
NEARBY_SENTENCES = 3
#: granularities that name a day or a few days: a noun's date of these is its occasion's
DAY_GRANULARITIES = frozenset({"day", "weekend", "week"})
#: an event whose dated period ended more than this many days before publication is history
#: the story recalls, never the latest news (issue 12: "an event date far before publication
#: marks the event historical"). A month: a news story's "latest" reaches back days or weeks
#: ("last week", "earlier this month"), and the audit judges every event dated over 30 days
#: before publication for history (docs/audit/places-dates-before.md, dates rule 5). A year
#: (the old value) let "last year" and "in January" of a September story count as news.
HISTORICAL_DAYS = 30
SPAN_START_PREPS = frozenset({"since"})  # "since 1990" starts a span, it dates nothing
#: "until May": the end of a state the event began ("banned until 2023"), never its date
END_PREPS = frozenset({"until", "till"})
#: verbs of a state that lasts or is made to last: their "through X" is the span's end
SPAN_VERBS = frozenset({"continue", "remain", "stay", "last", "run", "extend", "prolong",
                        "keep", "persist"})
#: "by May": a deadline, the event's only when nothing else owns it (``_date_rank``)
DEADLINE_PREPS = frozenset({"by", "before"})
#: prepositions of an occasion an event takes place at or in ("in a Saturday phone call")
OCCASION_PREPS = frozenset({"in", "at", "during"})
#: prepositions that set an event as another's backdrop: it takes none of that one's dates
BACKDROP_PREPS = frozenset({"amid", "despite", "after", "before", "following", "since"})
#: a date that is a verb's argument is what is talked about, not when ("Remembering 1968")
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
#: a date that is one of these of a noun dates that noun ("the 2014 annexation")
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "poss", "nmod", "npadvmod", "advmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: statements, requests and diplomacy: they happen where the speaker is, not where what they
#: are about is; a deadline in them belongs to what they ask or promise (PLOVER quads 1 and 3)
VERBAL_EVENTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE",
                           "REJECT", "THREATEN"})
#: events whose trigger phrase's object is their target ("sanctioned firms in X", "to
#: prosecute crimes in X"): a locative phrase on that object says where the target is, not
#: where the act was done (class: a non-physical act given a place); a business the actor
#: withdraws ("suspends its services in X") is done there (``withdrawn_business``)
TARGET_SITE_EVENTS = frozenset({"SANCTION", "ACCUSE"})
#: events done on the ground, which happen where their target is ("the shelling of Kharkiv",
#: "troops massed on the border", "arrests in Minsk")
PHYSICAL_EVENTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "RETREAT"})


class Reach(NamedTuple):
    """Which locative phrases can say where an event happened (``reach_of``)."""

    preps: frozenset[str]  # the prepositions that can
    objects: bool  # also those on the trigger's object ("shelled the port in Odesa")
    own: frozenset[int]  # token indices of the trigger phrase (its object counts when in it)


#: every locative phrase (the coreferent mention's own reach starts from this)
ANY_REACH = Reach(EVENT_LOCATIVE, True, frozenset())


def reach_of(cand: Candidate) -> Reach:
    """A physical event happens where its target is ("the attack on Kyiv", "shelled the port
    in Odesa"); any other (a statement, sanctions, aid, talks) only where a site phrase of its
    own puts it ("talks in Antalya"): "condemns the attack on Kyiv", "sanctions on Russia" and
    "talks about Crimea" name what the event is about, not where it was."""
    own = frozenset(t.i for t in cand.tokens) | {cand.head.i}
    if decreed(cand):  # "annexed the X region": an act of law, not done where X is
        return Reach(SITE_LOCATIVE, False, frozenset({cand.head.i}))
    if cand.entry.event in PHYSICAL_EVENTS:
        return Reach(EVENT_LOCATIVE, True, own)
    if cand.entry.event in OBJECT_SITE_EVENTS:  # "aid flows into Sumy": delivered there
        return Reach(SITE_LOCATIVE | DELIVERY_PREPS, True, own)
    if cand.entry.event in TARGET_SITE_EVENTS and not withdrawn_business(cand):
        # "sanctions on banks in X": where the target is
        return Reach(SITE_LOCATIVE, False, frozenset({cand.head.i}))
    return Reach(SITE_LOCATIVE, False, own)


def _target_country(cand: Candidate, place: Place) -> bool:
    """Is ``place`` a whole country given to a sanction or an accusation ("sanctioned banks in
    X", "to prosecute crimes in X")? Such acts are done from an office; "in <country>" there
    says where their target is (a venue is a town or a building: "agreed at a summit in
    Brussels"). Class: a non-physical act given the place of its target."""
    return (cand.entry.event in TARGET_SITE_EVENTS and place.feature == "country"
            and not withdrawn_business(cand))


#: verbs and nouns of withdrawing a business of one's own ("suspends operations in X")
WITHDRAWAL_WORDS = frozenset({"suspend", "suspension", "halt", "close", "closure", "exit",
                              "pull", "pullout", "withdraw", "withdrawal", "stop", "shut",
                              "shutdown", "cease", "end", "pause", "quit", "leave", "wind",
                              "curtail", "divest", "abandon"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def withdrawn_business(cand: Candidate) -> bool:
    """Does a sanction stop a business of the actor's own ("suspends operations in X", "halts
    sales at its stores in X": place_cues.yaml ``business``)? It is done where the business
    is, so "in <country>" is its place. Only a withdrawal (``WITHDRAWAL_WORDS``) or a business
    the actor's possessive points back to ("its stores") is the actor's own: "sanctioned twenty
    businesses in Iran" hits a target there. Class: a withdrawal's country lost to the
    target-place rule of ``_target_country``."""
    if cand.entry.event != "SANCTION":
        return False
    words = load_cues().business
    nouns = [t for t in cand.tokens if t.pos_ == "NOUN"]
    nouns += [c for c in cand.head.children if c.dep_ == "dobj"]
    nouns += [o for p in preps_of(cand.head, frozenset({"at", "in"})) for o in pobjs(p)]
    nouns = [n for n in nouns if lemma(n) in words or n.lower_ in words]
    withdrawal = any(lemma(t) in WITHDRAWAL_WORDS for t in [*cand.tokens, cand.head])
    return bool(nouns) and (withdrawal or any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for n in nouns for c in n.children))


def decreed(cand: Candidate) -> bool:
    """Is the trigger an act done by decree or law (``decreed`` cues: "annex", "annexation")?
    It happens where it is signed, not in the land it names, so it takes no site from its
    object nor from its sentence. Class: a non-physical act given the place of its target."""
    return lemma(cand.head) in load_cues().decreed or cand.head.lower_ in load_cues().decreed


def _place_under(doc: Doc, token: Token, depth: int = 2, reach: Reach | None = None) -> Place | None:
    """A place named by a locative phrase on ``token`` (or, one level down, on the objects of
    those phrases: "at a news conference in the Turkish city of Antalya")."""
    reach = reach or ANY_REACH
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = [token] + [c for c in objects if reach.objects or c.i in reach.own or _is_actor(doc, c)]
    if reach.objects:  # "evacuated families trapped in Mariupol"
        heads += [a for o in objects for a in o.children if a.dep_ == "acl"]
    for p in [p for h in heads for p in preps_of(h, reach.preps)]:
        for o in pobjs(p):
            if o.i in reach.own and reach is not ANY_REACH:
                continue  # "in the Ukraine aid package": the event itself, not a site
            first, last = _named_by(o)
            place = place_at(doc, doc[first].idx, doc[last].idx + len(doc[last].text))
            if place and (_pair_only(doc, o, first, last) or _reference(p, o, place)):
                continue  # "in a Russia-Ukraine prisoner swap", "an islet near Japan"
            if place and _measure_target(p):
                continue  # "lifts tariffs on X", "eases an embargo against X": whom it binds
            if place and lemma(o) in NEIGHBOURHOOD_NOUNS and place.feature in SETTLEMENT_FEATURES:
                # "marched into the North End neighborhood": a part of the story's town, not a
                # namesake town ("… neighborhood of Jerusalem" is found one level down)
                place = None
            if place and (lemma(o) in ISSUED_NOUNS or o.lower_ in load_cues().topic) \
                    and _modifier_only(doc, o, place):
                # "in a White House statement": who issued it, not where; "over Belarus
                # sanctions": the policy's target or owner (lexicon ``topic``)
                continue
            if place and _modifier_only(doc, o, place):
                # "shelled the U.S. consulate in Karachi": the town wins over the holder;
                # "the Luhansk town of Lysychansk": the town named, not its division (at any
                # depth: "a raid in the Rift Valley town of Nakuru")
                deeper = _place_under(doc, o, depth - 1, reach) if depth > 1 else None
                place = deeper or _of_named(doc, o) or place
            if place:
                place = _qualified_town(doc, first, last, place)
            if place and place.feature == "country":
                # "in Ukraine's Kharkiv region": the division the phrase names, not its country
                place = _finer_named(doc, doc[first].idx, doc[last].idx + len(doc[last].text), place)
            if place:
                return _finer_town(doc, place, [o, *_targets(token)] if reach.objects else [o])
            if depth > 1:
                deeper = _place_under(doc, o, depth - 1, reach)
                if deeper:
                    return deeper
    return next((s for h in heads if (s := _site_after_topic(doc, h, reach))), None)


#: prepositions by which a measure names whom it binds ("tariffs on X", "sanctions against X")
MEASURE_PREPS = frozenset({"on", "against"})


def _measure_target(prep: Token) -> bool:
    """Does the preposition hang on a noun of a policy or measure (``place_cues.yaml`` ``topic``:
    "lift tariffs on X", "ease the embargo on X", "new curbs against X")? Its object is the
    country or firm the measure binds, not where the imposing, lifting or easing is done (it is
    done in an office, at home). Class: a non-physical act given the place of its target."""
    head = prep.head
    topic = load_cues().topic
    return prep.lower_ in MEASURE_PREPS and head.pos_ in ("NOUN", "PROPN") and (
        head.lower_ in topic or lemma(head) in topic)


#: prepositions that name a place as a reference point: "near Japan" is not in Japan
REFERENCE_PREPS = frozenset({"near", "off", "outside"})


def _of_named(doc: Doc, noun: Token) -> Place | None:
    """The place a kind-of-place noun names by its of-phrase ("the Donetsk town of X", "the
    Kharkiv village of X"): the division before the noun only qualifies it. Class: a named
    town replaced by its division."""
    if lemma(noun) not in load_cues().settlement:
        return None
    for p in preps_of(noun, frozenset({"of"})):
        for o in pobjs(p):
            if place := place_at(doc, o.idx, o.idx + len(o.text)):
                return place
    return None


def _qualifier(doc: Doc, char: int) -> bool:
    """Is the name at ``char`` a qualifier of a kind-of-place noun whose of-phrase names a
    place ("the Luhansk town of X")?"""
    i = _token_at(doc, char)
    t = doc[i] if 0 <= i < len(doc) else None
    while t is not None and t.dep_ == "compound" and t.head.dep_ == "compound" and t.head.i > t.i:
        t = t.head  # "the Rift Valley town of X": from the name's first word to its last
    return (t is not None and t.dep_ in ("compound", "nmod", "amod")
            and _of_named(doc, t.head) is not None)


def _qualified_town(doc: Doc, first: int, last: int, place: Place) -> Place:
    """If ``place`` is named in [first, last] only as the qualifier of a kind-of-place noun
    with an of-phrase ("the Luhansk town of X"), the place that phrase names."""
    for t in doc[first:last + 1]:
        if (t.dep_ in ("compound", "nmod", "amod") and place_at(doc, t.idx, t.idx + len(t.text)) is place
                and (town := _of_named(doc, t.head))):
            return town
    return place


def _finer_named(doc: Doc, lo: int, hi: int, country: Place) -> Place:
    """The finest place inside ``country`` named in [lo, hi) ("Ukraine's Kharkiv region", "the
    Kharkiv region of Ukraine"), else the country: a country that holds the division or town the
    phrase names is only its container. Class: a named oblast replaced by its country."""
    index = mention_index(doc, "parley_places")
    if index is None:
        return country
    best = country
    for m_start, m_end, k, _ in index.entries[bisect.bisect_left(index.starts, lo):]:
        if m_start >= hi:
            break
        other = index.items[k]
        if (m_end <= hi and other is not country and other.country == country.country
                and FINENESS.get(other.feature or "", 3) < FINENESS.get(best.feature or "", 3)):
            best = other
    return best


def _reference(prep: Token, noun: Token, place: Place) -> bool:
    """Is a country named only as the reference point of a "near"/"off"/"outside" phrase
    ("an islet near Japan", "a ship off Norway")? What lies near a country lies outside it;
    "near Kharkiv" stays (a town's surroundings are its area). Class: a reference place read
    as the site."""
    return (prep.lower_ in REFERENCE_PREPS and place.feature == "country"
            and noun.pos_ == "PROPN")


def _pair_member(doc: Doc, start: int, end: int) -> bool:
    """Is the name at [start, end) one side of a hyphenated pair of names ("Russia-Ukraine",
    "US-China")? Such a pair modifying a noun names the parties ("a Russia-Ukraine prisoner
    swap", "US-China trade talks"), not where the thing happened."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False

    def joined(hyphen: int, other: int) -> bool:
        return (0 <= hyphen < len(doc) and 0 <= other < len(doc)
                and doc[hyphen].text in {"-", "–", "/"} and doc[other].is_title
                and not doc[min(hyphen, other)].whitespace_
                and not doc[max(hyphen, other) - 1].whitespace_)
    return joined(span.end, span.end + 1) or joined(span.start - 1, span.start - 2)


def _pair_only(doc: Doc, noun: Token, first: int, last: int) -> bool:
    """Are the only places named in ``noun``'s phrase members of a hyphenated pair that modifies
    it ("a Russia-Ukraine prisoner swap")? Class: the parties of an event read as its place."""
    if place_at(doc, noun.idx, noun.idx + len(noun.text)) is not None:
        return False
    index = mention_index(doc, "parley_places")
    if index is None:
        return False
    lo, hi = doc[first].idx, doc[last].idx + len(doc[last].text)
    entries = index.entries[bisect.bisect_left(index.starts, lo):bisect.bisect_left(index.starts, hi)]
    inside = [(a, b) for a, b, _k, _ in entries if b <= hi]
    return bool(inside) and all(_pair_member(doc, a, b) for a, b in inside)


def _modifier_only(doc: Doc, noun: Token, place: Place) -> bool:
    """Is ``place`` named only in a modifier of ``noun`` ("the U.S. consulate", "a Kremlin
    statement"), not by the noun or its of-phrase ("the city of Kherson", "Kherson")? Class:
    a place name used as a modifier or holder is not the site when the phrase names a town."""
    if place_at(doc, noun.idx, noun.idx + len(noun.text)) is not None:
        return False
    return any(c.dep_ in ("compound", "amod", "poss", "nmod")
               and place_at(doc, c.idx, c.idx + len(c.text)) is place for c in noun.children)


#: how fine a place is: a town or site, a district, a first-level division, any other area
#: (a region, a part of a country), a country
FINENESS = {"city": 0, "locality": 0, "facility": 0, "admin2": 1, "admin1": 2, "country": 4}


#: links of a physical event's named target; the parser reads a headline's town after the
#: verb as an adverb at times ("Rockets hit Izmail in Odesa region")
TARGET_DEPS = frozenset({"dobj", "nsubjpass", "advmod", "npadvmod", "appos"})


def _targets(token: Token) -> list[Token]:
    """The objects of a physical event's verb that may name its target town."""
    return [c for c in token.children if c.dep_ in TARGET_DEPS and c.pos_ in ("PROPN", "NOUN")]


def _finer_town(doc: Doc, place: Place, nouns: list[Token]) -> Place:
    """A town or site of the same country named with ``place`` in the phrase (its apposition:
    "near Kupiansk, eastern Ukraine") or as the physical event's object ("hits Nikopol in
    Dnipropetrovsk region"): the text names the town, so its container is too coarse. Class:
    a named town replaced by its container. A division finer than the place counts as well
    ("shell the X district in southern Ukraine": the town's division, not the part of the
    country)."""
    coarse = FINENESS.get(place.feature or "", 3)
    if coarse == 0:
        return place
    for noun in nouns:
        for t in noun.subtree:
            if t.dep_ not in ("appos", "pobj", "compound", "poss") and t.i != noun.i:
                continue
            town = place_at(doc, t.idx, t.idx + len(t.text))
            if (town is not None and town is not place and town.country == place.country
                    and FINENESS.get(town.feature or "", 3) < coarse):
                return town
    return place


def _named_by(noun: Token) -> tuple[int, int]:
    """The first and last token of what ``noun`` names: its subtree up to a right-hand clause
    or a preposition other than "of" ("the southern city of Kherson", "Kyiv region" stay;
    "a region bordering Ukraine", "talks between Kyiv and Moscow" end before the modifier,
    whose place is another thing's, not the site's), after a hyphenated holder ("Russia-held")."""
    cut = [c.left_edge.i for c in noun.children if c.i > noun.i and (
        c.dep_ in ("acl", "relcl", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"))]
    # "Russia-controlled Melitopol", "Kremlin-backed forces": who holds it, not where it is
    held = [c.right_edge.i + 1 for c in noun.children if c.i < noun.i and c.dep_ == "amod"
            and any(t.text == "-" for t in c.subtree)]
    return max([noun.left_edge.i, *held]), (min(cut) - 1 if cut else noun.right_edge.i)


def _is_actor(doc: Doc, token: Token) -> bool:
    """A person, group or state (met "the president in Kyiv"), whose site is the meeting's;
    not a thing or an event ("condemned the attack in Kyiv"), whose site is its own."""
    return token.pos_ == "PROPN" or actor_at(doc, token.idx, token.idx + len(token.text)) is not None


def _site_after_topic(doc: Doc, token: Token, reach: Reach) -> Place | None:
    """"talks about Crimea in Brussels": the parser hangs the site on the topic place; a place
    named in a place is no location of it, so the site phrase is the event's."""
    if reach.objects or token.i not in reach.own:
        return None
    for p in preps_of(token, TOPIC_PREPS):
        for o in pobjs(p):
            if place_at(doc, o.idx, o.idx + len(o.text)) is None:
                continue
            for site in preps_of(o, reach.preps):
                for q in pobjs(site):
                    sub = list(q.subtree)
                    place = place_at(doc, sub[0].idx, sub[-1].idx + len(sub[-1].text))
                    if place:
                        return place
    return None


def clause_place(doc: Doc, trigger: Token, reach: Reach | None = None) -> Place | None:
    """A place in a locative phrase of the trigger or of its clause's verb (and that verb's
    governing verbs through participles: "Speaking at … in Antalya after the talks")."""
    if furthers_trend(trigger) or inside_route(trigger):
        # its own phrase only ("the war in X"; "release from detention")
        return _place_under(doc, trigger, 2, reach)
    return next((place for t, r in _scene_heads(trigger, reach)
                 if (place := _place_under(doc, t, 2, r))), None)


def _scene_heads(trigger: Token, reach: Reach | None) -> list[tuple[Token, Reach | None]]:
    """The trigger, its clause's verb and that verb's governing verbs through participles, each
    with the reach its locative phrases have. A verb reached from a preposition the event is
    the object of ("justify the war on X at a rally") is another act: its objects and its
    "on"/"over" phrases name that act's target, not the event's, so only its site phrases count
    (class: the place of another noun)."""
    out: list[tuple[Token, Reach | None]] = []
    t = trigger
    for _ in range(4):
        if t not in [h for h, _ in out]:
            out.append((t, reach))
        verb = clause_verb(t)
        if verb == t:
            if t.i != trigger.i and _handled_thing(trigger, t, reach):
                break  # "opens in Nairobi to oversee the ceasefire agreement"
            if t.dep_ in ("advcl", "xcomp", "acl", "pcomp") and t.head != t and not _own_subject(t):
                t = t.head
                continue
            if t.dep_ == "pobj" and not inside_route(t):
                t = t.head.head
                if reach is not None:
                    reach = reach._replace(preps=reach.preps & SITE_LOCATIVE, objects=False)
                continue
            break
        t = verb
    return out


def _own_subject(verb: Token) -> bool:
    """Does ``verb`` head a clause with a subject of its own ("after Warsaw bans …", "as
    troops push …")? Such a clause tells another event, with its own site; only a
    participle or an infinitive ("Speaking at …", "to discuss …") shares its governor's.
    Class: a place from another clause."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _foreign_clauses(trigger: Token) -> set[int]:
    """Token indices of the clauses of the trigger's sentence that tell other events: a
    coordinated, relative or complement clause with a subject of its own that does not hold
    the trigger ("… and troops are now near X", "… who fired at X"), and, when the trigger sits
    in such a clause, everything outside it. An adverbial clause ("after shells hit a school
    near X", "as troops try to retake the area") mostly tells the same scene, so its places
    stay. Class: a place from another clause."""
    sent = trigger.sent
    home = trigger
    while home.head.i != home.i and not (
            home.dep_ in CLAUSE_DEPS and home.pos_ in ("VERB", "AUX") and _own_subject(home)):
        home = home.head
    inside = {t.i for t in home.subtree}
    out = {t.i for t in sent if t.i not in inside and not _where_clause(home)}
    for t in home.subtree:
        if (t.i != home.i and t.dep_ == "advcl" and lemma(t) in JOURNEY_VERBS and _own_subject(t)
                and trigger.i not in {d.i for d in t.subtree}):
            out |= {d.i for d in t.subtree}  # "… as she leaves X": where the speaker goes
        if _subject_clause(t, home, trigger) or _second_act(t, home, trigger):
            out |= {d.i for d in t.subtree}
    return out


def _scene_setter(sent: Span) -> frozenset[int]:
    """The tokens of a locative phrase that opens the sentence and is set off by a comma ("In
    Mombasa, protesters looted shops, and police shot a man"): it sets the scene of every
    clause of the sentence, not only of the first one it hangs on. Class: a place from another
    clause (its mirror: a fronted scene lost to a coordinated clause)."""
    first = sent[0]
    prep = first if first.dep_ == "prep" else None
    if prep is None or prep.lower_ not in SITE_LOCATIVE:
        return frozenset()
    end = prep.right_edge.i + 1
    if end >= sent.end or sent.doc[end].text != ",":
        return frozenset()
    return frozenset(range(prep.i, end))


def _subject_clause(verb: Token, home: Token, trigger: Token) -> bool:
    """A coordinated, relative or complement clause with a subject of its own that does not
    hold the trigger ("… and troops are now near X", "… who fired at X")."""
    return (verb.i != home.i and verb.dep_ in CLAUSE_DEPS and verb.pos_ in ("VERB", "AUX")
            and _own_subject(verb) and not _toll(verb)
            and trigger.i not in {d.i for d in verb.subtree})


def _second_act(verb: Token, home: Token, trigger: Token) -> bool:
    """Is ``verb`` a coordinated verb phrase after the trigger that shares its subject, when the
    first act has a locative of its own ("repelled attacks in several areas and later regained
    positions near X")? The second phrase's places are then the second act's.
    Class: a place from another clause (the shared-subject half the subject test missed)."""
    if (verb.dep_ != "conj" or verb.i == home.i or verb.pos_ != "VERB" or verb.i < trigger.i
            or _own_subject(verb) or _toll(verb)):
        return False
    held = {d.i for d in verb.subtree}
    if trigger.i in held or verb.head.i not in {d.i for d in home.subtree}:
        return False
    # the first act has a locative of its own ("repelled attacks in several areas and regained
    # …"); without one, a place at the end is both acts' scene ("kills one and injures five in
    # X", "shelled and stormed the town of X")
    first = verb.head
    holders = [first, *(c for c in first.children if c.dep_ == "dobj")]  # "attacks in X"
    return any(c.dep_ == "prep" and c.lower_ in EVENT_LOCATIVE and c.i < verb.i
               for h in holders for c in h.children)


def _reporter(trigger: Token) -> frozenset[int]:
    """The tokens of the subject of the verb whose complement holds the trigger ("a commander
    in Sumy says …"): a reporter posted at a town tells what happens there, so that town is
    the event's when its own clause names none."""
    t = trigger
    while t.head.i != t.i and t.dep_ != "ccomp":
        t = t.head
    if t.dep_ != "ccomp":
        return frozenset()
    return frozenset(d.i for c in t.head.children if c.dep_ in SUBJECT_DEPS for d in c.subtree)


def _where_clause(verb: Token) -> bool:
    """Is ``verb`` the head of a relative clause of place ("Mykolaiv, where dozens died", "the
    theatre where …")? Its antecedent is the place it happened in."""
    return verb.dep_ == "relcl" and any(c.lower_ in ("where", "wherein") for c in verb.subtree
                                        if c.i < verb.i)


def _toll(verb: Token) -> bool:
    """Is ``verb`` a conjunct telling a count of victims ("3 killed and 2 injured in X")? The
    count shares the scene, and its place, with the clause it is joined to."""
    return verb.dep_ == "conj" and any(
        c.dep_ in SUBJECT_DEPS and (c.pos_ == "NUM" or any(n.dep_ == "nummod" for n in c.children))
        for c in verb.children)


#: verbs of a person's journey: an adverbial clause of them ("as he departs X", "while she
#: visits X") tells where the speaker is going, not where the clause it hangs on happened
JOURNEY_VERBS = frozenset({"leave", "depart", "arrive", "visit", "land", "travel", "return",
                           "tour", "fly", "head"})
#: links of a clause that tells another event to the clause it hangs on
CLAUSE_DEPS = frozenset({"conj", "relcl", "ccomp"})


#: verbs that hold or conclude the event their object names ("to sign an agreement", "to
#: hold talks"): the event happens where they do, so their governing clause's site is its too
MAKING_VERBS = frozenset({"sign", "hold", "reach", "conclude", "seal", "host", "strike", "hammer",
                          "finalize", "finalise", "open", "begin", "start", "resume", "continue"})


def _handled_thing(trigger: Token, verb: Token, reach: Reach | None) -> bool:
    """Is a statement's or agreement's noun the object of a verb that handles it (oversee,
    discuss, implement) rather than makes it? Then the site of the clause that verb serves
    ("a centre opens in Nairobi to oversee the agreement", "met in Geneva to discuss the
    ceasefire") is not the event's: class "a place from the object of a verbal act"."""
    if reach is None or reach.objects or trigger.pos_ != "NOUN":
        return False
    return trigger.dep_ == "dobj" and trigger.head.i == verb.i and lemma(verb) not in MAKING_VERBS


def coreferent_place(doc: Doc, cand: Candidate, sents: list[Span]) -> Place | None:
    """For a nominal event, the place another mention of the same noun carries within a few
    sentences ("talks … failed" and "in Antalya after the talks"): one event, told twice."""
    head = cand.head
    if head.pos_ != "NOUN" or len(sents) < 2:
        return None
    reach = reach_of(cand)
    here = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), 0)
    # nearest first, the earlier of two at the same distance: only the few sentences in
    # reach are visited (sorting every sentence of the article cost more, per nominal event)
    order = [i for d in range(1, NEARBY_SENTENCES + 1) for i in (here - d, here + d)
             if 0 <= i < len(sents)]
    for i in order:
        for t in sents[i]:
            if t.pos_ == "NOUN" and lemma(t) == lemma(head) and any(
                c.lower_ == "the" for c in t.children
            ):
                place = clause_place(doc, t, reach._replace(own=frozenset({t.i})))
                if place:
                    return place
    return None


def _locatives(token: Token) -> list[Token]:
    """Locative phrases on a noun, on the participle or adjective describing it ("talks held
    near …", "negotiations underway …"), or on the last of its "between" participants (the
    parser's usual attachment of "talks between Russian and Ukrainian diplomats at the border")."""
    heads = [token] + [c for c in token.children if c.dep_ in ("acl", "relcl", "amod")]
    heads += [o for h in list(heads) for p in preps_of(h, BETWEEN) for o in pobjs(p)]
    return [p for h in heads for p in preps_of(h, EVENT_LOCATIVE) if p.lower_ in ("in", "at", "near")]


def own_place(doc: Doc, cand: Candidate) -> Place | None:
    """The place the mention itself states: a locative phrase on the trigger or its clause
    that can say where this kind of event happened (``reach_of``), or the place visited."""
    reach = reach_of(cand)
    for p in _locatives(cand.head):
        place = _place_under(doc, p.head, 2, reach)
        if place and not _target_country(cand, place):
            return place
    place = clause_place(doc, cand.head, reach) or _subject_occasion_place(doc, cand, reach)
    if place is not None and _target_country(cand, place):
        place = None
    if place is None and cand.entry.event in OBJECT_SITE_EVENTS:
        place = _arrived_at(doc, cand.head)
    if place is None and cand.entry.mode == "visit":
        place = _visited(doc, cand.head)
    if place is None and not reach.objects:
        verb = clause_verb(cand.head)
        place = next((p for t in dict.fromkeys((cand.head, verb)) for p in _during_visit(doc, t)), None)
    return place


def occasion_participle(token: Token) -> bool:
    """Is ``token`` a present participle set off on a person or group, the subject of the
    event's verb ("the minister, speaking in Kyiv on Monday, urged …")? It tells the occasion
    of that verb's act, as a sentence-initial "Speaking in Kyiv on Monday, …" does. Class: an
    actor's participle of the occasion, whose place and date were dropped as another noun's."""
    head = token.head
    return (token.dep_ == "acl" and token.tag_ == "VBG" and head is not token
            and head.dep_ in SUBJECT_DEPS and head.pos_ in ("PROPN", "NOUN")
            and any(c.lower_ == "," for c in head.children))


def _subject_occasion_place(doc: Doc, cand: Candidate, reach: Reach) -> Place | None:
    """A place in the occasion participle of the actor that is the verb's subject
    (``occasion_participle``): "the minister, speaking in Kyiv, urged …" is placed in Kyiv."""
    verb = clause_verb(cand.head)
    for subject in [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _is_actor(doc, c)]:
        for acl in subject.children:
            if occasion_participle(acl) and (place := _place_under(doc, acl, 2, reach)):
                return place
    return None


def _arrived_at(doc: Doc, head: Token) -> Place | None:
    """"The first aid convoy reached Mariupol": the place aid arrives at is where it was
    delivered (class: a site phrase of the event itself lost by the stricter rules)."""
    t = head
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head  # "aid convoy"
    verb = t.head
    if t.dep_ != "nsubj" or lemma(verb) not in ARRIVAL_VERBS:
        return None
    return next((place for c in verb.children if c.dep_ == "dobj"
                 and (place := place_at(doc, c.idx, c.idx + len(c.text)))), None)


def _visited(doc: Doc, head: Token, preps: frozenset[str] = frozenset({"to"})) -> Place | None:
    """The place a visit goes to: "visited Kyiv", "a visit to Kyiv", "the Kyiv visit"."""
    for c in head.children:
        # "appos": a headline's verb read as a noun ("Chief visits Kyiv")
        if c.dep_ in ("dobj", "compound", "appos") and (place := place_at(doc, c.idx, c.idx + len(c.text))):
            return place
    for p in preps_of(head, preps):
        for o in pobjs(p):
            if place := place_at(doc, o.idx, o.idx + len(o.text)):
                return place
    return None


def _during_visit(doc: Doc, token: Token) -> list[Place]:
    """"discussed gas supplies during a Moscow visit", "on a trip to Warsaw", "during a
    meeting in Berlin": a statement or talks held during a visit or a meeting happen there."""
    return [place for p in preps_of(token, frozenset({"during", "on", "at"})) for o in pobjs(p)
            if lemma(o) in VISIT_NOUNS and (place := _visited(doc, o, GATHERING_PREPS))]


#: features of places that can stand for where an event in their sentence happened: below a
#: country (a bare country in a headline is mostly an actor: "Russia says …")
SENTENCE_PLACE_FEATURES = frozenset({"city", "admin1", "admin2", "facility", "locality", "region",
                                     "sea", "river", "mountain", "border"})
LEAD_SENTENCES = 1  # the story's lead: its first sentence (a headline is all lead)
#: a specific town or site: the only kind of place the lead or the dateline may lend an event
TOWN_FEATURES = frozenset({"city", "locality", "facility"})
#: Place.feature → how precise the event's point is: "exact" for a town or a site, "admin1" for
#: an administrative division's middle, "country" for a country's point, "region" for a region,
#: sea, river, range, border, continent or a directional part of a country ("eastern Ukraine")
PRECISION = {"city": "exact", "facility": "exact", "locality": "exact", "admin1": "admin1",
             "admin2": "admin1", "country": "country"}


def place_precision(place: Place | None) -> str | None:
    """How precise an event's place is: ``exact | admin1 | country | region`` (None: no place)."""
    if place is None:
        return None
    return PRECISION.get(place.feature or "", "region")


def _named_in(doc: Doc, span: Span, actor_spans: _Covered,
              features: frozenset[str] = SENTENCE_PLACE_FEATURES,
              skip: frozenset[int] = frozenset()) -> Place | None:
    """The first place below country level whose mention lies in ``span`` and is not an actor's
    name ("Kyiv says …" is the government speaking, not where anything happened) nor a named
    neighbourhood ("the Logan neighborhood": a part of the story's town, not a namesake town
    elsewhere; ``episode.neighbourhood_name``) nor in a token
    of ``skip`` (another event's clause); of two starting at the same offset, the one listed
    first."""
    index = mention_index(doc, "parley_places")
    if index is None:
        return None
    best: tuple[int, int] | None = None  # (start, place number)
    lo = bisect.bisect_left(index.starts, span.start_char)
    for m_start, m_end, k, _ in index.entries[lo:]:
        if m_start > span.end_char or (best is not None and m_start > best[0]):
            break
        if skip and _token_at(doc, m_start) in skip:
            continue
        if _qualifier(doc, m_start):
            continue  # "the Luhansk town of X": the town is named after it
        if (m_end <= span.end_char and index.items[k].feature in features
                and not actor_spans.covers(m_start) and (best is None or k < best[1])
                and not _office_label(doc, m_start, m_end)
                and not _team_name(doc, m_start, m_end)
                and not _pair_member(doc, m_start, m_end)
                and not _holder_possessive(doc, m_end)
                and not _holder_compound(doc, m_end)
                and not neighbourhood_name(doc, m_end)):
            best = (m_start, k)
    return index.items[best[1]] if best else None


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token holding character offset ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


#: nouns of a part of a place: "Kyiv's outskirts" is in Kyiv, "Minsk's role" is not a site
PLACE_PARTS = frozenset({"outskirts", "outskirt", "suburbs", "suburb", "center", "centre",
                         "streets", "street", "district", "districts", "port", "airport",
                         "coast", "coastline", "skies", "sky", "downtown", "edge", "edges",
                         "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods",
                         "south", "north", "east", "west", "heart", "periphery"})

#: installations a place owns that stand in it ("Odesa's grain terminal", "the city's power
#: plant"): shelled there, so the holder is the site. Named buildings' head words (the
#: `facility` cues: station, hospital, bridge …) count too.
PLACE_INSTALLATIONS = frozenset({"plant", "factory", "terminal", "depot", "refinery", "dam",
                                 "mine", "warehouse", "building", "buildings", "market",
                                 "steelworks", "shipyard", "substation", "grid", "harbour",
                                 "harbor", "railway", "rail", "infrastructure"})


#: a name joined by a hyphen to a participle after it ("Moscow-controlled", "Kyiv-based",
#: "US-led"): a modifier saying who holds, backs or leads something
HOLDER_COMPOUND = re.compile(r"[-\u2013](?:[a-z]+ed|held|run|born)\b")


def _holder_compound(doc: Doc, end: int) -> bool:
    """Is the place named up to ``end`` the first part of a hyphenated participle ("arms depots
    in Moscow-controlled Luhansk", "a Kyiv-based analyst")? It says who holds or backs the
    thing, not where the sentence's event happened. Class: a place from an actor's modifier."""
    return HOLDER_COMPOUND.match(doc_text(doc), end) is not None


def _holder_possessive(doc: Doc, end: int) -> bool:
    """Is the place named at ``end`` a possessive holder of a noun that is not a part of it
    ("Minsk's involvement in the invasion", "Kherson's governor")? The place then acts or owns;
    it is not where the sentence's event happened ("Kyiv's outskirts" is). Class: a place from
    another role."""
    span = doc.char_span(end, end, alignment_mode="expand") if end < len(doc_text(doc)) else None
    i = span.start if span is not None else len(doc)
    if i >= len(doc) or doc[i].tag_ != "POS":
        return False
    holder = doc[i].head  # "'s" hangs on the possessor, which hangs on what it owns
    owned = holder.head if holder.dep_ == "poss" else doc[min(i + 1, len(doc) - 1)]
    word = owned.lower_
    return not (word in PLACE_PARTS or word in PLACE_INSTALLATIONS
                or owned.lemma_.lower() in load_cues().facility)


#: verbs of a game whose object "<X> State" is a team ("beat Michigan State")
GAME_VERBS = frozenset({"beat", "defeat", "play", "face", "host", "upset", "rout", "edge", "tie",
                        "trounce", "outscore"})


def _team_name(doc: Doc, start: int, end: int) -> bool:
    """Is the place named at [start, end) the state in a US school's team name, the team acting
    ("Ohio State beat …") or played ("… beat Michigan State")? The team plays where it plays,
    not in its state; the name stays a toponym (GeoWebNews counts the state in "Ohio State"),
    but it is no site of the sentence's events. Class: a team's name read as a place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != "State":
        return False
    place = place_at(doc, start, end)
    if place is None or place.feature != "admin1" or place.country != "USA":
        return False
    after, before = doc[span.end + 1], doc[span.start - 1] if span.start > 0 else None
    return after.pos_ in ("VERB", "AUX") or (before is not None and lemma(before) in GAME_VERBS)


def _office_label(doc: Doc, start: int, end: int) -> bool:
    """Is the place named at [start, end) a label of an office holder ("Arizona Sen. Tom Hale",
    "the governor of Oklahoma")? It says whom the speaker represents, not where anything
    happened. Class: a place name used as a title modifier."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    cues = load_cues()
    if span.end < len(doc) and doc[span.end].text.rstrip(".").lower() in cues.office_title:
        return True
    s = span.start
    if s < 2 or doc[s - 1].lower_ not in ("of", "from"):
        return False
    return doc[s - 2].lower_ in cues.office or (
        s >= 3 and f"{doc[s - 3].lower_} {doc[s - 2].lower_}" in cues.office)


class _Covered:
    """Character spans with a logarithmic "does one of them hold this offset" test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset)
        return i > 0 and self.reach[i - 1] > offset


def _actor_spans(doc: Doc) -> _Covered:
    """Where actors are named, and the dateline with its region (where the story was filed,
    the last resort); worked out once per doc (``Doc.text`` is rebuilt on every access). An
    "organization" whose every mention is exactly a town's name ("shelled Kostiantynivka" with
    the town's name taken for a body) is the town, not an actor speaking: class "a town read
    as an organization"."""
    cached = doc.user_data.get("parley_where_skip")
    if cached is None:
        spans = [(m.start, m.end) for a in doc._.parley_actors or [] if not _town_as_body(doc, a)
                 for m in a.mentions]
        dl = dateline_span(doc)
        if dl:
            spans.append(dl)
        cached = _Covered(spans)
        doc.user_data["parley_where_skip"] = cached
    return cached


#: a town or village: a body named like a facility ("Harvard Law School") is a real body
SETTLEMENT_FEATURES = frozenset({"city", "locality"})


def _town_as_body(doc: Doc, actor: Actor) -> bool:
    """Is ``actor`` an organization with no country or sector of its own whose every mention
    is exactly the name of a town or village the places component resolved (not a facility:
    a university or a school is a body)?"""
    if actor.kind != "organization" or actor.known or actor.sector or not actor.mentions:
        return False
    for m in actor.mentions:
        place = place_at(doc, m.start, m.end)
        if place is None or place.feature not in SETTLEMENT_FEATURES or not any(
                (pm.start, pm.end) == (m.start, m.end) for pm in place.mentions):
            return False
    return True


def event_place(doc: Doc, cand: Candidate, sents: list[Span], dateline: Place | None,
                parties: Sequence[Actor] = ()) -> Place | None:
    """Own place (the clause's locative phrases), else (for a noun with no locative phrase of
    its own) a coreferent mention's place; for a physical event only (``PHYSICAL_EVENTS``), then
    a place named in the event's sentence, else a town named in the story's lead, else a
    dateline town (computed once per article), neither contradicted by another country the
    event's sentence names, and only where that prior holds (``dateline_prior.prior_holds``:
    no other place in the sentence or since the story was last there, no destination, a party
    of the town's country, no state's movement of forces). ``parties``: the event's actors and
    recipients. A statement or a sanction with no place of its own stays unplaced: no place is
    better than a wrong one, and the lead's or dateline's place is mostly not its."""
    place = own_place(doc, cand) or antecedent_place(doc, cand.head)
    if place:
        return place
    if not _locatives(cand.head):
        place = coreferent_place(doc, cand, sents)
    if place or cand.entry.event not in PHYSICAL_EVENTS or decreed(cand):
        return place
    if outage_cause(cand.head):
        return None
    actor_spans = _actor_spans(doc)
    sent = cand.head.sent
    if furthers_trend(cand.head) or inside_route(cand.head):
        # "the shelling of Kharkiv worsens a shortage in the region", "release from detention":
        # its own phrase only
        own = {d.i for d in cand.head.subtree}
        return _named_in(doc, sent, actor_spans, skip=frozenset(t.i for t in sent if t.i not in own))
    scene = frozenset(t.i for t, _ in _scene_heads(cand.head, None)) | {t.i for t in cand.tokens}
    route = frozenset() if _site_by_kind(doc, cand, scene) else route_tokens(cand.head, scene)
    foreign = (frozenset(_foreign_clauses(cand.head)) | route) - _scene_setter(sent)
    place = _named_in(doc, sent, actor_spans, skip=foreign)
    if place is None and (speaker := _reporter(cand.head)):
        # "a commander in Sumy says two tanks were destroyed": where the reporter is posted
        place = _named_in(doc, sent, actor_spans, skip=foreign - speaker)
    if place is not None:
        return place
    if live_entry(doc, cand.head.idx):
        return None
    lead = [s for s in sents[:LEAD_SENTENCES] if not s.start <= cand.head.i < s.end]
    fallback = next((p for s in lead if (p := _named_in(doc, s, actor_spans, TOWN_FEATURES))), None)
    fallback = fallback or (dateline if dateline and dateline.feature in TOWN_FEATURES else None)
    if fallback is None or _other_country_named(doc, sent, fallback.country):
        return None
    # the lead's or the dateline's town is a prior, not an override (``dateline_prior``)
    usable = _usable_mention(doc, actor_spans, dateline_span(doc))
    if not prior_holds(doc, cand, fallback, sent, usable, parties):
        return None
    return fallback


def _site_by_kind(doc: Doc, cand: Candidate, scene: frozenset[int]) -> bool:
    """Does the event's own phrase name its site by a definite kind-of-place noun with no name
    ("took the city", "shelling near the facility")? It points back to a place named before,
    often a route's end ("inspectors went to the X plant despite shelling near the facility"),
    so that end stays a candidate (``routes.route_tokens`` is not applied)."""
    cues = load_cues()
    kinds = (cues.site | cues.facility | frozenset(cues.settlement) | PLACE_INSTALLATIONS) - cues.way
    for h in scene:
        head = doc[h]
        nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [o for p in preps_of(head, EVENT_LOCATIVE) for o in pobjs(p)]
        for n in nouns:
            if (lemma(n) in kinds and any(c.lower_ in ("the", "this", "that") for c in n.children)
                    and not any(d.pos_ == "PROPN" for d in n.subtree)):  # "the village of X": named
                return True
    return False


def dateline_span(doc: Doc) -> tuple[int, int] | None:
    """Where the dateline's name and its region stand ("BOISE, Idaho —"): the prior itself,
    never a place of the lead's event nor a place in between (class: the dateline's qualifier
    read as the sentence's place)."""
    dl = dateline_match(doc_text(doc))
    if dl is None:
        return None
    return dl.start("name"), dl.end("region") if dl.group("region") else dl.end("name")


def _usable_mention(doc: Doc, actor_spans: _Covered,
                    skip: tuple[int, int] | None) -> Callable[[int, int], bool]:
    """A test of whether the place mention at [start, end) can say where something happened:
    ``_named_in``'s filters (no actor's name, office label, pair member, possessive holder or
    kind-of-place qualifier), and not the span ``skip`` (the dateline)."""
    def usable(start: int, end: int) -> bool:
        return not ((skip is not None and start < skip[1] and end > skip[0])
                    or actor_spans.covers(start) or _qualifier(doc, start)
                    or _office_label(doc, start, end) or _team_name(doc, start, end)
                    or _pair_member(doc, start, end)
                    or _holder_possessive(doc, end) or _holder_compound(doc, end)
                    or neighbourhood_name(doc, end))
    return usable


#: what an outage cuts off ("without power", "loses water supply", "no electricity")
OUTAGE_NOUNS = frozenset({"power", "electricity", "water", "heat", "heating", "gas", "light",
                          "lights", "blackout", "blackouts", "outage", "outages"})
#: words that tell the supply is lost ("without power", "lost electricity", "cut off")
OUTAGE_MARKS = frozenset({"without", "no", "lose", "lost", "loses", "losing"})
#: prepositions that give the cause of a state ("without power after strikes")
CAUSE_PREPS = frozenset({"after", "following", "amid"})


def outage_cause(trigger: Token) -> bool:
    """Is the event the cause of an outage its clause tells ("90% of the town without power
    after strikes", "two regions lose electricity following shelling")? The places of that
    clause are where the outage falls; a grid fails far from where it is hit, so the text gives
    no place for the strikes. Class: the place of a consequence."""
    t = coordination_head(trigger)
    if t.dep_ not in ("pobj", "pcomp") or t.head.lower_ not in CAUSE_PREPS:
        return False
    clause = t.head.head
    while clause.dep_ in ("prep", "pobj", "amod", "acl") and clause.head is not clause:
        clause = clause.head  # "without power for a third day after shelling"
    cause = {d.i for d in t.head.subtree}
    words = [d for d in clause.subtree if d.i not in cause]
    return (any(lemma(d) in OUTAGE_NOUNS or d.lower_ in OUTAGE_NOUNS for d in words)
            and any(d.lower_ in OUTAGE_MARKS or lemma(d) in OUTAGE_MARKS for d in words))


def furthers_trend(trigger: Token) -> bool:
    """Is the event the subject of a verb by which it furthers a trend elsewhere ("the war is
    fuelling hunger in Chad", "attacks spur a price jump in Kenya"; lexicon ``furthering``)?
    The verb's places are where the trend is felt; the event keeps only its own phrase's.
    Class: the place of a consequence."""
    t = coordination_head(trigger)
    if t.dep_ not in ("nsubj", "csubj"):
        return False
    verb = t.head
    return lemma(verb) in load_cues().furthering or verb.lower_ in load_cues().furthering


#: a live blog's entry opens with its own clock-time stamp on a line of its own ("2:45 p.m.",
#: "11:05 a.m. ET"); each entry is a report of its own, often from elsewhere
LIVE_STAMP = re.compile(r"(?m)^[ \t]*\d{1,2}(?::\d\d)?[ \t]*[ap]\.?[ \t]?m\.?(?:[ \t]+[A-Z]{2,4})?[ \t]*$")


def live_entry(doc: Doc, char: int) -> bool:
    """Is offset ``char`` inside a time-stamped entry of a live blog (class: the reference place)?
    The blog's dateline and lead say where it is written and what it covers, not where each
    later entry's event happened ("WASHINGTON (AP) — The Latest …", then "11:05 a.m. X tells
    a veterans group in another state …"): an entry's event takes no lead or dateline town.
    The first stamp is found once per Doc, on the whole text (a line is a stamp only when it
    ends as one), and cached in ``doc.user_data``."""
    first = doc.user_data.get("parley_live_stamp")
    if not isinstance(first, int):
        m = LIVE_STAMP.search(doc_text(doc))
        first = m.end() if m is not None else -1
        doc.user_data["parley_live_stamp"] = first
    return 0 <= first <= char


def _other_country_named(doc: Doc, sent: Span, country: str | None) -> bool:
    """Does ``sent`` name a place in a country other than ``country`` (the lead's or the
    dateline's town would then contradict it)?"""
    index = mention_index(doc, "parley_places")
    if index is None:
        return False
    lo = bisect.bisect_left(index.starts, sent.start_char)
    for m_start, m_end, k, _ in index.entries[lo:]:
        if m_start > sent.end_char:
            break
        other = index.items[k].country
        if m_end <= sent.end_char and other and country and other != country:
            return True
    return False


def earlier_cue(cand: Candidate, mods: Modifiers) -> Token | None:
    """A word telling the event as before the report with no date of its own ("the talks held
    earlier", "the last round of talks", "the previous meeting"): `earlier` cues."""
    words = mods.lemmas("earlier")
    head = cand.head
    heads = [head, climb_quantity(head, mods.lemmas("quantity"))]
    heads += [c for c in head.children if c.dep_ in ("acl", "relcl")]
    for t in heads:
        for c in t.children:
            if c.dep_ in ("amod", "advmod") and (c.lower_ in words or lemma(c) in words):
                return c
    return None


def day_before(published: str | None) -> str | None:
    try:
        return (date.fromisoformat((published or "")[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


class EventDate(NamedTuple):
    """When an event happened, as the text or the publication date tells it."""

    date: str | None  # ISO date of the day, or the first day of the week, month or year
    text: str | None  # the date expression (or the "earlier" cue), if any
    inferred: bool  # no expression dated the event: the publication date (or the day before)
    granularity: str  # day | weekend | week | month | quarter | year: how precise ``date`` is


def event_date(doc: Doc, cand: Candidate, earlier: Token | None = None) -> EventDate:
    """The event's own date of its clause (``own_date``); else, for a past event told in a
    dated report, the report's day (``report_date``: inferred, no date text); else, for an
    event told as earlier, the day before publication (the latest it can be; inferred) with
    the cue as its text; else the publication date (inferred)."""
    ref = own_date(doc, cand)
    if ref is not None and ref.date:
        return EventDate(ref.date, ref.text, False, ref.granularity)
    anchored = anchored_date(doc, cand)
    if anchored is not None:
        return anchored
    report = report_date(doc, cand)
    if report is not None and report.date:
        # inferred, with no date text: the report's day bounds the event, it does not date it
        return EventDate(report.date, None, True, report.granularity)
    if earlier is not None and day_before(doc._.parley_published):
        return EventDate(day_before(doc._.parley_published), earlier.text, True, "day")
    return EventDate(doc._.parley_published, None, True, "day")


#: a span's unit and how to step back or ahead by it ("a week after", "two days before")
ANCHOR_UNITS = {"day": 1, "week": 7}
ANCHOR_MARKS = {"after": -1, "before": 1}


def anchored_date(doc: Doc, cand: Candidate) -> EventDate | None:
    """The date of an event told as a span before or after a dated one ("shelled the port on
    Friday, two days after they seized the airport": Wednesday; "hit a depot on Monday, three
    days before talks opened": Thursday): the governing clause's own day moved by the span.
    Class: an anchored relative date, given the publication day."""
    verb = clause_verb(cand.head)
    if verb.dep_ in SUBJECT_DEPS and verb.head is not verb:
        verb = verb.head  # "three days before talks opened": the nominal trigger's verb
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS), None)
    unit = next((c for c in verb.children if c.dep_ == "npadvmod"
                 and lemma(c) in ANCHOR_UNITS and c.i < verb.i), None)
    governor = verb.head
    if mark is None or unit is None or verb.dep_ not in ("advcl", "conj") or governor is verb:
        return None
    count = _span_count(unit)
    dated = [(distance, ref) for distance, ref, span in clause_dates(doc, governor)
             if ref.date and ref.granularity == "day" and _hangs_on(span.root, governor)]
    if count is None or not dated:
        return None
    anchor = date.fromisoformat(min(dated, key=lambda d: d[0])[1].date or "")
    day = anchor + timedelta(days=ANCHOR_MARKS[mark.lower_] * count * ANCHOR_UNITS[lemma(unit)])
    text = doc[unit.left_edge.i:mark.i + 1].text
    return EventDate(day.isoformat(), text, False, "day")


def _span_count(unit: Token) -> int | None:
    """How many units a span counts: "two days" 2, "a week" 1, "48 hours" no unit here."""
    for child in unit.children:
        if child.dep_ == "nummod":
            try:
                return parse_number(child.lower_)
            except (KeyError, ValueError):
                return None
        if child.dep_ == "det" and child.lower_ in ("a", "an", "one"):
            return 1
    return None


#: auxiliaries of a past or perfect ("had shot down", "has been hit", "were killed")
PAST_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "'d"})


def _done_or_perfect(verb: Token) -> bool:
    """A simple past or a perfect or passive past ("shot down", "had shot down", "were hit")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in verb.children))


def report_date(doc: Doc, cand: Candidate) -> DateRef | None:
    """The day of the report that tells an event done before it ("officials said on Wednesday
    that air defenses had shot down eleven drones"), when the event's clause has no date of
    its own: the event happened by then, so the report's day bounds it better than the
    publication date does. The caller marks it inferred. Class: a reported past event dated
    by publication instead of by its report."""
    verb = clause_verb(cand.head)
    if verb.dep_ in SUBJECT_DEPS and verb.head is not verb:
        verb = verb.head  # "that shelling killed two": a gerund subject takes its verb's tense
    if verb.pos_ not in ("VERB", "AUX") or not _done_or_perfect(verb):
        return None
    for quote in quotes_covering(doc, cand.head.idx, cand.head.idx + len(cand.head.text)):
        if quote.cue_span is None:
            continue
        cue = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
        if cue is None:
            continue
        dated = [(distance, ref) for distance, ref, span in clause_dates(doc, cue.root)
                 if ref.date and ref.granularity in DAY_GRANULARITIES
                 and not (quote.start <= span.start_char < quote.end)
                 and _hangs_on(span.root, cue.root)]
        if dated:
            return min(dated, key=lambda d: d[0])[1]
    return None


def _hangs_on(token: Token, verb: Token) -> bool:
    """Does a date hang on ``verb`` itself ("said on Wednesday", "said Wednesday")?"""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.i == verb.i


def own_date(doc: Doc, cand: Candidate) -> DateRef | None:
    """Of the dates of the trigger's clause, the one that dates the event itself: those on the
    trigger or its clause verb before those reached through its object, then the nearest. Not
    a date that dates something else (``_date_rank`` is None): "since 1990" starts a span; "the
    2014 annexation" or "the annexation in 2014 was condemned" dates a noun of an argument; a
    deadline ("demands a withdrawal by May") belongs to what is asked, promised or agreed."""
    own = _own_tokens(cand)
    ranked = []
    for distance, ref, span in clause_dates(doc, cand.head):
        if _period_of_a_noun(doc, span, ref, own) or _label_of_a_noun(span, own) \
                or _ahead_of_a_done_act(doc, cand, ref):
            continue
        rank = _date_rank(span, own, cand.entry.event, cand.head, ref.granularity)
        if rank is not None:
            ranked.append((rank, distance, ref))
    if ranked:
        return min(ranked, key=lambda r: (r[0], r[1]))[2]
    return _antecedent_date(doc, cand.head)


#: year-long periods a noun of a plan, budget, package or ban is for ("a ban for 2022", "the
#: aid package for Kyiv in 2027"): the prepositions that attach such a year to its noun
PERIOD_PREPS = frozenset({"for", "in"})


def _period_of_a_noun(doc: Doc, span: Span, ref: DateRef, own: set[int]) -> bool:
    """Is a bare year the period of a noun of the clause, not the act's date? "orders a ban on
    imports for 2022", "blocks an aid package for Kyiv in 2027": the ban and the package are for
    that year; the ordering and the blocking are of their own day. A year after "for" is a period
    unless a verb of schedule governs it ("elections set for 2027"); a year after "in" is one
    when it lies after the publication year, follows the act's object, and the act is not told
    as still to come ("will hold talks in 2027" stays). Class: the date of a complement (a
    noun's period) given to the act."""
    if not ref.date:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in PERIOD_PREPS:
        return False
    cues = load_forward_cues()
    if prep.lower_ == "for":
        # "corridors agreed for Sunday": the day the corridors are for, not the agreeing's;
        # a day "for" an event noun of its own is its date ("a truce for Sunday")
        own_noun = prep.head.i in own and prep.head.pos_ in ("NOUN", "PROPN")
        return (ref.granularity == "year" or not own_noun) and \
            lemma(prep.head) not in cues.schedule_verbs and prep.head.lower_ not in cues.schedule_verbs
    if ref.granularity != "year":
        return False
    published = doc._.parley_published or ""
    if not published[:4].isdigit() or int(ref.date[:4]) <= int(published[:4]):
        return False
    if points_ahead(doc, span.start_char, span.end_char, cues):
        return False
    last = max(own)
    return any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "nsubjpass", "compound")
               for t in doc[last + 1:span.start]) or prep.head.pos_ in ("NOUN", "PROPN")


def _label_of_a_noun(span: Span, own: set[int]) -> bool:
    """Is a year the "of" label of another noun ("asked for a ruling under the Water Act of
    1956", "recalled the war of 1812")? It names that noun, it does not time the act; a time
    noun's "of" ("the summer of 2014", tagged a date by the model) is a time. Class: the date
    of another noun's modifier."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "of" or not span.text[:4].isdigit():
        return False
    noun = prep.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.i not in own and noun.ent_type_ != "DATE"


def _ahead_of_a_done_act(doc: Doc, cand: Candidate, ref: DateRef) -> bool:
    """Is a date after publication hung on an act told as done ("Kenya invited to join talks
    next week", "the ministers agreed to a summit in October")? A finished act cannot happen
    later: the date is its complement's (the talks, the summit). Class: a complement's future
    date given to a past act."""
    verb = cand.head
    published = doc._.parley_published or ""
    if verb.pos_ not in ("VERB", "AUX") or clause_verb(verb) is not verb or not _told_done(verb):
        return False
    return bool(ref.date and len(published) >= 10 and ref.date > published[:10])


#: relative adverbs whose clause tells what happened at its antecedent's time and place
SCENE_RELATIVES = frozenset({"when", "where", "wherein"})


def scene_antecedent(trigger: Token) -> Token | None:
    """The antecedent of a relative clause of time or place holding the trigger ("in July,
    when they will discuss …", "a meeting in X last week, where Poland demanded …"), or None.
    Class: a relative clause of time or place, which shares its antecedent's date and place."""
    verb = clause_verb(trigger)
    for _ in range(3):
        if verb.dep_ == "relcl":
            break
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return None
        verb = verb.head  # "when they are expected to discuss": the relative clause's verb
    if verb.dep_ != "relcl" or not any(
            c.lower_ in SCENE_RELATIVES and c.i < verb.i for c in verb.children):
        return None
    return verb.head


def _date_span_holding(doc: Doc, token: Token) -> DateRef | None:
    return next(iter(dates_holding(doc, token.idx)), None)


def _antecedent_date(doc: Doc, trigger: Token) -> DateRef | None:
    """The date of a relative clause of time or place (``scene_antecedent``): the date its
    antecedent is ("in July, when …") or bears ("a meeting on Monday, where …")."""
    ante = scene_antecedent(trigger)
    if ante is None:
        return None
    ref = _date_span_holding(doc, ante)
    if ref is not None:
        return ref if ref.date else None
    for child in ante.children:
        if child.dep_ in ("prep", "npadvmod", "advmod") and (
                ref := _date_span_holding(doc, child if child.dep_ != "prep" else
                                          next(iter(pobjs(child)), child))) is not None:
            return ref if ref.date else None
    return None


def antecedent_place(doc: Doc, trigger: Token) -> Place | None:
    """The place of a relative clause of time or place's antecedent's scene: "meet in Prague
    in July, when they will discuss …" and "a meeting in X last week, where …" are in X."""
    ante = scene_antecedent(trigger)
    if ante is None:
        return None
    named = place_at(doc, ante.idx, ante.idx + len(ante.text))
    if named is not None:
        return named  # "Mykolaiv, where dozens died"
    while _date_span_holding(doc, ante) is not None and ante.head is not ante:
        ante = ante.head  # out of the date: "in July" → "meet"; "this month" → "meeting"
    if ante.pos_ == "ADP":
        ante = ante.head
    return clause_place(doc, ante)


def _will(token: Token) -> bool:
    """Does ``token`` carry a future auxiliary ("will echo")?"""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in token.children)


def _own_tokens(cand: Candidate) -> set[int]:
    """The trigger's tokens, its clause verb and the verbs whose complement that verb is
    through non-finite links ("plans to strike", "was set to meet")."""
    own = {t.i for t in cand.tokens} | {cand.head.i}
    if _told_object(cand.head, cand.entry.event):
        return own  # "disclosed on Monday the capture": the telling is not the capture's act
    verb = clause_verb(cand.head)
    own.add(verb.i)
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "auxpass", "aux") or verb.head is verb:
            break
        if _object_complement(verb):
            break  # the governing act's date is not this one's (the governing clause's date)
        verb = verb.head
        own.add(verb.i)
    return own


def _date_rank(span: Span, own: set[int], event: str, trigger: Token,
               granularity: str) -> int | None:
    """0: the date hangs on the event's own words; 1: on them through their object or a
    to-complement; 2: through an adverbial clause ("Speaking on Monday, …"); None: it dates
    something else (see ``own_date``)."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if _between_subject_and_verb(span, prep, own):
        return 0
    if _not_a_time_of(span, prep, own, event) or _onset_of_another(root, own, event):
        return None
    deadline = prep is not None and prep.lower_ in DEADLINE_PREPS
    # a named day on a physical event's cause or weapon is the event's own ("killed in
    # Wednesday's strikes", "missiles fired on Tuesday were shot down"); a year is a label there
    day = granularity in DAY_GRANULARITIES  # a year or month on a noun is a label ("2022 Cup")
    physical_day = day and event in PHYSICAL_EVENTS
    rank, t, occasion = 0, root, False
    for _ in range(12):
        if t.i in own or t.head is t:
            break
        head = t.head
        if (head.dep_ == "prep" and head.lower_ in END_PREPS | SPAN_START_PREPS
                and not _deferred_to(head)):
            return None  # "until the end of 2024", "since the start of the year"
        if head.i not in own and _deadline_or_span_clause(head, event):
            return None
        if head.i not in own and head.pos_ in ("NOUN", "PROPN"):
            adjunct = day and _adjunct(head, own)
            occasion = occasion or adjunct
            if not (adjunct or (physical_day and t is root) or occasion_participle(t)):
                if t is root and t.dep_ in NOUN_MODIFIER_DEPS:
                    return None  # "the 2014 annexation", "hails Tuesday's talks"
                if head.dep_ in SUBJECT_DEPS and event not in PHYSICAL_EVENTS:
                    # "the annexation of Crimea in 2014 was condemned"; a physical event's
                    # subject is its cause, of its time ("strikes on Monday night killed three")
                    return None
            rank = 1
        elif head.i not in own and head.pos_ in ("VERB", "AUX", "ADJ"):
            step = _through_verb(head, trigger, own, deadline, physical_day, occasion)
            if step is None:
                return None
            rank = max(rank, step)
        t = head
    if t.i in own:
        return rank
    # the date hangs above the event, on the clause it sits in ("killed in an attack on Monday")
    return None if _governor_s_own(trigger, event) else max(rank, 2)


def _governor_s_own(trigger: Token, event: str) -> bool:
    """Does a date hanging above the event time only the clause that holds it: the event is that
    clause's backdrop, a non-physical event embedded in it, told or cited by it, or the reason
    or charge it names? Class: the date of the governing clause."""
    return (_backdrop(trigger) or (event not in PHYSICAL_EVENTS and _embedded(trigger))
            or _reported_or_cited(trigger) or _told_object(trigger, event)
            or _reason_charged(trigger))


def _told_object(trigger: Token, event: str) -> bool:
    """Is a physical event's noun the object of a verb that tells it, a quote's cue ("police
    disclosed on Monday the capture of …", "the ministry confirmed on Monday the shelling")? The
    day on the telling verb dates the report; the event was done by then, so ``report_date``
    bounds it (inferred). Acts of words ("announced sanctions on Friday") are done in the
    telling and keep its day. Class: the date of the governing clause."""
    if event not in PHYSICAL_EVENTS or trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "dobj":
        return False
    verb = trigger.head
    return any(q.cue_span is not None and q.cue_span.start <= verb.idx < q.cue_span.end
               for q in quotes_covering(trigger.doc, trigger.idx, trigger.idx + len(trigger.text)))


#: prepositions of the reason or charge a judgement names ("criticized X for shooting Y",
#: "accused X of killing Y", "arrested for looting")
REASON_PREPS = frozenset({"for", "of"})


def _reason_charged(trigger: Token) -> bool:
    """Is the event a gerund that names the reason or charge of another clause's act ("criticized
    the officer on Tuesday for shooting a man", "was arrested on Friday for looting")? That act's
    day is the criticism's or the arrest's, not the reason's, which came before. Class: the
    date of the governing clause."""
    t = coordination_head(trigger)  # "for shooting and killing": the killing shares the link
    return (t.pos_ in ("VERB", "AUX") and t.dep_ == "pcomp" and t.head.lower_ in REASON_PREPS
            and t.head.head.pos_ in ("VERB", "AUX"))


def _between_subject_and_verb(span: Span, prep: Token | None, own: set[int]) -> bool:
    """Does a date phrase stand between a subject and the event's verb right after it ("the
    governor on Thursday praised …", "the mayor of X, on Friday, ordered …")? The parser hangs
    it on the subject noun, but it dates the verb. Class: the date of the verb read as a
    subject's label."""
    if prep is None or prep.lower_ != "on":
        return False
    subject = prep.head
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.i not in own or verb.pos_ not in ("VERB", "AUX"):
        return False
    after = span.end
    doc = span.doc
    while after < verb.i and (doc[after].is_punct or doc[after].dep_ in ("aux", "neg", "advmod")):
        after += 1
    return after == verb.i


def _onset_of_another(root: Token, own: set[int], event: str) -> bool:
    """A date on an onset word ("a truce starting Wednesday", "a ban effective Monday") dates
    the start of what is agreed, proposed or imposed, not the act of agreeing (class: a
    complement's start date given to the proposal); it stays with an act not of words whose
    own word starts then ("will halt supplies starting Friday", "orders a curfew starting
    Friday": the curfew)."""
    onset = onset_word(root, load_forward_cues().onset_words)
    if onset is None:
        return False
    return event in VERBAL_EVENTS or onset.head.i not in own


def _through_verb(head: Token, trigger: Token, own: set[int], deadline: bool,
                  physical_day: bool, occasion: bool) -> int | None:
    """The rank a date earns on its way up through a verb or adjective not the event's own
    (``_date_rank``), or None when that word's clause owns the date."""
    if occasion_participle(head):
        return 2  # "X, speaking on Monday, urged": as "Speaking on Monday, …"
    if not occasion and _complement_of_trigger(head, trigger):
        return None  # "said it was ready to resume classes in May": the resuming's date
    if head.pos_ == "ADJ":
        return 0
    if deadline or _inside_phrase(head, own, physical_day):
        # "urged Moscow to pull out by May": the complement's deadline; "the arrest of
        # X for fleeing in 2014": the date of a verb inside a noun's phrase
        return None
    return 2 if head.dep_ == "advcl" else 1


#: links of a complement clause: what the trigger's word says, asks, allows or is ready for
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})


def _complement_of_trigger(verb: Token, trigger: Token) -> bool:
    """Is ``verb`` (on the date's way up) a complement of the trigger itself ("ready to resume
    classes in May", "calls on the garrison to surrender by Monday", "should be allowed to
    expire on June 30")? The date then times the complement's act, which is not the event: the
    event is the readiness, the call or the allowing, told with no date of its own. A past act's
    complement shares its time ("refused to answer last year"), except an asking verb's
    ("invited him to visit in March": lexicon ``asking_heads``), which lies ahead of the asking.
    Class: the date of a complement given to the event."""
    return (verb.dep_ in COMPLEMENT_DEPS and verb.head.i == trigger.i and verb.i != trigger.i
            and (not _told_done(trigger) or lemma(trigger) in load_forward_cues().asking_heads))


def _told_done(word: Token) -> bool:
    """Is ``word`` a finite past ("refused to answer last year", "pledged at the talks last
    December to cut")? A complement of an act told as done shares its time; one of a present
    readiness, call or permission ("is ready to reopen in May") lies ahead of it."""
    return word.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in word.children)


#: links of a clause told inside another: a reported clause, a participle or a clause on a noun
SUBORDINATE_DEPS = frozenset({"ccomp", "advcl", "acl", "relcl", "xcomp"})


def _reported_or_cited(trigger: Token) -> bool:
    """Is the event told inside another clause's report or citation, so that a date hanging
    above it times the telling: a verb trigger in a reported clause ("officials said Monday
    that troops shelled the town"), a noun trigger that is the object of a participle or
    complement ("said in May, citing the release of prisoners", "an ad showing remarks
    including an attack")? Class: the date of the governing clause."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger.dep_ == "ccomp"
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    t = trigger
    for _ in range(6):  # up through the nouns and prepositions that hold it, to a verb
        if t.head is t or (t.head.pos_ in ("VERB", "AUX") and t.head.dep_ != "prep"):
            break  # "including" tagged a verb is still a preposition here
        if t.dep_ not in ("compound", "conj", "pobj", "prep", "dobj", "appos"):
            return False
        t = t.head  # "remarks including an attack": the attack is in the remarks
    verb = t.head
    return (t is not trigger or t.dep_ == "dobj") and t.dep_ in ("dobj", "prep") and (
        verb.pos_ in ("VERB", "AUX") and verb.dep_ in SUBORDINATE_DEPS and verb.tag_ != "VBD")


#: links of a verb inside a noun's or a preposition's phrase ("states suing the agency",
#: "censured for refusing to testify", "plans to give"): a clause with a time of its own
EMBEDDED_DEPS = frozenset({"acl", "relcl", "pcomp"})


def _embedded(trigger: Token) -> bool:
    """Is a non-physical event told inside another clause's noun or preposition phrase ("voted
    Tuesday on the aid bill", "voted Thursday to censure him for refusing to testify", "announced
    plans this week to give …")? The governing clause's date is then that clause's act (the
    vote, the announcement), not this event's: class "the governing clause's date"."""
    t = trigger
    while t.dep_ == "compound" and t.head is not t:
        t = t.head  # "the aid bill"
    if t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS:
        return True
    # a noun trigger is embedded only as a topic: "came under withering criticism" is often
    # parsed with "withering" as a verb inside "under", which would rob the noun of its year
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    return trigger.dep_ in EMBEDDED_DEPS or _object_complement(trigger)


def _object_complement(verb: Token) -> bool:
    """A to-infinitive beside its head verb's object ("urged Kyiv on Monday to sign",
    "unveiled plans on Monday to give"): what is urged or planned, not the urging's act."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)


#: nouns of a time limit: a date they carry is when the time runs out, not an event's
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "cutoff"})


def _deadline_or_span_clause(head: Token, event: str) -> bool:
    """Does the date reach the event through a deadline ("should arrive before the deadline at
    noon Sunday"), a verbal event's "by"/"before" phrase, or a clause that opens or
    closes a span ("has been attacking her since she, at Monday's debate, cited …")? Classes:
    a deadline's date; the date of a "since" clause."""
    if head.pos_ == "NOUN" and lemma(head) in DEADLINE_NOUNS:
        return True
    if head.dep_ == "prep" and head.lower_ in DEADLINE_PREPS and event in VERBAL_EVENTS:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in SPAN_START_PREPS | END_PREPS for c in head.children)


def _clock_prep(span: Span) -> str:
    """The preposition before a day that the parser hung elsewhere because a clock time stands
    between them ("surrender by 5 a.m. local Monday", "by noon Friday"), or ""."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in CLOCK_WORDS or doc[i].text == ":"):
        i -= 1
    return doc[i].lower_ if 0 <= i < span.start - 1 and doc[i].pos_ == "ADP" else ""


def _not_a_time_of(span: Span, prep: Token | None, own: set[int], event: str) -> bool:
    """Does the date, whatever it hangs on, not time the event: a span's start or end, a
    verb's argument, a future verb's "ago", a verbal event's deadline?"""
    word = prep.lower_ if prep is not None else _clock_prep(span)
    if word == "of" and prep is not None and prep.head.lower_ == "as":
        return True  # "200 drones downed as of Saturday": a running total's cut-off, not a time
    if word in SPAN_START_PREPS or (word in END_PREPS and not _deferred_to(prep)):
        return True  # "since 1991", "bans exports until 2023": a span's start or end
    if word == "through" and prep is not None and lemma(prep.head) in SPAN_VERBS:
        return True  # "the curfew will stay in force through the weekend", "extended through May"
    if span.root.dep_ in ARGUMENT_DEPS:
        return True  # "Remembering 1968, …": the date is what is remembered
    if any(lemma(t) in DEADLINE_NOUNS for t in span.doc[max(0, span.start - 3):span.start]):
        return True  # "before the deadline at noon Sunday" (parsed apart or not)
    if span[-1].lower_ == "ago" and any(_will(span.doc[i]) for i in own):
        return True  # "the trip will echo a visit 81 years ago": the past is the echoed one's
    # "demands a withdrawal by May", "agreed to leave by Friday"
    return word in DEADLINE_PREPS and event in VERBAL_EVENTS


def _inside_phrase(verb: Token, own: set[int], physical_day: bool) -> bool:
    """A verb inside a noun's or a preposition's phrase has its own time ("the arrest of X for
    fleeing in 2014"), unless it is a physical event's cause or weapon, named with a day
    ("killed by shelling on Tuesday", "missiles fired on Tuesday were shot down")."""
    if verb.dep_ not in ("acl", "pcomp") or verb.head.i in own:
        return False
    if not physical_day:
        return True
    return verb.dep_ == "pcomp" and verb.head.head.i not in own


def _adjunct(noun: Token, own: set[int]) -> bool:
    """Is ``noun`` the object of a site or occasion phrase on the event ("urged … in a Saturday
    phone call", "will discuss aid at Tuesday's meeting")? Its date is the event's."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS:
        return False
    on = noun.head.head  # the parser may hang it on the event's to-complement
    return on.i in own or (on.dep_ == "xcomp" and on.head.i in own)


def _deferred_to(prep: Token | None) -> bool:
    """"postponed until July 26": the deferred thing's new date, not the end of a state."""
    if prep is None:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in load_forward_cues().deferral_verbs
        or verb.lower_ in load_forward_cues().deferral_verbs)


def _backdrop(trigger: Token) -> bool:
    """Is the event told as the backdrop of its clause ("marks the day on May 9 amid shelling",
    "after talks") or as another noun's topic ("a briefing on the invasion")? The clause's date
    is then the main event's, not this one's."""
    if trigger.dep_ not in ("pobj", "pcomp"):
        return False
    prep = trigger.head
    # "a briefing on the invasion on Monday": the topic of another noun is not timed by it
    return prep.lower_ in BACKDROP_PREPS or (
        prep.lower_ in TOPIC_PREPS and prep.head.pos_ in ("NOUN", "PROPN"))


def event_historical(doc: Doc, cand: Candidate, when: EventDate, earlier: Token | None,
                     mods: Modifiers) -> bool:
    """Is the event history the story recalls? With a date of its own, only when that date
    ended long before publication (``long_before``): "on Sunday", "this week" or "two days ago"
    never are, whatever other years the sentence names ("the 2014 annexation", "since 1991").
    With none, when a cue word tells it as long past ("during the war", "decades ago") or an
    `earlier` cue tells it as before the report."""
    if not when.inferred:
        return long_before(when, doc._.parley_published)
    return earlier is not None or _historical_cue(cand.head, mods)


def _historical_cue(trigger: Token, mods: Modifiers) -> bool:
    """A `historical` cue word (or "ago") on the trigger or its clause verb."""
    cues = {(cue.dep, lem) for cue in mods.historical for lem in cue.lemmas}
    for t in (trigger, clause_verb(trigger, mods.lemmas("quantity"))):
        for c in t.children:
            if (c.dep_ == "prep" and not _names_a_period(c)) or (c.lower_ == "ago" and _will(t)):
                # "during a visit to Warsaw" is no history ("during World War Two" is); nor
                # is "will echo a visit 60 years ago"
                continue
            if (c.dep_, c.lower_) in cues or (c.dep_ == "advmod" and c.lower_ == "ago"):
                return True
    return False


def _names_a_period(prep: Token) -> bool:
    """Is the object of ``prep`` a named period or event ("World War Two", "the Cold War")?"""
    return any(o.pos_ == "PROPN" for o in pobjs(prep))  # not "during the Berlin meeting"


def long_before(when: EventDate, published: str | None) -> bool:
    """Did the event's whole period end more than ``HISTORICAL_DAYS`` before publication? Such an
    event is history the story recalls, never the latest news."""
    if when.inferred or not when.date or not published:
        return False
    try:
        start, pub = date.fromisoformat(when.date[:10]), date.fromisoformat(published[:10])
    except ValueError:
        return False
    length = {"day": 1, "weekend": 2, "week": 7, "month": 31, "quarter": 92,
              "year": 366}.get(when.granularity, 1)
    return (pub - start).days - length > HISTORICAL_DAYS


def _sentence_words(sent: Span) -> frozenset[str]:
    """The lemmas and lower-case forms of a sentence's words, built once per sentence of a
    Doc (asked for each event of the sentence)."""
    memo = sent.doc.user_data.setdefault("parley_sentence_words", {})
    key = (sent.start, sent.end)
    words = memo.get(key)
    if words is None:
        words = memo[key] = frozenset({lemma(t) for t in sent} | {t.lower_ for t in sent})
    return words


def event_contexts(cand: Candidate, sent: Span, mods: Modifiers) -> list[str]:
    """The trigger's contexts, its CAMEO row's, and those cued by words of the sentence."""
    out = list(cand.entry.context)
    row = crosswalk().get(cand.entry.cameo)
    if row:
        out += [c for c in row.contexts if c in CONTEXTS]  # the 2021 table has legacy names
    words = _sentence_words(sent)
    for cue in mods.contexts:
        if cue.words & words:
            out.append(cue.context)
    return sorted(dict.fromkeys(out))
