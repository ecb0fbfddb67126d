"""Round 23: a demonym read as the object of a preposition, its act as a clause.

"Five people were killed in Ruritanian shelling", "Two killed by Molvanian shelling in the
region": the small model reads the demonym as the object of "in"/"by" (a proper noun, the
whole phrase) and the -ing event noun after it as a clause of the verb ("shelling/advcl"), so
the act has no doer, its victims may take the demonym's country, and the event noun becomes a
second event. The repair gives the phrase the parse the model gives to "in a Ruritanian
attack": the event noun is the preposition's object and the demonym its adjective. Only for
an -ing event noun of the trigger lexicon right after the demonym, and only where the noun
hangs on the preposition's own head (or that head's head), so no other clause is rewired.
"""
from __future__ import annotations

from typing import cast

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from parley.nlp.countries import countries

#: prepositions of a cause ("killed in/by … shelling", "damage from …", "under … shelling");
#: not of time ("during/after/amid … shelling"): rewired, such a noun is a backdrop that a
#: clause like "trains stopped running during …" would drop or negate (review, round 23)
CAUSE_PREPS = frozenset({"in", "by", "from", "under"})
#: how the parser hangs the misread event noun on the clause
MISREAD_DEPS = frozenset({"advcl", "acl", "xcomp", "dobj", "conj", "pcomp", "dep"})
ATTRS = [TAG, POS, DEP, HEAD, LEMMA]


def demonym_before_act(noun: Token, event_nouns: frozenset[str]) -> Token | None:
    """The demonym the parser took for the preposition's object, right before ``noun``, an
    -ing event noun it read as a clause; None when the parse is not this misreading."""
    if noun.i == 0 or noun.lower_ not in event_nouns or not noun.lower_.endswith("ing") \
            or noun.dep_ not in MISREAD_DEPS:
        return None
    demonym = noun.doc[noun.i - 1]
    prep = demonym.head
    if demonym.dep_ != "pobj" or prep.lower_ not in CAUSE_PREPS or prep.i != demonym.i - 1:
        return None
    if countries().by_demonym.get(demonym.text) is None or demonym.text.endswith("s"):
        return None  # "by Molvanians shelling …" would be people doing it: left alone
    if noun.head not in (prep.head, prep.head.head) or noun.is_ancestor(prep):
        return None
    if any(c.dep_ == "dobj" for c in noun.children):
        return None  # "killed by Sudanese shelling the market": people doing it, a verb
    return demonym


def _offset(delta: int) -> int:
    """A head offset as the unsigned value ``Doc.to_array`` stores (two's complement)."""
    return delta % (1 << 64)


def repair_demonym_acts(doc: Doc, event_nouns: frozenset[str]) -> int:
    """Rewire every such phrase of ``doc``; returns how many were repaired."""
    pairs = [(n, d) for n in doc if (d := demonym_before_act(n, event_nouns)) is not None]
    if not pairs:
        return 0
    arr = doc.to_array(ATTRS)
    strings = doc.vocab.strings
    for noun, demonym in pairs:
        prep = demonym.head
        # the noun's lemma is the noun ("shelling", not the verb "shell"), as in "in an attack"
        arr[noun.i] = [strings.add("NN"), strings.add("NOUN"), strings.add("pobj"),
                       _offset(prep.i - noun.i), strings.add(noun.lower_)]
        arr[demonym.i, :4] = [strings.add("JJ"), strings.add("ADJ"), strings.add("amod"),
                              _offset(noun.i - demonym.i)]
    ents = list(doc.ents)
    doc.from_array(ATTRS, cast(Ints2d, arr))
    doc.ents = ents
    return len(pairs)
