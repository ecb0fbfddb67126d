"""Summary figures of an event/actor hand audit (stdlib only).

Usage (from the repository root):
    python3 docs/audit/score_audit.py docs/audit/events-actors-before.jsonl

Reads the per-item judgement file (one JSON object per item with `half`, `judgement`,
`missed`, `actors`) and prints the markdown tables used in events-actors-before.md:
coded / right / wrong / missed, precision = right / coded, recall = right / (right + missed),
actor right rate (right events whose source and target slots are both right or not needed /
right events), per-slot rates over applicable slots (a slot is applicable unless it was judged
null = nobody named in the text and nobody coded), actor-record accuracy, and error classes.
"""
from __future__ import annotations

import json
import sys
from collections import Counter


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "–"


def figures(items: list[dict]) -> dict:
    f = Counter()
    for it in items:
        f["items"] += 1
        f["items_with_event"] += bool(it["parley_events"])
        for j in it["judgement"]:
            f["coded"] += 1
            if not j["correct"]:
                f["wrong"] += 1
                continue
            f["right"] += 1
            s, t = j["source_ok"], j["target_ok"]
            f["actors_right"] += s is not False and t is not False
            for slot, v in (("src", s), ("tgt", t)):
                if v is not None:
                    f[f"{slot}_app"] += 1
                    f[f"{slot}_ok"] += bool(v)
        f["missed"] += len(it["missed"])
        for a in it["actors"]:
            f["act_records"] += 1
            f["act_records_ok"] += a["ok"]
    return f


def table(groups: dict[str, list[dict]]) -> str:
    cols = list(groups)
    F = {g: figures(v) for g, v in groups.items()}
    rows = [
        ("items", lambda f: str(f["items"])),
        ("items with ≥ 1 coded event", lambda f: str(f["items_with_event"])),
        ("coded events", lambda f: str(f["coded"])),
        ("right", lambda f: str(f["right"])),
        ("wrong", lambda f: str(f["wrong"])),
        ("missed", lambda f: str(f["missed"])),
        ("precision = right / coded", lambda f: pct(f["right"], f["coded"])),
        ("recall = right / (right + missed)", lambda f: pct(f["right"], f["right"] + f["missed"])),
        ("actor right rate (right events with source and target right)",
         lambda f: f"{f['actors_right']}/{f['right']} = {pct(f['actors_right'], f['right'])}"),
        ("source slot right (applicable slots of right events)",
         lambda f: f"{f['src_ok']}/{f['src_app']} = {pct(f['src_ok'], f['src_app'])}"),
        ("target slot right (applicable slots of right events)",
         lambda f: f"{f['tgt_ok']}/{f['tgt_app']} = {pct(f['tgt_ok'], f['tgt_app'])}"),
        ("all slots right",
         lambda f: f"{f['src_ok'] + f['tgt_ok']}/{f['src_app'] + f['tgt_app']} = "
                   f"{pct(f['src_ok'] + f['tgt_ok'], f['src_app'] + f['tgt_app'])}"),
        ("actor records in events with right name/kind/country",
         lambda f: f"{f['act_records_ok']}/{f['act_records']} = {pct(f['act_records_ok'], f['act_records'])}"),
    ]
    out = ["| figure | " + " | ".join(cols) + " |", "| --- |" + " --- |" * len(cols)]
    for name, fn in rows:
        out.append(f"| {name} | " + " | ".join(fn(F[c]) for c in cols) + " |")
    return "\n".join(out)


def classes(items: list[dict]) -> list[tuple[str, int, str]]:
    cnt, ex = Counter(), {}
    for it in items:
        for j in it["judgement"]:
            keys = []
            if not j["correct"]:
                keys.append(j["error_class"])
            else:
                keys += [j[k] for k in ("source_error_class", "target_error_class") if k in j]
            for k in dict.fromkeys(keys):
                cnt[k] += 1
                ex.setdefault(k, f"{it['id']}: {it['text'][:110]}")
        for m in it["missed"]:
            cnt[m["error_class"]] += 1
            ex.setdefault(m["error_class"], f"{it['id']}: {it['text'][:110]}")
    return [(k, n, ex[k]) for k, n in cnt.most_common()]


def main() -> None:
    items = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    groups = {"cnn": [i for i in items if i["half"] == "cnn"],
              "polnear": [i for i in items if i["half"] == "polnear"], "overall": items}
    print(table(groups))
    print()
    print("| # | error class | count | example |")
    print("| --- | --- | --- | --- |")
    for n, (k, c, e) in enumerate(classes(items), 1):
        print(f"| {n} | {k} | {c} | {e} |")


if __name__ == "__main__":
    main()
