"""Time anchors that frame a report rather than belong to it.

"Lavrov said that a ceasefire was unlikely, hours after talks failed": the comma-set ", hours
after …" dates the saying, so the talks' failure is the reporter's account, not Lavrov's claim.
The parser often hangs such an anchor inside the reported clause; the quotes component ends
the content before it and the events component does not credit the speaker with what follows.
"""
from __future__ import annotations

import re

FRAMING_TIME = re.compile(
    r",\s+(?:(?:just|only|barely|some|about|several|a few|two|three|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|minutes?|months?|moments|shortly|soon|a day|a week|a month|"
    r"the day|the morning|the night)\s+(?:after|before)\b",
    re.IGNORECASE,
)


def framing_time_at(text: str, start: int, end: int) -> list[int]:
    """Offsets of every framing time anchor (its comma) between ``start`` and ``end``."""
    return [m.start() for m in FRAMING_TIME.finditer(text, start, end)]
