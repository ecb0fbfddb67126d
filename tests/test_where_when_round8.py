"""Event places and dates, eighth round of issue "core IV": one class per block, invented
sentences and articles.

Publication is Saturday 2026-04-11 unless a case says otherwise.
"""
from __future__ import annotations

import pytest

from parley.nlp.dates import resolve_date
from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

SAT = "2026-04-11"


# ------------------------------- class: a vague count ("a few days ago") stored as an exact day
# the text does not know the day: the date is the week (month, year) that holds the estimate

@pytest.mark.parametrize("text,published,date,granularity", [
    ("a few days ago", "2016-09-10", "2016-09-05", "week"),
    ("several days ago", SAT, "2026-04-06", "week"),
    ("a couple of days ago", "2026-04-13", "2026-04-06", "week"),
    ("several weeks ago", "2016-09-10", "2016-08-01", "month"),
    ("a few months ago", "2016-09-10", "2016-01-01", "year"),
    ("a few years ago", "2016-09-10", "2013-01-01", "year"),
])
def test_a_vague_count_ago_is_dated_to_the_coarser_unit(text, published, date, granularity):
    resolved = resolve_date(text, published)
    assert resolved is not None and (resolved.date, resolved.granularity) == (date, granularity)


@pytest.mark.parametrize("text,date", [
    ("two days ago", "2026-04-09"),
    ("three days ago", "2026-04-08"),
])
def test_a_counted_span_ago_keeps_its_day(text, date):
    assert resolve_date(text, SAT) == resolve_date(text, SAT)
    resolved = resolve_date(text, SAT)
    assert resolved is not None and (resolved.date, resolved.granularity) == (date, "day")


def test_an_event_a_few_days_ago_is_dated_to_its_week(code):
    coded = code("A few days ago, the mayor asked residents for video of the fairgrounds.",
                 published=SAT)
    event = _event(coded, "asked")
    assert (event.date, event.date_granularity) == ("2026-04-06", "week"), event


# ------------------------------- class: the date of the governing clause
# a physical event named as the object of a verb that tells it ("confirmed on Monday the
# arrest of two men"): the day dates the telling; the event is bounded by it (inferred)

@pytest.mark.parametrize("text,trigger", [
    ("Police confirmed on Friday the arrest of two men wanted for robbing a bank.", "arrest"),
    ("The ministry announced on Thursday the detention of a local reporter.", "detention"),
])
def test_a_told_physical_event_is_not_dated_by_the_telling(code, text, trigger):
    event = _event(code(text, published=SAT), trigger)
    assert event.date_inferred, event


def test_an_act_of_words_keeps_the_telling_s_day(code):
    coded = code("The army announced sanctions on Friday against the rebel commanders.",
                 published=SAT)
    event = next(e for e in coded.events if e.event == "SANCTION")
    assert (event.date, event.date_inferred) == ("2026-04-10", False), event


# a gerund naming the reason or charge of another act ("criticized X on Tuesday for shelling"):
# the day is the criticism's, not the reason's

def test_a_reason_gerund_is_not_dated_by_the_judgement(code):
    coded = code("The rights group on Tuesday criticized the army for shelling and destroying a "
                 "clinic in the valley.", published=SAT)
    event = _event(coded, "destroying")
    assert event.date_inferred, event


def test_a_physical_event_s_own_day_still_dates_it(code):
    coded = code("Troops attacked the rebel camp on Friday, the army said.", published=SAT)
    event = _event(coded, "attacked")
    assert (event.date, event.date_inferred) == ("2026-04-10", False), event


# ------------------------------- class: the reference place of a live blog's entries
# "BRUSSELS (AP) — The Latest on …", then time-stamped entries: an entry's event takes no
# dateline or lead town

LIVE_BLOG = (
    "LISBON (AP) — The Latest on the dock workers' strike (all times local):\n\n"
    "5:40 p.m.\n\n"
    "Police arrested a dozen activists who chained themselves to a gate, union officials say.\n\n"
    "___.\n\n"
    "2:15 p.m.\n\n"
    "Riot police clashed with dock workers in Porto, the union says."
)


def test_a_live_blog_entry_takes_no_dateline_town(code):
    coded = code(LIVE_BLOG, published="2026-06-02")
    event = _event(coded, "arrested")
    assert event.place is None, _place(coded, event)


def test_a_live_blog_entry_keeps_its_own_place(code):
    coded = code(LIVE_BLOG, published="2026-06-02")
    event = _event(coded, "clashed")
    place = _place(coded, event)
    assert place is not None and place.name == "Porto", place


def test_a_story_without_time_stamps_still_takes_its_dateline_town(code):
    coded = code("VILNIUS (AP) — Police arrested a dozen activists who chained themselves to a "
                 "gate, union officials said.", published="2026-06-02")
    place = _place(coded, _event(coded, "arrested"))
    assert place is not None and place.name == "Vilnius", place


# ------------------------------- class: a world capital resolved to a small namesake
# "Paris" in a story about US politics is not Paris, Illinois; a qualified namesake stays

def _place_named(coded, name):
    return [p for p in coded.places if p.name == name]


def test_a_capital_beats_a_small_namesake_near_the_story_s_towns(code):
    coded = code(
        "SPRINGFIELD, Ill. — The governor of Illinois signed a clean-energy bill on Monday, "
        "praising lawmakers from Chicago and Peoria. She said Illinois must honor the climate "
        "accord that nearly 200 countries reached in Paris.", published="2026-05-12")
    assert {p.country for p in _place_named(coded, "Paris")} == {"FRA"}, coded.places


def test_a_capital_beats_a_small_namesake_in_a_us_story(code):
    coded = code(
        "Sen. Ralph Miller of Ohio said on Tuesday that trade talks in London and Dublin had "
        "failed Ohio farmers. Miller spoke to reporters in Columbus and Cleveland.",
        published="2026-05-12")
    assert {p.country for p in _place_named(coded, "Dublin")} == {"IRL"}, coded.places


def test_a_qualified_namesake_stays_the_town(code):
    coded = code("Flood waters reached Paris, Texas, on Sunday, and crews from Dallas helped.",
                 published="2026-05-12")
    assert {p.country for p in _place_named(coded, "Paris")} == {"USA"}, coded.places


# ------------------------------- class: the place of a consequence
# "most of X without power after strikes": X is where the outage falls, not where the strikes hit

@pytest.mark.parametrize("text,trigger", [
    ("Most of Vinnytsia without power after Russian strikes, mayor says", "strikes"),
    ("Half of Dnipro is without heating following Russian shelling, officials say", "shelling"),
])
def test_the_cause_of_an_outage_is_not_placed_where_the_outage_is(code, text, trigger):
    coded = code(text, published="2026-02-20")
    event = _event(coded, trigger)
    assert event.place is None, _place(coded, event)


def test_a_strike_that_hits_a_town_keeps_the_town(code):
    coded = code("Russian strikes hit Vinnytsia overnight, the mayor says", published="2026-02-20")
    place = _place(coded, _event(coded, "hit"))
    assert place is not None and place.country == "UKR", place


# ------------------------------- class: a place from another clause (a shared-subject second act)
# "repelled attacks in several areas and later regained positions near X": X is the regaining's

@pytest.mark.parametrize("text,trigger", [
    ("Ukrainian troops repelled attacks in several areas and later regained positions near "
     "Lyman", "repelled"),
    ("Guerrillas ambushed a convoy in the valley and then retreated into the hills near Gao",
     "ambushed"),
])
def test_a_second_act_s_place_is_not_the_first_act_s(code, text, trigger):
    coded = code(text, published="2022-09-12")
    event = _event(coded, trigger)
    assert event.place is None, _place(coded, event)


@pytest.mark.parametrize("text,trigger,name", [
    ("A missile strike kills two and injures nine in Zaporizhzhia, the governor says", "kills",
     "Zaporizhzhya"),
    ("Russian forces shelled the outskirts and then advanced toward Bakhmut, officials said",
     "shelled", "Bakhmut"),
])
def test_a_place_at_the_end_of_both_acts_stays_shared(code, text, trigger, name):
    place = _place(code(text, published="2022-09-12"), _event(code(text, published="2022-09-12"),
                                                              trigger))
    assert place is not None and name in place.name, place


def test_the_second_act_keeps_its_own_place(code):
    coded = code("Russian forces shelled the outskirts and then advanced toward Bakhmut, "
                 "officials said", published="2022-09-12")
    place = _place(coded, _event(coded, "advanced"))
    assert place is not None and place.name == "Bakhmut", place


# ------------------------------- class: a date between a subject and its verb
# "the governor on Thursday praised …": the parser hangs the date on the subject; it dates the verb

@pytest.mark.parametrize("text,trigger,date", [
    ("The governor on Thursday praised deputies for their restraint.", "praised", "2026-04-09"),
    ("The mayor of the city on Friday criticized the police chief.", "criticized", "2026-04-10"),
    ("The talks on Monday produced little, but the minister on Tuesday urged both sides to "
     "return.", "urged", "2026-04-07"),
])
def test_a_date_between_subject_and_verb_dates_the_verb(code, text, trigger, date):
    event = _event(code(text, published=SAT), trigger)
    assert (event.date, event.date_inferred) == (date, False), event
