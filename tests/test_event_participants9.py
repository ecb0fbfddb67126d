"""Round 9 of the actor audit (war headlines): participants of events named in prepositional
phrases of the theme, the owner of an act asked for or condemned, support verbs that carry an
event noun, and capitalised names of statuses and occasions that are no actors. Invented
sentences only."""
from __future__ import annotations

import pytest

from parley.nlp.events.participants import cameo_target_preps
from tests.event_helpers import countries, names
from tests.event_helpers import of_type as _event

PUB = "2022-06-01"




# ---------------------------------------------------------------- class 1, theme prepositions
@pytest.mark.parametrize("text,event,target", [
    ("Japan will ban imports of coal and timber from Belarus", "SANCTION", "BLR"),
    ("Egypt requests wheat and other aid from India during drought", "REQUEST", "IND"),
    ("Brazil pledges $2 million in aid to Sudan", "AGREE", "SDN"),
    ("Pakistan intends to increase military aid to Somalia, minister says", "AGREE", "SOM"),
    ("Latvia bans tourist visas for Belarusian citizens for the duration of the crackdown", "COERCE", "BLR"),
    ("Furniture retailer Ikea halts all operations in Belarus", "SANCTION", "BLR"),
    ("Italy has frozen $3 billion in Libyan assets, Italian Treasury says", "SANCTION", "LBY"),
])
def test_participant_in_a_phrase_of_the_theme_is_the_target(code, text, event, target):
    """"bans imports **from** X", "pledges $N in aid **to** X", "visas **for** X's citizens":
    the one hit or helped is named inside the phrase of what is banned or given."""
    doc = code(text, PUB)
    assert countries(doc, _event(doc, event).recipient) == {target}


@pytest.mark.parametrize("text", [
    "Moscow sent troops into Belarus.",
    "Chad moved two battalions to the border with Niger.",
])
def test_a_country_troops_are_sent_to_is_no_target(code, text):
    doc = code(text, PUB)
    assert _event(doc, "MOBILIZE").recipient == []


def test_cameo_dictionary_gives_target_prepositions():
    """The CAMEO dictionary's ``+`` patterns give the attack prepositions; a preposition inside
    a noun phrase of a pattern ("&REFUGEE FROM +") is not read as the verb's."""
    preps = cameo_target_preps()
    assert {"at", "into"} <= preps["ASSAULT"]
    assert "from" not in preps.get("AID", frozenset())


# ---------------------------------------------------------------- class 1, the owner of the act
@pytest.mark.parametrize("text,event,target", [
    ("Peruvian senators call for Castillo's resignation", "REQUEST", "castillo"),
    ("There's broad condemnation of Iran's drone sales. Here's what to know", "ACCUSE", "iran"),
    ("Chile welcomed the suspension of Paraguay's Observer Status at the Andean Forum.", "SUPPORT",
     "paraguay"),
])
def test_owner_of_the_act_asked_for_or_condemned_is_the_target(code, text, event, target):
    doc = code(text, PUB)
    assert target in names(doc, _event(doc, event).recipient)


# ---------------------------------------------------------------- sources: support verbs
@pytest.mark.parametrize("text,event,source", [
    ("Germany intends to boost humanitarian aid to Sudan, Scholz tells Ruto", "AGREE", "DEU"),
    ("Portugal signs new sanctions against Iran", "SANCTION", "PRT"),
    ("Sudan is inflicting heavy strikes on rebel positions, says army chief", "ASSAULT", "SDN"),
    ("Kenya is behind drone strikes on Somali militant camps, US official suggests", "ASSAULT", "KEN"),
])
def test_support_verb_subject_is_the_source(code, text, event, source):
    doc = code(text, PUB)
    assert countries(doc, _event(doc, event).actor) == {source}


# ---------------------------------------------------------------- class 3, no actor
@pytest.mark.parametrize("text,word", [
    ("Chile welcomed the suspension of Paraguay's Observer Status at the Andean Forum.", "status"),
    ("A World Refugee Day march in Quito honoured Venezuelan families.", "day"),
    ("Peru invoked the Lima Fisheries Treaty against Ecuador.", "treaty"),
])
def test_status_or_occasion_name_is_no_actor(code, text, word):
    doc = code(text, PUB)
    assert not [a for a in doc.actors if a.name.lower().endswith(word)], doc.actors


def _groups() -> dict:
    from pathlib import Path

    import yaml
    path = Path(__file__).resolve().parents[1] / "src" / "parley" / "lexicon" / "groups.yaml"
    return yaml.safe_load(path.read_text("utf-8"))


@pytest.mark.parametrize("entry", _groups()["thing_names"], ids=lambda e: e["term"])
def test_thing_name_example_makes_no_actor(code, entry):
    doc = code(entry["example"], PUB)
    assert not [a for a in doc.actors if a.name.lower().split()[-1].startswith(entry["term"])], doc.actors


# ---------------------------------------------------------------- class 2, sources behind an act
@pytest.mark.parametrize("text,event,source", [
    ("Peruvian court grants permission for arrest of former President Toledo", "COERCE", "PER"),
    ("Chilean judges issued a warrant for the detention of two Bolivian smugglers", "COERCE", "CHL"),
])
def test_who_grants_a_licence_for_an_act_is_its_source(code, text, event, source):
    doc = code(text, PUB)
    assert source in countries(doc, _event(doc, event).actor)


@pytest.mark.parametrize("text,parties", [
    ('Kenya says "frank" meeting with Ethiopian officials covered border security', {"KEN", "ETH"}),
    ("Peru said talks with Chile had gone well", {"PER", "CHL"}),
])
def test_who_reports_a_meeting_with_someone_took_part(code, text, parties):
    doc = code(text, PUB)
    assert countries(doc, _event(doc, "CONSULT").actor) == parties


@pytest.mark.parametrize("text,target", [
    ("France has frozen more than $5 billion worth of Iranian assets, ministry says", "IRN"),
])
def test_owner_of_measured_assets_is_the_target(code, text, target):
    doc = code(text, PUB)
    assert countries(doc, _event(doc, "SANCTION").recipient) == {target}


# ---------------------------------------------------------------- class 1, targeting participles
@pytest.mark.parametrize("text,targets", [
    ("Macron signs sanctions bills targeting Iranian shipping and trade with Iran and Syria", {"IRN", "SYR"}),
    ("Canada unveils a fresh round of sanctions targeting Belarus over the crackdown", {"BLR"}),
])
def test_participle_on_the_theme_names_the_target(code, text, targets):
    doc = code(text, PUB)
    assert countries(doc, _event(doc, "SANCTION").recipient) == targets


# ---------------------------------------------------------------- class 4, headline shared subject
@pytest.mark.parametrize("text,source", [
    ('Brazilian president says he is willing to host talks, accuses Maduro of "betrayal"', "BRA"),
    ("Kenyan minister says the border will stay open, accuses Somalia of smuggling", "KEN"),
])
def test_reporting_subject_shared_by_a_second_headline_verb(code, text, source):
    doc = code(text, PUB)
    assert source in countries(doc, _event(doc, "ACCUSE").actor)


@pytest.mark.parametrize("text", [
    'Sudan showing "total unwillingness" to accept the mediators plan, says Chadian envoy',
])
def test_stance_noun_shown_by_its_subject(code, text):
    doc = code(text, PUB)
    assert "SDN" in countries(doc, _event(doc, "REJECT").actor)


# ---------------------------------------------------------------- class 5, no guessed country
@pytest.mark.parametrize("text,word", [
    ("Ruto says he asked leaders of partner countries to increase pressure on Sudan", "leaders"),
    ("Western officials say Eritrea moved artillery north", "officials"),
])
def test_people_of_unnamed_countries_get_no_nearby_country(code, text, word):
    doc = code(text, PUB)
    found = [a for a in doc.actors if word in a.name.lower()]
    assert found and all(a.country is None for a in found), doc.actors


def test_people_in_a_one_country_sentence_still_get_it(code):
    doc = code("The foreign minister said Kenya would reopen the border", PUB)
    assert [a.country for a in doc.actors if "minister" in a.name.lower()] == ["KEN"]


# ---------------------------------------------------------------- class 2, firms as sources
@pytest.mark.parametrize("text,firm,country", [
    ("Norway's oil giant Nordol to exit its projects in Venezuela", "nordol", "NOR"),
    ("Mining giant Kestrel Resources suspends exports to Belarus", "kestrel resources", None),
])
def test_firm_named_after_a_business_noun_is_the_source(code, text, firm, country):
    doc = code(text, PUB)
    event = _event(doc, "SANCTION")
    found = [doc.actor(a) for a in event.actor]
    assert [(a.name.lower(), a.kind, a.country) for a in found] == [(firm, "organization", country)]


# ---------------------------------------------------------------- class 5, victims' country
def test_detained_civilians_take_the_country_of_the_place(code):
    doc = code("In Tigray, Eritrean troops detain dozens of civilians, witnesses say", PUB)
    assert countries(doc, _event(doc, "COERCE").recipient) == {"ETH"}


def test_country_a_firm_suspends_services_in_is_the_target(code):
    doc = code("Streaming app Vidora suspends some services in Belarus", PUB)
    assert countries(doc, _event(doc, "SANCTION").recipient) == {"BLR"}


# ---------------------------------------------------------------- round 9, joint bodies, clauses
@pytest.mark.parametrize("text,parties", [
    ("Greek police to set up a joint team with Italy and Malta to investigate migrant deaths",
     {"GRC", "ITA", "MLT"}),
    ("Peru formed a commission with Ecuador to investigate the border shooting", {"PER", "ECU"}),
])
def test_partners_of_a_joint_body_share_its_act(code, text, parties):
    doc = code(text, PUB)
    assert countries(doc, _event(doc, "ACCUSE").actor) == parties


def test_subject_of_a_supported_gerund_clause_is_the_target(code):
    doc = code("Kenyan foreign minister says she supports Uganda and Tanzania joining the bloc", PUB)
    assert countries(doc, _event(doc, "SUPPORT").recipient) == {"UGA", "TZA"}
