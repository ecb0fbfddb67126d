"""The learned event scorer (parley.nlp.events.scoring): loaded once, a probability, the same
every run, and it ranks a clearly told act above a background nominal, on real parser output."""
from __future__ import annotations

import json

from parley.nlp.events.scoring import SCORER_FILE, Scorer, load_scorer
from parley.pipeline import keep_confident

PUBLISHED = "2026-03-04"


def test_weights_load_once_and_are_readable():
    assert load_scorer() is load_scorer()
    data = json.loads(SCORER_FILE.read_text(encoding="utf-8"))
    assert data["weights"] and all(isinstance(w, float) for w in data["weights"].values())
    assert isinstance(data["bias"], float) and any(k.startswith("type=") for k in data["weights"])


def test_every_event_gets_a_probability(code):
    texts = ["Belgian police detained four activists outside the embassy on Friday.",
             "The Peruvian foreign minister met her Bolivian counterpart in Lima.",
             "Senator Ortiz urged the governor to veto the budget.",
             "Rebels in the north ambushed an army convoy, the ministry said."]
    events = [e for t in texts for e in code(t, PUBLISHED).events]
    assert len(events) >= len(texts)
    assert all(0.0 <= e.confidence <= 1.0 for e in events)


def test_scores_are_deterministic(code):
    text = "Kenyan troops shelled a militia camp near the border on Tuesday."
    first = [e.confidence for e in code(text, PUBLISHED).events]
    assert first and first == [e.confidence for e in code(text, PUBLISHED).events]


def test_scorer_is_a_sigmoid_of_a_dot_product():
    s = Scorer(bias=0.0, weights={"a": 2.0, "b": -2.0})
    assert s.score({}) == 0.5
    assert s.score({"a": 1.0}) > 0.8 > 0.2 > s.score({"b": 1.0})
    assert 0.0 <= s.score({"a": 1e9}) <= 1.0


def _score_of(nlp, text: str, lemma: str) -> float:
    doc = nlp(text)
    scores = [p for cand, p in nlp.get_pipe("parley_events").candidate_scores(doc)
              if cand.head.lemma_ == lemma]
    assert scores, f"no {lemma!r} candidate in {text!r}"
    return scores[0]


def test_a_clear_act_ranks_above_a_background_nominal(nlp):
    acts = [("Russian forces shelled the town of Velmora on Monday.", "shell"),
            ("Syrian jets bombed the village of Qarnet on Sunday.", "bomb")]
    backdrops = [("Gas prices rose because of the invasion.", "invasion"),
                 ("Bread prices climbed because of the blockade.", "blockade")]
    act_scores = [_score_of(nlp, t, lemma) for t, lemma in acts]
    backdrop_scores = [_score_of(nlp, t, lemma) for t, lemma in backdrops]
    assert min(act_scores) > max(backdrop_scores), (act_scores, backdrop_scores)


def test_min_confidence_drops_only_low_events(code):
    coded = code("Chadian soldiers attacked a rebel base on Monday, officials said.", PUBLISHED)
    assert keep_confident(coded, 0.0) is coded
    assert keep_confident(coded, 1.0).events == [] or all(
        e.confidence >= 1.0 for e in keep_confident(coded, 1.0).events)
    kept = keep_confident(coded, 0.3).events
    assert [e.id for e in kept] == [e.id for e in coded.events if e.confidence >= 0.3]
