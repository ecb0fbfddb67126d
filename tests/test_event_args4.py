"""Event arguments, fourth round (invented sentences; docs/components/events.md): a headline's
speaker before a colon, a possessor shared by coordinated event nouns, parties named on a
participle, a gerund read as a verb, "welcome X to Y", coordinated "of" states and parties
"engaged in" talks."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries as _countries
from tests.event_helpers import names as _names
from tests.event_helpers import trigger as _trigger

# ---------------------------------------------------------------- headline speaker, colon

@pytest.mark.parametrize("text,word,actor", [
    ("Army chief: rebels have shelled the port of Goma", "shelled", {"rebels"}),
    ("Kenyan defense official: Somali troops have shelled the border post", "shelled",
     {"somali troops"}),
    ("French defense official: Malian forces have \"successfully struck\" rebel supply lines",
     "struck", {"malian forces"}),
])
def test_name_before_a_colon_is_the_speaker_not_a_subject(code, text, word, actor):
    doc = code(text, published="2022-06-01")
    assert _names(doc, _trigger(doc, word).actor) == actor


# ---------------------------------------------------------------- possessor, participle

@pytest.mark.parametrize("text,word,actor", [
    ("Eritrea's mobilization and occupation of the border villages drew protests from Ethiopia",
     "occupation", {"ERI"}),
    ("Rwanda condemned Uganda's buildup and annexation of the hills", "annexation", {"UGA"}),
    ("Venezuela's mobilization and planned annexation of the region alarm Guyana", "annexation",
     {"VEN"}),
])
def test_coordinated_event_nouns_share_the_possessor(code, text, word, actor):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _trigger(doc, word).actor) == actor


@pytest.mark.parametrize("text,word,actor", [
    ("The peace deal signed between Chad and Niger takes effect on Monday", "deal", {"TCD", "NER"}),
    ("Officials praised the truce agreed between Sudan and Chad", "truce", {"SDN", "TCD"}),
])
def test_parties_named_on_a_participle_of_the_event_noun(code, text, word, actor):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _trigger(doc, word).actor) == actor


@pytest.mark.parametrize("text,actor", [
    ("Syrian shelling wounds 5 in a village", {"SYR"}),
    ("Iraqi shelling kills 3 near the border", {"IRQ"}),
])
def test_gerund_read_as_a_verb_takes_its_adjective(code, text, actor):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _trigger(doc, "shelling").actor) == actor


# ---------------------------------------------------------------- goals and venues

@pytest.mark.parametrize("text,recipient", [
    ("Macron welcomes Modi to the Elysee Palace ahead of the summit", {"narendra modi"}),
    ("Biden welcomed Modi to the White House on Thursday", {"narendra modi"}),
    ("Erdogan welcomes Scholz to Ankara for talks", {"olaf scholz"}),
])
def test_welcome_to_a_place_names_a_goal_not_a_recipient(code, text, recipient):
    doc = code(text, published="2022-06-01")
    assert _names(doc, _trigger(doc, "welcome").recipient) == recipient


# ---------------------------------------------------------------- reciprocal parties

@pytest.mark.parametrize("text,actor", [
    ("Mali's president holds calls with leaders of Chad and Niger", {"MLI", "TCD", "NER"}),
    ("Kenya's president holds talks with ministers of Chad and Niger", {"KEN", "TCD", "NER"}),
])
def test_each_coordinated_state_of_a_role_phrase_takes_part(code, text, actor):
    doc = code(text, published="2022-06-01")
    found = next(e for e in doc.events if e.event == "CONSULT")
    assert _countries(doc, found.actor) == actor


@pytest.mark.parametrize("text,actor", [
    ("Chile and the OAS are involved in mediation talks, an official says",
     {"chile", "organization of american states"}),
    ("Norway and the UN are engaged in talks on the ceasefire, an aide says",
     {"norway", "united nations"}),
])
def test_parties_engaged_in_talks_take_part(code, text, actor):
    doc = code(text, published="2022-06-01")
    assert _names(doc, _trigger(doc, "talks").actor) == actor


# ---------------------------------------------------------------- planned events

@pytest.mark.parametrize("text,word,actor,recipient", [
    ("Japan is preparing a new aid package for Laos, officials say", "aid", {"JPN"}, {"LAO"}),
    ("The Chilean president plans a state visit to Peru in May", "visit", {"CHL"}, {"PER"}),
    ("Canada proposes new sanctions on Belarus", "sanctions", {"CAN"}, {"BLR"}),
    ("Germany drafts an arms embargo against Eritrea", "embargo", {"DEU"}, {"ERI"}),
])
def test_subject_of_a_planning_verb_does_the_planned_event(code, text, word, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert _countries(doc, found.actor) == actor
    assert _countries(doc, found.recipient) == recipient


def test_a_plan_in_a_relative_clause_stays_background(code):
    doc = code("Japan is sending radar equipment to Laos, which plans a large offensive on the "
               "rebels, a newspaper said.", published="2022-06-01")
    assert not [e for e in doc.events if "offensive" in e.trigger.text and e.actor]


# ---------------------------------------------------------------- verbal acts

@pytest.mark.parametrize("text,recipient", [
    ("Chilean government under criticism over pension reform", {"CHL"}),
    ("Kenyan ministry under criticism for its handling of the floods", {"KEN"}),
])
def test_the_noun_under_criticism_is_the_target(code, text, recipient):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _trigger(doc, "criticism").recipient) == recipient


@pytest.mark.parametrize("text,actor,recipient", [
    ("Opposition leader said the army and the police are to blame for the violence.",
     {"opposition leader"}, {"army", "police"}),
    ("Kenya's president says the rebels are to blame for the attack",
     {"kenya's president"}, {"rebels"}),
])
def test_the_subject_of_to_blame_is_blamed_by_the_speaker(code, text, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, "blame")
    assert _names(doc, found.actor) == actor
    assert _names(doc, found.recipient) == recipient


@pytest.mark.parametrize("text,recipient", [
    ("Court rejects Bloomberg request to release the tapes", {"bloomberg"}),
    ("A judge in Lima rejected the Reuters request to see the files", {"reuters"}),
])
def test_the_owner_of_a_rejected_request_is_the_target(code, text, recipient):
    doc = code(text, published="2022-06-01")
    assert _names(doc, _trigger(doc, "reject").recipient) == recipient


def test_a_name_given_by_a_naming_verb_is_no_event_of_its_own(code):
    """The events side reads the name as a characterisation (frames.naming_predicate), so no
    actor is looked for in the named object."""
    doc = code("Georgia calls Russian troop movements an occupation", published="2022-06-01")
    assert "occupation" not in {e.trigger.text for e in doc.events}


# ---------------------------------------------------------------- "between" on a thing

@pytest.mark.parametrize("text,word,actor", [
    ("Rebels destroy the bridge between Goma and Rutshuru, a regional official says", "destroy",
     {"rebels"}),
    ("Militias shelled the corridor between Syria and Lebanon", "shelled", {"militias"}),
])
def test_between_on_a_thing_object_names_no_party(code, text, word, actor):
    doc = code(text, published="2022-06-01")
    assert _names(doc, _trigger(doc, word).actor) == actor


def test_between_on_a_reciprocal_act_still_names_the_parties(code):
    doc = code("Turkey hosted talks between Russia and Ukraine", published="2022-06-01")
    assert {"RUS", "UKR"} <= _countries(doc, _trigger(doc, "talks").actor)


def test_a_conjunct_with_its_own_determiner_does_not_share_the_possessor(code):
    doc = code("Peru's invasion and the sanctions that followed hurt trade", published="2022-06-01")
    assert _countries(doc, _trigger(doc, "sanctions").actor) == set()
