"""Places: toponyms resolved against the offline gazetteer, datelines, borders, regions.

The component (``parley_places_v1``) lives in ``component.py``; the gazetteer (lookups) and its
builder (from GeoNames data in PyPI packages) beside it. Other components use only what this
package exports: the shared gazetteer and the story's dateline place.
"""
from parley.nlp.places.component import (
           PlacesComponent,
           dateline_match,
           dateline_place,
           make_component,
)
from parley.nlp.places.gazetteer import Candidate, Gazetteer, haversine_km, shared_gazetteer

__all__ = ["Candidate", "Gazetteer", "PlacesComponent", "dateline_match", "dateline_place",
           "haversine_km", "make_component", "shared_gazetteer"]
