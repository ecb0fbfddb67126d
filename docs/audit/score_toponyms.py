"""Figures of a toponym audit (toponym_sample.py), and the agreement of two judges. Stdlib only.

    python3 docs/audit/score_toponyms.py JUDGED.jsonl [SECOND_JUDGE.jsonl]

precision = right / found mentions; resolution accuracy = right / (right + wrong_place), over the
mentions that are place names; recall = place names found (right + wrong_place) / (those +
missed). Per half (cnn, polnear) and together, with 95 % Wilson intervals.
"""
from __future__ import annotations

import json
import math
import sys
from collections import Counter


def wilson(k: int, n: int) -> str:
    if not n:
        return "–"
    p, z = k / n, 1.96
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return f"{k}/{n} = {p:.3f} ({c - h:.3f}–{c + h:.3f})"


def figures(rows: list[dict]) -> dict[str, str]:
    f: Counter[str] = Counter()
    for r in rows:
        for m in r["found"]:
            f[m["verdict"]] += 1
        f["missed"] += len(r["missed"])
    found = f["right"] + f["wrong_place"] + f["not_place"]
    places = f["right"] + f["wrong_place"]
    return {"found mentions": str(found), "not a place": str(f["not_place"]),
            "wrong place": str(f["wrong_place"]), "missed place names": str(f["missed"]),
            "precision (right / found)": wilson(f["right"], found),
            "resolution accuracy (right / place names found)": wilson(f["right"], places),
            "recall (place names found / all)": wilson(places, places + f["missed"])}


def table(rows: list[dict]) -> str:
    groups = {"cnn": [r for r in rows if r["half"] == "cnn"],
              "polnear": [r for r in rows if r["half"] == "polnear"], "both": rows}
    F = {g: figures(v) for g, v in groups.items()}
    out = ["| figure | " + " | ".join(groups) + " |", "| --- |" + " --- |" * len(groups)]
    for k in F["both"]:
        out.append(f"| {k} | " + " | ".join(F[g][k] for g in groups) + " |")
    return "\n".join(out)


def read(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def agreement(a: list[dict], b: list[dict]) -> str:
    same = total = 0
    for x, y in zip(a, b, strict=True):
        for m, n in zip(x["found"], y["found"], strict=True):
            total += 1
            same += m["verdict"] == n["verdict"]
    missed = sum(len(x["missed"]) == len(y["missed"]) for x, y in zip(a, b, strict=True))
    return (f"verdicts agree on {same}/{total} mentions; missed counts agree on {missed}/{len(a)} "
            "items")


if __name__ == "__main__":
    first = read(sys.argv[1])
    print(table(first))
    if len(sys.argv) > 2:
        second = read(sys.argv[2])
        print("\nsecond judge:\n" + table(second))
        print("\n" + agreement(first, second))
