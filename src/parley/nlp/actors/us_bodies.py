"""Bodies only US politics has: their name alone makes them American.

A sentence coded alone ("The House Ways and Means Committee subpoenaed X") names no country,
yet some body names exist only in US politics:
- a committee, subcommittee or caucus of the House or the Senate named after the chamber
  ("the House Oversight Committee", "the Senate Armed Services Committee"); other
  parliaments' committees are named after their chamber differently ("Commons", "Lok Sabha");
- a PAC or super PAC (a political action committee, a creature of US campaign-finance law).
"Future45, a super PAC" describes a PAC named Future45: the name, not "PAC", is the actor.
"""
from __future__ import annotations

from spacy.tokens import Span

from parley.lexicon import word_list

# the word lists are data: lexicon/actors_us_bodies.yaml (each word with an example)
CHAMBERS = word_list("actors_us_bodies.yaml", "chambers")
PANELS = word_list("actors_us_bodies.yaml", "panels")
PACS = word_list("actors_us_bodies.yaml", "pacs")


def us_body(span: Span) -> bool:
    """The organisation's name is one only a US body bears."""
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if not words:
        return False
    if words[-1].text in PACS:
        return True
    return len(words) >= 3 and words[0].text in CHAMBERS and words[-1].lower_ in PANELS \
        and words[1].lower_ != "of"  # "House of Commons Committee …" is not the US House


def described_pac(span: Span) -> Span | None:
    """"X, a super PAC": the name X that the PAC description (``span``) is an apposition of;
    None when ``span`` is not such a description or X is not capitalised."""
    root = span.root
    if root.text not in PACS or root.dep_ != "appos":
        return None
    head = root.head
    if not head.text[:1].isupper() or head.i > root.i:
        return None
    start = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ == "compound"])
    return span.doc[start:head.i + 1]
