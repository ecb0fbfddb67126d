"""The CAMEO verb dictionary tier: PETRARCH2's verb patterns read into Parley trigger entries.

``CAMEO.2.0.txt`` (vendored under ``parley/lexicon/petrarch2``, MIT, Open Event Data Alliance)
holds ≈ 400 verb synonym blocks::

    ---  ASK   [---]  ---          block header: name and the block's bare-verb code
    +ASK_FOR {…} [020]             a verb (here with a particle/preposition) and its own code
    REQUEST  [020]
    - * {JUDICIAL ASSISTANCE}  [0213]   a pattern: pre-verb words * post-verb words [code]
    - * (FOR &INVESTIGATION)   [0214]   (PREP NOUN) phrases; &SYNSET = any word of a synonym set

Each (verb, pattern) becomes a ``Trigger`` with ``tier="cameo-dict"``: the verb's lemma, an
object / preposition / particle condition from the pattern, the CAMEO code and its PLOVER type
and mode through the crosswalk. Only what Parley's matcher fields can say is kept; every other
pattern is skipped and counted (``TierStats``): subjects before the verb, multi-word noun
phrases, two prepositional phrases, actor markers ($ + % ^), codes PLOVER has no type for
(statements 01x, appeals 02x) and target-only codes (``[:173]``).

Precision guards (``cameo_tier.yaml``): the tier matches verbs only, never nouns; verbs in
``skip_verbs`` never fire; verbs in ``generic_verbs`` (and any verb with a curated entry) fire
only through a pattern that names their object (with its preposition or particle, if any; the
words of a ``&SYNSET`` count), never bare nor with a preposition or particle alone; a (verb, condition)
pair the dictionary codes as two different PLOVER types is dropped as ambiguous; a pattern coded
``[---]`` (the dictionary's "no event") blocks the bare verb for that condition. Negation, modes,
background and the non-political filter are the component's, applied after matching as for
curated entries.

Parsed once per file (``functools.lru_cache`` keyed by path and modification time); entries are
indexed by lemma, so a token costs one dict lookup.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from parley.errors import Errors, LexiconError
from parley.lexicon import lexicon_path, load, load_text
from parley.nlp.events.lexicon import Trigger
from parley.ontology import CONTEXTS, crosswalk, is_mode

DICTIONARY_FILE = "petrarch2/CAMEO.2.0.txt"
GUARDS_FILE = "cameo_tier.yaml"
TIER = "cameo-dict"
NULL = "---"

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{[^}]*\}")
_PHRASE = re.compile(r"\(([^()]*)\)")


@dataclass
class TierStats:
    """What the reader kept and skipped, by reason (printed by scripts/cameo_coverage.py)."""

    blocks: int = 0
    verbs: int = 0
    patterns: int = 0
    entries: int = 0
    bare_entries: int = 0
    skipped: Counter = field(default_factory=Counter)


@dataclass
class CameoTier:
    """The dictionary entries, indexed by verb lemma, most specific first."""

    index: dict[str, list[Trigger]]
    stats: TierStats
    path: Path | None = None

    by_obj: dict[str, dict[str, list[Trigger]]] = field(default_factory=dict)
    no_obj: dict[str, list[Trigger]] = field(default_factory=dict)

    rank: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for lemma, bucket in self.index.items():
            for i, entry in enumerate(bucket):  # buckets are sorted most specific first
                self.rank[id(entry)] = i
                if entry.obj:
                    for word in entry.obj:
                        self.by_obj.setdefault(lemma, {}).setdefault(word, []).append(entry)
                else:
                    self.no_obj.setdefault(lemma, []).append(entry)

    def candidates(self, lemma: str) -> list[Trigger]:
        return self.index.get(lemma, [])

    def candidates_for(self, lemma: str, objects: set[str]) -> list[Trigger]:
        """The entries of a verb that can fit given the lemmas of its objects, most specific
        first: a verb with hundreds of patterns costs one lookup per object word."""
        by_obj = self.by_obj.get(lemma)
        found = list(self.no_obj.get(lemma, ()))
        if by_obj:
            for word in objects:
                found += by_obj.get(word, ())
        if len(found) > 1:
            found = sorted({id(e): e for e in found}.values(), key=lambda e: self.rank[id(e)])
        return found

    @property
    def entries(self) -> list[Trigger]:
        return [e for bucket in self.index.values() for e in bucket if e.event]

    def codes(self) -> set[str]:
        return {e.cameo for e in self.entries}


@dataclass(frozen=True)
class Guards:
    skip_verbs: frozenset[str]
    generic_verbs: frozenset[str]
    skip_objects: frozenset[str]
    particles: frozenset[str]
    reciprocal_codes: frozenset[str]
    pattern_weight: float
    bare_weight: float
    naming_verbs: frozenset[str] = frozenset()


def load_guards(path: str | Path = GUARDS_FILE) -> Guards:
    data = load(path, top=dict, empty={})

    def words(key: str) -> frozenset[str]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LexiconError(Errors.E052.format(path=lexicon_path(path), key=key,
                                                  expected="a list of words (quote on/off/yes/no)"))
        return frozenset(v.lower() for v in value)

    def weight(key: str, default: float) -> float:
        value = data.get(key, default)
        if not isinstance(value, (int, float)) or not 0 < value < 1:
            raise LexiconError(Errors.E052.format(path=lexicon_path(path), key=key,
                                                  expected="a number between 0 and 1"))
        return float(value)

    return Guards(words("skip_verbs"), words("generic_verbs"), words("skip_objects"),
                  words("particles"), words("reciprocal_codes"),
                  weight("pattern_weight", 0.55), weight("bare_weight", 0.45),
                  words("naming_verbs"))


def _singulars(word: str) -> set[str]:
    """The word and a naive singular ("RALLIES" → rallies, rally; the matcher compares lemmas)."""
    w = word.lower()
    out = {w}
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    elif w.endswith(("sses", "xes", "ches", "shes")):
        out.add(w[:-2])
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        out.add(w[:-1])
    return out


@dataclass(frozen=True)
class _Verb:
    lemma: str
    prt: frozenset[str]
    prep: frozenset[str]
    code: str | None


@dataclass(frozen=True)
class _Pattern:
    obj: frozenset[str]
    prt: frozenset[str]
    prep: frozenset[str]
    code: str


def _code(raw: str) -> str | None:
    """The source→target code of "[042:043]"; None for "[:173]" (target→source only)."""
    first = raw.split(":")[0].strip()
    return first or None


def _verb(line: str, block_code: str | None, guards: Guards) -> _Verb | str:
    """A verb line → _Verb, or the reason it is skipped."""
    code_m = _CODE.search(line)
    code = _code(code_m.group(1)) if code_m else block_code
    head = _BRACES.sub(" ", _CODE.sub(" ", line)).split()
    if not head:
        return "empty verb line"
    word = head[0]
    if "_" in word:
        if not word.startswith("+"):
            return "verb with words before it (WIRE_+TAP)"
        first, *rest = word[1:].lower().split("_")
        if len(rest) != 1:
            return "verb phrase of three or more words"
        extra = frozenset(rest)
        if rest[0] in guards.particles:
            return _Verb(first, extra, frozenset(), code)
        return _Verb(first, frozenset(), extra, code)
    if not word.isalpha():
        return "verb with symbols"
    return _Verb(word.lower(), frozenset(), frozenset(), code)


def _words(token: str, synsets: dict[str, frozenset[str]]) -> frozenset[str] | str:
    if token.startswith("&"):
        if token not in synsets:
            return "undefined synonym set"
        return synsets[token]
    if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", token):
        return "pattern word with symbols"
    return frozenset(_singulars(token))


def _pattern(line: str, synsets: dict[str, frozenset[str]], guards: Guards) -> _Pattern | str:
    """A pattern line → _Pattern, or the reason it is skipped."""
    shape = _pattern_shape(line)
    if isinstance(shape, str):
        return shape
    raw_code, phrases, rest = shape
    code = raw_code if raw_code == NULL else _code(raw_code)
    if code is None:
        return "target-only code [:x]"
    prt: frozenset[str] = frozenset()
    if rest and rest[0].lower() in guards.particles:
        prt, rest = frozenset([rest[0].lower()]), rest[1:]
    if len(rest) > 1:
        return "two object words"
    obj: frozenset[str] = frozenset()
    if rest:
        got = _words(rest[0], synsets)
        if isinstance(got, str):
            return got
        obj = got
    slots = _prep_slots(phrases, obj, synsets)
    if isinstance(slots, str):
        return slots
    prep, obj = slots
    if not (obj or prt or prep):
        return "empty pattern"
    return _Pattern(obj - guards.skip_objects if obj else obj, prt, prep, code)


def _pattern_shape(line: str) -> tuple[str, list[str], list[str]] | str:
    """(code, prepositional phrases, words after the verb) of a pattern line, or the reason
    its shape is one Parley's matcher cannot express."""
    body = line[1:].split("#", 1)[0]
    code_m = _CODE.search(body)
    if not code_m:
        return "pattern without a code"
    body = body[:code_m.start()]
    if "*" not in body:
        return "pattern without *"
    pre, post = body.split("*", 1)
    if pre.strip():
        return "words before the verb (subject)"
    if any(c in post for c in "$+%^"):
        return "actor markers ($ + % ^)"
    if "{" in post:
        return "multi-word noun phrase {…}"
    phrases = _PHRASE.findall(post)
    if len(phrases) > 1:
        return "two prepositional phrases"
    rest = _PHRASE.sub(" ", post).split()
    if "(" in rest or ")" in rest:
        return "unbalanced parentheses"
    return code_m.group(1).strip(), phrases, rest


def _prep_slots(phrases: list[str], obj: frozenset[str], synsets: dict[str, frozenset[str]]
                ) -> tuple[frozenset[str], frozenset[str]] | str:
    """(preposition, object) after reading the pattern's prepositional phrase, if any."""
    if not phrases:
        return frozenset(), obj
    parts = phrases[0].split()
    if not parts or len(parts) > 2 or not parts[0].isalpha():
        return "prepositional phrase of three or more words"
    prep = frozenset([parts[0].lower()])
    if len(parts) == 2:
        if obj:
            return "object and prepositional object"
        got = _words(parts[1], synsets)
        if isinstance(got, str):
            return got
        obj = got
    return prep, obj


def _synset(lines: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for line in lines:
        word = line[1:].split("#", 1)[0].strip().rstrip("_")
        if word and "_" not in word and word.isalpha():
            out |= _singulars(word)
    return frozenset(out)


def parse_dictionary(text: str, path: Path, guards: Guards,
                     curated: frozenset[str] = frozenset()) -> CameoTier:
    """The dictionary's text → a CameoTier (see the module docstring for what is kept)."""
    stats = TierStats()
    blocks = _read_blocks(text.splitlines(), path, guards, stats)
    if not blocks:
        raise LexiconError(Errors.E051.format(path=path))
    index = _index(_conditions(blocks, guards), guards, curated, stats)
    return CameoTier(index, stats, path)


_Block = tuple[list[_Verb], list[_Pattern]]


def _read_blocks(lines: list[str], path: Path, guards: Guards, stats: TierStats) -> list[_Block]:
    """Synonym sets (``&LABEL`` lines) and verb blocks (verbs, then their patterns)."""
    synsets: dict[str, frozenset[str]] = {}
    blocks: list[_Block] = []
    block_code: str | None = None
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith("&") and not blocks:
            i = _read_synset(lines, i, synsets)
            continue
        header = _HEADER.match(stripped)
        if header:
            stats.blocks += 1
            blocks.append(([], []))
            block_code = _code(header.group(2))
        elif stripped and not stripped.startswith(("#", "~")):
            if not blocks:
                if stripped.startswith(("-", "+")) or stripped[0].isalpha():
                    raise LexiconError(Errors.E050.format(
                        path=path, line=i + 1, reason="a verb or pattern before any block"))
            else:
                _read_line(stripped, blocks[-1], block_code, synsets, guards, stats)
        i += 1
    return blocks


def _read_synset(lines: list[str], i: int, synsets: dict[str, frozenset[str]]) -> int:
    """Read the synonym set opening at line ``i``; the index of the line after it."""
    label = lines[i].strip().split()[0]
    body = []
    i += 1
    while i < len(lines) and lines[i].strip().startswith(("+", "#")):
        if lines[i].strip().startswith("+"):
            body.append(lines[i].strip())
        i += 1
    synsets[label] = _synset(body)
    return i


def _read_line(stripped: str, block: _Block, block_code: str | None,
               synsets: dict[str, frozenset[str]], guards: Guards, stats: TierStats) -> None:
    """One line inside a verb block: a pattern ("- * …") or a verb."""
    verbs, patterns = block
    if stripped.startswith("-"):
        stats.patterns += 1
        got = _pattern(stripped, synsets, guards)
        if isinstance(got, str):
            stats.skipped[got] += 1
        else:
            patterns.append(got)
        return
    got_v = _verb(stripped.split("#", 1)[0], block_code if block_code != NULL else None, guards)
    if isinstance(got_v, str):
        stats.skipped[got_v] += 1
    else:
        stats.verbs += 1
        verbs.append(got_v)


_Condition = tuple[str, frozenset[str], frozenset[str], frozenset[str]]


def _conditions(blocks: list[_Block], guards: Guards) -> dict[_Condition, list[str]]:
    """(lemma, particle, preposition, object) → the codes the dictionary gives it."""
    seen: dict[_Condition, list[str]] = {}
    for verbs, patterns in blocks:
        for verb in verbs:
            if verb.lemma in guards.skip_verbs:
                continue
            if verb.code:
                seen.setdefault((verb.lemma, verb.prt, verb.prep, frozenset()), []).append(verb.code)
            for pat in patterns:
                if verb.lemma in guards.naming_verbs and "as" not in verb.prep | pat.prep:
                    continue  # "describes the fear of …" expresses nothing; "… as a disaster" does
                key = (verb.lemma, verb.prt | pat.prt, verb.prep | pat.prep, pat.obj)
                seen.setdefault(key, []).append(pat.code)
    return seen


def _index(seen: dict[_Condition, list[str]], guards: Guards, curated: frozenset[str],
           stats: TierStats) -> dict[str, list[Trigger]]:
    """Trigger entries (and ``[---]`` blockers) by lemma, most specific first."""
    rows = crosswalk()
    index: dict[str, list[Trigger]] = {}
    for n, ((lemma, prt, prep, obj), codes) in enumerate(seen.items()):
        bare = not (prt or prep or obj)
        if not obj and (lemma in guards.generic_verbs or lemma in curated):
            stats.skipped["generic or curated verb without a pattern object"] += 1
            continue
        if NULL in codes:  # the dictionary says: no event with this condition
            index.setdefault(lemma, []).append(_blocker(lemma, prt, prep, obj, n))
            continue
        known = [c for c in codes if c in rows]
        if not known:
            stats.skipped["code without a PLOVER type (01x, 02x …)"] += 1
            continue
        if len({rows[c].event for c in known}) > 1:
            stats.skipped["ambiguous: two PLOVER types"] += 1
            continue
        entry = _entry(lemma, prt, prep, obj, known[0], guards, n)
        index.setdefault(lemma, []).append(entry)
        stats.entries += 1
        stats.bare_entries += bare
    for bucket in index.values():
        bucket.sort(key=lambda e: -e.specificity)
    return index


def _entry(lemma: str, prt: frozenset[str], prep: frozenset[str], obj: frozenset[str],
           code: str, guards: Guards, n: int) -> Trigger:
    row = crosswalk()[code]
    mode = row.mode if row.mode and is_mode(row.event, row.mode) else None
    bare = not (prt or prep or obj)
    return Trigger(
        key=f"{TIER}:{row.event}:{lemma}:{n}", lemmas=frozenset([lemma]), pos="VERB",
        event=row.event, mode=mode, cameo=code,
        context=tuple(c for c in row.contexts if c in CONTEXTS),
        obj=obj, prt=prt, prep=prep, object_role="theme" if obj and not prep else "recipient",
        reciprocal=code in guards.reciprocal_codes,
        weight=guards.bare_weight if bare else guards.pattern_weight,
        tier=TIER,
    )


def _blocker(lemma: str, prt: frozenset[str], prep: frozenset[str], obj: frozenset[str],
             n: int) -> Trigger:
    """A pattern the dictionary codes ``[---]``: it fits, and no tier event comes of it."""
    return Trigger(key=f"{TIER}:none:{lemma}:{n}", lemmas=frozenset([lemma]), pos="VERB",
                   event="", mode=None, cameo=NULL, context=(), obj=obj, prt=prt, prep=prep,
                   weight=0.0, tier=TIER)


@lru_cache(maxsize=4)
def _cached(path: str, mtime: float, guards_path: str, guards_mtime: float,
            curated: frozenset[str]) -> CameoTier:
    dict_path, text = load_text(path)
    return parse_dictionary(text, dict_path, load_guards(guards_path), curated)


def load_tier(path: str | Path = DICTIONARY_FILE, guards: str | Path = GUARDS_FILE,
              curated: frozenset[str] = frozenset()) -> CameoTier:
    """The dictionary tier, parsed once per (file, modification time, curated verbs)."""
    p, g = lexicon_path(path), lexicon_path(guards)
    try:
        mtime, gmtime = p.stat().st_mtime, g.stat().st_mtime
    except OSError as exc:
        raise LexiconError(Errors.E001.format(path=p if not p.exists() else g,
                                              reason=exc.strerror or exc)) from exc
    return _cached(str(p), mtime, str(g), gmtime, curated)
