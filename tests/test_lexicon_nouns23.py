"""Round 23: the rules that ask whether a word names an event read the lexicon coding the Doc.

``match.trigger_nouns`` and ``match.assessed_nouns`` ("an act of <kind>", "X's <deed> is
piracy") read the bundled triggers.yaml whatever ``triggers_file`` the events component was
given, so a user's own lexicon changed what the component coded but not what these rules
asked. The component now leaves its lexicon on the Doc and the rules read it there.
"""
from __future__ import annotations

import spacy

from parley.ingest import article_from_text
from parley.lexicon import lexicon_path
from parley.nlp import COMPONENTS, PIPE_NAMES
from parley.nlp.events.match import assessed_nouns, trigger_nouns
from parley.pipeline import DEFAULT_MODEL, code_shell

#: a kind of wrong the bundled lexicon does not have, added by a user
EXTRA = ('  - {lemma: banditry, pos: NOUN, event: ACCUSE, mode: disapprove, cameo: "111", '
         'assessed: true, weight: 0.55, example: "Peru says Chile\'s seizure of the boats is '
         'banditry."}\n')
TEXT = "Peru says Chile's seizure of the boats is an act of banditry."


def _pipeline(triggers_file: str):
    nlp = spacy.load(DEFAULT_MODEL)
    for factory, name in zip(COMPONENTS, PIPE_NAMES, strict=True):
        config = {"triggers_file": triggers_file} if name == "parley_events" else {}
        nlp.add_pipe(factory, name=name, config=config)
    return nlp


def test_a_users_trigger_file_is_the_one_the_rules_ask(tmp_path, nlp):
    own = tmp_path / "triggers.yaml"
    bundled = lexicon_path("triggers.yaml").read_text(encoding="utf-8")
    own.write_text(bundled.rstrip("\n") + "\n" + EXTRA, encoding="utf-8")
    custom = _pipeline(str(own))
    doc = custom(TEXT)
    assert "banditry" in assessed_nouns(doc) and "banditry" in trigger_nouns(doc)
    assert "banditry" not in assessed_nouns(nlp(TEXT))  # the bundled lexicon's Doc
    coded = code_shell(custom, article_from_text(TEXT, article_id="t", published="2023-05-10"))
    accuse = [e for e in coded.events if e.event == "ACCUSE"]
    assert accuse and {coded.actor(i).country for i in accuse[0].recipient} == {"CHL"}, coded.events


def test_an_unknown_predicate_is_refused_with_its_code(tmp_path):
    import pytest

    from parley.errors import LexiconError
    from parley.nlp.events.lexicon import load_triggers

    bad = tmp_path / "triggers.yaml"
    bad.write_text('triggers:\n  - {lemma: piracy, pos: NOUN, event: ACCUSE, mode: disapprove, '
                   'assessed: true, predicate: of_ships, example: "Peru says the raid is piracy."}\n',
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="E053"):
        load_triggers(bad)


def test_the_predicate_words_come_from_the_entries():
    from parley.nlp.events.lexicon import load_triggers

    lexicon = load_triggers()
    assert lexicon.predicate_words("only_in_of") == {"contravention", "defiance"}
    masters = lexicon.predicate_words("master")
    assert "puppet" in masters and "traitor" not in masters
