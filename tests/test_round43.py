"""Round 43: a side speaking of its own talks ("Chile claims progress in negotiations with
Bolivia").

A talk noun whose only named side is its "with" partner, in the content or object of a
reporting or stance verb (``talk_speakers``: say, claim, hail, defend …) or before one that
closes the sentence ("…, the Chilean president says"), is the speaker's own talks: the speaker
— a state, a person of a country or an international body — is the other side (judging rule
10: every party of a reciprocal event in the source). Not analysts or reporters, not talks
that name their own side ("Peru's talks with …") or both ("between …"), not a speaker of the
partner's own country. Every sentence is invented.
"""
from __future__ import annotations

import pytest

PUB = "2022-06-01"


def consult_sides(doc):
    countries = {a.id: a.country for a in doc.actors}
    return [{countries[i] for i in e.actor} for e in doc.events if e.event == "CONSULT"]


@pytest.mark.parametrize("text, sides", [
    ("Chile claims progress in negotiations with Bolivia over the river.", {"CHL", "BOL"}),
    ("Peace is the aim in new talks with Bolivia, the Chilean president says.", {"CHL", "BOL"}),
    ("Access to the sea is on the table in talks with Bolivia, Chile's foreign minister says.",
     {"CHL", "BOL"}),
    ("The Peruvian foreign minister said in talks with Ecuador that the border would reopen.",
     {"PER", "ECU"}),
    # from the review: a state's officials are an office
    ("Progress in talks with Iran is slow, American officials say.", {"USA", "IRN"}),
])
def test_the_speaker_is_the_other_side(code, text, sides):
    assert sides in consult_sides(code(text, PUB))


@pytest.mark.parametrize("text, absent", [
    ("Analysts say talks with Iran have stalled.", None),
    ("Reporters say the talks with Bolivia were tense.", None),
    ("Chile says Peru's talks with Bolivia have stalled.", "CHL"),
    ("Chile says talks between Peru and Bolivia have stalled.", "CHL"),
    ("The Bolivian opposition says the talks with Bolivia's creditors failed.", None),
    # a clause with a party of its own as subject: that party's talks (store reach check)
    ("Chile's foreign minister says Peru is not against direct talks with Bolivia.", "CHL"),
    ("Peru is not against direct talks with Bolivia, Chile's foreign minister says.", "CHL"),
    # from the review: experts and analysts speak of others' talks
    ("Security is the priority in new talks with Tajikistan, a Russian expert says.", "RUS"),
    ("Progress is slow in the negotiations with Hamas, Israeli analysts told reporters.", "ISR"),
])
def test_no_side_from_an_outsider(code, text, absent):
    doc = code(text, PUB)
    for sides in consult_sides(doc):
        assert absent not in sides
        if absent is None:  # no group without a country joins the talks
            assert all(s is not None for s in sides), sides


@pytest.mark.parametrize("text, commentator", [
    # from the review: an older rule gave a reported clause's talks the reporter as a side
    ("Experts told the newspaper that negotiations with Hamas had stalled.", "experts"),
    ("A BBC correspondent said talks with the rebels had collapsed.", "correspondent"),
])
def test_a_commentator_is_no_side(code, text, commentator):
    doc = code(text, PUB)
    names = {a.id: a.name.lower() for a in doc.actors}
    assert not [e for e in doc.events if e.event == "CONSULT"
                and any(commentator in names[i] for i in e.actor)], doc.events
