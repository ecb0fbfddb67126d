"""The actors found so far in one document, and the merging rules that keep one actor per entity.

The component fills a registry while it walks the parse; the registry decides whether a new
mention is a new actor or another mention of one it has (same known entry, same state, same
group key, same organisation name) and turns the drafts into schema ``Actor`` objects at the end.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from parley.schema import Actor, Span


@dataclass
class Draft:
    """An actor under construction; ``mentions`` are (start_char, end_char) pairs."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    org: str | None = None
    known: str | None = None
    gender: str | None = None
    age: int | None = None
    description: bool = False  # an unnamed definite description ("Russia's ambassador")
    default_country: str | None = None  # the country a title implies when the sentence names none
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""

    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 1 << 60


class Registry:
    """Drafts of one document, indexed by the keys that make two mentions one actor."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self._keys: dict[tuple, Draft] = {}

    def get_or_add(self, key: tuple | None, draft: Draft) -> Draft:
        """The draft already stored under ``key``, or ``draft`` newly stored (``key`` None: new)."""
        if key is not None and key in self._keys:
            return self._keys[key]
        self.drafts.append(draft)
        if key is not None:
            self._keys[key] = draft
        return draft

    def find(self, key: tuple) -> Draft | None:
        return self._keys.get(key)

    def alias(self, key: tuple, draft: Draft) -> None:
        """Make ``key`` lead to ``draft`` too (a surname, a second spelling)."""
        self._keys.setdefault(key, draft)

    def persons(self) -> list[Draft]:
        return [d for d in self.drafts if d.kind == "person"]

    def merge(self, into: Draft, other: Draft) -> None:
        """Fold ``other`` into ``into``: its mentions and the fields ``into`` lacks; every key
        that led to ``other`` now leads to ``into``; ``other`` has no mentions left."""
        for s, e in other.mentions:
            self.mention(into, s, e)
        for name in ("country", "sector", "role", "org", "gender", "age", "default_country"):
            if getattr(into, name) is None:
                setattr(into, name, getattr(other, name))
        other.mentions = []
        for key, d in list(self._keys.items()):
            if d is other:
                self._keys[key] = into

    @staticmethod
    def mention(draft: Draft, start: int, end: int) -> None:
        """Add a mention once; overlapping duplicates of the same stretch are ignored."""
        if (start, end) not in draft.mentions:
            draft.mentions.append((start, end))

    def to_actors(self, text: str, outside: tuple[int, int] | None = None) -> list[Actor]:
        """Schema actors ordered by first mention, ids a1, a2, …; drafts without mentions
        dropped, and drafts named only inside ``outside`` (the story's dateline: "KYIV, Ukraine
        (AP) —" is where the story was filed, not a party of the lead's event)."""
        def outside_only(d: Draft) -> bool:
            return outside is not None and all(outside[0] <= s and e <= outside[1]
                                               for s, e in d.mentions)
        live = sorted((d for d in self.drafts if d.mentions and not outside_only(d)),
                      key=Draft.first)
        return [
            Actor(
                id=f"a{i}", name=d.name, kind=d.kind, country=d.country, sector=d.sector,
                role=d.role, org=d.org, known=d.known,
                mentions=[Span(s, e, text[s:e]) for s, e in sorted(d.mentions)],
            )
            for i, d in enumerate(live, 1)
        ]
