"""parley_dates: find date expressions and resolve them against the publication date.

Candidates are spaCy's DATE entities (split where the model glued two dates together,
"Feb. 24 and Sept. 11") plus Parley's own patterns for what the small model misses or cuts
short ("early Thursday morning", "in March", "over the weekend"). Each candidate goes through
the pure resolver (``parley.dates_resolve``); non-dates (durations, ages) drop out, and of
overlapping candidates the longest wins. Results land in ``doc._.parley_dates``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.dates_resolve import MONTHS, NUMBER, WEEKDAYS, Resolved, resolve_date
from parley.schema import DateRef

_SHORT_FULL = ("may", "june", "july")  # full month names as short as abbreviations
_FULL_MONTH = "|".join(m.capitalize() for m in MONTHS if len(m) > 4 or m in _SHORT_FULL)
_ABBR_MONTH = "|".join(m.capitalize() for m in MONTHS if len(m) <= 4 and m not in _SHORT_FULL)
_MONTH_DAY = rf"(?:{_FULL_MONTH}|(?:{_ABBR_MONTH})\.?)"  # "Feb 24", "Feb. 24", "February 24"
_MONTH_ALONE = rf"(?:{_FULL_MONTH}|(?:{_ABBR_MONTH})\.)(?![a-z])"  # "in Jan." yes, "Jan" no
_WD = "|".join(w.capitalize() for w in WEEKDAYS)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[6-9]|20)\d\d(?![\d-])(?! ?(?i:gmt|utc|hours?|hrs|local time|[ap]\.?m\b))"
_EDGE = r"(?i:early|late|mid)[- ]"
_PART = r"(?: (?i:morning|afternoon|evening|night))"

# Each pattern's match (or its group "x", when the match carries a preposition) is a candidate.
_PATTERNS = [
    re.compile(p)
    for p in [
        r"\b\d{4}-\d{2}-\d{2}\b",
        r"\b\d{1,2}/\d{1,2}/\d{4}\b",
        rf"\b(?:{_EDGE})?(?:(?:{_WD}),? )?{_MONTH_DAY} {_DAY}(?:,? {_YEAR})?",
        rf"\b(?:(?:{_WD}),? )?{_DAY} (?:of )?{_MONTH_DAY}\b(?:,? {_YEAR})?",
        rf"\b(?:(?i:last|next|this|coming) )?(?:(?i:late|early) )?(?:{_WD}){_PART}{{0,2}}\b",
        rf"\b(?:{_EDGE}|(?i:last|next|this) ){_MONTH_ALONE}(?:,? (?:of )?{_YEAR})?",
        rf"\b{_MONTH_ALONE},? (?:of )?{_YEAR}",
        (rf"\b(?i:in|since|during|until|by|from|through|before|after|of) (?P<x>{_MONTH_ALONE})"
        r"(?!,? ?\d)"),
        (r"(?i)\b(?:(?:earlier|later|early|late) )?(?:the day before yesterday|yesterday|today|"
        r"tonight|tomorrow|last night|this (?:morning|afternoon|evening))"
        r"(?: (?:morning|afternoon|evening|night))?\b"),
        rf"(?i)\b(?:{NUMBER}) (?:day|week|month|year)s? ago\b",
        (r"(?i)(?<!the )\b(?:(?:earlier|later|early|late)(?: in)? )?(?:last|this|next|previous|coming|"
        r"current) (?:week|month|year)\b"),
        r"(?i)\b(?:(?:over|during|at) the|this|last|next|the coming|the past) weekend\b",
        rf"\b(?i:in|since|during|until|by|from|through|before|after) (?P<x>(?:{_EDGE})?{_YEAR})",
        rf"\b(?:{_EDGE}){_YEAR}",
        r"(?i)\b(?:the )?(?:(?:early|late|mid)[- ])?(?:1[6-9]|20)\d0s\b",
    ]
]
_JOINER = re.compile(r",?\s+(?:and|or|to|through|until)\s+|\s*[-\u2013\u2014]\s*(?=[A-Z\d])"
                     rf"|,\s+(?=(?:{_FULL_MONTH}|{_ABBR_MONTH})\b)|\s*https?://\S*")
# Words around a date that are not part of it: "between January 1", "last week's".
_LEAD = re.compile(r"^(?:(?:as early as|as late as|at least|at most|between|from|since|until|"
                   r"till|on|in|at|by|during|of|before|after|around|about)\s+)+", re.IGNORECASE)
_TAIL = re.compile(r"(?:['\u2019]s?|[,;:]|(?<=\d|h)\.)$")
# Dates inside names are part of the name: "USA Today", "CBS This Morning", "Fox News Sunday".
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})  # English future auxiliaries (grammar, not lexicon)


def find_candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans that may be date expressions: own patterns plus split DATE entities.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds it from the tokens on each access.
    """
    spans: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            spans.append(m.span("x") if "x" in pattern.groupindex else m.span())
    ents = doc.ents
    for ent in ents:
        if ent.label_ == "DATE":
            spans.extend(_split(ent.text, ent.start_char))
    names = [(e.start_char, e.end_char) for e in ents if e.label_ in _NAME_LABELS]
    return [(s, e) for s, e in spans if not any(ns <= s and e <= ne for ns, ne in names)]


def _split(text: str, offset: int) -> Iterable[tuple[int, int]]:
    """Split an entity like "Feb. 24 and Sept. 11" into its parts."""
    start = 0
    for m in _JOINER.finditer(text):
        yield offset + start, offset + m.start()
        start = m.end()
    yield offset + start, offset + len(text)


def _in_future_clause(doc: Doc, start: int, end: int) -> bool:
    """True when the verb the expression hangs on has a future auxiliary ("will meet")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def resolve_candidates(doc: Doc, full: str, spans: list[tuple[int, int]]) -> list[DateRef]:
    """Resolve candidates, drop non-dates, keep the longest of overlapping ones, number them."""
    published = doc._.parley_published
    resolved = []
    for start, end in set(spans):
        text = _TAIL.sub("", _LEAD.sub("", full[start:end].strip())).strip()
        if not text:
            continue
        start = full.index(text, start)
        end = start + len(text)
        result = resolve_date(text, published, _in_future_clause(doc, start, end))
        if result is not None:
            resolved.append((start, end, text, result))
    kept: list[tuple[int, int, str, Resolved]] = []
    for item in sorted(resolved, key=lambda r: (r[0] - r[1], r[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    kept.sort(key=lambda r: r[0])
    return [
        DateRef(id=f"d{i}", text=text, start=start, end=end, date=res.date,
                granularity=res.granularity)
        for i, (start, end, text, res) in enumerate(kept, 1)
    ]


class DateResolver:
    """spaCy component: ``doc._.parley_dates`` = resolved date expressions, in text order."""

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[DateRef]:
        text = doc.text
        return resolve_candidates(doc, text, find_candidates(doc, text))

    def set_annotations(self, doc: Doc, dates: list[DateRef]) -> Doc:
        doc._.parley_dates = dates
        return doc


@Language.factory("parley_dates", default_config={})
def make_component(nlp: Language, name: str) -> DateResolver:
    return DateResolver()


def _is_clause_head(tok: Token) -> bool:
    """A finite clause starts here: the root, a finite verb, or a verb with its own subject."""
    if tok.dep_ == "ROOT":
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if "Fin" in tok.morph.get("VerbForm"):
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
        or (c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm"))
        for c in tok.children
    )


def clause_tokens(tok: Token) -> set[int]:
    """Indices of the finite clause around ``tok``: its clause head's subtree, minus the
    subtrees of finite clauses nested inside it (complements, relative clauses)."""
    head = tok
    while not _is_clause_head(head) and head.head is not head:
        head = head.head
    inside, stack = {head.i}, list(head.children)
    while stack:
        t = stack.pop()
        if _is_clause_head(t):
            continue
        inside.add(t.i)
        stack.extend(t.children)
    return inside


def governing_date(doc: Doc, token_or_span: Token | Span) -> DateRef | None:
    """The date expression that governs the clause of ``token_or_span`` (an event trigger).

    The clause is the trigger's nearest finite clause (walking up through non-finite verbs,
    nouns and prepositions), without the finite clauses nested in it; so in "Lavrov said on
    Thursday that talks had failed", "said" gets Thursday but "failed" gets None (the date of
    the saying is not the date of the failure). A date hanging on a noun of the clause ("the
    talks on Monday") counts. When several dates qualify, the nearest to the trigger wins.
    Returns the DateRef (its ``date`` may be None when unresolvable), or None when the clause
    has no date expression: the caller decides the fallback (e.g. the publication date).
    """
    dates = doc._.parley_dates or []
    if not dates:
        return None
    anchor = token_or_span.root if isinstance(token_or_span, Span) else token_or_span
    inside = clause_tokens(anchor)
    best: tuple[int, DateRef] | None = None
    for ref in dates:
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or span.root.i not in inside:
            continue
        distance = min(abs(t.i - anchor.i) for t in span)
        if best is None or distance < best[0]:
            best = (distance, ref)
    return best[1] if best else None


def main_clause_date(doc: Doc, token_or_span: Token | Span) -> DateRef | None:
    """The date governing the main clause of the sentence holding ``token_or_span``.

    A fallback for triggers whose own clause has no date: in "Lavrov said on Thursday, hours
    after talks failed, ...", the talks get Thursday from "said". The caller should mark such a
    date as weaker (inferred) than one from ``governing_date``.
    """
    anchor = token_or_span.root if isinstance(token_or_span, Span) else token_or_span
    return governing_date(doc, anchor.sent.root)
