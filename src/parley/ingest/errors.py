"""The one exception ingest raises internally (defined in ``parley.errors`` with the others);
readers turn it into a Failure record."""
from __future__ import annotations

from parley.errors import IngestError

__all__ = ["IngestError"]
