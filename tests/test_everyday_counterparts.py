"""Round 18: everyday senses of meeting, agreeing, showing and fighting in US political news
(participant_kinds.private_or_public_counterpart, frames.poll_share, plain_senses
shown_not_protested and effort_for_measure). Every sentence is invented; each class has several,
and controls (acts of parties) that must stay."""
from __future__ import annotations

import pytest

PUB = "2016-09-20"


def types(doc):
    return {e.event for e in doc.events}


@pytest.mark.parametrize("text, event", [
    # a relative after a possessive, or a public addressed, as the counterpart of a meeting
    ("The senator met his wife on a ferry to Nantucket.", "CONSULT"),
    ("Years ago the governor met her husband, a dentist, at a wedding in Tulsa.", "CONSULT"),
    ("The governor reached out to young voters at the county fair.", "CONSULT"),
    ("The mayor is trying to reach out to Latino voters before the runoff.", "CONSULT"),
    ("The candidate talked to the crowd at the rodeo for twenty minutes.", "CONSULT"),
    # a poll share agreeing that something is so: an opinion
    ("Only 48 percent of likely voters agreed that the mayor was honest.", "AGREE"),
    ("About 61 percent of renters agree that the rent is too high, the survey found.", "AGREE"),
    # demonstrate with an object or a clause: showing
    ("The councilman has not demonstrated an appetite for a statewide race.", "PROTEST"),
    ("The audit demonstrated that the pension fund was short by millions.", "PROTEST"),
    # a fight with no foe whose purpose is a civil thing, a push of a civil thing
    ("The mayor fought to pass the transit bill last spring.", "ASSAULT"),
    ("The bakeries are fighting to protect their shrinking business.", "ASSAULT"),
    ("The congresswoman says she has fought to push through modest housing initiatives.",
     "ASSAULT"),
    ("The senator pushed through a housing bill in May.", "REQUEST"),
    ("The governor pushed the gas tax measure through the legislature.", "REQUEST"),
])
def test_everyday_sense_is_no_event(code, text, event):
    assert event not in types(code(text, published=PUB))


@pytest.mark.parametrize("text, event", [
    ("Biden met with families of the two detained reporters.", "CONSULT"),
    ("The foreign minister met his Turkish counterpart in Ankara.", "CONSULT"),
    ("The senator met Kenyan officials in Nairobi on Monday.", "CONSULT"),
    ("The envoy talked to refugees at the border camp.", "CONSULT"),
    ("The prime minister spoke with the president of Chile by phone.", "CONSULT"),
    ("Thousands demonstrated outside the embassy in Lima on Sunday.", "PROTEST"),
    ("Students demonstrated against the new tuition law.", "PROTEST"),
    ("Ukrainian troops fought to hold the bridge near Kherson.", "ASSAULT"),
    ("Rebels fought to retake the airport from government forces.", "ASSAULT"),
    ("The envoy pushed Serbia to recognise the border deal.", "REQUEST"),
])
def test_party_acts_stay(code, text, event):
    assert event in types(code(text, published=PUB))
