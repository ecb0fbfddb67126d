"""Which country a place phrase lies in, for actors located by place ("rebels in Mali",
"demonstrators in Baghdad", "the government of Sindh province", "Druze inhabitants of the
Syrian Golan Heights"), and whether an entity tagged PERSON is really a place name.

The places component runs after the actors, so the actors resolve these few phrases
themselves: the country table first (names, capitals, demonyms), then the read-only gazetteer
(``parley.nlp.places.gazetteer``) for provinces, regions and big cities. Lookups are memoised there.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from parley.nlp.places import Candidate, Gazetteer

# a gazetteer entry this big, or of one of these kinds, is what a bare place name means
AREA_FEATURES = frozenset({"country", "admin1", "region"})
MIN_CITY_POP = 100_000


class PlaceCountry:
    """Resolves a place phrase to an ISO3 code; one instance per pipeline."""

    def __init__(self, gazetteer: Gazetteer | None, place_nouns: frozenset[str]) -> None:
        self.gaz = gazetteer
        self.place_nouns = place_nouns

    def _candidates(self, name: str) -> tuple[Candidate, ...] | None:
        """The gazetteer's places of this name; None without a gazetteer or when it fails (a
        missing or broken gazetteer only loses the cue that asked)."""
        if self.gaz is None:
            return None
        try:
            return self.gaz.find(name)
        except Exception:  # noqa: BLE001
            return None

    def gazetteer_code(self, name: str) -> str | None:
        """The country of the place a bare name most likely means ("Sindh", "Dili"), else None."""
        if not name or not name[:1].isupper() or (cands := self._candidates(name)) is None:
            return None
        for c in cands:
            if c.primary and c.iso3 and (c.feature in AREA_FEATURES
                                         or c.feature == "city" and c.pop >= MIN_CITY_POP):
                return c.iso3
        return None

    def is_place_name(self, span: Span) -> bool:
        """True when a PERSON span is exactly a known place name ("Tamil Nadu", "Klamath Falls")."""
        if not all(t.is_title or not t.is_alpha for t in span) \
                or (cands := self._candidates(span.text)) is None:
            return False
        if len(span) == 1:  # one word: only areas ("Sindh"), not the many towns named like people
            return any(c.primary and c.feature in AREA_FEATURES for c in cands)
        return any(c.primary for c in cands)

    def names_sizeable_place(self, text: str, min_pop: int) -> bool:
        """True when the gazetteer has an area, or a town of at least ``min_pop`` people, of this
        name (round 32: a one-word name the NER read as a place stays one only if the gazetteer
        agrees, not for every village named like a surname); True without a gazetteer (the NER's
        reading stands)."""
        if (cands := self._candidates(text)) is None:
            return True
        return any(c.feature in AREA_FEATURES or c.pop >= min_pop for c in cands)

    def of_phrase(self, head: Token, country_tok: dict) -> str | None:
        """The country of the noun phrase headed by ``head``: a country name, capital or demonym
        in it ("the Syrian Golan Heights", "East Timor's capital Dili"), else the gazetteer's
        reading of its proper-noun run ("Sindh province" → Sindh → Pakistan)."""
        phrase = [t for t in head.subtree if t.i <= head.i or t.dep_ in ("appos", "compound")]
        for t in phrase:
            if t.i in country_tok:
                return country_tok[t.i][1]
        if head.pos_ == "PROPN" or head.lemma_.lower() in self.place_nouns:
            names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            run = names + ([head] if head.pos_ == "PROPN" else [])
            if run:
                doc = head.doc
                text = doc[run[0].i:run[-1].i + 1].text
                code = self.gazetteer_code(text)
                if code is None and len(run) > 1:
                    code = self.gazetteer_code(run[-1].text)
                return code
        return None
