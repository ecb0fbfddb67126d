"""Find quoted stretches in raw text by their quote marks (pure functions, no spaCy).

News text mixes curly, straight, guillemet and low-9 marks, doubles straight singles (''like
this''), nests single quotes inside double ones, and leaves a paragraph's closing mark off when
the quote runs on into the next paragraph (which then opens with a mark again). Apostrophes
("Putin’s", "don’t", "parents’ homes", "’90s") must not be taken for single quotes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = {"“": "double", "«": "double", "„": "double", "‘": "single"}
CLOSERS = {"”": "double", "»": "double", "’": "single"}
AMBIGUOUS = {'"': "double", "'": "single"}
# A mark opens after these characters (or at the start of text) and closes before them.
_BEFORE_OPEN = set(" \t\n\u00a0([{—–-/:;,") | set(OPENERS) | set(AMBIGUOUS)
_AFTER_CLOSE = set(" \t\n\u00a0)]}—–-/:;,.?!…") | set(CLOSERS) | set(AMBIGUOUS)
# Every mark, doubled straight singles first (so "''" is one mark, not two), to jump between
# marks instead of stepping through every character.
_MARK = re.compile("''|[" + re.escape("".join([*OPENERS, *CLOSERS, *AMBIGUOUS])) + "]")


@dataclass(frozen=True)
class Mark:
    """One quote mark: its offset, length (2 for doubled straight singles), kind and role."""

    start: int
    length: int
    kind: str  # double | single
    role: str  # open | close | either


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch [start, end) including its marks; ``paragraphs`` > 1 when it runs on."""

    start: int
    end: int
    kind: str
    paragraphs: int = 1
    nested: bool = False


def _role(text: str, i: int, length: int) -> str | None:
    """Open, close or None (an apostrophe or a stray mark) from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + length] if i + length < len(text) else " "
    can_open = before in _BEFORE_OPEN and not after.isspace()
    can_close = after in _AFTER_CLOSE and not before.isspace()
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return None


def scan_marks(text: str) -> list[Mark]:
    """Every quote mark in ``text`` with its kind and role; apostrophes are left out."""
    marks: list[Mark] = []
    n = len(text)
    for found in _MARK.finditer(text):
        i = found.start()
        if found.end() - i == 2:
            role = _role(text, i, 2)
            if role:
                marks.append(Mark(i, 2, "double", role))
            continue
        ch = text[i]
        kind = OPENERS.get(ch) or CLOSERS.get(ch) or AMBIGUOUS[ch]
        role = _role(text, i, 1)
        if kind == "single":
            after = text[i + 1] if i + 1 < n else " "
            before = text[i - 1] if i > 0 else " "
            if before.isalnum() and after.isalnum():
                role = None  # don’t, Putin’s
            elif role == "open" and after.isdigit():
                role = None  # ’90s
        elif ch in "«„”»":
            role = "open" if ch in OPENERS else "close"  # these marks have one role
        elif ch == "“" and role is None:
            role = "open"
        if role is None and ch == '"':
            role = "either"  # spaced out (' " '): closes an open quote, else ignored
        if role:
            marks.append(Mark(i, 1, kind, role))
    return marks


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where a paragraph (a line after a newline) starts, ascending."""
    return [m.end() for m in re.finditer("\n", text) if m.end() < len(text)]


def _break_between(starts: list[int], after: int, upto: int) -> bool:
    """Does a paragraph start at an offset in (after, upto]? (``starts`` ascending.)"""
    k = bisect.bisect_right(starts, after)
    return k < len(starts) and starts[k] <= upto


def find_quoted(text: str) -> list[Quoted]:
    """Top-level and nested quoted stretches, in text order.

    A double quote left open at a paragraph's end continues when the next paragraph opens with
    a double mark; otherwise the unclosed mark is dropped. Single quotes pair only with single
    quotes and only inside the same paragraph, so a stray possessive never swallows text.
    """
    marks = scan_marks(text)
    starts = _paragraph_starts(text)
    para_starts = set(starts)
    out: list[Quoted] = []
    open_double: Mark | None = None
    paragraphs = 1
    open_single: Mark | None = None
    pending_break = False
    anchor = 0  # offset of the last mark seen while a quote is open
    for mark in marks:
        # Did a paragraph break happen since the last mark?
        if (open_double is not None or open_single is not None) and _break_between(
            starts, anchor, mark.start
        ):
            open_single = None
            if open_double is not None:
                pending_break = True
        anchor = mark.start
        if mark.kind == "double":
            if open_double is None:
                if mark.role == "open":
                    open_double, paragraphs, pending_break = mark, 1, False
                continue
            if pending_break:
                if mark.role == "open" and mark.start in para_starts:
                    paragraphs += 1  # the quote runs on into this paragraph
                    pending_break = False
                    continue
                open_double = None
                pending_break = False
                if mark.role == "open":
                    open_double, paragraphs = mark, 1
                continue
            if mark.role in ("close", "either"):
                out.append(
                    Quoted(open_double.start, mark.start + mark.length, "double", paragraphs)
                )
                open_double = None
            continue
        # single marks
        if open_single is None:
            if mark.role == "open":
                open_single = mark
        elif mark.role == "close":
            out.append(
                Quoted(
                    open_single.start, mark.start + 1, "single", 1, nested=open_double is not None
                )
            )
            open_single = None
    out.sort(key=lambda q: q.start)
    return out


def top_level(quoted: list[Quoted]) -> list[Quoted]:
    """Quoted stretches not lying inside another one."""
    result: list[Quoted] = []
    for q in sorted(quoted, key=lambda q: (q.start, -q.end)):
        if result and q.start < result[-1].end:
            continue
        result.append(q)
    return result
