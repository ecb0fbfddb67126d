"""Event places, fourteenth round of issue "core IV": the place of another noun, clause or role
is not the event's. Invented sentences, one class per block (``nlp/events/routes.py``,
``nlp/events/where.py`` ``_scene_heads``), each with sentences that must lose the place and
sentences that must keep it.
"""
from __future__ import annotations

import pytest
import yaml

from parley.lexicon import LEXICON_DIR
from tests.event_helpers import place_name as _place
from tests.event_helpers import starting_with as _event

PUB = "2023-04-02"
CUES = yaml.safe_load((LEXICON_DIR / "place_cues.yaml").read_text("utf-8"))


def _assert_lost(code, text: str, trigger: str, lost: str) -> None:
    """The event of ``trigger`` is not placed at a place named like ``lost``."""
    coded = code(text, published=PUB)
    place = _place(coded, _event(coded, trigger))
    assert place is None or lost not in place, place


def _assert_kept(code, text: str, trigger: str, kept: str) -> None:
    """The event of ``trigger`` is placed at a place named like ``kept``."""
    coded = code(text, published=PUB)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and kept in place, place

# ------------------------ class: the start or end of another word's route
# "families fleeing X", "a mission to X", "pipes to X", "drones launched from X": where a
# journey starts or ends, not where the event told on the way happened


@pytest.mark.parametrize("text,trigger,lost", [
    ("Villagers fleeing Kupiansk were wounded when shells hit their minibus.", "wounded",
     "Kupiansk"),
    ("A convoy on a relief mission to Avdiivka was shelled on Tuesday, volunteers said.",
     "shelled", "Avdiivka"),
    ("Engineers are repairing water pipes to Sumy after both were blown up overnight.", "blown",
     "Sumy"),
    ("Drones launched from the Kursk region struck a fuel depot, the governor said.", "struck",
     "Kursk"),
    (CUES["route"]["example"], "artillery", "Sumy"),
])
def test_a_route_s_start_or_end_is_not_the_event_s_place(code, text, trigger, lost):
    _assert_lost(code, text, trigger, lost)


@pytest.mark.parametrize("text,trigger,kept", [
    ("Shelling continued in Kharkiv on Sunday.", "Shelling", "Kharkiv"),
    ("Fighting raged on the approaches to Bakhmut overnight.", "Fighting", "Bakhmut"),
    ("Russian troops withdrew from Kherson on Friday.", "withdrew", "Kherson"),
    ("Russia sent more troops to Belgorod, officials said.", "sent", "Belgorod"),
    ("Two people were killed in Nikopol due to heavy shelling.", "killed", "Nikopol"),
    ("Families fled to Zaporizhzhia after shelling destroyed their homes in Polohy.", "shelling",
     "Polohy"),
    ("Three civilians were wounded in Kramatorsk after missiles fired from the Donetsk region "
     "hit a market.", "wounded", "Kramatorsk"),
    ("Residents of Irpin were evacuated as the shelling intensified.", "shelling", "Irpin"),
    ("Russia moved tanks armed with new guns to Belgorod, officials said.", "moved", "Belgorod"),
    ("Two people were killed as shells hit villages to the north of Okhtyrka.", "killed",
     "Okhtyrka"),
    ("Volunteers driving to Kupiansk were wounded by shelling near the village of "
     "Petropavlivka.", "wounded", "Petropavlivka"),
    ("Troops shelled the suburbs overnight and then pushed toward Izium, officials said.",
     "shelled", "Izy"),
])
def test_the_event_s_own_route_or_site_stays(code, text, trigger, kept):
    _assert_kept(code, text, trigger, kept)


# a site word with "the" in the event's own phrase points back to a place named before, often
# the route's end: that end stays
@pytest.mark.parametrize("text,trigger,kept", [
    ("Nuclear inspectors went to the Rivne plant despite shelling near the facility, officials "
     "said.", "shelling", "Rivne"),
    ("A ferry left Berdiansk port a year after troops seized the city.", "seized", "Berd"),
    ("Monitors headed to Kramatorsk even as rockets hit the town.", "hit", "Kramatorsk"),
])
def test_a_route_s_end_named_again_by_a_site_word_stays(code, text, trigger, kept):
    _assert_kept(code, text, trigger, kept)


# ------------------------ class: the event as the source or goal of another word
# "her release from detention", "a response to the swap": the clause it hangs on tells another
# act, whose site is not the event's


@pytest.mark.parametrize("text,trigger,lost", [
    ("The reporter is expected to land in Vilnius following her release from Russian detention.",
     "detention", "Vilnius"),
    ("Officials in Warsaw were angered by Minsk's slow response to the proposed prisoner "
     "exchange.", "prisoner", "Warsaw"),
    ("Aid workers in Dnipro fled from the heavy shelling on Sunday.", "shelling", "Dnipro"),
])
def test_an_event_that_is_another_word_s_source_or_goal_takes_no_site_of_its_clause(
        code, text, trigger, lost):
    _assert_lost(code, text, trigger, lost)


# ------------------------ class: the object of the verb an event noun is an adjunct of
# "justify the war on X at a Y rally": the verb's object is another thing, not the event's
# target; the rally is placed by its own name


@pytest.mark.parametrize("text,trigger,kept", [
    ("Speakers at a Tver rally praised the war on Georgia.", "rally", "Tver"),
    ("Speakers at a Kursk protest condemned the strikes on Belgorod.", "protest", "Kursk"),
    ("Crowds at a Voronezh rally cheered the attack on Kharkiv.", "rally", "Voronezh"),
])
def test_the_governing_verb_s_object_is_not_an_adjunct_event_s_target(code, text, trigger, kept):
    _assert_kept(code, text, trigger, kept)


@pytest.mark.parametrize("text,trigger,kept", [
    ("Homes in Kharkiv were destroyed in an overnight strike.", "destroyed", "Kharkiv"),
    ("Five people died in Kharkiv after overnight shelling.", "shelling", "Kharkiv"),
    ("Crowds at a Voronezh rally cheered the attack on Kharkiv.", "attack", "Kharkiv"),
])
def test_a_passive_subject_s_site_or_the_clause_s_site_stays(code, text, trigger, kept):
    _assert_kept(code, text, trigger, kept)
