"""Described groups of countries as participants (round 10, class "described group").

Headlines name a set of states by description rather than by name: "closes its airspace **to
12 nations**", "a meeting **with more than 30 countries**", "mocks the complacency **of Western
donor countries**", "Uganda **and other nations** discussed", "X **and its allies** will send".
The actors component makes no actor of a common plural noun, so the slot stayed empty and the
judges counted the participant as missing. A plural state noun ("countries", "nations",
"states", "governments", "allies", "partners") that a description narrows (a number, an
adjective, a noun modifier or a possessive) is one group actor with no single country; a bare
"countries" (generic) and a noun with an "of" phrase ("countries of the region": the region's)
are left alone, and so is a set pointed back to ("the two countries": the states named before).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.lexicon import load, word_list
from parley.nlp.events.match import lemma, preps_of
from parley.nlp.extensions import actor_at
from parley.schema import Actor, Span

#: plural nouns that denote a set of states: the polity nouns of participants.yaml (shared with
#: the actors component), less "capitals" (a set of cities first)
STATE_NOUNS = frozenset(load("participants.yaml", top=dict)["polity_nouns"]["words"]) - {"capital"}
#: modifiers that narrow the set: "12 nations", "Western countries", "donor states", "its allies"
DESCRIBING = frozenset({"nummod", "amod", "compound", "poss"})
#: adjectives that do not narrow the set to participants ("all countries", "many nations" are
#: generic or rhetorical; "other" and "several" do narrow when a party is named beside them)
#: (lexicon/events_state_groups.yaml)
GENERIC = word_list("events_state_groups.yaml", "generic")


#: determiners that point back to states already named ("the two countries", "these nations",
#: "both governments"): the named states are the participants, not a new group
ANAPHORIC = frozenset({"the", "these", "those", "both", "all", "each", "either", "neither"})


def _describes(noun: Token) -> list[Token]:
    mods = [c for c in noun.children if c.dep_ in DESCRIBING]
    if not mods or any(c.lower_ in GENERIC for c in mods):
        return []
    if any(c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC for c in noun.children):
        return []
    return mods


def described_group(doc: Doc, noun: Token) -> Actor | None:
    """The group actor of a described set of states headed by ``noun``, made if need be; None
    when ``noun`` names no such set."""
    if lemma(noun) not in STATE_NOUNS or noun.tag_ != "NNS" or preps_of(noun, frozenset({"of"})):
        return None
    mods = _describes(noun)
    if not mods:
        return None
    known = actor_at(doc, noun.idx, noun.idx + len(noun.text))
    if known is not None:
        return known
    first = min(t.i for m in mods for t in m.subtree)
    span = doc[first:noun.i + 1]
    actors = list(doc._.parley_actors or [])
    numbers = [int(a.id[1:]) for a in actors if a.id[:1] == "a" and a.id[1:].isdigit()]
    group = Actor(id=f"a{max(numbers, default=0) + 1}", name=span.text, kind="group",
                  mentions=[Span(span.start_char, span.end_char, span.text)])
    doc._.parley_actors = actors + [group]  # a new list: the mention index is rebuilt
    return group


def group_ids(doc: Doc, heads: list[Token], skip: list[str]) -> list[str]:
    """Ids of the described state groups among ``heads`` (and their conjuncts), not in ``skip``."""
    out: list[str] = []
    seen: set[int] = set()
    for head in heads:
        for t in [head, *head.conjuncts]:
            if t.i in seen:
                continue
            seen.add(t.i)
            group = described_group(doc, t)
            if group is not None and group.id not in skip and group.id not in out:
                out.append(group.id)
    return out
