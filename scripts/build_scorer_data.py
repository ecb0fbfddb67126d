"""Build the event scorer's training data from the hand-judged events of docs/audit.

Usage (from the repository root, with the package importable):
    PYTHONPATH=src .venv/bin/python scripts/build_scorer_data.py [-o docs/audit/scorer-data.jsonl]

1. Collects every judged item of the held-out event audits (``events-actors-*.jsonl``: the audit
   sample, held-out 1-12) and the developers' judgements of held-out 3 and 4
   (``dev-events8-*.jsonl``). An item judged several times keeps its latest judgement (after,
   final, round 2 over before; the events8 re-judgements, made later, over the held-out judges').
   The ``-changed`` files are subsets of the full files beside them and the ``-inarticle`` files
   judge output coded inside whole articles, not the item alone: both are left out. Each item
   records its draw (``audit``, ``heldout1`` … ``heldout12``): cross-validation leaves one out.
2. Codes every item's text alone with the current code (what ``parley code`` does on a JSONL of
   id/text/published) and keeps the scorer's features of each event (``doc._.parley_event_features``).
3. Aligns each current event with a judged event of the item when type, mode, trigger and the
   names in every slot are identical (as ``docs/audit/carry_judgements.py`` carries judgements);
   the label is the judged ``correct``. Unaligned current events are unlabeled and left out.

Writes one line per item: id, draw, half, the number of judged misses, and its labeled events
(type, trigger, label, features); prints the counts per half and per draw.
"""
from __future__ import annotations

import argparse
import ast
import collections
import json
import re
import tempfile
from pathlib import Path

from parley.ingest import iter_inputs
from parley.pipeline import cached_pipeline, make_doc, to_coded
from parley.schema import CodedArticle

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "docs" / "audit"
#: how late a judgement file's verdicts are, by the file name's stage (larger = later)
STAGE = {"before": 0, "after": 1, "final": 1, "after2": 2, "round2": 2}
DEV_STAGE = 3  # the events8 developer's re-judgements of held-out 3 and 4 came after both
NAME = re.compile(r"^(?:events-actors|dev-events8)-(?P<draw>.*?)-?"
                  r"(?P<stage>before|after2|after|final|round2)\.jsonl$")


def draw_of(name: str) -> tuple[str, int] | None:
    """(draw, stage rank) of a judgement file name, or None for files left out."""
    if "-changed" in name or "-inarticle" in name:
        return None
    m = NAME.match(name)
    if not m:
        return None
    draw = m["draw"] or "audit"
    draw = "heldout1" if draw == "heldout" else draw
    stage = STAGE[m["stage"]] + (DEV_STAGE if name.startswith("dev-events8") else 0)
    return draw, stage


def _parsed(value: object) -> object:
    """Some judgement files store lists as Python literals in strings."""
    return ast.literal_eval(value) if isinstance(value, str) else value


def latest_judgements(audit: Path = AUDIT) -> dict[str, dict]:
    """Item id → its latest judged record, with ``draw`` set."""
    best: dict[str, tuple[int, dict]] = {}
    names = sorted(p.name for p in audit.glob("*.jsonl"))
    for name in names:
        found = draw_of(name)
        if found is None:
            continue
        draw, stage = found
        with (audit / name).open(encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                if "id" not in item:
                    continue
                for key in ("parley_events", "judgement", "missed"):
                    item[key] = _parsed(item.get(key) or [])
                item["draw"] = draw
                old = best.get(item["id"])
                if old is None or stage >= old[0]:
                    best[item["id"]] = (stage, item)
    return {k: v for k, (_, v) in sorted(best.items())}


def names(actors: list[dict]) -> tuple[str, ...]:
    return tuple(sorted(a["name"] for a in actors))


def key(event: dict) -> tuple:
    """What must be identical for a current event to carry a judged event's verdict."""
    return (event["type"], event.get("mode"), event["trigger"], names(event["source"]),
            names(event["target"]), names(event["third_party"]))


def skeleton(coded: CodedArticle) -> list[dict]:
    """The current events in the judged files' shape (docs/audit/judging_skeleton.py)."""
    actors = {a.id: a for a in coded.actors}

    def slot(ids: list[str]) -> list[dict]:
        return [{"name": actors[i].name} for i in ids if i in actors]

    return [{"id": e.id, "type": e.event, "mode": e.mode,
             "trigger": e.trigger.text if e.trigger else "", "source": slot(e.actor),
             "target": slot(e.recipient), "third_party": slot(e.third_party)} for e in coded.events]


def align(current: list[dict], judged: dict) -> dict[str, bool]:
    """Current event id → the judged ``correct`` of the identical judged event (one to one)."""
    verdict = {j["event"]: j.get("correct") for j in judged["judgement"]}
    pool: dict[tuple, list[bool]] = collections.defaultdict(list)
    for e in judged["parley_events"]:
        if isinstance(verdict.get(e["id"]), bool):
            pool[key(e)].append(verdict[e["id"]])
    out = {}
    for e in current:
        if pool.get(key(e)):
            out[e["id"]] = pool[key(e)].pop(0)
    return out


def build(out_path: Path) -> None:
    items = latest_judgements()
    nlp = cached_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "items.jsonl"
        src.write_text("".join(json.dumps({"id": i["id"], "text": i["text"],
                                           "published": i.get("published")}) + "\n"
                               for i in items.values()), encoding="utf-8")
        shells = [s for s in iter_inputs([str(src)]) if isinstance(s, CodedArticle)]
    counts: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    with out_path.open("w", encoding="utf-8") as out:
        for shell in shells:
            judged = items[shell.article.id]
            doc = nlp(make_doc(nlp, shell))
            feats = doc._.parley_event_features or {}
            current = skeleton(to_coded(nlp, shell, doc))
            labels = align(current, judged)
            events = [{"event": e["id"], "type": e["type"], "trigger": e["trigger"],
                       "label": labels[e["id"]], "features": feats[e["id"]]}
                      for e in current if e["id"] in labels]
            row = {"id": shell.article.id, "draw": judged["draw"], "half": judged["half"],
                   "missed": len(judged["missed"]), "coded": len(current), "events": events}
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            c = counts[(judged["half"], judged["draw"])]
            c["items"] += 1
            c["coded"] += len(current)
            c["labeled"] += len(events)
            c["right"] += sum(e["label"] for e in events)
            c["missed"] += len(judged["missed"])
    report(counts)


def report(counts: dict[tuple[str, str], collections.Counter]) -> None:
    print(f"{'half':8} {'draw':10} {'items':>5} {'coded':>5} {'labeled':>7} {'right':>5} {'missed':>6}")
    for half in sorted({h for h, _ in counts}):
        total: collections.Counter = collections.Counter()
        for (h, draw), c in sorted(counts.items(), key=lambda kv: _draw_order(kv[0][1])):
            if h == half:
                total.update(c)
                print(f"{half:8} {draw:10} {c['items']:5} {c['coded']:5} {c['labeled']:7} "
                      f"{c['right']:5} {c['missed']:6}")
        print(f"{half:8} {'all':10} {total['items']:5} {total['coded']:5} {total['labeled']:7} "
              f"{total['right']:5} {total['missed']:6}")


def _draw_order(draw: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", draw)
    return (int(digits) if digits else 0, draw)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=AUDIT / "scorer-data.jsonl")
    build(ap.parse_args().output)


if __name__ == "__main__":
    main()
