"""Round 23: a state's possessive owns the name after it ("Japan's Defense Ministry"); round
63: so does a demonym before a body's name ("the Russian defense ministry").

"Japan's Defense Ministry protested", "Latvia's Parliament declared", "Chile's Boric criticised":
the body or person after a country's possessive is that country's. ``owning_state`` finds the
owner; each guard below is a class two adversarial reviews found where the possessive owns no
body (docs/audit/dev-round23.md), so a new one goes here, named.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Span, Token

from parley.lexicon import word_list

#: heads of a named thing, plan or occasion a state's possessive may own that is no actor
#: ("Brazil's Carnival", "China's Belt and Road Initiative")
THING_HEADS = word_list("actors_component.yaml", "owned_things")
#: country names that are also a US state's: no owner by possessive ("Georgia's Supreme Court")
AMBIGUOUS_OWNERS = word_list("actors_component.yaml", "ambiguous_owners")
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: prepositions a body's own name may hold ("Ministry of Defence", "Commission for Human Rights")
NAME_PREPOSITIONS = frozenset({"of", "for", "on"})

#: the country words of a Doc: token index → (kind of form, ISO3, the country's span)
CountryWords = Mapping[int, tuple[str, str, Span]]


def owning_state(span: Span, country_words: CountryWords, ents: list[Span],
                 things: frozenset[str], body_word: Callable[[str], bool],
                 sector_of: Callable[[Span], str | None]) -> str | None:
    """The ISO3 code of the country whose possessive stands right before ``span`` and owns it,
    else None. ``things`` are words of things and weapons (place_cues.yaml), ``body_word``
    tells a role word that heads a body ("ministry", "court"), ``sector_of`` a name's sector."""
    if not _possessed(span) or _qualifies_next_noun(span) or _lower_case_junk(span, sector_of):
        return None
    found = country_words.get(span.start - 2)
    if found is None or found[0] != "name" or found[2].end != span.start - 1:
        return None  # a capital or demonym ("Kyiv's mayor" is the city's)
    country = found[2]
    if _ends_longer_name(country, ents) or country.text.lower() in AMBIGUOUS_OWNERS:
        return None
    if _ran_into_headline(span) or _names_thing(span, things) or _non_body_phrase(span, body_word):
        return None
    return found[1]


def demonym_owner(span: Span, country_words: CountryWords, ents: list[Span],
                  body_word: Callable[[str], bool]) -> Span | None:
    """Round 63: the demonym right before a body's name that the tagger left outside it
    ("**Russian** defense ministry", "the **Kenyan** Senate"): the country word whose span ends
    where ``span`` starts and qualifies its head, when the head is a body word ("ministry",
    "court"); None for a person's or a thing's name ("Russian Gazprom pipeline")."""
    found = country_words.get(span.start - 1)
    if found is None or found[0] != "demonym" or found[2].end != span.start:
        return None
    country = found[2]
    if country.root.head.i not in range(span.start, span.end) \
            or country.root.dep_ not in ("amod", "compound"):
        return None
    if _qualifies_next_noun(span) or _ends_longer_name(country, ents) \
            or not body_word(span.root.lemma_.lower()):
        return None
    return country


def _possessed(span: Span) -> bool:
    mark = span.doc[span.start - 1] if span.start >= 2 else None
    return mark is not None and mark.tag_ == "POS" and mark.lower_ in POSSESSIVES


def _qualifies_next_noun(span: Span) -> bool:
    """The name qualifies another noun: "Russia's Gazprom pipeline", "Ukraine's EU bid"."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.root.dep_ in ("compound", "amod", "nmod", "poss") or nxt is not None and (
        nxt.tag_ in ("NN", "NNS") and nxt.is_lower)


def _lower_case_junk(span: Span, sector_of: Callable[[Span], str | None]) -> bool:
    """"Russia's sham referendums": the NER took a lower-case word for a body."""
    return span[0].is_lower and sector_of(span) is None


def _ends_longer_name(country: Span, ents: list[Span]) -> bool:
    """The country word ends a longer name: "Brian France's", "New Mexico's", "Friends of
    Israel's" (a capitalised word or "of" before it, or a person's or body's entity ending
    with it); a date before it does not count ("On Monday Peru's Congress …")."""
    doc = country.doc
    before = doc[country.start - 1] if country.start > 0 else None
    if before is not None and (before.lower_ == "of" or before.is_title and before.pos_ in (
            "PROPN", "ADJ") and before.ent_type_ not in ("DATE", "TIME")):
        return True
    return any(e.start < country.start and e.end == country.end for e in ents
               if e.label_ in ("PERSON", "ORG"))


def _ran_into_headline(span: Span) -> bool:
    """"Poland's Sejm Passes Judicial Reform": the NER ran on into a headline's verb."""
    return any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBZ", "VBD", "VBP")
               or t.pos_ == "ADP" and t.lower_ not in NAME_PREPOSITIONS for t in span[1:])


def _names_thing(span: Span, things: frozenset[str]) -> bool:
    """A facility, a thing or a plan, not a body: "Ukraine's Burshtyn Thermal Power Plant",
    "China's Global Security Initiative"."""
    last: Token = span[-1]
    return last.lower_ in things or last.lemma_.lower() in THING_HEADS


def _non_body_phrase(span: Span, body_word: Callable[[str], bool]) -> bool:
    """A title-case phrase with of/the/and headed by no body word ("Russia's Recognition of
    the Separatists"); "Chile's Ministry of Mining" is headed by one."""
    return any(t.lower_ in ("of", "the", "and") for t in span) and not body_word(span.root.lemma_.lower())
