"""Pure predicates over parsed tokens that the quote rules share (no Doc-level state).

They name the grammatical shapes attribution hangs on — a reported clause, a that-clause, an
infinitive, a noun's source, a speaker-like noun phrase — so the rules read as journalism
patterns rather than dependency-label arithmetic.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from parley.nlp.syntax import SUBJECT, to_clause

COMPLEMENTIZER = "that"  # the subordinator that introduces reported clauses
SOURCE_PREPS = ("by", "from", "of")  # "a statement by/from/of X" names its source


def nominal(tok: Token) -> bool:
    """May this token be part of a speaker's name or description?"""
    return tok.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM", "PART") or (
        tok.is_punct and tok.text in (",", "-", ".")
    )


def trim(tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of ``tokens`` without punctuation at either edge."""
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def carries_content(child: Token, takes: frozenset[str]) -> bool:
    """Is this right-hand child of a cue verb a complement the cue's lexicon entry accepts?"""
    if "clause" in takes and (child.dep_ == "ccomp" or reported_advcl(child)):
        return True
    if "infinitive" in takes and child.dep_ in ("xcomp", "ccomp") and to_clause(child):
        return True
    return "object" in takes and child.dep_ == "dobj" and not child.is_quote


def independent_clause(span: Span) -> bool:
    """A main clause, not a fronted adverbial ("When Congress cut funding, …", "In 2002, …"):
    it has a finite verb with its own subject and does not open with a subordinator."""
    first = next((t for t in span if t.pos_ not in ("CCONJ", "PUNCT")), None)
    if first is None or first.pos_ in ("ADP", "SCONJ") or first.tag_ in ("IN", "WRB"):
        return False
    for tok in span:
        if tok.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
        if any(c.dep_ in SUBJECT and span.start <= c.i < span.end for c in verb.children):
            return True
    return False


def reported_advcl(tok: Token) -> bool:
    """A finite clause the parser hung as advcl where a reported clause belongs
    ("said after the hearing she would not sign …", "tweeted that X was …")."""
    if (
        tok.dep_ != "advcl"
        or tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    ):
        return False
    for m in tok.children:
        if m.i > tok.i or m.lower_ == COMPLEMENTIZER:
            continue
        if m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_.startswith("W")):
            return False  # "because …", "if …", "when …": a real adverbial clause
    return any(c.dep_ in SUBJECT for c in tok.children)


def that_clause(noun: Token) -> Token | None:
    """The that-clause a noun carries ("the claim that …"), if any."""
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "appos", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == COMPLEMENTIZER for m in c.children)
        ),
        None,
    )


def noun_source(noun: Token) -> Token | None:
    """Who a cue noun belongs to: "his claim", "the Kremlin's statement", "a statement by X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c  # "Trump claims that …" parsed as a noun
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None
