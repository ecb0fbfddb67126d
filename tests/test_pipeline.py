"""The pipeline codes the same way in one process and in forked workers, in input order."""
from __future__ import annotations

import pytest

from parley.ingest import article_from_text
from parley.pipeline import code_shell, code_shells

TEXTS = [
    "Israel and Hamas agreed to a four-day truce mediated by Qatar, officials said on Wednesday.",
    "Russian forces shelled Kharkiv overnight, killing three civilians, the regional governor said.",
    "The European Union imposed new sanctions on Iran over its drone deliveries to Russia.",
    "Protesters marched through Tbilisi on Saturday against a bill on foreign agents.",
    "It rained all weekend in Manchester and the match was postponed.",
]


@pytest.mark.slow
def test_forked_workers_match_one_process(nlp):
    shells = [article_from_text(t, article_id=f"t{i}", published="2023-11-22") for i, t in enumerate(TEXTS)]
    one = [code_shell(nlp, s).to_json() for s in shells]
    many = [c.to_json() for c in code_shells(nlp, shells, n_process=2, batch_size=2)]
    assert many == one
    assert [c.article.id for c in code_shells(nlp, shells)] == [f"t{i}" for i in range(len(TEXTS))]


def test_event_keeps_its_other_mentions(code):
    """Event coreference folds "the talks" … "the meeting" into one event; the folded triggers
    stay visible as ``Event.mentions`` (spans into the article text, main trigger excluded)."""
    text = ("Armenian and Azerbaijani diplomats held talks in Washington on Monday. "
            "The meeting, hosted by the State Department, lasted five hours.")
    coded = code(text, published="2023-05-01")
    (consult,) = [e for e in coded.events if e.event == "CONSULT"]
    assert [m.text for m in consult.mentions] == ["meeting"]
    for m in consult.mentions:
        assert text[m.start:m.end] == m.text and m.start != consult.trigger.start
