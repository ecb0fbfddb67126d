"""Event coreference folds only true retellings (round evcoref2): compatriots are two parties
unless one is the state itself or its government; an anaphor joins the event told last; a
verb, a bare noun or a noun of another word reaches back a paragraph or two, a definite noun
of the event's own word the whole article; a promise is not the concluded deal."""
from __future__ import annotations

from parley.schema import CodedArticle, Event

#: unrelated news between two mentions: ten sentences with no event of the tested types
FILLER = ("Fuel prices rose by four percent in May. Bakers said flour was dearer. The central "
          "bank kept its rate unchanged. Farmers reported a good harvest. Exports of cocoa fell "
          "slightly. Tourism grew in the coastal towns. A new bridge opened over the river. "
          "Schools reopened after the holiday. Rainfall was above average. ")


def of_type(doc: CodedArticle, event: str) -> list[Event]:
    return [e for e in doc.events if e.event == event and not e.negated]


def folded(doc: CodedArticle, event: str) -> list[str]:
    return [m.text for e in of_type(doc, event) for m in e.mentions]


# compatriots: a state and its officials are one party, two bodies of one country are two

def test_compatriot_bodies_meeting_is_not_the_earlier_talks(code):
    doc = code("Talks between a German carmaker and a German union ended on Monday. German "
               "bakers met with German flour mills.", published="2022-05-04")
    assert "met" not in folded(doc, "CONSULT")


def test_state_and_its_diplomats_stay_one_party(code):
    doc = code("Mexico and Guatemala held talks in Tapachula on Monday. Mexican diplomats said "
               "the talks covered migration.", published="2022-05-04")
    assert len(of_type(doc, "CONSULT")) == 1 and folded(doc, "CONSULT")


def test_state_officials_verb_still_retells_the_talks(code):
    doc = code("Talks between Egypt and Sudan ended in Cairo on Monday. Egyptian officials met "
               "Sudanese envoys again to discuss the dam.", published="2022-05-04")
    assert folded(doc, "CONSULT") == ["met"]


# recency: the anaphor joins the event mentioned last, not the one coded last

def test_anaphor_joins_the_talks_told_last(code):
    doc = code("Kenya and Ethiopia held talks in Nairobi on Monday. Uganda and Rwanda held talks "
               "in Kigali on Tuesday. Kenyan officials said the Nairobi talks went well. "
               "Diplomats said the talks were cordial.", published="2022-05-04")
    by_place = {e.trigger.start: e for e in of_type(doc, "CONSULT")}
    first, second = (by_place[k] for k in sorted(by_place))
    assert len(first.mentions) == 2 and not second.mentions


# reach: another word a paragraph or two; the event's own word (definite) the whole article

def test_far_noun_of_another_word_is_not_folded(code):
    doc = code("Leaders of Chad and Niger met at a summit in N'Djamena on Monday. " + FILLER
               + "Officials said the talks had been tense.", published="2022-05-04")
    assert "talks" not in folded(doc, "CONSULT")


def test_far_definite_noun_of_the_same_word_is_folded(code):
    doc = code("Leaders of Chad and Niger met at a summit in N'Djamena on Monday. " + FILLER
               + "Officials said the meeting had been tense.", published="2022-05-04")
    assert folded(doc, "CONSULT") == ["meeting"]


def test_near_noun_of_another_word_is_folded(code):
    doc = code("Thousands of students marched in Accra on Monday against fuel prices. Police "
               "said the protests were peaceful.", published="2022-05-04")
    assert folded(doc, "PROTEST") == ["protests"]


def test_far_bare_noun_without_party_is_still_dropped(code):
    doc = code("Thousands of students marched in Accra on Monday against fuel prices. " + FILLER
               + "Teachers staged protests over pay.", published="2022-05-04")
    assert len(of_type(doc, "PROTEST")) == 1 and not folded(doc, "PROTEST")


# family: a promise or an offer is not the concluded deal

def test_agreement_is_not_the_earlier_pledge(code):
    doc = code("Canada pledged to lift its limits on Mexican trucks. A trade panel ruled that "
               "Ottawa had broken the agreement.", published="2022-05-04")
    assert "agreement" not in folded(doc, "AGREE")


def test_deal_is_not_the_earlier_promise(code):
    doc = code("Norway promised to release the detained fishermen. Officials said the deal with "
               "Russia was fragile.", published="2022-05-04")
    assert "deal" not in folded(doc, "AGREE")


def test_agreement_retells_agreeing(code):
    doc = code("Brazil and Argentina agreed to cut tariffs on beef on Monday. The agreement "
               "covers frozen meat.", published="2022-05-04")
    assert folded(doc, "AGREE") == ["agreement"]


def test_agreement_retells_a_signed_deal(code):
    doc = code("Peru and Chile signed a fishing deal in Lima on Monday. The agreement sets "
               "quotas for anchovy.", published="2022-05-04")
    assert folded(doc, "AGREE") == ["agreement"]
