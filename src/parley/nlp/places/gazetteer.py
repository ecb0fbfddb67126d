"""Offline gazetteer lookups: names → candidate places, country points and extents, borders.

The data lives in one read-only SQLite file built from GeoNames data shipped by PyPI packages
(``parley.nlp.places.gazetteer_build``). Opening it is instant; lookups are indexed and memoised, so a
pipeline pays a few microseconds per toponym. Connections are opened lazily per process, so the
object pickles cleanly into ``nlp.pipe`` workers and Ray actors.
"""
from __future__ import annotations

import math
import os
import sqlite3
import statistics
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parley.nlp.placenames import haversine_km, norm, skeleton
from parley.nlp.places.gazetteer_build import build, default_path

__all__ = ["Candidate", "Gazetteer", "default_path", "haversine_km", "norm"]

_BUILD_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    pid: int
    geonameid: int | None
    name: str
    cc: str  # ISO 3166-1 alpha-2 ("" for continents and multi-country regions)
    iso3: str | None
    lat: float
    lon: float
    pop: int
    feature: str  # country | admin1 | admin2 | city | continent | region | sea | facility | border
    capital: bool
    admin1: str
    primary: bool  # the name matched is the entry's own name, not an alternate


#: a town matched only by the transliteration skeleton of its own name, not by a spelling the
#: gazetteer holds, must be at least this large (a city's other romanisations are in the news;
#: a village's are noise)
SKELETON_MIN_TOWN_POP = 15_000

_COLS = "p.pid, p.geonameid, p.name, p.cc, c.iso3, p.lat, p.lon, p.pop, p.feature, p.capital, p.admin1"


class Gazetteer:
    """Read-only access to the gazetteer file; builds it on first use when it is missing."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        if not self.path.exists():
            with _BUILD_LOCK:
                if not self.path.exists():
                    build(self.path)
        self._con: sqlite3.Connection | None = None
        self._pid: int | None = None
        self._countries: dict[str, Candidate] | None = None
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    @property
    def con(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[tuple]:
        return self.con.execute(sql, args).fetchall()

    @staticmethod
    def _cand(row: tuple, primary: bool = True) -> Candidate:
        pid, gid, name, cc, iso3, lat, lon, pop, feature, capital, admin1 = row
        return Candidate(pid, gid, name, cc or "", iso3, lat, lon, pop or 0, feature, bool(capital),
                         admin1 or "", primary)

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Every entry named ``key`` (already normalised with ``norm``) or a transliteration of it
        (same ``skeleton``), most populous first; ``primary`` when one of the matching names is
        the entry's own. Two spellings of one name get the same candidates."""
        rows = self._rows(
            f"SELECT {_COLS}, max(n.is_primary), max(n.key = ?) FROM name n "
            "JOIN place p ON p.pid = n.pid LEFT JOIN country c ON c.cc = p.cc WHERE n.skel = ? "
            "GROUP BY p.pid ORDER BY p.pop DESC, p.pid LIMIT 200",
            (key, skeleton(key)),
        )
        # reached only through the skeleton: the entry's own name, and not a small town (a
        # village's near-miss is more often another word, "Borrell" → Borel, than its spelling)
        return tuple(self._cand(r[:-2], bool(r[-2])) for r in rows
                     if r[-1] or (r[-2] and (r[8] != "city" or (r[7] or 0) >= SKELETON_MIN_TOWN_POP)))

    def find(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a surface name ("the Ukraine", "Kiev", "U.S.")."""
        return self.lookup(norm(name))

    @lru_cache(maxsize=512)  # noqa: B019 - one gazetteer per process; the cache is the point
    def country(self, code: str) -> Candidate | None:
        """The country entry for an ISO alpha-2 or alpha-3 code."""
        return self._country_table().get(code)

    def _country_table(self) -> dict[str, Candidate]:
        """Every country entry by its alpha-2 and alpha-3 code, read in one scan: the place
        table has no index on ``feature``, so a query per code scanned all of it (tens of
        milliseconds each, paid for every country an article names first in a process). The
        file holds one country entry per code."""
        if self._countries is None:
            rows = self._rows(f"SELECT {_COLS} FROM place p JOIN country c ON c.cc = p.cc "
                              "WHERE p.feature = 'country'", ())
            table: dict[str, Candidate] = {}
            for row in rows:
                cand = self._cand(row)
                for key in (row[3], row[4]):  # cc, iso3
                    if key:
                        table.setdefault(key, cand)
            self._countries = table
        return self._countries

    @lru_cache(maxsize=1024)  # noqa: B019
    def division(self, town: Candidate) -> Candidate | None:
        """The first-level division a town lies in ("Nikopol" → Dnipropetrovsk), by its admin1
        name, or for a town stored without one, that of the nearest town of its country that
        has one: for a district named after its town."""
        cc, admin1 = town.cc, town.admin1 or self._nearest_admin1(town)
        if not cc or not admin1:
            return None
        rows = self._rows(
            f"SELECT {_COLS} FROM place p LEFT JOIN country c ON c.cc = p.cc "
            "WHERE p.cc = ? AND p.feature = 'admin1' AND p.admin1 = ? ORDER BY p.pid LIMIT 1",
            (cc, admin1),
        )
        return self._cand(rows[0]) if rows else None

    def _nearest_admin1(self, town: Candidate) -> str:
        scale = math.cos(math.radians(town.lat)) ** 2
        rows = self._rows(
            "SELECT admin1 FROM place WHERE cc = ? AND feature = 'city' AND admin1 != '' "
            "AND pop >= 1000 AND abs(lat - ?) < 1.5 AND abs(lon - ?) < 2.5 "
            "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) * ? LIMIT 1",
            (town.cc, town.lat, town.lon, town.lat, town.lat, town.lon, town.lon, scale),
        )
        return str(rows[0][0]) if rows else ""

    @lru_cache(maxsize=512)  # noqa: B019
    def extent(self, cc: str) -> tuple[float, float, float, float] | None:
        """(lat_min, lat_max, lon_min, lon_max) of where a country's towns lie."""
        rows = self._rows("SELECT lat0, lat1, lon0, lon1 FROM country WHERE cc = ?", (cc,))
        return rows[0] if rows and rows[0][0] is not None else None

    @lru_cache(maxsize=1024)  # noqa: B019
    def side(self, cc: str, dlat: float, dlon: float, towns: int, share: float,
             min_towns: int, min_span: float) -> tuple[float, float] | None:
        """The point of a wide country's northern, southern, eastern or western part: the
        median latitude and longitude of those of its ``towns`` largest towns that lie in the
        last ``share`` of the towns' span that way. Why: a direction moved inside the country's
        bounding box lands where the box is widest, not where that side's people are
        ("southern Russia" fell in Siberia, 54 N 100 E); a median of towns, not a
        population-weighted mean, keeps a capital or a far cluster from pulling the point.
        None — the caller keeps the box — for "central" and diagonal sides (a corner's towns
        gather where the country's people are, not in the corner: "northwestern Canada" fell
        in southern British Columbia), for a country whose towns span less than ``min_span``
        degrees both ways (a compact country's box point lies among that
        side's towns), and for a side with fewer than ``min_towns`` towns (an empty side:
        "northern Canada")."""
        if bool(dlat) == bool(dlon):
            return None
        found = self._rows("SELECT lat, lon FROM place WHERE cc = ? AND feature = 'city' "
                           "ORDER BY pop DESC LIMIT ?", (cc, towns))
        # one town per quarter-degree cell: GeoNames lists a capital's districts as towns
        # (Kyiv's Obolon, Pechersk …), which would make the capital most of any side near it
        rows = list({(round(t[0] * 4), round(t[1] * 4)): t for t in reversed(found)}.values())
        if len(rows) < min_towns:
            return None
        axis = 0 if dlat else 1
        lo, hi = min(t[axis] for t in rows), max(t[axis] for t in rows)
        other_span = max(t[1 - axis] for t in rows) - min(t[1 - axis] for t in rows)
        if max(hi - lo, other_span) < min_span:
            return None
        sign = 1 if (dlat or dlon) > 0 else -1
        cut = (hi - share * (hi - lo)) if sign > 0 else (lo + share * (hi - lo))
        part = [t for t in rows if (t[axis] >= cut if sign > 0 else t[axis] <= cut)]
        if len(part) < min_towns:
            return None
        return statistics.median(t[0] for t in part), statistics.median(t[1] for t in part)

    @lru_cache(maxsize=1024)  # noqa: B019
    def border(self, a_iso3: str, b_iso3: str) -> Candidate | None:
        """A curated border entry, else the midpoint of the closest pair of large towns."""
        rows = self._rows(
            f"SELECT {_COLS} FROM border b JOIN place p ON p.pid = b.pid "
            "LEFT JOIN country c ON c.cc = p.cc WHERE b.a = ? AND b.b = ?",
            (a_iso3, b_iso3),
        )
        if rows:
            return self._cand(rows[0])
        a, b = self.country(a_iso3), self.country(b_iso3)
        if not a or not b:
            return None
        towns = {}
        for cand in (a, b):
            towns[cand.cc] = self._rows(
                "SELECT lat, lon FROM place WHERE cc = ? AND feature = 'city' "
                "ORDER BY pop DESC LIMIT 150",
                (cand.cc,),
            )
        pairs = [(haversine_km(*p, *q), p, q) for p in towns[a.cc] for q in towns[b.cc]]
        if not pairs:
            return None
        _, p, q = min(pairs)
        name = f"{a.name}-{b.name} border"
        return Candidate(0, None, name, a.cc, a.iso3, (p[0] + q[0]) / 2, (p[1] + q[1]) / 2, 0,
                         "border", False, "", True)


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """The process-wide gazetteer at the default path."""
    return Gazetteer()
