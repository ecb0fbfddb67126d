"""The Doc extensions Parley's components read and write: the contract between stages.

Each component appends schema objects (``parley.schema``) to its own list; later components
look earlier results up by character offsets with the helpers below, never by re-parsing.
"""
from __future__ import annotations

from typing import TypeVar

from spacy.tokens import Doc

from parley.schema import Actor, DateRef, Event, Place, Quote

EXTENSIONS: dict[str, object] = {
    "parley_id": None,  # article id
    "parley_published": None,  # ISO date string of publication, or None
    "parley_actors": None,  # list[Actor]
    "parley_places": None,  # list[Place]
    "parley_dates": None,  # list[DateRef]
    "parley_quotes": None,  # list[Quote]
    "parley_events": None,  # list[Event]
}


def register_extensions() -> None:
    """Register every Doc extension once; safe to call many times."""
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()

T = TypeVar("T", Actor, Place)


def _best_overlap(items: list[T] | None, start: int, end: int) -> T | None:
    best, best_len = None, 0
    for item in items or []:
        for m in item.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_len:
                best, best_len = item, overlap
    return best


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end) the most, or None."""
    return _best_overlap(doc._.parley_actors, start, end)


def actors_in(doc: Doc, start: int, end: int) -> list[Actor]:
    """Every actor with a mention overlapping [start, end), in order of first mention.

    "Russian and Ukrainian diplomats" is one phrase that mentions two group actors; ``actor_at``
    returns one of them, this returns both.
    """
    return [
        a for a in doc._.parley_actors or [] if any(min(end, m.end) > max(start, m.start) for m in a.mentions)
    ]


def place_at(doc: Doc, start: int, end: int) -> Place | None:
    """The place with a mention overlapping [start, end) the most, or None."""
    return _best_overlap(doc._.parley_places, start, end)


def dates_in(doc: Doc, start: int, end: int) -> list[DateRef]:
    """Date expressions lying inside [start, end)."""
    return [d for d in doc._.parley_dates or [] if d.start >= start and d.end <= end]


def quotes_covering(doc: Doc, start: int, end: int) -> list[Quote]:
    """Quotes whose content covers [start, end)."""
    return [q for q in doc._.parley_quotes or [] if q.start <= start and end <= q.end]


def actors(doc: Doc) -> list[Actor]:
    return doc._.parley_actors or []


def events(doc: Doc) -> list[Event]:
    return doc._.parley_events or []
