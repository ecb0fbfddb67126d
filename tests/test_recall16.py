"""Structural recall classes of round 16: war headlines whose event was missed whatever the
verb, fixed as a class and checked against near misses. Every sentence here is invented.

1. "It" for a body that reports its own act: "the army says **it** destroyed …", "X's
   ministry says **it** expelled …". The actor's pronoun rule gave "it" only to states and
   organisations, so a body named by a singular noun (an army, a navy, a ministry: kind
   "group") lost its own reported act. By subject parallelism (the pronoun is the subject of
   the clause the body's verb governs) "it" now takes such a body; a plural noun ("Rebels say
   it …") does not.
2. Headline verb read as a noun when the line's verb root heads a later clause (a closing
   attribution "…, army says", an "as"-clause) or when a prepositional phrase separates the
   subject from its verb ("Rebels in the eastern province seize airport"): the headline repair
   (``parley.nlp.headlines``) now treats the words before the later clause as the headline and
   looks through the subject's phrase for the subject.
"""
from __future__ import annotations

import pytest

PUB = "2023-03-02"


def actors_of(code, text, event):
    doc = code(text, PUB)
    names = {a.id: a.name for a in doc.actors}
    return [[names[a] for a in e.actor] for e in doc.events if e.event == event]


@pytest.mark.parametrize("text, event, actor", [
    ("The Moldovan army says it destroyed two Ruritanian tanks near the border", "ASSAULT", "Moldovan army"),
    ("Estonia's foreign ministry says it expelled a Russian diplomat", "SANCTION", "Estonian ministry"),
    ("Ukraine military says it has pushed back Belarusian assaults in several areas", "ASSAULT",
     "Ukrainian military"),
])
def test_it_is_the_reporting_body(code, text, event, actor):
    assert any(actor in found for found in actors_of(code, text, event))


def test_plural_body_is_not_it(code):
    found = actors_of(code, "Rebels say it destroyed the bridge near the border", "ASSAULT")
    assert all("rebels" not in [n.lower() for n in f] for f in found)


@pytest.mark.parametrize("text, event", [
    ("Rebels in the eastern province seize airport, army says", "ASSAULT"),
    ("Delegates on the rights council condemn raid on Georgian village", "ACCUSE"),
])
def test_headline_verb_before_later_clause(code, text, event):
    doc = code(text, PUB)
    assert event in [e.event for e in doc.events]


def test_attribution_keeps_its_reporter(code):
    doc = code("Rebels in the eastern province seize airport, army says", PUB)
    names = {a.id: a.name for a in doc.actors}
    found = [e for e in doc.events if e.event == "ASSAULT"]
    assert found and names.get(found[0].claimed_by or "", "").lower().endswith("army")


def test_clause_before_attribution_is_kept(code):
    """A line that is a clause already ("X forces near Y have pulled back, officials say"):
    "forces" stays the subject's noun, not a verb."""
    assert ["Georgian forces"] in actors_of(
        code, "Georgia forces near the border have pulled back, officials say", "RETREAT")


def test_verb_in_a_later_participle_clause_keeps_the_repair(code):
    """A verb with a subject inside a participle clause ("…, warning it could …") is no later
    clause: the headline verb before it is repaired as before."""
    doc = code('Tusk pledges to keep up Polish aid to Moldova, warning it "could be a long winter"', PUB)
    assert "AGREE" in [e.event for e in doc.events]


@pytest.mark.parametrize("text", [
    "Prices in the capital rise as supplies dwindle",
    "Queues at the border grow longer, officials say",
])
def test_noun_phrases_stay_quiet(code, text):
    assert code(text, PUB).events == []
