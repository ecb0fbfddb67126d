"""Where and when an event happened, by its type and the role of the place or date (issue 12).

Invented sentences. A place that is the target, topic or recipient of a statement, a sanction,
aid or talks is not where that event happened; a physical event may take its target's place.
Fallbacks (the sentence, the lead, the dateline) are for physical events only. A date that dates
a noun of an argument, another clause or a complement's deadline is not the event's date, and an
event is historical only when its own date lies long before publication.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import place_name as _place_name
from tests.event_helpers import starting_with as _event

THU = "2022-03-10"  # a Thursday
MON = "2022-03-07"  # a Monday



# ------------------------------------------------------------------ class 1: the place's role

@pytest.mark.parametrize("text,trigger", [
    ("Norway condemns the shelling of Kharkiv.", "condemns"),
    ("Norway condemned the bombing in Mykolaiv on Friday.", "condemned"),
    ("The council imposed fresh sanctions on Belarus on Monday.", "imposed"),
    ("The bloc imposed sanctions on three banks in Minsk.", "imposed"),
    ("Senators accused the governor of neglecting Odesa.", "accused"),
    ("Ankara urged Moscow to reopen the port of Mariupol.", "urged"),
])
def test_a_target_or_topic_does_not_place_a_verbal_event(code, text, trigger):
    event = _event(code(text, published=THU), trigger)
    assert event.place is None and event.place_precision is None, _place_name(code(text), event)


@pytest.mark.parametrize("text,trigger,place", [
    ("Diplomats held talks about Transnistria in Vienna.", "held", "Vienna"),
    ("The chancellor met the president in Chisinau on Monday.", "met", "Chisinau"),
    ("The Dutch premier visited Odesa on Tuesday.", "visited", "Odesa"),
    ("The minister discussed grain exports during a visit to Ankara.", "discussed", "Ankara"),
    ("Drones struck a fuel depot in Kharkiv overnight.", "struck", "Kharkiv"),
    ("Artillery shelled Mykolaiv overnight.", "shelled", "Mykolayiv"),  # the gazetteer's spelling
    ("Aid workers evacuated families trapped in Mariupol.", "evacuated", "Mariupol"),
    ("Chancellor and premier discuss energy during Vienna meeting", "discuss", "Vienna"),
    ("The envoy praised the deal during a summit in Riga.", "praised", "Riga"),
])
def test_a_site_of_its_own_or_a_physical_target_places_the_event(code, text, trigger, place):
    coded = code(text, published=THU)
    assert _place_name(coded, _event(coded, trigger)) == place


# ------------------------------------------------------------------ class 2: stricter fallbacks

@pytest.mark.parametrize("text,trigger", [
    ("VILNIUS, Lithuania — The foreign minister rejected the proposal on Tuesday.", "rejected"),
    ("Shelling hit Kherson on Monday. The foreign minister condemned the violence.", "condemned"),
    ("Rockets hit Zaporizhzhia. Later the envoy praised the rescue teams.", "praised"),
])
def test_a_statement_takes_no_place_from_the_lead_or_the_dateline(code, text, trigger):
    event = _event(code(text, published=THU), trigger)
    assert event.place is None


def test_a_physical_event_may_take_its_sentence_s_town(code):
    coded = code("Evacuation convoy near Sumy shelled, officials say", published=THU)
    assert _place_name(coded, _event(coded, "shelled")) == "Sumy"


# ------------------------------------------------------------------ class 3: what a word is

@pytest.mark.parametrize("text,names", [
    ("Shelling was reported across the Sumy and Poltava regions.", {"Sumy", "Poltava"}),
    ("Two people were killed by shelling in the region of Sumy.", {"Sumy"}),
    ("Referendums were staged in the Kherson, Luhansk and Donetsk regions.",
     {"Kherson", "Luhansk", "Donetsk"}),
])
def test_names_before_a_plural_kind_word_or_after_the_region_of_are_divisions(code, text, names):
    coded = code(text, published=THU)
    got = {m.text: p.feature for p in coded.places for m in p.mentions}
    assert {n: got.get(n) for n in names} == dict.fromkeys(names, "admin1")


@pytest.mark.parametrize("text", [
    "Losses were heavy at Wagner base after the drone strike.",
    "The scale of losses at Wagner base hit by rockets is unclear.",
])
def test_a_group_s_name_before_a_common_noun_is_no_town(code, text):
    coded = code(text, published=THU)
    assert not [p for p in coded.places if p.name == "Wagner"]


def test_a_town_the_model_reads_as_a_place_before_a_common_noun_stays(code):
    coded = code("Shells fell near Kherson airport on Monday.", published=THU)
    assert [p.name for p in coded.places] == ["Kherson"]


# ------------------------------------------------------------------ class 4: whose date

@pytest.mark.parametrize("text,published,trigger,expected", [
    # a date on a noun of an argument dates that noun
    ("The 2014 annexation of the peninsula was condemned by the envoys on Tuesday.", THU,
     "condemned", ("2022-03-08", False, False)),
    ("The annexation of the peninsula in 2014 was condemned by the envoys on Tuesday.", THU,
     "condemned", ("2022-03-08", False, False)),
    ("The envoy, who took office in 2019, visited the front on Sunday.", THU, "visited",
     ("2022-03-06", False, False)),
    ("The ministers met on Tuesday to discuss a dispute that began in 2008.", THU, "met",
     ("2022-03-08", False, False)),
    ("The court allowed the arrest of the mayor for fleeing to Spain in 2015.", THU, "allowed",
     (THU, True, False)),
    ("Remembering 1968, students protested in the capital.", THU, "protested",
     (THU, True, False)),
    # deadlines and ends belong to what is asked, promised or banned
    ("The council demands a withdrawal of troops by 2025.", THU, "demands", (THU, True, False)),
    ("The premier promised to hand over the files by Friday.", THU, "promised", (THU, True, False)),
    ("The ministry banned fuel exports until 2024.", THU, "banned", (THU, True, False)),
    ("Warsaw urged Minsk to close the border crossing by the end of the month.", THU, "urged",
     (THU, True, False)),
    ("The ministers agreed to finish the budget draft before April.", THU, "agreed",
     (THU, True, False)),
    # another clause's date is not the event's
    ("The general said on Friday that the offensive began two weeks ago.", THU, "offensive",
     ("2022-02-21", False, False)),
    ("The minister hailed Tuesday's talks as a breakthrough.", THU, "hailed", (THU, True, False)),
    ("The city held a parade on Sunday amid shelling.", THU, "shelling", (THU, True, False)),
    ("All senators will have a classified briefing on the blockade on Monday.", THU, "blockade",
     (THU, True, False)),
    ("Latvia is exempt from the gas embargo until the end of 2024.", THU, "embargo",
     (THU, True, False)),
    # a participle describing the event noun dates it; the clause's date reaches a noun under it
    ("The summit, scheduled for March 8, ended without a deal.", THU, "summit",
     ("2022-03-08", False, False)),
    ("Two soldiers were killed in an ambush on Monday.", THU, "killed",
     ("2022-03-07", False, False)),
    ("Missiles on Monday night hit two schools in the port.", THU, "hit",
     ("2022-03-07", False, False)),
    # a physical event's cause or weapon named with a day is of its time
    ("A girl was killed by shelling on Tuesday, officials said.", THU, "killed",
     ("2022-03-08", False, False)),
    ("A boy was among those killed in Wednesday's strikes on the city.", THU, "killed",
     ("2022-03-09", False, False)),
    ("Air defences shot down 20 of 30 missiles fired at the capital on Tuesday.", THU, "shot",
     ("2022-03-08", False, False)),
    ("The senator confused the blockade with the 2003 war.", THU, "blockade", (THU, True, False)),
    ("The federation joined others in refusing to play the team in 2022 cup qualifiers.", THU,
     "refusing", (THU, True, False)),
    # the occasion an event happens at dates it; a deferred thing takes its new date
    ("The leaders urged the president to accept a truce in a Saturday phone call.", THU,
     "urged", ("2022-03-05", False, False)),
    ("The ministers will discuss aid at Tuesday's meeting.", THU, "discuss",
     ("2022-03-15", False, False)),
    ("Court hearing for the detained activist postponed until March 26", THU, "hearing",
     ("2022-03-26", False, False)),
])
def test_the_event_s_own_date(code, text, published, trigger, expected):
    event = _event(code(text, published=published), trigger)
    assert (event.date, event.date_inferred, event.historical) == expected


# ------------------------------------------------------------------ class 6: historical

@pytest.mark.parametrize("text,published,trigger,historical", [
    ("The rebels seized the town two days ago.", THU, "seized", False),
    ("Police detained the editor on Sunday.", MON, "detained", False),
    ("Since 1991, the two states have signed nine treaties.", THU, "signed", False),
    ("The minister discussed energy prices during a visit to Warsaw.", THU, "discussed", False),
    ("The president will discuss the war with the chancellor this week.", THU, "discuss", False),
    ("The minister's trip will echo the king's tour 60 years ago.", THU, "trip", False),
    ("Artillery shelled the port Monday night.", THU, "shelled", False),
    ("Soviet forces killed thousands of officers during World War Two.", THU, "killed", True),
    ("The rebels captured the town three years ago.", THU, "captured", True),
    ("Heavy shelling was heard during a radio interview with the mayor.", THU, "shelling", False),
    ("The minister will discuss food prices during an Asia tour.", THU, "discuss", False),
    ("Fighting flared during the Easter celebrations.", THU, "Fighting", False),
    ("The two kingdoms signed a border treaty in 1921.", THU, "signed", True),
])
def test_historical_only_when_the_event_s_own_time_is_long_past(code, text, published, trigger,
                                                                historical):
    assert _event(code(text, published=published), trigger).historical is historical


@pytest.mark.parametrize("text,trigger", [
    ("Two people were hurt by shelling in a Russian district bordering Estonia.", "shelling"),
    ("Kyiv said 30 soldiers came home in a prisoner swap with Moscow.", "swap"),
    ("Analysts weighed the gaps in negotiations between Armenia and Azerbaijan.", "negotiations"),
    ("Shelling hit a school in Russia-controlled territory overnight.", "hit"),
])
def test_a_place_in_a_modifier_of_the_site_noun_is_not_the_site(code, text, trigger):
    coded = code(text, published=THU)
    found = [e for e in coded.events if e.trigger and trigger in e.trigger.text]
    assert found and all(e.place is None for e in found), [_place_name(coded, e) for e in found]
