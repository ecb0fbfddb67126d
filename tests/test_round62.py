"""Round 62: the office that closes a headline as its source, without its country.

"Portugal will expel 12 diplomats, foreign ministry says": headlines drop the source's country
when it is the reported clause's own, and a town's office ("…, mayor says") is of the towns its
clause names. With two countries in the sentence no guess was made, so most such sources had
none. Guards: a clause of force against others (told as often by the victims), a meeting, two
subjects, an office posted abroad, or a phrase that places itself ("Western officials", "MI6
chief"). Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _country(coded, name: str) -> str | None:
    found = [a for a in coded.actors if a.name == name]
    assert found, [a.name for a in coded.actors]
    return found[0].country


@pytest.mark.parametrize("text,reporter,country", [
    ("Norway will expel six Belarusian diplomats, foreign ministry says", "foreign ministry", "NOR"),
    ("Chile to freeze the assets of 20 Bolivian officials, finance minister says", "finance minister", "CHL"),
    ("Canada willing to send Ukraine more artillery, defense official says", "defense official", "CAN"),
    ("Ghana will not recognise the vote in Togo, foreign minister tells press", "foreign minister", "GHA"),
    ("Egypt is ready to host talks of Sudan's generals, foreign ministry says", "foreign ministry", "EGY"),
    ("Peru will not recognise the vote, foreign ministry says", "foreign ministry", "PER"),
])
def test_a_closing_office_is_of_the_clause_state(code, text, reporter, country):
    assert _country(code(text, PUB), reporter) == country


@pytest.mark.parametrize("text,reporter", [
    ("Kherson has no water left after the strike, mayor tells reporters", "mayor"),
    ("Russia shelled three villages near Sumy, regional governor says", "regional governor"),
])
def test_a_closing_town_office_is_of_the_towns(code, text, reporter):
    assert _country(code(text, PUB), reporter) == "UKR"


@pytest.mark.parametrize("text,reporter", [
    ("Peru shelled a border post in Chile, official says", "official"),  # force: the victims' too
    ("Peru and Chile conduct a prisoner swap, officials say", "officials"),  # two subjects
    ("Peru denied the request of Chile, envoy says", "envoy"),  # posted abroad
    ("Peru's president met Chile's leader in Lima, official says", "official"),  # a meeting
    ("Peru is running out of money for Chile, Western officials say", "officials"),  # placed elsewhere
])
def test_no_guess_where_the_clause_does_not_say(code, text, reporter):
    assert _country(code(text, PUB), reporter) is None


def test_an_agency_acronym_places_its_chief(code):
    """Its own agency, not the clause's state, is whose the chief is: no guess."""
    assert _country(code("Peru is running out of steam, MI6 chief says", PUB), "MI6 chief") is None


def test_a_qualifying_body_gives_its_country(code):
    coded = code("Peru will act on the Chilean embargo soon, White House official says", PUB)
    assert _country(coded, "White House official") == "USA"  # round 79: named with its seat


@pytest.mark.parametrize("text,reporter,country", [
    ("Spain is sending more field hospitals to Morocco, defense minister says", "defense minister", "ESP"),
    ("Shelling of Sumy continues through the night, regional governor says", "regional governor", "UKR"),
    ("Chilean forces shelled the port of Ilo, Peruvian official says", "Peruvian official", "PER"),
    ("Bolivia's interior minister says the border is open", "Bolivia's interior minister", "BOL"),
])
def test_near_misses_keep_their_country(code, text, reporter, country):
    """Sentences the older rules already placed (one country named, or the office's own
    qualifier): unchanged."""
    assert _country(code(text, PUB), reporter) == country


@pytest.mark.parametrize("text,reporter", [
    ("Bolivia is sheltering Peruvian rebels, defense minister says", "defense minister"),
    ("Latvia is provoking a crisis on its border with Belarus, foreign ministry spokeswoman says",
     "foreign ministry spokeswoman"),
    ("Albania will pay for its provocations in Kosovo, prime minister warns", "prime minister"),
    ("Guyana must hand the region back to Venezuela, state media says", "state media"),
])
def test_a_charged_clause_places_no_reporter(code, text, reporter):
    """From the review: a clause charging its subject with a wrong, or a demand on it, is the
    accuser's words as often as the subject's own; and no country nearby says whose either."""
    assert _country(code(text, PUB), reporter) is None


def test_a_passive_of_force_is_told_by_its_own_side(code):
    """Force the subject suffered ("is being targeted") is no force it used: its side reports."""
    coded = code("The Kremlin website is being targeted by hackers from Ukraine, spokesperson says", PUB)
    assert _country(coded, "spokesperson") == "RUS"


@pytest.mark.parametrize("text,reporter,country", [
    ("Pentagon is mindful of Peru's request for rockets, spokesperson says", "spokesperson", "USA"),
    ("US State Department ready to assist a reporter injured in Peru, spokesperson says",
     "spokesperson", "USA"),
])
def test_a_state_body_subject_places_its_spokesperson(code, text, reporter, country):
    """A body of the state (its defence department, its foreign service) speaks through its own
    spokesperson; a verbless clause's subject counts too."""
    assert _country(code(text, PUB), reporter) == country
