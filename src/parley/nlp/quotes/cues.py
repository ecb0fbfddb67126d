"""The speech-cue lexicon (``lexicon/speech_cues.yaml``): loaded once, looked up per token.

Knowledge about which words attribute speech lives in YAML so users extend it without code;
this module only validates the file and answers "is this token a cue, and what may carry its
content?".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from parley.errors import Errors, LexiconError
from parley.lexicon import lexicon_path, load

CUES_FILE = lexicon_path("speech_cues.yaml")
TAKES = {"clause", "infinitive", "object"}


@dataclass(frozen=True)
class VerbCue:
    """A cue verb: its lemma, what carries its content, an optional required particle."""

    lemma: str
    takes: frozenset[str]  # complements besides quotations: clause, infinitive, object
    particle: str | None
    example: str


@dataclass(frozen=True)
class SpeechCues:
    """The whole lexicon, indexed by lemma."""

    verbs: dict[str, VerbCue]
    nouns: dict[str, str]  # lemma -> example
    phrases: dict[tuple[str, ...], str]  # lowercased words -> example
    # Phrases by their first word, so a token that starts none costs one dict lookup.
    _by_first: dict[str, list[tuple[str, ...]]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    # Whether a lemma / lowercase form (by its string-store hash) is any cue's word at all,
    # learnt per hash as documents come: most tokens are then skipped by one dict lookup each,
    # without building a Token. Bounded by the vocabulary seen.
    _lemma_hit: dict[int, bool] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _lower_hit: dict[int, bool] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for words in self.phrases:
            self._by_first.setdefault(words[0], []).append(words)

    def candidates(self, doc: Doc) -> list[int]:
        """Indexes of the tokens whose lemma or form is in the lexicon: the only ones that can
        be a cue verb, start a cue phrase or be a cue noun (the full checks come after)."""
        strings = doc.vocab.strings
        lemma_hit, lower_hit = self._lemma_hit, self._lower_hit
        out: list[int] = []
        for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
            hit = lemma_hit.get(lemma)
            if hit is None:
                form = strings[lemma].lower()
                hit = lemma_hit[lemma] = form in self.verbs or form in self.nouns
            if not hit:
                hit = lower_hit.get(lower)
                if hit is None:
                    form = strings[lower]
                    hit = lower_hit[lower] = form in self.nouns or form in self._by_first
            if hit:
                out.append(i)
        return out

    def verb(self, token: Token) -> VerbCue | None:
        """The verb cue ``token`` realises, or None (particle verbs need their particle)."""
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG"):
            return None
        if _gerund_noun(token) and self.noun(token):
            return None
        cue = self.verbs.get(token.lemma_.lower())
        if cue is None:
            return None
        if cue.particle and not any(
            c.dep_ == "prt" and c.lower_ == cue.particle for c in token.children
        ):
            return None
        return cue

    def phrase(self, doc: Doc, i: int) -> tuple[str, ...] | None:
        """The multi-word cue starting at token ``i`` ("according to"), or None."""
        candidates = self._by_first.get(doc[i].lower_)
        if not candidates:
            return None
        for words in candidates:
            end = i + len(words)
            if end <= len(doc) and all(doc[j].lower_ == words[j - i] for j in range(i + 1, end)):
                return words
        return None

    def noun(self, token: Token) -> str | None:
        """The noun cue lemma of ``token``, or None."""
        if token.pos_ != "NOUN" and not _gerund_noun(token):
            return None
        for form in (token.lemma_.lower(), token.lower_):  # "warning" may lemmatise to "warn"
            if form in self.nouns:
                return form
        return None


def _gerund_noun(token: Token) -> bool:
    """An -ing form used as a noun ("her warning that …"), which the tagger calls a verb."""
    return token.tag_ == "VBG" and any(c.dep_ in ("poss", "det") for c in token.children)


def load_cues(path: Path = CUES_FILE) -> SpeechCues:
    """Read and validate the lexicon; raise LexiconError with the offending entry."""
    data = load(path, top=dict, empty={})
    verbs: dict[str, VerbCue] = {}
    for i, entry in enumerate(data.get("verbs") or []):
        lemma, example = entry.get("lemma"), entry.get("example")
        takes = entry.get("takes", ["clause"])
        if not lemma or not example or not isinstance(takes, list) or set(takes) - TAKES:
            raise LexiconError(Errors.E030.format(path=path, index=i, takes=sorted(TAKES)))
        verbs[lemma] = VerbCue(lemma, frozenset(takes), entry.get("particle"), example)
    nouns: dict[str, str] = {}
    for i, entry in enumerate(data.get("nouns") or []):
        if not entry.get("lemma") or not entry.get("example"):
            raise LexiconError(Errors.E031.format(path=path, index=i))
        nouns[entry["lemma"]] = entry["example"]
    phrases: dict[tuple[str, ...], str] = {}
    for i, entry in enumerate(data.get("phrases") or []):
        if not entry.get("text") or not str(entry["text"]).split() or not entry.get("example"):
            raise LexiconError(Errors.E032.format(path=path, index=i))
        phrases[tuple(entry["text"].lower().split())] = entry["example"]
    return SpeechCues(verbs, nouns, phrases)
