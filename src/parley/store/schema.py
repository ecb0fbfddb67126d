"""The store's DuckDB schema: one versioned DDL, applied once, checked on every open.

Bump ``SCHEMA_VERSION`` and add a step to ``MIGRATIONS`` whenever a table changes, so a store
written by an older Parley is upgraded in place instead of misread.
"""
from __future__ import annotations

from collections.abc import Callable

import duckdb

from parley.errors import Errors, MigrationNeeded, SchemaError

SCHEMA_VERSION = 3

DDL_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL);
CREATE SEQUENCE article_seq START 1;
CREATE SEQUENCE event_seq START 1;
CREATE SEQUENCE quote_seq START 1;
CREATE SEQUENCE run_seq START 1;
CREATE SEQUENCE incident_seq START 1;
CREATE TABLE runs (
    id INTEGER PRIMARY KEY, parley_version TEXT, model TEXT, lexicons TEXT, inputs TEXT[],
    started TIMESTAMP, finished TIMESTAMP, status TEXT,
    articles_added INTEGER DEFAULT 0, articles_skipped INTEGER DEFAULT 0, failures INTEGER DEFAULT 0
);
CREATE TABLE articles (
    seq BIGINT NOT NULL, id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE,
    title TEXT, published DATE, source TEXT, url TEXT, language TEXT, text TEXT,
    canonical_id TEXT, run_id INTEGER, added TIMESTAMP, n_events INTEGER, n_quotes INTEGER,
    coded JSON
);
CREATE TABLE article_minhash (article_id TEXT PRIMARY KEY, signature BLOB);
CREATE TABLE actors (
    article_id TEXT, id TEXT, name TEXT, kind TEXT, country TEXT, sector TEXT, role TEXT,
    org TEXT, known TEXT, n_mentions INTEGER
);
CREATE TABLE mentions (
    article_id TEXT, ref_kind TEXT, ref_id TEXT, "start" INTEGER, "end" INTEGER, text TEXT
);
CREATE TABLE places (
    article_id TEXT, id TEXT, name TEXT, country TEXT, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, feature TEXT
);
CREATE TABLE quotes (
    seq BIGINT NOT NULL, article_id TEXT, id TEXT, speaker TEXT, speaker_name TEXT,
    speaker_text TEXT, speaker_country TEXT, kind TEXT, cue TEXT, text TEXT,
    "start" INTEGER, "end" INTEGER, published DATE
);
CREATE TABLE events (
    seq BIGINT NOT NULL, article_id TEXT, id TEXT, event TEXT, mode TEXT, context TEXT[],
    cameo TEXT, quad INTEGER,
    actor TEXT[], actor_names TEXT[], actor_countries TEXT[],
    recipient TEXT[], recipient_names TEXT[], recipient_countries TEXT[],
    third_party TEXT[], third_party_names TEXT[], third_party_countries TEXT[],
    place TEXT, place_name TEXT, place_country TEXT, lat DOUBLE, lon DOUBLE,
    date DATE, day DATE, date_text TEXT, date_inferred BOOLEAN,
    negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN, historical BOOLEAN,
    claimed_by TEXT, claimed_by_name TEXT,
    trigger_text TEXT, evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER,
    confidence DOUBLE, published DATE
);
CREATE TABLE failures (input TEXT, reason TEXT, time TIMESTAMP, run_id INTEGER);
CREATE TABLE incidents (
    seq BIGINT NOT NULL, id TEXT PRIMARY KEY, event TEXT, actor_countries TEXT[], recipient_countries TEXT[],
    first_date DATE, last_date DATE, place_name TEXT, lat DOUBLE, lon DOUBLE,
    report_count INTEGER, article_count INTEGER, sources TEXT[],
    first_report DATE, last_report DATE
);
CREATE TABLE incident_events (incident_id TEXT, article_id TEXT, event_id TEXT);
CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value BIGINT);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX quotes_article ON quotes (article_id);
"""


def _v2_duplicate_flags(con: duckdb.DuckDBPyConnection) -> None:
    """v2: events and quotes carry their article's near-duplicate flag, so paged queries over
    millions of events filter without joining articles."""
    for table in ("events", "quotes"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN duplicate BOOLEAN DEFAULT false")
        con.execute(f"UPDATE {table} SET duplicate = true WHERE article_id IN "
                    "(SELECT id FROM articles WHERE canonical_id IS NOT NULL)")


def _v3_date_precision(con: duckdb.DuckDBPyConnection) -> None:
    """v3: events say how precise their date is (``date_granularity``: day, week, month or
    year) and their place (``place_precision``: exact, admin1, country or region); ``date``
    holds only a date the text gives (it used to repeat the publication date)."""
    con.execute("ALTER TABLE events ADD COLUMN date_granularity TEXT DEFAULT 'day'")
    con.execute("ALTER TABLE events ADD COLUMN place_precision TEXT")
    con.execute("UPDATE events SET place_precision = CASE WHEN place IS NULL THEN NULL "
                "WHEN p.feature = 'country' THEN 'country' "
                "WHEN p.feature IN ('region', 'continent', 'sea', 'border') THEN 'region' "
                "WHEN p.feature = 'admin1' THEN 'admin1' ELSE 'exact' END "
                "FROM places p WHERE p.article_id = events.article_id AND p.id = events.place")
    con.execute("UPDATE events SET date = NULL WHERE date_inferred")


#: version -> function that brings a store from version-1 to version.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    2: _v2_duplicate_flags, 3: _v3_date_precision}


def first_row(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None
              ) -> tuple | None:
    """The first row of a query, with the result fully consumed (DuckDB 2 refuses new work
    on a connection that still holds an unfinished result)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0] if rows else None


def one_row(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> tuple:
    """The row of a query that always returns one (an aggregate without GROUP BY, an INSERT …
    RETURNING of one row)."""
    row = first_row(con, sql, params)
    assert row is not None, sql  # such a query returns exactly one row
    return row


def current_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The store's schema version, or None for an empty database."""
    found = first_row(
        con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")
    if not found or not found[0]:
        return None
    row = first_row(con, "SELECT max(version) FROM schema_version")
    return int(row[0]) if row and row[0] is not None else None


def ensure_schema(con: duckdb.DuckDBPyConnection, read_only: bool = False) -> int:
    """Create the schema in an empty database or migrate an older one; return the version."""
    version = current_version(con)
    if version == SCHEMA_VERSION:
        return version
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaError(Errors.E104.format(version=version, current=SCHEMA_VERSION))
    if read_only and version is not None:
        raise MigrationNeeded(Errors.E105.format(version=version, current=SCHEMA_VERSION))
    if read_only:
        raise SchemaError(Errors.E106)
    con.execute("BEGIN")
    try:
        if version is None:
            con.execute(DDL_V1)
            version = 1
        while version < SCHEMA_VERSION:
            version += 1
            MIGRATIONS[version](con)
        con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return version
