"""Round 18 (accuse18): criticism and allegation told without a verb of accusing, tested on
invented sentences (never sample text).

Classes: a blaming act told as a reported clause ("says the governor has created a housing
crisis", "X's shelling may amount to war crimes, Y said"), also after a headline colon or on
an evidence noun ("there are strong indications that …"); a reported predicate "invalid"; an
accusation told as the reason of another act ("apologize for accusing him of fraud"); railing
against and confronting a party; legal acts (a finding of a breach, a ruling that a
party violated a rule, naming suspects, a prosecutor seeking a sentence, investigators sent).
Guards: one's own side, praise or neutral acts, no named party, "no evidence that …", negation.
"""
from __future__ import annotations

import pytest

from tests.event_helpers import names

PUB = "2022-06-01"


def accusations(doc):
    return [e for e in doc.events if e.event == "ACCUSE" and not e.negated]


# ------------------------------------------------------- a blaming act in a reported clause
@pytest.mark.parametrize(("text", "critic", "target"), [
    ("The Chilean senator said the governor has created a housing crisis.",
     "Chilean senator", "governor"),
    ("Senator Ana Ruiz said the mayor had shown poor judgment in hiring his cousin.",
     "Ana Ruiz", "mayor"),
    ("The Swiss envoy said Serbia had displayed complete disregard for the ceasefire.",
     "Swiss envoy", "Serbia"),
    ("Russia's shelling of the port may amount to war crimes, the Finnish envoy said.",
     "Finnish envoy", "Russia"),
    ("The Dutch minister says the Serbian army has committed war crimes near the border.",
     "Dutch minister", "Serbian army"),
    ("The Dutch minister says there are strong indications that the Serbian army is "
     "displaying contempt for the truce.", "Dutch minister", "Serbian army"),
    ("Finnish envoy: Serbia is committing war crimes in Kosovo", "Finnish envoy", "Serbia"),
    ("The Peruvian foreign minister says Bolivia's annexation of the islands is invalid.",
     "Peruvian foreign minister", "Bolivia"),
])
def test_reported_blaming_act_is_an_accusation(code, text, critic, target):
    doc = code(text, PUB)
    found = accusations(doc)
    assert found, text
    assert any(critic.lower() in names(doc, e.actor) and target.lower() in names(doc, e.recipient)
               for e in found), [(names(doc, e.actor), names(doc, e.recipient)) for e in found]


@pytest.mark.parametrize("text", [
    "We made mistakes in the first weeks, the Chilean president said.",  # own side
    "The mayor said her own party had made mistakes.",
    "The mayor said the governor had shown great courage during the flood.",  # praise
    "The minister said the army had shown restraint.",
    "The senator said the governor made a decision on the budget.",  # neutral act
    "Critics say the plan may create a crisis.",  # no party named
    "The report said the drought caused a food crisis.",
    "The Dutch minister says there is no evidence that the Serbian army made a mistake.",
])
def test_no_accusation_without_a_blamed_party(code, text):
    assert not accusations(code(text, PUB)), text


def test_a_denied_wrong_is_negated(code):
    doc = code("The minister said Peru had not committed any crimes.", PUB)
    assert not accusations(doc)


# ----------------------------------------------------- an accusation told as a reason
@pytest.mark.parametrize(("text", "accuser"), [
    ("The senator apologized for accusing the judge of bias.", "senator"),
    ("The governor demanded that the senator apologize for calling her a liar.", "senator"),
    ("David Ortiz called on the mayor to apologize for accusing him of fraud.", "mayor"),
])
def test_accusation_given_as_a_reason_is_its_own_act(code, text, accuser):
    doc = code(text, PUB)
    assert any(accuser in " ".join(names(doc, e.actor)) for e in accusations(doc)), text


# ------------------------------------------------ words of attack and confrontation
@pytest.mark.parametrize("text", [
    "Railing against the governor, Senator Ana Ruiz vowed to cut the tax breaks.",
    "The Greek envoy confronted his Turkish counterpart about the detained fishermen.",
    "The arbitration panel found Colombia in breach of the fishing treaty.",
    "The tribunal ruled that Peru had violated the fishing treaty.",
    "Chile named three Peruvian officers as suspects in the border killings.",
    "Prosecutors are seeking ten years in prison for the former minister.",
    "The ICC prosecutor announced the deployment of investigators to Sudan.",
])
def test_verbal_confrontation_or_legal_finding_is_an_accusation(code, text):
    assert accusations(code(text, PUB)), text


@pytest.mark.parametrize("text", [
    "Police confronted protesters outside the parliament.",
    "The country confronts a deep recession.",
    "The committee named the senator as its chair.",
    "The court ruled that the county must reopen the polls.",
    "The army announced the deployment of troops to the border.",
])
def test_neutral_confronting_naming_or_ruling_is_no_accusation(code, text):
    assert not accusations(code(text, PUB)), text
