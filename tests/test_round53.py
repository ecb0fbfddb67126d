"""Round 53: a sum given "in" aid, counted in a currency the tagger reads as no money.

"X announces $5 million in aid to Y" has long made X the giver: the amount is the verb's object
and the aid noun hangs on it. The small model tags "dollars", "pounds", "yen" as money, but not
"euros", "rupees", "kroner", "pesos", "shillings" …, so the EU, Norway or Kenya lost their
place as the source. A currency noun counted by a number is an amount too (``currencies`` in
``events_match.yaml``). A currency word with no number is no amount; "won" is left out (the verb).
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def _aid(coded):
    names = {a.id: a.name for a in coded.actors}
    return [([names[a] for a in e.actor], [names[a] for a in e.recipient])
            for e in coded.events if e.event == "AID"]


@pytest.mark.parametrize("text, giver, taker", [
    ("EU announces 20 million euros in humanitarian aid for Haiti", "European Union", "Haiti"),
    ("Germany commits another 40 million euros in assistance to Niger", "Germany", "Niger"),
    ("Norway announces 300 million kroner in emergency aid for Somalia", "Norway", "Somalia"),
    ("India announced 5 billion rupees in relief aid for Nepal", "India", "Nepal"),
    ("Kenya announced 800 million shillings in food aid to Somalia", "Kenya", "Somalia"),
])
def test_giver_of_a_sum_in_aid(code, text, giver, taker):
    found = _aid(code(text, PUB))
    assert found and giver in found[0][0] and taker in found[0][1], found


@pytest.mark.parametrize("text, giver", [
    ("Britain gives 10 million pounds in humanitarian aid to Yemen", "United Kingdom"),
    ("Japan announces 50 million dollars in humanitarian aid for Sudan", "Japan"),
])
def test_sums_the_tagger_reads_as_money_stay_given(code, text, giver):
    found = _aid(code(text, PUB))
    assert found and giver in found[0][0], found


def test_a_currency_without_a_number_is_no_amount(code):
    found = _aid(code("Critics said euros in aid for Haiti arrive too late", PUB))
    assert all("Critics" not in f[0] and "critics" not in f[0] for f in found), found


# from the review: a verb that cuts, blocks, suspends or freezes such a sum stops the aid
@pytest.mark.parametrize("text", [
    "Norway cut 300 million kroner in aid to Somalia over corruption concerns.",
    "Hungary blocked 500 million euros in aid for Chad at the summit.",
    "The European Union suspended 40 million euros in aid to Niger after the coup.",
    "China froze 200 million rupees in loans to Sri Lanka, the finance ministry said.",
])
def test_a_sum_of_aid_stopped_is_a_sanction(code, text):
    coded = code(text, PUB)
    assert "SANCTION" in [e.event for e in coded.events] and not _aid(coded), coded.events


def test_emergency_aid_declares_no_emergency(code):
    coded = code("Norway announced $300 million in emergency aid for Somalia.", PUB)
    assert [e.event for e in coded.events] == ["AID"], coded.events
