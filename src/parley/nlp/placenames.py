"""What words name places: readers of the place lexicons, shared by the places and actors components.

place_cues.yaml (settlement, direction, facility, street … words), short_names.yaml ("T&T",
"D.C."), place_abbreviations.yaml ("Bend, Ore."), demonyms.yaml (country words) and regions.yaml.
The actors component needs street words (a street's name is no person's) and short country
names (a state actor), so these readers sit beside the components rather than inside one.
Each file is read once per process.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from parley.lexicon import load


@lru_cache(maxsize=65_536)
def norm(name: str) -> str:
    """The lookup key of a name: ASCII-folded, lower case, no dots/apostrophes, no leading 'the'.
    Memoised: a pure function of the string, and the places step asks for the same names
    (every sub-run of every proper-noun run) many times per article."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    folded = re.sub(r"[.'’`]", "", folded.lower())
    folded = re.sub(r"[\s\-–]+", " ", folded).strip()
    return folded.removeprefix("the ")


# Romanisations of one Cyrillic (or other) name differ in a few regular ways: "zh"/"z"
# (Zaporizhzhia, Zaporizhia), "kh"/"h" (Kherson, Herson), "y"/"i"/"iy"/"yi"/"ii" (Mykolaiv,
# Mykolayiv, Mykolaiiv), "ya"/"ia" (Vinnytsya, Vinnytsia), "yu"/"iu" (Izyum, Izium), initial
# "Ye"/"E" (Yevpatoriya, Evpatoriya), doubled letters (Odessa, Odesa). ``skeleton`` folds them
# all, in this order; the gazetteer indexes every name by its skeleton too
# (docs/components/places.md). Vowels are never dropped: "Action" must not become "Acton".
SKELETON_RULES: tuple[tuple[str, str], ...] = (
    (r"(?<![a-z])ye", "e"),  # word-initial Ye-/Ie- (Yevpatoriya, Ienakiieve)
    (r"(?<![a-z])ie", "e"),
    (r"kh", "h"),
    (r"zh", "z"),
    (r"y", "i"),  # ya/ia, yu/iu, yi/iy/ii all become i-forms here
    (r"([a-z])\1+", r"\1"),  # doubled letters, after the folds above (ii, zz, ss)
)
SKELETON_MIN_LEN = 5  # shorter keys keep their exact spelling: "Mali" is not "Maly"


def skeleton(key: str) -> str:
    """A lookup key (``norm``) with its transliteration variants folded: "mykolayiv" and
    "mykolaiv" → "mikolaiv"; "zaporizhzhya" and "zaporizhzhia" → "zaporizia". Keys shorter than
    ``SKELETON_MIN_LEN`` are returned unchanged."""
    if len(key) < SKELETON_MIN_LEN:
        return key
    folded = key
    for pattern, repl in SKELETON_RULES:
        folded = re.sub(pattern, repl, folded)
    # a long name folded short would meet the short keys kept as they are ("Siaya" → "sa")
    return folded if len(folded) >= SKELETON_MIN_LEN else key


@dataclass(frozen=True)
class Cues:
    """Words around a toponym that change its reading (lexicon/place_cues.yaml)."""

    settlement: dict[str, frozenset[str]]
    direction: dict[str, tuple[float, float]]
    border: frozenset[str]
    generic: frozenset[str]
    facility: frozenset[str]
    institution: frozenset[str]
    served: frozenset[str]  # "the Kherson airport": a site that bears its town's name
    street: frozenset[str]  # a street's name is no person's, whatever the model tags it
    seat: frozenset[str]  # "the Abuja Chamber of …": a local body named after its town
    seat_qualifiers: frozenset[str]  # "Peel Regional Police": words between town and body
    transit: frozenset[str]  # "the Orange line": a route's label, not the town
    thing: frozenset[str]  # "the Nord Stream pipeline", "the Wagner Group": part of a thing's name
    weapon: frozenset[str]  # "Kinzhal missiles": a weapon system's name, no person's (actors only)
    office: frozenset[str]  # "the governor of Oklahoma": the words before "of"/"from"
    office_title: frozenset[str]  # "Oklahoma Gov. …": a division's title after its name
    area_before: frozenset[str]  # "across X": an area, so a division rather than its seat
    area_of: frozenset[str]  # "parts of X": the same, before "of"
    area_in: frozenset[str]  # "a village in X": a smaller place inside it, so the division
    area_after: frozenset[str]  # "X villages", "the X front line": the same, after the name
    #: "an advance in X", "the frontline near X", "an offensive from X": a movement of forces or
    #: a front line placed in, near or from the name, which is then the division (its seat is
    #: one point of a front, not where a front runs)
    area_near: Mapping[str, frozenset[str]]  # word → the prepositions that place it at the name
    #: cue words that make even a capital's name the division ("the Kyiv area", "the outskirts
    #: of Kyiv": the land around the city, not its streets)
    area_capital: frozenset[str]
    decreed: frozenset[str]  # "annex", "annexation": acts of law, with no site in the land named
    district: frozenset[str]  # "the X district": a district named after its town, in its division
    business: frozenset[str]  # "suspends operations in X": a withdrawal done where the business is
    topic: frozenset[str]  # "over Belarus sanctions": a policy's target or owner, no site
    furthering: frozenset[str]  # "the war fuels hunger in Chad": the trend's place, not the war's
    departure: frozenset[str]  # "families fleeing X": the place left, no site of the sentence
    way: frozenset[str]  # "the approaches to X": a way whose goal is still its area
    site: frozenset[str]  # "near the facility": a site word pointing back to a named place
    town_after: frozenset[str]  # "X residential building": a site word after a one-word town
    town_before: frozenset[str]  # "Russian-held X": a holder participle before it
    town_verbs: frozenset[str]  # "visits X", "shelled X": a verb whose object is a town


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    data = load("place_cues.yaml", top=dict)
    return Cues(
        settlement={e["word"]: frozenset(e["feature"]) for e in data["settlement"]},
        direction={e["word"]: tuple(e["toward"]) for e in data["direction"]},
        border=frozenset(e["word"] for e in data["border"]),
        generic=frozenset(data["generic"]["words"]),
        facility=frozenset(e["word"] for e in data["facility"]),
        institution=frozenset(e["word"] for e in data["facility"] if e.get("institution")),
        served=frozenset(e["word"] for e in data["facility"] if e.get("served")),
        street=frozenset(e["word"] for e in data["facility"] if e.get("street")),
        seat=frozenset(e["word"] for e in data["seat"]["words"]),
        seat_qualifiers=frozenset(data["seat"]["qualifiers"]),
        transit=frozenset(e["word"] for e in data["transit"]),
        thing=frozenset(data["thing"]["words"]),
        weapon=frozenset(data["weapon"]["words"]),
        office=frozenset(e["words"] for e in data["office"]["phrase"]),
        office_title=frozenset(e["words"] for e in data["office"]["title"]),
        area_before=frozenset(e["word"] for e in data["area"]
                              if not (e.get("of") or e.get("in") or e.get("after") or e.get("near"))),
        area_of=frozenset(e["word"] for e in data["area"] if e.get("of")),
        area_in=frozenset(e["word"] for e in data["area"] if e.get("in")),
        area_after=frozenset(e["word"] for e in data["area"] if e.get("after")),
        area_near=MappingProxyType({e["word"]: frozenset(e["near"]) for e in data["area"] if e.get("near")}),
        area_capital=frozenset(e["word"] for e in data["area"] if e.get("capital")),
        decreed=frozenset(data["decreed"]["words"]),
        business=frozenset(data["business"]["words"]),
        topic=frozenset(data["topic"]["words"]),
        furthering=frozenset(data["furthering"]["words"]),
        departure=frozenset(data["route"]["departure"]),
        way=frozenset(data["route"]["way"]),
        site=frozenset(data["route"]["site"]),
        district=frozenset(data["district"]["words"]),
        town_after=frozenset(data["town_evidence"]["after"]),
        town_before=frozenset(data["town_evidence"]["before"]),
        town_verbs=frozenset(data["town_evidence"]["verbs"]),
    )


@dataclass(frozen=True)
class ShortNames:
    """Forms that name a country or division on their own ("T&T", "D.C."): lexicon/short_names.yaml."""

    places: dict[str, tuple[str, str, str]]  # surface form → (name, ISO3, feature)
    pattern: re.Pattern[str]  # any form, exactly capitalised, not inside a longer word


@lru_cache(maxsize=1)
def load_short_names() -> ShortNames:
    places = {form: (e["name"], e["country"], e["feature"])
              for e in load("short_names.yaml", top=list)
              for form in e["forms"]}
    forms = "|".join(re.escape(f) for f in sorted(places, key=len, reverse=True))
    return ShortNames(places, re.compile(rf"(?<![\w&.])(?:{forms})(?![\w&])"))


@dataclass(frozen=True)
class Abbreviations:
    """State and province abbreviations after a town ("Bend, Ore."): lexicon/place_abbreviations.yaml."""

    divisions: dict[str, tuple[str, str]]  # surface form → (division name, ISO3)
    pattern: re.Pattern[str]  # "<Name>, <form>" with the form in group "abbr"


@lru_cache(maxsize=1)
def load_abbreviations() -> Abbreviations:
    divisions: dict[str, tuple[str, str]] = {}
    for e in load("place_abbreviations.yaml", top=list):
        for form in [*e.get("forms", []), e["postal"]]:
            divisions[form] = (e["name"], e["country"])
    forms = "|".join(re.escape(f) for f in sorted(divisions, key=len, reverse=True))
    pattern = re.compile(rf"(?P<town>\b[A-Z][A-Za-z'’.\-]*),[ \t]+(?P<abbr>{forms})(?![A-Za-z])")
    return Abbreviations(divisions, pattern)


@lru_cache(maxsize=1)
def load_country_words() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(word → ISO3 for names, aliases and demonyms; demonym-only words; capital names)."""
    words: dict[str, str] = {}
    demonyms: set[str] = set()
    capitals: set[str] = set()
    names: set[str] = set()
    for e in load("demonyms.yaml", top=list):
        for w in [e["name"], *e.get("aliases", [])]:
            words.setdefault(norm(w), e["code"])
            names.add(norm(w))
        for w in e.get("demonyms", []):
            words.setdefault(norm(w), e["code"])
            demonyms.add(norm(w))
        capitals.update(norm(c) for c in e.get("capitals", []))
    return words, frozenset(demonyms - names), frozenset(capitals)


@lru_cache(maxsize=1)
def load_regions() -> list[dict[str, Any]]:
    """Curated regions, seas and areas the gazetteer data lacks (regions.yaml)."""
    return load("regions.yaml", top=list)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (here, not in the gazetteer module, so that the
    gazetteer builder, which that module imports, can use it too)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))
