"""The DuckDB store: schema, writes of whole coded articles, and parameterised queries."""
from __future__ import annotations

from parley.store.db import DEFAULT_DB, Store, StoreError
from parley.store.filters import EventFilter
from parley.store.queries import QueryError
from parley.store.schema import SCHEMA_VERSION, SchemaError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "EventFilter", "QueryError", "SchemaError", "Store",
           "StoreError"]
