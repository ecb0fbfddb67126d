"""Round 65: bodies named by several words whose head is no role of its own.

"The Philippine coast guard accused …", "Nigerian election commission delays the vote": "guard",
"commission", "service", "agency", "council" are no role words, so no actor was found and the
demonym stood in as the state. Phoenix (PETRARCH2) lists these bodies as agents; the vendored
agents gain them (each with an invented example the linking tests run), and a body's name that
ends with a role of several words takes its sector. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


@pytest.mark.parametrize("text,event,body,country", [
    ("Peruvian coast guard accuses Chilean trawlers of fishing illegally", "ACCUSE", "coast guard", "PER"),
    ("Bolivian security service detains a suspected Chilean agent", "COERCE", "security service", "BOL"),
    ("Kenyan electoral commission rejects the opposition's complaint", "REJECT", "electoral commission",
     "KEN"),
])
def test_the_body_is_the_source(code, text, event, body, country):
    coded = code(text, PUB)
    names = {a.id: (a.name, a.country) for a in coded.actors}
    found = [e for e in coded.events if e.event == event]
    assert found, coded.events
    sources = [names[i] for i in found[0].actor]
    assert any(body in n and c == country for n, c in sources), sources


def test_a_body_name_ending_in_a_role_of_several_words_takes_its_sector(code):
    coded = code("The Kazakh Federation Council approved the treaties.", PUB)
    assert [a for a in coded.actors if a.sector == "GOV" and "Council" in a.name], coded.actors


@pytest.mark.parametrize("text,name", [
    ("The Chilean defence ministry said its ships had left the port.", "ministry"),
    ("Peruvian police arrested two men near the border.", "police"),
])
def test_near_misses(code, text, name):
    """Bodies headed by a role word of their own: found before, unchanged."""
    coded = code(text, PUB)
    assert [a for a in coded.actors if name in a.name.lower()], coded.actors
