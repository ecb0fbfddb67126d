"""The one exception ingest raises internally; readers turn it into a Failure record."""
from __future__ import annotations


class IngestError(Exception):
    """An input that cannot become an article; the message is the reason users see."""
