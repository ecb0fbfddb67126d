"""Round 60: a title that names its one holder, opening a headline without its article.

"Pope calls for an end to the war" (the tagger reads "Pope" as a person's name) made a person
"Pope" with no country, while "The Pope called for …" was the holder of the year (Pope
Francis, Vatican). A one-word entity that is a unique title of the lexicon (``unique`` in
``sectors.yaml``) is left to the role phrase. Two-word names ("Alexander Pope") are names.
Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


@pytest.mark.parametrize("text", [
    "Pope calls for an end to the war in Sudan",
    "Pope says he is ready to go to Juba",
])
def test_unique_title_is_its_holder(code, text):
    found = [a for a in code(text, PUB).actors if a.kind == "person"]
    assert found and found[0].name == "Pope Francis" and found[0].country == "VAT", found


def test_a_name_with_a_given_name_stays(code):
    found = [a for a in code("Alexander Pope wrote poems in London", PUB).actors if a.kind == "person"]
    assert not found or found[0].name != "Pope Francis", found


def test_a_later_mention_of_a_named_pope_is_that_person(code):
    """From the review: the surname of someone the text names is that person."""
    coded = code("Detective Sarah Pope said officers arrested two men in Leeds. Pope said the "
                 "suspects were armed.", PUB)
    assert not [a for a in coded.actors if a.name == "Pope Francis"], coded.actors
