"""Every word list of participants.yaml does what its example says (invented sentences)."""
from __future__ import annotations

import pytest

from parley.lexicon import load
from tests.event_helpers import countries, names, of_type

PUB = "2022-06-01"
LISTS = load("participants.yaml", top=dict)


def _firm(doc):  # the firm named after the business noun is an organisation and the source
    event = of_type(doc, "SANCTION")
    return [(doc.actor(a).kind, doc.actor(a).name) for a in event.actor] == [
        ("organization", "Kestrel Resources")]


def _unplaced(doc):  # people of unnamed polities take no country from the sentence (Sudan)
    leaders = [a for a in doc.actors if "leaders" in a.name.lower()]
    return bool(leaders) and all(a.country is None for a in leaders)


CHECKS = {
    "polity_nouns": _unplaced,
    "firm_words": _firm,
    "licences": lambda doc: "CHL" in countries(doc, of_type(doc, "COERCE").actor),
    "targeting": lambda doc: countries(doc, of_type(doc, "SANCTION").recipient) == {"BLR"},
    "makers": lambda doc: countries(doc, of_type(doc, "ASSAULT").actor) == set(),
    "joint_bodies": lambda doc: countries(doc, of_type(doc, "ACCUSE").actor) == {"PER", "ECU"},
    "weapon_modifiers": lambda doc: countries(doc, of_type(doc, "ASSAULT").actor) == {"ARM"},
    "harm_participles": lambda doc: names(doc, of_type(doc, "ASSAULT").recipient) == {"civilians"},
    "patient_verbs": lambda doc: names(doc, of_type(doc, "COERCE").recipient) == {"bolivian activist"}
    and not of_type(doc, "COERCE").actor,
    "handing": lambda doc: countries(doc, of_type(doc, "THREATEN").actor) == {"BOL"}
    and countries(doc, of_type(doc, "THREATEN").recipient) == {"CHL"},
    "documents": lambda doc: countries(doc, of_type(doc, "SANCTION").actor) == {"BLR"},
    "arriving": lambda doc: countries(doc, of_type(doc, "AID").recipient) == {"KEN"},
    "list_nouns": lambda doc: countries(doc, of_type(doc, "SANCTION").actor) == {"NIC"}
    and names(doc, of_type(doc, "SANCTION").recipient) == {"rosa marin"},
}


def test_every_list_has_a_check():
    assert set(LISTS) == set(CHECKS)


@pytest.mark.parametrize("group", sorted(CHECKS))
def test_list_example_does_what_it_says(code, group):
    entry = LISTS[group]
    assert entry["words"] and all(isinstance(w, str) for w in entry["words"])
    assert CHECKS[group](code(entry["example"], PUB)), entry["example"]
