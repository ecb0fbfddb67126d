"""One view, three renderings: HTML page, JSON twin, CSV; chosen by suffix, ?format or Accept."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import JSONResponse, Response

FORMATS = ("html", "json", "csv")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def wanted(request: Request, default: str = "html") -> str:
    """The format asked for: a .json/.csv path suffix, then ?format=, then the Accept header."""
    path = request.url.path
    for fmt in ("json", "csv"):
        if path.endswith("." + fmt):
            return fmt
    asked = request.query_params.get("format")
    if asked in FORMATS:
        return asked
    accept = request.headers.get("accept", "")
    if default == "html" and "text/html" not in accept:
        if "application/json" in accept:
            return "json"
        if "text/csv" in accept:
            return "csv"
    return default


def plain(value: Any) -> Any:
    """JSON-ready value: dates as ISO strings, decimals as numbers, containers recursively."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def json_response(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(plain(data), status_code=status)


def csv_cell(value: Any) -> str:
    """One CSV cell; lists joined by ';'; text that a spreadsheet would run as a formula gets a
    leading apostrophe (article text is hostile)."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join("" if v is None else str(v) for v in value)
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA):
        return "'" + text
    return text


def csv_response(rows: list[dict[str, Any]], filename: str, next_url: str | None = None
                 ) -> Response:
    """Rows as CSV (header from the first row), with a Link header to the next page."""
    buf = io.StringIO()
    if rows:
        writer = csv.writer(buf)
        columns = list(rows[0].keys())
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
    headers = {"Content-Disposition": f'inline; filename="{filename}.csv"'}
    if next_url:
        headers["Link"] = f'<{next_url}>; rel="next"'
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def page_url(request: Request, **changes: Any) -> str:
    """The current URL (path and query) with some parameters replaced or dropped (None)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for key, value in changes.items():
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            params.append((key, str(v)))
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


def listing(request: Request, rows: list[dict[str, Any]], limit: int, name: str,
            extra: dict[str, Any] | None = None, default: str = "json") -> Response | None:
    """The JSON or CSV answer of a list view (None when HTML was asked for).

    ``rows`` holds up to ``limit + 1`` rows: the extra one only says a next page exists. Asked
    ``before=`` a cursor, the extra row is the first (an earlier page exists) and the next page
    is the one the cursor came from.
    """
    if request.query_params.get("before"):
        rows = rows[-limit:]
        cursor = rows[-1].get("cursor") if rows else None
    else:
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = rows[-1].get("cursor") if more and rows else None
    next_url = page_url(request, after=cursor, before=None) if cursor else None
    fmt = wanted(request, default)
    if fmt == "csv":
        return csv_response(rows, name, next_url)
    if fmt == "json":
        return json_response({"rows": rows, "next": cursor, "next_url": next_url,
                              **(extra or {})})
    return None
