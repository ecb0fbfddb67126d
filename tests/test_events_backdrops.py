"""Backdrop nominals (round senses16): a state noun inside a phrase that only describes another
noun, and a gathering named only as the venue of another act or statement, report no event;
the state or meeting told in its own clause still does.

Every sentence here is invented."""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle

PUB = "2022-06-01"


def types(doc: CodedArticle) -> list[str]:
    return [e.event for e in doc.events if not e.negated]


@pytest.mark.parametrize("text, event", [
    ("Here are the ways farmers are coping with Moldova's blockade of the port", "COERCE"),
    ("Families displaced by the occupation of the valley receive tents, Chile says", "COERCE"),
    ("Banks scramble to ensure compliance with sanctions against Venezuela", "SANCTION"),
    ("Customs officials check trucks used in the siege of Arica, Chile says", "COERCE"),
    ("Pensioners affected by the embargo on Cuba get new vouchers", "SANCTION"),
])
def test_state_in_a_description_is_no_event(code, text, event):
    assert event not in types(code(text, PUB))


@pytest.mark.parametrize("text, event", [
    ("Peru's invasion of Bolivia began at dawn, officials say", "ASSAULT"),
    # round 73: not "condemned Peru's invasion of Bolivia", the war named (test_round73.py)
    ("Chile condemned Peru's shelling of Bolivian border towns on Monday", "ASSAULT"),
    ("Peruvian troops took part in the invasion of Bolivia", "ASSAULT"),
    ("Ecuador imposed sanctions on Peru over the invasion", "SANCTION"),
    ("Peruvian troops shelled the border town of Tacna overnight", "ASSAULT"),
    ("The UN delivered food aid to the refugees in Arica", "AID"),
])
def test_state_told_in_its_own_clause_stays(code, text, event):
    assert event in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Peru will table a motion condemning Chile at a council meeting",
    "At a regional summit, the Peruvian president says farmers need rain",
    "At an Andean summit, Ghana's president says exports must grow",
    "Kenya drafted a resolution condemning the coup at a regional meeting",
])
def test_venue_gathering_is_no_meeting(code, text):
    assert "CONSULT" not in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile and Peru met at the UN Security Council",
    "The leaders of Chile and Peru met at a summit in Lima",
    "Chile and Peru held a summit on Monday",
])
def test_real_meeting_stays(code, text):
    assert "CONSULT" in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    "Peru's president issues a decree on new sanctions against Chile",
    "Congress passes a law on sanctions against Nicaragua",
])
def test_measure_enacted_by_a_carrier_stays(code, text):
    assert "SANCTION" in types(code(text, PUB))


# ---------------------------------------------------------------- a participle before a nationality
@pytest.mark.parametrize("text", [
    "Peru plans to turn occupied Bolivian provinces into a buffer zone, Chile says",
    "Chile accuses Peru of planning to annex occupied Bolivian regions",
    "Aid convoys reach occupied Bolivian towns near the border",
    "Relief flights land in besieged Syrian towns, the agency says",
])
def test_participle_before_a_nationality_is_an_adjective(code, text):
    assert not {"COERCE", "ASSAULT"} & set(types(code(text, PUB)))


@pytest.mark.parametrize("text", [
    "Peru has occupied Bolivian territory since March, officials say",
    "Peruvian troops occupied Bolivian villages along the river on Monday",
    "Troops that occupied Bolivian villages withdrew on Tuesday",
])
def test_occupying_told_as_an_act_stays(code, text):
    assert "COERCE" in types(code(text, PUB))


@pytest.mark.parametrize("text", [
    '"At our last meeting, the ambassador asked for money," Lina Ortiz said.',
    "At a meeting with the Chilean envoy, the Peruvian minister asked for water",
    "At his summit with Xi, the Kenyan president asked for loans",
])
def test_gathering_with_its_parties_stays(code, text):
    assert "CONSULT" in types(code(text, PUB))
