"""Event arguments by error class (invented sentences; docs/components/events.md): listed
headline subjects, recipients in prepositional phrases, arguments from the wrong clause or role,
pronouns resolved by the actors' coreference, and everyday triggers."""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle, Event


def _countries(doc: CodedArticle, ids: list[str]) -> set[str]:
    return {a.country for i in ids if (a := doc.actor(i)) and a.country}


def _one(doc: CodedArticle, event: str) -> Event:
    found = [e for e in doc.events if e.event == event and not e.negated]
    assert found, [(e.event, e.trigger.text) for e in doc.events]
    return found[0]


# ---------------------------------------------------------------- A1 listed headline subjects

@pytest.mark.parametrize("text,event,actors", [
    ("Serbia, Hungary condemn the border shooting", "ACCUSE", {"SRB", "HUN"}),
    ("Greece, Cyprus call for talks on the island", "REQUEST", {"GRC", "CYP"}),
    ("Britain, France to send warships to the Gulf", "MOBILIZE", {"GBR", "FRA"}),  # rule 9
    ("Georgian police arrest opposition leader", "COERCE", {"GEO"}),
])
def test_listed_subjects_are_all_actors(code, text, event, actors):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _one(doc, event).actor) == actors


@pytest.mark.parametrize("text,event,actors", [
    ("Paolo Rossi, Italy's trade minister, condemned the tariffs", "ACCUSE", {"ITA"}),
    ("On Sunday, Armenia shelled the ridge", "ASSAULT", {"ARM"}),
    ("Kenya, the region's biggest donor, sent food aid to Somalia", "AID", {"KEN"}),
])
def test_appositions_and_adverbs_are_not_listed_subjects(code, text, event, actors):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _one(doc, event).actor) == actors


# ---------------------------------------------------------------- A2 recipients in phrases

@pytest.mark.parametrize("text,event,actor,recipient", [
    ("Japan sent rice to Laos in a meeting with Thai envoys", "CONSULT", {"JPN", "THA"}, set()),
    ("The minister praised the police in a meeting with Nigerian governors", "CONSULT", {"NGA"}, set()),
    ("Egypt called for talks with Ethiopia over the dam", "REQUEST", {"EGY"}, {"ETH"}),
    ("Ukraine said Russian missiles hit Odesa overnight", "ASSAULT", {"RUS"}, {"UKR"}),
])
def test_recipients_and_partners_in_phrases(code, text, event, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _one(doc, event)
    assert _countries(doc, found.actor) == actor
    assert _countries(doc, found.recipient) == recipient


def test_occasion_meeting_is_its_own_event(code):
    doc = code("Zelensky thanked Britain in a meeting with US senators", published="2022-06-01")
    assert {e.event for e in doc.events} >= {"SUPPORT", "CONSULT"}
    assert _countries(doc, _one(doc, "CONSULT").actor) == {"UKR", "USA"}


@pytest.mark.parametrize("text,event", [
    ("The general discussed supplies in a meeting with French officials", "CONSULT"),
    ("Turkey agreed to hold talks", "AGREE"),
    ("Ukrainian forces shelled Donetsk, Ukraine said", "ASSAULT"),
])
def test_no_recipient_invented(code, text, event):
    doc = code(text, published="2022-06-01")
    assert _one(doc, event).recipient == []
    assert len([e for e in doc.events if e.event == event]) == 1


# ---------------------------------------------------------------- A3 wrong clause or role

@pytest.mark.parametrize("text,speaker,told", [
    ("Oman said Yemeni rebels must disarm and urged them to negotiate", "OMN", "YEM"),
    ("Zelensky said Russian forces must leave and urged them to go home", "UKR", "RUS"),
    ("Peru said Chilean trawlers must leave and asked them to respect the limit", "PER", "CHL"),
])
def test_finite_conjunct_of_a_reported_modal_is_the_speakers_act(code, text, speaker, told):
    doc = code(text, published="2022-06-01")
    found = [e for e in doc.events if e.event == "REQUEST" and e.trigger.text in ("urged", "asked")]
    assert found and _countries(doc, found[0].actor) == {speaker}
    assert _countries(doc, found[0].recipient) == {told}


@pytest.mark.parametrize("text,actor", [
    ("Hungary said Ukraine attacked the pipeline", {"UKR"}),
    ("Ghana said Togo must open the border and reopen the market", {"GHA"}),
    ("Russia accused Ukraine of shelling the plant", {"RUS"}),
])
def test_reported_clause_keeps_its_own_subject(code, text, actor):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, doc.events[0].actor) == actor


@pytest.mark.parametrize("text", [
    "Russia deployed troops to the border.",
    "Moscow sent troops into Belarus.",
    "Lithuania bolstered its forces along the frontier with Kaliningrad.",
])
def test_own_forces_are_not_the_recipient(code, text):
    doc = code(text, published="2022-06-01")
    assert _one(doc, "MOBILIZE").recipient == []


@pytest.mark.parametrize("text,event,recipient", [
    ("The EU banned Russian airlines", "SANCTION", {"RUS"}),
    ("Canada eased its trade sanctions on Venezuela after the elections.", "RETREAT", {"VEN"}),
    ("A Swedish furniture chain exited the Belarusian market.", "SANCTION", {"BLR"}),
])
def test_theme_owned_by_another_state_is_the_recipient(code, text, event, recipient):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _one(doc, event).recipient) == recipient


# ---------------------------------------------------------------- A4 pronouns

@pytest.mark.parametrize("text,event,recipient", [
    ("Putin met Erdogan in Sochi. Russia thanked him for his mediation.", "SUPPORT", {"TUR"}),
    ("Belarusian police detained dozens of Polish activists and later released them.", "RETREAT", {"POL"}),
    ("Ukraine captured two Russian generals. Kyiv will release them soon.", "AGREE", {"RUS"}),
])
def test_pronoun_arguments_resolved(code, text, event, recipient):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _one(doc, event).recipient) == recipient


# ---------------------------------------------------------------- B everyday triggers: negatives

@pytest.mark.parametrize("text,event", [
    ("The ministry promised a response to the letter.", "AGREE"),
    ("The two leaders shared the view that trade must grow.", "COOPERATE"),
    ("The senator called the summit a success.", "ACCUSE"),
    ("The two countries strengthened their ties.", "MOBILIZE"),
    ("The army suspended military operations in the valley.", "SANCTION"),
    ("The navy lifted the sunken ferry from the harbour.", "RETREAT"),
])
def test_everyday_trigger_negatives(code, text, event):
    doc = code(text, published="2022-06-01")
    assert event not in {e.event for e in doc.events}, [(e.event, e.trigger.text) for e in doc.events]
