"""The talks tracker on a real corpus: the 2022 CNN live-update headlines about Russia and
Ukraine, against the hand-checked timeline of docs/talks.md.

The corpus is coded from a fixed subset: the headlines that match SELECT (talks, rounds,
swaps, the grain deal, the nuclear plant zone, ...), so the test codes some 950 headlines
instead of 7,090. The rule selects by words a reader would search for, not by the headlines'
own text."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from parley import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "cnn-ukraine-live-2022.jsonl"
SELECT = re.compile(r"talks|negotiat|round|delegat|swap|exchang|prisoner|POW|captiv|grain|"
                    r"deal|ceasefire|zone|nuclear plant|mediat|agree|IAEA|Grossi|Lavrov|Kuleba",
                    re.I)

# The hand-checked timeline (docs/talks.md): (process, date, outcome). The second Belarus
# round (March 3) is not in the corpus (no headlines from March 1 to 3) and is left out.
TIMELINE = [
    ("peace", "2022-02-28", "pending"), ("peace", "2022-03-07", "pending"),
    ("peace", "2022-03-14", "partial"), ("peace", "2022-03-29", "partial"),
    ("ministerial", "2022-03-10", "failed"),
    ("grain", "2022-07-13", "partial"), ("grain", "2022-07-22", "agreed"),
    ("grain", "2022-11-17", "agreed"),
    *[("prisoners", d, "agreed") for d in (
        "2022-04-10", "2022-04-14", "2022-04-21", "2022-05-06", "2022-06-29", "2022-09-22",
        "2022-11-03", "2022-11-24", "2022-11-26", "2022-12-01", "2022-12-06", "2022-12-14",
        "2022-12-31")],
    ("nuclear", "2022-09-21", "pending"), ("nuclear", "2022-12-22", "pending"),
]
TALK = re.compile(r"talks|negotiat|round|meet|met\b|deal|agree|swap|exchang|signed|captiv",
                  re.I)


def _near(rnd: dict, day: str) -> bool:
    from datetime import date

    d, first, last = (date.fromisoformat(x) for x in (day, rnd["date"], rnd["end_date"]))
    return (first - d).days <= 1 and (d - last).days <= 1


@pytest.mark.slow
def test_cnn_2022_talks_match_the_hand_checked_timeline(tmp_path):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found (shared corpus)")
    subset = tmp_path / "cnn-talks.jsonl"
    with CORPUS.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as out:
        for line in src:
            if SELECT.search(json.loads(line)["text"]):
                out.write(line)
    db = tmp_path / "cnn.duckdb"
    subprocess.run([sys.executable, "-m", "parley", "ingest", str(subset), "--db", str(db)],
                   check=True, capture_output=True, timeout=1800,
                   env={"PATH": "", "PYTHONPATH": str(ROOT / "src")})
    with Store(db, read_only=True) as store:
        talks = store.talks(between=("RUS", "UKR"))
    by_process = {t["process"]: t for t in talks["tracks"]}
    found, right = [], []
    for process, day, want in TIMELINE:
        rounds = [r for r in by_process.get(process, {}).get("rounds", []) if _near(r, day)]
        found.append(bool(rounds))
        right.append(any(r["outcome"] == want for r in rounds))
    shown = [r for t in talks["tracks"] for r in t["rounds"]]
    with_talks = [r for r in shown if any(TALK.search(e["evidence_text"] or "")
                                          for e in r["events"])]
    figures = {"rounds": len(TIMELINE), "found": sum(found), "outcome_right": sum(right),
               "tracks": len(talks["tracks"]), "processes": len({p for p, _, _ in TIMELINE}),
               "rounds_shown": len(shown), "with_talks": len(with_talks)}
    print(figures)
    missed = [t for t, ok in zip(TIMELINE, found, strict=True) if not ok]
    wrong = [t for t, ok in zip(TIMELINE, right, strict=True) if not ok]
    assert not missed, (missed, figures)
    assert not wrong, (wrong, figures)
    assert figures["tracks"] <= figures["processes"] + 1, figures
    assert len(with_talks) >= 0.9 * len(shown), figures
