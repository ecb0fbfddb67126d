"""Does a later sentence of a local story continue the episode its dateline's lead told?

Local news (a shooting, an arrest, a protest, a fire, a strike) is told over several paragraphs
from the dateline's town, and later sentences go on with the same episode without naming the
town again: "Officers exchanged fire with the suspect on Elm Street … Police arrested the man in
a parking garage." They name a street, a building, a neighbourhood, the town's own state or the
country, and their parties are persons Parley knows no country of ("police", "a gunman", "the
suspect", "protesters"). Round 9's prior (``dateline_prior``) read every such named site as
"another place" and refused the town. The episode test lets those sub-town sites and the town's
own divisions pass, and nothing else:

- the event's sentence is the lead's and names a participant or scene noun of a local episode,
  or the event's sentence, or the one before it, shares a participant or scene noun with the
  story's lead (the same kind of role: police/officers/deputies; suspect/gunman/man; protesters/
  demonstrators/crowd; strikers/workers/pickets; fire/blaze/firefighters), so the event is of
  the same kind as the lead's (an arrest after a shooting, charges after an arrest);
- its parties are local: no state, government or army of another country than the town's
  (a national or foreign actor acting in its own seat stays refused by the caller).

A town named inside a speaker's direct quote in between does not move the story either
(``quoted``); the event's own sentence keeps round 9's test.

Another town, city, far region or country named in between still moves the story: this test
only decides whether a named street, building, neighbourhood or the town's own division counts
as such a place (``sub_town``).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from parley.nlp.extensions import doc_text, quotes_covering
from parley.nlp.places import shared_gazetteer
from parley.schema import Actor, Place

#: roles and scene nouns of a local episode, by kind: two mentions of one kind are taken for the
#: same participant or scene ("police" … "officers"; "a gunman" … "the suspect")
EPISODE_KINDS: dict[str, frozenset[str]] = {
    "law": frozenset({"police", "officer", "policeman", "policewoman", "deputy", "trooper",
                      "detective", "sheriff", "cop", "investigator", "swat", "marshal"}),
    "suspect": frozenset({"suspect", "gunman", "shooter", "attacker", "assailant", "robber",
                          "killer", "stabber", "arsonist", "burglar", "carjacker", "perpetrator",
                          "man", "woman", "teenager", "teen", "driver", "intruder"}),
    "victim": frozenset({"victim", "wounded", "injured", "casualty", "bystander", "hostage"}),
    "crowd": frozenset({"protester", "protestor", "demonstrator", "marcher", "crowd", "rioter",
                        "activist", "occupier", "demonstration", "protest", "march", "rally"}),
    "labor": frozenset({"striker", "picket", "worker", "union", "employee", "nurse", "teacher",
                        "driver", "strike", "walkout", "picket line"}),
    "fire": frozenset({"fire", "blaze", "flame", "firefighter", "explosion", "blast", "arson",
                       "smoke", "inferno"}),
    "crime": frozenset({"shooting", "stabbing", "robbery", "attack", "assault", "killing",
                        "homicide", "murder", "carjacking", "standoff", "raid", "arrest",
                        "charge"}),
}
#: a word before which a name is a part of a town, not a town ("the Logan neighborhood")
NEIGHBOURHOOD_NOUNS = frozenset({"neighborhood", "neighbourhood", "neighborhoods",
                                 "neighbourhoods", "section", "precinct", "barrio"})
#: kinds of places below a town: a street, a square, a building, a campus
SUB_TOWN_FEATURES = frozenset({"facility"})
#: sentences at the story's start that tell its episode (the dateline's lead and what follows)
LEAD_REACH = 2
NATIONAL_SECTORS = frozenset({"GOV", "MIL"})


def _kinds(tokens: Span | Sequence[Token]) -> set[str]:
    found: set[str] = set()
    for t in tokens:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue  # a verb is no participant ("struck a market" is no labour strike)
        low = t.lower_
        # a capitalised plural after the dateline is often tagged PROPN with itself as lemma
        words = {t.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}
        for kind, nouns in EPISODE_KINDS.items():
            if words & nouns:
                found.add(kind)
    return found


def continues(doc: Doc, sent: Span, prior: Place, parties: Sequence[Actor]) -> bool:
    """Does the event in ``sent`` continue the episode of the story's lead (a shared kind of
    participant or scene with the lead, local parties)? ``prior`` is the lead's or dateline's
    town."""
    if any(a.country and a.country != prior.country
           and (a.kind == "state" or a.sector in NATIONAL_SECTORS) for a in parties):
        return False
    sents = list(doc.sents)
    if any(s.start == sent.start for s in sents[:LEAD_REACH]):
        return bool(_kinds(sent))  # the lead tells the episode itself
    lead = sents[:LEAD_REACH]
    here = _kinds(sent)
    prev = next((s for s in reversed(sents) if s.end <= sent.start), None)
    if prev is not None and prev.start >= lead[-1].end:
        here |= _kinds(prev)
    told: set[str] = set()
    for s in lead:
        told |= _kinds(s)
    return bool(here & told)


def sub_town(doc: Doc, start: int, end: int, place: Place, prior: Place) -> bool:
    """Is the place mention at [start, end) a part of the prior's town or what holds it rather
    than another town: a street, a square or a building (a facility), a named neighbourhood
    ("the Logan neighborhood", whatever town of that name the gazetteer has), or a division of
    the town's own first-level division (its state, by the gazetteer: "Texas" in a Houston
    story, whose point lies farther than round 9's 300 km)?"""
    if place.feature in SUB_TOWN_FEATURES:
        return True
    if place.country == prior.country and place.feature == "admin1":
        own = _division_of(prior)
        return own is not None and own[0] == place.name and None not in (place.lat, place.lon) \
            and abs(own[1] - (place.lat or 0.0)) < 0.01 and abs(own[2] - (place.lon or 0.0)) < 0.01
    return neighbourhood_name(doc, end)


@lru_cache(maxsize=1024)
def _division_key(name: str, geonameid: int) -> tuple[str, float, float] | None:
    gaz = shared_gazetteer()
    town = next((c for c in gaz.find(name) if c.geonameid == geonameid), None)
    division = gaz.division(town) if town is not None else None
    return (division.name, division.lat, division.lon) if division is not None else None


def _division_of(town: Place) -> tuple[str, float, float] | None:
    """The first-level division that holds ``town`` (Texas for Houston, whatever the distance
    between their points) as its name and point (a division has no gazetteer id), or None."""
    if town.geonameid is None:
        return None
    return _division_key(town.name, town.geonameid)


def quoted(doc: Doc, start: int, end: int) -> bool:
    """Is the place mention at [start, end) inside a speaker's direct quote ("'My son had just
    moved here from Atlanta,' said his mother")? A quote between two sentences of an episode
    tells of anything anywhere; it does not move the story's narration."""
    return any(q.kind == "direct" for q in quotes_covering(doc, start, end))


def neighbourhood_name(doc: Doc, end: int) -> bool:
    """Is the name ending at ``end`` followed by a neighbourhood noun ("the Logan
    neighborhood")? Such a name is a part of the story's town, not a town of its own."""
    rest = doc_text(doc)[end:end + 20].split()
    return bool(rest) and rest[0].lower().strip(".,;") in NEIGHBOURHOOD_NOUNS
