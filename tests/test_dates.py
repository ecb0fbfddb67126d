"""Date expressions: the pure resolver over a table, then the spaCy component on real text."""
from __future__ import annotations

import pytest

from parley.ingest import article_from_text
from parley.nlp.dates import Resolved, governing_date, main_clause_date, resolve_date
from parley.pipeline import make_doc

THU = "2022-03-10"  # a Thursday
MON = "2016-09-12"  # a Monday
TUE_DEC = "2021-12-28"  # a Tuesday near the turn of the year
SAT_LEAP = "2020-02-29"  # a Saturday, leap day

# (expression, publication date, expected date, expected granularity)
TABLE = [
    ("on Thursday", THU, "2022-03-10", "day"),
    ("Thursday", MON, "2016-09-08", "day"),
    ("late Tuesday", THU, "2022-03-08", "day"),
    ("early Thursday morning", THU, "2022-03-10", "day"),
    ("Tuesday night", THU, "2022-03-08", "day"),
    ("on Monday evening", MON, "2016-09-12", "day"),
    ("on Sunday", MON, "2016-09-11", "day"),
    ("last Thursday", THU, "2022-03-03", "day"),
    ("this Friday", THU, "2022-03-11", "day"),
    ("next Monday", THU, "2022-03-14", "day"),
    ("yesterday", THU, "2022-03-09", "day"),
    ("today", THU, "2022-03-10", "day"),
    ("tomorrow", TUE_DEC, "2021-12-29", "day"),
    ("last night", MON, "2016-09-11", "day"),
    ("earlier today", SAT_LEAP, "2020-02-29", "day"),
    ("the day before yesterday", SAT_LEAP, "2020-02-27", "day"),
    ("the previous day", THU, "2022-03-09", "day"),
    ("last week", THU, "2022-02-28", "week"),
    ("next week", THU, "2022-03-14", "week"),
    ("earlier this week", MON, "2016-09-12", "week"),
    ("earlier this month", THU, "2022-03-01", "month"),
    ("last month", "2022-01-15", "2021-12-01", "month"),
    ("later this month", TUE_DEC, "2021-12-01", "month"),
    ("last year", THU, "2021-01-01", "year"),
    ("this year", THU, "2022-01-01", "year"),
    ("late last year", MON, "2015-01-01", "year"),
    ("next year", TUE_DEC, "2022-01-01", "year"),
    ("on March 3", THU, "2022-03-03", "day"),
    ("March 15", THU, "2022-03-15", "day"),  # within the few days' slack after publication
    ("on March 30", THU, "2021-03-30", "day"),  # too far ahead: last year's
    ("Jan. 3", TUE_DEC, "2022-01-03", "day"),  # across the new year
    ("March 3, 2021", THU, "2021-03-03", "day"),
    ("March 3rd, 2021", None, "2021-03-03", "day"),
    ("3 March", THU, "2022-03-03", "day"),
    ("the 24th of February", THU, "2022-02-24", "day"),
    ("on Feb. 24", THU, "2022-02-24", "day"),
    ("Sept. 11", MON, "2016-09-11", "day"),
    ("Thursday, March 3", THU, "2022-03-03", "day"),
    ("Feb. 29", SAT_LEAP, "2020-02-29", "day"),
    ("in 2014", THU, "2014-01-01", "year"),
    ("in 2014", None, "2014-01-01", "year"),
    ("early 2019", THU, "2019-01-01", "year"),
    ("in March", THU, "2022-03-01", "month"),
    ("in April", THU, "2021-04-01", "month"),
    ("last March", THU, "2021-03-01", "month"),
    ("last March", "2022-11-20", "2022-03-01", "month"),
    ("mid-March", THU, "2022-03-01", "month"),
    ("March 2021", THU, "2021-03-01", "month"),
    ("two days ago", THU, "2022-03-08", "day"),
    ("a few days ago", MON, "2016-09-05", "week"),  # a vague count: the week of its estimate
    ("three weeks ago", THU, "2022-02-14", "week"),
    ("six months ago", THU, "2021-09-01", "month"),
    ("two years ago", THU, "2020-01-01", "year"),
    ("over the weekend", MON, "2016-09-10", "weekend"),
    ("the weekend", SAT_LEAP, "2020-02-29", "weekend"),
    ("this weekend", THU, "2022-03-12", "weekend"),
    ("2022-03-10", None, "2022-03-10", "day"),
    ("3/10/2022", None, "2022-03-10", "day"),
    ("June 16 of last year", MON, "2015-06-16", "day"),
    ("the summer of 2010", MON, "2010-01-01", "year"),
    ("Seventy-four years ago", MON, "1942-01-01", "year"),
    ("twenty two days ago", MON, "2016-08-21", "day"),
    ("09.03.2018", None, "2018-03-09", "day"),
    ("a fortnight ago", THU, "2022-02-21", "week"),  # dateparser, normalised to the Monday
]


@pytest.mark.parametrize(("text", "published", "date", "granularity"), TABLE)
def test_resolver_table(text: str, published: str | None, date: str, granularity: str) -> None:
    assert resolve_date(text, published) == Resolved(date, granularity)


@pytest.mark.parametrize("text", ["on Thursday", "last week", "in March", "two days ago",
                                  "on March 3", "yesterday"])
def test_relative_dates_need_a_publication_date(text: str) -> None:
    result = resolve_date(text, None)
    assert result is not None and result.date is None


@pytest.mark.parametrize("text", ["the 71-year-old", "for three days", "three days", "hours",
                                  "the past week", "a 12-month-old", "in the last week",
                                  "the next few days", "over the past two years"])
def test_durations_and_ages_are_not_dates(text: str) -> None:
    assert resolve_date(text, THU) is None


def test_decade_is_a_date_expression_without_a_date() -> None:
    assert resolve_date("the 1990s", THU) == Resolved(None, "year")


@pytest.mark.parametrize(("text", "date"), [("on Friday", "2022-03-11"),
                                            ("on Thursday", "2022-03-10"),
                                            ("in April", "2022-04-01"),
                                            ("on March 3", "2023-03-03")])
def test_future_clause_points_ahead(text: str, date: str) -> None:
    result = resolve_date(text, THU, future=True)
    assert result is not None and result.date == date


def _dates(code, text: str, published: str | None = THU) -> dict[str, str | None]:
    coded = code(text, published=published)
    for ref in coded.dates:
        assert coded.article.text[ref.start:ref.end] == ref.text
    return {d.text: d.date for d in coded.dates}


def test_example_article_thursday(example_coded) -> None:
    thursday = [d for d in example_coded.dates if d.text == "Thursday"]
    assert thursday and thursday[0].date == "2022-03-10" and thursday[0].id == "d1"


def test_pipeline_resolves_what_the_model_cuts_short(code) -> None:
    dates = _dates(code, "Rebels shelled the airport early Thursday morning and again late "
                         "Tuesday, two days after the ceasefire signed on Feb. 24 and Sept. 11.")
    assert dates["early Thursday morning"] == "2022-03-10"
    assert dates["late Tuesday"] == "2022-03-08"
    assert dates["Feb. 24"] == "2022-02-24"
    assert dates["Sept. 11"] == "2021-09-11"


def test_pipeline_skips_ages_durations_and_surnames(code) -> None:
    dates = _dates(code, "The 71-year-old minister, who fasted for three days, met Theresa May "
                         "in May, hours after the vote.")
    assert dates == {"May": "2021-05-01"}


def test_pipeline_future_tense_points_ahead(code) -> None:
    dates = _dates(code, "The two foreign ministers will meet on Friday in Geneva.")
    assert dates == {"Friday": "2022-03-11"}


def test_pipeline_without_publication_date(code) -> None:
    dates = _dates(code, "The army withdrew on Monday, as it had promised in March 2021.",
                   published=None)
    assert dates == {"Monday": None, "March 2021": "2021-03-01"}


def test_pipeline_trims_prepositions_and_possessives(code) -> None:
    dates = _dates(code, "Shelling killed 40 people between January 1 and March 2, more than "
                         "at last week's count, and the ministry said casualties had risen in "
                         "the last week.")
    assert dates == {"January 1": "2022-01-01", "March 2": "2022-03-02", "last week": "2022-02-28"}


def test_pipeline_ignores_dates_inside_names(code) -> None:
    dates = _dates(code, "The senator told USA Today on Monday that the bill would pass.",
                   published=MON)
    assert dates == {"Monday": MON}


def test_ids_follow_text_order(code) -> None:
    coded = code("Talks opened last week and resumed yesterday in Istanbul.", published=THU)
    assert [(d.id, d.text, d.granularity) for d in coded.dates] == [
        ("d1", "last week", "week"), ("d2", "yesterday", "day")]


def _doc(nlp, text: str):
    return nlp(make_doc(nlp, article_from_text(text, article_id="t", published=THU)))


def test_governing_date_stays_in_its_clause(nlp) -> None:
    doc = _doc(nlp, "Lavrov said on Thursday that the talks had failed.")
    said = next(t for t in doc if t.lemma_ == "say")
    failed = next(t for t in doc if t.lemma_ == "fail")
    ref = governing_date(doc, said)
    assert ref is not None and ref.text == "Thursday"
    assert governing_date(doc, failed) is None


def test_governing_date_of_embedded_clause_and_noun(nlp) -> None:
    doc = _doc(nlp, "Officials said that Russian troops shelled the city late Tuesday.")
    shelled = next(t for t in doc if t.lemma_ == "shell")
    ref = governing_date(doc, shelled)
    assert ref is not None and ref.date == "2022-03-08"
    said = next(t for t in doc if t.lemma_ == "say")
    assert governing_date(doc, said) is None


def test_governing_date_reaches_through_infinitives(nlp) -> None:
    doc = _doc(nlp, "Kyiv agreed yesterday to release the prisoners.")
    release = next(t for t in doc if t.lemma_ == "release")
    ref = governing_date(doc, release)
    assert ref is not None and ref.text == "yesterday"


def test_main_clause_date_is_the_fallback(nlp) -> None:
    doc = _doc(nlp, "The minister said on Friday, hours after the talks failed, that no "
                    "ceasefire was possible.")
    failed = next(t for t in doc if t.lemma_ == "fail")
    assert governing_date(doc, failed) is None
    ref = main_clause_date(doc, failed)
    assert ref is not None and ref.date == "2022-03-04"
