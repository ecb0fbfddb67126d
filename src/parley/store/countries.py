"""Country names as users type them ("Ukraine", "ukr", "Russian Federation") -> ISO3.

Shared by the web app's filters and the command line (`parley talks --between`, `parley export
--country`), so both accept the same names and refuse a misspelt one the same way (E301 with
close matches) instead of finding nothing.
"""
from __future__ import annotations

import difflib
from functools import lru_cache

import pycountry

from parley.errors import Errors
from parley.nlp.countries import countries
from parley.store.queries import QueryError

__all__ = ["country_choices", "country_names", "resolve_country"]


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name Parley knows for a country (its short name, aliases, pycountry's names, the
    ISO3 code itself), case-folded -> ISO3."""
    table = countries()
    out: dict[str, str] = {}
    for code, c in table.countries.items():
        for name in (code, *c.names):
            out.setdefault(name.casefold(), code)
    for record in pycountry.countries:
        forms = [getattr(record, a, None) for a in ("alpha_3", "name", "common_name",
                                                      "official_name")]
        for form in forms:
            if isinstance(form, str) and form:
                out.setdefault(form.casefold(), str(record.alpha_3))
    return out


def country_choices() -> list[tuple[str, str]]:
    """(ISO3, short name) of every country, by name: the country dropdown."""
    table = countries()
    seen = {code: c.name for code, c in table.countries.items()}
    for record in pycountry.countries:
        seen.setdefault(record.alpha_3, getattr(record, "common_name", None) or record.name)
    return sorted(seen.items(), key=lambda kv: kv[1])


def resolve_country(value: str | None) -> str | None:
    """A country given as ISO3 (any case) or a name ("Ukraine", "Russia") -> ISO3; 400 (E301)
    naming close matches when nothing matches."""
    if not value or not value.strip():
        return None
    text = value.strip()
    names = country_names()
    found = names.get(text.casefold())
    if found:
        return found
    if len(text) == 3 and text.isalpha() and text.isupper():
        return text  # an ISO3-like code Parley has no name for (e.g. XKX): taken as given
    close = difflib.get_close_matches(text.casefold(), list(names), n=5, cutoff=0.75)
    hint = ", ".join(sorted({f"{names[c]} ({c})" for c in close})) or "e.g. UKR or Ukraine"
    raise QueryError(Errors.E301.format(country=value, hint=hint))
