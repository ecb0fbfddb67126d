"""A relative named through a possessive is the party, not the possessor (round 21).

"Sanctions target the Ruritanian president's sons", "the opposition leader's daughter
detained", "police arrested the activist's brother": the act hits the relative, a person of
their own. ``actors_for`` finds no actor on the kin noun and falls back on the actor named
inside its phrase, the possessor, who is not hit. Here a kinship noun (the closed class of
kin terms, the ``kin`` list of lexicon/events_participant_kinds.yaml) with a named, non-pronoun
possessor becomes a person (or, plural, a group) actor of its own, named by the whole phrase
and carrying the possessor's country; the possessor leaves the slot. Any other person or
group actor on a possessed noun with no country takes the possessor's ("X's lawyer").

Not for reciprocal events ("met his wife on a ferry" is vetoed as a talk elsewhere).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.lexicon import word_list
from parley.nlp.events.match import lemma
from parley.nlp.extensions import actor_at
from parley.schema import Actor, Span

#: kinship nouns (shared with ``participant_kinds``, which vetoes relatives as talk partners)
KIN = word_list("events_participant_kinds.yaml", "kin")


def _owners(head: Token) -> list[Token]:
    """The named possessors: "X's and Y's sons" has two, also when the parser hangs the
    first apart (its "'s" right before the "and" or comma that opens the next one)."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if not owners:
        return []
    doc = head.doc
    first = min(t.i for t in owners[0].subtree)
    while first >= 2 and doc[first - 1].lower_ in ("and", ",") and doc[first - 2].tag_ == "POS":
        earlier = doc[first - 2].head
        if earlier in owners or earlier.pos_ != "PROPN":
            break
        owners.insert(0, earlier)
        first = min(t.i for t in earlier.subtree if t.i < doc[first - 1].i)
    return owners


def _owner_actor(doc: Doc, owner: Token) -> Actor | None:
    for t in sorted(owner.subtree, key=lambda t: (t != owner, t.i)):
        found = actor_at(doc, t.idx, t.idx + len(t.text))
        if found is not None:
            return found
    return None


def _kin_of(doc: Doc, owner: Token, head: Token, alone: bool, country: str | None) -> Actor:
    """The relative of one possessor, made once per Doc: named "<possessor>'s <kin>"."""
    words = [t for t in owner.subtree if t.dep_ not in ("det", "cc", "conj")]
    name = " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s")
    name = f"{name} {head.text}"
    actors = list(doc._.parley_actors or [])
    for a in actors:
        if a.name == name and a.kind in ("person", "group"):
            return a
    span = doc[min(t.i for t in words):(head.i if alone else max(t.i for t in words)) + 1]
    numbers = [int(a.id[1:]) for a in actors if a.id[:1] == "a" and a.id[1:].isdigit()]
    kin = Actor(id=f"a{max(numbers, default=0) + 1}", name=name,
                kind="group" if head.tag_ == "NNS" else "person", country=country,
                mentions=[Span(span.start_char, span.end_char, span.text)])
    doc._.parley_actors = actors + [kin]  # a new list: the mention index is rebuilt
    return kin


def kin_actors(doc: Doc, head: Token) -> list[tuple[Actor, Actor | None]]:
    """The actors of a possessed kin noun (made if need be), one per named possessor, each
    with its possessor's actor; none when ``head`` is no kin noun with a named possessor."""
    if lemma(head) not in KIN or head.pos_ != "NOUN":
        return []
    owners = _owners(head)
    out = []
    for owner in owners:
        owner_actor = _owner_actor(doc, owner)
        known = actor_at(doc, head.idx, head.idx + len(head.text))
        if known is not None and len(owners) == 1 and known is not owner_actor:
            return [(known, owner_actor)]
        country = owner_actor.country if owner_actor is not None else None
        out.append((_kin_of(doc, owner, head, len(owners) == 1, country), owner_actor))
    return out


def _possessed_country(doc: Doc, head: Token) -> None:
    """A person or group actor on a possessed noun with no country of its own takes its named
    possessor's ("Navalny's lawyer", "Lukashenko's allies": the possessed are the party)."""
    found = actor_at(doc, head.idx, head.idx + len(head.text))
    owners = _owners(head)
    if found is None or found.country or found.kind not in ("person", "group") or len(owners) != 1:
        return
    owner = _owner_actor(doc, owners[0])
    if owner is not None and owner is not found and owner.country:
        found.country = owner.country


def kin_slot(doc: Doc, heads: list[Token], slot: list[str]) -> list[str]:
    """The slot with each possessed relative among ``heads`` put in its possessor's place."""
    out = list(slot)
    for head in heads:
        _possessed_country(doc, head)
        for kin, owner in kin_actors(doc, head):
            out = [a for a in out if owner is None or a != owner.id]
            if kin.id not in out:
                out.append(kin.id)
    return out
