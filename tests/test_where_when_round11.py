"""Event places and dates, eleventh round of issue "core IV". Invented sentences, one class
per block (``nlp/events/where.py`` topic modifiers, ``nlp/dates/component.py`` direction).
"""
from __future__ import annotations

import pytest

from parley.lexicon import load
from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

PUB = "2026-05-12"  # a Tuesday

# ------------------------ class: a modifier read as a place
# a place name that only modifies a noun of a policy, deal or concern names its target or
# owner, not where the event happens: no place

@pytest.mark.parametrize("text,trigger", [
    ("Italian police seize lawmaker's villa over Belarus sanctions", "seize"),
    ("Envoy: Moscow seeks to widen its demands in Venezuela oil deal", "demands"),
])
def test_a_place_modifying_a_policy_noun_is_no_site(code, text, trigger):
    coded = code(text, published=PUB)
    assert _place(coded, _event(coded, trigger)) is None

@pytest.mark.parametrize("text,trigger,name", [
    # the noun's own site still places the event; occasion and site nouns keep their modifier
    ("Protesters clashed with police over the Mexico tariffs in Chicago on Monday.", "clashed",
     "Chicago"),
    ("Rockets hit a Kyiv suburb on Monday, officials said.", "hit", "Kyiv"),
    ("Troops fired on protesters at a Khartoum hospital on Monday.", "fired", "Khartoum"),
])
def test_site_and_occasion_modifiers_stay_places(code, text, trigger, name):
    coded = code(text, published=PUB)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.name == name, place

def test_the_topic_lexicon_example_names_no_site(code):
    example = load("place_cues.yaml", top=dict)["topic"]["example"]
    coded = code(example, published=PUB)
    assert coded.events and all(_place(coded, e) is None for e in coded.events)

# ------------------------ class: a headline's future read as past
# "X confirms talks to be held on Monday": the parser hangs the to-infinitive on the report
# verb; the arranged event lies ahead

@pytest.mark.parametrize("text,published,day", [
    ("Armenia confirms next round of border talks with Azerbaijan to be held on Monday",
     "2023-05-14", "2023-05-15"),
    ("The ministry confirms a fresh round of border talks to be held on Friday.", "2023-05-13",
     "2023-05-19"),
])
def test_confirmed_to_be_held_points_ahead(code, text, published, day):
    coded = code(text, published=published)
    dated = [e for e in coded.events if e.date_text]
    assert dated and all(e.date == day for e in dated), [(e.event, e.date) for e in dated]

def test_a_perfect_infinitive_looks_back(nlp):
    from parley.nlp.dates.component import _points_ahead, load_forward_cues
    doc = nlp("The rebel commander is expected to have fled on Friday after the raid.")
    start = doc.text.index("Friday")
    assert not _points_ahead(doc, start, start + len("Friday"), load_forward_cues())
    doc = nlp("The rebel commander is expected to flee on Friday after the raid.")
    assert _points_ahead(doc, start, start + len("Friday"), load_forward_cues())


# ------------------------ class: the place of a consequence
# an event that is the subject of a verb furthering a trend ("fuelling hunger in Chad") takes
# no place from the trend's phrase; its own phrase's place stays

@pytest.mark.parametrize("text,trigger", [
    ("The long drought and the border attacks are fuelling hunger in Chad, agencies say.",
     "attacks"),
    ("The militia raids have worsened the refugee crisis in Niger, officials said.", "raids"),
])
def test_a_furthered_trend_s_place_is_not_the_event_s(code, text, trigger):
    coded = code(text, published=PUB)
    assert _place(coded, _event(coded, trigger)) is None


@pytest.mark.parametrize("text,trigger,name", [
    ("The shelling of Kharkiv worsens a housing shortage in the region, the mayor said.",
     "shelling", "Kharkiv"),
    # a verb of direct physical effect is no trend: its places stay the event's
    ("The shelling caused fires across Kharkiv on Monday.", "shelling", None),
])
def test_the_event_s_own_phrase_and_direct_effects_keep_their_place(code, text, trigger, name):
    coded = code(text, published=PUB)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and (name is None or place.name == name), place


def test_the_furthering_lexicon_example_names_no_site(code):
    example = load("place_cues.yaml", top=dict)["furthering"]["example"]
    coded = code(example, published=PUB)
    assert coded.events and all(_place(coded, e) is None for e in coded.events)


# ------------------------ class: the date of a complement given to the event
# an asking verb's act comes before what it asks for, even told in the past: a date inside its
# to-complement is not the asking's (which then takes the publication day, inferred)

@pytest.mark.parametrize("entry", load("date_cues.yaml", top=dict)["asking_heads"])
def test_an_asking_verb_does_not_take_its_complement_s_date(code, entry):
    coded = code(entry["example"], published=PUB)
    asking = [e for e in coded.events if e.trigger and e.trigger.text.split()[0].lower().startswith(
        entry["lemma"][:4])]
    assert asking and all("March" not in (e.date_text or "") for e in asking), \
        [(e.event, e.date, e.date_text) for e in coded.events]


@pytest.mark.parametrize("text,trigger,day", [
    ("The prime minister personally invited the rebel leader to visit the capital in March "
     "2019, aides said.", "invited", PUB),
    ("The union urged its members to strike in June, the statement said.", "urged", PUB),
    # a past act's own date and a past refusal's complement keep theirs
    ("Last year the envoy asked the generals to hold talks in January.", "asked", "2025-01-01"),
    ("The minister refused to meet the delegation last year.", "refused", "2025-01-01"),
])
def test_asking_and_refusing_dates(code, text, trigger, day):
    coded = code(text, published=PUB)
    event = _event(coded, trigger)
    assert event.date == day, (event.event, event.date, event.date_text)
