"""Resolve one English date expression to a calendar date, relative to the publication date.

Pure functions, no spaCy: ``resolve_date("late Tuesday", "2022-03-10")`` gives
``Resolved("2022-03-08", "day")``. Hand rules cover what news text says ("on Thursday", "last
week", "two days ago", "Feb. 24", "in 2014"), then the most precise date named inside a longer
expression ("June 16 of last year"); dateparser is the cached last resort for relative phrases
("a fortnight ago"), because it is slow and too eager (it reads "three days" as a date).

Conventions (the schema stores one ISO date plus a granularity):
- a day is that day; a week is its Monday ("last week" = Monday of the week before the
  publication week; in a Sunday story, of the week that Sunday closes); a month is its first
  day; a quarter is its first day (granularity ``quarter``); a year is 1 January; a weekend is
  its Saturday with granularity ``weekend``.
- bare weekdays, months and month-days point back: "on Thursday" is the latest Thursday not
  after publication (a Thursday story's "on Thursday" is that day); "on March 20" in a story of
  2022-03-10 is 2021-03-20 unless it is at most ``FUTURE_SLACK_DAYS`` ahead. With
  ``future=True`` (the clause is in the future tense) they point forward instead.
- "next …", "tomorrow", "this weekend" point forward; "last <weekday>" is strictly before.
- "the previous day"/"the day before" are read as the day before publication (the narrative
  anchor is unknown); "the next day" is a date expression with no date.
- decades ("the 1990s") are date expressions with no date (granularity year): a decade is too
  coarse to date an event.
- durations ("for three days", "hours", "years") and ages ("the 71-year-old") are not date
  expressions: the resolver returns None for them.
- with no publication date, absolute dates still resolve and relative ones get date None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

FUTURE_SLACK_DAYS = 7  # a past-leaning month-day may still lie this many days after publication

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
    "a couple of": 2, "couple of": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
# counts that name no number ("a few days ago", "several weeks ago"): the text does not know the
# day, so the date is stored one unit coarser (the week, month or year that holds the estimate)
VAGUE_COUNTS = frozenset({"a few", "several", "a couple of", "couple of"})
COARSER = {"day": "week", "week": "month", "month": "year", "year": "year"}


@dataclass(frozen=True)
class Resolved:
    """A date expression's calendar date (None when it cannot be anchored) and granularity."""

    date: str | None
    granularity: str = "day"


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# a count in digits or words: "22", "a few", "twenty-two", "seventy four"
NUMBER = (rf"\d+|(?:{'|'.join(TENS)})(?:[- ](?:{_ONES}))?|"
          + "|".join(sorted(NUMBERS, key=len, reverse=True)))
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PREFIX = re.compile(
    r"^(?:on|in|since|by|until|till|during|from|of|at|over|before|after|as of|the|around)\s+"
)

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("age", r".*\b\d+[- ]?(?:years?|months?|weeks?|days?)[- ]old\b.*"),
        ("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
        ("numeric", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})"),
        ("dotted", r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
        ("decade", r"(?:early |late |mid-?)?(?:(?:1\d|20)\d0'?s|'\d0s)"),
        ("weekday", (rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?:(?:late|early)\s+)?"
                    rf"(?P<wd>{_WEEKDAY}){_PART}{_PART}")),
        ("weekday_date", rf"(?:{_WEEKDAY}),?\s+(?P<rest>.+)"),
        ("month_day", (rf"(?:(?:early|late|mid)[- ])?(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})"
                      r"(?:,?\s+(?P<y>\d{4}))?")),
        ("day_month", rf"(?P<d>\d{{1,2}})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}}))?"),
        ("month", (rf"(?:(?P<rel>last|next|this|early|late|mid|earlier|later)[- ](?:this\s+)?)?"
                  rf"(?P<mon>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>\d{{4}}))?")),
        ("day_rel", r"(?:(?:earlier|later|early|late)\s+)?(?P<w>day before yesterday|yesterday|"
                    r"today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|"
                    r"previous day|day before|preceding day|next day|following day|same day)"
                    + _PART),
        ("ago", rf"(?P<n>{NUMBER})\s+(?P<u>day|week|month|year)s?\s+ago"),
        ("period", (r"(?:(?:earlier|later|early|late)(?:\s+in)?\s+)?(?P<rel>last|this|next|"
                   r"previous|coming|current)\s+(?P<u>week|month|year)")),
        ("weekend", r"(?:(?P<rel>last|this|next|coming|past)\s+)?weekend"),
        ("year", r"(?:(?:early|late|mid|the end of|the start of)[- ](?:in\s+)?)?(?P<y>1[6-9]\d\d|20\d\d)"),
    ]
]
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})\b")
_YEAR_WORD = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_RELATIVE_WORD = re.compile(r"\b(?:ago|from now|hence|fortnight)\b")
_REL_YEAR = re.compile(r"\b(?:of )?(?P<rel>last|this|next) year\b")
# "the last week", "the past two years", "the next few days": a stretch up to or from now
_STRETCH = re.compile(r"(?:(?:in|over|for|during|within) )?the (?:last|past|next|coming) "
                      r"(?:(?:[\w-]+ )?(?:days|weeks|months|years|decades)|week|month|year)\b")
# "the waning hours of 2022", "the first days of March": an edge of a named year or month
_EDGE_OF = re.compile(r"(?:the )?(?P<edge>waning|final|last|closing|dying|first|opening|early) "
                      r"(?:few )?(?P<u>hours?|minutes?|moments?|day|days|weeks?|months?) of "
                      r"(?P<rest>.+)")
_END_EDGES = frozenset({"waning", "final", "last", "closing", "dying"})
_SEARCH = [(name, re.compile(rf"\b(?:{p.pattern})\b")) for name, p in _RULES
           if name in ("month_day", "day_month", "month", "year")]


def normalise(text: str) -> str:
    """Lower-case, drop periods, ordinals, leading prepositions/articles and extra space."""
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text.lower().replace("\u2019", "'"))
    t = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"'s$", "", re.sub(r"\s+", " ", t)).strip(" ,;:-")
    while True:
        stripped = _PREFIX.sub("", t)
        if stripped == t:
            return t
        t = stripped


def parse_number(word: str) -> int:
    """The value of a count matched by ``NUMBER`` ("22", "a few", "twenty-two")."""
    if word.isdigit():
        return int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    tens, _, ones = word.replace(" ", "-").partition("-")
    return TENS[tens] + (NUMBERS[ones] if ones else 0)


def _parse_pub(published: str | dt.date | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, 1)


def _weekday(pub: dt.date, wd: int, rel: str | None, future: bool) -> dt.date:
    back = (pub.weekday() - wd) % 7
    if rel in ("next", "coming") or (future and rel is None):
        ahead = (wd - pub.weekday()) % 7
        return pub + dt.timedelta(days=ahead or (7 if rel else 0))
    if rel in ("last", "past"):
        return pub - dt.timedelta(days=back or 7)
    if rel == "this":
        return _monday(pub) + dt.timedelta(days=wd)
    return pub - dt.timedelta(days=back)


def _month_day(pub: dt.date, m: int, d: int, future: bool) -> dt.date | None:
    """The year that puts month-day nearest publication, leaning past (or future if asked)."""
    candidates = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := _safe_date(y, m, d))]
    if future:
        ahead = [c for c in candidates if c >= pub]
        return min(ahead) if ahead else None
    slack = pub + dt.timedelta(days=FUTURE_SLACK_DAYS)
    behind = [c for c in candidates if c <= slack]
    return max(behind) if behind else None


def _month(pub: dt.date, m: int, rel: str | None, future: bool) -> dt.date:
    if rel == "next" or (future and rel is None):
        y = pub.year if m > pub.month or (m == pub.month and rel is None) else pub.year + 1
    elif rel == "last":
        y = pub.year if m < pub.month else pub.year - 1
    elif rel == "this":
        y = pub.year
    else:
        y = pub.year if m <= pub.month else pub.year - 1
    return dt.date(y, m, 1)


def _period(pub: dt.date, unit: str, offset: int) -> dt.date:
    if unit == "week":
        return _monday(pub) + dt.timedelta(weeks=offset)
    if unit == "month":
        return _add_months(pub, offset)
    return dt.date(pub.year + offset, 1, 1)


_PERIOD_OFFSET = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
                  "coming": 1}
_DAY_OFFSET = {"day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
               "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
               "same day": 0, "tomorrow": 1, "previous day": -1, "day before": -1,
               "preceding day": -1}


def _apply(name: str, m: re.Match[str], pub: dt.date | None, future: bool,
           past: bool = False) -> Resolved | None:
    """One rule's resolution; absolute rules ignore ``pub``, relative ones need it."""
    g = m.groupdict()
    if name == "age":
        return None
    if name in ("iso", "numeric", "dotted"):
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved(d.isoformat(), "day") if d else None
    if name == "decade":
        return Resolved(None, "year")
    if name == "weekday_date":
        return _resolve(g["rest"], pub, future)
    if name in ("month_day", "day_month"):
        return _apply_month_day(g, pub, future)
    if name == "month":
        return _apply_month(g, pub, future)
    if name == "weekday":
        return _apply_weekday(g, pub, future)
    if name == "day_rel":
        return _apply_day_rel(g, pub)
    if name == "ago":
        return _apply_ago(g, pub)
    if name == "period":
        return _apply_period(g, pub, future)
    if name == "weekend":
        return _apply_weekend(g, pub, past, future)
    if name == "year":
        return Resolved(dt.date(int(g["y"]), 1, 1).isoformat(), "year")
    raise AssertionError(name)


def _apply_month_day(g: dict[str, str | Any], pub: dt.date | None, future: bool) -> Resolved | None:
    """Rules month_day and day_month: "Feb. 24", "24 February 2022"."""
    mon, day = MONTHS[g["mon"]], int(g["d"])
    if g["y"]:
        d = _safe_date(int(g["y"]), mon, day)
        return Resolved(d.isoformat(), "day") if d else None
    if pub is None:
        return Resolved(None, "day")
    d = _month_day(pub, mon, day, future)
    return Resolved(d.isoformat(), "day") if d else None


def _apply_month(g: dict[str, str | Any], pub: dt.date | None, future: bool) -> Resolved:
    """Rule month: "in March", "last June", "May 2014"."""
    mon = MONTHS[g["mon"]]
    if g["y"]:
        return Resolved(dt.date(int(g["y"]), mon, 1).isoformat(), "month")
    if pub is None:
        return Resolved(None, "month")
    rel = g["rel"] if g["rel"] in ("last", "next", "this") else None
    return Resolved(_month(pub, mon, rel, future).isoformat(), "month")


def _apply_weekday(g: dict[str, str | Any], pub: dt.date | None, future: bool) -> Resolved:
    """Rule weekday: "on Thursday", "last Monday"."""
    if pub is None:
        return Resolved(None, "day")
    return Resolved(_weekday(pub, WEEKDAYS[g["wd"]], g["rel"], future).isoformat(), "day")


def _apply_day_rel(g: dict[str, str | Any], pub: dt.date | None) -> Resolved:
    """Rule day_rel: "yesterday", "this morning", "the previous day"."""
    offset = _DAY_OFFSET.get(g["w"])
    if offset is None or pub is None:
        return Resolved(None, "day")
    return Resolved((pub + dt.timedelta(days=offset)).isoformat(), "day")


def _apply_ago(g: dict[str, str | Any], pub: dt.date | None) -> Resolved:
    """Rule ago: "two days ago", "three weeks ago"; a vague count ("a few days ago") is dated
    to the coarser unit that holds the estimate (``VAGUE_COUNTS``): its exact day is not known."""
    n = parse_number(g["n"])
    unit = UNITS[g["u"]]
    if g["n"] in VAGUE_COUNTS:
        coarse = COARSER[unit]
        if pub is None:
            return Resolved(None, coarse)
        back = {"day": dt.timedelta(days=n), "week": dt.timedelta(weeks=n)}.get(unit)
        estimate = pub - back if back is not None else pub
        if unit == "month":
            estimate = _add_months(pub, -n)
        elif unit == "year":
            return Resolved(_period(pub, "year", -n).isoformat(), "year")
        return Resolved(_period(estimate, coarse, 0).isoformat(), coarse)
    if pub is None:
        return Resolved(None, unit)
    if unit == "day":
        return Resolved((pub - dt.timedelta(days=n)).isoformat(), "day")
    return Resolved(_period(pub, unit, -n).isoformat(), unit)


def _apply_period(g: dict[str, str | Any], pub: dt.date | None, future: bool = False) -> Resolved:
    """Rule period: "last week", "this month", "next year". A Sunday story's "this week" in a
    clause pointing ahead ("will meet this week") is the coming week: the publication week
    has no day left for a plan. A Sunday story's "last week" is the week just ending (its
    Monday six days before): news weeks close on Sunday, and the week before that is two
    weeks back by then (class: "last week" counted from a Sunday publication)."""
    unit = UNITS[g["u"]]
    if pub is None:
        return Resolved(None, unit)
    offset = _PERIOD_OFFSET[g["rel"]]
    if unit == "week" and pub.weekday() == 6:
        if g["rel"] in ("this", "current") and future:
            offset = 1
        elif g["rel"] in ("last", "previous"):
            offset = 0
    return Resolved(_period(pub, unit, offset).isoformat(), unit)


def _apply_weekend(g: dict[str, str | Any], pub: dt.date | None, past: bool = False,
                   future: bool = False) -> Resolved:
    """Rule weekend: "this weekend" (ahead unless it is under way, told in the past tense, or
    read in a Monday story with no future cue: "rallied this weekend", Monday's "key events of
    this weekend" are the one just gone), "last weekend". Granularity ``weekend``: the date is
    its Saturday, and a weekend is two days, not one."""
    if pub is None:
        return Resolved(None, "weekend")
    rel = g["rel"]
    just_gone = past or (pub.weekday() == 0 and not future)
    if rel in ("next", "coming") or (rel == "this" and pub.weekday() < 5 and not just_gone):
        weeks = int(rel == "next" or pub.weekday() == 6)
        saturday = _monday(pub) + dt.timedelta(days=5, weeks=weeks)
        return Resolved(saturday.isoformat(), "weekend")
    day = _weekday(pub, 5, None if just_gone and rel == "this" else rel, False)
    return Resolved(day.isoformat(), "weekend")


def _edge_of(m: re.Match[str], pub: dt.date | None, future: bool) -> Resolved | None:
    """An edge of a named period ("the waning hours of 2022", "the final days of March"):
    hours, minutes or the day are its first or last day; days are the week holding most of its
    first or last three days; weeks are
    its first or last month; months keep the period. Not the period's first day as a year
    (class: an edge of a year stored as the year)."""
    period = _resolve(m["rest"], pub, future)
    if period is None or period.date is None or period.granularity not in ("year", "month"):
        return period
    start = dt.date.fromisoformat(period.date)
    end_edge = m["edge"] in _END_EDGES
    unit = m["u"] if m["u"] == "days" else m["u"].rstrip("s")
    if period.granularity == "year":
        first, last = start, dt.date(start.year, 12, 31)
    else:
        first, last = start, _add_months(start, 1) - dt.timedelta(days=1)
    day = last if end_edge else first
    if unit in ("hour", "minute", "moment", "day"):
        return Resolved(day.isoformat(), "day")
    if unit == "days":  # the week holding most of the edge's three days
        middle = day + dt.timedelta(days=-2 if end_edge else 2)
        return Resolved(_monday(middle).isoformat(), "week")
    if unit == "week":
        return Resolved(day.replace(day=1).isoformat(), "month")
    return period


#: a quarter of a year: "the second quarter of 2018", "in the third quarter", "Q4 2023"
_QUARTER = re.compile(r"(?:(?:the )?(?P<n>first|second|third|fourth|[1-4]) quarter"
                      r"|q(?P<q>[1-4]))(?:(?: of)? (?P<rest>.+))?")
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}  # "2nd" is normalised to "2"


def _quarter(m: re.Match[str], pub: dt.date | None, future: bool) -> Resolved | None:
    """A quarter of a year: its first day, granularity ``quarter`` (three months: never a day,
    not the whole year). Its year is the one named ("of 2018", "of next year"), else the
    publication's. Class: a quarter stored as its year."""
    number = int(m["q"] or _QUARTERS.get(m["n"]) or m["n"])
    if m["rest"]:
        year = _resolve(m["rest"], pub, future)
        if year is None or year.granularity != "year":
            return None
        if year.date is None:
            return Resolved(None, "quarter")
        first_year = int(year.date[:4])
    elif pub is None:
        return Resolved(None, "quarter")
    else:
        first_year = pub.year
    return Resolved(dt.date(first_year, 3 * number - 2, 1).isoformat(), "quarter")


def _resolve(text: str, pub: dt.date | None, future: bool, past: bool = False) -> Resolved | None:
    edge = _EDGE_OF.fullmatch(normalise(text))
    if edge is not None:
        return _edge_of(edge, pub, future)
    quarter = _QUARTER.fullmatch(normalise(text))
    if quarter is not None:
        return _quarter(quarter, pub, future)
    if _STRETCH.match(text.lower()):
        return None
    t = normalise(text)
    for name, pattern in _RULES:
        m = pattern.fullmatch(t)
        if m:
            return _apply(name, m, pub, future, past)
    if _MONTH_WORD.search(t) or _YEAR_WORD.search(t):
        return _inner(t, pub, future)
    if _RELATIVE_WORD.search(t) and pub is not None:
        return _dateparser(t, pub.isoformat())
    return None


def _inner(t: str, pub: dt.date | None, future: bool) -> Resolved | None:
    """The most precise date named inside a longer expression ("June 16 of last year",
    "the summer of 2010", "Sunday's Sept. 11 ceremony"), with relative years made absolute."""
    if pub is not None:
        t = _REL_YEAR.sub(lambda m: str(pub.year + _PERIOD_OFFSET[m["rel"]]), t)
    for name, pattern in _SEARCH:
        m = pattern.search(t)
        if m:
            return _apply(name, m, pub, future)
    return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: str) -> Resolved | None:
    """dateparser for relative phrases the rules miss ("a fortnight ago"); cached, as it is
    slow, and only reached for phrases with a relative word, as it reads durations as dates."""
    from dateparser.date import DateDataParser  # noqa: PLC0415  (slow import, rarely reached)

    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                "RELATIVE_BASE": dt.datetime.fromisoformat(published)}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    day, granularity = data.date_obj.date(), data.period
    if granularity == "week":
        day = _monday(day)
    elif granularity == "month":
        day = day.replace(day=1)
    elif granularity == "year":
        day = dt.date(day.year, 1, 1)
    else:
        granularity = "day"
    return Resolved(day.isoformat(), granularity)


@lru_cache(maxsize=65536)
def _cached(text: str, published: str | None, future: bool, past: bool) -> Resolved | None:
    return _resolve(text, _parse_pub(published), future, past)


def resolve_date(
    text: str, published: str | dt.date | None, future: bool = False, past: bool = False
) -> Resolved | None:
    """Resolve a date expression; None when ``text`` is not one (a duration, an age).

    text: the expression as written ("early Thursday morning", "Feb. 24", "in 2014").
    published: the publication date (ISO string or date), or None.
    future: the expression sits in a future-tense clause, so bare weekdays/months point ahead.
    past: the clause is told in the past tense, so "this weekend" is the one just gone.
    """
    pub = published.isoformat() if isinstance(published, dt.date) else published
    return _cached(text, pub, future, past)
