"""Event places and dates, seventh round of issue "core IV": one class per block, invented
sentences and articles.

Publication is Sunday 2022-09-18 unless a case says otherwise.
"""
from __future__ import annotations

import pytest

from parley.lexicon import load
from parley.nlp.dates import resolve_date
from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

SUN = "2022-09-18"
CUES = load("place_cues.yaml", top=dict)


# ------------------------------- class: an edge of a year or month stored as the whole period
# "the waning hours of 2022" is 31 December, not the year; "the final days of" is that day's
# week; "the last weeks of" the period's last month; "the first hours of" its first day

@pytest.mark.parametrize("text,published,date,granularity", [
    ("the waning hours of 2022", "2023-01-02", "2022-12-31", "day"),
    ("the final hours of 2019", None, "2019-12-31", "day"),
    ("the dying minutes of 2020", None, "2020-12-31", "day"),
    ("the closing moments of 2018", None, "2018-12-31", "day"),
    ("the last day of 2021", None, "2021-12-31", "day"),
    ("the first hours of 2023", None, "2023-01-01", "day"),
    ("the final days of 2021", None, "2021-12-27", "week"),
    ("the last few days of 2022", None, "2022-12-26", "week"),
    ("the last weeks of 2017", None, "2017-12-01", "month"),
    ("the opening weeks of 2016", None, "2016-01-01", "month"),
    ("the final days of March", "2022-04-05", "2022-03-28", "week"),
    ("the last hours of February 2015", None, "2015-02-28", "day"),
    ("the first days of June 2014", None, "2014-06-02", "week"),
    ("the final months of 2021", None, "2021-01-01", "year"),
])
def test_an_edge_of_a_period_resolves_to_its_edge(text, published, date, granularity):
    resolved = resolve_date(text, published)
    assert resolved is not None and (resolved.date, resolved.granularity) == (date, granularity)


def test_a_stretch_up_to_now_is_still_no_date():
    assert resolve_date("the last few days", "2022-09-18") is None
    assert resolve_date("in the past weeks", "2022-09-18") is None


@pytest.mark.parametrize("text,trigger,date", [
    ("Rebels shelled the airport in the waning hours of 2022, officials said.", "shelled",
     "2022-12-31"),
    ("Drones hit two depots during the final hours of December.", "hit", "2022-12-31"),
])
def test_an_event_in_the_last_hours_of_a_period_takes_its_last_day(code, text, trigger, date):
    coded = code(text, published="2023-01-03")
    event = _event(coded, trigger)
    assert (event.date, event.date_granularity) == (date, "day"), event


# ------------------------------- class: a complement's start date ("a truce starting Wednesday")
# the date is when what is agreed, proposed or imposed begins: it points ahead, and it does not
# date the agreeing or proposing (which takes the publication day)

@pytest.mark.parametrize("text,expression,date", [
    ("The two armies agreed to a truce starting Wednesday.", "Wednesday", "2022-09-21"),
    ("The council proposes a ceasefire commencing Tuesday at dawn.", "Tuesday", "2022-09-20"),
    ("Officials announce a curfew beginning Friday in the port.", "Friday", "2022-09-23"),
    ("The ministry imposes a fuel ban effective Thursday.", "Thursday", "2022-09-22"),
])
def test_an_onset_date_points_ahead(code, text, expression, date):
    coded = code(text, published=SUN)
    found = [d for d in coded.dates if d.text == expression]
    assert found and found[0].date == date, [(d.text, d.date) for d in coded.dates]


@pytest.mark.parametrize("text,trigger", [
    ("The two armies agreed to a truce starting Wednesday.", "agreed"),
    ("The council proposes a ceasefire commencing Tuesday at dawn.", "proposes"),
])
def test_an_onset_date_does_not_date_the_proposal(code, text, trigger):
    coded = code(text, published=SUN)
    event = _event(coded, trigger)
    assert event.date == SUN and event.date_inferred, event


def test_an_onset_told_as_a_past_span_keeps_the_backward_reading(code):
    coded = code("Starting Tuesday, police arrested dozens of students.", published=SUN)
    found = [d for d in coded.dates if d.text == "Tuesday"]
    assert found and found[0].date == "2022-09-13", [(d.text, d.date) for d in coded.dates]


# ------------------------------- class: a withdrawal's country lost to the target-place rule
# "suspends operations in X": the firm stops its business there, so X is where the act happens;
# "sanctions on banks in X" still takes no place from where its target is

def test_the_business_example_is_placed_in_its_country(code):
    coded = code(CUES["business"]["example"], published=SUN)
    place = _place(coded, _event(coded, "suspends"))
    assert place is not None and (place.country, place.feature) == ("BLR", "country"), place


@pytest.mark.parametrize("text,trigger,country", [
    ("A clothing retailer suspends activity at its 200 shops in Russia.", "suspends", "RUS"),
    ("A fashion chain halts sales at its 40 outlets in Belarus.", "halts", "BLR"),
    ("An insurer suspends operations in Russia.", "suspends", "RUS"),
])
def test_a_withdrawal_of_business_is_placed_where_the_business_is(code, text, trigger, country):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.country == country, place
    assert coded.place(place.id).feature == "country"


@pytest.mark.parametrize("text,trigger", [
    ("The bloc imposes sanctions on banks in Russia.", "imposes"),
    ("A bank freezes the assets of oligarchs in Cyprus.", "freezes"),
])
def test_a_sanction_on_a_target_stays_unplaced(code, text, trigger):
    coded = code(text, published=SUN)
    assert _place(coded, _event(coded, trigger)) is None


# ------------------------------- class: a raion (district) given as its town
# "the Nikopol district": the district around the town, which the gazetteer lacks: a place of its
# own at the town's point (round 13; round 7 gave the town's first-level division, which the
# judges of draws 1, 6 and 7 found coarser than the district named)

def test_the_district_example_is_a_district_of_its_own(code):
    entry = CUES["district"]
    coded = code(entry["example"], published=SUN)
    assert [(p.name, p.feature) for p in coded.places] == [(entry["place"], "admin2")]


@pytest.mark.parametrize("text,trigger,district", [
    ("Artillery shelled farms across the Nikopol raion overnight.", "shelled", "Nikopol raion"),
    ("Two died when rockets hit the Bakhmut district.", "hit", "Bakhmut district"),
])
def test_an_event_in_a_district_is_placed_in_the_district(code, text, trigger, district):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and (place.name, place.feature) == (district, "admin2"), place


def test_a_bare_town_and_a_city_s_own_district_stay_towns(code):
    coded = code("Drones struck Nikopol. Explosions rocked the Podil district of Kyiv.", published=SUN)
    assert ("Nikopol", "city") in {(p.name, p.feature) for p in coded.places}
    assert not any(p.feature in ("admin1", "admin2") for p in coded.places)


# ------------------------------- long articles: places from the clause, then the sentence, then
# the lead, then the dateline; relative dates against publication with tense

ARTICLE = (
    "VILNIUS, Lithuania — Border guards detained six smugglers near Druskininkai early "
    "Saturday, the interior ministry said.\n\n"
    "The arrests came three days after customs officers seized weapons at a crossing in "
    "Medininkai. Last week, protesters rallied in Kaunas against the new fence.\n\n"
    "The minister will travel to Warsaw next month to discuss the border with her Polish "
    "counterpart, her office said. Earlier this month, the government declared an emergency."
)


@pytest.fixture(scope="module")
def article(code):
    return code(ARTICLE, published=SUN)


@pytest.mark.parametrize("trigger,name", [
    ("detained", "Druskininkai"),  # its own clause, not the dateline
    ("seized", "Medininkai"),  # a subordinate clause's own place
    ("rallied", "Kaunas"),
])
def test_a_long_article_s_events_take_their_own_clause_s_place(article, trigger, name):
    place = _place(article, _event(article, trigger))
    assert place is not None and place.name == name, place


@pytest.mark.parametrize("trigger,date,granularity", [
    ("detained", "2022-09-17", "day"),  # "early Saturday" in a Sunday story
    ("rallied", "2022-09-12", "week"),  # "last week" in a Sunday story: the week it closes
    ("declared", "2022-09-01", "month"),  # "earlier this month"
])
def test_a_long_article_s_relative_dates_resolve_against_publication(article, trigger, date,
                                                                     granularity):
    event = _event(article, trigger)
    assert (event.date, event.date_granularity) == (date, granularity), event


def test_next_month_points_ahead_in_a_long_article(article):
    found = [d for d in article.dates if d.text == "next month"]
    assert found and (found[0].date, found[0].granularity) == ("2022-10-01", "month")


def test_an_act_that_itself_starts_then_keeps_the_onset_date(code):
    coded = code("The pipeline operator will halt gas supplies to the importer starting Tuesday.",
                 published=SUN)
    event = next(e for e in coded.events if e.trigger and "halt" in e.trigger.text)
    assert event.date == "2022-09-20" and not event.date_inferred, event


# ------------------------------- class: a reported past event dated by publication, not its report
# "officials said on Wednesday that defenses had shot down drones": done by Wednesday; the
# report's day is the better bound, kept inferred and without a date text (round 5: the telling
# does not date the event)

@pytest.mark.parametrize("text,trigger,date", [
    ("Officials said on Wednesday that air defenses had shot down eleven drones.", "shot",
     "2022-09-14"),
    ("The governor said Monday that shelling killed two people in Nikopol.", "shelling",
     "2022-09-12"),
])
def test_a_reported_past_event_is_bounded_by_its_report(code, text, trigger, date):
    coded = code(text, published=SUN)
    event = _event(coded, trigger)
    assert (event.date, event.date_inferred, event.date_text) == (date, True, None), event


def test_a_reported_event_s_own_date_wins(code):
    coded = code("The mayor said on Tuesday that troops had shelled the depot last month.",
                 published=SUN)
    event = _event(coded, "shelled")
    assert (event.date, event.date_granularity, event.date_inferred) == ("2022-08-01", "month",
                                                                        False), event


def test_a_reported_future_act_keeps_the_publication_day(code):
    coded = code("The minister said on Tuesday that the army will withdraw its troops.",
                 published=SUN)
    event = _event(coded, "withdraw")
    assert event.date == SUN and event.date_inferred, event


# ------------------------------- class: an actor's participle of the occasion
# "the minister, speaking in Kyiv on Monday, urged …": as a sentence-initial "Speaking …"

@pytest.mark.parametrize("text,trigger,name,date", [
    ("The president, speaking in Warsaw on Friday, urged allies to send tanks.", "urged",
     "Warsaw", "2022-09-16"),
    ("The foreign minister, addressing reporters in Ankara on Tuesday, accused the rebels of "
     "breaking the truce.", "accused", "Ankara", "2022-09-13"),
])
def test_an_actor_s_occasion_participle_places_and_dates_the_act(code, text, trigger, name, date):
    coded = code(text, published=SUN)
    event = _event(coded, trigger)
    place = _place(coded, event)
    assert place is not None and place.name == name, place
    assert (event.date, event.date_inferred) == (date, False), event


# ------------------------------- class: a relative clause of time or place
# "in July, when they will discuss …", "a meeting in X last week, where Y demanded …": the
# clause's event shares its antecedent's date and place

@pytest.mark.parametrize("text,trigger,name,date", [
    ("The ministers will meet again in Prague in November, when they are expected to discuss a "
     "loan.", "discuss", "Prague", "2022-11-01"),
    ("Talks were held in Doha on Monday, when both sides signed a prisoner deal.", "signed",
     "Doha", "2022-09-12"),
])
def test_a_relative_clause_of_time_shares_its_antecedent(code, text, trigger, name, date):
    coded = code(text, published=SUN)
    event = _event(coded, trigger)
    place = _place(coded, event)
    assert place is not None and place.name == name, place
    assert event.date == date and not event.date_inferred, event


def test_a_city_s_own_district_is_not_a_raion(code):
    coded = code("Rockets hit a bus stop in the city's Saltivka district, killing two. Shelling "
                 "damaged homes in Kyiv's Podil district.", published=SUN)
    assert not any(p.feature in ("admin1", "admin2") for p in coded.places), coded.places


# ------------------------------- class: a town named after a many-word qualifier
# "the Rift Valley town of X", "the South Kivu town of Y": the town, not the region qualifying it

@pytest.mark.parametrize("text,trigger,name", [
    ("Police shot dead a suspect during a raid in the Rift Valley town of Nakuru early Monday.",
     "shot", "Nakuru"),
    ("Gunmen killed two guards during an attack in the South Kivu town of Uvira.", "killed",
     "Uvira"),
])
def test_a_town_named_after_a_many_word_qualifier_is_the_place(code, text, trigger, name):
    coded = code(text, published=SUN)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.name.startswith(name) and place.feature == "city", place


# ------------------------------- class: an anchored relative date given the publication day
# "shelled the port on Friday, two days after they seized the airport": Wednesday

@pytest.mark.parametrize("text,trigger,date", [
    ("Rebels shelled the port on Friday, two days after they seized the airport.", "seized",
     "2022-09-14"),
    ("Shelling killed three civilians in Izium on Saturday, a week after troops withdrew from "
     "the town.", "withdrew", "2022-09-10"),
    ("Drones hit a depot on Wednesday, three days before the envoys met in Geneva.", "met",
     "2022-09-17"),
])
def test_a_span_before_or_after_a_dated_event_moves_its_day(code, text, trigger, date):
    coded = code(text, published="2022-09-19")
    event = _event(coded, trigger)
    assert (event.date, event.date_granularity) == (date, "day"), event


def test_a_span_after_an_undated_event_dates_nothing(code):
    coded = code("The strike came two days after rebels seized the airport.", published=SUN)
    event = _event(coded, "seized")
    assert event.date == SUN and event.date_inferred, event
