"""In-document coreference for actors: descriptions and pronouns back to actors already named.

Rules (deliberately simple and predictable):
- a definite description ("the Russian foreign minister", "the president", "the 71-year-old")
  is the nearest earlier person whose country, role head and age do not contradict it;
- he/him/his/she/her → the nearest earlier person mention (gender from the known-actors
  lexicon when known) within the same or the two previous sentences;
- they/them/their → the nearest earlier group, state or organisation mention in that window;
  its (and "it" as the subject of a verb other than "be") → the nearest earlier state or
  organisation in the same sentence;
- an object pronoun never takes the subject of its own clause ("X greeted him" is not X);
- a subject pronoun of a clause that complements or modifies a verb ("X tells Y **he** will
  visit", "X plays up Y's support as **it** retreats") is that verb's subject when it fits,
  however near another actor is (subject parallelism; "it" then also takes a body named by a
  singular noun, "the army says it …"); a fronted adverbial clause's subject
  pronoun ("Though she …, X criticized …") is the main clause's subject, named after it;
- "his or her" and "he or she" are generic and left alone;
- pronouns inside quotation marks are left alone: "he" in a quote is rarely the speaker.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from parley.lexicon import word_list
from parley.nlp.actors.registry import Draft, Registry

PRONOUNS = {
    "he": ("person", "m"), "him": ("person", "m"), "his": ("person", "m"),
    "himself": ("person", "m"), "she": ("person", "f"), "her": ("person", "f"),
    "hers": ("person", "f"), "herself": ("person", "f"),
    "they": ("plural", None), "them": ("plural", None), "their": ("plural", None),
    "themselves": ("plural", None), "its": ("thing", None), "it": ("thing", None),
}
PLURAL_KINDS = {"group", "state", "organization", "igo", "ngo"}
THING_KINDS = {"state", "organization", "igo", "ngo"}
QUOTE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
WINDOW = {"person": 2, "plural": 1, "thing": 0}  # sentences back


def quoted_chars(text: str) -> list[tuple[int, int]]:
    """Character intervals inside quotation marks, in order."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(text)]


def _inside(intervals: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(intervals, (pos, 1 << 60)) - 1
    return i >= 0 and intervals[i][0] <= pos < intervals[i][1]


def _role_fits(person_role: str | None, role: str | None) -> bool:
    if role is None:
        return True
    if not person_role:
        return False
    head = role.split()[-1]
    words = person_role.replace("-", " ").split() + person_role.split()
    return head in words or head.rstrip("s") in words


def nearest_person(reg: Registry, pos: int, country: str | None = None, role: str | None = None,
                   age: int | None = None) -> Draft | None:
    """The person with the latest mention before ``pos`` that the description fits."""
    best, best_at = None, -1
    for d in reg.persons():
        if country and d.country and d.country != country:
            continue
        if country and not d.country and role:
            continue
        if not _role_fits(d.role, role):
            continue
        if age is not None and d.age is not None and d.age != age:
            continue
        before = [s for s, _ in d.mentions if s < pos]
        if before and max(before) > best_at:
            best, best_at = d, max(before)
    return best


def resolve_pronouns(doc: Doc, reg: Registry, claimed: list, quotes: list[tuple[int, int]]) -> None:
    """Attach third-person pronouns to the nearest compatible earlier actor (rules above)."""
    sent_starts = [s.start_char for s in doc.sents]
    for t in doc:
        spec = PRONOUNS.get(t.lower_)
        if spec is None or claimed[t.i] is not None or t.pos_ != "PRON" and t.tag_ != "PRP$":
            continue
        if _inside(quotes, t.idx) or _generic(t):
            continue
        kind, gender = spec
        if t.lower_ == "it" and (t.dep_ not in ("nsubj", "nsubjpass") or t.head.lemma_ == "be"):
            # "Chile said it was opposed to …": the copula's "it" is the governing subject when
            # nothing is extraposed ("said it was clear that …" is expletive)
            target = _governing_subject(t, claimed, kind, gender) if referring_copula(t) else None
            if target is not None:
                claimed[t.i] = target
                reg.mention(target, t.idx, t.idx + len(t))
            continue
        sent = bisect.bisect_right(sent_starts, t.idx) - 1
        floor = sent_starts[max(0, sent - WINDOW[kind])]
        target = _governing_subject(t, claimed, kind, gender) or _nearest(
            reg, floor, t.idx, kind, gender, _clause_subjects(t))
        if target is not None:
            claimed[t.i] = target
            reg.mention(target, t.idx, t.idx + len(t))


def _fits(d: Draft, kind: str, gender: str | None) -> bool:
    """Can a pronoun of ``kind`` ("person", "plural", "thing") and ``gender`` refer to ``d``?"""
    if kind == "person":
        return d.kind == "person" and not (gender and d.gender not in (None, gender))
    return d.kind in (PLURAL_KINDS if kind == "plural" else THING_KINDS)


SUBORDINATE = frozenset({"ccomp", "advcl"})


def _governing_subject(t: Token, claimed: list, kind: str, gender: str | None) -> Draft | None:
    """Subject parallelism: the subject pronoun of a complement or adverbial clause refers to
    the subject of the verb that governs the clause ("Pope X tells children **he** will
    visit", "Moscow hails Beijing's support as **it** retreats"), when that subject is an
    actor of the pronoun's kind and gender; else None (the nearest rule decides)."""
    clause = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in SUBORDINATE or clause.head == clause:
        return None
    fronted = fronted_adverbial(clause)
    for s in clause.head.children:
        if s.dep_ in ("nsubj", "nsubjpass") and (s.i < t.i or fronted):
            d = claimed[s.i]
            return d if d is not None and (_fits(d, kind, gender) or _singular_body(d, s, kind)) else None
    return None


def _singular_body(d: Draft, subject: Token, kind: str) -> bool:
    """Round 16: "it" may stand for a body named by a singular noun ("the army says **it**
    repelled …", "Ukraine's defence ministry says **it** shot down …") when that body governs
    the pronoun's clause. Only by subject parallelism: the nearest-actor rule keeps groups out
    of "it", which more often means a thing or a state near by."""
    return kind == "thing" and d.kind == "group" and subject.tag_ in ("NN", "NNP")


#: clauses an expletive "it" stands for ("it is clear **that** …", "it was hard **to** …")
EXTRAPOSED = frozenset({"ccomp", "csubj", "xcomp", "advcl"})


#: adjectives of readiness: their to-clause is done by the copula's subject, so "it" before
#: them refers ("Chile said **it** was ready to talk"), unlike "it was hard to talk"
#: (lexicon/actors_component.yaml)
READINESS = word_list("actors_component.yaml", "readiness")


def referring_copula(t: Token) -> bool:
    """"it" the subject of a copula whose predicate takes no extraposed clause: it refers.
    Round 25: a to-clause of an adjective of readiness is no extraposed clause."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    preds = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return not any(c.dep_ in EXTRAPOSED and not _controlled(x, c)
                   for x in [verb, *preds] for c in x.children)


def _controlled(pred: Token, clause: Token) -> bool:
    """The to-clause of an adjective of readiness ("ready **to talk**"): its doer is the
    subject, not an extraposed clause."""
    return clause.dep_ == "xcomp" and pred.dep_ == "acomp" and pred.lower_ in READINESS


#: subordinators of a fronted adverbial clause whose pronoun subject looks forward
CATAPHORIC_MARKS = frozenset({"though", "although", "while", "whilst", "when", "after", "before",
                              "as", "since", "because", "once", "even", "if", "until"})


def fronted_adverbial(clause: Token) -> bool:
    """Cataphora: an adverbial clause that opens the sentence, before its main verb and led by
    a subordinator ("Though **she** praised the union, Novak criticized …"), has a subject
    pronoun that refers forward to the main clause's subject, the one the sentence is about."""
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return False
    first = clause.left_edge
    return (first.i == clause.sent.start and first.lower_ in CATAPHORIC_MARKS
            and any(c.dep_ == "mark" for c in clause.children))


def _generic(t: Token) -> bool:
    """"his or her", "he or she": a generic person, nobody in the text."""
    doc = t.doc
    after = t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "or" and doc[t.i + 2].lower_ in PRONOUNS
    before = t.i >= 2 and doc[t.i - 1].lower_ == "or" and doc[t.i - 2].lower_ in PRONOUNS
    return after or before


def _clause_subjects(t: Token) -> set[int]:
    """Where the subject of an object pronoun's own clause starts: "X greeted him" is not X."""
    if t.dep_ in ("dobj", "dative"):
        verb = t.head
    elif t.dep_ == "pobj":
        verb = t.head.head
    else:
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {c.left_edge.idx for c in subjects} | {c.idx for c in subjects}


def _nearest(reg: Registry, floor: int, pos: int, kind: str, gender: str | None,
             blocked: set[int]) -> Draft | None:
    best, best_at = None, -1
    for d in reg.drafts:
        if not _fits(d, kind, gender):
            continue
        if any(s in blocked for s, _ in d.mentions):
            continue
        for s, _ in d.mentions:
            if floor <= s < pos and s > best_at:
                best, best_at = d, s
    return best
