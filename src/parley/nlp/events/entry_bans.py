"""Round 19, class ACT-ROLE: who bans whom in an entry ban told in the passive.

"Three Peruvian reporters banned from entering Chile" names the banned people as the
subject and the state that bans them only as the place they may not enter. The parser hangs
that state on the gerund ("from entering **Chile**"), so the plain recipient look-up reads it
as a second target beside the banned people and leaves the source empty. The state whose
territory is closed is the one that closes it: it is the source, the subject the target.
"""
from __future__ import annotations

from spacy.tokens import Token

from parley.lexicon import word_list

#: verbs of keeping someone out (lexicon/events_args.yaml ``entry_bans``)
ENTRY_BANS = word_list("events_args.yaml", "entry_bans")

#: gerunds of going into a territory after "from"
ENTERING = frozenset({"enter", "visit"})


def banning_state(verb: Token, actors: list[Token]) -> tuple[list[Token], list[Token]]:
    """The actor heads of a passive verb and the banner among them: for a ban without a doer,
    the place it keeps its subject out of ("banned from entering **X**"), which then names no
    recipient; otherwise the actors unchanged and no banner."""
    banner = [] if actors else _entered(verb)
    return (banner or actors), banner


def _entered(verb: Token) -> list[Token]:
    """The state a passive ban's subject may not enter; empty when the verb is no ban, is
    active or has its own "by" agent."""
    if verb.lemma_.lower() not in ENTRY_BANS or verb.tag_ != "VBN":
        return []
    if any(c.dep_ in ("agent", "dobj") for c in verb.children):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children if g.dep_ == "pcomp" and g.lemma_.lower() in ENTERING
            for o in g.children if o.dep_ == "dobj" and o.ent_type_ == "GPE"]
