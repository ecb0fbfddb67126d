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

from parley.nlp.countries import countries
from parley.nlp.events.args import Arguments, actors_for
from parley.nlp.events.match import Candidate
from parley.nlp.extensions import actors_by_id
from parley.schema import Actor

#: sectors of a force a state moves
FORCE_SECTORS = frozenset({"MIL"})


def moved_not_targeted(doc: Doc, cand: Candidate, args: Arguments) -> None:
    """Drop from a MOBILIZE's target the mover's own state, own forces and own people it moves
    (its object: "mobilize Russian citizens"); forces moved with no mover named are the movers
    when their own words name their country ("Belarusian troops are being sent", "US Army troops
    deployed"; a bare "troops" given a country by the words around it is left). A mover's own
    rebels or protesters it moves against stay targets ("sends troops against Sudanese
    rebels"), and so do forces a mover with no country of its own supports ("NATO sends
    battalions to bolster Latvian forces")."""
    if cand.entry.event != "MOBILIZE" or not args.recipient or cand.entry.tier != "curated":
        return  # a CAMEO-tier pattern ("expanding training of X's forces") may aim at them
    by_id = actors_by_id(doc)
    own = {by_id[a].country for a in args.actor if a in by_id and by_id[a].country}
    if args.actor:
        moved = set(actors_for(doc, [c for c in cand.head.children if c.dep_ == "dobj"]))
        forces = [a for a in args.recipient if a in by_id and by_id[a].country in own
                  and (_force(by_id[a]) or a in moved and by_id[a].kind == "group")]
    else:
        forces = [a for a in args.recipient if _force(by_id.get(a)) and _names_its_country(doc, by_id[a])]
        args.actor = forces
        own = {by_id[a].country for a in forces if by_id[a].country}
    args.recipient = [a for a in args.recipient if a not in forces and not (
        a in by_id and by_id[a].kind == "state" and by_id[a].country in own)]


def _force(actor: Actor | None) -> bool:
    return actor is not None and actor.kind == "group" and actor.sector in FORCE_SECTORS


def _names_its_country(doc: Doc, actor: Actor) -> bool:
    """A mention of the force whose own words name its country ("Belarusian troops", "US Army
    troops", "Ukraine's military"): the words before the head, inside its phrase."""
    table = countries()
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if any(table.code(t.text) == actor.country for t in doc[head.left_edge.i:head.i + 1]):
            return True
    return False
