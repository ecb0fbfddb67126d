"""Event places, ninth round of issue "core IV": the dateline (or the lead's town) is a prior,
not an override; a famous city over its small namesake; a team's name is no place. Invented
articles, one class per block.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

PUB = "2026-05-12"


def _where(text: str, trigger: str, code):
    coded = code(text, published=PUB)
    return _place(coded, _event(coded, trigger))


# ------------------------------- class: the dateline's place given to an event elsewhere
# the dateline holds for a later physical event only while the story is still there

@pytest.mark.parametrize("text,trigger", [
    # another town named since the story was last in the dateline's town
    ("DENVER (AP) — Police detained three men after a protest outside the capitol on Monday.\n\n"
     "The governor later flew to Pueblo, where she toured a flooded neighborhood. On Tuesday, "
     "gunmen shot two deputies at a traffic stop.", "shot"),
    # another division of the same country, far from the dateline's town
    ("KABUL, Afghanistan — A suicide bomber struck a crowded market on Tuesday, killing at least "
     "a dozen people.\n\nThe Taliban said its fighters had seized two districts in Helmand "
     "province overnight. Gunmen also attacked a checkpoint, officials said.", "attacked"),
    # a part of the country named in between ("southern X") does not hold the capital
    ("BEIRUT — Lebanese troops clashed with gunmen near the airport on Monday.\n\nIsrael's "
     "military said its jets struck targets in southern Lebanon. Soldiers exchanged fire for "
     "hours.", "exchanged"),
])
def test_a_place_named_since_the_dateline_moves_the_story(code, text, trigger):
    assert _where(text, trigger, code) is None


@pytest.mark.parametrize("text,trigger", [
    ("WASHINGTON — The president signed an order on Friday sending 2,000 troops to the southern "
     "border.\n\nTroops were deployed to the border within hours.", "deployed"),
    ("ISLAMABAD — The army said on Sunday it had moved two brigades into the tribal areas.",
     "moved"),
])
def test_a_movement_of_forces_to_a_destination_is_not_at_the_dateline(code, text, trigger):
    assert _where(text, trigger, code) is None


def test_a_foreign_party_s_act_is_not_at_the_dateline(code):
    text = ("LONDON — Britain's foreign secretary condemned Russia on Monday.\n\nRussian troops "
            "shelled villages in the Kharkiv region overnight, killing two civilians. Ukrainian "
            "forces struck an ammunition depot.")
    assert _where(text, "struck", code) is None


@pytest.mark.parametrize("text,trigger,name", [
    # a local report: nothing else named, the dateline holds for a later sentence
    ("DENVER (AP) — Police arrested three men on Monday after a robbery at a downtown bank.\n\n"
     "Officers said the men had shot a security guard. Two of them were later charged.", "shot",
     "Denver"),
    # the national party acts in its own capital
    ("MOSCOW — Russian police detained dozens of protesters on Sunday.\n\nRiot police later "
     "arrested several more demonstrators, witnesses said.", "arrested", "Moscow"),
    # the dateline's country named in between holds its town
    ("NAIROBI, Kenya — Police fired tear gas at protesters on Wednesday as unrest spread across "
     "Kenya.\n\nDemonstrators threw stones at officers, and several were arrested.", "threw",
     "Nairobi"),
    # an attack in a suburb reported from the metropolis: the lead's town, not the dateline's
    ("CHICAGO — A gunman opened fire at a shopping mall in the suburb of Schaumburg on Saturday, "
     "wounding six people.\n\nPolice arrested the suspect after a short chase.", "arrested",
     "Schaumburg"),
])
def test_the_dateline_or_lead_town_holds_while_the_story_stays(code, text, trigger, name):
    place = _where(text, trigger, code)
    assert place is not None and place.name == name, place


def test_the_dateline_s_region_is_no_place_of_the_lead_event(code):
    text = ("BOISE, Idaho — State troopers arrested a man who opened fire at a gas station late "
            "Friday.")
    place = _where(text, "arrested", code)
    assert place is not None and place.name == "Boise", place


def test_a_live_blog_entry_still_takes_no_dateline_town(code):
    text = ("SEATTLE (AP) — Running updates from a busy day of stumping:\n\n10:15 a.m.\n\n"
            "Police arrested two men who scuffled with volunteers outside a rally.")
    assert _where(text, "arrested", code) is None


def test_an_event_with_its_own_place_keeps_it_after_a_move(code):
    text = ("DENVER (AP) — Police detained three men on Monday.\n\nThe governor flew to Pueblo. "
            "Gunmen shot two deputies in Aurora on Tuesday.")
    place = _where(text, "shot", code)
    assert place is not None and place.name == "Aurora", place


# ------------------------------- class: a famous city resolved to a small namesake
# a city known abroad by its bare name is what the name means, as a capital is

def _countries(coded, name):
    return {p.country for p in coded.places if p.name == name}


@pytest.mark.parametrize("text,name,country", [
    ("The governor of Ohio met investors from Toronto and Sydney in Columbus on Friday.",
     "Toronto", "CAN"),
    ("The governor of Ohio met investors from Toronto and Sydney in Columbus on Friday.",
     "Sydney", "AUS"),
    ("Sen. Ann Clark of Florida praised trade talks held in Naples and Milan, speaking to farmers "
     "in Tampa and Orlando.", "Naples", "ITA"),
])
def test_a_famous_city_beats_its_small_namesake(code, text, name, country):
    assert _countries(code(text, published=PUB), name) == {country}


@pytest.mark.parametrize("text,name", [
    ("Flooding hit Naples, Florida, on Sunday, and crews from Tampa helped.", "Naples"),
    ("Storms closed roads in Toronto, Ohio, and Steubenville on Sunday.", "Toronto"),
])
def test_a_qualified_namesake_of_a_famous_city_stays_the_town(code, text, name):
    assert _countries(code(text, published=PUB), name) == {"USA"}


# ------------------------------- class: a team's or a person's name read as a place

@pytest.mark.parametrize("trigger", ["arrested", "clashed"])
def test_a_state_team_is_no_place_of_the_story_s_events(code, trigger):
    text = ("COLUMBUS, Ohio — Police arrested six fans on Saturday.\n\nOhio State beat Michigan "
            "State 24-17, and fans clashed with officers outside the stadium.")
    place = _where(text, trigger, code)
    assert place is not None and place.name == "Columbus", place


def test_a_state_team_name_stays_a_toponym(code):
    coded = code("Ohio State beat Michigan State 24-17 on Saturday before a sellout crowd.",
                 published=PUB)
    assert {"Ohio", "Michigan"} <= {p.name for p in coded.places}, coded.places


@pytest.mark.parametrize("text,surname", [
    ("Jack London and Tom Denver met reporters on Monday.", "London"),
    ("Mike Houston said the council would vote on Friday.", "Houston"),
])
def test_a_surname_that_is_a_town_is_no_place(code, text, surname):
    coded = code(text, published=PUB)
    assert surname not in {p.name for p in coded.places}, coded.places


@pytest.mark.parametrize("text", [
    "Protesters rallied in Houston on Sunday. Mike Houston, a council member, praised them.",
    "Mike Houston, a council member, said crowds gathered in Houston on Sunday.",
])
def test_a_big_city_after_in_stays_a_place_beside_a_namesake_person(code, text):
    coded = code(text, published=PUB)
    assert "Houston" in {p.name for p in coded.places}, coded.places


def test_a_namesake_person_after_from_is_no_town(code):
    coded = code("Mike Houston read a letter from Houston to the council on Monday.",
                 published=PUB)
    assert "Houston" not in {p.name for p in coded.places}, coded.places


@pytest.mark.parametrize("text,name", [
    ("Her uncle, who married into the Kennedy clan, spoke at the fundraiser on Monday.", "Kennedy"),
    ("Senator Ruiz of Ohio, whose wife is of the Kennedy clan, spoke in Dayton on Monday.",
     "Kennedy"),
])
def test_a_surname_before_a_family_noun_is_no_place(code, text, name):
    coded = code(text, published=PUB)
    assert not [p for p in coded.places if p.name == name], coded.places


def test_a_place_before_a_family_noun_stays(code):
    coded = code("A Kharkiv family fled to Poland after shelling destroyed their home in eastern "
                 "Ukraine.", published=PUB)
    assert [p for p in coded.places if p.country == "UKR"], coded.places


# ------------------------------- class: the story's home division over a larger town abroad

def test_a_town_of_the_dateline_s_state_beats_a_larger_namesake_abroad(code):
    coded = code("EUGENE, Ore. (AP) — Loggers blocked a county road on Monday.\n\nIn Salem, the "
                 "state capital, lawmakers debated a timber bill.", published=PUB)
    assert _countries(coded, "Salem") == {"USA"}, coded.places


def test_a_famous_city_abroad_still_beats_the_home_state_s_hamlet(code):
    coded = code("COLUMBUS, Ohio — The governor met investors from Toronto on Monday.",
                 published=PUB)
    assert _countries(coded, "Toronto") == {"CAN"}, coded.places


def test_a_state_s_deployment_announced_in_the_capital_is_not_there(code):
    text = ("WASHINGTON — The Pentagon said Monday it would send 900 more troops to the northern "
            "frontier.\n\nThe defense secretary announced the deployment at a briefing.")
    coded = code(text, published=PUB)
    moves = [e for e in coded.events if e.event == "MOBILIZE"]
    assert moves and all(e.place is None for e in moves), [(e.trigger, _place(coded, e)) for e in moves]


# ------------------------------- class: a town read as an organization
# the model tags a town's bare name ORG; the actor it becomes must not hide the event's place

@pytest.mark.parametrize("text,name", [
    ("Russian forces shelled Kostiantynivka on Monday.", "Kostyantynivka"),
    ("Russian forces shelled the town of Kostiantynivka on Monday.", "Kostyantynivka"),
])
def test_a_town_taken_for_a_body_still_places_the_attack(code, text, name):
    place = _where(text, "shelled", code)
    assert place is not None and place.name == name, place


# ------------------------------- class: a fronted scene lost to a coordinated clause
# "In X, A did this, and B did that": the opening phrase sets the scene of both clauses

@pytest.mark.parametrize("text,trigger,name", [
    ("In Kisumu, rioters burned a market, and police shot two men dead, witnesses said.", "shot",
     "Kisumu"),
    ("At Mosul, militants seized a checkpoint, and troops shelled their positions overnight.",
     "shelled", "Mosul"),
    ("In Kisumu, rioters burned a market, and police shot two men in Nakuru.", "shot", "Nakuru"),
])
def test_a_fronted_place_sets_the_scene_of_every_clause(code, text, trigger, name):
    place = _where(text, trigger, code)
    assert place is not None and place.name == name, place


# ------------------------------- class: the dateline of a story printed with its headline

def test_a_dateline_after_the_headline_and_deck_is_the_dateline(code):
    text = ("Lakeside town counts the cost of a stormy week.\n\nRoads reopen, but schools stay "
            "shut.\n\nSPOKANE, Wash. - Nearly a week after police shot a man here, protests "
            "have faded.\n\nOfficers arrested two men late Saturday after a fight downtown.")
    place = _where(text, "arrested", code)
    assert place is not None and place.name == "Spokane", place


def test_capitals_opening_a_later_paragraph_are_no_dateline_unless_a_town(code):
    text = ("Harbor talks stall again.\n\nUPDATE - Officials said the talks would resume.\n\n"
            "Police arrested two men on Saturday.")
    assert _where(text, "arrested", code) is None


# ------------------------------- class: a nickname resolved to a namesake elsewhere

def test_an_ambiguous_epithet_in_a_datelined_story_is_not_another_state_s_town(code):
    text = ("Rivertown struggles after a night of unrest.\n\nCHARLOTTE - Nearly a week after the "
            "police shooting of a man here sparked protests, the Queen City remains tense.")
    coded = code(text, published=PUB)
    assert "Cincinnati" not in {p.name for p in coded.places}, coded.places
    place = _place(coded, _event(coded, "protests"))
    assert place is not None and place.name == "Charlotte", place


def test_the_dateline_town_s_own_epithet_stays(code):
    coded = code("CINCINNATI - The mayor of the Queen City spoke on Monday.", published=PUB)
    cincinnati = [p for p in coded.places if p.name == "Cincinnati"]
    assert cincinnati and len(cincinnati[0].mentions) == 2, coded.places


# ------------------------------- class: the dateline lent to events that did not happen there
# once: a denied act, or a count of many acts spread over places the text does not give

@pytest.mark.parametrize("text,trigger", [
    ("HAMPTON, Va. - The congressman hosted a picnic on Monday.\n\nHe has spoken at a dozen town "
     "halls and rallies this spring.", "rallies"),
    ("HAMPTON, Va. - The congressman hosted a picnic on Monday.\n\nPolice did not arrest anyone "
     "at the picnic, officials said.", "arrest"),
])
def test_a_denied_or_counted_event_takes_no_dateline_town(code, text, trigger):
    assert _where(text, trigger, code) is None


def test_a_small_count_of_local_events_keeps_the_dateline_town(code):
    text = ("DENVER (AP) — Police arrested three men on Monday after a robbery at a downtown "
            "bank.\n\nOfficers said the men had shot a security guard. Two protests followed.")
    place = _where(text, "protests", code)
    assert place is not None and place.name == "Denver", place


def test_an_event_inside_a_speaker_s_direct_quote_takes_no_dateline_town(code):
    text = ("TOLEDO, Ohio — The former governor spoke at a union hall on Monday.\n\n\"Families "
            "are getting crushed by these fees, and small shops are being killed by the new "
            "rules,\" he told the crowd.")
    coded = code(text, published=PUB)
    placed = [e for e in coded.events if e.event == "ASSAULT" and e.place]
    assert not placed, [(e.trigger, _place(coded, e)) for e in placed]
