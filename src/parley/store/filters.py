"""``EventFilter``: the one event filter, and its one rendering to a parameterised WHERE clause.

``Store.events``, exports, the Parquet query (``parley.batch.query``, whose views carry the
store's column names) and the web all filter events with it, so a parameter means the same
thing, and is refused with the same message, everywhere. Every value travels as a ``?``
parameter; only fixed column names are written into the SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.errors import Errors
from parley.store.queries import QueryError, Where, like_pattern

#: SQL of each ``country_role``: where an event names a country in that role.
COUNTRY_ROLES = {
    "actor": "list_contains(e.actor_countries, ?)",
    "recipient": "list_contains(e.recipient_countries, ?)",
    "third_party": "list_contains(e.third_party_countries, ?)",
    "place": "e.place_country = ?",
}
#: A cross-article actor: its known-actors key, else ``name|COUNTRY`` (over ``actors x``).
ACTOR_KEY = "coalesce(x.known, x.name || '|' || coalesce(x.country, ''))"
#: An event placed only at a country (no finer place): the events component says so in
#: ``place_precision`` (store schema v3; migrated stores get it from the place's feature)
COUNTRY_ONLY = "coalesce(e.place_precision = 'country', false)"


@dataclass
class EventFilter:
    """Conditions on ``events e`` (all optional; the defaults match every canonical event).

    ``actor`` is a substring of an actor's or recipient's name, or a per-article actor id;
    ``actor_key`` is a cross-article actor (``ACTOR_KEY``) or part of its name (the web's
    actor filter); ``speaker`` is part of the name of whoever claims the event; ``text`` is
    free text in evidence, trigger, place or title (needs ``articles a`` joined).
    """

    start: str | date | None = None
    end: str | date | None = None
    country: str | None = None
    country_role: str = "any"
    event: str | list[str] | None = None
    quad: int | None = None
    actor: str | None = None
    negated: bool | None = None
    article_id: str | None = None
    include_duplicates: bool = False
    actor_key: str | None = None
    speaker: str | None = None
    text: str | None = None
    historical: bool | None = None  # true: history a story recalls; false: the news
    hypothetical: bool | None = None
    min_confidence: float | None = None
    place: str | None = None  # a place across articles: ``name|ISO3`` (``places_page`` ids)
    country_only: bool | None = None  # false: leave out events placed only at a country

    def where(self, joined: bool = True) -> Where:
        """The WHERE clause. With ``joined`` the query joins ``articles a`` and duplicates are
        judged by ``a.canonical_id``; without, by the store's denormalised ``e.duplicate`` flag
        (no join: what fast paged reads use)."""
        where = Where()
        where.date_range(self.start, self.end, "e.day")
        if self.country:
            code = self.country.upper()
            if self.country_role == "any":
                where.add("(" + " OR ".join(COUNTRY_ROLES.values()) + ")",
                          *([code] * len(COUNTRY_ROLES)))
            elif self.country_role in COUNTRY_ROLES:
                where.add(COUNTRY_ROLES[self.country_role], code)
            else:
                raise QueryError(Errors.E113.format(roles=sorted(COUNTRY_ROLES)))
        if self.event:
            types = [self.event] if isinstance(self.event, str) else list(self.event)
            where.add("list_contains(?, e.event)", [t.upper() for t in types])
        if self.quad is not None:
            if int(self.quad) not in (1, 2, 3, 4):
                raise QueryError(Errors.E114.format(quad=self.quad))
            where.add("e.quad = ?", int(self.quad))
        if self.actor:
            where.add(
                "(len(list_filter(e.actor_names || e.recipient_names, lambda x: x ILIKE ? "
                "ESCAPE '\\')) > 0 OR list_contains(e.actor, ?) OR list_contains(e.recipient, ?))",
                like_pattern(self.actor), self.actor, self.actor,
            )
        if self.negated is not None:
            where.add("e.negated = ?", bool(self.negated))
        if self.historical is not None:
            where.add("e.historical = ?", bool(self.historical))
        self._more(where)
        if self.article_id:
            where.add("e.article_id = ?", self.article_id)
        if not self.include_duplicates:
            where.add("a.canonical_id IS NULL" if joined else "NOT e.duplicate")
        if self.actor_key:
            where.add(
                "EXISTS (SELECT 1 FROM actors x WHERE x.article_id = e.article_id AND "
                "(list_contains(e.actor, x.id) OR list_contains(e.recipient, x.id)) AND "
                f"({ACTOR_KEY} = ? OR x.name ILIKE ? ESCAPE '\\'))",
                self.actor_key, like_pattern(self.actor_key))
        if self.speaker:
            where.add("e.claimed_by_name ILIKE ? ESCAPE '\\'", like_pattern(self.speaker))
        if self.text:
            pat = like_pattern(self.text)
            where.add("(e.evidence_text ILIKE ? ESCAPE '\\' OR e.trigger_text ILIKE ? ESCAPE '\\'"
                      " OR e.place_name ILIKE ? ESCAPE '\\' OR a.title ILIKE ? ESCAPE '\\')",
                      pat, pat, pat, pat)
        return where

    def _more(self, where: Where) -> None:
        """The flag, confidence and place conditions."""
        if self.hypothetical is not None:
            where.add("e.hypothetical = ?", bool(self.hypothetical))
        if self.min_confidence is not None:
            where.add("e.confidence >= ?", float(self.min_confidence))
        if self.place:
            name, sep, country = self.place.rpartition("|")
            where.add("e.place_name = ? AND coalesce(e.place_country, '') = ?",
                      name if sep else self.place, country if sep else "")
        if self.country_only is not None:
            where.add(f"({COUNTRY_ONLY}) = ?", bool(self.country_only))
