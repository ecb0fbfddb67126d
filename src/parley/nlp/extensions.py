"""The Doc extensions Parley's components read and write: the contract between stages.

Each component appends schema objects (``parley.schema``) to its own list; later components
look earlier results up by character offsets with the helpers below, never by re-parsing.
"""
from __future__ import annotations

import bisect
from typing import Any, Generic, Protocol, TypeVar

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


class _Index(Protocol):
    """What ``_cached_index`` needs of an index: built from a list, and holding it."""

    items: Any

    def __init__(self, items: Any) -> None: ...


IndexT = TypeVar("IndexT", bound=_Index)


class MentionIndex(Generic[T]):
    """The mentions of a list of actors or places, sorted by start offset, so an overlap look-up
    costs a binary search plus the few mentions near it instead of a scan of every mention
    (coding time stays linear in article length)."""

    def __init__(self, items: list[T]) -> None:
        self.items: list[T] = items
        #: (start, end, item number, mention number) in start order
        self.entries = sorted((m.start, m.end, k, j) for k, item in enumerate(items)
                              for j, m in enumerate(item.mentions))
        self.starts = [e[0] for e in self.entries]
        self.longest = max((e[1] - e[0] for e in self.entries), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int, int]]:
        """Entries whose mention overlaps [start, end)."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [e for e in self.entries[lo:hi] if e[1] > start]


def _cached_index(doc: Doc, name: str, kind: type[IndexT]) -> IndexT | None:
    """The index of kind ``kind`` over ``doc._.<name>``, built once per list (components set
    their list once and never change it afterwards)."""
    items = getattr(doc._, name)
    if not items:
        return None
    key = _INDEX_KEYS.get(name) or _INDEX_KEYS.setdefault(name, f"parley_index:{name}")
    cached = doc.user_data.get(key)
    if not isinstance(cached, kind) or cached.items is not items:
        cached = kind(items)
        doc.user_data[key] = cached
    return cached


#: the user_data key of each index (formatted once, not per look-up)
_INDEX_KEYS: dict[str, str] = {}


def mention_index(doc: Doc, name: str) -> MentionIndex[Any] | None:
    """The shared mention index of ``doc._.parley_actors`` or ``doc._.parley_places``."""
    return _cached_index(doc, name, MentionIndex)


def _best_overlap(index: MentionIndex[T] | None, start: int, end: int) -> T | None:
    """The item whose mention overlaps [start, end) the most; on a tie the earlier item (and
    mention) in list order, as a scan in that order would find."""
    if index is None:
        return None
    best: tuple[int, int, int] | None = None  # (-overlap, item number, mention number)
    for m_start, m_end, k, j in index.overlapping(start, end):
        key = (-(min(end, m_end) - max(start, m_start)), k, j)
        if best is None or key < best:
            best = key
    return index.items[best[1]] if best is not None else None


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end) the most, or None."""
    return _best_overlap(mention_index(doc, "parley_actors"), start, end)


def actors_in(doc: Doc, start: int, end: int) -> list[Actor]:
    """Every actor with a mention overlapping [start, end), in order of first mention.

    "Russian and Ukrainian diplomats" is one phrase that mentions two group actors; ``actor_at``
    returns one of them, this returns both.
    """
    index = mention_index(doc, "parley_actors")
    if index is None:
        return []
    return [index.items[k] for k in sorted({e[2] for e in index.overlapping(start, end)})]


def place_at(doc: Doc, start: int, end: int) -> Place | None:
    """The place with a mention overlapping [start, end) the most, or None."""
    return _best_overlap(mention_index(doc, "parley_places"), start, end)


S = TypeVar("S", DateRef, Quote)


class SpanIndex(Generic[S]):
    """Dates or quotes (objects with ``start``/``end``) sorted by start, for the same reason as
    ``MentionIndex``: a look-up per event must not scan the whole article's list."""

    def __init__(self, items: list[S]) -> None:
        self.items: list[S] = items
        order = sorted(range(len(items)), key=lambda k: items[k].start)
        self.order = order
        self.starts = [items[k].start for k in order]
        self.longest = max((x.end - x.start for x in items), default=0)

    def starting_in(self, lo: int, hi: int) -> list[S]:
        """Items with lo <= start < hi, in list order."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [self.items[k] for k in sorted(self.order[a:b])]


def span_index(doc: Doc, name: str) -> SpanIndex[Any] | None:
    """The shared start-sorted index of ``doc._.parley_dates`` or ``doc._.parley_quotes``."""
    return _cached_index(doc, name, SpanIndex)


def dates_in(doc: Doc, start: int, end: int) -> list[DateRef]:
    """Date expressions lying inside [start, end)."""
    index = span_index(doc, "parley_dates")
    if index is None:
        return []
    return [d for d in index.starting_in(start, end + 1) if d.end <= end]


def dates_holding(doc: Doc, char: int) -> list[DateRef]:
    """Date expressions whose span holds offset ``char``, in their list order."""
    index = span_index(doc, "parley_dates")
    if index is None:
        return []
    return [d for d in index.starting_in(char - index.longest, char + 1) if char < d.end]


def quotes_covering(doc: Doc, start: int, end: int) -> list[Quote]:
    """Quotes whose content covers [start, end)."""
    index = span_index(doc, "parley_quotes")
    if index is None:
        return []
    return [q for q in index.starting_in(min(start, end) - index.longest, start + 1) if end <= q.end]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each access, so
    reading it per event or per candidate made coding quadratic in article length."""
    text = doc.user_data.get("parley_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["parley_text"] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Seed ``doc_text`` with the text the Doc was tokenised from: spaCy's tokenizer keeps the
    text exactly, so the one join of every token ``doc_text`` would do is not needed."""
    doc.user_data["parley_text"] = text


def actors(doc: Doc) -> list[Actor]:
    return doc._.parley_actors or []


def actors_by_id(doc: Doc) -> dict[str, Actor]:
    """The Doc's actors by id, built once per actors list: the events component still adds
    actors (states of places, parties it infers), but always as a new list, so a map keyed to
    the list it was built from never goes stale (it was rebuilt on each of thousands of calls).
    Callers only read it."""
    actors = doc._.parley_actors or []
    cached = doc.user_data.get("parley_actors_by_id")
    if not isinstance(cached, tuple) or cached[0] is not actors or cached[1] != len(actors):
        cached = (actors, len(actors), {a.id: a for a in actors})
        doc.user_data["parley_actors_by_id"] = cached
    by_id: dict[str, Actor] = cached[2]
    return by_id


def events(doc: Doc) -> list[Event]:
    return doc._.parley_events or []
