"""Headlines: a sane parse for headline grammar before any other Parley component reads it.

The component (``parley_headlines_v1``) lives in ``component.py``; the word tests it makes
(verb forms, dictionary words, headline style) in ``words.py``.
"""
from parley.nlp.headlines.component import HeadlinesComponent, make_component

__all__ = ["HeadlinesComponent", "make_component"]
