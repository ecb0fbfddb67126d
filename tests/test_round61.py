"""Round 61: a known person's one-word name the tagger read as a verb or a common noun.

"Lula meets Xi in Beijing", "Lula holds talks with Xi": the small model tags a headline's first
word "Lula" as a verb or a noun, and the known-actor match was dropped (it keeps "Rice prices"
from becoming Condoleezza Rice by asking for a proper noun or a name entity). A capitalised
alias that is no ordinary English word (the common-words list) is the known person however it
was tagged. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


@pytest.mark.parametrize("text", [
    "Lula meets Xi in Beijing",
    "Lula holds talks with Xi",
])
def test_known_name_read_as_a_word(code, text):
    coded = code(text, PUB)
    names = {a.id: a.name for a in coded.actors}
    consult = [e for e in coded.events if e.event == "CONSULT"]
    assert consult and "Luiz Inácio Lula da Silva" in [names[a] for a in consult[0].actor], consult


def test_an_ordinary_word_is_no_known_person(code):
    coded = code("Trump card played by the union", PUB)
    assert not [a for a in coded.actors if a.kind == "person"], coded.actors


@pytest.mark.parametrize("text", [
    "Sisi musical sells out Vienna theatre for summer run",
    "Herzog film wins top prize at Venice festival",
])
def test_a_namesake_qualifying_a_noun_is_no_known_person(code, text):
    """From the review: a name qualifying a noun is a namesake's (an empress, a film-maker)."""
    assert not [a for a in code(text, PUB).actors if a.kind == "person"]
