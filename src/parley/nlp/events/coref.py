"""One event per real event: later mentions of an event already coded in the article join it.

Analysts count events, not mentions. An article tells one round of talks many times ("high
level talks between Russia and Ukraine", "the talks", "the discussions in the meeting"); each
mention after the first joins the most recent earlier event it is compatible with:

- same PLOVER type and mode, same negation;
- participants compatible: one mention's participants contain the other's, or one mention
  names none; a state, its government and its army count as the country ("Russia", "Lavrov",
  "Russian diplomats"), anyone else as itself (a coal firm and its insurers, a student and the
  police of one country are two parties); and no actor is the target in one and the actor in
  the other ("X was killed … X had led the attack");
- for verbal acts, one kind of act by CAMEO code (``same_family``): a pledge or an offer is not the concluded
  deal ("pledged to lift the curbs" … "in breach of the agreement"), unless the earlier
  trigger phrase names the later noun ("approved the agreements" … "the agreements");
- within reach (``REACH`` sentences after the event's latest mention), unless the later
  mention is a definite noun of the event's own word ("the hearing" … "the hearing");
- no clash of the place or date the mention states itself (inherited places, the dateline and
  the publication date do not count): different place → different events (the Antalya talks
  and the Belarus-border talks stay two);
- no clash of names: a nominal named by its own modifier ("the Tulsa protest", "the 9/11
  attacks", "the Patriot deal", "Friday's meeting") is its own event unless the earlier
  mention's own phrase or clause names the same thing ("a summit in Warsaw" … "the Warsaw summit");
- a verb told only as possible ("hopes to persuade them to agree") is no retelling of an act
  that happened;
- a bare nominal (no determiner or possessor: "criticism", "requests for comment") is
  indefinite: it joins only an event it shares a participant with, and one naming no party of
  its own, told two or more sentences after the compatible event, is dropped, not folded;
- among the latest ``COREF_WINDOW`` (50) events of its type, the most recently told first
  (an anaphor joins the event mentioned last, not the one first coded last): a bound on very
  long texts;
- the later mention is a nominal without a word marking another occurrence ("a new round",
  "another strike", `new_instance` cues); or a verb with no place or date of its own that
  names exactly the same participants as an earlier nominal ("Russia and Ukraine talked about
  …"), or, for reciprocal triggers (meetings, talks, agreements), names none ("all practical
  issues are discussed").

The merged event keeps the union of arguments, the evidence and trigger of its most
informative mention, its own place and date when one mention states them, and records the
other mentions' trigger spans in ``doc._.parley_event_mentions`` (event id → spans).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from parley.nlp.events.dateline_prior import NATIONAL_SECTORS
from parley.nlp.events.match import Candidate, climb_quantity, coarse_pos, lemma
from parley.nlp.syntax import DEFINITE_OR_POSSESSIVE
from parley.schema import Event
from parley.schema import Span as TextSpan


@dataclass
class Mention:
    """A built event with what coreference needs to know about how it was told."""

    event: Event
    cand: Candidate
    own_place: str | None
    own_date: str | None
    earlier: bool = False
    background: bool = False  # told as background of another event: joins one or is dropped
    anaphor: bool = False  # bare definite ("the talks"): joins one, or is dropped after a same-type event
    others: list[TextSpan] = field(default_factory=list)
    last: int = -1  # sentence index of the latest mention folded in (``corefer`` sets it)

    @property
    def nominal(self) -> bool:
        return coarse_pos(self.cand.head) == "NOUN"

    def information(self) -> int:
        """How much the mention says: its arguments, own place and own date."""
        e = self.event
        return (len(e.actor) + len(e.recipient) + len(e.third_party)
                + 2 * bool(self.own_place) + bool(self.own_date))


#: how many earlier events of the same type a mention is compared with, newest first: bounds
#: coreference on very long texts (hundreds of events of one type); news articles have far fewer
COREF_WINDOW = 50
#: how many sentences after an event's latest mention a verb, a bare noun or a definite noun of
#: another word ("the talks" after "met") can still retell it: a paragraph or two of news. Only
#: a definite noun repeating the event's word ("the hearing" … "the hearing") reaches further:
#: an article tells its topic event by name throughout
REACH = 8
#: quad classes of verbal acts, whose CAMEO code tells the kind of act (a promise, a concluded
#: deal); a material act's code tells its means or result, several of which one attack has
#: ("the strike killed six": an air strike and a killing)
VERBAL_QUADS = frozenset({1, 3})
#: letters two event words must share to be one word family ("criticize"/"criticism")
STEM = 5


def definite(head: Token) -> bool:
    """A definite noun phrase ("the talks", "their meeting") refers back."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_OR_POSSESSIVE for c in head.children)


def same_word(first: Token, second: Token) -> bool:
    """One word family ("meet"/"meeting", "agree"/"agreement", "negotiate"/"negotiations"):
    one lemma begins the other, or they share their first ``STEM`` letters."""
    a, b = sorted((lemma(first), lemma(second)), key=len)
    return b.startswith(a) or (len(a) >= STEM and a[:STEM] == b[:STEM])


def same_family(first: str | None, second: str | None) -> bool:
    """One kind of act by CAMEO code: the generic code of a root ("030" agree, "040" consult)
    fits any act under it, two specific codes must be one or nest ("031" a concluded deal and
    "0354" a pledge to ease sanctions are two kinds of AGREE)."""
    if not first or not second:
        return True
    a, b = sorted((first.rstrip("0"), second.rstrip("0")), key=len)
    return b.startswith(a)


def _trigger_names(earlier: Mention, later: Mention) -> bool:
    """The earlier trigger phrase names the thing the later noun is ("approved the agreements"
    … "the agreements"), whatever kind of act each is coded as."""
    head = later.cand.head
    return any(coarse_pos(t) in ("NOUN", "VERB") and same_word(t, head)
               for t in head.doc[earlier.cand.start:earlier.cand.end])


def within_reach(event: Mention, later: Mention) -> bool:
    """Whether ``later`` is near enough to ``event``'s latest mention to retell it: within
    ``REACH`` sentences, or anywhere when it is a definite noun of the word family of the
    event's first mention."""
    if later.last - event.last <= REACH:
        return True
    head = later.cand.head
    return later.nominal and definite(head) and (same_word(event.cand.head, head)
                                                 or _trigger_names(event, later))


def bare_noun(head: Token) -> bool:
    """A noun with no determiner or possessor ("criticism", "requests for comment", "personal
    attacks"): indefinite, it introduces an occurrence or speaks of the kind, it does not point
    back to one event."""
    return coarse_pos(head) == "NOUN" and not any(
        c.dep_ in ("det", "poss", "predet") for c in head.children)


def _keys(doc: Doc, ids: list[str], party: dict[str, str] | None = None) -> set[str]:
    """Participants as parties: a state, its government and its army as the country (so
    "Russian diplomats", "Lavrov" and "Russia" agree); anyone else as itself, since two
    compatriots (a student and the police, a coal firm and its insurers) are two parties."""
    party = _party_keys(doc) if party is None else party
    return {party.get(i, i) for i in ids}


def _party_keys(doc: Doc) -> dict[str, str]:
    """Actor id → party key (``_keys``), built once per actor list."""
    actors = doc._.parley_actors or []
    cached = doc.user_data.get("parley_party_keys")
    if not isinstance(cached, tuple) or cached[0] is not actors:
        keys = {a.id: (a.country if a.country and (a.kind == "state" or a.sector in NATIONAL_SECTORS)
                       else a.id) for a in actors}
        cached = (actors, keys)
        doc.user_data["parley_party_keys"] = cached
    return cached[1]


def _actor_countries(doc: Doc) -> dict[str, str | None]:
    """Actor id → country, built once per actor list (coreference compares every pair of
    mentions, so rebuilding it per comparison made long articles cubic)."""
    actors = doc._.parley_actors or []
    cached = doc.user_data.get("parley_actor_countries")
    if not isinstance(cached, tuple) or cached[0] is not actors:
        cached = (actors, {a.id: a.country for a in actors})
        doc.user_data["parley_actor_countries"] = cached
    return cached[1]


def _share_party(doc: Doc, first: list[str], second: list[str],
                 country: dict[str, str | None]) -> bool:
    """The same actor in both, or a state in one and one of its groups or bodies in the other
    ("Russia" … "Russian diplomats"); two Americans of a US story are not one party."""
    if set(first) & set(second):
        return True
    kinds = {a.id: a.kind for a in doc._.parley_actors or []}

    def states(ids: list[str]) -> set[str]:
        return {c for i in ids if kinds.get(i) == "state" and (c := country.get(i))}

    def located(ids: list[str]) -> set[str]:  # bodies and groups, not persons: an American
        # is no party to "the raid on a US base" by nationality alone
        return {c for i in ids if kinds.get(i) != "person" and (c := country.get(i))}

    return bool(states(first) & located(second) or states(second) & located(first))


def _nested(doc: Doc, first: list[str], second: list[str], country: dict[str, str | None]) -> bool:
    """One mention's parties (``_keys``) are among the other's, or one names none; an actor
    of a country is among parties that hold that state ("civilians" under "Ukraine")."""
    if not first or not second:
        return True
    party = _party_keys(doc)
    kinds = {a.id: a.kind for a in doc._.parley_actors or []}

    def within(ids: list[str], others: list[str]) -> bool:
        keys = _keys(doc, others, party)
        states = {country.get(i) for i in others if kinds.get(i) == "state"} - {None}
        return all(party.get(i, i) in keys or country.get(i) in states for i in ids)

    return within(first, second) or within(second, first)


def new_instance(head: Token, words: frozenset[str], quantity: frozenset[str]) -> bool:
    """"a new round of talks", "another strike": a further occurrence, not a repeat."""
    tokens = {head, climb_quantity(head, quantity)}
    return any(c.dep_ in ("det", "amod", "nummod") and (c.lower_ in words or lemma(c) in words)
               for t in tokens for c in t.children)


def compatible(doc: Doc, earlier: Mention, later: Mention,
               country: dict[str, str | None] | None = None) -> bool:
    """Whether ``later`` can be another telling of ``earlier`` (see module docstring);
    ``country`` is ``_actor_countries(doc)`` when the caller has it."""
    a, b = earlier.event, later.event
    if a.event != b.event or a.negated != b.negated or (a.mode and b.mode and a.mode != b.mode):
        return False
    if country is None:
        country = _actor_countries(doc)
    if earlier.own_place and later.own_place and earlier.own_place != later.own_place:
        return False
    if earlier.own_date and later.own_date and earlier.own_date != later.own_date:
        return False
    if _name_clash(earlier, later):
        return False
    if a.quad in VERBAL_QUADS and not (same_family(a.cameo, b.cameo) or _trigger_names(earlier, later)):
        return False  # "pledged to lift the curbs" … "in breach of the agreement": two acts
    if not later.nominal and b.hypothetical and not a.hypothetical:
        return False  # "they hope to persuade mills to agree" is not the deal already made
    party = _party_keys(doc)
    if earlier.cand.entry.reciprocal or later.cand.entry.reciprocal:
        parts_ok = _nested(doc, a.actor + a.recipient, b.actor + b.recipient, country)
    else:
        parts_ok = (_nested(doc, a.actor, b.actor, country)
                    and _nested(doc, a.recipient, b.recipient, country))
    if not parts_ok or _roles_swapped(a, b):
        return False
    if bare_noun(later.cand.head) and (b.actor or b.recipient) and (a.actor or a.recipient) \
            and not _share_party(doc, a.actor + a.recipient, b.actor + b.recipient, country):
        return False  # "criticism of Lauer" is not "criticizing Trump": a bare noun shares a party
    directed = not (earlier.cand.entry.reciprocal or later.cand.entry.reciprocal)
    if (directed and not (a.actor or a.recipient) and (b.actor or b.recipient)
            and not definite(later.cand.head)):
        return False  # "ahead of the invasion" … "Russia stepped up attacks": a new act
    if later.nominal:
        return True
    if later.own_place or later.own_date:
        return False
    # "… all practical issues are discussed": a bare verb repeats a meeting or agreement; a
    # bare directed verb ("calls for an inquiry", "attacked") is more often a new act
    bare = not (b.actor or b.recipient) and later.cand.entry.reciprocal
    same = bool(b.actor) and (_keys(doc, a.actor + a.recipient, party)
                              == _keys(doc, b.actor + b.recipient, party))
    return bare or (earlier.nominal and same)


#: entity types whose name, as a modifier of an event noun, names one occurrence of the event
NAMING_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "DATE", "TIME", "PERSON"})
#: modifiers of an event noun that can carry its name ("the Tulsa protest", "Friday's meeting")
NAMING_DEPS = frozenset({"compound", "poss", "nmod", "npadvmod", "nummod", "amod"})


def _name_tokens(head: Token) -> list[Token]:
    """Words that name one occurrence of the event a nominal tells: a proper-noun or dated
    modifier ("the San Bernardino attack", "the 9/11 attacks", "the 2014 accord", "Monday's
    talks"). A possessor that is a participant ("Trump's attacks") is no name: only possessors
    that are places, times or events count."""
    words: list[Token] = []
    for c in head.children:
        if c.dep_ not in NAMING_DEPS:
            continue
        dated = c.ent_type_ in ("DATE", "TIME") or (any(ch.isdigit() for ch in c.text)
                                                     and not c.text.isdigit()) \
            or (c.text.isdigit() and len(c.text) == 4)
        proper = c.pos_ == "PROPN" and c.ent_type_ in NAMING_ENTS | {""}
        if c.dep_ == "poss" and not (dated or c.ent_type_ in ("GPE", "LOC", "FAC", "EVENT")):
            continue
        if c.dep_ in ("nummod", "amod") and not dated and c.ent_type_ not in ("GPE", "LOC", "NORP"):
            continue
        if dated or proper or c.ent_type_ in ("GPE", "LOC", "FAC", "EVENT"):
            words += [t for t in c.subtree if (t.is_alpha or t.like_num or "/" in t.text)
                      and t.lower_ not in ("the", "of")]
    return words


def _name_clash(earlier: Mention, later: Mention) -> bool:
    """The later nominal is named by a modifier the earlier mention's sentence does not carry:
    "the attack on the compound" … "the 9/11 attacks" are two attacks, "a summit in Warsaw"
    … "the Warsaw summit" one."""
    if not later.nominal:
        return False
    states = _state_chars(later.cand.head.doc)
    # a country in the name is a party ("the Russia-Ukraine talks"): the participant check
    # compares parties; only places, dates and other names tell occurrences apart
    names = [t for t in _name_tokens(later.cand.head) if t.idx not in states]
    if not names:
        return False
    return not {t.lower_ for t in names} <= _told(earlier.cand.head, later.cand.head)


def _state_chars(doc: Doc) -> set[int]:
    """Start offsets of the tokens that name a state actor ("Russia", "Ukraine"), built once
    per actor list (coreference asks for every pair of mentions)."""
    actors = doc._.parley_actors or []
    cached = doc.user_data.get("parley_state_chars")
    if not isinstance(cached, tuple) or cached[0] is not actors:
        starts = {t.idx for t in doc}
        chars = {i for a in actors if a.kind == "state" for m in a.mentions
                 for i in range(m.start, m.end) if i in starts}
        cached = (actors, chars)
        doc.user_data["parley_state_chars"] = cached
    return cached[1]


def _told(head: Token, other: Token) -> set[str]:
    """Words of the earlier mention's own phrase or clause ("its July summit in Warsaw",
    "leaders gathered Friday to discuss"), leaving out any noun like ``other`` inside it ("after
    the Garissa attacks, troops bombed camps": that name is the other nominal's, not the
    bombing's; "met at a summit in Madrid" keeps Madrid)."""
    root = head
    while root.dep_ in ("xcomp", "acl", "relcl") and root.head is not root:
        root = root.head
    skip = {t.i for n in root.subtree if n is not head and n.lemma_ == other.lemma_
            for t in _name_tokens(n)}
    return {t.lower_ for t in root.subtree if t.i not in skip}


def _roles_swapped(a: Event, b: Event) -> bool:
    """One mention's target is the other's actor ("X was killed … X had led the attack"): two
    acts, not one told twice."""
    return bool(set(a.recipient) & set(b.actor) or set(a.actor) & set(b.recipient))


def _union(first: list[str], second: list[str], exclude: Sequence[str] = ()) -> list[str]:
    return [x for x in dict.fromkeys(first + second) if x not in exclude]


def merge(target: Mention, other: Mention) -> None:
    """Fold ``other`` into ``target``: union of arguments, best evidence, kept trigger spans."""
    a, b = target.event, other.event
    best = b if other.information() > target.information() else a
    actor = _union(a.actor, b.actor)
    recipient = _union(a.recipient, b.recipient, actor)
    third = _union(a.third_party, b.third_party, actor + recipient)
    spans = [a.trigger, b.trigger, *target.others, *other.others]
    if best is b:
        a.trigger, a.evidence, a.claimed_by = b.trigger, b.evidence, b.claimed_by or a.claimed_by
        a.context = sorted(set(a.context) | set(b.context))
    a.actor, a.recipient, a.third_party = actor, recipient, third
    if other.own_place and not target.own_place:
        a.place, target.own_place = b.place, other.own_place
    elif not a.place:
        a.place = b.place
    if other.own_date and not target.own_date:
        a.date, a.date_text, a.date_inferred, target.own_date = b.date, b.date_text, False, other.own_date
        a.date_granularity = b.date_granularity
    elif other.earlier and not target.own_date and not target.earlier:
        a.date, a.date_text, a.date_inferred = b.date, b.date_text, b.date_inferred
        a.date_granularity = b.date_granularity
    target.earlier = target.earlier or other.earlier
    a.historical = a.historical or b.historical
    a.future = a.future and b.future
    a.hypothetical = a.hypothetical and b.hypothetical
    a.confidence = round(min(0.99, max(a.confidence, b.confidence) + 0.05), 2)
    unique = {(s.start, s.end): s for s in spans if s is not None and s != a.trigger}
    target.others = [unique[k] for k in sorted(unique)]


def _antecedent(doc: Doc, same: list[Mention], m: Mention, kind: bool,
                country: dict[str, str | None]) -> tuple[Mention | None, Mention | None]:
    """The event ``m`` joins (the most recently told compatible one within reach) and, when
    ``kind`` (a bare noun naming no party, which may speak of the kind), the most recently
    told compatible one at any distance."""
    kin = None
    for o in reversed(same[-COREF_WINDOW:]):
        near = within_reach(o, m)
        if (near or (kind and kin is None)) and compatible(doc, o, m, country):
            kin = kin or o
            if near:
                return o, kin
    return None, kin


def corefer(doc: Doc, mentions: list[Mention], new_words: frozenset[str],
            quantity: frozenset[str]) -> list[Mention]:
    """Mentions in text order → one Mention per real event (later repeats folded in)."""
    out: list[Mention] = []
    # only an event of the same type can be compatible (``compatible`` checks it first), so each
    # mention is compared with the latest COREF_WINDOW events of its own type, newest first
    by_type: dict[str, list[Mention]] = {}
    affirmed: set[str] = set()  # types with an event that is not negated
    country = _actor_countries(doc)
    index = {s.start: i for i, s in enumerate(doc.sents)}
    for m in mentions:
        m.last = index[m.cand.head.sent.start]
        fresh = m.nominal and new_instance(m.cand.head, new_words, quantity)
        # events of the type, most recently mentioned last: an anaphor joins the event told
        # last ("they had a meeting in May … talks in June … the talks" is June's)
        same = by_type.get(m.event.event, [])
        kind = bare_noun(m.cand.head) and not (m.event.actor or m.event.recipient)
        target, kin = (None, None) if fresh else _antecedent(doc, same, m, kind, country)
        if kind and kin is not None and m.cand.head.sent.start > kin.cand.head.sent.end:
            # "… did not respond to requests for comment", "the sound of gunfire": a bare noun
            # with no party of its own, told sentences after any event of its type (not in the
            # same or the next sentence), speaks of the kind; folding it would give that
            # sentence the other event's trigger and actors
            continue
        if target is None:
            repeat = m.event.event in affirmed
            if not (m.background or (m.anaphor and repeat)):
                out.append(m)
                by_type.setdefault(m.event.event, []).append(m)
                if not m.event.negated:
                    affirmed.add(m.event.event)
        else:
            merge(target, m)
            target.last = m.last
            same.remove(target)
            same.append(target)
    return out
