"""PLOVER in one place: event types, modes, contexts, auxiliary modes, quad classes, scores and
the CAMEO crosswalk.

Everything that names a PLOVER category is checked against this module (the trigger lexicon is
validated on load), so a typo in YAML fails loudly instead of producing an unknown type. Scores
follow Table 2.2 of the PLOVER manual (draft 0.8); the crosswalk is parsed from the Open Event
Data Alliance's CAMEO→PLOVER table bundled in ``parley/data``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CROSSWALK_FILE = Path(__file__).parent / "data" / "cameo2plover-2021.txt"

VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT = 1, 2, 3, 4
QUAD_NAMES = {
    VERBAL_COOPERATION: "verbal cooperation",
    MATERIAL_COOPERATION: "material cooperation",
    VERBAL_CONFLICT: "verbal conflict",
    MATERIAL_CONFLICT: "material conflict",
}

AUXILIARY_MODES = ("negated", "future", "hypothetical", "historical")

# PLOVER manual Table 2.1 (names use underscores as in the CAMEO→PLOVER table).
CONTEXTS = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking", "humanitarian",
)


@dataclass(frozen=True)
class EventType:
    """One PLOVER category: its quad class, base score, modes (mode → score) and default CAMEO."""

    name: str
    quad: int
    score: float
    cameo: str
    modes: dict[str, float] = field(default_factory=dict)
    requires_recipient: bool = False
    description: str = ""


def _t(name: str, quad: int, score: float, cameo: str, modes: dict[str, float], desc: str,
       requires_recipient: bool = False) -> EventType:
    return EventType(name, quad, score, cameo, modes, requires_recipient, desc)


# Scores: PLOVER manual Table 2.2. The manual prints ACCUSE as +3, an evident sign slip (every
# ACCUSE mode is negative and ACCUSE is verbal conflict); Parley uses -3.
EVENT_TYPES: dict[str, EventType] = {t.name: t for t in (
    _t("AGREE", 1, 2.5, "030", {}, "agree to, offer or promise cooperation; future cooperation"),
    _t("CONSULT", 1, 2.5, "040", {"visit": 4, "third-party": 1, "multilateral": 4, "phone": 1.5},
       "meetings, visits, talks, negotiations, phone calls"),
    _t("SUPPORT", 1, 5, "051", {}, "praise, endorse, sign agreements, establish ties, apologise"),
    _t("CONCEDE", 1, 4.5, "080", {}, "verbal concessions: ease restrictions, announce withdrawals"),
    _t("COOPERATE", 2, 9.5, "060", {}, "material cooperation, joint exercises, intelligence sharing",
       requires_recipient=True),
    _t("AID", 2, 10, "070", {}, "economic, military, humanitarian aid; asylum", requires_recipient=True),
    _t("RETREAT", 2, 6.5, "084", {"withdraw": 8, "release": 6.5, "disarm": 10, "ceasefire": 7.5,
                                   "access": 6.5, "resign": 4.5},
       "withdraw, release, disarm, observe ceasefire, allow access, resign"),
    _t("REQUEST", 3, 0, "100", {"assist": 0.5, "change": -1, "yield": -1, "meet": 0},
       "requests, demands, calls, appeals, orders"),
    _t("ACCUSE", 3, -3, "112", {"disapprove": -2, "investigate": -3.5, "allege": -3.5},
       "condemn, criticise, accuse, sue, investigate"),
    _t("REJECT", 3, -2, "120", {"assist": -1.5, "change": -2, "yield": -2, "meet": -2},
       "reject, refuse, veto, fail to agree"),
    _t("THREATEN", 3, -3.5, "130", {"restrict": -3, "arrest": -3.5, "relations": -3.5, "expel": -3.5,
                                     "territory": -4, "violence": -3.5, "ban": -3.5, "political": -3.5},
       "threats and ultimatums"),
    _t("PROTEST", 4, -5, "140", {"demo": -5, "riot": -7, "strike": -5, "hunger": -4.5, "boycott": -4.5,
                                  "obstruct": -4.5, "vandalize": -5},
       "demonstrations, riots, strikes, boycotts, blockades by civilians"),
    _t("SANCTION", 4, -6, "160", {"convict": -6, "expel": -5.5, "withdraw": -6, "discontinue": -6},
       "reduce relations: sanctions, expulsions of diplomats, suspensions", requires_recipient=True),
    _t("MOBILIZE", 4, -5.5, "150", {"troops": -6.5, "weapons": -6.5, "police": -5.5, "militia": -6},
       "military or police moves short of force"),
    _t("COERCE", 4, -7, "170", {"seize": -7, "restrict": -7, "censor": -6.5, "curfew": -6.5,
                                 "martial-law": -7.5, "arrest": -7, "deport": -7, "withhold": -7,
                                 "misinformation": -6.5, "cyber": -7},
       "repression short of violence: arrests, bans, curfews, seizures, deportations"),
    _t("ASSAULT", 4, -9, "190", {"abduct": -8.5, "beat": -7.5, "torture": -8.5, "sexual": -8.5,
                                  "targeted": -9.5, "destroy": -8.5, "primitive": -8, "firearms": -9,
                                  "explosives": -9, "suicide-attack": -9.5, "aerial": -9.5,
                                  "drone": -9.5, "heavy-weapons": -9.5, "crowd-control": -7.5,
                                  "unconventional": -10, "assassinate": -9.5, "massacre": -10,
                                  "cleansing": -10, "sideAB": -9},
       "deliberate physical harm: attacks, shelling, killings, bombings"),
)}

EVENT_NAMES = tuple(EVENT_TYPES)


def quad(event: str) -> int:
    """Quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""
    return EVENT_TYPES[event].quad


def score(event: str, mode: str | None = None) -> float:
    """Goldstein-like PLOVER score in [-10, 10]: the mode's score when PLOVER gives one."""
    t = EVENT_TYPES[event]
    return t.modes.get(mode, t.score) if mode else t.score


def is_mode(event: str, mode: str | None) -> bool:
    """True when ``mode`` is empty or one of the type's PLOVER modes."""
    return not mode or mode in EVENT_TYPES[event].modes


@dataclass(frozen=True)
class CameoRow:
    """One line of the CAMEO→PLOVER table."""

    cameo: str
    event: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


_ROW = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?\s*(.*)$")


def parse_crosswalk(text: str) -> dict[str, CameoRow]:
    """CAMEO code → row, from the table's text (category headings such as ``03: AGREE`` skipped)."""
    rows: dict[str, CameoRow] = {}
    for line in text.splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        code, event, mode, ctx, desc = (g.strip() for g in m.groups())
        if event not in EVENT_TYPES:
            continue
        contexts = tuple(c.strip() for c in ctx.split(";") if c.strip())
        rows.setdefault(code, CameoRow(code, event, mode or None, contexts, desc))
    return rows


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, CameoRow]:
    """The bundled CAMEO→PLOVER crosswalk, parsed once."""
    return parse_crosswalk(CROSSWALK_FILE.read_text(encoding="utf-8"))


def cameo_for(event: str, mode: str | None = None, cameo: str | None = None) -> str:
    """Best CAMEO code for a PLOVER event: the lexicon's code when it agrees with the crosswalk,
    else the first crosswalk code with the same type and mode, else the type's default."""
    rows = crosswalk()
    if cameo and cameo in rows:
        return cameo
    if mode:
        for row in rows.values():
            if row.event == event and row.mode == mode:
                return row.cameo
    return EVENT_TYPES[event].cameo
