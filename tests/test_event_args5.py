"""Event arguments, fifth round (invented sentences; docs/components/events.md): the classes of
issue 11's third round. Each test names its class."""
from __future__ import annotations

import pytest

from parley.nlp.events import load_modifiers
from tests.event_helpers import countries as _countries
from tests.event_helpers import trigger as _trigger

# ---------------------------------------------------------------- class 3: an interceptor

@pytest.mark.parametrize("text,word,actor,target", [
    ("Chilean forces shot down 12 Peruvian drones over Arica", "shot", {"CHL"}, {"PER"}),
    ("Chad says its air force shot down 7 of 9 Libyan missiles", "shot", {"TCD"}, {"LBY"}),
    ("Peru says its air defenses intercepted 30 Bolivian rockets", "intercepted", {"PER"}, {"BOL"}),
    ("Eleven Bolivian rockets intercepted over La Paz, governor says", "intercepted", set(), {"BOL"}),
    ("Kenyan air defenses intercepted a Somali missile aimed at Nairobi", "intercepted", {"KEN"}, {"SOM"}),
    ("Chilean forces shot down 12 drones over Arica", "shot", {"CHL"}, set()),
])
def test_class3_interceptor_is_the_source(code, text, word, actor, target):
    """Round 11 (redoing round 8's rule, as the judges read it): whoever shoots down or
    intercepts a missile, rocket or drone is the source of the ASSAULT; the projectile's owner,
    named on it, is the target."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert event.event == "ASSAULT"
    assert _countries(doc, event.actor) == actor
    assert _countries(doc, event.recipient) == target


def test_class3_a_shot_down_aircraft_is_the_target(code):
    """A helicopter or plane shot down is itself attacked: the shooter stays the attacker."""
    doc = code("Chilean forces shot down a Peruvian helicopter", published="2022-06-01")
    event = _trigger(doc, "shot")
    assert _countries(doc, event.actor) == {"CHL"}
    assert _countries(doc, event.recipient) == {"PER"}


# ---------------------------------------------------------------- class 1: a target by preposition

@pytest.mark.parametrize("text,word,event,target", [
    ("Chad launched an investigation into the Nigerian army", "investigation", "ACCUSE", {"NGA"}),
    ("Peru opens probe into Chilean border guards", "probe", "ACCUSE", {"CHL"}),
    ("Peru opened an inquiry into the Chilean navy", "inquiry", "ACCUSE", {"CHL"}),
    ("Kenya expressed sympathy with Somalia", "sympathy", "SUPPORT", {"SOM"}),
    ("Chile expressed solidarity with Bolivia after the floods", "solidarity", "SUPPORT", {"BOL"}),
])
def test_class1_event_noun_names_its_target_by_preposition(code, text, word, event, target):
    """"an investigation into X", "solidarity with X": the noun's own preposition names the
    one the act is aimed at, on the noun or on the verb that carries it."""
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert found.event == event
    assert _countries(doc, found.recipient) == target


@pytest.mark.parametrize("text,word,target", [
    ("Peruvian troops fired rockets at Arica", "fired", {"CHL"}),
    ("Peruvian jets carried out strikes on Arica", "strikes", {"CHL"}),
    ("Kenyan jets launched missiles at Kismayo", "launched", {"SOM"}),
    ("Peruvian troops fired rockets at Lima", "fired", set()),  # the attacker's own city
])
def test_class1_attack_aimed_at_a_place_targets_its_state(code, text, word, target):
    """"fired rockets at X", "strikes on X": a place the attack is aimed at gives its state as
    the target, added to the article's actors when the text names the state nowhere else."""
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert found.event == "ASSAULT"
    assert _countries(doc, found.recipient) == target
    for i in found.recipient:
        actor = doc.actor(i)
        assert actor is not None and actor.kind == "state" and actor.name


# ---------------------------------------------------------------- class 2: a headline gerund

@pytest.mark.parametrize("text,word,actor,target", [
    ("Peruvian navy blockading Chilean ports, sources say", "blockading", {"PER"}, {"CHL"}),
    ("Bolivian forces shelling Chilean border posts", "shelling", {"BOL"}, {"CHL"}),
    ("Chadian rebels attacking Sudanese army convoys", "attacking", {"TCD"}, {"SDN"}),
])
def test_class2_telegraphic_headline_gerund_takes_the_noun_before_it(code, text, word, actor,
                                                                     target):
    """"X shelling Y": the parser makes X the root and the gerund its clause; X is the doer."""
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert _countries(doc, found.actor) == actor
    assert _countries(doc, found.recipient) == target


@pytest.mark.parametrize("text", [
    "Lima's new wall, pushing for stricter border checks, worried Bolivia",
    "The Chilean plan, calling for new talks, was shelved",
])
def test_class2_no_gerund_subject_across_a_comma(code, text):
    """A gerund after a comma is no telegraphic headline: the noun before it is not its doer."""
    doc = code(text, published="2022-06-01")
    for event in doc.events:
        if event.trigger.text.split()[0] in ("pushing", "calling"):
            assert not event.actor


# ---------------------------------------------------------------- class 4: actor records

@pytest.mark.parametrize("text,name,country", [
    ("The Guayaquil mayor accused Peru of blocking the port", "guayaquil mayor", "ECU"),
    ("Guayaquil residents accused Peru of blocking the port", "ecuadorian residents", "ECU"),
    ("Mombasa officials accused Somalia of smuggling arms", "kenyan officials", "KEN"),
])
def test_class4_a_city_the_tagger_misread_still_gives_the_role_its_country(code, text, name,
                                                                            country):
    """"<city> residents/mayor/officials": the city's country, even when the tagger read the
    city as an organisation or a people, and not the other country the sentence names."""
    doc = code(text, published="2022-06-01")
    found = [a for a in doc.actors if a.name.lower() == name]
    assert found, [(a.name, a.country) for a in doc.actors]
    assert found[0].country == country


@pytest.mark.parametrize("text,name", [
    ("A Chadian battalion crossed the river into the disputed zone", "chadian battalion"),
    ("Two Kenyan brigades moved toward the Somali frontier", "kenyan brigades"),
])
def test_class4_demonym_military_formation_is_a_group_not_the_state(code, text, name):
    doc = code(text, published="2022-06-01")
    found = [a for a in doc.actors if a.name.lower() == name]
    assert found and found[0].kind == "group" and found[0].sector == "MIL"


def test_class4_an_organisation_before_a_role_is_not_a_place(code):
    doc = code("Boeing workers protested against the pay cut", published="2022-06-01")
    assert any(a.name == "Boeing workers" for a in doc.actors)


# ---------------------------------------------------------------- passives in a reciprocal noun

@pytest.mark.parametrize("cue", load_modifiers().participation, ids=lambda c: "/".join(sorted(c.lemmas))[:40])
def test_participation_example_makes_the_subjects_parties(code, cue):
    doc = code(cue.example, published="2022-06-01")
    assert any(len(e.actor) >= 2 for e in doc.events), [(e.event, e.actor) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Kenya says 12 soldiers were returned in a prisoner swap with Somalia",
    "Thirty sailors were handed over in a prisoner swap with the rebels, the navy said",
    "Nine fishermen were freed in a prisoner exchange with Eritrea on Monday",
])
def test_people_moved_in_an_exchange_are_not_its_parties(code, text):
    """A passive other than one of taking part ("were returned/handed over/freed in a swap")
    says what was done to its subject: the exchanged people are not the exchange's actors."""
    doc = code(text, published="2022-06-01")
    swaps = [e for e in doc.events if e.event == "RETREAT"]
    assert swaps, [(e.event, e.trigger.text) for e in doc.events]
    named = {doc.actor(i).name.lower() for e in swaps for i in e.actor if doc.actor(i)}
    assert not named & {"soldiers", "sailors", "fishermen", "12 soldiers", "thirty sailors",
                        "nine fishermen"}, named
