"""Events: PLOVER events with CAMEO codes, arguments, modes, place and date, from the parse.

The component (``parley_events_v1``) lives in ``component.py``; the trigger lexicon, matching,
arguments, modes, event coreference and place/date steps beside it.
"""
from parley.nlp.events.component import EventsComponent, make_component
from parley.nlp.events.lexicon import load_modifiers, load_triggers

__all__ = ["EventsComponent", "load_modifiers", "load_triggers", "make_component"]
