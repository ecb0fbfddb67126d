"""Publication dates to ISO (YYYY-MM-DD): later stages resolve "on Thursday" against this day."""
from __future__ import annotations

import re
import time
from datetime import date, datetime
from typing import Any

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: Any) -> tuple[str | None, str | None]:
    """(ISO day or None, warning or None) for a date given as text, datetime or struct_time."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value), None
    text = str(value).strip()
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text[:10]).isoformat(), None
        except ValueError:
            pass
    import dateparser  # noqa: PLC0415  (slow to import; only for dates not already ISO)

    # Absolute dates only: "yesterday" in a data file has no day to be relative to.
    settings = {
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, settings=settings)
    if parsed is None:
        return None, f"could not read published date {text[:40]!r}; left empty"
    return parsed.date().isoformat(), None
