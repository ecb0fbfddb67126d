"""Round 25: honours conferred, readiness and offers (acts declared, not done), and the "it"
of a body that says it is ready.

Invented sentences, each coded alone through the real pipeline. Every class has near misses
that must stay without the event (or without the wrong reading).
"""
from __future__ import annotations

import pytest

from parley.schema import CodedArticle, Event
from tests.event_helpers import actor_names, countries

PUB = "2023-05-10"


def _holds(names: set[str], part: str) -> bool:
    return not part or any(part in n for n in names)


#: (sentence, giver or "", honoured): a medal, prize or honour conferred is the giver's
#: SUPPORT of the honoured (CAMEO 051)
HONOURS = [
    ("The king awarded the bravery medal to a young firefighter.", "king", "firefighter"),
    ("Chile's president awards Peruvian rescuers a medal for courage", "Chile", "Peru"),
    ("Lithuania bestowed its highest decoration on the Moldovan ambassador.", "Lithuania", "ambassador"),
    ("French president confers Legion of Honour on Kenyan nurse", "Emmanuel Macron", "nurse"),
    ("The Czech president decorated three Slovak pilots with medals for bravery.", "Czech president",
     "pilots"),
    ("The queen presented the rescue pilots with bravery medals.", "queen", "pilots"),
    ("The Canadian medic received a bravery medal from the Moldovan president.", "Moldovan president",
     "Canad"),
    ("Bolivian senator accepts award from Peruvian president", "Peruvian president", "Bolivia"),
]

#: sentences with a verb of giving or receiving and no honour conferred on a party; honouring
#: alone is a symbolic act (judging rule 2), not an event
NO_HONOUR = [
    "The mayor honoured the firefighters at a ceremony in the old square.",
    "Estonia renamed the street outside the embassy to honour Georgia.",
    "The senator says she is honored to serve on the committee.",
    "The ministry awarded the building contract to a Turkish firm.",
    "The government will honour its commitments to the lenders.",
    "Kenya pledged to honour the ceasefire.",
    "The sprinter won a gold medal at the championships.",
    "The general gave the order to advance on the town.",
    "She presented the budget report to parliament on Tuesday.",
    "The cyclist received a medal at the race in Lyon.",
]


@pytest.mark.parametrize("text,giver,honoured", HONOURS)
def test_an_honour_conferred_is_support(code, text, giver, honoured):
    doc = code(text, published=PUB)
    support = [e for e in doc.events if e.event == "SUPPORT" and not e.negated]
    assert any(_holds(actor_names(doc, e.actor) | countries(doc, e.actor), giver)
               and _holds(actor_names(doc, e.recipient) | countries(doc, e.recipient), honoured)
               for e in support), [(e.event, e.actor, e.recipient) for e in doc.events]


@pytest.mark.parametrize("text", NO_HONOUR)
def test_no_honour_no_support(code, text):
    doc = code(text, published=PUB)
    assert not any(e.event == "SUPPORT" for e in doc.events), [(e.event, e.trigger.text) for e in doc.events]


def _by(doc: CodedArticle, event: Event, country: str) -> bool:
    by_id = {a.id: a for a in doc.actors}
    return any(by_id[i].country == country for i in event.actor if i in by_id)


#: (sentence, the body that said it is ready): "it" before an adjective of readiness refers
#: (actors/coref.py, actors_component.yaml readiness)
READY_IT = [
    ("Brazil said it was ready to hold talks with Argentina.", "BRA"),
    ("Kenya says it is willing to work with Uganda on border security.", "KEN"),
    ("Peru said it was prepared to send engineers to Ecuador.", "PER"),
    ("Oman said it was keen to host talks between the two sides.", "OMN"),
]


@pytest.mark.parametrize("text,country", READY_IT)
def test_it_of_a_ready_body_is_that_body(code, text, country):
    doc = code(text, published=PUB)
    assert any(_by(doc, e, country) for e in doc.events), [(e.event, e.actor) for e in doc.events]


#: "it" stays expletive before a clause it stands for
EXPLETIVE_IT = [
    "Brazil said it was hard to hold talks with Argentina.",
    "Brazil said it was important to hold talks with Argentina.",
]


@pytest.mark.parametrize("text", EXPLETIVE_IT)
def test_expletive_it_names_nobody(code, text):
    doc = code(text, published=PUB)
    for e in doc.events:
        assert actor_names(doc, e.actor) <= {"Argentina"}, (e.event, actor_names(doc, e.actor))


#: (sentence, type, flag or ""): an act declared by readiness, willingness or an offer is not
#: done: cooperation is AGREE (PLOVER 3.1), conflict keeps its type flagged future; an
#: unwillingness negates the act
DECLARED = [
    ("Brazil is willing to hold talks with Argentina.", "AGREE", ""),
    ("Brazil is eager to hold talks with Argentina.", "AGREE", ""),
    ("Brazil is keen to send troops to Haiti.", "MOBILIZE", "future"),
    ("Norway renewed its offer to mediate between Colombia and the rebels.", "AGREE", ""),
    ("Egypt made an offer to host peace talks between Sudan's generals.", "AGREE", ""),
    ("Ecuador renewed its offer to send troops to Haiti.", "MOBILIZE", "future"),
    ("Turkey's proposal to hold talks with Greece in Istanbul was welcomed in Athens.", "AGREE", ""),
    ("Austria's readiness to supply tanks to Slovakia surprised Prague.", "AGREE", ""),
    ("Guyana's bid to annex the disputed islands worried Caracas.", "COERCE", "hypothetical"),
    ("Serbia's intention to impose sanctions on Hungary was reported on Monday.", "SANCTION", "future"),
    ("Brazil is unwilling to send troops to Haiti.", "MOBILIZE", "negated"),
    ("Kenya is reluctant to impose sanctions on Uganda.", "SANCTION", "negated"),
    ("Brazil is unwilling to hold talks with Argentina.", "CONSULT", "negated"),
]


@pytest.mark.parametrize("text,event,flag", DECLARED)
def test_a_declared_act_is_not_done(code, text, event, flag):
    doc = code(text, published=PUB)
    found = [e for e in doc.events if e.event == event]
    assert found, [(e.event, e.trigger.text) for e in doc.events]
    assert all(getattr(e, flag) for e in found) if flag else any(
        not (e.negated or e.future or e.hypothetical) for e in found)
    # the declared act is never also told as done
    done = ("CONSULT", "MOBILIZE", "SANCTION")
    assert not any(e.event in done and not (e.negated or e.future or e.hypothetical)
                   for e in doc.events)


#: acts done in a past clause beside the offer stay done
def test_an_act_done_beside_an_offer_stays_done(code):
    doc = code("Egypt hosted talks between the generals on Monday after its offer was accepted.",
               published=PUB)
    assert any(e.event == "CONSULT" and not (e.future or e.negated) for e in doc.events)


#: (sentence, the possessor's country): the to-infinitive of a possessed noun of intent,
#: decision, offer or attempt is done by the possessor (``args.intent_owner``)
INTENT_OWNED = [
    ("Norway's offer to mediate between the two sides was welcomed.", "NOR"),
    ("Peru's decision to withdraw from the fisheries pact angered Chile.", "PER"),
    ("Bolivia's attempt to expel the Chilean envoy failed in court.", "BOL"),
    ("Ghana's move to expel the Togolese ambassador surprised Lome.", "GHA"),
]


@pytest.mark.parametrize("text,country", INTENT_OWNED)
def test_the_owner_of_an_intent_does_its_act(code, text, country):
    doc = code(text, published=PUB)
    assert any(country in countries(doc, e.actor) for e in doc.events), [
        (e.event, e.trigger.text, countries(doc, e.actor)) for e in doc.events]


def test_an_unowned_intent_names_no_doer(code):
    doc = code("The offer to mediate between Peru and Chile was welcomed in Quito.", published=PUB)
    assert not any("ECU" in countries(doc, e.actor) for e in doc.events)
