"""Parley's spaCy components. Importing this package registers their factories."""
from parley.nlp import (  # noqa: F401  (register factories)
    actors,
    dates,
    events,
    extensions,
    places,
    quotes,
)

COMPONENTS = ["parley_actors", "parley_places", "parley_dates", "parley_quotes", "parley_events"]
