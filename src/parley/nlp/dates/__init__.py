"""Dates: date expressions found in the text and resolved against the publication date.

The component (``parley_dates_v1``) lives in ``component.py``; the resolver table in
``resolve.py``. Other components use ``governing_date`` (the date of a token's clause).
"""
from parley.nlp.dates.component import (
           CLOCK_WORDS,
           DateResolver,
           clause_dates,
           governing_date,
           load_forward_cues,
           main_clause_date,
           make_component,
           onset_word,
           points_ahead,
)
from parley.nlp.dates.resolve import Resolved, parse_number, resolve_date

__all__ = ["CLOCK_WORDS", "DateResolver", "Resolved", "clause_dates", "governing_date", "load_forward_cues",
           "main_clause_date", "make_component", "onset_word", "parse_number", "points_ahead",
           "resolve_date"]
