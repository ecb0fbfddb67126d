"""Round 12 of the actor audit: slot classes fixed, tested on invented sentences (never
sample text).

- Victims of an attack noun in the "by" phrase of a participle of harm ("N people hurt by
  X strikes"): the harmed are the target.
- Role reversal on lists: "X placed on Y's wanted list" — Y lists, X is listed.
- US institutions: a public body named after its town or region ("the Ohio Supreme Court",
  "Brooklyn Supreme Court Justice X"); a state body whose sentence's only country is given by
  towns or regions (a domestic story); national US civil-society organisations by name.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import countries, names, of_type

PUB = "2022-09-20"


# ---------------------------------------------------------------- victims of harm participles
@pytest.mark.parametrize("text, victims", [
    ("Nine civilians hurt by Sudanese air strikes in Darfur", "civilians"),
    ("Six villagers were hurt by Eritrean drone strikes on Sunday", "villagers"),
])
def test_the_harmed_are_the_target_of_the_attack_in_their_by_phrase(code, text, victims):
    doc = code(text, PUB)
    event = of_type(doc, "ASSAULT")
    assert victims in names(doc, event.recipient)
    assert victims not in names(doc, event.actor)


def test_a_harm_participle_without_an_attack_noun_changes_nothing(code):
    doc = code("Four fans were hurt by falling debris at the stadium.", PUB)
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.actor]


# ---------------------------------------------------------------- lists
@pytest.mark.parametrize("text, lister, listed", [
    ("Exiled editor Rosa Marin added to Nicaragua's list of traitors, state TV reports", "NIC", "Rosa Marin"),
    ("Opposition leader Anna Petrova added to Belarus's terrorist list", "BLR", "Anna Petrova"),
    ("Former minister Kofi Mensah placed on Ghana's sanctions list", "GHA", "Kofi Mensah"),
])
def test_the_list_owner_lists_and_the_subject_is_listed(code, text, lister, listed):
    doc = code(text, PUB)
    event = of_type(doc, "SANCTION")
    assert countries(doc, event.actor) == {lister}
    assert names(doc, event.recipient) == {listed.lower()}


def test_an_active_listing_keeps_its_subject(code):
    doc = code("Belarus added the opposition leader to its list of terrorists on Monday.", PUB)
    event = of_type(doc, "SANCTION")
    assert countries(doc, event.actor) == {"BLR"}


def test_a_by_agent_wins_over_the_list_owner(code):
    doc = code("The governor was placed on the sanctions list by Canada.", PUB)
    event = of_type(doc, "SANCTION")
    assert countries(doc, event.actor) == {"CAN"}


# ---------------------------------------------------------------- US institutions
def _actor(doc, name):
    return next(a for a in doc.actors if a.name == name)


@pytest.mark.parametrize("text, name", [
    ("Brooklyn Supreme Court Justice Maria Deluca dismissed the lawsuit on Monday.", "Maria Deluca"),
    ("The Ohio Supreme Court ordered the county to reopen the polling stations.", "Ohio Supreme Court"),
    ("Queens Supreme Court Justice Paul Lind denied the motion on Friday.", "Paul Lind"),
])
def test_a_body_named_after_its_place_is_of_that_country(code, text, name):
    assert _actor(code(text, "2016-09-20"), name).country == "USA"


@pytest.mark.parametrize("text", [
    "The Supreme Court last week rejected an appeal from Republicans in Texas to halt the new districts.",
    "The Supreme Court rejected an appeal from voters in Arizona to extend early voting.",
])
def test_a_state_body_of_a_domestic_story_takes_its_places_country(code, text):
    assert _actor(code(text, "2016-09-20"), "Supreme Court").country == "USA"


def test_a_state_body_takes_no_country_from_a_foreign_party(code):
    doc = code("The Supreme Court rejected an appeal by Russia over the seized tankers.", "2016-09-20")
    assert _actor(doc, "Supreme Court").country is None


def test_a_firm_named_after_a_place_is_no_state_body(code):
    doc = code("Springfield Logistics sued the regulator in Ohio over the new tariffs.", "2016-09-20")
    firm = [a for a in doc.actors if a.name.startswith("Springfield")]
    assert not firm or firm[0].sector != "JUD"


@pytest.mark.parametrize("text, name", [
    ("The NAACP called for a federal inquiry into the jail deaths.", "NAACP"),
    ("The ACLU sued the county over the new voting rules.", "American Civil Liberties Union"),
    ("The National Rifle Association endorsed the senator for re-election.", "National Rifle Association"),
    ("The AFL-CIO urged Congress to reject the trade pact.", "AFL-CIO"),
    ("The Southern Poverty Law Center condemned the rally organisers.", "Southern Poverty Law Center"),
])
def test_us_civil_society_organisations_are_american(code, text, name):
    assert _actor(code(text, "2016-09-20"), name).country == "USA"


# ---------------------------------------------------------------- "US" is not "us"
@pytest.mark.parametrize("text, source", [
    ("Bolivia suspends lithium talks with US, State Department spokesperson says", "BOL"),
])
def test_us_the_country_is_no_first_person_of_the_closing_speaker(code, text, source):
    doc = code(text, PUB)
    event = of_type(doc, "SANCTION")
    assert countries(doc, event.actor) == {source}
    assert names(doc, event.recipient) == {"united states"}


def test_a_quoted_we_is_still_the_speaker(code):
    doc = code('"We will meet the Kenyan president next week," Ugandan President Yoweri Museveni said.', PUB)
    meets = [e for e in doc.events if e.event in ("CONSULT", "AGREE")]
    assert meets and any("UGA" in countries(doc, e.actor) for e in meets)


# ---------------------------------------------------------------- a title taken for the head
@pytest.mark.parametrize("text, partner", [
    ("Lula speaks with German Chancellor Scholz about the Amazon fund", "DEU"),
    ("Ramaphosa talks with Japanese Prime Minister Kishida about trade", "JPN"),
])
def test_the_person_named_after_a_title_head_is_the_partner(code, text, partner):
    doc = code(text, PUB)
    event = of_type(doc, "CONSULT")
    assert partner in countries(doc, event.actor + event.recipient)


# ---------------------------------------------------------------- junk: demonym + acronym
def test_a_demonym_before_an_acronym_is_no_person(code):
    doc = code("Lithuania pledges to back Georgian and Moldovan EU accession, Latvian minister says", PUB)
    assert not [a for a in doc.actors if a.kind == "person" and "EU" in a.name]
    assert {"GEO", "MDA"} <= countries(doc, of_type(doc, "AGREE").recipient)


# ---------------------------------------------------------------- the body joined
@pytest.mark.parametrize("text, backed", [
    ("Norway supports Georgian NATO membership, foreign minister says", {"GEO"}),
    ("Austria backs Serbian and Montenegrin EU accession talks, chancellor says", {"SRB", "MNE"}),
    ("Croatia backs Albanian and North Macedonian EU membership bids", {"ALB", "MKD"}),
])
def test_the_body_a_membership_phrase_names_is_no_recipient(code, text, backed):
    doc = code(text, PUB)
    event = of_type(doc, "SUPPORT")
    assert countries(doc, event.recipient) == backed
    assert not [a for a in event.recipient if doc.actor(a).kind == "igo"]


def test_an_igo_backed_outside_a_membership_phrase_stays(code):
    doc = code("Poland backs EU sanctions on Belarus", PUB)
    assert [a for a in of_type(doc, "SUPPORT").recipient if doc.actor(a).kind == "igo"]


# ---------------------------------------------------------------- one person by nationality
@pytest.mark.parametrize("text, country", [
    ("Australian killed in clashes near Juba, embassy says", "AUS"),
    ("A Norwegian was shot dead at a checkpoint outside Goma, the embassy said.", "NOR"),
    ("Dutchman kidnapped in northern Mali, ministry says", "NLD"),
])
def test_a_national_named_by_demonym_is_the_victim(code, text, country):
    doc = code(text, PUB)
    victims = of_type(doc, "ASSAULT").recipient
    assert [doc.actor(a).kind for a in victims] == ["person"]
    assert countries(doc, victims) == {country}


def test_a_demonym_on_a_thing_stays_the_state(code):
    doc = code("Russian shelling hit the village overnight.", PUB)
    assert not [a for a in doc.actors if a.kind == "person"]


def test_coordinated_demonyms_are_no_person(code):
    doc = code("Czech, Slovak, and Hungarian Canadians together make up a tenth of the town.", PUB)
    assert not [a for a in doc.actors if a.kind == "person"]


# ---------------------------------------------------------------- exclusion from a body
@pytest.mark.parametrize("text, body, member", [
    ("Mali suspended from the African Union after coup", "african union", "MLI"),
    ("Myanmar suspended from ASEAN summit, officials say", "asean", "MMR"),
])
def test_the_body_one_is_put_out_of_excludes(code, text, body, member):
    doc = code(text, PUB)
    event = of_type(doc, "SANCTION")
    assert names(doc, event.actor) == {body}
    assert countries(doc, event.recipient) == {member}


def test_a_call_for_an_exclusion_addresses_the_excluding_body_too(code):
    doc = code("The senator called for Belarus to be expelled from the Council of Europe.", PUB)
    event = of_type(doc, "REQUEST")
    assert "BLR" in countries(doc, event.recipient)
    assert "council of europe" in names(doc, event.recipient)


# ---------------------------------------------------------------- the actor's own goods
def test_a_ban_on_the_actors_own_exports_does_not_target_its_state(code):
    doc = code("Lukashenko halts Belarusian potash sales over the winter, state media says", PUB)
    ban = next(e for e in doc.events if "halts" in e.trigger.text)
    assert "BLR" not in countries(doc, ban.recipient)


def test_a_ban_on_anothers_goods_targets_that_state(code):
    doc = code("Moscow banned Polish apple imports on Monday.", PUB)
    assert countries(doc, of_type(doc, "SANCTION").recipient) == {"POL"}
