"""Country names, demonyms and capitals → ISO 3166-1 alpha-3, loaded once from YAML.

``lexicon/demonyms.yaml`` is the source of truth for which names count; pycountry adds its
official spellings for the same codes, so "Russian Federation" and "Republic of Türkiye" resolve
without being listed by hand. Other components (places, events) can use the same table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry

from parley.lexicon import lexicon_path, load

DEMONYMS_FILE = lexicon_path("demonyms.yaml")


@dataclass(frozen=True)
class Country:
    """One state: its code, the short name used as the state actor's name, and its forms."""

    code: str
    name: str
    names: tuple[str, ...]  # the name, aliases and pycountry's names
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    example: str


@dataclass
class CountryTable:
    """Lookup from any surface form to a country; forms are matched case-sensitively."""

    countries: dict[str, Country] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_demonym: dict[str, str] = field(default_factory=dict)
    by_capital: dict[str, str] = field(default_factory=dict)

    def code(self, text: str) -> str | None:
        """ISO3 code for a country name, alias, demonym or capital, else None."""
        text = text.strip()
        for table in (self.by_name, self.by_demonym, self.by_capital):
            if text in table:
                return table[text]
        return None

    def name(self, code: str | None) -> str | None:
        """The short name Parley gives the state with this code."""
        country = self.countries.get(code or "")
        return country.name if country else None


def _pycountry_names(code: str) -> list[str]:
    """pycountry's name, official and common name for a code (comma forms are not prose)."""
    record = pycountry.countries.get(alpha_3=code)
    if record is None:
        return []
    names = [getattr(record, attr, None) for attr in ("name", "official_name", "common_name")]
    return [n for n in names if n and "," not in n]


def load_countries(path: Path = DEMONYMS_FILE) -> CountryTable:
    """Read the demonym table; raise LexiconError naming the file and entry when one is bad."""
    table = CountryTable()
    for entry in load(path, top=list, required=("code", "name", "example"), empty=[]):
        code = entry["code"]
        names = [entry["name"], *entry.get("aliases", []), *_pycountry_names(code)]
        country = Country(
            code=code,
            name=entry["name"],
            names=tuple(dict.fromkeys(names)),
            demonyms=tuple(entry.get("demonyms", [])),
            capitals=tuple(entry.get("capitals", [])),
            example=entry["example"],
        )
        table.countries[code] = country
        for n in country.names:
            table.by_name.setdefault(n, code)
        for d in country.demonyms:
            table.by_demonym.setdefault(d, code)
        for c in country.capitals:
            table.by_capital.setdefault(c, code)
    return table


@lru_cache(maxsize=1)
def countries() -> CountryTable:
    """The bundled country table, loaded once per process."""
    return load_countries()
