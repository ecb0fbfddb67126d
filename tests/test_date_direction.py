"""Past or future: tense and cue words decide which way a bare date points from publication.

Invented sentences. Publication is Thursday 2022-03-10 unless a case says otherwise, so the
backward reading of "Friday" is 2022-03-04 and the forward one 2022-03-11.
"""
from __future__ import annotations

import pytest

from parley.lexicon import load

THU = "2022-03-10"
CUE_GROUPS = ("intent_heads", "deferral_verbs", "schedule_verbs", "expiry_verbs",
              "deadline_preps", "forward_modifiers", "onset_words")


def _date(code, text: str, expression: str, published: str = THU) -> tuple[str | None, str]:
    coded = code(text, published=published)
    found = [d for d in coded.dates if d.text == expression]
    assert found, (text, [(d.text, d.date) for d in coded.dates])
    return found[0].date, found[0].granularity


@pytest.mark.parametrize("group,entry", [(g, e) for g in CUE_GROUPS
                                         for e in load("date_cues.yaml", top=dict)[g]])
def test_every_forward_cue_example_points_ahead(code, group: str, entry: dict) -> None:
    assert _date(code, entry["example"], "Friday")[0] == "2022-03-11", (group, entry)


# (sentence, expression, published, expected date, granularity)
CASES = [
    # future auxiliaries and to-infinitives point ahead
    ("The finance ministers will meet on Friday in Lisbon.", "Friday", THU, "2022-03-11", "day"),
    ("The new cabinet shall convene on Monday.", "Monday", THU, "2022-03-14", "day"),
    ("Observers say they'll return on Saturday.", "Saturday", THU, "2022-03-12", "day"),
    ("Rival envoys to hold talks in Muscat on Sunday", "Sunday", THU, "2022-03-13", "day"),
    ("Kenyan president to visit Addis Ababa on Tuesday", "Tuesday", THU, "2022-03-15", "day"),
    ("The rebels plan to free ten hostages on Wednesday.", "Wednesday", THU, "2022-03-16", "day"),
    ("The mediators are due to arrive on April 2.", "April 2", THU, "2022-04-02", "day"),
    ("The parliament is expected to ratify the accord in May.", "May", THU, "2022-05-01", "month"),
    ("The court is set to rule on the appeal on March 21.", "March 21", THU, "2022-03-21", "day"),
    ("The navy is going to resume patrols on Monday.", "Monday", THU, "2022-03-14", "day"),
    # deferrals and deadlines
    ("A judge postponed the hearing until July 26.", "July 26", "2022-07-15", "2022-07-26", "day"),
    ("The vote was delayed until September 4.", "September 4", "2022-08-20", "2022-09-04", "day"),
    ("The summit was moved to Friday.", "Friday", THU, "2022-03-11", "day"),
    ("The tribunal adjourned the case until Monday.", "Monday", THU, "2022-03-14", "day"),
    ("The embassy remains closed until March 20.", "March 20", THU, "2022-03-20", "day"),
    ("The airspace is shut till Sunday.", "Sunday", THU, "2022-03-13", "day"),
    ("Applicants must register by Friday.", "Friday", THU, "2022-03-11", "day"),
    ("The truce will hold until April 30.", "April 30", THU, "2022-04-30", "day"),
    # nouns marked as still to come
    ("The next round of negotiations on Monday could settle the dispute.", "Monday", THU,
     "2022-03-14", "day"),
    ("The upcoming summit on March 25 has divided the alliance.", "March 25", THU, "2022-03-25",
     "day"),
    ("The scheduled handover on Tuesday was confirmed by officials.", "Tuesday", THU,
     "2022-03-15", "day"),
    # bookings and expiries point ahead unless told in a finite past
    ("Appeal hearing set for Oct. 25", "Oct. 25", "2022-10-04", "2022-10-25", "day"),
    ("The contract expires on September 30.", "September 30", "2016-09-08", "2016-09-30", "day"),
    ("The ballot was scheduled for March 1 before the court stepped in.", "March 1", THU,
     "2022-03-01", "day"),
    ("The visa expired on February 20.", "February 20", THU, "2022-02-20", "day"),
    # past tense and past deadlines point back
    ("Gunmen attacked a convoy on Friday.", "Friday", THU, "2022-03-04", "day"),
    ("The two leaders met in Ankara on Monday.", "Monday", THU, "2022-03-07", "day"),
    ("The curfew lasted until Sunday.", "Sunday", THU, "2022-03-06", "day"),
    ("The strike went on till Tuesday.", "Tuesday", THU, "2022-03-08", "day"),
    ("The talks were postponed on Monday.", "Monday", THU, "2022-03-07", "day"),
    ("The last round of talks on Monday ended without a deal.", "Monday", THU, "2022-03-07", "day"),
    ("Troops entered the town on July 26.", "July 26", "2022-07-15", "2021-07-26", "day"),
    ("The ministry had planned the visit for weeks before it began on Tuesday.", "Tuesday", THU,
     "2022-03-08", "day"),
    ("Police arrested four suspects on Wednesday.", "Wednesday", THU, "2022-03-09", "day"),
    ("The envoy arrived on Thursday.", "Thursday", THU, "2022-03-10", "day"),
    # a story's own day in either direction
    ("The foreign ministers will meet on Thursday.", "Thursday", THU, "2022-03-10", "day"),
    # years and months keep their precision
    ("The border was drawn in 1921.", "1921", THU, "1921-01-01", "year"),
    ("The two states fought a war in 1994.", "1994", THU, "1994-01-01", "year"),
    ("The city fell to the army in October 1943.", "October 1943", THU, "1943-10-01", "month"),
    ("The accord was signed in January.", "January", THU, "2022-01-01", "month"),
    ("Fighting flared again in November.", "November", THU, "2021-11-01", "month"),
    ("The elections will take place in November.", "November", THU, "2022-11-01", "month"),
    ("The blockade began last month.", "last month", THU, "2022-02-01", "month"),
    ("Aid deliveries will resume next month.", "next month", THU, "2022-04-01", "month"),
    ("The mission ended last year.", "last year", THU, "2021-01-01", "year"),
    ("Prices rose sharply last week.", "last week", THU, "2022-02-28", "week"),
    ("The envoy will return next week.", "next week", THU, "2022-03-14", "week"),
    ("The corridor opened three days ago.", "three days ago", THU, "2022-03-07", "day"),
    # participles share their verb's future; "is to", modals and readiness point ahead
    ("Ferries will resume starting Friday.", "Friday", THU, "2022-03-11", "day"),
    ("Trains will run again beginning Saturday.", "Saturday", THU, "2022-03-12", "day"),
    ("The referendum is to take place in June.", "June", THU, "2022-06-01", "month"),
    ("An inspection of the dam might happen in early September.", "early September",
     "2022-08-17", "2022-09-01", "month"),
    ("Schools are ready to reopen in September.", "September", "2022-08-17", "2022-09-01",
     "month"),
    ("The convoy could leave on Saturday.", "Saturday", THU, "2022-03-12", "day"),
    ("The blast may have happened on Friday.", "Friday", THU, "2022-03-04", "day"),
    ("Officials said the trial would open on Monday.", "Monday", THU, "2022-03-14", "day"),
    # "this weekend": ahead unless told in the past tense or read on a Monday with no future
    # cue; a weekend has granularity "weekend" (its Saturday), never "day"
    ("Demonstrators were detained this weekend.", "this weekend", "2022-03-07", "2022-03-05",
     "weekend"),
    ("Farmers blocked the highway this weekend.", "this weekend", "2022-03-07", "2022-03-05",
     "weekend"),
    ("A march is planned for this weekend.", "this weekend", "2022-03-07", "2022-03-12",
     "weekend"),
    ("Talks will continue this weekend.", "this weekend", "2022-03-07", "2022-03-12", "weekend"),
    ("Main takeaways from this weekend's fighting in the delta", "this weekend",
     "2022-03-07", "2022-03-05", "weekend"),
    ("Dockworkers in Gdansk strike this weekend, union says", "this weekend", "2022-03-07",
     "2022-03-05", "weekend"),
    ("Dockworkers in Gdansk strike this weekend, union says", "this weekend", THU,
     "2022-03-12", "weekend"),
    ("Pilgrims gathered at the shrine last weekend.", "last weekend", THU, "2022-03-05",
     "weekend"),
    ("The ferry will resume next weekend.", "next weekend", THU, "2022-03-19", "weekend"),
    # an obligation ("has to", "needs to") points ahead unless told in the past
    ("The ministry has to approve the budget in April.", "April", THU, "2022-04-01", "month"),
    ("The coalition needs to pass the levy in June.", "June", THU, "2022-06-01", "month"),
    ("The crews had to flee the port on Friday.", "Friday", THU, "2022-03-04", "day"),
    ("The residents needed to evacuate the town on Monday.", "Monday", THU, "2022-03-07", "day"),
    # a Sunday story's "this week" about a plan is the coming week; about the past, its own
    ("The ministers will meet this week.", "this week", "2022-03-13", "2022-03-14", "week"),
    ("Leaders plan to sign the pact this week.", "this week", "2022-03-13", "2022-03-14", "week"),
    ("Rebels shelled the depot this week.", "this week", "2022-03-13", "2022-03-07", "week"),
    ("The ministers will meet this week.", "this week", THU, "2022-03-07", "week"),
    # weekdays: forward in the future tense, back in the past
    ("The envoys will fly to Rome on Tuesday.", "Tuesday", THU, "2022-03-15", "day"),
    ("Missiles struck the depot Monday night.", "Monday night", THU, "2022-03-07", "day"),
    ("The summit is set for May 3.", "May 3", THU, "2022-05-03", "day"),
    ("Large crowds are expected Saturday in the square.", "Saturday", THU, "2022-03-12", "day"),
    ("Crowds were expected on Saturday but stayed home.", "Saturday", THU, "2022-03-05", "day"),
    ("The army may be able to launch an offensive in January.", "January", "2022-12-15",
     "2023-01-01", "month"),
    ("The army was able to launch an offensive in January.", "January", "2022-12-15",
     "2022-01-01", "month"),
    ("Foreign minister to meet his Turkish counterpart on Friday, says Ankara", "Friday", THU,
     "2022-03-11", "day"),
]


@pytest.mark.parametrize("text,expression,published,date,granularity", CASES)
def test_date_direction_and_precision(code, text, expression, published, date, granularity):
    assert _date(code, text, expression, published) == (date, granularity)


# (sentence, published, trigger lemma's text, expected (date, granularity, inferred, historical))
EVENT_DATES = [
    ("Rebels attacked the garrison in 1994.", THU, "attacked", ("1994-01-01", "year", False, True)),
    ("The two kingdoms signed a treaty in March 1921.", THU, "signed",
     ("1921-03-01", "month", False, True)),
    ("Militants attacked a checkpoint last week.", THU, "attacked",
     ("2022-02-28", "week", False, False)),
    # January ended 38 days before publication: history the story recalls (over 30 days)
    ("The ministers met in Vienna in January.", THU, "met", ("2022-01-01", "month", False, True)),
    ("The ministers met in Vienna in February.", THU, "met", ("2022-02-01", "month", False, False)),
    ("Protesters have been detained since Tuesday.", THU, "detained", (THU, "day", True, False)),
    ("Troops shelled the port on Monday.", THU, "shelled", ("2022-03-07", "day", False, False)),
]


@pytest.mark.parametrize("text,published,trigger,expected", EVENT_DATES)
def test_event_date_keeps_precision_and_marks_history(code, text, published, trigger, expected):
    coded = code(text, published=published)
    (event,) = [e for e in coded.events if e.trigger and e.trigger.text.split()[0] == trigger]
    assert (event.date, event.date_granularity, event.date_inferred, event.historical) == expected
