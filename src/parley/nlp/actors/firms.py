"""Firms named with a business descriptor (round 9, class 2: firms as sources).

Business pull-outs are coded SANCTION or COERCE with the firm as source, but the NER often
misses a firm's name ("Carmaker Vexo halts sales in X", "Norway's oil giant Nordol to exit
…"). A proper name right after a business noun ("giant", "carmaker", "retailer" …) is the
firm; its country is the one the descriptor phrase names ("Norway's", "British"), else none
(a firm's home country is not guessed from the countries it trades with).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.lexicon import load

#: nouns that describe a firm when they stand right before its name
FIRM_WORDS = frozenset(load("participants.yaml", top=dict, empty={})["firm_words"]["words"])


def _descriptor(name: Token) -> Token | None:
    """The business noun directly before ``name`` that describes it: a modifier of the name
    ("Carmaker Vexo", "oil giant Nordol") or the noun the name is in apposition to ("Norway's
    oil giant Nordol" parsed as giant ← appos Nordol)."""
    prev = name.doc[name.i - 1] if name.i > 0 else None
    if prev is None or prev.lemma_.lower() not in FIRM_WORDS and prev.lower_ not in FIRM_WORDS:
        return None
    if prev.head == name and prev.dep_ in ("compound", "amod", "nmod"):
        return prev
    return prev if name.dep_ == "appos" and name.head == prev else None


def firm_spans(doc: Doc) -> list[tuple[Span, Token]]:
    """(name span, descriptor) for every proper name a business noun describes."""
    out: list[tuple[Span, Token]] = []
    for t in doc:
        if t.pos_ != "PROPN" or t.dep_ == "compound":
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == t \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].lower_ not in FIRM_WORDS:
            start -= 1  # "Royal Vexo Group"; a capitalised "Carmaker" opening a headline is no name
        descriptor = _descriptor(doc[start]) if start == t.i else (
            doc[start - 1] if start > 0 and doc[start - 1].lower_ in FIRM_WORDS else None)
        if descriptor is not None:
            out.append((doc[start:t.i + 1], descriptor))
    return out


def descriptor_start(descriptor: Token) -> int:
    """Where the descriptor phrase begins, without its possessor ("Norway's **oil giant**")."""
    lefts = [x.i for c in descriptor.lefts if c.dep_ in ("compound", "amod", "nmod") for x in c.subtree]
    return min(lefts + [descriptor.i])


def descriptor_countries(name: Token, descriptor: Token,
                         country_tok: dict[int, tuple[str, str, Span]]) -> list[str]:
    """Countries the descriptor phrase names ("Norway's oil giant", "British retailer")."""
    out: list[str] = []
    for left in list(name.lefts) + list(descriptor.lefts):
        for x in left.subtree:
            if x.i in country_tok and country_tok[x.i][1] not in out:
                out.append(country_tok[x.i][1])
    return out
