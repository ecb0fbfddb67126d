"""Carry a judgement over to a re-run whose output did not change; list the items to re-judge.

Usage (from the repository root):
    python3 docs/audit/carry_judgements.py BEFORE_JUDGED.jsonl AFTER_SKELETON.jsonl \
        CARRIED.jsonl TO_JUDGE.jsonl

An item whose Parley events are identical before and after (type, mode, cameo, trigger, the
names, kinds and countries of every slot, flags; event and actor ids may differ) keeps its whole judgement (events, misses,
actor records) and is written to CARRIED; any other item goes to TO_JUDGE for a fresh judge.
Why: two judges differ on borderline calls by several points on samples this size, so judging
only what changed keeps a before/after comparison about the code, not about the judges.
"""
from __future__ import annotations

import json
import sys


def _without_ids(value: object) -> object:
    """The events with their own and their actors' ids dropped: coding a whole article numbers
    events and actors article-wide, so one new event earlier in the article renumbers the rest."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k not in ("id", "claimed_by")}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def signature(item: dict) -> str:
    return json.dumps(_without_ids(item["parley_events"]), sort_keys=True, ensure_ascii=False)


def renumbered(old: dict, new: dict) -> dict:
    """The old judgement with event and actor ids mapped to the new output's (same order)."""
    out = dict(old)
    ev_map = {a["id"]: b["id"] for a, b in zip(old["parley_events"], new["parley_events"])}
    out["parley_events"] = new["parley_events"]
    out["judgement"] = [{**j, "event": ev_map.get(j["event"], j["event"])} for j in old["judgement"]]
    if "actors" in new:
        ok = {(a["name"], a.get("kind"), a.get("country")): a for a in old.get("actors", [])}
        out["actors"] = [{**a, "ok": ok[k]["ok"], "note": ok[k].get("note", "")}
                         if (k := (a["name"], a.get("kind"), a.get("country"))) in ok else a
                         for a in new["actors"]]
    return out


def main(before_path: str, after_path: str, carried_path: str, to_judge_path: str) -> None:
    with open(before_path, encoding="utf-8") as fh:
        before = {d["id"]: d for d in map(json.loads, fh)}
    carried, to_judge = [], []
    with open(after_path, encoding="utf-8") as fh:
        for item in map(json.loads, fh):
            old = before.get(item["id"])
            if old is not None and signature(old) == signature(item):
                carried.append(renumbered(old, item))
            else:
                to_judge.append(item)
    for path, rows in ((carried_path, carried), (to_judge_path, to_judge)):
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"carried {len(carried)}, to judge {len(to_judge)}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
