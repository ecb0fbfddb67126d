"""Round 18 of the slot audit (docs/audit/dev-args18.md): sources the argument rules left
empty on events judged right, tested on invented sentences (never sample text).

- the subject of a verb of issuing or presenting a nominal measure ("Canada issues new
  sanctions on ...", "Japan unveils military aid to ...", "Norway readies sanctions"): the
  support verbs of event_modifiers.yaml;
- the noun a present participle describes ("footage of Syrian jets bombing X", "claims of
  Turkish troops shelling Y"): that noun is the participle's subject
  (``args.participle_describes``).
"""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_names as _names

PUB = "2022-06-01"


def _sources(doc, kind):
    return [_names(doc, e.actor) for e in doc.events if e.event == kind]


@pytest.mark.parametrize("text, kind, source", [
    ("Canada issues new sanctions on 12 Iranian shipping firms", "SANCTION", "Canada"),
    ("Japan unveils new military aid to the Philippines", "AID", "Japan"),
    ("Norway readies new sanctions against Belarus", "SANCTION", "Norway"),
    ("Brazil adopted sanctions against Venezuela on Friday", "SANCTION", "Brazil"),
])
def test_the_issuer_of_a_measure_does_it(code, text, kind, source):
    sources = _sources(code(text, PUB), kind)
    assert sources and any(source in n for s in sources for n in s), sources


@pytest.mark.parametrize("text, kind", [
    # a topic: the report is about sanctions, its authors impose none
    ("Analysts prepared a report about sanctions against Iran", "SANCTION"),
])
def test_no_issuer_of_a_measure_only_talked_about(code, text, kind):
    assert all(not s for s in _sources(code(text, PUB), kind))


@pytest.mark.parametrize("text, kind, source", [
    ("Footage of Syrian jets bombing Idlib was released on Monday", "ASSAULT", "Syria"),
    ("Claims of Turkish troops shelling Kobani were denied by Ankara", "ASSAULT", "Turk"),
])
def test_the_noun_a_participle_describes_does_the_act(code, text, kind, source):
    sources = _sources(code(text, PUB), kind)
    assert sources and any(source in n for s in sources for n in s), sources


def test_a_statement_demanding_is_still_its_issuers(code):
    # an object noun: the one who issued the statement condemns
    sources = _sources(code("Nepal issued a statement condemning India", PUB), "ACCUSE")
    assert sources and any("Nepal" in n for s in sources for n in s), sources


def test_a_place_before_a_participle_is_no_doer(code):
    # "camps housing refugees": no act, and the villagers attacked are not the attackers
    sources = _sources(code("Villagers near the camps housing Syrian refugees were attacked on Tuesday",
                            PUB), "ASSAULT")
    assert all(not s for s in sources), sources
