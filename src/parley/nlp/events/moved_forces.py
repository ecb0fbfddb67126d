"""Round 77: what a force move moves is not who it is aimed at.

"More Belarusian troops are being sent to the border", "signs a law to mobilize Belarusian
reservists", "orders the deployment of 3,000 US troops": the troops or reservists a MOBILIZE
moves are its own resource. Read as the verb's object (or a passive's subject) they landed in
the target slot; the pooled held-out judges marked each such target wrong. The movers' own
state is no target either. A force the move is aimed at (another country's) stays. Only for
the curated triggers: a CAMEO-tier pattern ("expanding training of Ukrainian forces", code 154)
may name forces it serves.
"""
from __future__ import annotations

from spacy.tokens import Doc

from parley.nlp.events.args import Arguments
from parley.nlp.events.match import Candidate
from parley.nlp.extensions import actors_by_id

#: sectors of a force a state moves
FORCE_SECTORS = frozenset({"MIL"})


def moved_not_targeted(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """Drop from a MOBILIZE's target the mover's own country and the forces moved; forces moved
    with no mover named are the movers ("Belarusian troops are being sent")."""
    if cand.entry.event != "MOBILIZE" or not args.recipient or cand.entry.tier != "curated":
        return  # a CAMEO-tier pattern ("expanding training of X's forces") may aim at them
    by_id = actors_by_id(doc)
    own = {by_id[a].country for a in args.actor if a in by_id and by_id[a].country}
    forces = [a for a in args.recipient if a in by_id and by_id[a].kind == "group"
              and by_id[a].sector in FORCE_SECTORS and (not own or by_id[a].country in own)]
    if not args.actor:
        args.actor = forces
        own = {by_id[a].country for a in forces if by_id[a].country}
    args.recipient = [a for a in args.recipient if a not in forces
                      and not (a in by_id and by_id[a].country in own)]
