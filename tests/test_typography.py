"""Typographic apostrophes and spaces: the parser reads them plain, output keeps them.

Classes: news writes "didn’t", "she’ll", "it’s" with U+2019; read as is, negation ("n’t") and
future ("’ll") rules missed them. No-break and thin spaces became SPACE tokens inside names and
phrases. Every sentence here is invented.
"""
import pytest

from parley.nlp.typography import for_parser

CURLY = "’"


@pytest.mark.parametrize(("text", "expected"), [
    ("The envoy didn’t sign.", "The envoy didn't sign."),
    ("She’ll travel; they’re sure; we’ve met; I’m told; he’d go.",
     "She'll travel; they're sure; we've met; I'm told; he'd go."),
    ("The army’s convoy", "The army's convoy"),
    ("The parents’ homes were shelled.", "The parents’ homes were shelled."),  # plural possessive
    ("He called it ‘a farce’ and left.", "He called it ‘a farce’ and left."),  # quotation marks
    ("In the ’90s the border moved.", "In the ’90s the border moved."),  # elided digits
    ("Gov.\u00a0Ana Ruiz met the\u2009envoy\u202fagain.", "Gov. Ana Ruiz met the envoy again."),
])
def test_for_parser_straightens_only_contractions(text: str, expected: str) -> None:
    assert for_parser(text) == expected
    assert len(for_parser(text)) == len(text)


def _event(coded, trigger: str):
    return next(e for e in coded.events if e.trigger.text == trigger)


@pytest.mark.parametrize("sentence", [
    "The rebels didn’t attack the convoy, officials said.",
    "The minister wasn’t allowed to visit the prison.",
    "Protesters haven’t blocked the highway since March.",
])
def test_typographic_negation_negates(code, sentence: str) -> None:
    straight = code(sentence.replace(CURLY, "'"), published="2024-03-04")
    curly = code(sentence, published="2024-03-04")
    assert [e.event for e in curly.events] == [e.event for e in straight.events]
    assert [e.negated for e in curly.events] == [e.negated for e in straight.events]
    assert any(e.negated for e in curly.events)


@pytest.mark.parametrize("sentence", [
    "The foreign minister says she’ll visit Oslo next week.",
    "The rebels say they’ll attack the depot unless the siege ends.",
    "He’s been accused of bribing officials, the court said.",
    "They’d have shelled the bridge if the convoy had crossed.",
])
def test_curly_and_straight_code_alike(code, sentence: str) -> None:
    def modes(coded):
        return [(e.event, e.trigger.text.replace(CURLY, "'"), e.negated, e.future, e.hypothetical)
                for e in coded.events]
    straight = code(sentence.replace(CURLY, "'"), published="2024-03-04")
    curly = code(sentence, published="2024-03-04")
    assert straight.events
    assert modes(curly) == modes(straight)


def test_output_text_is_the_published_text(code) -> None:
    text = "The general didn’t order the strike, the ministry’s spokesman said on Tuesday."
    coded = code(text, published="2024-03-06")
    for e in coded.events:
        assert e.evidence.text == text[e.evidence.start:e.evidence.end]
        assert e.trigger.text == text[e.trigger.start:e.trigger.end]
    assert any(CURLY in e.evidence.text for e in coded.events)
    for a in coded.actors:
        for m in a.mentions:
            assert m.text == text[m.start:m.end]


def test_quote_text_is_the_published_text(code) -> None:
    text = "“We won’t leave the table,” the negotiator said on Monday."
    coded = code(text, published="2024-03-06")
    assert coded.quotes
    for q in coded.quotes:
        assert q.text == text[q.start:q.end]
    assert any("won’t" in q.text for q in coded.quotes)


@pytest.mark.parametrize("sentence", [
    "The Danish foreign\u00a0ministry urges citizens to leave Belarus",
    "Danish\u00a0foreign\u00a0ministry\u00a0warns\u00a0citizens\u00a0to\u00a0leave Belarus",
    "Rutte,\u00a0Sanchez discuss border crisis in phone call",
    "Finnish\u00a0border\u00a0guards detain 12 smugglers near Imatra",
])
def test_no_break_spaces_code_like_spaces(code, sentence: str) -> None:
    def slots(coded):
        names = {a.id: a.name for a in coded.actors}
        return [(e.event, [names[x] for x in e.actor], [names[x] for x in e.recipient])
                for e in coded.events]
    plain = code(sentence.replace("\u00a0", " "), published="2024-03-04")
    typographic = code(sentence, published="2024-03-04")
    assert plain.events
    assert slots(typographic) == slots(plain)
    assert not any("\u00a0" in a.name for a in typographic.actors)
    for e in typographic.events:
        assert e.evidence.text == sentence[e.evidence.start:e.evidence.end]


def test_anchored_date_text_is_the_published_text(code) -> None:
    """An anchored date built from the event's tokens ("three days after"), not a DateRef, is
    re-cut from the published text too."""
    text = "Militias shelled the harbour on Sunday, three\u00a0days after they took the bridge."
    coded = code(text, published="2024-03-06")
    anchored = [e.date_text for e in coded.events if e.date_text and "after" in e.date_text]
    assert anchored and all(t in text for t in anchored)
