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
# round 44: a town that names a local office or body ("Irpin mayor") needs only this many
# people, and no namesake abroad of at least this share of its size (Bucha, Ukraine, 42,000,
# against a German village of 1,200: Ukraine; Morales, Colombia, 30,000, against 19,000 in
# Guatemala: no country)
MIN_LOCAL_POP = 10_000
LOCAL_RIVAL_SHARE = 0.2
TOWN_FEATURES = frozenset({"city", "admin1", "admin2"})


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

    def town_code(self, name: str) -> str | None:
        """Round 44: the country of a town a local office or body is named by ("Irpin mayor",
        "Lamu residents"), where a town far smaller than a bare name needs is still what the name
        means: the gazetteer's most populous town or area of that name (its own name, at least
        ``MIN_LOCAL_POP`` people) when no namesake in another country comes near it
        (``LOCAL_RIVAL_SHARE``); another name of a town when no town of this own name is that
        big ("Jenin": Janīn, Palestine, over a Polish village); an area or a big city first, as
        for a bare name."""
        if (code := self.gazetteer_code(name)) is not None or not name[:1].isupper():
            return code
        cands = [c for c in self._candidates(name) or () if c.iso3 and c.feature in TOWN_FEATURES]
        if any(c.primary and c.pop >= MIN_LOCAL_POP for c in cands):
            cands = [c for c in cands if c.primary]  # else another name of a town may be meant
        if not cands or (top := max(cands, key=lambda c: c.pop)).pop < MIN_LOCAL_POP:
            return None
        rival = max((c.pop for c in cands if c.iso3 != top.iso3), default=0)
        return top.iso3 if rival < top.pop * LOCAL_RIVAL_SHARE else None

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
