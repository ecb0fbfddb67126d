"""Entities the NER ran across a spaced dash: two names, not one.

A dash with spaces on both sides sets off an aside ("the officer who stopped Grant - Lee
Morrow, who was later suspended - …"), so a name entity that spans one ("Grant - Lee Morrow")
joins two names. A hyphen inside a name has no spaces ("Jean-Paul", "Al-Bashir") and is kept.
"""
from __future__ import annotations

from spacy.tokens import Span

DASHES = frozenset({"-", "–", "—", "--"})


def _spaced_dash(span: Span, i: int) -> bool:
    """Token ``i`` of the doc is a dash with whitespace on both sides."""
    doc = span.doc
    return doc[i].text in DASHES and bool(doc[i].whitespace_) and bool(doc[i - 1].whitespace_)


def split_at_spaced_dashes(ents: list[Span]) -> list[Span]:
    """``ents`` with each entity cut at its inner spaced dashes into its named parts, each part
    keeping the entity's label; parts without a capitalised word are dropped."""
    out: list[Span] = []
    for ent in ents:
        cuts = [i for i in range(ent.start + 1, ent.end - 1) if _spaced_dash(ent, i)]
        if not cuts:
            out.append(ent)
            continue
        start = ent.start
        for stop in cuts + [ent.end]:
            part = Span(ent.doc, start, stop, label=ent.label_)
            if any(t.text[:1].isupper() for t in part):
                out.append(part)
            start = stop + 1
    return out
