"""A known person named with middle names or initials ("John F. Kerry", "Joseph R. Biden") is
that person, with the country and offices of the known-actors file; another person who only
shares the surname ("Laura Bush") is not. Invented sentences."""
from __future__ import annotations

import pytest

PUB = "2016-09-09"


@pytest.mark.parametrize("text, name, country", [
    ("John F. Kerry flew to Geneva to meet the foreign minister.", "John Kerry", "USA"),
    ("John Forbes Kerry criticized the junta on Monday.", "John Kerry", "USA"),
    ("Vladimir V. Putin signed the decree on Friday.", "Vladimir Putin", "RUS"),
])
def test_middle_names_and_initials_keep_the_known_person(code, text, name, country):
    doc = code(text, PUB)
    found = [a for a in doc.actors if a.name == name]
    assert found and found[0].country == country
    assert not [a for a in doc.actors if a.kind == "person" and a.name != name
                and a.name.split()[-1] == name.split()[-1]]


def test_another_first_name_is_another_person(code):
    doc = code("Laura Bush visited a school in Dallas.", "2006-09-09")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Laura Bush"]
