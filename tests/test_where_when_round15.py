"""Event places, fifteenth round of issue "core IV": a share of a named place ("half of X")
or a river bank said to lie in it ("the east bank in X") is an area, so of a city and its
same-name first-level division the division is meant (``area`` in ``lexicon/place_cues.yaml``,
read by ``PlacesComponent._area_cue``). Invented sentences.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import place_of as _place
from tests.event_helpers import starting_with as _event

DAY = "2026-05-13"


DIVISION = [  # a share of the seat or a bank in it: the oblast
    ("Separatists shelled half of Luhansk overnight, the governor said.", "shelled", "Luhansk"),
    ("Enemy artillery shelled half of Zaporizhzhia in a single night, the governor said.",
     "shelled", "Zaporizhzhia"),
    ("Russian units began a withdrawal from half of Mykolaiv, officers said.", "withdrawal",
     "Mykolaiv"),
    ("Marines shelled positions on the east bank in Kherson on Sunday.", "shelled", "Kherson"),
    ("Soldiers pulled out of the left bank in Zaporizhzhia under fire.", "pulled", "Zaporizhzhia"),
]
TOWN = [  # no share or bank word before the name, or a capital: the town
    ("Rockets struck apartment blocks in Kharkiv on Monday.", "struck", "Kharkiv"),
    ("Artillery shelled a market in Mykolaiv on Sunday, the mayor said.", "shelled", "Mykolaiv"),
    # "areas of X" is left out: "residential areas of X" are the town's streets
    ("Rockets hit residential areas of Kharkiv after midnight.", "hit", "Kharkiv"),
    # a capital is its city, even with a share word ("half of Kyiv" is the city's half)
    ("Missiles struck power stations in half of Kyiv overnight.", "struck", "Kyiv"),
    # a bank "of" the town's river names no division
    ("Troops shelled the river bank near Kherson's port on Friday.", "shelled", "Kherson"),
]


@pytest.mark.parametrize("text,trigger,name,feature",
                         [(*c, "admin1") for c in DIVISION] + [(*c, "city") for c in TOWN])
def test_a_share_or_a_bank_of_a_seat_is_its_division_not_the_town(code, text, trigger, name,
                                                                   feature):
    coded = code(text, published=DAY)
    place = _place(coded, _event(coded, trigger))
    assert place is not None and place.feature == feature and place.name[:3] == name[:3], place
