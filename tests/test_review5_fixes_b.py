"""Review findings, part B (frames, triggers, places, dates, actors): each class with invented
sentences that failed before its fix.

Every sentence here is invented."""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle

PUB = "2022-06-01"


def types(doc: CodedArticle) -> list[str]:
    return [e.event for e in doc.events if not e.negated]


# ------------------------------------------------- generic subjects (events/frames.py)


@pytest.mark.parametrize("text", [
    "Everyone condemns the bombing of the clinic in Mariupol.",
    "Some villagers condemn the shelling of the bridge.",
])
def test_physical_noun_under_generic_verb_stays(code, text):
    assert "ASSAULT" in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Some students throw stones at police in Yerevan on Sunday.",
    "Many farmers block the highway near Lublin on Thursday.",
])
def test_share_of_a_kind_placed_or_dated_is_news(code, text):
    assert types(code(text, PUB))


def test_share_of_a_kind_in_prose_stays_generic(code):
    assert not types(code("Many universities offer generous loans to poor students.", PUB))


# --------------------------------------- attacks between named persons (events/match.py)


@pytest.mark.parametrize("text", [
    "Paul Fenwick attacked Gary Dunmore outside a pub in Leeds on Saturday, police said.",
    "Paul Fenwick attacked Gary Dunmore, who was taken to hospital with head injuries.",
])
def test_attack_between_persons_with_a_setting_is_physical(code, text):
    events = types(code(text, PUB))
    assert "ASSAULT" in events and "ACCUSE" not in events


def test_war_of_words_between_persons_stays(code):
    events = types(code("Senator Ruth Calloway attacked Governor Ned Pryor over his tax plan.", PUB))
    assert "ACCUSE" in events and "ASSAULT" not in events


# ------------------------------------------------- "lie" = recline (lexicon/triggers.yaml)


@pytest.mark.parametrize("text", [
    "Injured miners lie in the hallways of the clinic, a nurse said.",
    "The victims lay under the collapsed roof for hours, rescuers said.",
])
def test_lying_somewhere_is_no_accusation(code, text):
    assert "ACCUSE" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The finance minister lied about the loans, the auditors said.",
    "The finance minister lied to parliament on Wednesday, the auditors said.",
])
def test_lying_as_deceit_stays_an_accusation(code, text):
    assert "ACCUSE" in types(code(text, PUB))


# ------------------------------------- a sanctioned business is a target (events/where.py)


def place_name(doc: CodedArticle, event: str) -> str | None:
    found = [e for e in doc.events if e.event == event]
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in doc.events]
    place = doc.place(found[0].place) if found[0].place else None
    return place.name if place else None


def test_sanctioned_businesses_are_a_target_not_a_place(code):
    doc = code("The European Union sanctioned fifteen businesses in Iran on Tuesday.", PUB)
    assert place_name(doc, "SANCTION") != "Iran"


def test_withdrawn_business_is_placed(code):
    doc = code("The brewer suspended its operations in Russia on Thursday.", PUB)
    assert place_name(doc, "SANCTION") == "Russia"


# ----------------------------------------------- live-blog stamps (events/where.py live_entry)


def test_stamp_is_a_whole_line(nlp):
    from parley.nlp.events.where import live_entry

    doc = nlp.make_doc("ODESA, Ukraine (AP) — The latest:\n\n6 p.m. Drones hit a depot near the port.")
    assert not live_entry(doc, doc.text.index("Drones"))
    doc = nlp.make_doc("ODESA, Ukraine (AP) — The latest:\n\n6 p.m.\n\nDrones hit a depot near the port.")
    assert live_entry(doc, doc.text.index("Drones"))
    assert not live_entry(doc, doc.text.index("latest"))


# ---------------------------------- persons named by nationality (actors/states.py)


def test_two_persons_of_one_nationality_stay_two(code):
    doc = code("A Dane was stabbed in Aarhus, and another Dane was beaten.", PUB)
    assert len([a for a in doc.actors if a.kind == "person" and a.name == "Dane"]) == 2


# ------------------------------------------- date look-up by index (nlp/extensions.py)


def test_dates_holding_matches_a_scan(nlp):
    from parley.nlp.extensions import dates_holding

    doc = nlp("Talks opened on Monday, 3 March 2025, and closed late on Friday night in Vienna.")
    refs = doc._.parley_dates or []
    assert refs
    for token in doc:
        scan = [r for r in refs if r.start <= token.idx < r.end]
        assert dates_holding(doc, token.idx) == scan
