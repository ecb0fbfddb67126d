"""Every number the places resolver weighs, in one place, each with the reason for its value.

``PlacesComponent`` reads ``KNOBS`` (an instance of ``ResolverKnobs``); nothing else in the
component is a tuning constant. A candidate's score (``PlacesComponent._score``) is
``log10(population + 10)`` plus the terms below, so one unit is a tenfold population.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _priors() -> Mapping[str, float]:
    return MappingProxyType({
        # a curated region, sea, river, range, facility or border is named on purpose: it must
        # beat any town of the same name ("Siberia", the Mexican village)
        "region": 9.0, "sea": 9.0, "river": 9.0, "mountain": 9.0, "facility": 9.0, "border": 9.0,
        # a country or continent beats all but the largest towns ("Georgia", "Jordan")
        "country": 4.0, "continent": 4.0,
        # a division's population is the sum of its towns', so it needs only a small prior
        "admin1": 2.0,
        # second-level divisions are rarely meant by a bare name
        "admin2": -0.5,
        "city": 1.0,
    })


@dataclass(frozen=True)
class ResolverKnobs:
    """The resolver's weights and thresholds (see the module docstring for the scale)."""

    #: prior per gazetteer feature, added to log10(population)
    feature_prior: Mapping[str, float] = field(default_factory=_priors)
    #: a division named like a town inside it (or within ``same_name_km`` of it) is the town
    #: unless a cue says otherwise ("Antalya", "Kherson", "Kharkiv")
    same_name_city: float = -3.0
    same_name_km: float = 150.0
    #: a town whose name is also its first-level division's (the division's seat: "Donetsk",
    #: "Kherson", "Cordoba") is a regional centre known beyond its size: enough, with its
    #: population, to stay ahead of an 18-fold smaller namesake in a country the story's actors
    #: are from (Donetsk, Ukraine, 900,000 people, over Donetsk, Rostov oblast, 50,000, in a
    #: story about Russian forces), not enough to beat a namesake of similar size there; not
    #: added to a capital, which has ``capital_bonus`` ("Tripoli" in a Lebanese story)
    seat_bonus: float = 1.5
    #: the name matched is the entry's own (or a transliteration of it), not an alternate name
    primary_bonus: float = 0.7
    #: capitals are what a bare name means more often than their population says
    capital_bonus: float = 1.5
    #: a dateline names a town, not a division
    dateline_city_bonus: float = 3.0
    #: "the Turkish city of …": the qualifier's country is near-certain
    qualifier_country: float = 20.0
    #: a qualifier's kind of place ("city of", "… region") that the candidate is not
    qualifier_feature_penalty: float = 5.0
    #: "Portland, Oregon": in the named division, in the named country
    within_admin1: float = 6.0
    within_country: float = 4.0
    #: the document's countries (actors, unambiguous places) are a prior: base + step per
    #: mention (up to ``country_max_count``), at most 2.5 units, what a 300-fold population is
    #: worth; enough for "Garden City" in a South Carolina story to stay the local town, not
    #: enough for a 50,000-people namesake to beat a city of a million that is its division's
    #: seat (``seat_bonus``: "Donetsk" in a story about Russians stays the Ukrainian city)
    country_base: float = 1.5
    country_step: float = 0.25
    country_max_count: int = 4
    #: another place the story settles on within ``anchor_km`` (a co-mentioned nearby place)
    anchor_bonus: float = 1.5
    anchor_km: float = 200.0
    #: a country's capital is what its bare name means over a foreign namesake at least this
    #: many times smaller ("Paris" is not Paris, Kentucky, in a story about US politics; "Moscow"
    #: is not Moscow, Idaho): the story's country prior and nearby US towns (2.5 + 1.5 units)
    #: otherwise lift a town of 10,000 over a capital of millions. Twenty-fold keeps a sizeable
    #: namesake in its own country's story ("Tripoli" in a Lebanese story, five-fold smaller;
    #: "Georgetown", "Athens, Ga.") and a namesake the text qualifies ("Paris, Texas") anywhere
    capital_namesake_ratio: float = 20.0
    #: what the foreign capital's small namesake loses: the country prior's and the anchor's
    #: bonuses together, so they cannot lift it over the capital on their own
    capital_namesake_penalty: float = 4.0
    #: a city this large is known abroad by its bare name as a capital is ("Sydney", "Toronto",
    #: "Naples", "Melbourne"), so its small foreign namesake (``capital_namesake_ratio`` times
    #: smaller) loses ``capital_namesake_penalty`` too: Naples, Florida (21,000) is 43 times
    #: smaller than Naples, Italy (909,000 in the gazetteer). Half a million keeps the pairs of
    #: towns of comparable fame apart: Florence, Italy (367,000) is no reason to doubt
    #: Florence, Alabama, and a sizeable namesake stays in its own story whatever the size
    #: (Manchester, N.H., 5-fold smaller than Manchester, England; Birmingham, Ala.;
    #: Vancouver, Wash.) because the ratio is not reached. A namesake in the dateline's own
    #: division is penalised too: "COLUMBUS, Ohio — … investors from Toronto" are Canadian;
    #: only a qualifier ("Toronto, Ohio") makes the small town.
    famous_city_pop: int = 500_000
    #: a town in the dateline's own first-level division ("PORTLAND, Ore. — … In Salem, …") is
    #: a town of the story's home: worth what a nearby anchor is (``anchor_bonus``), so Salem,
    #: Oregon (175,000) beats Salem, India (917,000), five-fold larger, which the story's
    #: country prior alone does not undo; a town ten-fold larger abroad still wins a bare name
    #: ("SALEM, Ore. — … talks in Sydney")
    home_division_bonus: float = 1.5
    #: a proper-noun run the model did not tag needs a sizeable town
    min_untagged_city_pop: int = 50_000
    #: "in Klamath Falls" (21,000 people), not "in Allen" the hamlet
    min_town_pop: int = 10_000
    #: another name of a big city is well known ("Kharkov", "Peking"); of a small one it is noise
    exonym_min_pop: int = 200_000
    #: "Allen" tagged PERSON is a person; "Kharkov" tagged PERSON is not
    person_town_min_pop: int = 500_000
    #: a town below this size needs evidence to be kept when it is only part of a longer name or
    #: a modifier ("Mars mission", "Wagner base", "Roman Abramovich"): a locative preposition, a
    #: qualifier, "Town, Region", a co-mentioned place nearby, or a country of the story
    evidence_min_pop: int = 100_000
    #: "southern Russia", "eastern China": the side of a wide country is the median point of
    #: those of its ``side_towns`` largest towns in the last ``side_share`` of their span that
    #: way (``Gazetteer.side``; north, south, east and west only). 150 towns reach beyond a
    #: capital's suburbs in a large country; a third of the span is what "southern" names; a
    #: side needs 12 towns (fewer is mostly empty land, "northern Canada"); only countries
    #: whose towns span 40 degrees or more (Russia, China, the US, Canada, Indonesia,
    #: Australia) use it — in a smaller country the bounding-box point lies among that side's
    #: towns or its towns gather elsewhere than the side a reader means (Norway put "western
    #: Norway" near Oslo, Mexico "western Mexico" in Sonora, Brazil "northern Brazil" in Ceará)
    side_towns: int = 150
    side_share: float = 1 / 3
    side_min_towns: int = 12
    side_min_span: float = 40.0
    #: "Bakhmut in Donetsk": a name after a town that a city and the town's own division share
    #: is the division, unless the town lies within this distance of that city: then it is a
    #: district of the city the gazetteer lists as a town ("Saltivka in Kharkiv", "Vallecas,
    #: Madrid" are 3-12 km from the centre; towns of a division named after its seat lie
    #: further out: Manbij 80 km from Aleppo, Kramatorsk 90 km from Donetsk)
    district_km: float = 13.0
    #: a very large city's districts lie further out (New York's boroughs, São Paulo's outer
    #: districts 15-20 km): the distance grows with the square root of the city's population
    #: over ``district_pop``, up to ``district_km_max`` (a town of its own beyond: Yonkers 25 km)
    district_pop: float = 1_500_000.0
    district_km_max: float = 22.0


KNOBS = ResolverKnobs()
