"""Who does the act of a temporal adjunct gerund ("… after meeting with X", "before visiting Y").

Class (round 14, source slot): "A says B is a liar **after speaking with** C", "A says the war
will end **after meeting** C", "A after visiting Kyiv: '…'". A gerund in a time phrase has no
subject of its own; its doer is the subject of the clause the phrase belongs to. The parser
hangs the phrase on the nearest word, often inside a reported clause (a copula's predicate
noun, a verb whose subject is a thing), so the doer is looked for upwards: the first clause
with a subject that names an actor and is no copula ("B is a liar after …" does not make B the
one who spoke), else a headline's speaker before a colon. Without this the event keeps only
the partner ("with C") and loses the one who met, spoke or visited. A relative clause's doer
is the noun it modifies ("X, who met Y before visiting Z"); a pronoun subject is passed over
for the clause that names its antecedent ("A says he hopes … after meeting C": A).
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.nlp.events.match import coarse_pos, lemma
from parley.nlp.extensions import actor_at

#: prepositions and subordinators of time whose gerund takes the clause's subject (closed-class
#: grammar, kept in code like the other preposition sets)
TEMPORAL = frozenset({"after", "before", "following", "upon", "while", "since", "when"})
SUBJECTS = ("nsubj", "nsubjpass")
RELATIVE = frozenset({"who", "which", "that"})


def temporal_gerund(verb: Token) -> Token | None:
    """The time word of a gerund in a time phrase ("after **meeting**", "while visiting"),
    or None."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in TEMPORAL:
        return verb.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.children if c.dep_ in ("mark", "prep")
                     and c.lower_ in TEMPORAL and c.i < verb.i), None)
    return None


def _names_actor(token: Token, demonym: bool = False) -> bool:
    """``token`` is a name or noun of an actor (with ``demonym``, also "Ukrainian" in a
    headline speaker "Ukrainian lawmaker after …:", whose noun is no actor of its own)."""
    kinds = ("PROPN", "NOUN", "ADJ") if demonym else ("PROPN", "NOUN")
    if token.pos_ not in kinds:
        return False
    # "Amnesty International researcher": the noun's own modifiers may hold the actor
    start = min([token.idx] + [c.idx for c in token.children if c.dep_ == "compound"])
    return actor_at(token.doc, start, token.idx + len(token.text)) is not None


def _clause_of(token: Token) -> Token | None:
    """The verb (or copula) of the clause ``token`` belongs to: up through nouns and
    prepositions."""
    t = token
    for _ in range(6):
        if coarse_pos(t) == "VERB" or t.pos_ == "AUX":
            return t
        if t.head == t:
            return None
        t = t.head
    return None


def _colon_speaker(word: Token) -> list[Token]:
    """"A after meeting C: '…'": a verbless stretch before the time word, followed later by a
    colon, names the speaker, who did the act."""
    sent = word.sent
    left = word.doc[sent.start:word.i]
    colon = any(t.text == ":" for t in word.doc[word.i:sent.end])
    if not colon or not len(left) or any(t.pos_ in ("VERB", "AUX") for t in left):
        return []
    return [t for t in sorted(left, key=lambda t: -t.i) if _names_actor(t, demonym=True)][:1]


def adjunct_doers(verb: Token) -> list[Token]:
    """The doer of a temporal adjunct gerund: the nearest enclosing clause's subject that
    names an actor (not a pronoun, not a copula's), else the colon speaker; [] when neither."""
    word = temporal_gerund(verb)
    if word is None:
        return []
    clause = _clause_of(word.head if word.dep_ == "prep" else verb.head)
    for _ in range(6):
        if clause is None:
            break
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        if subjects and subjects[0].lower_ in RELATIVE and clause.dep_ == "relcl":
            return [clause.head]  # "X, who met Y before visiting Z": X
        if subjects and lemma(clause) != "be" and all(_names_actor(s) for s in subjects):
            return subjects
        if clause.head == clause:
            break
        clause = _clause_of(clause.head)
    return _colon_speaker(word)
