"""Train the event scorer and test it by leave-one-draw-out cross-validation.

Usage (from the repository root; needs scikit-learn, the ``dev`` extra, not Parley itself):
    python scripts/train_scorer.py [--data docs/audit/scorer-data.jsonl]
        [-o src/parley/data/event_scorer.json] [--cv] [--report FILE.md]

Reads the labeled events ``scripts/build_scorer_data.py`` wrote. Without ``--cv`` it fits one
L2 logistic regression on every draw and writes the weights file the events component reads
(``parley.nlp.events.scoring``): the bias and one weight per feature name, rounded, sorted; the
same data give the same file. With ``--cv`` it leaves each draw out in turn (the vocabulary and
the model are built from the other draws only), scores the left-out draw as Parley would
(``Scorer.score``: two decimals), pools, and prints per half: precision and recall of the kept
events at thresholds 0.3-0.6 (recall counts a dropped right event as a miss: kept right /
(all right + judged misses)), the Brier score, AUC and a reliability table, beside the
baselines (keep everything; the rules' own heuristic confidence).
"""
from __future__ import annotations

import argparse
import collections
import json
import math
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "docs" / "audit" / "scorer-data.jsonl"
WEIGHTS = ROOT / "src" / "parley" / "data" / "event_scorer.json"
#: fixed before any cross-validated number was seen (docs/audit/dev-scorer.md)
C = 0.5
MIN_COUNT = 5  # a categorical feature ("dep=pobj") needs this many training events
MIN_LEMMA = 10  # trigger lemmas need more: a rare word's weight would learn its sentences
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
RULE_THRESHOLDS = (0.6, 0.7, 0.8)
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def load(path: Path) -> tuple[list[dict], list[dict]]:
    """(items, events): every event carries its item's draw and half."""
    items, events = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            items.append(item)
            for e in item["events"]:
                events.append({**e, "draw": item["draw"], "half": item["half"], "item": item["id"]})
    return items, events


def vocabulary(events: list[dict]) -> set[str]:
    """Feature names the model may weigh: numeric and yes/no facts always, a categorical value
    only when it is common enough in these events."""
    counts = collections.Counter(k for e in events for k in e["features"])
    keep = set()
    for name, n in counts.items():
        if "=" not in name or n >= (MIN_LEMMA if name.startswith("lemma=") else MIN_COUNT):
            keep.add(name)
    return keep


def fit(events: list[dict]) -> tuple[float, dict[str, float]]:
    """Bias and weights of an L2 logistic regression on these events."""
    vocab = vocabulary(events)
    rows = [{k: v for k, v in e["features"].items() if k in vocab} for e in events]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    y = [int(e["label"]) for e in events]
    model = LogisticRegression(C=C, solver="lbfgs", max_iter=10000)
    model.fit(x, y)
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    return float(model.intercept_[0]), weights


def score(bias: float, weights: dict[str, float], feats: dict[str, float]) -> float:
    """What ``parley.nlp.events.scoring.Scorer.score`` computes (kept in step with it)."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 2)


def write_weights(events: list[dict], out: Path) -> None:
    bias, weights = fit(events)
    data = {
        "about": "Parley's event scorer: p(right) = sigmoid(bias + sum of weight x feature); "
                 "features in parley/nlp/events/scoring.py; rebuilt by scripts/train_scorer.py "
                 "from docs/audit/scorer-data.jsonl",
        "trained_on": {"events": len(events), "right": sum(e["label"] for e in events),
                       "draws": sorted({e["draw"] for e in events}), "C": C,
                       "min_count": MIN_COUNT, "min_lemma_count": MIN_LEMMA},
        "bias": round(bias, 4),
        "weights": {k: round(w, 4) for k, w in sorted(weights.items()) if round(w, 4) != 0.0},
    }
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(data['weights'])} weights, {len(events)} events)")


def cross_validate(events: list[dict]) -> list[dict]:
    """Each event with ``p``, its score by the model trained without its draw."""
    out = []
    for draw in sorted({e["draw"] for e in events}):
        bias, weights = fit([e for e in events if e["draw"] != draw])
        out += [{**e, "p": score(bias, weights, e["features"])} for e in events if e["draw"] == draw]
    return out


def kept_pr(scored: list[dict], misses: int, key: str, threshold: float) -> tuple[float, float, int]:
    """Precision and recall of the events whose ``key`` is at least ``threshold``."""
    kept = [e for e in scored if e[key] >= threshold]
    right = sum(e["label"] for e in kept)
    all_right = sum(e["label"] for e in scored)
    return (right / len(kept) if kept else 0.0, right / (all_right + misses), len(kept))


def brier(scored: list[dict], key: str) -> float:
    return sum((e[key] - e["label"]) ** 2 for e in scored) / len(scored)


def reliability(scored: list[dict], key: str) -> list[str]:
    lines = ["| score bin | events | mean score | share right |", "| --- | ---: | ---: | ---: |"]
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        b = [e for e in scored if lo <= e[key] < hi]
        if b:
            mean, right = sum(e[key] for e in b) / len(b), sum(e["label"] for e in b) / len(b)
            lines.append(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(b)} | {mean:.3f} | {right:.3f} |")
    return lines


def cv_report(items: list[dict], events: list[dict]) -> str:
    scored = cross_validate(events)
    for e in scored:
        e["rule"] = e["features"].get("rule_confidence", 0.0)
    lines = []
    for half in sorted({e["half"] for e in scored}):
        s = [e for e in scored if e["half"] == half]
        misses = sum(i["missed"] for i in items if i["half"] == half)
        p0, r0, n0 = kept_pr(s, misses, "p", 0.0)
        lines += [f"### {half}: {len(s)} labeled events, {sum(e['label'] for e in s)} right, "
                  f"{misses} judged misses", "",
                  "| keep | kept | precision | recall | ΔP (points) | ΔR (points) |",
                  "| --- | ---: | ---: | ---: | ---: | ---: |",
                  f"| everything | {n0} | {p0:.3f} | {r0:.3f} | | |"]
        for key, label, ths in (("p", "scorer", THRESHOLDS), ("rule", "rules' confidence", RULE_THRESHOLDS)):
            for t in ths:
                p, r, n = kept_pr(s, misses, key, t)
                lines.append(f"| {label} ≥ {t} | {n} | {p:.3f} | {r:.3f} | "
                             f"{100 * (p - p0):+.1f} | {100 * (r - r0):+.1f} |")
        y = [e["label"] for e in s]
        lines += ["", f"scorer: AUC {roc_auc_score(y, [e['p'] for e in s]):.3f}, "
                  f"Brier {brier(s, 'p'):.3f}; rules' confidence: AUC "
                  f"{roc_auc_score(y, [e['rule'] for e in s]):.3f}, Brier {brier(s, 'rule'):.3f}; "
                  f"constant (share right): Brier {p0 * (1 - p0):.3f}", ""]
        lines += reliability(s, "p") + [""]
    y = [e["label"] for e in scored]
    lines += [f"pooled: AUC {roc_auc_score(y, [e['p'] for e in scored]):.3f}, "
              f"Brier {brier(scored, 'p'):.3f}", ""] + reliability(scored, "p")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("-o", "--output", type=Path, default=WEIGHTS)
    ap.add_argument("--cv", action="store_true", help="leave-one-draw-out table instead of training")
    ap.add_argument("--report", type=Path, help="also write the --cv table to this file")
    args = ap.parse_args()
    items, events = load(args.data)
    if args.cv:
        text = cv_report(items, events)
        print(text)
        if args.report:
            args.report.write_text(text, encoding="utf-8")
    else:
        write_weights(events, args.output)


if __name__ == "__main__":
    main()
