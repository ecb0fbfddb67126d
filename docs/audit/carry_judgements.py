"""Carry a judgement over to a re-run whose output did not change; list the items to re-judge.

Usage (from the repository root):
    python3 docs/audit/carry_judgements.py BEFORE_JUDGED.jsonl AFTER_SKELETON.jsonl \
        CARRIED.jsonl TO_JUDGE.jsonl

An item whose Parley events are identical before and after (type, mode, cameo, trigger, the
names, kinds and countries of every slot, flags) keeps its whole judgement (events, misses,
actor records) and is written to CARRIED; any other item goes to TO_JUDGE for a fresh judge.
Why: two judges differ on borderline calls by several points on samples this size, so judging
only what changed keeps a before/after comparison about the code, not about the judges.
"""
from __future__ import annotations

import json
import sys


def signature(item: dict) -> str:
    return json.dumps(item["parley_events"], sort_keys=True, ensure_ascii=False)


def main(before_path: str, after_path: str, carried_path: str, to_judge_path: str) -> None:
    with open(before_path, encoding="utf-8") as fh:
        before = {d["id"]: d for d in map(json.loads, fh)}
    carried, to_judge = [], []
    with open(after_path, encoding="utf-8") as fh:
        for item in map(json.loads, fh):
            old = before.get(item["id"])
            if old is not None and signature(old) == signature(item):
                carried.append(old)
            else:
                to_judge.append(item)
    for path, rows in ((carried_path, carried), (to_judge_path, to_judge)):
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"carried {len(carried)}, to judge {len(to_judge)}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
