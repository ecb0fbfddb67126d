"""Syntax shared by several components: word classes and predicates over parsed tokens.

One copy of each word class lives here, named for what it is; a component that needs a
different set says why in its own module. Nothing here holds state or reads a lexicon.

Time anchors that frame a report rather than belong to it: "The minister said that a truce was
unlikely, hours after the meeting ended": the comma-set ", hours after …" dates the saying, so
the meeting's end is the reporter's account, not the minister's claim. The parser often hangs
such an anchor inside the reported clause; the quotes component ends the content before it and
the events component does not credit the speaker with what follows.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

SUBJECT = ("nsubj", "nsubjpass")
#: lower-case lemma by the lemma's hash: a hash names one string for good, so an entry never
#: goes stale, and the table grows only to the lemmas seen
_LEMMA: dict[int, str] = {}


def lemma(token: Token) -> str:
    """The token's lemma in lower case (cached: the rules ask for it many times per token)."""
    key = token.lemma
    low = _LEMMA.get(key)
    if low is None:
        low = _LEMMA[key] = token.lemma_.lower()
    return low

#: verbs linking a subject to what it is said to be ("the blockade is / remains illegal")
COPULAS = frozenset({"be", "remain"})
#: determiners that make a noun phrase definite ("the talks", "these strikes")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: … and the possessives that do the same for an event noun ("its offensive", "their talks")
DEFINITE_OR_POSSESSIVE = DEFINITE | {"its", "their"}
#: prepositions of a reciprocal relation ("talks between A and B", "clashes among factions")
BETWEEN = frozenset({"between", "among", "amongst"})

FRAMING_TIME = re.compile(
    r",\s+(?:(?:just|only|barely|some|about|several|a few|two|three|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|minutes?|months?|moments|shortly|soon|a day|a week|a month|"
    r"the day|the morning|the night)\s+(?:after|before)\b",
    re.IGNORECASE,
)


def framing_time_at(text: str, start: int, end: int) -> list[int]:
    """Offsets of every framing time anchor (its comma) between ``start`` and ``end``."""
    return [m.start() for m in FRAMING_TIME.finditer(text, start, end)]


def to_clause(tok: Token) -> bool:
    """An infinitive complement ("vowed to retaliate", "told them to leave")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def finite_after_infinitive(verb: Token) -> bool:
    """A finite verb the parser coordinated with a to-infinitive ("urged Kosovo to withdraw its
    police and **urged** NATO to send troops"): a past or third-person form cannot share the
    infinitive's "to", so it is coordinated with the verb governing the to-clause, a second act
    of that verb's subject, not part of the to-clause."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
            and head.dep_ == "xcomp" and head.head != head and to_clause(head))


def birthplace_word(t: Token) -> bool:
    """Round 58: a word joined by a hyphen to "born" ("Kenyan-born"): where one was born, no
    nationality when the phrase names another country, and no party of one's acts."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "born"
