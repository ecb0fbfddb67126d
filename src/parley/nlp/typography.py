"""Typographic apostrophes and spaces, made plain for the parser and restored in output.

Most published news writes contractions with a typographic apostrophe ("didn’t", "she’ll",
"it’s"). The English models were trained mostly on straight ones, and Parley's rules compare
token forms and lemmas: with "n’t" the negation rules missed "didn’t apologize", with "’ll" the
future rules missed "she’ll continue", and the lemmatizer leaves "’s" and "’ll" unlemmatised.
So the parser reads a copy of the text in which an apostrophe between a letter and a
contraction or possessive ending ("’t", "’s", "’ll", "’re", "’ve", "’d", "’m") is straight.
The copy has the same length (one character for one), so every offset stays valid; the strings
Parley outputs (mentions, triggers, evidence, quotes, date expressions) are then re-cut from the
article's own text, so the user sees the text as published. A closing single quotation mark
("… vanguard’ said") and a plural possessive ("parents’ homes") are left as they are.

Typographic spaces (no-break, thin, figure, narrow no-break: "Gov.\u00a0Mike Pence") are the
same kind of trap: spaCy splits on the plain space only, so each becomes a SPACE token between
the words, which splits names ("French foreign\u00a0ministry" as an actor name), breaks
compounds and moves the parse. The parser reads them as plain spaces (one for one, too).
"""
from __future__ import annotations

import re
from dataclasses import replace

from parley.schema import CodedArticle, Event, Span

CONTRACTION = re.compile(r"(?<=[A-Za-z])’(?=(?:t|s|ll|re|ve|d|m)\b)", re.IGNORECASE)
#: no-break, en/em/three-per-em … hair spaces, figure, thin and narrow no-break spaces
TYPOGRAPHIC_SPACE = re.compile("[\u00a0\u2002-\u200a\u202f]")


def for_parser(text: str) -> str:
    """The text with contraction apostrophes straightened and typographic spaces made plain
    (one character for one: same length, same offsets)."""
    if "’" in text:
        text = CONTRACTION.sub("'", text)
    return TYPOGRAPHIC_SPACE.sub(" ", text)


def restore(coded: CodedArticle, original: str, parsed: str) -> CodedArticle:
    """``coded`` with every string cut from ``parsed`` re-cut from ``original``."""
    if original == parsed:
        return coded

    def cut(text: str | None, start: int | None) -> str | None:
        if text is None or start is None or parsed[start:start + len(text)] != text:
            return text
        return original[start:start + len(text)]

    def span(s: Span | None) -> Span | None:
        return None if s is None else Span(s.start, s.end, cut(s.text, s.start) or s.text)

    def spans(items: list[Span]) -> list[Span]:
        return [Span(s.start, s.end, cut(s.text, s.start) or s.text) for s in items]

    dates = [replace(d, text=cut(d.text, d.start) or d.text) for d in coded.dates]
    date_texts = {old.text: new.text for old, new in zip(coded.dates, dates, strict=True)}

    def date_text(e: Event) -> str | None:
        """A DateRef's text, or one built from the event's own tokens ("two days after") found
        in its evidence span and re-cut there."""
        if not e.date_text:
            return None
        if e.date_text in date_texts:
            return date_texts[e.date_text]
        if e.evidence is not None:
            at = parsed.find(e.date_text, e.evidence.start, e.evidence.end)
            if at >= 0:
                return original[at:at + len(e.date_text)]
        return e.date_text
    return replace(
        coded,
        actors=[replace(a, mentions=spans(a.mentions)) for a in coded.actors],
        places=[replace(p, mentions=spans(p.mentions)) for p in coded.places],
        dates=dates,
        quotes=[replace(q, text=cut(q.text, q.start) or q.text,
                        speaker_text=cut(q.speaker_text,
                                         q.speaker_span.start if q.speaker_span else None),
                        speaker_span=span(q.speaker_span), cue_span=span(q.cue_span))
                for q in coded.quotes],
        events=[replace(e, trigger=span(e.trigger), evidence=span(e.evidence),
                        mentions=spans(e.mentions),
                        date_text=date_text(e))
                for e in coded.events],
    )
