"""The talks tracker: negotiation processes between two sides, their rounds, outcomes, positions.

A **track** is one negotiation process between a pair of sides: its subject or format (peace
talks, a foreign ministers' meeting, a grain deal, prisoner exchanges, ...) found from the words
of the events' sentences (``lexicon/talks.yaml``), with the mediators that sat in. A **round** is
one meeting of a track, anchored on talks events that report a meeting between the sides;
announcements belong to the round on their date and reports to the round they follow. Each round
and track has an outcome from what is said about it, with the evidence; each side's demands,
proposals, red lines and concessions are listed once with all their sources. docs/talks.md has
the rules.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

from parley.lexicon import load

if TYPE_CHECKING:
    from parley.store.db import Store

TALKS_TYPES = ("CONSULT", "AGREE", "REJECT", "REQUEST", "CONCEDE", "RETREAT", "SUPPORT")
POSITION_TYPES = ("REQUEST", "REJECT", "CONCEDE", "RETREAT", "AGREE")
OLD_DAYS = 14  # an event dated this long before its report is background, never a round
QUOTE_REACH = 800  # characters between a quote (or a position) and a talks event of its article
REPORT_AFTER, REPORT_BEFORE = 2, 1  # days a statement may follow / precede the round it reports
OUTCOMES = ("agreed", "partial", "no progress", "failed", "postponed", "pending")
NEGATORS = re.compile(r"\b(not|no|never|without|n't|hasn't|haven't|didn't|won't)\b", re.I)
CONDITIONAL = re.compile(r"\b(if|unless|whether|could|may|might)\b", re.I)

_EVENTS = """
SELECT e.article_id, e.id AS event_id, e.seq, e.event, e.mode, e.actor_names, e.actor_countries,
       e.recipient_names, e.recipient_countries, e.third_party_names, e.third_party_countries,
       e.place_name, e.place_country, e.lat, e.lon, e.day, e.date, e.date_granularity, e.negated,
       e.future,
       e.hypothetical, e.historical, e.claimed_by_name, e.trigger_text, e.evidence_text, e.evidence_start,
       e.evidence_end, a.title, a.source, a.url, a.published, a.text AS article_text
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.canonical_id IS NULL AND (list_contains(?, e.event) OR regexp_matches(
      e.evidence_text, '(?i)talks|negotiat|swap|exchang|deal|ceasefire'))
"""
_MENTIONS = """
SELECT m.article_id, m."start", m."end", x.country, x.kind, x.name, x.sector, x.role, x.known
FROM mentions m JOIN actors x ON x.article_id = m.article_id AND x.id = m.ref_id
WHERE m.ref_kind = 'actor' AND (x.country IS NOT NULL OR x.kind = 'igo')
  AND list_contains(?, m.article_id)
"""
_EVENT_MENTIONS = """
SELECT article_id, ref_id AS event_id, "start", "end" FROM mentions
WHERE ref_kind = 'event' AND list_contains(?, article_id)
"""
_QUOTES = """
SELECT q.article_id, q.id AS quote_id, q.speaker_name, q.speaker_text, q.speaker_country,
       q.kind, q.cue, q.text, q.start, q."end", q.published
FROM quotes q WHERE list_contains(?, q.article_id)
"""


# --- the words (lexicon/talks.yaml) ---------------------------------------------------------

def _pattern(term: str) -> re.Pattern[str]:
    """A term as a regex: words on word boundaries, a space or hyphen between them, a
    trailing * on a word for any ending ("call* for": calls for, called for)."""
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b"
             for w in re.split(r"[\s-]+", term.strip())]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(parts), re.I)


@dataclass(frozen=True)
class Words:
    """The compiled talks lexicon."""

    talk: tuple[re.Pattern[str], ...]
    not_talk: tuple[re.Pattern[str], ...]
    veto: tuple[re.Pattern[str], ...]
    not_meeting: tuple[re.Pattern[str], ...]
    processes: tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]
    default_process: str
    meeting: tuple[re.Pattern[str], ...]
    announce: tuple[re.Pattern[str], ...]
    continues: tuple[re.Pattern[str], ...]
    ordinals: dict[str, int]
    outcomes: tuple[tuple[str, re.Pattern[str]], ...]
    positions: tuple[tuple[str, re.Pattern[str]], ...]

    def process_name(self, key: str) -> str:
        return next(name for k, name, _ in self.processes if k == key)


@lru_cache(maxsize=4)
def words(name: str = "talks.yaml") -> Words:
    data = load(name, top=dict)

    def terms(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_pattern(str(e["term"])) for e in data.get(key) or [])

    procs = tuple((str(p["key"]), str(p["name"]), tuple(_pattern(str(c)) for c in p["cues"]))
                  for p in data["processes"])
    default = next(str(p["key"]) for p in data["processes"] if p.get("default"))
    return Words(
        talk=terms("talk"), not_talk=terms("not_talk"), veto=terms("veto"), not_meeting=terms("not_meeting"),
        processes=procs, default_process=default, meeting=terms("meeting"),
        announce=terms("announce"), continues=terms("continues"),
        ordinals={str(k).lower(): int(v) for k, v in (data.get("ordinals") or {}).items()},
        outcomes=tuple((str(e["outcome"]), _pattern(str(e["term"]))) for e in data["outcomes"]),
        positions=tuple((str(e["kind"]), _pattern(str(e["term"]))) for e in data["positions"]),
    )


def _mask(text: str, patterns: Iterable[re.Pattern[str]]) -> str:
    for p in patterns:
        text = p.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _any(text: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    return any(p.search(text) for p in patterns)


def is_talk(text: str, w: Words | None = None) -> bool:
    """Does this sentence name talks (after masking the phrases that only look like talks)?"""
    w = w or words()
    return not _any(text, w.veto) and _any(_mask(text, w.not_talk), w.talk)


def process_of(text: str, w: Words | None = None) -> str | None:
    """The process a sentence names (the first of the lexicon's order), else None."""
    w = w or words()
    text = _mask(text, w.not_talk)
    return next((key for key, _, cues in w.processes if _any(text, cues)), None)


def _negated_before(text: str, start: int) -> bool:
    return bool(NEGATORS.search(" ".join(text[:start].split()[-3:])))


def outcome_cue(text: str, w: Words | None = None) -> tuple[str, str] | None:
    """(outcome, the words) said in a sentence, by the lexicon's precedence, else None."""
    w = w or words()
    text = _mask(text, w.not_talk)
    for outcome_, pattern in w.outcomes:
        for m in pattern.finditer(text):
            before = " ".join(text[:m.start()].split()[-4:])
            if CONDITIONAL.search(before) or outcome_ in ("agreed", "partial") and (
                    _negated_before(text, m.start())):
                continue
            return outcome_, m.group(0)
    return None


def position_kind(text: str, w: Words | None = None) -> str | None:
    w = w or words()
    return next((kind for kind, p in w.positions if p.search(text)), None)


def ordinal(text: str, w: Words | None = None) -> int | None:
    w = w or words()
    m = re.search(r"\b(" + "|".join(w.ordinals) + r")\s+round\b", text, re.I) if w.ordinals else None
    return w.ordinals[m.group(1).lower()] if m else None


# --- events in ------------------------------------------------------------------------------

def _sentence(text: str | None, start: int | None, end: int | None) -> tuple[int, int] | None:
    if not text or start is None or end is None:
        return None
    left = max(text.rfind(c, 0, start) for c in (". ", "! ", "? ", "\n"))
    right = [i for i in (text.find(c, end) for c in (". ", "! ", "? ", "\n")) if i >= 0]
    return (left + 1 if left >= 0 else 0), (min(right) + 1 if right else len(text))


def coded_sides(row: dict[str, Any]) -> frozenset[str]:
    """The sides the event coder named: actor and recipient countries."""
    return frozenset(row["actor_countries"]) | frozenset(row["recipient_countries"])


def _private_person(m: dict[str, Any]) -> bool:
    """A person with no office, sector or known entry ("American included in a prisoner swap",
    "a Norwegian was freed"): named in the sentence, but no side of the talks."""
    return m["kind"] == "person" and not (m.get("sector") or m.get("role") or m.get("known"))


def enrich(rows: list[dict[str, Any]], mentions: list[dict[str, Any]], w: Words) -> None:
    """Add each event's sentence, sides, mediating bodies and the lexicon's readings."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        by_article.setdefault(m["article_id"], []).append(m)
    for r in rows:
        span = _sentence(r.get("article_text"), r["evidence_start"], r["evidence_end"])
        r["span"] = span or (r["evidence_start"], r["evidence_end"])
        text = r["article_text"][span[0]:span[1]] if span else (r["evidence_text"] or "")
        r["context"] = " ".join(text.split())
        inside = [m for m in by_article.get(r["article_id"], [])
                  if span and span[0] <= m["start"] and m["end"] <= span[1]]
        sides = set(coded_sides(r)) | set(r["third_party_countries"])
        named = {m["country"] for m in inside if m["country"] and not _private_person(m)} - sides
        # talks have two sides: when the coder found fewer, the states named in the sentence
        # are sides if that is unambiguous (the one other state; all of them if it named none)
        r["parties_inferred"] = bool(named) and len(sides) < 2 and (len(named) == 1 or not sides)
        if r["parties_inferred"]:
            sides |= named
        r["sides"] = frozenset(sides)
        r["bodies"] = sorted({m["name"] for m in inside if m["kind"] == "igo"})
        r["day"] = r["day"] or r["published"]
        ctx = r["context"]
        # a talks event is talks when its sentence names talks; an event of another type only
        # when its own trigger is a talks word ("hold prisoner of war exchange" coded as an
        # abduction), not when it merely stands beside talks ("the failed talks come as ...")
        r["talk"] = is_talk(ctx, w) and (r["event"] in TALKS_TYPES or _any(
            r["trigger_text"] or "", (*w.talk, *w.meeting)))
        r["process"] = process_of(ctx, w) if r["talk"] else None
        r["announce"] = bool(r["future"]) or _any(ctx, w.announce)
        r["venue"] = bool(r["place_name"]) and (
            r["place_name"].casefold() != (country_name(r["place_country"] or "")).casefold())
        r["meeting"] = not _any(ctx, w.not_meeting) and (_any(_mask(ctx, w.not_talk), w.meeting) or (
            r["event"] == "CONSULT" and (r["venue"] or bool(r["third_party_countries"]))))
        # something told of long before the report (a background sentence) is no meeting
        r["old"] = bool(r["published"] and r["day"] and (
            r["published"] - r["day"]).days > OLD_DAYS)
        r["continues"] = _any(ctx, w.continues)
        r["ordinal"] = ordinal(ctx, w)
        if (r["announce"] and r["date"] and r["published"] and r["date"] > r["published"]
                and r["date_granularity"] == "day"):
            # a meeting announced for a later day is set on that day: the store files it under
            # the report's day ("next round starts Monday", published on the Sunday before)
            r["day"] = r["date"]
        if r["announce"] and r["day"] and r["published"] and r["day"] < r["published"]:
            # "next round on Monday" read as the Monday before the report: the next such day
            r["day"] = r["day"] + timedelta(days=7 * -(-(r["published"] - r["day"]).days // 7))


def signal(r: dict[str, Any], pair: frozenset[str], w: Words) -> tuple[str, str] | None:
    """What this event says about its meeting's outcome: (outcome, the words) or None.

    Announcements, hypotheticals and events that are no talks say nothing. Outcome words come
    first (``outcome_cue``), except an agreement: an AGREE or REJECT decides by its type when
    it is the talks' own (no sides coded, or both): an affirmed one is agreed only with an
    agreement word and no proposal or demand ("Russia proposes a ceasefire" is a position),
    a REJECT or negated AGREE is failed. One side refusing is a red line, not the outcome."""
    if not r["talk"] or r["announce"] or r["hypothetical"] or r["event"] == "REQUEST":
        return None  # a request is a position (demand, proposal), never the outcome
    own = pair_own(coded_sides(r), pair)
    cue = outcome_cue(r["context"], w)
    if cue and r["negated"] and cue[0] in ("agreed", "partial"):
        cue = None
    if cue and cue[0] != "agreed":
        return cue
    if r["event"] == "REJECT" and not r["negated"] or r["event"] == "AGREE" and r["negated"]:
        # by its type only when the coder named both sides (or the caller gave none)
        return ("failed", r["trigger_text"]) if pair <= coded_sides(r) else None
    if cue and position_kind(r["context"], w) not in ("proposal", "demand") and (
            own or r["event"] != "AGREE"):
        return cue
    return None


# --- tracks and rounds ----------------------------------------------------------------------

@dataclass
class Round:
    day: date | None  # None: the undated meetings (articles without a date)
    events: list[dict[str, Any]] = field(default_factory=list)
    end: date | None = None

    @property
    def last(self) -> date | None:
        return self.end or self.day


@dataclass
class Track:
    """One negotiation process between a pair of sides."""

    pair: frozenset[str]
    process: str
    events: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)


def _distance(a: tuple[Any, Any], b: tuple[Any, Any]) -> float:
    if None in a or None in b:
        return float("inf")
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def in_pair(r: dict[str, Any], pair: frozenset[str]) -> bool:
    """Both sides named; or at most one, in a talk about a named subject (shuttle diplomacy:
    "talks resume with Russia on a protection zone"; "the grain deal was extended"), with no
    other state as a side."""
    if pair <= r["sides"]:
        return True
    return bool(r["process"]) and r["process"] != words().default_process and not (
        coded_sides(r) - pair)


def assign_process(rows: list[dict[str, Any]], w: Words) -> None:
    """Each talks event's process: its own words; else a process told at its venue or nearest
    to it in the same article (within QUOTE_REACH); else, after rounds are known, the same day's
    specific process (see ``assign``); else the default process."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["process"]:
            by_article.setdefault(r["article_id"], []).append(r)
    for r in rows:
        if r["process"]:
            continue
        told = by_article.get(r["article_id"], [])
        venue = (r["place_name"] or "").casefold()
        same = [a for a in told if venue and (a["place_name"] or "").casefold() == venue]
        if not same and not venue:
            near = [a for a in told if _distance(a["span"], r["span"]) <= QUOTE_REACH]
            same = sorted(near, key=lambda a: _distance(a["span"], r["span"]))[:1]
        if same:
            r["process"] = same[0]["process"]
            r["process_from"] = "article"


def is_anchor(r: dict[str, Any], pair: frozenset[str], w: Words) -> bool:
    """A talks event that reports a meeting of the pair: the meeting itself (meeting words, or
    a CONSULT with a venue or mediator), or an agreement or rejection that decides it.
    Announcements, hypotheticals and statements are not. Both sides must be named, or the
    event names its process itself (one side meeting a mediator on a named subject)."""
    if not r["talk"] or r["announce"] or r["hypothetical"] or r["old"]:
        return False
    coded = coded_sides(r)
    if not pair <= coded and (coded - pair or len(r["actor_names"]) > len(r["actor_countries"])):
        return False  # others meeting about the pair ("the General Assembly meets on ...")
    if r["event"] in ("REQUEST", "SUPPORT") or r["negated"] and r["event"] != "AGREE":
        return False  # asking, welcoming and denying are said of meetings, not meetings
    if not pair <= r["sides"] and r["sides"] - pair - frozenset(r["third_party_countries"]):
        return False  # one side with another state: a different pair's talks
    if _any(r["context"], w.not_meeting):
        return False
    sig = signal(r, pair, w)
    decisive = r["event"] in ("AGREE", "REJECT") and sig is not None and sig[0] in (
        "agreed", "failed")
    if not (r["meeting"] or decisive):
        return False
    return pair <= r["sides"] or r.get("process_from") is None and r["process"] not in (
        None, w.default_process)


def build_rounds(track: Track, anchors: list[dict[str, Any]]) -> None:
    """Anchors of one day make a round; a next-day anchor that continues it ("resumed",
    "technical pause", the same ordinal) or only reports its agreement joins it."""
    undated = [r for r in anchors if r["day"] is None]
    for r in sorted((a for a in anchors if a["day"]), key=lambda a: (a["day"], a["seq"])):
        last = track.rounds[-1] if track.rounds else None
        if last and last.last and r["day"] <= last.last:
            last.events.append(r)
            continue
        if last and last.last and (r["day"] - last.last).days == 1 and (
                r["continues"] or (r["ordinal"] and r["ordinal"] in {
                    e["ordinal"] for e in last.events}) or r["event"] != "CONSULT"):
            last.events.append(r)
            last.end = r["day"]
            continue
        track.rounds.append(Round(r["day"], [r]))
    if undated:
        track.rounds.append(Round(None, undated))


def _nearest_round(track: Track, r: dict[str, Any]) -> Round | None:
    """The round an event speaks about: one with an anchor of its article nearby (within
    QUOTE_REACH); else an announcement's round on its date (a day either way); else the last
    round it follows within REPORT_AFTER days, else the next within REPORT_BEFORE."""
    for rnd in track.rounds:
        if any(e["article_id"] == r["article_id"] and e.get("anchor")
               and _distance(e["span"], r["span"]) <= QUOTE_REACH for e in rnd.events):
            return rnd
    day = r["day"]
    dated = [(x, x.day, x.last) for x in track.rounds if x.day and x.last]
    if day is None:
        return None
    if r["announce"]:
        return next((x for x, first, last in dated if abs((first - day).days) <= 1
                     or first <= day <= last), None)
    before = [x for x, first, last in dated if first <= day and (day - last).days <= REPORT_AFTER]
    if before:
        return before[-1]
    return next((x for x, first, _ in dated if 0 < (first - day).days <= REPORT_BEFORE), None)


def assign(rows: list[dict[str, Any]], pair: frozenset[str], w: Words) -> list[Track]:
    """Group the pair's talks events into processes and rounds (see the module docstring)."""
    rows = [r for r in rows if r["talk"] or r.get("near_talks")]
    assign_process(rows, w)
    tracks: dict[str, Track] = {}
    anchors = [r for r in rows if is_anchor(r, pair, w)]
    for r in anchors:
        r["anchor"] = True
    # an unnamed talk joins the named process the pair spoke of that day ("the talks ended
    # without progress" on the day of the ministers' meeting); meetings first
    named_days: dict[date, str] = {}
    for r in sorted(rows, key=lambda r: not r.get("anchor")):
        if r["talk"] and r["process"] not in (None, w.default_process) and pair <= r["sides"]:
            named_days.setdefault(r["day"], r["process"])
    for r in rows:
        if not r["process"]:
            r["process"] = named_days.get(r["day"]) or w.default_process
    for r in rows:
        tracks.setdefault(r["process"], Track(pair, r["process"])).events.append(r)
    for t in tracks.values():
        build_rounds(t, [r for r in t.events if r.get("anchor")])
        # a meeting announced for a later day that reports confirm (that day or the next)
        announced = [r for r in t.events if r["announce"] and r["talk"] and r["day"]
                     and r["published"] and r["day"] > r["published"]]
        reports = [r for r in t.events if not r.get("anchor") and not r["announce"]
                   and r["talk"]]

        def support(a: dict[str, Any], reports: list[dict[str, Any]] = reports) -> int:
            return sum(0 <= (r["day"] - a["day"]).days <= 1 for r in reports)

        # a meeting announced for a later day that reports confirm (that day or the next) is
        # a round; of two dates announced for one meeting, the one the reports bear out
        for a in sorted(announced, key=lambda a: (-support(a), a["day"])):
            if support(a) and pair <= a["sides"] and _nearest_round(t, a) is None:
                t.rounds.append(Round(a["day"], [a]))
                t.rounds.sort(key=lambda x: (x.day is None, x.day or date.min))
        for r in t.events:
            if any(r is e for rnd in t.rounds for e in rnd.events):
                continue
            rnd = _nearest_round(t, r)
            (rnd.events if rnd else t.statements).append(r)
    return [t for t in tracks.values() if t.rounds]


# --- outcomes, positions, quotes ------------------------------------------------------------

def combine(signals: Iterable[str]) -> str:
    """A round's outcome from its events' signals: agreement with failure or no progress, or a
    partial cue, is partial; then agreed, failed, no progress, postponed; else pending."""
    s = set(signals)
    if "partial" in s or "agreed" in s and s & {"failed", "no progress"}:
        return "partial"
    for o in ("agreed", "failed", "no progress", "postponed"):
        if o in s:
            return o
    return "pending"


def outcome(events: Iterable[dict[str, Any]], sides: frozenset[str] = frozenset()) -> str:
    """The outcome of a meeting from its events (``signal`` for each, ``combine``d)."""
    w = words()
    evs = list(events)
    for e in evs:  # plain dicts (tests, callers): read them as the tracker does
        e.setdefault("context", e.get("evidence_text") or "")
        e.setdefault("talk", True)
        e.setdefault("announce", bool(e.get("future")))
        e.setdefault("hypothetical", False)
        e.setdefault("trigger_text", e["event"].lower())
    found = [signal(e, sides, w) for e in evs]
    return combine(s[0] for s in found if s)


def positions(track: Track, w: Words) -> list[dict[str, Any]]:
    """Each side's demands, proposals, red lines and concessions, one line per position with
    all its sources (positions whose content words mostly agree are the same)."""
    out: list[dict[str, Any]] = []
    for e in sorted(track.events, key=lambda e: (e["day"] or date.min, e["seq"])):
        if e["event"] not in POSITION_TYPES or e["hypothetical"]:
            continue
        kind = position_kind(e["context"], w)
        sides = coded_sides(e)
        if e["event"] == "REQUEST":
            kind = kind if kind in ("proposal", "demand", "red line") else "demand"
        elif e["event"] in ("REJECT",) or e["event"] == "AGREE" and e["negated"]:
            if pair_own(sides, track.pair):
                continue
            kind = "red line"
        elif e["event"] == "AGREE":
            if kind != "proposal":
                continue
        elif track.process == "prisoners":
            continue
        else:
            kind = kind if kind in ("concession", "proposal") else "concession"
        party = sorted(set(e["actor_countries"]) & track.pair)
        if not party and e["actor_countries"]:
            party = sorted(e["sides"] & track.pair)[:1]
        if not party:  # a position is somebody's: no actor, no position
            continue
        text = e["context"] or e["evidence_text"] or ""
        key = _content(text)
        source = {"article_id": e["article_id"], "event_id": e["event_id"],
                  "date": _iso(e["day"]), "text": text,
                  "who": e["claimed_by_name"] or ", ".join(e["actor_names"]) or None}
        same = next((p for p in out if p["party"] == party[0] and p["kind"] == kind
                     and _similar(p["_key"], key)), None)
        if same:
            same["sources"].append(source)
            if source["who"] and source["who"] not in same["said_by"]:
                same["said_by"].append(source["who"])
        else:
            out.append({"party": party[0], "kind": kind, "text": text, "_key": key,
                        "said_by": [source["who"]] if source["who"] else [],
                        "sources": [source]})
    for p in out:
        p.pop("_key")
    return out


def pair_own(sides: frozenset[str], pair: frozenset[str]) -> bool:
    return not sides or pair <= sides


_STOP = frozenset(re.findall(r"\w+", "a an the of to in on for and or with by at from is are "
                             "was were be been says said say that this it its as has have had "
                             "will would not"))


def _content(text: str) -> frozenset[str]:
    return frozenset(t[:6] for t in re.findall(r"[a-z]+", text.lower()) if t not in _STOP)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.6


def attach_quotes(tracks: list[Track], quotes: list[dict[str, Any]],
                  mentions: Iterable[dict[str, Any]] = ()) -> None:
    """Give each principal's quote to the nearest track event in its article (within reach).

    An event is as near as its evidence or any of its other mentions (``Event.mentions``): a
    quote that says "we mainly talked about humanitarian issues" is about the talks that
    "talked" was folded into, even when another track's sentence is closer."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault((m["article_id"], m["event_id"]), []).append((m["start"], m["end"]))
    for q in quotes:
        best: tuple[float, Track | None, dict[str, Any] | None] = (float("inf"), None, None)
        for t in tracks:
            if q["speaker_country"] not in t.pair | mediator_codes(t):
                continue
            for e in t.events:
                if e["article_id"] != q["article_id"]:
                    continue
                d = min(_distance((q["start"], q["end"]), s) for s in
                        [(e["evidence_start"], e["evidence_end"]),
                         *spans.get((e["article_id"], e["event_id"]), [])])
                if d < best[0]:
                    best = (d, t, e)
        if best[1] is not None and best[2] is not None and best[0] <= QUOTE_REACH:
            best[1].quotes.append((q, best[2]))


def mediator_codes(t: Track) -> set[str]:
    return {c for rnd in t.rounds for e in rnd.events for c in _mediators(e, t.pair)}


def _mediators(e: dict[str, Any], pair: frozenset[str]) -> frozenset[str]:
    """Third states at a meeting of both sides (the coder's third parties, or a state named
    beside both sides: "talks between Ukraine, Russia, Turkey and the UN")."""
    if not e.get("anchor") or not pair <= e["sides"]:
        return frozenset(e["third_party_countries"]) - pair if e.get("anchor") else frozenset()
    return (e["sides"] | frozenset(e["third_party_countries"])) - pair


# --- out ------------------------------------------------------------------------------------

def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _event_out(e: dict[str, Any], pair: frozenset[str], w: Words) -> dict[str, Any]:
    keep = ("article_id", "event_id", "event", "mode", "actor_names", "actor_countries",
            "recipient_names", "recipient_countries", "third_party_names", "place_name",
            "negated", "future", "hypothetical", "claimed_by_name", "trigger_text",
            "evidence_text", "title", "source", "url")
    sig = signal(e, pair, w)
    return {**{k: e[k] for k in keep}, "date": _iso(e["day"]), "published": _iso(e["published"]),
            "sentence": e["context"], "sides": sorted(e["sides"]),
            "parties_inferred": e.get("parties_inferred", False),
            "role": ("meeting" if e.get("anchor") else "announcement" if e["announce"]
                     else "statement"),
            "talks_evidence": bool(e["talk"]), "signal": sig[0] if sig else None,
            "signal_words": sig[1] if sig else None}


def _unique(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One event per sentence (several events coded from one sentence say it once)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for e in events:
        key = (e["article_id"], e["sentence"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _quote_out(q: dict[str, Any], about: dict[str, Any]) -> dict[str, Any]:
    keep = ("article_id", "quote_id", "speaker_name", "speaker_text", "speaker_country", "kind",
            "cue", "text")
    return {**{k: q[k] for k in keep}, "about_event": about["event_id"],
            "published": _iso(q["published"])}


def country_name(code: str) -> str:
    from parley.nlp.countries import countries  # noqa: PLC0415  (loads the nlp package)

    return countries().name(code) or code


def _venue(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    places = Counter((e["place_name"], e["place_country"], e["lat"], e["lon"]) for e in events
                     if e.get("venue") and e.get("anchor"))
    if not places:
        return None
    (name, country, lat, lon), _ = places.most_common(1)[0]
    return {"name": name, "country": country, "lat": lat, "lon": lon}


def render(track: Track, w: Words) -> dict[str, Any]:
    """A track as plain JSON-ready data: track -> rounds -> events, outcome evidence, quotes."""
    pair = track.pair
    rounds = []
    for i, rnd in enumerate(track.rounds, 1):
        evs = sorted(rnd.events, key=lambda e: (e["day"] or date.min, e["seq"]))
        ids = {(e["article_id"], e["event_id"]) for e in evs}
        sigs = [(e, signal(e, pair, w)) for e in evs]
        mediators = sorted({c for e in evs for c in _mediators(e, pair)})
        bodies = sorted({b for e in evs if e.get("anchor") for b in e["bodies"]})
        stated = [e["ordinal"] for e in evs if e["ordinal"] and e.get("anchor")]
        rounds.append({
            "n": i, "number": stated[0] if stated else None,
            "date": _iso(rnd.day), "end_date": _iso(rnd.last),
            "outcome": combine(s[0] for _, s in sigs if s),
            "outcome_evidence": _unique([_event_out(e, pair, w) for e, s in sigs if s]),
            "venue": _venue(evs),
            "mediators": mediators, "mediator_names": [country_name(c) for c in mediators]
            + bodies,
            "events": [_event_out(e, pair, w) for e in evs],
            "demands": [_event_out(e, pair, w) for e in evs
                        if e["event"] == "REQUEST" and e["actor_names"]],
            "quotes": [_quote_out(q, e) for q, e in track.quotes
                       if (e["article_id"], e["event_id"]) in ids],
        })
    meds = sorted({c for r in rounds for c in r["mediators"]})
    med_names = sorted({n for r in rounds for n in r["mediator_names"]})
    statements = sorted(track.statements, key=lambda e: (e["day"] or date.min, e["seq"]))
    # what is said of the process after its last round ("the talks are at a dead end",
    # "negotiations are frozen") is its state; only words count here, not event types
    later: list[tuple[dict[str, Any], tuple[str, str]]] = []
    for e in statements:
        cue = outcome_cue(e["context"], w) if e["talk"] and not e["announce"] else None
        last = track.rounds[-1].last if track.rounds else None
        if cue and cue[0] in ("failed", "postponed") and last and e["day"] and e["day"] > last:
            later.append((e, cue))
    decided = [r for r in rounds if r["outcome"] != "pending"]
    if later:
        track_outcome, evidence = later[-1][1][0], [_event_out(later[-1][0], pair, w)]
    elif decided:
        track_outcome, evidence = decided[-1]["outcome"], decided[-1]["outcome_evidence"]
    else:
        track_outcome, evidence = "pending", []
    sides = sorted(pair)
    names = [country_name(c) for c in sides]
    name = w.process_name(track.process)
    title = f"{name}: {' – '.join(names)}"
    if med_names:
        title += f", with {', '.join(med_names)}"
    venue = _venue([e for r in track.rounds for e in r.events])
    return {
        "id": f"{','.join(sides)}|{track.process}",
        "process": track.process, "process_name": name, "title": title,
        "parties": sides, "party_names": names,
        "mediators": meds, "mediator_names": med_names,
        "venue": venue,
        "venues": sorted({r["venue"]["name"] for r in rounds if r["venue"]}),
        "first_date": rounds[0]["date"] if rounds else None,
        "last_date": rounds[-1]["end_date"] if rounds else None,
        "outcome": track_outcome, "outcome_evidence": evidence,
        "evidence_count": len(track.events),
        "articles": sorted({e["article_id"] for e in track.events}),
        "rounds": rounds,
        "positions": positions(track, w),
        "statements": [_event_out(e, pair, w) for e in statements],
    }


def _rows(store: Store, start: str | None, end: str | None) -> list[dict[str, Any]]:
    """Every event of a talks type, and any other whose text names talks (a prisoner exchange
    coded as an abduction is still an exchange: the words decide, ``is_talk``)."""
    sql, params = _EVENTS, list[Any]([list(TALKS_TYPES)])
    if start:
        sql += " AND coalesce(e.day, a.published) >= ?::DATE"
        params.append(start)
    if end:
        sql += " AND coalesce(e.day, a.published) <= ?::DATE"
        params.append(end)
    return store.sql(sql + " ORDER BY e.seq", params, arrow=True).to_pylist()


def talks_rows(store: Store, start: str | None = None, end: str | None = None
               ) -> list[dict[str, Any]]:
    """The talks events (with their sentences, sides and readings) of the store."""
    w = words()
    rows = _rows(store, start, end)
    articles = sorted({r["article_id"] for r in rows})
    mentions = store.sql(_MENTIONS, [articles], arrow=True).to_pylist() if articles else []
    enrich(rows, mentions, w)
    # a position near talks in its article is the talks' own ("This includes demilitarization
    # ...", two sentences after the talks it is about)
    talks_spans: dict[str, list[tuple[Any, Any]]] = {}
    for r in rows:
        if r["talk"]:
            talks_spans.setdefault(r["article_id"], []).append(r["span"])
    for r in rows:
        if r["event"] in POSITION_TYPES:
            r["near_talks"] = any(s != r["span"] and _distance(s, r["span"]) <= QUOTE_REACH
                                  for s in talks_spans.get(r["article_id"], []))
    for r in rows:
        r.pop("article_text", None)
    return rows


def pairs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of sides by their talks evidence (events naming both), most first."""
    count: Counter[frozenset[str]] = Counter()
    for r in rows:
        if r["talk"]:
            for a, b in combinations(sorted(r["sides"]), 2):
                count[frozenset((a, b))] += 1
    return [{"pair": sorted(p), "names": [country_name(c) for c in sorted(p)], "evidence": n}
            for p, n in sorted(count.items(), key=lambda kv: (-kv[1], sorted(kv[0])))]


def build_talks(store: Store, between: Iterable[str] | None = None, start: str | None = None,
                end: str | None = None) -> dict[str, Any]:
    """The talks tracks between two sides (``between``; one country: its busiest partner;
    none: the pair with the most talks evidence), the most evidence first, and the pairs."""
    wanted = frozenset(c.upper() for c in between or ())
    rows = talks_rows(store, start, end)
    ranked = pairs(rows)
    if len(wanted) != 2:
        ranked_pairs = [frozenset(p["pair"]) for p in ranked if wanted <= frozenset(p["pair"])]
        wanted = ranked_pairs[0] if ranked_pairs else frozenset()
    if len(wanted) != 2:
        return {"between": sorted(wanted), "between_names": [], "pairs": ranked, "tracks": []}
    w = words()
    mine = [r for r in rows if in_pair(r, wanted) or r.get("near_talks") and (
        r["sides"] & wanted)]
    tracks = assign(mine, wanted, w)
    articles = sorted({e["article_id"] for t in tracks for e in t.events})
    if articles:
        attach_quotes(tracks, store.sql(_QUOTES, [articles], arrow=True).to_pylist(),
                      store.sql(_EVENT_MENTIONS, [articles], arrow=True).to_pylist())
    out = [render(t, w) for t in tracks]
    out.sort(key=lambda t: (-t["evidence_count"], t["first_date"] or "", t["id"]))
    return {"between": sorted(wanted), "between_names": [country_name(c) for c in sorted(wanted)],
            "pairs": ranked[:30], "tracks": out}
