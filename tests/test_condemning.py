"""Round 26: condemning words from a shared sentiment lexicon (condemning_vader.yaml, VADER).

Every word is coded in the file's templates, one per way it is said (an object complement of a
verb of naming; for adjectives and person nouns also the reported predicate), and must give the
speaker's ACCUSE of the one condemned. Near misses stay without the event: a neutral complement,
and a verb of naming said of a thing rather than of a party or its act.
"""
from __future__ import annotations

import pytest

from parley.errors import LexiconError
from parley.lexicon import load
from parley.nlp.events import lexicon as event_lexicon
from tests.event_helpers import actor_names, countries, types

PUB = "2023-05-10"
DATA = load("condemning_vader.yaml", top=dict)
WORDS = [(e["word"], e["pos"]) for e in DATA["words"]]
TEMPLATES = DATA["examples"]
#: the templates each part of speech is coded in
USES = {"ADJ": ("ADJ", "ADJ_reported"), "PERSON": ("PERSON", "PERSON_reported"), "THING": ("THING",)}


def _accuses_bolivia(doc) -> bool:
    return any(e.event == "ACCUSE" and not e.negated and "BOL" in countries(doc, e.recipient)
               and any("senator" in n for n in actor_names(doc, e.actor)) for e in doc.events)


#: words the small parser reads in a template so that no rule sees the complement (kept, and
#: strict: a parser or rule change that fixes them fails here and the mark is removed)
PARSE_LIMITS = {
    "obnoxious": 'tagged an adverb modifying "called" (advmod), not its object predicate',
}


@pytest.mark.parametrize("word,pos", [
    pytest.param(w, p, marks=pytest.mark.xfail(reason=PARSE_LIMITS[w], strict=True))
    if w in PARSE_LIMITS else (w, p) for w, p in WORDS])
def test_each_condemning_word_is_criticism_in_its_frames(code, word, pos):
    for use in USES[pos]:
        doc = code(TEMPLATES[use].format(word=word), published=PUB)
        assert _accuses_bolivia(doc), (use, [(e.event, e.actor, e.recipient) for e in doc.events])


#: neutral complements in the same frames: no criticism
NEUTRAL = [
    "The Chilean senator called the Bolivian premier's blockade brief.",
    "The Chilean senator called the Bolivian premier a veteran.",
    "The Bolivian premier is a lawyer, the Chilean senator said.",
    "The Chilean senator called the Bolivian premier's blockade a surprise.",
]


#: a verb of naming said of a thing, not of a party or its act: no one is condemned (by a word
#: of the derived list; the curated words of triggers.yaml and events_characterise.yaml keep
#: their older reading, which asks no party)
THINGS = [
    "The Chilean senator called the weather in the capital awful.",
    "The mayor described the traffic as horrible.",
    "The Chilean senator called the hotel food horrible.",
    "The coach called the pitch a disgrace.",
    "The farmer called the drought a catastrophe.",
]


@pytest.mark.parametrize("text", NEUTRAL + THINGS)
def test_no_criticism_without_a_condemning_word_said_of_a_party(code, text):
    doc = code(text, published=PUB)
    assert "ACCUSE" not in types(doc), [(e.event, e.trigger) for e in doc.events]


def test_a_word_with_an_unknown_part_of_speech_fails_with_the_entry(tmp_path, monkeypatch):
    bad = tmp_path / "condemning_vader.yaml"
    bad.write_text("words:\n  - {word: vile, pos: VERB}\n", encoding="utf-8")
    monkeypatch.setattr(event_lexicon, "CONDEMNING_FILE", str(bad))
    event_lexicon.condemning_words.cache_clear()
    try:
        with pytest.raises(LexiconError, match="E054"):
            event_lexicon.condemning_words()
    finally:
        event_lexicon.condemning_words.cache_clear()
