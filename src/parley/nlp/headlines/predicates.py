"""Round 24: a headline's judgement with its copula dropped.

Headlines drop "is"/"are" before a quoted judgement: "Ruritania's blockade 'illegal,' Molvanian
minister says", "Ruritania's drills 'a provocation,' envoy says", "Molvanian envoy: Ruritania's
blockade 'illegal'" (and, with the copula kept, "Molvanian envoy: Ruritania's blockade is
'illegal'", where the parser makes the speaker a second subject of "is"). The small model
reads the judging word as a modifier of the judged noun (a post-nominal adjective, an
apposition) or of the speaker before the colon, so no clause says
that the noun *is* illegal and the events component, which looks for a predicate of a copula
in a reported clause (``events.match.assessed_act``), finds none. The repair gives the phrase
the shape of a small clause: the judging word heads it, the judged noun is its subject, and it
hangs where the reported clause would (the complement of the closing "says", or the speaker's
clause after the colon); ``events.match.copula_of`` then reads a word with its own subject as
its own predicate.

Only in headline lines (no final stop), only for a judging word of the trigger lexicon (an
``assessed`` adjective or noun) and only where a reporting verb after it or a speaker and colon
before it frames the phrase: a post-nominal adjective elsewhere ("the people responsible") is
left alone.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from parley.nlp.syntax import lemma

#: how the parser hangs the judged noun on a closing reporting verb ("X's move 'illegal', Y says")
JUDGED_DEPS = frozenset({"dep", "nsubj", "ccomp", "npadvmod", "dobj", "advcl", "parataxis"})


def _closing_report(noun: Token, word: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb after the phrase that the judged noun hangs on ("…, Y says"); not
    when the noun is the speaker itself, described in passing ("Z, a convicted criminal, says
    …": the writer's description, set off by commas, or the verb's only subject)."""
    verb = noun.head
    if noun.dep_ not in JUDGED_DEPS or verb.pos_ != "VERB" or lemma(verb) not in reporting \
            or verb.i < word.i:
        return None
    if noun.dep_ == "nsubj" and not any(c.dep_ == "nsubj" and c.i > word.i for c in verb.children):
        return None
    doc = word.doc
    if word.dep_ == "appos" and word.left_edge.i > 0 and doc[word.left_edge.i - 1].text == "," and \
            word.right_edge.i + 1 < len(doc) and doc[word.right_edge.i + 1].text == ",":
        return None
    return verb


def _colon_speaker(word: Token) -> bool:
    """"Molvanian envoy: Ruritania's blockade 'illegal'": the word hangs on the speaker before
    a colon, with its own subject after it."""
    head = word.head
    return (head.i < word.i and head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "punct" and c.text == ":" and head.i < c.i < word.i for c in head.children)
            and any(c.dep_ == "nsubj" and c.i < word.i for c in word.children))


def _speaker_as_subject(word: Token) -> tuple[Token, Token] | None:
    """"Molvanian envoy: Ruritania's blockade is 'illegal'": the parser makes the speaker before
    the colon a second subject of the judging clause's copula; returns (speaker, copula)."""
    cop = word.head
    if word.dep_ not in ("acomp", "attr") or lemma(cop) != "be" or cop.dep_ != "ROOT":
        return None
    subjects = [c for c in cop.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return None
    speaker, judged = subjects
    colon = [c for c in speaker.children if c.dep_ == "punct" and c.text == ":"]
    if speaker.pos_ not in ("NOUN", "PROPN") or not colon or not speaker.i < colon[0].i < judged.i:
        return None
    return speaker, cop


def repair_dropped_copulas(line: Span, judging: frozenset[str], reporting: frozenset[str]) -> int:
    """Rewire each judging word of the line whose copula was dropped; returns how many."""
    done = 0
    for word in line:
        if lemma(word) not in judging or word.pos_ not in ("ADJ", "NOUN"):
            continue
        noun = word.head
        verb = _closing_report(noun, word, reporting) if (
            word.dep_ in ("amod", "appos") and word.i > noun.i and noun.pos_ in ("NOUN", "PROPN")) else None
        if verb is not None:
            negations = [c for c in noun.subtree if c.dep_ == "neg" and noun.i < c.i < word.i]
            word.head, word.dep_ = verb, "ccomp"
            noun.head, noun.dep_ = word, "nsubj"
            for neg in negations:  # "X's drills not a provocation, Y says": the judgement denied
                neg.head = word
            done += 1
        elif word.dep_ in ("amod", "appos", "dep") and _colon_speaker(word):
            word.dep_ = "acl"  # the speaker's clause (events.match.colon_said)
            done += 1
        elif (found := _speaker_as_subject(word)) is not None:
            speaker, cop = found  # the clause hangs on the speaker, as after any colon
            cop.head, cop.dep_ = speaker, "acl"
            speaker.head, speaker.dep_ = speaker, "ROOT"
            done += 1
    return done
