"""The CAMEO verb dictionary tier (PETRARCH2's CAMEO.2.0.txt read by Parley's own reader):
the reader, the tier firing only where no curated entry fits and with lower confidence, its
guards, and the coverage of CAMEO leaf codes per PLOVER type. Sentences are invented."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from parley.errors import LexiconError
from parley.nlp.events.cameo_dictionary import TIER, load_guards, load_tier, parse_dictionary
from parley.nlp.events.lexicon import load_triggers

ROOT = Path(__file__).resolve().parents[1]
TRIGGERS = load_triggers()

SMALL = """
&WEAPON
+GUN
+RIFLE

####### VERB PATTERNS #######

---  SMUGGLE   [---]  ---
SMUGGLE
TRAFFIC  [1711]
- * &WEAPON                  [072]   # SMUGGLE
- * DRUGS                    [---]   # TRAFFIC
- * (TO REBELS)              [072]   # SMUGGLE
- ARMY * (INTO)              [190]   # subject before the verb: skipped
- * {SMALL ARMS}             [072]   # multi-word noun phrase: skipped
- * COMPLAINT                [010]   # a statement: no PLOVER type
"""


def small_tier():
    return parse_dictionary(SMALL, Path("small.txt"), load_guards())


def test_reader_turns_patterns_into_entries():
    tier = small_tier()
    smuggle = [e for e in tier.candidates("smuggle") if e.event]
    assert {e.cameo for e in smuggle} == {"072"}
    gun = next(e for e in smuggle if "gun" in e.obj)
    assert gun.event == "AID" and gun.tier == TIER and gun.obj >= {"gun", "rifle"}
    assert gun.weight < 0.8  # below curated verbs
    rebels = next(e for e in smuggle if e.prep)
    assert rebels.prep == {"to"} and rebels.obj >= {"rebels", "rebel"}
    assert not any(not (e.obj or e.prep or e.prt) for e in smuggle)  # SMUGGLE has no bare code
    traffic = tier.candidates("traffic")
    assert any(e.cameo == "1711" and not e.obj for e in traffic)  # its own bare code
    assert any(not e.event and "drugs" in e.obj for e in traffic)  # [---] blocks
    skipped = tier.stats.skipped
    assert skipped["words before the verb (subject)"] == 1
    assert skipped["multi-word noun phrase {…}"] == 1
    assert tier.stats.patterns == 6


def test_reader_rejects_a_file_that_is_not_a_verb_dictionary():
    with pytest.raises(LexiconError, match="E050"):
        parse_dictionary("- * AID [070]\n", Path("bad.txt"), load_guards())
    with pytest.raises(LexiconError, match="E051"):
        parse_dictionary("# only comments\n", Path("empty.txt"), load_guards())


def test_vendored_dictionary_loads_once_and_is_indexed_by_lemma():
    tier = load_tier(curated=TRIGGERS.curated_verbs())
    assert tier is load_tier(curated=TRIGGERS.curated_verbs())  # parsed once
    assert tier.stats.blocks > 350 and tier.stats.entries > 1000
    assert all(e.pos == "VERB" and e.tier == TIER for e in tier.entries)
    # curated and generic verbs never code bare
    generic = load_guards().generic_verbs | TRIGGERS.curated_verbs()
    assert not [e for e in tier.entries if not e.obj and next(iter(e.lemmas)) in generic]


def _tier_events(nlp, text):
    """Affirmed events the dictionary tier coded: the scorer's features name each event's tier
    (``confidence`` is the learned score now, no longer the tier's weight)."""
    doc = nlp(text)
    feats = doc._.parley_event_features or {}
    return [e for e in doc._.parley_events if feats[e.id].get(f"tier={TIER}") and not e.negated]


@pytest.mark.parametrize("text,event,quad", [
    ("The Kenyan president saluted Ethiopia for its peace efforts.", "SUPPORT", 1),
    ("Saudi Arabia bankrolled the Yemeni government last year.", "COOPERATE", 2),
    ("The Polish president reprimanded the Hungarian ambassador on Monday.", "ACCUSE", 3),
    ("Venezuela nationalized two American oil fields.", "COERCE", 4),
])
def test_tier_fires_where_no_curated_entry_exists(nlp, text, event, quad):
    got = [e for e in _tier_events(nlp, text) if e.event == event]
    assert got, [(e.event, e.trigger.text) for e in nlp(text)._.parley_events]
    assert got[0].quad == quad


def test_curated_entry_wins_over_the_dictionary(code, nlp):
    text = "Germany expelled forty Russian diplomats on Monday."
    doc = code(text, published="2022-06-01")
    sanction = [e for e in doc.events if e.event == "SANCTION"]
    assert sanction and sanction[0].confidence >= 0.8 and sanction[0].cameo == "166"
    # the tier knows the verb too, but is not asked
    assert load_tier(curated=TRIGGERS.curated_verbs()).candidates("expel")


@pytest.mark.parametrize("text", [
    "Ukrainian forces hit back on Sunday.",          # generic verb, no pattern object
    "The minister decided to stay in Brussels.",     # intent verb with no object: never bare
    "The militiamen armed with machetes waited.",    # a participle describing a noun
])
def test_generic_verbs_without_their_object_do_not_fire(nlp, text):
    assert not _tier_events(nlp, text)


def test_coverage_is_at_least_ninety_percent_per_plover_type():
    spec = importlib.util.spec_from_file_location("cameo_coverage", ROOT / "scripts" / "cameo_coverage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.coverage()
    assert len(rows) == 16
    low = [(r["event"], round(r["pct"])) for r in rows if r["pct"] < 90]
    assert not low, low
