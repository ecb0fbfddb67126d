"""Whether a movement verb's subject is an armed body (round 17, MOBILIZE/RETREAT recall).

"Advance", "enter", "return", "remain in" and "leave" are troop moves only when a force does
them ("rebels entered the town", not "refugees entered the town"; "the convoy advanced", not
"prices advanced"). The trigger lexicon's ``subj`` lists named the force nouns word by word;
the marker ``armed`` in such a list instead asks the actor machinery: a role noun of the
military or rebel sector (sectors.yaml and the Phoenix agents dictionary), a generic head
whose modifier is one ("army units", "a military convoy"), or an actor of those sectors coded
at the subject ("the National Guard").

Round 18: a plural demonym ("Molvanians pulled back") is a force only when its sentence tells
fighting by armies (a ``force_cue`` word of event_modifiers.yaml: front, offensive, positions,
troops …): "100,000 Russians have entered Kazakhstan" stays civilians. A demonym modifier also
marks a nominal move as a force's ("Syldavian reinforcements"): the ``nationality`` marker of a
trigger's ``mod`` list.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from parley.nlp.actors import all_roles
from parley.nlp.countries import countries
from parley.nlp.events.lexicon import load_modifiers
from parley.nlp.extensions import actor_at
from parley.nlp.syntax import lemma

# the subject-list marker (as "place" is for a named place)
ARMED = "armed"
ARMED_SECTORS = frozenset({"MIL", "REB"})
# the modifier-list marker: a country's demonym adjective ("Syldavian reinforcements")
NATIONALITY = "nationality"


@cache
def move_controllers() -> frozenset[str]:
    """Verbs whose subject does the move of their to-clause (event_modifiers.yaml)."""
    return load_modifiers().lemmas("move_controller")


@cache
def force_cues() -> frozenset[str]:
    """Words that tell armies fighting in a sentence (event_modifiers.yaml ``force_cue``)."""
    return load_modifiers().lemmas("force_cue")


def is_demonym(token: Token) -> bool:
    """A country's demonym or adjective ("Molvanian", "Molvanians")."""
    return countries().by_demonym.get(token.text) is not None


def demonym_force(noun: Token) -> bool:
    """A plural demonym as a force: only where the sentence tells armies fighting (not the
    civilians of "Molvanians left the town after days of shelling")."""
    if noun.tag_ not in ("NNS", "NNPS") or not is_demonym(noun):
        return False
    cues = force_cues()
    return any(lemma(t) in cues or t.lower_ in cues for t in noun.sent if t.i != noun.i)


@cache
def armed_roles() -> frozenset[str]:
    """Role nouns of an armed sector that name a body or its members, not one office holder
    ("troops", "separatists", "the army"; not "general" or "commander", who move no unit)."""
    return frozenset(term for term, role in all_roles().items()
                     if role.sector in ARMED_SECTORS and not role.generic and " " not in term)


def is_armed(noun: Token) -> bool:
    """The noun names an armed body: an armed role noun (plural, or a collective such as
    "army"), a head modified by one ("military convoy", "rebel column"), a plural demonym in
    a sentence of fighting, or an actor of an armed sector coded over it."""
    roles = armed_roles()
    if lemma(noun) in roles and (noun.tag_ in ("NNS", "NNPS") or all_roles()[lemma(noun)].kind == "group"):
        return True
    if any(c.dep_ in ("compound", "amod") and lemma(c) in roles for c in noun.children):
        return True
    if demonym_force(noun):
        return True
    actor = actor_at(noun.doc, noun.idx, noun.idx + len(noun.text))
    return actor is not None and actor.sector in ARMED_SECTORS and actor.kind != "person"


def controller(token: Token) -> list[Token]:
    """The subject of the verb a to-clause completes ("separatists **claim** to have entered",
    "units **appear** to make progress", "forces **try** to advance"): the doer of the move. Only
    a claiming, seeming or trying verb's (``move_controller``): after an adjective ("battalions
    ready to deploy") the clause is a capacity, after "have to" or "plan to" a move not done."""
    if token.dep_ != "xcomp" or token.head.pos_ not in ("VERB", "AUX") \
            or lemma(token.head) not in move_controllers():
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return []
    return [c for c in token.head.children if c.dep_ == "nsubj"]
