"""Event coreference in whole articles: a nominal named by its own place, date or name is its
own event; genuine anaphora ("the talks" … "the meeting") still joins the earlier event."""
from __future__ import annotations

from parley.schema import CodedArticle, Event


def of_type(doc: CodedArticle, event: str) -> list[Event]:
    return [e for e in doc.events if e.event == event and not e.negated]


def test_named_attack_is_not_folded_into_an_earlier_attack(code):
    doc = code("Insurgents attacked a police station in Mosul on Monday, killing four officers. "
               "The governor said the violence recalled the Kirkuk attack, which had shaken "
               "the region.", published="2022-03-08")
    assert not any(e.mentions for e in of_type(doc, "ASSAULT"))


def test_dated_attacks_are_not_folded_into_an_earlier_attack(code):
    doc = code("Gunmen attacked a market in Kano on Tuesday. Officials compared it with "
               "the 2014 attacks, which killed dozens of traders.", published="2022-05-04")
    assert not any(e.mentions for e in of_type(doc, "ASSAULT"))


def test_named_deal_is_not_folded_into_another_deal(code):
    doc = code("Chile and Peru signed a fishing agreement in Lima on Monday. "
               "Peru's minister said the Ecuador deal had been harder to reach.",
               published="2022-05-04")
    assert not any(e.mentions for e in of_type(doc, "AGREE"))


def test_other_deals_are_not_folded_into_the_deal_told(code):
    doc = code("Kenya and Uganda signed a rail agreement on Monday. "
               "Kenya has signed other agreements with Tanzania and Ethiopia.",
               published="2022-05-04")
    assert not any(e.mentions for e in of_type(doc, "AGREE"))


def test_definite_anaphora_still_joins_the_talks(code):
    doc = code("Serbia and Kosovo held talks in Brussels on Monday. The talks lasted six hours. "
               "Diplomats said the meeting was tense.", published="2022-05-04")
    consult = of_type(doc, "CONSULT")
    assert len(consult) == 1 and len(consult[0].mentions) == 2


def test_place_named_again_joins_the_summit(code):
    doc = code("NATO leaders met at a summit in Madrid on Wednesday. At the Madrid summit, "
               "Turkey lifted its objections.", published="2022-06-30")
    consult = of_type(doc, "CONSULT")
    assert len(consult) == 1 and consult[0].mentions


def test_bare_noun_without_parties_is_not_folded(code):
    doc = code("Germany called on Iran to release a detained journalist on Monday. Police in "
               "Tehran arrested two more reporters. The Iranian embassy did not respond to "
               "requests for comment.", published="2022-05-04")
    request = of_type(doc, "REQUEST")
    assert request and not any(e.mentions for e in request)


def test_bare_noun_sharing_a_party_joins(code):
    doc = code("Armenia and Azerbaijan held talks in Geneva on Monday. Officials said talks "
               "between Armenia and Azerbaijan would help.", published="2022-05-04")
    assert len(of_type(doc, "CONSULT")) == 1


def test_bare_noun_of_other_compatriots_is_not_folded(code):
    doc = code("Senator Ana Ortiz of Ohio called on the governor to release the emails on "
               "Monday. A teachers' union did not respond to requests for comment.",
               published="2022-05-04")
    request = [e for e in of_type(doc, "REQUEST") if e.trigger.text.startswith("called")]
    assert request and not request[0].mentions


def test_named_attack_in_the_same_sentence_is_not_folded_into_the_reply(code):
    doc = code("After the Garissa attacks, Kenyan troops bombed militant camps in Somalia. "
               "Critics said the Garissa attacks had been foreseen.", published="2022-05-04")
    strike = [e for e in of_type(doc, "ASSAULT") if e.trigger.text.startswith("bombed")]
    assert strike and not any("attacks" in m.text for m in strike[0].mentions)
