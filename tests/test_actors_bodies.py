"""Body nouns ("a nonprofit company", "the newspaper", "the union") are organisations, never
persons: a pronoun for a person does not resolve to them."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word", [
    ("A mining company in Ohio signed a deal with the state on Monday.", "company"),
    ("The local newspaper in Texas accused the mayor of lying.", "newspaper"),
    ("The teachers' union in Michigan called a strike on Friday.", "union"),
    ("A small business in Oregon sued the county over the ban.", "business"),
])
def test_body_noun_is_an_organisation(code, text, word):
    doc = code(text, published="2022-05-04")
    bodies = [a for a in doc.actors if word in a.name.lower()]
    assert bodies and all(a.kind == "organization" for a in bodies)


def test_person_pronoun_does_not_resolve_to_a_company(code):
    doc = code("Maria Lopez founded a nonprofit company in Denver. She said the county had "
               "blocked her plans.", published="2022-05-04")
    company = [a for a in doc.actors if "company" in a.name.lower()]
    assert company and all(a.kind == "organization" for a in company)
    assert not any(m.text.lower() == "she" for a in company for m in a.mentions)
