"""displaCy-like article markup built from OFFSETS, as data: the template escapes every piece.

The text is cut at every annotation boundary; each piece carries the set of annotations that
cover it (actor, place, quote, trigger). Nothing here produces HTML, so hostile article text
can only ever reach the page through Jinja's autoescape.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from parley.schema import CodedArticle


@dataclass
class Mark:
    """One annotation over [start, end)."""

    start: int
    end: int
    kind: str  # actor | place | quote | trigger
    ref: str  # the actor/place/quote/event id
    label: str  # what a reader sees on hover


@dataclass
class Piece:
    """A stretch of text with the marks covering it; ``lead`` is shown before it (a speaker
    name at a quote's start), ``anchor`` an element id (an event's trigger)."""

    text: str
    marks: list[Mark] = field(default_factory=list)
    lead: str | None = None
    lead_ref: str | None = None
    anchor: str | None = None

    @property
    def classes(self) -> str:
        return " ".join(sorted({"hl-" + m.kind for m in self.marks}))

    @property
    def title(self) -> str:
        return " · ".join(dict.fromkeys(m.label for m in self.marks))

    def refs(self, kind: str) -> str:
        return " ".join(m.ref for m in self.marks if m.kind == kind)


def marks(coded: CodedArticle) -> list[Mark]:
    """Every annotation of the coded article whose offsets fall inside its text."""
    n = len(coded.article.text)
    out: list[Mark] = []
    for a in coded.actors:
        label = f"{a.name} ({' '.join(x for x in (a.country, a.sector) if x) or a.kind})"
        out += [Mark(m.start, m.end, "actor", a.id, label) for m in a.mentions]
    for p in coded.places:
        label = f"{p.name}" + (f", {p.country}" if p.country else "")
        out += [Mark(m.start, m.end, "place", p.id, label) for m in p.mentions]
    for q in coded.quotes:
        speaker = coded.actor(q.speaker)
        who = speaker.name if speaker else (q.speaker_text or "unknown speaker")
        out.append(Mark(q.start, q.end, "quote", q.id, f"{q.kind} quote by {who}"))
    for e in coded.events:
        if e.trigger is not None:
            flag = " (negated)" if e.negated else ""
            out.append(Mark(e.trigger.start, e.trigger.end, "trigger", e.id,
                            f"{e.event}{flag}"))
        out += [Mark(m.start, m.end, "trigger", e.id, f"{e.event}, mentioned again")
                for m in e.mentions]
    return [m for m in out if 0 <= m.start < m.end <= n]


def pieces(coded: CodedArticle) -> list[Piece]:
    """The article text cut into pieces at every mark boundary, in text order."""
    text = coded.article.text
    all_marks = marks(coded)
    cuts = sorted({0, len(text)} | {m.start for m in all_marks} | {m.end for m in all_marks})
    speakers = {q.id: (who.name if (who := coded.actor(q.speaker)) else q.speaker_text or "?")
                for q in coded.quotes}
    out: list[Piece] = []
    anchored: set[str] = set()
    for start, end in pairwise(cuts):
        covering = [m for m in all_marks if m.start <= start and end <= m.end]
        piece = Piece(text[start:end], covering)
        opening = [m for m in covering if m.kind == "quote" and m.start == start]
        if opening:
            piece.lead = speakers.get(opening[0].ref)
            piece.lead_ref = opening[0].ref
        for m in covering:
            if m.kind == "trigger" and m.ref not in anchored:
                piece.anchor = "ev-" + m.ref
                anchored.add(m.ref)
                break
        out.append(piece)
    return out
