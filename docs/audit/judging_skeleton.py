"""Turn a sample and Parley's output on it into the per-item file a judge fills in. Stdlib only.

Usage (from the repository root):
    python3 docs/audit/judging_skeleton.py SAMPLE.jsonl PARLEY_OUTPUT.jsonl OUT.jsonl

One line per sample item, in sample order, with the shape score_audit.py reads: `id`, `half`,
`published`, `text`, `parley_events` (type, mode, cameo, trigger, source/target/third-party
actors with name, kind and country, flags, claimed_by), and empty `judgement`, `missed`,
`actors` (one record per actor that appears in an event, `ok` left null) and `note`.
"""
from __future__ import annotations

import json
import sys


def slim(actor_by_id: dict, ids: list[str]) -> list[dict]:
    return [{k: actor_by_id[i][k] for k in ("id", "name", "kind", "country")} for i in ids]


def item(sample: dict, coded: dict) -> dict:
    actors = {a["id"]: a for a in coded["actors"]}
    events, used = [], []
    for e in coded["events"]:
        flags = [f for f in ("negated", "future", "hypothetical", "historical") if e.get(f)]
        events.append({"id": e["id"], "type": e["event"], "mode": e.get("mode"),
                       "cameo": e.get("cameo"), "trigger": e["trigger"]["text"],
                       "source": slim(actors, e["actor"]), "target": slim(actors, e["recipient"]),
                       "third_party": slim(actors, e["third_party"]), "flags": flags,
                       "claimed_by": e.get("claimed_by")})
        used += [i for i in e["actor"] + e["recipient"] + e["third_party"] if i not in used]
    return {"id": sample["id"], "half": sample["half"], "published": sample["published"],
            "text": sample["text"], "parley_events": events, "judgement": [], "missed": [],
            "actors": [dict(slim(actors, [i])[0], ok=None, note="") for i in used], "note": ""}


def main(sample_path: str, output_path: str, out_path: str) -> None:
    with open(sample_path, encoding="utf-8") as fh:
        samples = [json.loads(line) for line in fh if line.strip()]
    with open(output_path, encoding="utf-8") as fh:
        coded = {d["article"]["id"]: d for d in map(json.loads, fh) if d.get("article")}
    with open(out_path, "w", encoding="utf-8") as fh:
        for s in samples:
            # an item Parley refused (e.g. a line that is all boilerplate) is judged as coding
            # nothing: its events count as missed, as a user would see them
            got = coded.get(s["id"], {"actors": [], "events": []})
            fh.write(json.dumps(item(s, got), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
