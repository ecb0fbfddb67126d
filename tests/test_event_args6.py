"""Event arguments, sixth round (invented sentences): the actor-slot classes of issue "core
III": attacked places and casualties as targets (1), lost sources (2), agents of embedded
and twin events (3), weapons and victims in the wrong slot (5).
Each test names its class."""
from __future__ import annotations

import pytest
import yaml

from parley.lexicon import lexicon_path
from parley.nlp.events import load_modifiers
from tests.event_helpers import countries as _countries
from tests.event_helpers import names as _names
from tests.event_helpers import trigger as _trigger

MODIFIERS = load_modifiers()

# ---------------------------------------------------------------- class 1: an attacked place


@pytest.mark.parametrize("text,word,actor,target", [
    ("Saudi jets bombed Sanaa on Tuesday", "bombed", {"SAU"}, {"YEM"}),
    ("Kharkiv was shelled overnight, the governor says", "shelled", set(), {"UKR"}),
    ("Insurgents fired a dozen rockets toward Kabul airport", "fired", set(), {"AFG"}),
    ("New strikes on a village in Idlib province, monitors say", "strikes", set(), {"SYR"}),
])
def test_class1_attacked_place_is_the_target(code, text, word, actor, target):
    """A named place that is the object, passive subject or "toward/on" object of an assault
    gives its country's state as the target, with or without a named attacker."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert event.event == "ASSAULT"
    assert _countries(doc, event.actor) == actor
    assert _countries(doc, event.recipient) == target


def test_class1_a_venue_is_not_a_target(code):
    """"arrested in X", "talks in X": the place where a coercion or a meeting happens is a
    venue, not the one acted on."""
    doc = code("Police arrested 30 students in Tehran", published="2022-06-01")
    event = _trigger(doc, "arrested")
    assert "iran" not in _names(doc, event.recipient)
    doc = code("The foreign ministers held talks in Geneva", published="2022-06-01")
    assert all(not e.recipient for e in doc.events)


@pytest.mark.parametrize("text,word,victims", [
    ("Four civilians wounded by Syrian shelling in Aleppo", "wounded", {"SYR"}),
    ("Ugandan drones struck rebel camps outside Goma, killing six villagers", "struck", {"COD"}),
    ("Three residents wounded by Eritrean shelling in Mekelle", "wounded", {"ETH"}),
])
def test_class1_casualties_take_the_country_of_the_place(code, text, word, victims):
    """Casualties are the target, people of the country where they were struck; the
    attacker's demonym ("Eritrean artillery") never makes them the attacker's people."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert _countries(doc, event.recipient) == victims


# ---------------------------------------------------------------- class 5: weapons are not actors


def test_class5_named_weapon_is_not_a_person(code):
    """"Zircon missiles": a weapon system's name qualifying its type is no person."""
    doc = code("Supersonic Zircon missiles destroyed an ammunition depot, the navy says",
               published="2022-06-01")
    assert not any(a.kind == "person" and "zircon" in a.name.lower() for a in doc.actors)


def test_class5_weapon_user_is_the_attacker(code):
    """"drones used by X hit Y": the user attacks; the maker ("Turkish-made") is no party."""
    doc = code("Turkish-made drones used by Azerbaijani forces hit a village", published="2022-06-01")
    event = _trigger(doc, "hit")
    assert _countries(doc, event.actor) == {"AZE"}


def test_class3_push_carries_an_offensive(code):
    """A support verb "push" carries its event noun: its subject is the offensive's source."""
    doc = code("Bolivia pushes a new offensive against smugglers", published="2022-06-01")
    event = _trigger(doc, "offensive")
    assert _countries(doc, event.actor) == {"BOL"}


# ---------------------------------------------------------------- class 5: a victim as possessor


@pytest.mark.parametrize("text,word", [
    *[(c.example, "assassination") for c in MODIFIERS.victim_possessor],
    ("Protests followed the mayor's assassination in Ica", "assassination"),
    ("Riots followed Omar Haddad's killing in Mombasa", "killing"),
])
def test_class5_person_possessor_of_harm_is_the_target(code, text, word):
    """"the senator's assassination": the person whose harm it is suffers it; never the doer."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert not event.actor
    assert event.recipient


def test_class5_state_possessor_of_harm_still_acts(code):
    """"Peru's arrest of three fishermen": a state's possessive names the doer."""
    doc = code("Peru's detention of three Chilean fishermen angered Santiago", published="2022-06-01")
    event = _trigger(doc, "detention")
    assert _countries(doc, event.actor) == {"PER"}


# ---------------------------------------------------------------- class 2/3: lost sources


def test_class2_relative_clause_on_a_predicate_noun_is_told_of_the_subject(code):
    """"X is a veteran campaigner who pledged …": X pledged, not the predicate noun."""
    doc = code("Governor Ana Ruiz is a tireless campaigner who has pledged to meet the strikers",
               published="2022-06-01")
    event = _trigger(doc, "pledged")
    assert "ana ruiz" in _names(doc, event.actor)


@pytest.mark.parametrize("text,word,source", [
    ("The senator posted a series of tweets attacking Governor Ana Ruiz", "attacking", "senator"),
    ("Kenya issued a string of statements condemning Uganda", "condemning", "kenya"),
])
def test_class3_gerund_on_a_counted_noun_is_done_by_the_poster(code, text, word, source):
    """"posted a series of tweets criticizing X": the one who posted the series criticizes."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert any(source in n for n in _names(doc, event.actor))


@pytest.mark.parametrize("text,word,source", [
    ("President Tinubu tells reporters he will visit Ghana next week", "visit", "tinubu"),
    ("Moscow plays up Beijing's backing as it withdraws from Kherson", "withdraws", "russia"),
])
def test_class3_subject_pronoun_of_a_subordinate_clause_is_the_governing_subject(
        code, text, word, source):
    """Subject parallelism: "X tells Y he will visit", "X … as it withdraws" — X acts."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert any(source in n for n in _names(doc, event.actor))


def test_class2_relative_clause_on_a_coordinated_predicate_of_a_conjoined_copula(code):
    """"X incites violence and is a liar and a cheat who pledged …": X pledged."""
    doc = code("Governor Ana Ruiz often mocks critics and is a showman and a schemer who has "
               "pledged to meet the strikers", published="2022-06-01")
    event = _trigger(doc, "pledged")
    assert "ana ruiz" in _names(doc, event.actor)


@pytest.mark.parametrize("text,actor,target", [
    ("At least three killed and nine wounded as Sudanese jets pummel Kauda", {"SDN"}, set()),
    ("Four killed as Syrian jets pummel Idlib", {"SYR"}, set()),
])
def test_class3_toll_and_its_attack_are_one_event_with_the_attacker(code, text, actor, target):
    """"N killed as X pummels Y": one attack told twice; the attacker named on the twin is
    the attacker of the toll."""
    doc = code(text, published="2022-06-01")
    assaults = [e for e in doc.events if e.event == "ASSAULT"]
    assert len(assaults) == 1
    assert _countries(doc, assaults[0].actor) == actor


@pytest.mark.parametrize("text,word,country", [
    ("Christie slammed the governor on Friday.", "slammed", "USA"),
    ("Cruz blasted the senators over the vote.", "blasted", "USA"),
    ("Wallace criticized Moscow over the drills.", "criticized", "GBR"),
])
def test_class2_bare_known_surname_the_ner_missed_is_the_source(code, text, word, country):
    """A one-word subject that is the surname of known people of one country is a person of
    that country, even when the NER read it as a body or a place."""
    doc = code(text, published="2016-06-01")
    event = _trigger(doc, word)
    people = [doc.actor(i) for i in event.actor]
    assert people and all(p is not None and p.kind == "person" and p.country == country
                          for p in people)


def test_class2_surname_route_leaves_other_subjects_alone(code):
    """Words that are no known surname stay as they were ("Gazprom cut …" is not a person)."""
    doc = code("Gazprom cut gas deliveries to Latvia.", published="2022-06-01")
    assert not any(a.kind == "person" for a in doc.actors)


@pytest.mark.parametrize("text,word", [
    ("Tenant advocacy organizations sued the city over the evictions.", "sued"),
    ("Civil liberties groups criticized the surveillance bill.", "criticized"),
])
def test_class2_descriptive_advocacy_group_is_the_source(code, text, word):
    """"advocacy organizations", "civil liberties groups": an unnamed body of advocates acts."""
    doc = code(text, published="2016-06-01")
    event = _trigger(doc, word)
    assert any(doc.actor(i).kind == "group" for i in event.actor)


@pytest.mark.parametrize("text,victims", [
    ("Two Ukrainian soldiers died after shelling in Bakhmut", {"UKR"}),
    ("Three Syrian soldiers died after shelling near Idlib", {"SYR"}),
])
def test_class5_the_dead_are_victims_of_the_attack_in_their_phrase(code, text, victims):
    """"X died after shelling": X was shelled; the gerund's subject climb must not make the
    dead the attackers."""
    doc = code(text, published="2022-06-01")
    event = next(e for e in doc.events if e.event == "ASSAULT")
    assert not event.actor
    assert _countries(doc, event.recipient) == victims


# ---------------------------------------------------------------- class 4: reciprocal parties


@pytest.mark.parametrize("text,parties", [
    ("Macron asked Scholz about gas prices in a phone call on Monday", {"FRA", "DEU"}),
    ("Erdogan told Putin in a phone conversation that the corridor must stay open",
     {"TUR", "RUS"}),
])
def test_class4_speaker_and_addressee_are_both_parties_of_the_call(code, text, parties):
    """"X asked/told Y … in a phone call": both take part in the call, so both are its source
    (reciprocal event, empty target)."""
    doc = code(text, published="2022-06-01")
    event = next(e for e in doc.events if e.event == "CONSULT")
    assert _countries(doc, event.actor) == parties
    assert not event.recipient


# ---------------------------------------------------------------- class 5: a possessor's country


@pytest.mark.parametrize("text,word,target", [
    ("World leaders expressed outrage over Iran's latest missile launch.", "outrage", {"IRN"}),
    ("Regional envoys expressed outrage at Eritrea's border closure.", "outrage", {"ERI"}),
])
def test_class5_possessor_of_the_condemned_act_is_the_target_not_the_critics_country(
        code, text, word, target):
    """"leaders expressed outrage over X's launch": X is the target; the leaders, named by
    no country, are not X's people."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert _countries(doc, event.recipient) == target
    assert not _countries(doc, event.actor) & target


def test_class5_weapon_lexicon_example_names_no_person(code):
    """Every weapon word of place_cues.yaml ``weapon``: its example names no person."""
    cues = yaml.safe_load(lexicon_path("place_cues.yaml").read_text(encoding="utf-8"))
    doc = code(cues["weapon"]["example"], published="2022-06-01")
    assert not any(a.kind == "person" for a in doc.actors), doc.actors


def test_class5_named_person_keeps_the_country_of_a_possessor_in_the_sentence(code):
    """The possessor rule is for unnamed groups only: a named officer who resigned "to allow
    Peru's first free elections" is still Peruvian."""
    doc = code("General Ana Ruiz resigned yesterday to allow Peru's first free elections to "
               "take place.", published="1990-06-01")
    event = _trigger(doc, "resigned")
    assert _countries(doc, event.actor) == {"PER"}


def test_class3_a_hosted_meeting_lends_no_actor_to_its_twin(code):
    """"the meeting, hosted by X": X hosts (third party); the meeting stays one event with
    the talks it refers back to."""
    doc = code("Chadian and Nigerien envoys held talks in Rabat on Monday. The meeting, hosted "
               "by the Moroccan foreign ministry, lasted four hours.", published="2023-05-01")
    consults = [e for e in doc.events if e.event == "CONSULT"]
    assert len(consults) == 1
    assert _countries(doc, consults[0].actor) == {"TCD", "NER"}


@pytest.mark.parametrize("text,word,country", [
    ("The governor of Sumy urged residents to stay in shelters", "urged", "UKR"),
    ("The governor of Kisumu urged residents to boil water", "urged", "KEN"),
])
def test_class5_residents_addressed_take_the_country_of_the_named_town(code, text, word, country):
    """"the governor of X urged residents": the one country the sentence names (a town the
    NER left untagged counts) is the residents' country."""
    doc = code(text, published="2022-06-01")
    event = _trigger(doc, word)
    assert _countries(doc, event.recipient) == {country}
