"""Round 26: criticism told by a condemning word (the curated lists joined by the VADER words of
condemning_vader.yaml), and the parses that hid it.

Invented sentences, each coded alone through the real pipeline. Each class has near misses that
must stay without the event.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names, countries, types

PUB = "2023-05-10"


def _has(doc, ids, part: str) -> bool:
    return not part or any(part in n for n in actor_names(doc, ids) | countries(doc, ids))


#: (sentence, critic, criticised): a verb of naming or a reported predicate with a condemning
#: word of the sentiment lexicon, said of a party or of its act
CONDEMNED = [
    ('Senator Ana Ruiz described Governor Tom Pike as a "fool" on Monday.', "Ana Ruiz", "Tom Pike"),
    ('The Kenyan opposition leader called the president a "liar and a coward".', "KEN", "president"),
    ('The Peruvian senator called the Bolivian president\'s remarks "shameful and stupid".', "PER", "BOL"),
    ('Bolivia\'s decision to close the border is "ridiculous," the Chilean minister said.', "CHL", "BOL"),
    ("The Chilean minister says Bolivia's blockade is pathetic.", "CHL", "BOL"),
    ('Governor Tom Pike is a "maniac," Senator Ana Ruiz said.', "Ana Ruiz", "Tom Pike"),
    ('The union called the mayor\'s budget a "swindle".', "union", "mayor"),
    ("Senator Ana Ruiz branded the governor's tax plan a scam.", "Ana Ruiz", "governor"),
    ("The governor said the senator's demands are ridiculous.", "governor", "senator"),
    # the small parser fuses object and complement ("called [X's remarks vile]"): the possessor
    ("The Chilean senator called the Bolivian premier's blockade awful.", "CHL", "BOL"),
    ("The Chilean senator called Bolivia's blockade abhorrent.", "CHL", "BOL"),
    # an adjective tagged as a noun in the copula's predicate, or a noun tagged as an adjective
    ("The Bolivian premier's blockade is compassionless, the Chilean senator said.", "CHL", "BOL"),
    ("The Bolivian premier is a fraudster, the Chilean senator said.", "CHL", "BOL"),
    # review 26: a trailing speaker the parser hung on the predicate ("…, X said on Monday"),
    # and object and complement read as one direct object
    ("The mayor of Lima is an idiot, a Peruvian senator said on Monday.", "senator", "mayor"),
    ("Senator Ana Ruiz dubbed the opposition Green Party pathetic in a radio interview on Sunday.",
     "Ana Ruiz", "Green Party"),
    # round 26b: the second object read as the verb's noun modifier; the members of a
    # collective; a thing noun as a reported predicate of a party's work
    ("The Chilean foreign ministry branded the Bolivian president a liar.", "CHL", "BOL"),
    ("The Chilean senator likened the Bolivian junta to a pack of liars.", "CHL", "BOL"),
    ("The Bolivian premier's plan is a swindle, the Chilean senator said.", "CHL", "BOL"),
]


@pytest.mark.parametrize("text,critic,criticised", CONDEMNED)
def test_a_condemning_word_said_of_a_party_is_criticism(code, text, critic, criticised):
    doc = code(text, published=PUB)
    assert any(e.event == "ACCUSE" and not e.negated and _has(doc, e.actor, critic)
               and _has(doc, e.recipient, criticised) for e in doc.events), \
        [(e.event, actor_names(doc, e.actor), actor_names(doc, e.recipient)) for e in doc.events]


#: the same words said of a thing, of oneself, or words too mild or neutral to condemn
NOT_CONDEMNED = [
    "The mayor described the traffic as horrible.",
    "The storm was horrible, the governor said.",
    "Chile's roads are terrible, the Bolivian minister said.",
    "The Chilean minister called the result disappointing.",
    "The senator called the governor a loyal friend.",
    "Senator Ana Ruiz called herself a fool for trusting the governor.",
    "The minister blamed himself for the delay.",
    "The coach criticised himself after the defeat.",
    "The Peruvian envoy later called his own remarks stupid and apologised.",
    "The mayor of Lima is an idiot who said on Monday that taxes would rise.",
    # a claim dismissed is a denial, no criticism (review 26)
    "\"That's ridiculous,\" the Bolivian spokesman said when asked about the spying claims.",
    "The summit was a disaster, the senator said.",
    "The coach compared the pitch to a field of thistles.",
]


#: judging oneself is no act between parties (SUPPORT as much as ACCUSE)
SELF = [
    "In defending himself, the senator said the report was false.",
    "The minister defended herself against the charges.",
    "The governor praised himself for the new budget.",
]


@pytest.mark.parametrize("text", NOT_CONDEMNED + SELF)
def test_no_party_judged_is_no_criticism_or_praise(code, text):
    doc = code(text, published=PUB)
    assert not {"SUPPORT", "ACCUSE"} & types(doc), [(e.event, e.trigger) for e in doc.events]


def test_defending_another_stays_support(code):
    doc = code("The minister defended the governor against the charges.", published=PUB)
    assert any(e.event == "SUPPORT" and _has(doc, e.recipient, "governor") for e in doc.events)


def test_blaming_another_stays_an_accusation(code):
    doc = code("The minister blamed the governor for the delay.", published=PUB)
    assert any(e.event == "ACCUSE" and _has(doc, e.recipient, "governor") for e in doc.events)
