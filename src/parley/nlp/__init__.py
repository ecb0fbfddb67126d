"""Parley's spaCy components, one package each. Importing this package registers their factories.

``COMPONENTS`` lists the versioned factory names in data-flow order (``headlines`` first: it
repairs the parse of headline grammar that every other component reads); ``PIPE_NAMES`` the names
the pipes get in a pipeline (unversioned, so code can ask for ``nlp.get_pipe("parley_events")``).
Factory names carry their version as ``_v1``: spaCy versions registered functions as ``.v1``
but refuses a dot in a factory name (its error E853). Each component also answers to its
unversioned name, so pipelines saved before versioning still load.
``attribute_index`` makes the model's attribute ruler match by lookup (``pipeline.load_pipeline``).
Shared pieces: ``extensions`` (Doc attributes the components talk through), ``syntax`` (word
classes and predicates), ``placenames`` (place lexicon readers), ``countries`` (country table).
"""
from parley.nlp import actors, dates, events, extensions, headlines, places, quotes  # noqa: F401
from parley.nlp import attribute_index as attribute_index  # registers its factory

COMPONENTS = ["parley_headlines_v1", "parley_actors_v1", "parley_places_v1", "parley_dates_v1",
              "parley_quotes_v1", "parley_events_v1"]
PIPE_NAMES = [name.removesuffix("_v1") for name in COMPONENTS]
