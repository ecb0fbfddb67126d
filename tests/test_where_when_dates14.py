"""Event dates, fourteenth round of issue "core IV": a date expression that belongs to another
noun or clause, a present-tense weekday read as past, a quarter stored as its year. Invented
sentences, one class per block (``nlp/events/where.py`` ``own_date``; ``nlp/dates/component.py``
onsets and present tense; ``nlp/dates/resolve.py`` quarters).
"""
from __future__ import annotations

import pytest

from parley.nlp.dates.resolve import Resolved, resolve_date
from tests.event_helpers import starting_with as _event

TUE = "2026-05-12"  # a Tuesday


def _date_of(coded, text: str):
    return next(d for d in coded.dates if d.text == text)


# ------------------------ class: a day "for" which something is agreed or ordered
# "corridors agreed for Sunday": the day the corridors are for, not the agreeing's; an event noun's
# own "for" day and a schedule verb's ("talks set for Friday") stay


def test_a_day_for_what_is_agreed_does_not_date_the_agreeing(code):
    event = _event(code("Six aid convoys agreed for Thursday, the mayor said.", published=TUE),
                   "agreed")
    assert (event.date_text, event.date_inferred) == (None, True), event


def test_a_day_a_meeting_is_set_for_stays_its_date(code):
    event = _event(code("Talks set for Friday, the foreign ministry says.", published=TUE), "Talks")
    assert (event.date, event.date_text) == ("2026-05-15", "Friday"), event


# ------------------------ class: a year that labels another noun ("the Act of 1956")


def test_a_year_naming_a_law_does_not_date_the_request(code):
    coded = code("The union asked the tribunal for a ruling under the Labour Code of 1972.",
                 published=TUE)
    event = _event(coded, "asked")
    assert (event.date_text, event.date_inferred) == (None, True), event


def test_a_season_of_a_year_still_dates_the_event(code):
    event = _event(code("Rebels seized the town in the spring of 2014.", published=TUE), "seized")
    assert (event.date, event.date_text) == ("2014-01-01", "the spring of 2014"), event


# ------------------------ class: a future date hung on an act told as done
# "Kenya invited to join talks next week": the invitation is made; next week is the talks'


def test_a_future_week_does_not_date_a_done_invitation(code):
    coded = code("Kenya invited to join talks of regional leaders next week", published=TUE)
    event = _event(coded, "invited")
    assert (event.date_text, event.date_inferred) == (None, True), event


@pytest.mark.parametrize("text,trigger,date,date_text", [
    ("Leaders will meet in Nairobi next week.", "meet", "2026-05-18", "next week"),
    ("Officials announced a summit of donors next month.", "summit", "2026-06-01", "next month"),
    ("The envoys agreed on Monday to meet again next month.", "agreed", "2026-05-11", "Monday"),
])
def test_a_future_date_of_a_future_act_or_its_own_noun_stays(code, text, trigger, date, date_text):
    event = _event(code(text, published=TUE), trigger)
    assert (event.date, event.date_text) == (date, date_text), event


# ------------------------ class: an onset's day cut off by a clock time
# "a truce starting at 6 a.m. GMT Friday": the truce's start, ahead, not the proposing's day


def test_an_onset_across_a_clock_time_points_ahead_and_leaves_the_proposal(code):
    coded = code("Moscow proposes truce starting at 6 a.m. GMT Friday in two towns", published=TUE)
    assert _date_of(coded, "Friday").date == "2026-05-15"
    event = _event(coded, "proposes")
    assert (event.date_text, event.date_inferred) == (None, True), event


def test_a_clock_time_without_an_onset_keeps_the_past_day(code):
    event = _event(code("Rebels shelled the town at 5 a.m. Friday.", published=TUE), "shelled")
    assert (event.date, event.date_text) == ("2026-05-08", "Friday"), event


# ------------------------ class: a present-tense weekday read as past
# a headline's present tells what is done today or announced for the coming days: the nearer of
# the last and the coming weekday, the last on a tie


@pytest.mark.parametrize("text,day,date", [
    ("Hungary closes border crossings on Thursday", "Thursday", "2026-05-14"),  # ahead 2, back 5
    ("Belgian premier is flying to Rome on Friday", "Friday", "2026-05-15"),  # progressive
    ("Rebels free ten hostages on Monday", "Monday", "2026-05-11"),  # back 1
    ("Protesters block highway on Tuesday", "Tuesday", "2026-05-12"),  # today
    ("Police detained dozens on Thursday.", "Thursday", "2026-05-07"),  # a past tense
    ("The mayor is raising questions about Thursday's vote.", "Thursday", "2026-05-07"),  # a noun's
])
def test_a_present_tense_weekday_is_the_nearer_one(code, text, day, date):
    assert _date_of(code(text, published=TUE), day).date == date


# ------------------------ class: a quarter stored as its year


@pytest.mark.parametrize("text,date", [
    ("the second quarter of 2018", "2018-04-01"),
    ("the fourth quarter of last year", "2025-10-01"),
    ("the first quarter", "2026-01-01"),
    ("Q3 2027", "2027-07-01"),
])
def test_a_quarter_is_its_first_day_with_quarter_granularity(text, date):
    assert resolve_date(text, TUE) == Resolved(date, "quarter")


def test_a_quarter_dates_the_event_as_a_quarter(code):
    coded = code("The firm will open a plant in the third quarter of 2027.", published=TUE)
    ref = _date_of(coded, "the third quarter of 2027")
    assert (ref.date, ref.granularity) == ("2027-07-01", "quarter")


def test_a_quarter_of_a_town_is_no_date(code):
    coded = code("A quarter of the town was flooded on Sunday.", published=TUE)
    assert [d.text for d in coded.dates] == ["Sunday"]
