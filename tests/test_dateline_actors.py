"""A wire story's dateline is where it was filed, not a party (invented leads).

The parser reads "CITY, Country (Agency) —" into the lead sentence, so the country became a
co-source of the lead's event ("Ukraine" beside "Russian forces" as the shellers), the city an
organisation and the agency an actor. A headline's speaker before a colon ("IAEA: …") is no
dateline and stays an actor.
"""
from __future__ import annotations

import pytest

PUB = "2026-05-12"


def _names(coded, ids):
    by_id = {a.id: a for a in coded.actors}
    return sorted(by_id[i].name for i in ids)


def _event(coded, trigger):
    return next(e for e in coded.events if e.trigger and e.trigger.text == trigger)


@pytest.mark.parametrize("text,trigger,sources", [
    ("LVIV, Ukraine (AP) — Russian troops shelled a fuel depot near the city overnight, the "
     "regional governor said.", "shelled", ["Russian troops"]),
    ("NAIROBI, Kenya (Reuters) - The African Union urged the rival generals to stop fighting on "
     "Monday, its envoy said.", "urged", ["African Union"]),
    ("TBILISI, Georgia — Riot police detained dozens of protesters outside parliament on Sunday, "
     "the interior ministry said.", "detained", ["riot police"]),
])
def test_the_datelines_country_is_no_party_of_the_lead(code, text, trigger, sources):
    coded = code(text, published=PUB)
    assert _names(coded, _event(coded, trigger).actor) == sources


@pytest.mark.parametrize("text,absent", [
    ("NAIROBI, Kenya (Reuters) - The African Union urged the rival generals to stop fighting.",
     {"NAIROBI", "Reuters", "Kenya"}),
    ("CARACAS (AP) — Opposition leaders called for new elections on Tuesday.", {"AP", "CARACAS"}),
])
def test_names_only_in_the_dateline_are_no_actors(code, text, absent):
    coded = code(text, published=PUB)
    assert not absent & {a.name for a in coded.actors}


def test_a_country_named_again_in_the_story_stays_an_actor(code):
    coded = code("KYIV, Ukraine (AP) — Russian drones struck a power plant overnight. Ukraine "
                 "asked its allies for more air defence systems.", published=PUB)
    assert "Ukraine" in _names(coded, _event(coded, "asked").actor)


def test_a_headline_speaker_before_a_colon_is_no_dateline(code):
    coded = code("IAEA: inspectors reached the damaged reactor on Thursday", published=PUB)
    assert "IAEA" in {a.name for a in coded.actors}
