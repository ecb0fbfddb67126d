"""Round 16, the dictionary tier's generic-verb guard (docs/audit/dev-guard16.md). Sentences are
invented.

The guard (``cameo_tier.yaml`` ``generic_verbs``, and every verb with a curated entry) keeps a
common verb ("give", "grant", "remove", "evacuate", "order", "issue") from coding bare, but lets
it code through a pattern of the CAMEO dictionary that names its object or preposition, with the
dictionary's synonym sets. The first tests pin that both ways. The last class is new: such a
verb in the to-clause of a word of plan or schedule ("plans to grant amnesty") was dropped by
the tier's position guard, while a curated verb there was coded as announced."""
from __future__ import annotations

import pytest

from tests.test_cameo_tier import _tier_events


def _events(nlp, text):
    return [(e.event, e.trigger.text) for e in nlp(text)._.parley_events]


@pytest.mark.parametrize("text,event", [
    ("The junta granted amnesty to the rebels.", "SUPPORT"),             # GRANT * AMNESTY
    ("The court in Lusaka granted the journalist bail.", "CONCEDE"),     # GRANT * BAIL, two objects
    ("Egypt gave permission to the convoy.", "CONCEDE"),                 # GIVE * PERMISSION
    ("The Tanzanian ministry issued a warning to Burundi.", "THREATEN"),  # ISSUE * WARNING
    ("Italy evacuated its embassy in Tripoli.", "SANCTION"),             # EVACUATE * EMBASSY
    ("The parliament of Malawi removed the governor from office.", "SANCTION"),  # REMOVE * (FROM OFFICE)
    ("Brazil removed the restrictions on imports from Chile.", "CONCEDE"),      # REMOVE * RESTRICTION
])
def test_guarded_verb_codes_through_a_dictionary_pattern(nlp, text, event):
    got = [e.event for e in _tier_events(nlp, text)]
    assert event in got, _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The committee gave its opinion.",
    "The coach ordered a pizza.",
    "The teacher removed the poster from the wall.",
    "The family evacuated the house after the flood.",
    "The company gave its staff a raise.",
])
def test_guarded_verb_bare_or_with_an_unnamed_object_stays_dropped(nlp, text):
    assert not nlp(text)._.parley_events, _events(nlp, text)


@pytest.mark.parametrize("text,event", [
    ("Finland plans to grant amnesty to jailed protesters.", "AGREE"),  # a promise of a concession
    ("The Peruvian court is set to grant bail to the former mayor.", "AGREE"),
    ("Senegal plans to remove the restrictions on fishing boats from Gambia.", "AGREE"),
    ("Mongolia intends to issue a warning to its neighbours.", "THREATEN"),
    # round 25: willingness declares the act as readiness does (modality20), no longer a near miss
    ("The regime is willing to grant amnesty to the rebels.", "AGREE"),
])
def test_dictionary_verb_in_an_announced_to_clause_codes_as_announced(nlp, text, event):
    got = [e for e in _tier_events(nlp, text) if e.event == event]
    assert got, _events(nlp, text)
    if event == "THREATEN":  # keeps its type, told as still to come
        assert got[0].future


@pytest.mark.parametrize("text", [
    "The ministry launched a drive to convince parliament to grant amnesty.",  # no announcing word
    "The mayor plans to order new buses.",                     # no pattern object
    "Ghana plans to give its opinion on the report.",
    "Norway plans to give generously.",                        # bare
])
def test_to_clause_near_misses_stay_uncoded_by_the_tier(nlp, text):
    assert not _tier_events(nlp, text), _events(nlp, text)
