"""Event arguments, round 11 (invented sentences; docs/components/events.md): agents of nominal
and passive triggers in war headlines. Each test names its class."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries as _countries
from tests.event_helpers import trigger as _trigger

PUB = "2022-06-01"


def _names(doc, ids):
    return {doc.actor(a).name for a in ids}


# ------------------------------------------- class 1: demonym or possessive on a nominal trigger

@pytest.mark.parametrize("text,word,actor", [
    ("Mayor says school was damaged by renewed Azerbaijani shelling on Friday", "shelling", {"AZE"}),
    ("Farmer says his barn suffered heavy damage from Armenian shelling", "shelling", {"ARM"}),
    ("Two bridges were damaged by renewed Armenian drone strikes", "strikes", {"ARM"}),
    ("Shops in Goris closed following Armenian artillery fire", "fire", {"ARM"}),
])
def test_class1_demonym_before_the_event_noun(code, text, word, actor):
    """The demonym right before an attack noun (over adjectives, participles and weapon
    nouns) names the attacker, also inside a by/from phrase the parser breaks."""
    event = _trigger(code(text, PUB), word)
    assert event.event == "ASSAULT"
    assert _countries(code(text, PUB), event.actor) == actor


def test_class1_possessor_of_a_decision_noun(code):
    """"X's partial call-up decision": the possessor of the noun the trigger qualifies acts."""
    doc = code("Tokayev's partial mobilization decision is necessary, Almaty mayor says", PUB)
    event = _trigger(doc, "mobilization")
    assert [n for n in _names(doc, event.actor) if "Tokayev" in n]


def test_class1_phrase_attack_outranks_the_clause_subject(code):
    """"X blocks roads amid Y missile strikes": Y strikes, not the clause subject X (the
    parser reads "strikes" as a verb of X's clause)."""
    doc = code("Georgians block exits from occupied Gori amid rising number of Russian missile strikes", PUB)
    strikes = [e for e in doc.events if e.event == "ASSAULT"]
    assert strikes
    for event in strikes:
        assert _countries(doc, event.actor) == {"RUS"}


def test_class1_retreat_in_the_movers_clause(code):
    """"Troops took X in retreat": the retreat is the clause subject's."""
    doc = code("Syrian troops took cars and food from Idlib province in retreat, rebels say", PUB)
    event = _trigger(doc, "retreat")
    assert event.event == "RETREAT"
    assert _countries(doc, event.actor) == {"SYR"}


def test_class1_country_name_on_aid_is_the_receiver(code):
    """"official says more X aid could be announced": X receives, the speaker's side gives."""
    doc = code("White House official says more Moldova aid could be announced soon", PUB)
    event = _trigger(doc, "aid")
    assert "MDA" not in _countries(doc, event.actor)
    assert "MDA" in _countries(doc, event.recipient)


def test_class1_country_name_on_assistance_pledge_is_the_receiver(code):
    """"allies ready to do more on X economic assistance": X receives (also as a name modifier)."""
    doc = code("G7 nations ready to do more on Moldova economic assistance, minister says", PUB)
    event = _trigger(doc, "assistance")
    assert "MDA" not in _countries(doc, event.actor)
    assert "MDA" in _countries(doc, event.recipient)


def test_class1_country_name_alone_on_aid_gives_it(code):
    doc = code("Danish aid arrives in Odesa", PUB)
    assert _countries(doc, _trigger(doc, "aid").actor) == {"DNK"}


# ------------------------------------------- class 2: victims of passive killing, "fired on"

@pytest.mark.parametrize("text,word,target", [
    ("Teenager killed by shelling near Aleppo", "killed", {"SYR"}),
    ("Syrian boy survived an airstrike that killed his father", "killed", {"SYR"}),
    ("Toddler killed in missile strike on Libyan maternity hospital was two years old", "killed", {"LBY"}),
    ("Several dead after civilian convoy leaving Aleppo fired on, witnesses say", "fired", {"SYR"}),
])
def test_class2_victim_is_the_target(code, text, word, target):
    """The one killed or fired on is the target, never the source."""
    doc = code(text, PUB)
    event = _trigger(doc, word)
    assert event.event == "ASSAULT"
    assert not event.actor
    assert _countries(doc, event.recipient) == target


def test_class2_active_fired_on_keeps_its_subject(code):
    doc = code("Rebels fired on a Syrian patrol near the border", PUB)
    event = _trigger(doc, "fired")
    assert "SYR" not in _countries(doc, event.actor)


# ------------------------------------------- class 3: a closing speaker is not the doer

@pytest.mark.parametrize("text,word", [
    ("Shelling resumes near Idlib, Syrian officer says", "Shelling"),
    ("Heavy fighting continues near Bakhmut, Ukrainian general says", "fighting"),
])
def test_class3_closing_speaker_is_not_the_source(code, text, word):
    doc = code(text, PUB)
    assert not _trigger(doc, word).actor


def test_class3_named_doer_before_the_speaker_stays(code):
    doc = code("Russia shelled Kharkiv overnight, Ukraine says", PUB)
    assert _countries(doc, _trigger(doc, "shelled").actor) == {"RUS"}


# ------------------------------------------- class 4: the shooter, not the weapon's maker

@pytest.mark.parametrize("text,actor", [
    ("Armenian army says it shot down 5 Turkish-made drones overnight", {"ARM"}),
    ("Georgia claims to have shot down drone launched from Russia", {"GEO"}),
])
def test_class4_shooter_is_the_source(code, text, actor):
    doc = code(text, PUB)
    event = _trigger(doc, "shot")
    assert _countries(doc, event.actor) == actor
    assert "TUR" not in _countries(doc, event.recipient)


# ------------------------------------------- class 5: an event noun is no actor

def test_class5_event_noun_is_no_actor(code):
    doc = code("Cyberattack hits major Georgian bank, officials say", PUB)
    for event in doc.events:
        assert "Cyberattack" not in _names(doc, event.actor + event.recipient)


def test_class5_shared_premodifier_is_no_organisation(code):
    """"destroyed X radio and electronic intelligence centers": "radio" premodifies the
    centers; the demonym names whose centers were hit, and no "radio" actor is made a target."""
    text = "Turkey says it has destroyed Syrian radio and electronic intelligence centers in the north"
    doc = code(text, PUB)
    event = _trigger(doc, "destroyed")
    assert not [n for n in _names(doc, event.recipient) if "radio" in n.lower()]
    assert _countries(doc, event.recipient) == {"SYR"}


def test_class5_a_radio_station_as_speaker_stays(code):
    doc = code("Syrian radio accused Turkey of shelling border villages", PUB)
    event = _trigger(doc, "accused")
    assert "SYR" in _countries(doc, event.actor)
