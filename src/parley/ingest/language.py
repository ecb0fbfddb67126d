"""Language check with py3langid, careful with headlines that are too short to identify."""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Labels py3langid gives to English text: Nigerian Pidgin and Scots share most of its n-grams.
ENGLISH_LIKE = frozenset({"en", "pcm", "sco"})
SHORT_WORDS = 25  # below this many words, the identifier is unreliable
SHORT_CONFIDENCE = 0.9  # a short text is rejected only when the identifier is this sure...
SHORT_TOP_N = 3  # ...and English is not among its top candidates
SAMPLE_CHARS = 1500  # the first paragraphs identify a language (5,000 gave the same label on 4,839 texts)
#: English is written in Latin letters; text whose letters are mostly of other scripts (Han,
#: Cyrillic, Arabic …) is not English, however short. Counting words would not do: Chinese and
#: Japanese put no spaces between words, so a whole paragraph is "one word".
MIN_LATIN_SHARE = 0.5
UNKNOWN = "und"  # ISO 639-2 "undetermined": not English, language not identified


def latin_share(text: str) -> float:
    """The share of ``text``'s letters that are Latin (1.0 when it has no letters). Counted
    per distinct character (a C-speed tally first): a Python test of each of 5,000 characters
    cost more than the language identifier itself."""
    letters = latin = 0
    for ch, n in Counter(text).items():
        if ch.isalpha():
            letters += n
            if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
                latin += n
    return latin / letters if letters else 1.0


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language: "en" for English, whatever the short-text doubt."""
    sample = text[:SAMPLE_CHARS]
    identifier = _identifier()
    lang, confidence = identifier.classify(sample)
    if latin_share(sample) < MIN_LATIN_SHARE:
        if lang not in ENGLISH_LIKE:
            return lang
        other = [code for code, _ in identifier.rank(sample) if code not in ENGLISH_LIKE]
        return other[0] if other else UNKNOWN
    if lang in ENGLISH_LIKE:
        return "en"
    if len(sample.split()) < SHORT_WORDS:
        top = [code for code, _ in identifier.rank(sample)[:SHORT_TOP_N]]
        if confidence < SHORT_CONFIDENCE or ENGLISH_LIKE.intersection(top):
            return "en"
    return lang
