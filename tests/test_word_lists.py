"""Every word of the rule modules' word lists does what its list is for (invented sentences).

The lexical word lists of the event and actor rules are YAML data (``lexicon/events_*.yaml``,
``lexicon/actors_*.yaml``, read by ``parley.lexicon.word_lists``): each word carries an example
in which the rule using the list fires (or, for a veto list, in which it stops the rule). This
module codes every example through the real pipeline and asserts the list's effect with one
check per list. An entry marked ``unreached`` names a word no example can make fire yet: its
test is an expected failure (strict), so it turns red the day the word starts to matter.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest

from parley.errors import LexiconError
from parley.lexicon import LEXICON_DIR, load, word_lists
from parley.schema import CodedArticle

PUB = "2022-06-01"
Check = Callable[[CodedArticle, str], bool]


def _first(doc: CodedArticle) -> str:
    """The id of the first actor of the sentence (the examples' subject)."""
    return doc.actors[0].id if doc.actors else ""


def _joint_work(doc: CodedArticle, word: str) -> bool:
    """Promised joint work is coded: an AGREE or COOPERATE event of the subject (an intent
    verb that is a trigger itself absorbs the work: "agreed to work with")."""
    return any(e.event in ("AGREE", "COOPERATE") and _first(doc) in e.actor for e in doc.events)


def _warning(doc: CodedArticle, word: str) -> bool:
    """A protest told as coming inside a warning is a threat, not a planned protest."""
    return any(e.event == "THREATEN" for e in doc.events) and not any(
        e.event == "PROTEST" for e in doc.events)


def _undergone(doc: CodedArticle, word: str) -> bool:
    """The subject of "come under fire" is the one the act is done to."""
    return any(_first(doc) in e.recipient for e in doc.events)


def _subject_controls(doc: CodedArticle, word: str) -> bool:
    """The subject of "used the interview to attack Y" does the attacking."""
    return any(_first(doc) in e.actor for e in doc.events)


def _no_generic_group(doc: CodedArticle, word: str) -> bool:
    """Veto: no group actor is made of a generic plural ("many nations")."""
    return bool(doc.events) and not any(word in a.name.lower().split() for a in doc.actors)


def _unplaced(doc: CodedArticle, word: str) -> bool:
    """People said to be from elsewhere take no country from the sentence (Sudan)."""
    actors = [doc.actor(i) for e in doc.events for i in e.actor]
    return bool(actors) and all(a is not None and a.country is None for a in actors)


def _us_body(doc: CodedArticle, word: str) -> bool:
    """The body whose name holds the word is American by its name alone."""
    return any(word.lower() in a.name.lower() and a.country == "USA" for a in doc.actors)


CHECKS: dict[str, dict[str, Check]] = {
    "events_joint_work.yaml": {"working": _joint_work, "together": _joint_work,
                               "promising_modals": _joint_work, "intending": _joint_work},
    "events_modes.yaml": {"warning_verbs": _warning},
    "events_undergo.yaml": {"undergoing": _undergone},
    "events_control.yaml": {"means_verbs": _subject_controls},
    "events_state_groups.yaml": {"generic": _no_generic_group},
    "actors_unplaced.yaml": {"elsewhere": _unplaced},
    "actors_us_bodies.yaml": {"chambers": _us_body, "panels": _us_body, "pacs": _us_body},
}


def _entries() -> list:
    params = []
    for name in sorted(CHECKS):
        for list_name, group in load(name, top=dict).items():
            for entry in group["words"]:
                marks = [pytest.mark.xfail(strict=True, reason=entry["unreached"])] \
                    if entry.get("unreached") else []
                params.append(pytest.param(name, list_name, entry["word"], entry["example"],
                                           id=f"{name[:-5]}:{list_name}:{entry['word']}",
                                           marks=marks))
    return params


def test_every_word_list_file_has_checks():
    files = {p.name for p in LEXICON_DIR.glob("*.yaml")
             if p.name.startswith(("events_", "actors_"))}
    assert files == set(CHECKS)
    for name, checks in CHECKS.items():
        assert set(word_lists(name)) == set(checks), name


def test_every_list_says_why():
    for name in CHECKS:
        for list_name, group in load(name, top=dict).items():
            assert len(str(group["why"]).split()) >= 4, (name, list_name)


@pytest.mark.parametrize(("name", "list_name", "word", "example"), _entries())
def test_word_example_does_what_its_list_is_for(code, name, list_name, word, example):
    assert word in word_lists(name)[list_name]
    assert CHECKS[name][list_name](code(example, PUB), word), example


def test_a_word_without_example_is_refused(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n  why: verbs of a rule\n  words:\n    - {word: walk}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="E008"):
        word_lists.__wrapped__(str(bad))
    bad.write_text("verbs:\n  words:\n    - {word: walk, example: They walk.}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="E007"):
        word_lists.__wrapped__(str(bad))
