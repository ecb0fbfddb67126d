"""parley_dates: find date expressions and resolve them against the publication date.

Candidates are spaCy's DATE entities (split where the model glued two dates together,
"Feb. 24 and Sept. 11") plus Parley's own patterns for what the small model misses or cuts
short ("early Thursday morning", "in March", "over the weekend"). Each candidate goes through
the pure resolver (``parley.nlp.dates.resolve``); non-dates (durations, ages) drop out, and of
overlapping candidates the longest wins. Results land in ``doc._.parley_dates``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.lexicon import load
from parley.nlp.dates.resolve import MONTHS, NUMBER, WEEKDAYS, Resolved, normalise, resolve_date
from parley.nlp.extensions import doc_text, span_index
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

_MONTH_STEMS = tuple(m.capitalize() for m in MONTHS if len(m) == 3)  # "Jan", "Feb", ...
_DAY_WORDS = ("yesterday", "today", "tonight", "tomorrow", "last night", "this morning",
              "this afternoon", "this evening", "the day before yesterday")


def _either_case(*words: str) -> str:
    """An alternation of ``words`` as written and capitalised: case-sensitive literals keep
    the regex engine's fast prefix scan, which ``(?i)`` or a leading ``\\b`` would lose."""
    return "|".join(f"{w}|{w[0].upper()}{w[1:]}" for w in words)


@dataclass(frozen=True)
class _Pattern:
    """A date pattern: a core that starts with a literal (so scanning is fast), and what may
    or must stand to its left, checked only where the core matched.

    include: words to the left that belong to the expression ("early", "last", "Thursday,").
    exclude: words to the left that license it but stay out of the span ("in" March).
    need: the core alone is not a date; ``include`` or ``exclude`` must match.
    reject: a left context that makes it something else ("the last week" is a stretch).
    gate: strings one of which the (lower-cased, if ``lower``) text must hold, else skip.
    """

    core: re.Pattern[str]
    include: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None
    need: bool = False
    reject: re.Pattern[str] | None = None
    gate: tuple[str, ...] = ()
    lower: bool = False


def _left(pattern: str) -> re.Pattern[str]:
    """Words ending right before a core match (at the end of the left window), from a word start."""
    return re.compile(rf"\b(?:{pattern})$")


_PREP = r"\b(?i:in|since|during|until|by|from|through|before|after)"
# "the waning hours of", "the first days of": an edge of the year or month that follows
_EDGE_OF = (r"(?i:the )?(?i:waning|final|last|closing|dying|first|opening|early) (?i:few )?"
            r"(?i:hours?|minutes?|moments?|day|days|weeks?|months?) of ")
_PATTERNS = [
    _Pattern(re.compile(r"\d{4}-\d{2}-\d{2}\b")),
    _Pattern(re.compile(r"\d{1,2}/\d{1,2}/\d{4}\b")),
    _Pattern(re.compile(rf"{_MONTH_DAY} {_DAY}(?:,? {_YEAR})?"),
             include=_left(rf"(?:{_EDGE})?(?:(?:{_WD}),? )?"), gate=_MONTH_STEMS),
    _Pattern(re.compile(rf"{_DAY} (?:of )?{_MONTH_DAY}\b(?:,? {_YEAR})?"),
             include=_left(rf"(?:(?:{_WD}),? )?"), gate=_MONTH_STEMS),
    _Pattern(re.compile(rf"(?:{_WD}){_PART}{{0,2}}\b"),
             include=_left(r"(?:(?i:last|next|this|coming) )?(?:(?i:late|early) )?")),
    _Pattern(re.compile(rf"{_MONTH_ALONE},? (?:of )?{_YEAR}"),
             include=_left(rf"{_EDGE_OF}|{_EDGE}|(?i:last|next|this) "), gate=_MONTH_STEMS),
    _Pattern(re.compile(rf"{_MONTH_ALONE}(?!\.? ?\d|,? (?:of )?{_YEAR})"),
             include=_left(rf"{_EDGE_OF}|{_EDGE}|(?i:last|next|this) "),
             exclude=_left(rf"{_PREP} |\b(?i:of) "), need=True, gate=_MONTH_STEMS),
    _Pattern(re.compile(rf"(?:{_either_case(*_DAY_WORDS)})(?: (?:morning|afternoon|evening|night))?\b"),
             include=_left(r"(?i:earlier|later|early|late) "), gate=_DAY_WORDS, lower=True),
    _Pattern(re.compile(r"ago\b"), include=_left(rf"\b(?i:{NUMBER}) (?i:day|week|month|year)s? "),
             need=True, gate=(" ago",), lower=True),
    _Pattern(re.compile(rf"(?:{_either_case('last', 'this', 'next', 'previous', 'coming', 'current')})"
                        r" (?:week|month|year)\b"),
             include=_left(r"(?i:earlier|later|early|late)(?: in)? "), reject=_left(r"\b(?i:the) "),
             gate=(" week", " month", " year"), lower=True),
    _Pattern(re.compile(r"weekend\b"),
             include=_left(r"\b(?i:(?:over|during|at) the|this|last|next|the coming|the past) "),
             need=True, gate=("weekend",), lower=True),
    _Pattern(re.compile(_YEAR), include=_left(rf"{_EDGE_OF}|{_EDGE}"), exclude=_left(rf"{_PREP} "),
             need=True),
    _Pattern(re.compile(r"(?:1[6-9]|20)\d0s\b"),
             include=_left(rf"(?:\b(?i:the) )?(?:{_EDGE})?"), gate=("0s",), lower=True),
]
_JOINER = re.compile(r",?\s+(?:and|or|to|through|until)\s+|\s*[-\u2013\u2014]\s*(?=[A-Z\d])"
                     rf"|,\s+(?=(?:{_FULL_MONTH}|{_ABBR_MONTH})\b)|\s*https?://\S*")
# Words around a date that are not part of it: "between January 1", "last week's".
_LEAD = re.compile(r"^(?:(?:as early as|as late as|at least|at most|between|from|since|until|"
                   r"till|on|in|at|by|during|of|before|after|around|about)\s+)+", re.IGNORECASE)
_TAIL = re.compile(r"(?:['\u2019]s?|[,;:]|(?<=\d|h)\.)$")
# Dates inside names are part of the name: "USA Today", "CBS This Morning", "Fox News Sunday".
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON"})
#: words of a clock time between a preposition or an onset and its day ("by 5 a.m. local
#: Monday", "starting at 2 a.m. ET Wednesday"): clock words and the time zones news gives
CLOCK_WORDS = frozenset({"noon", "midnight", "a.m.", "p.m.", "am", "pm", "local", "time", "gmt",
                         "utc", "o'clock", "dawn", "dusk", "et", "est", "edt"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})  # English future auxiliaries (grammar, not lexicon)
_OPEN_MODALS = frozenset({"might", "may", "could", "should", "would", "must"})  # still to come
#: how a participle hangs on the verb whose tense it shares ("will resume starting Friday")
NONFINITE_LINKS = frozenset({"advcl", "xcomp", "acl", "prep", "pcomp", "conj"})


def find_candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans that may be date expressions: own patterns plus split DATE entities.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds it from the tokens on each access.
    """
    spans: list[tuple[int, int]] = []
    low = text.lower()
    for pattern in _PATTERNS:
        if pattern.gate and not any(g in (low if pattern.lower else text) for g in pattern.gate):
            continue
        for m in pattern.core.finditer(text):
            span = _extend_left(pattern, text, m.start(), m.end())
            if span is not None:
                spans.append(span)
    ents = doc.ents
    for ent in ents:
        if ent.label_ == "DATE":
            spans.extend(_split(ent.text, ent.start_char))
    names = [(e.start_char, e.end_char) for e in ents if e.label_ in _NAME_LABELS]
    return [(s, e) for s, e in spans if not any(ns <= s and e <= ne for ns, ne in names)
            and not _day_word_of_a_name(text, s)]


_CAPITAL_DAY_WORD = re.compile(r"(?:Today|Tonight|Tomorrow|Yesterday)\b")
_WORD_BEFORE = re.compile(r"(?:[A-Za-z\d]|['’]s) +$")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}\b")


def _day_word_of_a_name(text: str, start: int) -> bool:
    """Is a capitalised day word in the middle of a sentence-case clause part of a name ("outlets
    Russia Today and Sputnik", "told NBC's Today")? Mid-sentence, after a word, English writes
    "today" in lower case; a capital there is a name's (an outlet's, a show's), not a date. A
    headline in title case ("Talks Will Resume Today") capitalises every word, so the rule
    applies only where the clause around it has words in lower case. Class: a media outlet's name
    read as a date."""
    if not _CAPITAL_DAY_WORD.match(text, start) or not _WORD_BEFORE.search(text[max(0, start - 20):start]):
        return False
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    line_end = min((i for i in (text.find("\n", start), text.find(". ", start)) if i >= 0),
                   default=len(text))
    return _LOWER_WORD.search(text, line_start, line_end) is not None


def _extend_left(pattern: _Pattern, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The core match widened by its left words, or None when its left context forbids it."""
    window = text[max(0, start - 40):start]
    found = False
    if pattern.include and (m := pattern.include.search(window)) and m.start() < m.end():
        start, window, found = start - (m.end() - m.start()), window[:m.start()], True
    if pattern.reject and pattern.reject.search(window):
        return None
    if pattern.exclude and pattern.exclude.search(window):
        found = True
    if (pattern.need and not found) or (start > 0 and text[start - 1].isalnum()):
        return None
    return start, end


def _split(text: str, offset: int) -> Iterable[tuple[int, int]]:
    """Split an entity like "Feb. 24 and Sept. 11" into its parts."""
    start = 0
    for m in _JOINER.finditer(text):
        yield offset + start, offset + m.start()
        start = m.end()
    yield offset + start, offset + len(text)


@dataclass(frozen=True)
class ForwardCues:
    """Words that make a date point ahead of publication (lexicon/date_cues.yaml)."""

    intent_heads: frozenset[str]
    deferral_verbs: frozenset[str]
    schedule_verbs: frozenset[str]
    expiry_verbs: frozenset[str]
    deadline_preps: frozenset[str]
    forward_modifiers: frozenset[str]
    onset_words: frozenset[str] = frozenset()
    asking_heads: frozenset[str] = frozenset()  # "invited X to visit in March": ahead of the act


@lru_cache(maxsize=1)
def load_forward_cues() -> ForwardCues:
    data = load("date_cues.yaml", top=dict)
    group = {key: frozenset(str(e.get("lemma") or e.get("word")).lower() for e in data.get(key) or [])
             for key in ("intent_heads", "deferral_verbs", "schedule_verbs", "expiry_verbs",
                         "deadline_preps", "forward_modifiers", "onset_words", "asking_heads")}
    return ForwardCues(**group)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a date expression hangs on (through prepositions and nouns), if any."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _marked_to_come(tok: Token, cues: ForwardCues) -> bool:
    """A noun on the way from the date up to its verb is marked as still to come ("the next
    round of talks on Monday", "the planned visit on Friday")."""
    for _ in range(8):
        if tok.head is tok or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and any(
                c.lower_ in cues.forward_modifiers for c in tok.children if c.dep_ == "amod"):
            return True
    return False


def onset_word(span_root: Token, onsets: frozenset[str]) -> Token | None:
    """The onset participle or adjective a date hangs on ("a truce starting Friday", "the ban,
    effective Monday"), directly or through its preposition ("starting at dawn on Friday"), or
    the one right before a clock time the parser cut the day from ("starting at 6 a.m. GMT
    Friday": ``_onset_before_clock``)."""
    tok = span_root
    for _ in range(3):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.lower_ in onsets:
            return tok
        if tok.dep_ not in ("prep", "pobj", "npadvmod"):
            break
    return _onset_before_clock(span_root, onsets)


def _onset_before_clock(span_root: Token, onsets: frozenset[str]) -> Token | None:
    """An onset word before a clock time and its day ("starting at 2 a.m. ET Wednesday",
    "effective midnight Sunday"): the parser often hangs the day on the main verb, but the day
    is the onset's. Class: an onset's date cut off by a clock time."""
    doc, i = span_root.doc, span_root.left_edge.i - 1
    clock = False
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in CLOCK_WORDS or doc[i].text == ":"):
        clock, i = True, i - 1
    if clock and i >= 1 and doc[i].lower_ == "at":
        i -= 1
    return doc[i] if clock and i >= 0 and doc[i].lower_ in onsets else None


def _onset_ahead(onset: Token, cues: ForwardCues) -> bool:
    """Does an onset point ahead? Yes on a noun ("proposes a ceasefire starting Friday") or
    under a verb of intent or agreement ("agreed to a truce starting Friday"), or where its
    verb is not a finite past; a sentence adverbial of a past act ("Starting Friday, police
    arrested dozens") is the start of a span gone by."""
    head = onset.head
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    verb = _governing_verb(head)
    if verb is None:
        return True
    return verb.lemma_.lower() in cues.intent_heads or not _finite_past(verb)


def _nonfinite_chain(verb: Token) -> list[Token]:
    """``verb`` and, while it is a participle, a gerund or a to-infinitive hanging on another
    verb or adjective ("will resume starting Friday", "may be able to launch it in January"),
    that word (or a bare verb joined to it: "to draft and sign it"): they share its tense."""
    chain = [verb]
    for _ in range(3):
        # "needs to draft and sign it in May": a bare verb joined to a to-infinitive
        bare = verb.tag_ in ("VBG", "VBN") or (verb.tag_ == "VB" and verb.dep_ in ("xcomp", "conj")) \
            or (verb.pos_ == "ADJ" and verb.dep_ == "acomp")
        if not bare or verb.dep_ not in NONFINITE_LINKS | {"acomp"} or verb.head is verb:
            break
        verb = verb.head  # "may be able to launch it in January": "launch" → "able" → "be"
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        chain.append(verb)
    return chain


def _future_aux(verb: Token) -> bool:
    """A future auxiliary ("will meet") or a modal of what may yet come ("might happen in
    September", "could resume on Friday"), not a perfect ("may have happened")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in _FUTURE_AUX for a in auxes) or (
        any(a in _OPEN_MODALS for a in auxes) and not any(a in ("have", "has", "had") for a in auxes))


#: intent heads of obligation ("has to return", "needs to win"): ahead only when not past
OBLIGATION_HEADS = frozenset({"have", "need"})


def _forward_infinitive(verb: Token, cues: ForwardCues) -> bool:
    """A to-infinitive that is the headline's predicate ("Envoys to meet on Friday") or that a
    verb or adjective of intent or schedule governs ("plan to meet", "due to report")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False  # "is said to have fled on Friday": a perfect infinitive looks back
    head = verb.head
    if verb.dep_ == "ROOT" or (head.dep_ == "ROOT" and not _has_subject(head)):
        return True  # "Envoys to meet on Friday": a headline's predicate (parsed either way)
    if verb.dep_ in ("acl", "relcl") and head.dep_ in ("ROOT", "dep") and head.pos_ == "NOUN":
        return True  # "Border talks to be held on Monday, aides say": the parser's noun head
    if verb.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Envoys to meet on Friday, says Ankara", "Talks to be held on Monday, aides say": the
        # same, before its source (class: a headline's future read as past)
        return True
    if head.lemma_.lower() in OBLIGATION_HEADS and _finite_past(head):
        return False  # "had to flee on Friday": an obligation met, not one ahead
    return verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and (
        head.lemma_.lower() in cues.intent_heads or head.lower_ in cues.intent_heads
        or (head.lemma_ == "be" and any(c.lower_ == "going" for c in head.children))
        or (head.lemma_ == "be" and verb.dep_ == "xcomp")  # "the vote is to take place in May"
        or head.lower_ == "going")


def _points_ahead(doc: Doc, start: int, end: int, cues: ForwardCues) -> bool:
    """Does the clause of the date expression at ``start:end`` put it after publication?

    Tense and cue words decide: a future auxiliary ("will meet"), a to-infinitive of intent or
    schedule ("plan to meet", a headline's "to meet"), a deferral ("postponed until"), a
    deadline preposition with a verb not in the past ("remains closed until"), or a noun marked
    as still to come ("the next round on Monday"). Anything else reads as past (the default).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if _marked_to_come(root, cues):
        return True
    onset = onset_word(root, cues.onset_words)
    if onset is not None and _onset_ahead(onset, cues):
        return True
    verb = _governing_verb(root)
    if verb is None:
        return False
    if any(_future_aux(v) or _forward_infinitive(v, cues) for v in _nonfinite_chain(verb)):
        return True
    if prep is not None and prep.lower_ in ("until", "till", "to", "for") \
            and verb.lemma_.lower() in cues.deferral_verbs:
        return True
    if prep is not None and prep.lower_ in cues.deadline_preps:
        return not _past_tense(verb)
    forms = {verb.lemma_.lower(), verb.lower_}
    if ((prep is None or prep.lower_ in ("for", "on")) and forms & cues.schedule_verbs) \
            or forms & cues.expiry_verbs:
        return not (_finite_past(verb) or _describes_past(verb))
    return False


def points_ahead(doc: Doc, start: int, end: int, cues: ForwardCues | None = None) -> bool:
    """Public form of ``_points_ahead``: is the date at ``start:end`` told as still to come?"""
    return _points_ahead(doc, start, end, cues or load_forward_cues())


def _describes_past(verb: Token) -> bool:
    """A bare participle describing a noun of a past-tense clause ("the summit, scheduled for
    March 8, ended without a deal"): the arrangement is told as gone."""
    if verb.dep_ != "acl" or verb.head is verb:
        return False
    gov = _governing_verb(verb.head)
    return gov is not None and gov is not verb and _finite_past(gov)


def _told_in_past(doc: Doc, start: int, end: int) -> bool:
    """Is the clause of the date expression at ``start:end`` in a past tense ("rallied this
    weekend", "were detained this weekend")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span.root) if span is not None else None
    return verb is not None and _finite_past(verb)


def _told_in_present(doc: Doc, start: int, end: int) -> bool:
    """Is the clause of the date expression at ``start:end`` in a present tense, simple or
    progressive, with no modal, the date an adjunct of that verb ("extends the curfew on
    Wednesday", "is flying to Rome on Friday")? A headline's present tells what is done today
    or announced for the coming days."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ not in ("VERB", "AUX") or root.dep_ == "poss":
        return False  # only an adjunct of the verb itself: "raises questions about Monday's debate"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP")


def _nearer_weekday(text: str, published: str | None, past: Resolved) -> Resolved:
    """A bare weekday in a present-tense clause: the nearer of the last and the coming one,
    the last on a tie or the same day ("Kyiv extends curfew on Wednesday" in a Tuesday story
    is tomorrow; "Rebels free hostages on Monday" in a Tuesday story is yesterday). Class: a
    present-tense announcement's weekday read as past."""
    words = set(normalise(text).split())
    if not words & WEEKDAYS.keys() or words & {"last", "past", "this", "next", "coming"} \
            or past.date is None or not published:
        return past
    ahead = resolve_date(text, published, True)
    if ahead is None or ahead.date is None or ahead.granularity != past.granularity:
        return past
    pub = _date.fromisoformat(published[:10])
    back = (pub - _date.fromisoformat(past.date)).days
    forth = (_date.fromisoformat(ahead.date) - pub).days
    return ahead if 0 <= forth < back else past


def _finite_past(verb: Token) -> bool:
    """A past tense of its own ("was scheduled", "expired"); a bare participle modifying a
    noun ("a hearing set for Friday") is not one: it reads as a present arrangement."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _past_tense(verb: Token) -> bool:
    """Is the finite verb of ``verb``'s clause in a past tense? A participle or adjective
    ("remains closed until …", "was shut until …") takes the tense of its auxiliary or of the
    verb it complements."""
    for _ in range(4):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return True
        if verb.tag_ in ("VBZ", "VBP", "MD") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxes):
            return False
        if verb.dep_ not in ("acomp", "xcomp", "conj", "oprd") or verb.head is verb:
            break
        verb = verb.head
    return verb.tag_ in ("VBD", "VBN")


def resolve_candidates(doc: Doc, full: str, spans: list[tuple[int, int]],
                       cues: ForwardCues | None = None) -> list[DateRef]:
    """Resolve candidates, drop non-dates, keep the longest of overlapping ones, number them."""
    cues = cues or load_forward_cues()
    published = doc._.parley_published
    resolved = []
    for start, end in set(spans):
        text = _TAIL.sub("", _LEAD.sub("", full[start:end].strip())).strip()
        if not text:
            continue
        start = full.index(text, start)
        end = start + len(text)
        ahead = _points_ahead(doc, start, end, cues)
        result = resolve_date(text, published, ahead, not ahead and _told_in_past(doc, start, end))
        if not ahead and result is not None and _told_in_present(doc, start, end):
            result = _nearer_weekday(text, published, result)
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

    def __init__(self, cues: ForwardCues | None = None) -> None:
        self.cues = cues or load_forward_cues()

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[DateRef]:
        text = doc_text(doc)
        return resolve_candidates(doc, text, find_candidates(doc, text), self.cues)

    def set_annotations(self, doc: Doc, dates: list[DateRef]) -> Doc:
        doc._.parley_dates = dates
        return doc


@Language.factory("parley_dates_v1", default_config={})
def make_component(nlp: Language, name: str) -> DateResolver:
    return DateResolver()


def _is_clause_head(tok: Token) -> bool:
    """A finite clause starts here: the root, a finite verb, or a verb with its own subject."""
    if tok.dep_ == "ROOT":
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    # default=None as spaCy's own default (an empty list): its stub makes the argument required
    if "Fin" in tok.morph.get("VerbForm", None):
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
        or (c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm", None))
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
    found = clause_dates(doc, token_or_span)
    return min(found, key=lambda f: f[0])[1] if found else None


def clause_dates(doc: Doc, token_or_span: Token | Span) -> list[tuple[int, DateRef, Span]]:
    """Every date expression of the clause of ``token_or_span`` (see ``governing_date``), each
    with its distance in tokens from the anchor and its span, in text order; callers that know
    more about the event (its arguments, its type) choose among them."""
    dates = doc._.parley_dates or []
    if not dates:
        return []
    anchor = token_or_span.root if isinstance(token_or_span, Span) else token_or_span
    inside = clause_tokens(anchor)
    index = span_index(doc, "parley_dates")
    if index is not None:  # only dates near the clause: a scan of all was quadratic
        first, last = doc[min(inside)], doc[max(inside)]
        dates = index.starting_in(first.idx - index.longest, last.idx + len(last.text))
    found = []
    for ref in dates:
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or span.root.i not in inside:
            continue
        found.append((min(abs(t.i - anchor.i) for t in span), ref, span))
    return found


def main_clause_date(doc: Doc, token_or_span: Token | Span) -> DateRef | None:
    """The date governing the main clause of the sentence holding ``token_or_span``.

    A fallback for triggers whose own clause has no date: in "Lavrov said on Thursday, hours
    after talks failed, ...", the talks get Thursday from "said". The caller should mark such a
    date as weaker (inferred) than one from ``governing_date``.
    """
    anchor = token_or_span.root if isinstance(token_or_span, Span) else token_or_span
    return governing_date(doc, anchor.sent.root)


# the name before versioning, so pipelines saved with it still load
Language.factory("parley_dates", default_config={}, func=make_component)
