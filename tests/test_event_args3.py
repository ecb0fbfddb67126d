"""Event arguments, third round (invented sentences; docs/components/events.md): who does the
act of a to-clause or a gerund, passive agents shared by coordinated participles, relative
pronouns standing for their noun, agents of participles that carry an event noun, and a name
compound on an event noun whose carrier verb has its own subject."""
from __future__ import annotations

import pytest

from tests.event_helpers import countries as _countries
from tests.event_helpers import names as _names
from tests.event_helpers import trigger as _trigger

# ---------------------------------------------------------------- object control, gerunds

@pytest.mark.parametrize("text,word,actor", [
    ("Canada enabled Peru to invade Chile", "invade", {"PER"}),  # "encouraged": a REQUEST (round 10)
    ("Qatar persuaded Hamas to release the hostages", "release", {"PSE"}),
    ("Egypt told Sudan to expel the envoy", "expel", {"SDN"}),
])
def test_object_of_a_directive_does_the_to_clause(code, text, word, actor):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, _trigger(doc, word).actor) == actor


def test_subject_control_verb_keeps_its_subject(code):
    doc = code("Russia promised Turkey to stop attacks on ships", published="2022-06-01")
    assert _countries(doc, _trigger(doc, "promised").actor) == {"RUS"}


@pytest.mark.parametrize("text,word,actor,recipient", [
    ("Iran says Syria is justified in invading Lebanon", "invading", {"SYR"}, {"LBN"}),
    ("Syria is justified in attacking Israel, Iran says", "attacking", {"SYR"}, {"ISR"}),
])
def test_gerund_under_a_passive_takes_its_subject(code, text, word, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert _countries(doc, found.actor) == actor
    assert _countries(doc, found.recipient) == recipient


# ---------------------------------------------------------------- passives

@pytest.mark.parametrize("text,word,actor,recipient", [
    ("The man was shot and killed by police in Lima", "shot", "police", "man"),
    ("The protester was beaten and arrested by police", "arrested", "police", "protester"),
    ("Peru says it freed a mayor who was abducted by armed men", "abducted", "men", "mayor"),
])
def test_passive_agent_and_patient(code, text, word, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert any(actor in n for n in _names(doc, found.actor))
    assert any(recipient in n for n in _names(doc, found.recipient))


@pytest.mark.parametrize("text,word,actor,recipient", [
    ("She is one of nine students beaten and detained by soldiers this week", "detained",
     "soldiers", "students"),
    ("He is one of six monks beaten and detained by police this month", "detained", "police",
     "monks"),
])
def test_agents_shared_by_a_reduced_relative(code, text, word, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert _names(doc, found.actor) == {actor}
    assert _names(doc, found.recipient) == {recipient}


# ---------------------------------------------------------------- event nouns

@pytest.mark.parametrize("text,actor", [
    ("Explosion over Warsaw caused by Polish air defenses", {"POL"}),
    ("Raids conducted by Turkish jets hit Kurdish villages", {"TUR"}),
])
def test_agent_of_a_participle_carrying_the_event_noun(code, text, actor):
    doc = code(text, published="2022-06-01")
    assert _countries(doc, doc.events[0].actor) == actor


@pytest.mark.parametrize("text,actor,recipient", [
    ("Germany announced a new Moldova aid package", {"DEU"}, {"MDA"}),
    ("Japan announced a new Kenya aid package on Monday", {"JPN"}, {"KEN"}),
])
def test_name_compound_of_a_carried_event_noun_is_the_recipient(code, text, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, "aid")
    assert _countries(doc, found.actor) == actor
    assert _countries(doc, found.recipient) == recipient


# ---------------------------------------------------------------- coreference of events

@pytest.mark.parametrize("text", [
    "Omar Abu Saleh, a militia commander, was killed. Abu Saleh had led the attack.",
    "Colonel Ivan Petrenko was shot dead. Petrenko had ordered the shelling.",
])
def test_target_of_one_act_and_actor_of_another_are_two_events(code, text):
    doc = code(text, published="2022-06-01")
    assert len(doc.events) == 2, [(e.event, e.trigger.text) for e in doc.events]
    assert {len(e.actor) for e in doc.events} == {0, 1}


@pytest.mark.parametrize("text,word,actor,recipient", [
    ("Lee is one of at least 300 people shot and wounded by soldiers so far this year.", "shot",
     "soldiers", "people"),
    ("She was among 40 students shot and wounded by troops last month.", "shot", "troops",
     "students"),
])
def test_participle_read_as_past_tense_is_passive(code, text, word, actor, recipient):
    doc = code(text, published="2022-06-01")
    found = _trigger(doc, word)
    assert _names(doc, found.actor) == {actor}
    assert any(recipient in n for n in _names(doc, found.recipient))


def test_active_coordinated_verbs_keep_their_subject(code):
    doc = code("Rebels attacked and burned the village", published="2022-06-01")
    assert _names(doc, _trigger(doc, "attacked").actor) == {"rebels"}
