"""People whose own words say they come from several or other countries (round 9, class 5).

"leaders **of partner countries**", "ministers of allied nations", "allied commanders",
"Western officials": the phrase itself places them in countries it does not name, so the one
country their sentence names elsewhere ("… to increase pressure on Sudan") is not theirs.
``countryless_people`` must not guess for them.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.lexicon import load, word_list

#: nouns of a set of polities in an "of" complement ("leaders of partner countries")
POLITY_NOUNS = frozenset(load("participants.yaml", top=dict)["polity_nouns"]["words"])
#: adjectives that say the people are from elsewhere or from many places
#: (lexicon/actors_unplaced.yaml); "foreign" only where it makes no title with the noun
#: ("foreign fighters" are from elsewhere, "the foreign minister" is the one country's)
ELSEWHERE = word_list("actors_unplaced.yaml", "elsewhere")


def from_unnamed_countries(head: Token, title: Callable[[list[str]], bool] = lambda w: False) -> bool:
    """The noun ``head`` names people of several or other countries its phrase leaves unnamed:
    a plural polity noun in its "of" phrase, or an elsewhere adjective on it that makes no
    title with it (``title``: the role lexicon knows the two words as one role)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ELSEWHERE
           and not title([c.lower_, head.lemma_.lower()]) for c in head.children):
        return True
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.tag_ == "NNS" and obj.lemma_.lower() in POLITY_NOUNS:
                return True
    return False
