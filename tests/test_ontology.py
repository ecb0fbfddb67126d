"""PLOVER ontology: the 16 types, quad classes, scores and the CAMEO crosswalk."""
from __future__ import annotations

import pytest

from parley import ontology

PLOVER_16 = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def test_sixteen_types_in_manual_order():
    assert list(ontology.EVENT_NAMES) == PLOVER_16


@pytest.mark.parametrize(("event", "quad"), [
    ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("CONCEDE", 1), ("COOPERATE", 2), ("AID", 2),
    ("RETREAT", 2), ("REQUEST", 3), ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3), ("PROTEST", 4),
    ("SANCTION", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
])
def test_quad_classes(event, quad):
    assert ontology.quad(event) == quad


def test_scores_are_signed_by_quad():
    for name, t in ontology.EVENT_TYPES.items():
        if t.quad in (1, 2):
            assert t.score >= 0, name
        elif name != "REQUEST":
            assert t.score < 0, name


def test_mode_scores_and_fallback():
    assert ontology.score("CONSULT", "visit") == 4
    assert ontology.score("ASSAULT", "unconventional") == -10
    assert ontology.score("ASSAULT", None) == -9
    assert ontology.score("AID", "no-such-mode") == 10


def test_modes_are_validated():
    assert ontology.is_mode("RETREAT", "ceasefire")
    assert ontology.is_mode("AGREE", None)
    assert not ontology.is_mode("AGREE", "visit")


def test_crosswalk_parses_the_bundled_table():
    rows = ontology.crosswalk()
    assert len(rows) > 200
    assert rows["046"].event == "CONSULT" and rows["046"].contexts == ("diplomatic",)
    assert rows["1832"].event == "ASSAULT" and rows["1832"].mode == "explosives"
    assert rows["0871"].event == "RETREAT" and rows["0871"].mode == "ceasefire"
    assert rows["094"].contexts == ("military", "legal")
    assert all(r.event in ontology.EVENT_TYPES for r in rows.values())


def test_crosswalk_skips_category_headings():
    rows = ontology.parse_crosswalk("03: AGREE\n036: AGREE,  , diplomatic # Express intent to meet\n")
    assert list(rows) == ["036"]
    assert rows["036"].description == "Express intent to meet"


@pytest.mark.parametrize(("event", "mode", "given", "expected"), [
    ("CONSULT", None, "042", "042"),
    ("ASSAULT", "abduct", None, "181"),
    ("AID", None, "9999", "070"),
])
def test_best_cameo_code(event, mode, given, expected):
    assert ontology.cameo_for(event, mode, given) == expected
