"""Round 51: three classes of actor the held-out judgements keep marking wrong.

1. A one-word name right after a person's office title is a person however the NER read it
   ("Colombian President Petro" tagged a place, "talks with Argentine President Milei" left
   untagged): the title vouches for it, and its demonym gives the country. Not an ordinary
   word, a role, or a word of a longer name ("General Assembly", "General Atomics").
2. One's counterpart is of another country: who meets, calls or hosts "his Greek counterpart"
   takes no country from it (their own words still give one).
3. Victims of an attack named with a plural noun ("after Azerbaijani artillery attacks") are
   not of the attacker's country: the lexicon keys event nouns by lemma, so the demonym's
   chain to the act is read through the plural too.

Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _people(coded, name):
    return [a for a in coded.actors if a.name == name]


@pytest.mark.parametrize("text, name, country", [
    ("Chilean President Boric meets Colombian President Petro", "Petro", "COL"),
    ("Lula holds talks with Argentine President Milei", "Milei", "ARG"),
    ("Colombian President Petro calls for talks with the rebels", "Petro", "COL"),
    ("Police arrest Governor Okonkwo over fraud", "Okonkwo", None),
])
def test_title_vouches_for_one_word_name(code, text, name, country):
    found = _people(code(text, PUB), name)
    assert found and found[0].kind == "person" and found[0].country == country, found


def test_titled_name_is_the_event_party(code):
    coded = code("Lula holds talks with Argentine President Milei", PUB)
    names = {a.id: a.name for a in coded.actors}
    ev = [e for e in coded.events if e.event == "CONSULT"]
    assert ev and "Milei" in [names[a] for a in ev[0].actor], ev


@pytest.mark.parametrize("text, not_a_person", [
    ("The UN General Assembly condemns the coup", "Assembly"),
    ("General Atomics wins a drone contract", "Atomics"),
    ("Protesters march down President Street in the capital", "Street"),
])
def test_no_person_from_a_longer_name_or_common_word(code, text, not_a_person):
    assert not [a for a in code(text, PUB).actors if a.kind == "person" and a.name == not_a_person]


@pytest.mark.parametrize("text, who, wrong", [
    ("The minister spoke with his Turkish counterpart by phone", "minister", "TUR"),
    ("The defence minister held talks with her Indian counterpart", "defence minister", "IND"),
    ("The president hosted his French counterpart at the palace", "president", "FRA"),
    ("The foreign minister met her Chilean equivalent on Monday", "foreign minister", "CHL"),
])
def test_counterpart_country_is_not_theirs(code, text, who, wrong):
    found = _people(code(text, PUB), who)
    assert found and found[0].country != wrong, found


@pytest.mark.parametrize("text, who, country", [
    ("The Turkish minister spoke with his Greek counterpart", "Turkish minister", "TUR"),
    ("Kenya's foreign minister met his Somali counterpart", "Kenya's foreign minister", "KEN"),
    ("The minister spoke with his Turkish counterpart by phone", "Turkish counterpart", "TUR"),
])
def test_own_words_and_the_counterpart_keep_their_country(code, text, who, country):
    found = _people(code(text, PUB), who)
    assert found and found[0].country == country, found


@pytest.mark.parametrize("text, who, attacker", [
    ("Six shepherds killed after Azerbaijani artillery attacks on the village", "shepherds", "AZE"),
    ("Four killed after Russian rocket attacks on the port town", "people", "RUS"),
    ("Nine farmers wounded in Turkish drone strikes near the border", "farmers", "TUR"),
])
def test_victims_of_a_plural_attack_are_not_the_attackers(code, text, who, attacker):
    coded = code(text, PUB)
    found = _people(coded, who)
    assert found and found[0].country != attacker, found
    by_id = {a.id: a for a in coded.actors}
    assert any(by_id[a].country == attacker for e in coded.events for a in e.actor), coded.events


def test_own_demonym_still_gives_the_victims_country(code):
    found = _people(code("Four Russian soldiers killed after rocket attacks on the port town", PUB),
                    "Russian soldiers")
    assert found and found[0].country == "RUS", found


@pytest.mark.parametrize("text, attacker", [
    ("Six shepherds killed after Azerbaijani artillery attacks on the village", "AZE"),
    ("Two farmers wounded amid Turkish shelling of the valley", "TUR"),
    ("Five Armenian soldiers killed after Azerbaijani attacks", "AZE"),
])
def test_casualties_take_the_doer_of_the_attack_they_follow(code, text, attacker):
    coded = code(text, PUB)
    by_id = {a.id: a for a in coded.actors}
    harm = [e for e in coded.events if e.event == "ASSAULT"]
    assert harm and [by_id[a].country for a in harm[0].actor] == [attacker], harm


def test_no_doer_from_what_is_no_attack(code):
    coded = code("Six killed after the Azerbaijani parliament debate", PUB)
    assert not [a for e in coded.events for a in e.actor], coded.events


# from the review: a sentence-final stop, a demonym the parser made the object, a possessor's act
@pytest.mark.parametrize("text, attacker, victims", [
    ("Six shepherds killed after Azerbaijani artillery attacks on the village.", "Azerbaijan", "shepherds"),
    ("Two farmers wounded amid Azerbaijani shelling near the border", "Azerbaijan", "farmers"),
    ("Three killed after the Israeli army's raids in Jenin", "Israeli army", "people"),
])
def test_casualty_report_variants(code, text, attacker, victims):
    coded = code(text, PUB)
    names = {a.id: a.name for a in coded.actors}
    harm = [e for e in coded.events if e.event == "ASSAULT"]
    assert harm and [names[a] for a in harm[0].actor] == [attacker], harm
    assert victims in [names[a] for a in harm[0].recipient], harm


def test_prose_passive_of_harm_with_no_doer_has_victims_as_target(code):
    coded = code("Three protesters killed after the parliament vote on the tax bill.", PUB)
    names = {a.id: a.name for a in coded.actors}
    harm = [e for e in coded.events if e.event == "ASSAULT"]
    assert harm and not harm[0].actor and "protesters" in [names[a] for a in harm[0].recipient], harm


def test_meeting_place_of_counterparts_is_no_cue(code):
    found = _people(code("The foreign minister met his Greek counterpart in Athens on Friday.", PUB),
                    "foreign minister")
    assert found and found[0].country is None, found


def test_where_the_speaker_is_still_locates(code):
    found = _people(code("The defence minister held talks with his Polish counterpart, the ministry "
                         "in Vilnius said.", PUB), "defence minister")
    assert found and found[0].country == "LTU", found
