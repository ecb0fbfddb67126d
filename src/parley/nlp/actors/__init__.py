"""Actors: people, organisations, states and groups, with their codes and coreference.

The component (``parley_actors_v1``) lives in ``component.py``; its knowledge readers in
``lexicon.py``; registry, coreference, state and place-country steps beside it. Other
components use only what this package exports.
"""
from parley.nlp.actors.component import ActorsComponent, make_component
from parley.nlp.actors.counted import COUNTED_HARM, is_count, toll_of_own, victim_count_of
from parley.nlp.actors.lexicon import ActorLexicon, KnownActor, all_roles, load_known, load_lexicon

__all__ = ["COUNTED_HARM", "ActorLexicon", "ActorsComponent", "KnownActor", "all_roles", "is_count",
           "load_known", "load_lexicon", "make_component", "toll_of_own", "victim_count_of"]
