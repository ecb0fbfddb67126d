"""Round 45: a named firm leaving a country ("Siemens exits Iran", "Nike announces a full exit
from Belarus", "Renault completes exit from Iran").

The business-exit triggers (leave, exit, quit, withdraw, pull out; the exit noun) asked for a
subject that is a firm by its common noun ("the carmaker", "a Danish shipping company"). A firm
named by its own name is the same doer: the ``body`` marker of a subject list stands for a
named organisation the actor machinery coded over the subject (or the doer of the noun), of no
state sector. A name alone does not tell a firm from a band, a party or a misread person, so
only a business's verb or noun of leaving (exit, quit, withdraw, pull out; not "leave") with a
country left by its own name makes it one. The exit noun's "from" names the country left, never
the doer, so the subject of the verb that carries it ("completes", "announces") is the source;
in "pulled out of X" the parser hangs "of" on "out": X is still the one left. Not ministries,
armies, NGOs or people, and not a venue, a race, a city or a building left. Every sentence is
invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def sanctions(doc):
    names = {a.id: a.name for a in doc.actors}
    countries = {a.id: a.country for a in doc.actors}
    return [({names[i] for i in e.actor}, {countries[i] for i in e.recipient})
            for e in doc.events if e.event == "SANCTION"]


@pytest.mark.parametrize("text, firm, country", [
    ("Ikea is exiting Belarus altogether.", "Ikea", "BLR"),
    # from the reviews
    ("Visa and Mastercard withdrew from Nicaragua in March.", "Visa", "NIC"),
    ("Apple begins pullout from Peru as payment systems falter.", "Apple", "PER"),
    ("Siemens exits Iran.", "Siemens", "IRN"),
    ("Renault completes exit from Iran.", "Renault", "IRN"),
    ("Nike announces a full exit from Belarus.", "Nike", "BLR"),
    ("Ikea pulls out of Belarus.", "Ikea", "BLR"),
    ("The Finnish energy firm announced an exit from Belarus.", "Finnish energy firm", "BLR"),
    ("A Danish shipping company pulled out of Belarus after the crackdown.",
     "Danish shipping company", "BLR"),
])
def test_a_named_firm_leaves_a_country(code, text, firm, country):
    assert any(firm in src and country in tgt for src, tgt in sanctions(code(text, PUB)))


@pytest.mark.parametrize("text", [
    "The ministry leaves Belarus.",
    "Amnesty International leaves Hong Kong.",
    "The president left Belarus on Monday.",
    "Manchester United leaves the stadium.",
    "Russian troops pull out of Kherson.",
    "Siemens employees left Iran after the attack.",
    # from the reviews: a named body leaving a venue, a race, a city or a building; a person
    "Qatar Airways withdrew from the air show on Friday after a dispute with the organisers.",
    "Juventus pulled out of the breakaway league.",
    "The Democratic Alliance pulled out of the mayoral race.",
    "Siemens leaves Munich for Berlin after 150 years.",
    "Exxon left the White House meeting early.",
    "Nokia leaves the Kremlin empty-handed.",
    "Mr Ford left Iran in 1979 after the revolution.",
    "The Rolling Stones left Argentina after the last concert of their tour.",
])
def test_no_business_exit(code, text):
    assert not sanctions(code(text, PUB))
