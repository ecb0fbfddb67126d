"""Round 20 of the slot audit (docs/audit/dev-slots20.md): participants the sentence names but
no slot got, and topics put in a slot, tested on invented sentences (never sample text).

- a talk's topic keeps no party: an aboutness phrase, a discussed object, a meeting's purpose
  clause (``events.topics``); the partner the parser hangs inside the topic stays a party;
- a list misread as appositions gives every member (``match.listed_appositions``);
- a gerund's by-phrase names its doer (``args.gerund_agents``);
- group nouns of the CAMEO agents dictionary head actors (``lexicon/sectors.yaml``).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names as _names

PUB = "2022-06-01"


def _slots(doc, kind):
    return [(_names(doc, e.actor), _names(doc, e.recipient)) for e in doc.events if e.event == kind]


@pytest.mark.parametrize("text, topic", [
    ("Hungary's foreign minister spoke with his Austrian counterpart on the need to send fuel "
     "to Moldovan hospitals", "Moldova"),
    ("A conference to discuss Serbia's bid to join the bloc opens in Vienna", "Serbia"),
    ("The prime minister talked with the Polish president about sanctions on Belarus", "Belarus"),
    ("Leaders met in Rome to discuss Georgia's request for membership", "Georgia"),
    ("The two ministers held talks on supplying weapons to Armenia", "Armenia"),
    ("Canada and Japan discussed aid to Moldova in a call", "Moldova"),
])
def test_a_topic_is_no_party_of_the_talk(code, text, topic):
    slots = _slots(code(text, PUB), "CONSULT")  # a talk of no named party may go altogether
    assert all(topic not in n for s, t in slots for n in s | t), slots


@pytest.mark.parametrize("text, partner", [
    ("Modi discussed the comments made by the Chinese envoy with the Nepalese premier",
     "Nepalese premier"),
    ("Macron discusses Africa's debt crisis with the Kenyan president", "Kenyan president"),
    ("France held talks with Germany on Monday about energy", "Germany"),
])
def test_the_partner_stays_a_party(code, text, partner):
    slots = _slots(code(text, PUB), "CONSULT")
    assert any(partner in n for s, _ in slots for n in s), slots


@pytest.mark.parametrize("text, kind, last", [
    ("Belarus sanctions Lithuania's president, his wife and other Lithuanian officials",
     "SANCTION", "Lithuanian officials"),
    ("Georgia imposes sanctions on Armenian President Pashinyan, his son and other Armenian "
     "officials", "SANCTION", "Armenian officials"),
    ("The Kenyan police detained the Somali ambassador, his deputy and several Somali diplomats",
     "COERCE", "Somali diplomats"),
])
def test_every_member_of_a_listed_target(code, text, kind, last):
    slots = _slots(code(text, PUB), kind)
    assert any(last in n for _, t in slots for n in t), slots


def test_a_renaming_apposition_lists_no_one(code):
    doc = code("Peru arrested the Bolivian consul, a former minister", PUB)
    assert _slots(doc, "COERCE") == [({"Peru"}, {"Bolivian consul"})]


@pytest.mark.parametrize("text, doer", [
    ("Armenian officials report continued shelling by Azerbaijanis near the border",
     "Azerbaijanis"),
    ("Kenya condemns the bombing by Somali militants of a market", "Somali militants"),
])
def test_a_gerund_by_phrase_names_the_doer(code, text, doer):
    slots = _slots(code(text, PUB), "ASSAULT")
    assert any(doer in n for s, _ in slots for n in s), slots


def test_a_progressive_by_phrase_is_no_doer(code):
    slots = _slots(code("Ethiopian troops are shelling the town by night", PUB), "ASSAULT")
    assert slots and all("night" not in n for s, _ in slots for n in s), slots


@pytest.mark.parametrize("text, kind, source", [
    ("Leading economists accuse Turkey of hiding inflation data", "ACCUSE", "economists"),
    ("Several politicians are calling for the minister to resign", "REQUEST", "politicians"),
    ("The new leadership in the province appeals for help from Ethiopia", "REQUEST", "leadership"),
    ("Former detainees in Aleppo allege Syrian torture", "ACCUSE", "detainees"),
])
def test_a_group_noun_subject_is_the_source(code, text, kind, source):
    slots = _slots(code(text, PUB), kind)
    assert any(source in n for s, _ in slots for n in s), slots


@pytest.mark.parametrize("text, kind, extra", [
    # a second singular description of the same person is no further member
    ("Blinken met Sergei Lavrov, Russia's foreign minister and a longtime ally of Vladimir "
     "Putin, in Geneva.", "CONSULT", "ally"),
    ("Washington sanctioned Ali Khamenei, Iran's supreme leader and the commander of its armed "
     "forces.", "SANCTION", "commander"),
])
def test_a_coordinated_description_lists_no_one(code, text, kind, extra):
    doc = code(text, PUB)
    names = [n for actor, recipient in _slots(doc, kind) for n in actor | recipient]
    assert names and not any(extra in n for n in names), names
