"""Round 23, invented sentences only: "killed in Ruritanian shelling".

The small model reads a demonym after "in"/"by" as the preposition's object and the -ing event
noun after it as a clause of the verb ("Chadian/pobj shelling/advcl"): the act lost its doer,
the victims took the demonym's country and the noun became a second event. The headlines
component (every sentence) rewires the phrase as "in a Chadian attack" is parsed
(``parley.nlp.headlines.gerunds``); the noun "shelling" or "bombardment" is CAMEO 194, fighting
with artillery, the verb's mode.
"""
from __future__ import annotations

import pytest

PUB = "2023-05-10"


def _assaults(doc):
    return [e for e in doc.events if e.event == "ASSAULT"]


def _countries(doc, ids):
    return {doc.actor(i).country for i in ids if doc.actor(i)}


@pytest.mark.parametrize(("text", "doer"), [
    ("Five people were killed in Chadian shelling on Sunday.", "TCD"),
    # round 35: "2" is now the victims, who take the country of a place named (Darfur), never
    # the demonym of the shelling
    ("2 killed by Sudanese shelling in the border region, officials say", "SDN"),
    ("Local officials say 3 people killed in Ethiopian shelling Sunday", "ETH"),
    ("Three fishermen wounded by Eritrean shelling near the port, officials say", "ERI"),
])
def test_the_demonym_names_the_doer_of_one_event(code, text, doer):
    doc = code(text, PUB)
    found = _assaults(doc)
    assert len(found) == 1 and _countries(doc, found[0].actor) == {doer}, doc.events
    assert doer not in _countries(doc, found[0].recipient)


def test_the_victims_do_not_take_the_demonym(code):
    doc = code("Local officials say 3 people killed in Ethiopian shelling Sunday", PUB)
    people = [a for a in doc.actors if a.name == "people"]
    assert people and people[0].country != "ETH", doc.actors


@pytest.mark.parametrize("text", [
    "Heavy shelling of the border village forced hundreds of families to flee.",
    "The bombardment of the port by Molvanian gunboats lasted three days.",
])
def test_the_noun_of_artillery_fire_has_the_heavy_weapons_mode(code, text):
    doc = code(text, PUB)
    assert any(e.mode == "heavy-weapons" for e in _assaults(doc)), doc.events


def test_a_people_named_by_a_plural_demonym_is_left_alone(nlp):
    # "Chileans" doing something is people, not an adjective: the parse is not rewired
    assert _misread_demonyms(nlp, "Two were killed by Chileans shelling the port.") == []


@pytest.mark.parametrize("text", [
    "The minister faced a bombardment of questions from reporters.",  # a figure of speech
    "Trains stopped running during Russian shelling in the morning.",  # time: no doer rewired
])
def test_no_rewired_or_figurative_artillery(code, text):
    doc = code(text, PUB)
    assert not any(e.event == "ASSAULT" and e.negated for e in doc.events)
    if "questions" in text:
        assert not _assaults(doc), doc.events


def _misread_demonyms(nlp, text: str) -> list[str]:
    """The demonyms ``demonym_before_act`` finds in the model's own parse, before any repair."""
    from parley.nlp.headlines.gerunds import demonym_before_act
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name.startswith("parley_"):
            break
        doc = proc(doc)
    return [d.text for t in doc if (d := demonym_before_act(t, frozenset({"shelling"}))) is not None]


def test_a_verb_with_its_object_is_not_rewired(nlp):
    # "by Sudanese shelling the market": a people shelling something, a verb with an object
    assert _misread_demonyms(nlp, "Two traders were killed by Sudanese shelling the market.") == []


def test_the_misreading_is_found_in_the_models_own_parse(nlp):
    assert _misread_demonyms(nlp, "Five people were killed in Chadian shelling on Sunday.") == ["Chadian"]
