"""Round 44: local offices and bodies named by their town ("Irpin mayor", "Gao authorities",
"Sumy regional administration").

A town's name qualifying a local office or body (``local_roles``: mayor, governor, residents,
authorities, administration, police, officials, prosecutors …) locates it, also when the town is
far smaller than a bare name needs (the gazetteer's most populous town of that name, at least
10,000 people, with no namesake abroad near its size) and when the tagger read the name as a
product, a person or an adjective. A government noun so qualified is the town's own body, named
with the town, of its country — not the state, and not dropped. Not an ordinary word ("Western
officials"), not a person's name, not a capital (whose authorities stay the state). Every
sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def sources(doc):
    acting = {i for e in doc.events for i in e.actor}
    return [(a.name, a.kind, a.country) for a in doc.actors if a.id in acting]


@pytest.mark.parametrize("text, name, country", [
    ("Gao authorities accuse rebels of shelling the market.", "Gao authorities", "MLI"),
    ("Sumy regional administration urges residents to stay in shelters.",
     "Sumy regional administration", "UKR"),
    ("Kharkiv's military administration urges residents to stay in shelters.",
     "Kharkiv military administration", "UKR"),
    ("Lamu authorities accuse Somalia of harbouring gunmen.", "Lamu authorities", "KEN"),
])
def test_a_towns_body_is_its_own_actor(code, text, name, country):
    assert any(n == name and c == country and k != "state" for n, k, c in sources(code(text, PUB)))


@pytest.mark.parametrize("text, country", [
    ("Irpin mayor accuses Moscow of hiding war crimes.", "UKR"),  # 65,000 people
    ("The mayor of Irpin accuses Moscow of hiding war crimes.", "UKR"),
    ("Lamu governor urges Somalia to close the border.", "KEN"),
    ("Bucha mayor: \"We will never forgive\" Moscow", "UKR"),  # a German village of 1,200 too
    ("Apatzingan police arrest two cartel gunmen.", "MEX"),
    ("Kramatorsk officials accuse Russia of shelling the station.", "UKR"),  # tagged PRODUCT
    ("Kherson residents protest against the occupation.", "UKR"),  # tagged PERSON
    # from the reviews: another name of a town when no town of this own name is as big
    ("Jenin residents accuse soldiers of raiding the hospital.", "PSE"),
])
def test_a_town_locates_its_office_holders(code, text, country):
    found = sources(code(text, PUB))
    assert any(c == country and k != "state" for _, k, c in found), found


@pytest.mark.parametrize("text, wrong", [
    ("Bucha mayor: \"We will never forgive\" Moscow", "RUS"),  # not the sentence's other country
    ("Lamu governor urges Somalia to close the border.", "SOM"),
])
def test_no_country_from_the_other_side(code, text, wrong):
    doc = code(text, PUB)
    assert all(c != wrong for n, _, c in sources(doc) if "mayor" in n or "governor" in n)


@pytest.mark.parametrize("text, name, country", [
    ("Western officials accuse Moscow of war crimes.", "officials", None),  # not Ghana's region
    ("Central officials accuse the opposition of fraud.", "officials", None),
    ("Ukrainian authorities accuse Moscow of deporting children.", "Ukraine", "UKR"),  # the state
    ("Nairobi authorities accuse the police of abuses.", "Kenya", "KEN"),  # a capital: the state
    ("Texas officials accuse Washington of neglecting the border.", "American officials", "USA"),
])
def test_near_misses_keep_their_reading(code, text, name, country):
    assert (name, country) in {(n, c) for n, _, c in sources(code(text, PUB))}


@pytest.mark.parametrize("text", [
    # from the review: a public figure's name (Phoenix country actors) is no small town
    "Kim officials accuse Seoul of provocations.",
    "Massa officials accuse the IMF of delaying payments.",
    "Marcos officials accuse critics of spreading lies.",
])
def test_a_public_figures_name_is_no_town(code, text):
    assert all(c is None for n, _, c in sources(code(text, PUB)) if "officials" in n)


@pytest.mark.parametrize("text, name", [
    # from the review: a leader's government, not a town's body ("Santos", Brazil; "Garcia", Mexico)
    ("Santos administration signs peace deal with the rebels.", "Santos administration"),
    ("Garcia administration accuses unions of sabotage.", "Garcia administration"),
    ("Moreno administration accuses protesters of plotting a coup.", "Moreno administration"),
])
def test_a_leaders_administration_is_no_town_body(code, text, name):
    assert all(n != name for n, _, _ in sources(code(text, PUB)))


def test_a_surname_is_no_town(code):
    """Morales is a town in Colombia (30,000) and in Guatemala (19,000): no country."""
    found = sources(code("Morales officials accuse Bogota of neglect.", PUB))
    assert all(c != "GTM" for _, _, c in found)
    assert not any("officials" in n and c == "COL" for n, _, c in found)
