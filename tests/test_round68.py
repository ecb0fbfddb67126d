"""Round 68: a call or meeting whose sides are named around it, not in a "with" phrase.

- a call naming both sides before itself ("the Boric-Petro call", "after a Lula-Milei phone
  call"): a call between the two, also in a phrase of sequence (it took place);
- a call naming one side before itself in an occasion phrase ("agreed to the plan during an
  Arce call"): the other side is the act's subject, and a promise or demand said in it is said
  to the one named;
- a headline speaker's statement after a call ('X: "…" after call with Y'): the speaker had it;
- a side telling of its own meeting ("the Chilean president describes a tense meeting with Y",
  "recounts the talks with Y"): the meeting is news, with the speaker as the other side, not a
  topic of telling. A commentator's account ("analysts describe …") stays a topic.

Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2023-06-01"


def _consult_sides(coded) -> list[set[str]]:
    names = {a.id: a.name for a in coded.actors}
    return [{names[i] for i in e.actor + e.recipient} for e in coded.events if e.event == "CONSULT"]


@pytest.mark.parametrize("text,sides", [
    ("Chilean leader voices concern after Macron-Scholz call", {"Emmanuel Macron", "Olaf Scholz"}),
    ("What we know about the Scholz-Xi call", {"Olaf Scholz", "Xi Jinping"}),
    ("Tokyo hopeful after Kishida-Yoon phone call", {"Fumio Kishida", "Yoon Suk Yeol"}),
])
def test_a_call_naming_both_sides_before_itself(code, text, sides):
    found = _consult_sides(code(text, PUB))
    assert any(sides <= s for s in found), found


@pytest.mark.parametrize("text,subject,named", [
    ("Putin agrees to a grain corridor during Erdogan call", "Vladimir Putin", "Recep Tayyip Erdoğan"),
    ("Chile's president pledges more aid during Macron call", "Chile's president",
     "Emmanuel Macron"),
])
def test_one_named_side_and_the_subject(code, text, subject, named):
    coded = code(text, PUB)
    assert any({subject, named} <= s for s in _consult_sides(coded))
    names = {a.id: a.name for a in coded.actors}
    agree = [e for e in coded.events if e.event == "AGREE"]
    assert agree and named in {names[i] for i in agree[0].recipient}


@pytest.mark.parametrize("text,sides", [
    ('White House: Seoul will be watched closely after call with Kishida',
     {"United States", "Fumio Kishida"}),
    ('Kremlin: "No progress was made" after call with Macron', {"Russia", "Emmanuel Macron"}),
])
def test_a_headline_speaker_after_a_call(code, text, sides):
    found = _consult_sides(code(text, PUB))
    assert any(sides <= s for s in found), found


@pytest.mark.parametrize("text,sides", [
    ("Austrian chancellor describes tense meeting with Lukashenko",
     {"Austrian chancellor", "Alexander Lukashenko"}),
    ("The Chilean president recounted the difficult talks with Bolivia",
     {"Chilean president", "Bolivia"}),
    ("The Peruvian premier recalled the long negotiations with Ecuador",
     {"Peruvian premier", "Ecuador"}),
])
def test_a_side_telling_of_its_own_meeting(code, text, sides):
    found = _consult_sides(code(text, PUB))
    assert any(sides <= s for s in found), found


@pytest.mark.parametrize("text", [
    "Analysts describe a tense meeting with Lukashenko",
    "Reporters recalled the long negotiations with Ecuador",
])
def test_a_commentators_account_is_a_topic(code, text):
    assert _consult_sides(code(text, PUB)) == []


@pytest.mark.parametrize("text", [
    "Markets fell during a Monday call",
    "The minister answered questions during a Friday call",
])
def test_a_call_named_by_no_side(code, text):
    assert _consult_sides(code(text, PUB)) == []


def test_the_speaker_of_anothers_talks_is_no_side(code):
    """A talk naming its own side ("Peru's talks with Bolivia") is not the speaker's."""
    found = _consult_sides(code("The Chilean president described Peru's talks with Bolivia.", PUB))
    assert found and not any("Chilean president" in s for s in found)


def test_a_named_call_hung_deep_belongs_to_the_clause_with_a_subject(code):
    """The parser hangs "in a Macron call" on the last noun of a long phrase: the call is the
    speaker's, whose verb is several steps up (through a gerund)."""
    coded = code("Lula spoke in favour of sending observers to the border in a Macron call, aides say",
                 PUB)
    assert any({"Luiz Inácio Lula da Silva", "Emmanuel Macron"} <= s for s in _consult_sides(coded))


def test_a_call_with_ones_own_leader_names_no_other_side(code):
    """'White House: … after call with Biden': the speaker and the partner are one country's,
    so the call's other side is not named (not a call between a state and its president)."""
    coded = code("Kremlin: Russia will watch the moves of Washington closely after call with Putin", PUB)
    assert not any({"Russia", "Vladimir Putin"} <= s for s in _consult_sides(coded))


def test_a_meeting_described_as_impossible_is_none_of_the_speakers(code):
    """From the review: "describes a meeting with Y as impossible" tells of no meeting held."""
    coded = code("Boric describes a meeting with Maduro as impossible for now", PUB)
    assert not any("Gabriel Boric" in s for s in _consult_sides(coded))


def test_a_headline_speaker_when_the_clause_subject_is_the_partners_state(code):
    """From the review: the clause's subject ("Russia") is the partner's own state, so the
    headline's speaker is the other side."""
    coded = code('Macron: "Russia must not win" after call with Putin', PUB)
    assert any({"Emmanuel Macron", "Vladimir Putin"} <= s for s in _consult_sides(coded))


def test_an_international_officer_is_a_side(code):
    """From the review: the head of an international body has no country but is a side."""
    coded = code('NATO chief: "We stand with Finland" after call with Erdogan', PUB)
    assert any("Recep Tayyip Erdoğan" in s and len(s) >= 2 for s in _consult_sides(coded))


def test_a_call_after_which_something_stopped_took_place(code):
    """From the review: a verb of stopping negates its complement, not a phrase of time."""
    coded = code("Chile stopped fishing exports after a call with Peru", PUB)
    calls = [e for e in coded.events if e.event == "CONSULT"]
    assert calls and not any(e.negated for e in calls)
