"""Whose thing is judged: "criticized a plan by Governor Pike", "mocked an effort by X".

Criticism, praise and refusal are directed at people, but news often names the thing judged
and its author in a "by" phrase on it. The author is the one the act is done to (PLOVER's
target): the criticism of a plan by X is criticism of X. Only a common-noun object that names
no actor itself is read this way ("criticized the senator by name" keeps the senator).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.nlp.events.match import pobjs, preps_of, with_conjuncts
from parley.nlp.extensions import actor_at

#: verbal acts aimed at a person through a thing they made or did
JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
BY = frozenset({"by"})


def _by_phrases(verb: Token, obj: Token) -> list[Token]:
    """The "by" phrases of the object, and one the parser hung on an active verb after the
    object ("criticized the plan **by** X": an active verb has no agent phrase)."""
    preps = preps_of(obj, BY)
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        preps += [p for p in preps_of(verb, BY) if p.i == obj.right_edge.i + 1]
    return preps


def thing_authors(doc: Doc, event: str, verb: Token, objects: list[Token],
                  exclude: list[str]) -> list[str]:
    """Actor ids of the "by" authors of the common-noun ``objects`` of a judging act."""
    if event not in JUDGING:
        return []
    out: list[str] = []
    for obj in objects:
        if obj.pos_ != "NOUN" or actor_at(doc, obj.idx, obj.idx + len(obj.text)) is not None:
            continue
        for author in with_conjuncts([o for p in _by_phrases(verb, obj) for o in pobjs(p)]):
            found = actor_at(doc, author.idx, author.idx + len(author.text))
            if found is not None and found.id not in out and found.id not in exclude:
                out.append(found.id)
    return out
