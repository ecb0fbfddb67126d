"""Counted victims: a number standing alone for the people an act harmed.

Round 35. Casualty reports name their victims by a count and nothing else: "5 killed in a
strike on the port", "the blast killed 12", "at least 9 dead after the shelling", "dozens
wounded as rockets hit the market", "police arrested 40 in the capital". The count is people —
a group like "people" itself — and the act's target; without an actor there the event has no
one it was done to. Only a count with no noun of its own is read ("5 soldiers killed" is the
soldiers'); the word it counts for must be one that harms or holds people (``counted_harm`` in
``actors_component.yaml``), and a verb with a particle ("shot down 5") counts things.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from parley.lexicon import word_list

COUNTED_HARM = word_list("actors_component.yaml", "counted_harm")
#: count words that stand for people when nothing follows them ("dozens wounded")
COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                         "score", "scores"})
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
YEAR = re.compile(r"^(1[89]|20)\d\d$")  # "killed in 2014" is a year, never a toll
#: what a count's own modifiers are ("at least 5", "nearly 2,200", "more than 40")
COUNT_MODIFIERS = frozenset({"advmod", "quantmod", "amod", "det", "nummod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: words of approximation the parser may read as a preposition before a count ("over 400")
APPROXIMATE = frozenset({"over", "about", "around", "under", "nearly", "almost", "some"})


def _harm(word: Token) -> bool:
    return word.lemma_.lower() in COUNTED_HARM


def is_count(t: Token) -> bool:
    """A number or count word heading its own phrase ("5", "dozens", "a dozen"): no noun it
    counts, no "of" phrase, no score ("a 68"), year, date, percentage or sum of money."""
    if t.ent_type_ in NOT_COUNTS or YEAR.match(t.text):
        return False
    if t.tag_ == "CD":
        scored = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    elif t.tag_ in ("NN", "NNS") and t.lower_ in COUNT_NOUNS:
        scored = False  # "a dozen", "a hundred" count
    else:
        return False
    # "the hundreds of students", "shot a 68" (a score): no count of people standing alone
    return not scored and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _own_word(t: Token) -> Token | None:
    """The participle or adjective of harm the parser hung on the count ("5 killed in …",
    "three dead after …"), or None."""
    return next((c for c in t.children if c.dep_ in ("acl", "amod", "relcl") and c.i > t.i
                 and _harm(c)), None)


def toll_of_own(t: Token) -> bool:
    """The count carries its own word of harm ("two dead after shelling hits …", "5 killed
    as …"): it tells victims, so it is the subject of no other verb the parser hangs it on."""
    return is_count(t) and _own_word(t) is not None


def victim_count_of(t: Token, word: Token | None = None) -> bool:
    """``t`` is a count of the people ``word`` harmed ("14 killed", "nine died"); with no
    word, of people harmed by anything ("the shelling left 22 dead")."""
    if not is_count(t):
        return False
    harm = _counted_by(t)
    return harm is not None and (word is None or harm == word)


def _counted_by(t: Token) -> Token | None:
    """The harming word whose victims the count ``t`` is, or None."""
    head = t.head
    own = _own_word(t)
    if own is not None:
        return own
    if head is t:
        return None
    if t.dep_ in _SUBJECTS and _harm(head) and head.tag_ != "VBG":
        # "7 killed and 16 injured", "nearly 2,200 have been killed"; an active past with
        # an object of its own has a count as the killer, not the killed
        if t.dep_ == "nsubj" and head.tag_ == "VBD" and any(c.dep_ == "dobj" for c in head.children):
            return None
        return head
    if t.dep_ in _SUBJECTS and any(c.dep_ in ("acomp", "attr") and _harm(c) for c in head.children):
        return next(c for c in head.children if c.dep_ in ("acomp", "attr") and _harm(c))  # "9 are dead"
    if (t.dep_ == "dobj" or t.dep_ == "npadvmod" and t.i == head.i + 1) and _harm(head) \
            and not any(c.dep_ == "prt" for c in head.children):
        return head  # "the blast killed 12" ("detained 14" read as an adverbial); "shot down
        # 5" counts drones
    if t.dep_ == "dobj":  # "the shelling left 14 wounded": the object's state of harm
        state = next((c for c in head.children if c.dep_ in ("oprd", "xcomp", "advcl", "acomp")
                      and c.i > t.i and _harm(c)), None)
        if state is not None:
            return state
    if t.dep_ == "pobj" and head.lower_ in APPROXIMATE and head.head.pos_ == "VERB" and _harm(head.head):
        return head.head  # "detained over 400": the parser's preposition is the count's
    if t.dep_ == "nummod" and _harm(head):
        return head  # "left 4 dead"; "14 wounded after …" read as a count on the participle
    return None


def counted_victims(doc_tokens: Iterator[Token],
                    free: list[bool]) -> Iterator[tuple[Token, list[Token], Token]]:
    """(count, mention tokens, harming word) for each count standing for people harmed;
    ``free`` says which token indices no actor has claimed yet."""
    for t in doc_tokens:
        if not free[t.i] or not is_count(t):
            continue
        harm = _counted_by(t)
        if harm is None:
            continue
        mods = [x for c in t.lefts if c.dep_ in COUNT_MODIFIERS for x in c.subtree]
        if t.dep_ == "pobj" and t.head.lower_ in APPROXIMATE and t.head.i == t.i - 1:
            mods.append(t.head)  # "over 400"
        tokens = sorted([*mods, t], key=lambda x: x.i)
        if tokens[-1].i - tokens[0].i + 1 != len(tokens) or not all(free[x.i] for x in tokens):
            tokens = [t]
        yield t, tokens, harm
