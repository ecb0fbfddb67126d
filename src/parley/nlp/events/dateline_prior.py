"""When the story's lead town or dateline town may stand for a later event's place.

An event's place comes from its own clause, then its sentence, then the story's lead, and only
then the dateline: the dateline (or the lead's town) is a prior, not an override. It holds for a
physical event whose text names no place only when the story is still where it was filed:

- the event's sentence names no other place (a town, a division, a country) than the prior
  town or what holds it ("… and another gunman was arrested in a second state");
- no other place intervened since the story was last placed there: the last place named before
  the event's sentence is the prior town or a division or country that holds it ("DENVER —
  … The governor flew to Pueblo … Gunmen shot two deputies": the story moved);
- a movement of forces is not sent somewhere (a destination phrase: "troops deployed to the
  border", "withdrew into the hills": it happens where they go, not where the story was filed;
  a shot "into the crowd" or a march "to the capitol" stays in town), nor made by a state, its
  government or its military ("WASHINGTON — … announced the deployment": ordered there, made
  at a border or a front);
- the event's parties are not all of another country than the prior town's ("LONDON — …
  Ukrainian forces struck a depot": a national or foreign actor acts in its own land);
- it is told as done, once: not negated ("has not demonstrated"), not a count of many events
  ("a dozen rallies this spring", "dozens of protests"), and by the story, not inside a
  speaker's direct quote (what a speech tells happens anywhere, often figuratively);
- it is no entry of a live blog (``where.live_entry``, checked by the caller).

Class: the dateline's (or the lead's) place given to an event that happened elsewhere. No place
is better than a wrong one.

A local story's continuing episode (``episode.continues``: a participant or scene shared with the
lead, local parties) relaxes two of these: a street, a building, a named neighbourhood or the
town's own state named in between (or in the sentence), or a town inside a speaker's direct quote
in between, does not move the story; and a foreign private party (a tourist) does not refuse
the town. Class: a later sentence of a shooting, arrest, protest, fire or strike story left
unplaced by round 9.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from parley.nlp.events.episode import continues, quoted, sub_town
from parley.nlp.events.match import Candidate, lemma, pobjs, preps_of
from parley.nlp.events.modes import clause_verb
from parley.nlp.extensions import mention_index
from parley.nlp.places import haversine_km
from parley.schema import Actor, Place

#: events that move forces: their destination phrase says where they happen
MOVING_EVENTS = frozenset({"MOBILIZE", "RETREAT"})
#: sectors of a state's own forces and government
NATIONAL_SECTORS = frozenset({"GOV", "MIL"})
#: prepositions of where something is sent or moves to
DESTINATION_PREPS = frozenset({"to", "toward", "towards", "into", "onto"})
#: what a destination phrase names that is no place ("brought to a halt", "put to the test"):
#: nouns of an end state or a purpose, never a destination
NOT_DESTINATIONS = frozenset({"death", "test", "end", "halt", "standstill", "ground", "knees",
                              "pieces", "rubble", "ashes", "account", "justice", "power",
                              "life", "court", "trial", "task", "attention", "use", "bear",
                              "action", "effect", "light", "order", "rest", "safety"})
#: a first- or second-level division of the prior town's country whose point lies within this
#: distance of the town holds it ("Colorado" in a Denver story): Place carries no division
#: code, and a small or middling state's or oblast's point lies within a few hundred
#: kilometres of its towns. A farther one (a large state, another oblast: "Helmand" in a Kabul
#: story) counts as another place: a missed container only costs a place, a wrong one is an
#: error. A region ("southern Lebanon") never holds the town: it names a part of a country.
CONTAINER_KM = 300.0
DIVISION_FEATURES = frozenset({"admin1", "admin2"})

Usable = Callable[[int, int], bool]


def prior_holds(doc: Doc, cand: Candidate, prior: Place, sent: Span, usable: Usable,
                parties: Sequence[Actor] = ()) -> bool:
    """May ``prior`` (the lead's town or the dateline's) stand for the place of ``cand``, a
    physical event whose own text names none? ``usable(start, end)`` tells whether the place
    mention at those offsets may say where something happened (no actor's name, no office
    label …: ``where._named_in``'s filters)."""
    if (_sent_away(cand) or _national_move(cand, parties) or _denied(cand) or _many(cand)
            or _in_direct_quote(doc, cand)):
        return False
    episode = continues(doc, sent, prior, parties)
    if _other_place_in(doc, sent.start_char, sent.end_char, prior, usable, episode):
        return False
    if not _still_there(doc, sent.start_char, prior, usable, episode):
        return False
    countries = {a.country for a in parties if a.country}
    return not countries or prior.country in countries or (episode and _private(parties))


def _private(parties: Sequence[Actor]) -> bool:
    """Are the event's parties persons and bodies of no state's government or forces (a
    tourist, a foreign worker: "a Canadian man was stabbed")? In a local episode they are
    where the episode is; a state, its government or its army acts in its own seat."""
    return not any(a.kind == "state" or a.sector in NATIONAL_SECTORS for a in parties)


def _holds(place: Place, prior: Place) -> bool:
    """Is ``place`` the prior town itself or a division, region or country that holds it?"""
    if place is prior or (place.name == prior.name and place.country == prior.country):
        return True
    if place.feature == "country" or place.feature == "continent":
        return place.country == prior.country or place.country is None
    if place.feature not in DIVISION_FEATURES or place.country != prior.country:
        return False
    if None in (place.lat, place.lon, prior.lat, prior.lon):
        return False
    return haversine_km(place.lat or 0.0, place.lon or 0.0, prior.lat or 0.0,
                        prior.lon or 0.0) <= CONTAINER_KM


def _other_place_in(doc: Doc, lo: int, hi: int, prior: Place, usable: Usable,
                    episode: bool = False) -> bool:
    """Does [lo, hi) name a usable place that is neither the prior town nor holds it? In a
    continuing episode a street, a building, a neighbourhood or the town's own state is no other
    place (``episode.sub_town``)."""
    index = mention_index(doc, "parley_places")
    if index is None:
        return False
    for m_start, m_end, k, _ in index.entries[bisect.bisect_left(index.starts, lo):]:
        if m_start >= hi:
            break
        if m_end <= hi and usable(m_start, m_end) and not _holds(index.items[k], prior) \
                and not (episode and sub_town(doc, m_start, m_end, index.items[k], prior)):
            return True
    return False


def _still_there(doc: Doc, before: int, prior: Place, usable: Usable,
                 episode: bool = False) -> bool:
    """Is the last usable place named before offset ``before`` the prior town or one that holds
    it (or is none named)? A town named in between moved the story; in a continuing episode a
    street, a building, a neighbourhood or the town's own state named since did not
    (``episode.sub_town``), nor a town named inside a speaker's direct quote
    (``episode.quoted``): the last town-level place of the narration decides."""
    index = mention_index(doc, "parley_places")
    if index is None:
        return True
    end = bisect.bisect_left(index.starts, before)
    for m_start, m_end, k, _ in reversed(index.entries[:end]):
        if m_end > before or not usable(m_start, m_end):
            continue
        if episode and (sub_town(doc, m_start, m_end, index.items[k], prior)
                        or quoted(doc, m_start, m_end)):
            continue
        return _holds(index.items[k], prior)
    return True


def _in_direct_quote(doc: Doc, cand: Candidate) -> bool:
    """Is the trigger inside a direct quote ("'small shops are being killed by the new rules,'
    he told the crowd")? A speaker's words tell of anything anywhere, often figuratively;
    where the speech was given is not where what it tells happened (a remote act)."""
    head = cand.head
    return quoted(doc, head.idx, head.idx + len(head.text))


def _denied(cand: Candidate) -> bool:
    """Is the event told as not done ("he has not demonstrated …", "police did not arrest")?
    What did not happen has no site; only its own clause may still name one."""
    return any(c.dep_ == "neg" for t in (cand.head, clause_verb(cand.head)) for c in t.children)


#: words counting many events of a kind ("a dozen rallies", "several raids")
MANY_WORDS = frozenset({"dozen", "dozens", "several", "many", "numerous", "multiple", "countless",
                        "hundreds", "scores", "series", "string", "wave", "spate"})


def _many(cand: Candidate) -> bool:
    """Is the event a plural noun counted as many ("spoke at a dozen town halls and rallies
    this spring", "several raids this year")? Many events of a kind are spread over
    places and times the text does not give; the story's town is not theirs."""
    head = cand.head
    if head.tag_ != "NNS":
        return False
    noun = head
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head  # "halls and rallies": the count is on the first conjunct
    for t in (head, noun):
        for c in t.children:
            if c.dep_ == "nummod" and not c.like_num:
                return True
            if lemma(c) in MANY_WORDS or c.lower_ in MANY_WORDS:
                return True
            if c.dep_ == "nummod" and any(g.lower_ in MANY_WORDS for g in c.subtree):
                return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and lemma(t.head.head) in MANY_WORDS:
            return True  # "dozens of protests", "a series of raids"
    return False


def _national_move(cand: Candidate, parties: Sequence[Actor]) -> bool:
    """Is the event a movement of forces ordered or made by a state, its government or its
    military ("the Pentagon announced the deployment", "the army moved two brigades")? Such
    forces go to a border, a front or a region; the capital the story is filed from is where
    the order was given, not where the move happens."""
    return cand.entry.event in MOVING_EVENTS and any(
        a.kind == "state" or a.sector in NATIONAL_SECTORS for a in parties)


def _sent_away(cand: Candidate) -> bool:
    """Does the event (its trigger or its clause's verb) carry a destination phrase ("deployed
    troops to the border", "sending 2,000 troops to the region", "moved into the area")? It
    happens where its actors go; the text names that place or none."""
    if cand.entry.event not in MOVING_EVENTS:
        return False
    heads: list[Token] = [cand.head, clause_verb(cand.head)]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj"]
    for h in dict.fromkeys(heads):
        for p in preps_of(h, DESTINATION_PREPS):
            for o in pobjs(p):
                if o.pos_ in ("NOUN", "PROPN") and lemma(o) not in NOT_DESTINATIONS \
                        and o.lower_ not in NOT_DESTINATIONS:
                    return True
    return False
