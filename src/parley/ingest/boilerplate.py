"""Boilerplate rules as data (lexicon/boilerplate.yaml): whole-line removals, wire credits, datelines.

The rules only ever drop whole lines or cut a wire credit ("(Reuters)") from a line's start, so
the story text that stays is character-for-character what the source had.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.errors import Errors, LexiconError
from parley.lexicon import lexicon_path, load
from parley.schema import Removed

BOILERPLATE_FILE = lexicon_path("boilerplate.yaml")
DEFAULT_MAX_CHARS = 300
BoilerplateFileError = LexiconError  # the name this module's callers know


@dataclass(frozen=True)
class LineRule:
    """A whole line is boilerplate when ``pattern`` matches all of it."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    max_chars: int
    example: str
    keep: str


@dataclass(frozen=True)
class PrefixRule:
    """A wire credit at a line's start: the ``strip`` group is cut, the rest stays."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    example: str
    result: str
    keep: str


@dataclass(frozen=True)
class DatelineRule:
    """A dateline opening the first paragraph; its ``place`` group is recorded, nothing cut."""

    name: str
    pattern: re.Pattern[str]
    example: str
    place: str
    keep: str


@dataclass(frozen=True)
class Rules:
    lines: tuple[LineRule, ...]
    prefixes: tuple[PrefixRule, ...]
    datelines: tuple[DatelineRule, ...]


def _compile(source: Path, entry: dict[str, Any], wire: str, groups: tuple[str, ...]) -> re.Pattern[str]:
    name = entry.get("name", "?")
    try:
        pattern = re.compile(str(entry["pattern"]).replace("{WIRE}", wire))
    except re.error as exc:
        raise LexiconError(Errors.E042.format(path=source, name=name, reason=exc)) from exc
    missing = [g for g in groups if g not in pattern.groupindex]
    if missing:
        raise LexiconError(Errors.E043.format(path=source, name=name, groups=missing))
    return pattern


def _require(source: Path, entry: Any, keys: tuple[str, ...]) -> None:
    if not isinstance(entry, dict):
        raise LexiconError(Errors.E040.format(path=source, entry=entry))
    missing = [k for k in keys if k not in entry]
    if missing:
        raise LexiconError(Errors.E041.format(path=source, name=entry.get("name", "?"),
                                              missing=missing))


def _load_file(source: Path) -> tuple[list[LineRule], list[PrefixRule], list[DatelineRule]]:
    data = load(source, top=dict, empty={})
    wire = "|".join(re.escape(str(a)) for a in data.get("wire_agencies") or [])
    lines, prefixes, datelines = [], [], []
    for e in data.get("lines") or []:
        _require(source, e, ("name", "reason", "pattern", "example", "keep"))
        lines.append(LineRule(e["name"], e["reason"], _compile(source, e, wire, ()),
                              int(e.get("max_chars", DEFAULT_MAX_CHARS)), e["example"], e["keep"]))
    for e in data.get("prefixes") or []:
        _require(source, e, ("name", "reason", "pattern", "example", "result", "keep"))
        prefixes.append(PrefixRule(e["name"], e["reason"], _compile(source, e, wire, ("strip",)),
                                   e["example"], e["result"], e["keep"]))
    for e in data.get("datelines") or []:
        _require(source, e, ("name", "pattern", "example", "place", "keep"))
        datelines.append(DatelineRule(e["name"], _compile(source, e, wire, ("place",)),
                                      e["example"], e["place"], e["keep"]))
    return lines, prefixes, datelines


@lru_cache(maxsize=8)
def load_rules(extra_files: tuple[str, ...] = ()) -> Rules:
    """The bundled rules plus any user files, compiled once per process."""
    lines: list[LineRule] = []
    prefixes: list[PrefixRule] = []
    datelines: list[DatelineRule] = []
    for source in (BOILERPLATE_FILE, *map(Path, extra_files)):
        more = _load_file(source)
        lines += more[0]
        prefixes += more[1]
        datelines += more[2]
    return Rules(tuple(lines), tuple(prefixes), tuple(datelines))


def line_reason(rules: Rules, line: str) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is story text."""
    text = line.strip()
    for rule in rules.lines:
        if len(text) <= rule.max_chars and rule.pattern.fullmatch(text):
            return rule.reason
    return None


def strip_prefix(rules: Rules, line: str) -> tuple[str, Removed | None]:
    """``line`` without a leading wire credit, and what was cut (None when nothing was)."""
    for rule in rules.prefixes:
        m = rule.pattern.match(line)
        if m:
            start, end = m.span("strip")
            return line[:start] + line[end:], Removed(text=m.group("strip").strip(), reason=rule.reason)
    return line, None


def find_dateline(rules: Rules, line: str) -> str | None:
    """The dateline place opening ``line`` ("KHARTOUM — A truce" → "KHARTOUM"), if any."""
    for rule in rules.datelines:
        m = rule.pattern.match(line)
        if m:
            return m.group("place")
    return None
