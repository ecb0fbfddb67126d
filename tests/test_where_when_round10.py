"""Event places, tenth round of issue "core IV": the dateline's town for a local story's
continuing episode (``events/episode.py``). Invented articles, one class per block.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

PUB = "2026-05-12"


def _where(text: str, trigger: str, code, nth: int = 0):
    coded = code(text, published=PUB)
    if nth:
        found = [e for e in coded.events if e.trigger and e.trigger.text.split()[0] == trigger]
        return _place(coded, found[nth])
    return _place(coded, _event(coded, trigger))


# ------------------------ class: a local episode's later event left unplaced by the prior
# the story names a street, a building, a neighbourhood or the town's own state, and the event
# shares a participant or a scene with the lead: the dateline's town still holds

@pytest.mark.parametrize("text,trigger,name", [
    # a street and a church named in between; the same suspect, police after a shooting
    ("SAVANNAH, Ga. — A gunman opened fire outside a crowded bar on Friday night, wounding "
     "three people, police said.\n\nOfficers chased the suspect along Abercorn Street and traded "
     "shots with him near a church. He escaped in a stolen car.\n\nPolice arrested the man on "
     "Saturday morning at a relative's home.", "arrested", "Savannah"),
    # a protest moves to City Hall; the demonstrators are detained there
    ("AKRON, Ohio — Several hundred protesters rallied downtown on Thursday against the closing "
     "of a public hospital.\n\nThe crowd marched to City Hall and chanted outside the mayor's "
     "office for two hours.\n\nPolice detained six demonstrators who refused to leave the "
     "lobby.", "detained", "Akron"),
    # the town's own (large) state named in between
    ("HOUSTON — A man shot two clerks at a pawn shop on Wednesday, police said.\n\nTexas has "
     "seen a rise in armed robberies this year, state figures show.\n\nOfficers arrested the "
     "gunman a block from the store.", "arrested", "Houston"),
    # the town's own county named in between: deputies search, the gunman is arrested
    ("GREENVILLE, S.C. — Two deputies were shot and wounded while serving a warrant on "
     "Thursday, the sheriff said.\n\nDeputies from Greenville County and state agents searched "
     "the woods overnight. The gunman was arrested on Friday.", "arrested", "Greenville"),
])
def test_a_continuing_episode_keeps_the_dateline_town(code, text, trigger, name):
    place = _where(text, trigger, code)
    assert place is not None and place.name == name, place


def test_a_neighbourhood_in_the_event_s_own_clause_is_no_namesake_town(code):
    text = ("BOISE, Idaho — Protesters gathered outside the county jail on Saturday to demand the "
            "release of a jailed activist.\n\nThe demonstrators later marched into the North End "
            "neighborhood. Officers arrested three protesters there for blocking traffic.")
    for trigger in ("marched", "arrested"):
        place = _where(text, trigger, code)
        assert place is not None and place.name == "Boise", (trigger, place)


def test_a_named_neighbourhood_is_no_namesake_town(code):
    # "the Fairview neighborhood": a part of the dateline's town, not a Fairview elsewhere
    text = ("TUCSON, Ariz. — A fire gutted a furniture store in the Fairview neighborhood early "
            "Monday.\n\nFirefighters fought the blaze for four hours. Investigators arrested a "
            "man on suspicion of arson on Tuesday.")
    place = _where(text, "arrested", code)
    assert place is not None and place.name == "Tucson", place


@pytest.mark.parametrize("text,trigger,name", [
    ("MOBILE, Ala. — A gunman shot two people at a bus stop on Monday, police said.\n\n\"My son "
     "had just moved here from Atlanta to find work,\" said Rita Coles, the mother of one victim."
     "\n\nOfficers arrested the suspect on Tuesday.", "arrested", "Mobile"),
    # a capitalised plural after the dateline ("Protesters", tagged a proper noun) is a crowd
    ("SALEM, Ore. — Protesters occupied the lobby of a state office building on Friday to oppose "
     "a logging plan.\n\n\"We will stay here like we stayed in Eugene last year,\" said Tom "
     "Reyes, one of the organizers.\n\nState troopers removed and detained eleven protesters "
     "on Saturday.", "detained", "Salem"),
])
def test_a_town_named_in_a_quote_does_not_move_the_episode(code, text, trigger, name):
    place = _where(text, trigger, code)
    assert place is not None and place.name == name, place


def test_a_foreign_private_person_in_a_local_episode_takes_the_town(code):
    # a tourist is a private person: the party-country condition does not refuse the episode
    text = ("BANGKOK — A British tourist was stabbed outside a hostel on Sunday, police said.\n\n"
            "Officers said the attacker fled on a motorbike. The British tourist was stabbed again "
            "hours later by the same attacker.")
    for nth in (0, 1):
        place = _where(text, "stabbed", code, nth)
        assert place is not None and place.name == "Bangkok", (nth, place)


# ---------------------------------------------- near misses: the episode does not hold them

@pytest.mark.parametrize("text,trigger", [
    # another town named in between, even with the same participants
    ("TOLEDO, Ohio — Police arrested a man on Monday after a shooting at a grocery store that "
     "wounded two shoppers.\n\nIn Dayton, about 150 miles south, the governor spoke at a "
     "graduation.\n\nOfficers detained a second man on Tuesday.", "detained"),
    # a foreign army in its own seat
    ("EL PASO, Texas — A gunman shot a security guard at a shopping center on Friday, police "
     "said.\n\nThe Mexican army detained two men across the border on Saturday, officials "
     "said.", "detained"),
    # another state far from the town, named in between
    ("PORTLAND, Maine — Police arrested a man on Monday after a stabbing at a ferry terminal.\n\n"
     "The man had lived in Florida until last year, officials said. Officers detained his "
     "brother on Tuesday.", "detained"),
    # a movement of forces sent elsewhere
    ("DENVER — Protesters blocked a highway on Monday after a police shooting.\n\nThe governor "
     "deployed Guard units to the frontier on Tuesday.", "deployed"),
])
def test_near_misses_stay_unplaced(code, text, trigger):
    assert _where(text, trigger, code) is None


def test_no_shared_participant_no_relaxation(code):
    # the event shares no participant or scene with the lead: the building named since moved
    # the story as in round 9 (no place is better than a wrong one)
    from parley.nlp.events.episode import EPISODE_KINDS
    assert "senator" not in set().union(*EPISODE_KINDS.values())
    text = ("RALEIGH, N.C. — A fire destroyed a tobacco warehouse on Tuesday, officials said.\n\n"
            "Senators held a hearing on Main Street on Wednesday. Senators later clashed with "
            "aides.")
    place = _where(text, "clashed", code)
    assert place is None or place.name != "Raleigh", place
