"""Parley's spaCy components. Importing this package registers their factories."""
from parley.nlp import extensions  # noqa: F401  (registers Doc extensions)
from parley.nlp import actors, dates, events, places, quotes  # noqa: F401  (register factories)

COMPONENTS = ["parley_actors", "parley_places", "parley_dates", "parley_quotes", "parley_events"]
