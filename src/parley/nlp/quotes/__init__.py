"""Quotes: direct, indirect and mixed quotations with their cue and speaker.

The component (``parley_quotes_v1``) lives in ``component.py``; quotation marks, cue lexicon,
syntax predicates and attribution rules beside it.
"""
from parley.nlp.quotes.component import QuoteFinder, make_component
from parley.nlp.quotes.cues import SpeechCues, load_cues

__all__ = ["QuoteFinder", "SpeechCues", "load_cues", "make_component"]
