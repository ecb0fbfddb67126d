"""Review 5, part A (events participants and counterparts): classes the reviewer found, tested
on invented sentences (never sample text)."""
from __future__ import annotations

import pytest
import yaml

from tests.event_helpers import countries, of_type, types

PUB = "2023-03-14"


# 1: a conversation needs a party of another country on the subject side
def test_a_thing_telling_an_official_is_no_conversation(code):
    coded = code("The memo informed the Bolivian trade minister that the port would close.", PUB)
    assert "CONSULT" not in types(coded)


def test_a_foreign_leader_telling_an_official_stays_a_conversation(code):
    coded = code("The Chilean president told the Argentine president that the border would reopen.", PUB)
    assert "CONSULT" in types(coded)


# 2: past joint work continued or begun is a relation, not promised cooperation
def test_work_continued_or_begun_in_the_past_is_no_cooperation(code):
    for text in ("The charity continued to work with the militias in the east for a decade.",
                 "The ministry began to work with the tribal elders last year."):
        assert "COOPERATE" not in types(code(text, PUB)), text


def test_joint_work_agreed_stays(code):
    coded = code("Chile agreed to work with Peru on new fishing patrols.", PUB)
    assert types(coded) & {"AGREE", "COOPERATE"}


# 3: a traveller with no country (a body's official) arriving abroad still visits
def test_an_official_of_a_body_arriving_abroad_visits(code):
    coded = code("WHO chief Tedros Ghebreyesus arrived in Lima on Monday.", PUB)
    assert "CONSULT" in types(coded)


def test_an_arrival_at_home_is_no_visit(code):
    coded = code("Peruvian Foreign Minister Ana Gervasi arrived in Lima on Monday.", PUB)
    assert "CONSULT" not in types(coded)


# 4: only the second verb of a to-clause is no act of its own
def test_a_coordinated_verb_of_a_finite_clause_is_its_own_act(code):
    coded = code("Chile warned that Peru would invade and annex the southern valleys.", PUB)
    assert any(e.trigger.text.startswith("annex") for e in coded.events)


# 5: a listing verb with a subject and no object is a headline passive only in a headline
def test_listing_in_prose_keeps_its_subject_as_lister(code):
    coded = code("The Bolivian censors added to the list of forbidden plays on Thursday.", PUB)
    event = of_type(coded, "SANCTION")
    assert "BOL" in countries(coded, event.actor) and "BOL" not in countries(coded, event.recipient)


def test_listing_in_a_headline_stays_a_passive(code):
    coded = code("Ecuador added to Colombia's list of hostile states", PUB)
    event = of_type(coded, "SANCTION")
    assert countries(coded, event.actor) == {"COL"} and countries(coded, event.recipient) == {"ECU"}


# 8, 9: lexicon entries that cannot work
def test_no_bare_nra_alias():
    from importlib.resources import files
    actors = yaml.safe_load(files("parley.lexicon").joinpath("known_actors.yaml").read_text())
    aliases = [a for e in actors if isinstance(e, dict) for a in e.get("aliases") or []]
    assert "NRA" not in aliases


def test_weapon_modifiers_are_single_tokens():
    from importlib.resources import files
    data = yaml.safe_load(files("parley.lexicon").joinpath("participants.yaml").read_text())
    assert not [w for w in data["weapon_modifiers"]["words"] if "-" in w]



def test_us_the_country_is_no_first_person_after_a_headline_colon(nlp):
    """complete_parties reads a first-person actor after a headline colon as the speaker;
    "US" (the country) is no first person, so an unresolved "US" head gets no speaker."""
    from parley.nlp.events.args import Arguments
    from parley.nlp.events.counterparts import CONVERSATION, complete_parties
    from parley.nlp.events.match import Candidate

    doc = nlp("Bolivian President Luis Arce: US talks with Chile on lithium")
    us = next(t for t in doc if t.text == "US")
    talks = next(t for t in doc if t.text == "talks")
    args = complete_parties(doc, Candidate(talks, CONVERSATION, [talks]), Arguments(actor_heads=[us]))
    assert args.actor == []


# ---------------------------------------------------------------- exchanged in a headline swap
@pytest.mark.parametrize("text", [
    "Peruvian included in 40-person prisoner swap in Bolivia",
    "Chilean pilot included in prisoner swap",
    "Two Bolivian medics freed in prisoner exchange",
])
def test_who_is_exchanged_in_a_headline_swap_is_no_party(code, text):
    """A headline drops "was": "X included/freed in a prisoner swap" — X was handed over, not
    a party of the swap (the talks tracker files a swap under its parties)."""
    doc = code(text, "2022-12-14")
    swaps = [e for e in doc.events if e.event == "RETREAT"]
    assert swaps
    names = {a.id: a.name for a in doc.actors}
    for e in swaps:
        assert not [names[i] for i in e.actor]
