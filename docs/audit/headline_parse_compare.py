"""Before/after of the headline parse repair (``parley_headlines``) on a corpus of headlines.

Codes every line of a jsonl corpus twice with the same loaded pipeline, once with the
``parley_headlines`` component disabled, once with it, and prints how many headlines have a
root that is a noun reading of a trigger verb's 3rd-person form ("Ministry/compound
summons/NNS/ROOT"), before and after, and how many headlines' coded events change. Writes
every changed headline (parse and events before/after) to ``--out`` and draws ``--sample``
of them with ``--seed``, leaving out ids listed in any ``docs/audit/*.jsonl`` file (measurement
samples are judged by others; only the ids are read).

    PYTHONPATH=src .venv/bin/python docs/audit/headline_parse_compare.py \
        ../shared/corpora/cnn-ukraine-live-2022.jsonl --out /tmp/changed.jsonl --sample 40
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from spacy.tokens import Doc

from parley.errors import IngestError
from parley.ingest import article_from_text
from parley.nlp.events import load_triggers
from parley.nlp.headlines.words import third_person_lemmas
from parley.pipeline import cached_pipeline, make_doc, to_coded

AUDIT = Path(__file__).resolve().parent
VERBS = load_triggers().curated_verbs()


def noun_verb_root(doc: Doc) -> bool:
    """Some sentence's root is a noun whose singular is a trigger verb's 3rd-person form."""
    return any(s.root.pos_ == "NOUN" and s.root.tag_ == "NNS" and any(
        v in VERBS for v in third_person_lemmas(s.root.text)) for s in doc.sents)


def parse_of(doc: Doc) -> str:
    return " ".join(f"{t.text}/{t.tag_}/{t.dep_}>{t.head.i}" for t in doc)


def events_of(coded) -> list[str]:  # type: ignore[no-untyped-def]
    names = {a.id: f"{a.name}[{a.country or '-'}]" for a in coded.actors}
    out = []
    for e in coded.events:
        flags = "".join(f" {f}" for f in ("negated", "future", "hypothetical") if getattr(e, f))
        out.append(f"{e.event}{flags} ({e.trigger.text if e.trigger else '?'}): "
                   f"{'+'.join(names.get(a, a) for a in e.actor) or '∅'} -> "
                   f"{'+'.join(names.get(a, a) for a in e.recipient) or '∅'}")
    return out


def excluded_ids() -> set[str]:
    """Ids of every audit jsonl (read by regular expression: no other field is looked at)."""
    pattern = re.compile(r'"id":\s*"([^"]+)"')
    return {m for p in AUDIT.glob("*.jsonl") for m in pattern.findall(p.read_text(encoding="utf-8"))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--out", required=True)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261205)
    args = ap.parse_args()
    nlp = cached_pipeline()
    with open(args.corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    stats = {"headlines": len(rows), "noun_root_before": 0, "noun_root_after": 0,
             "parse_changed": 0, "events_changed": 0}
    changed = []
    for row in rows:
        try:
            shell = article_from_text(row["text"], article_id=row["id"], published=row.get("published"))
        except IngestError:  # refused at ingest (not English, empty): never coded
            continue
        result = {}
        for label, on in (("before", False), ("after", True)):
            if on:
                nlp.enable_pipe("parley_headlines")
            else:
                nlp.disable_pipe("parley_headlines")
            doc = nlp(make_doc(nlp, shell))
            stats[f"noun_root_{label}"] += noun_verb_root(doc)
            result[label] = {"parse": parse_of(doc), "events": events_of(to_coded(nlp, shell, doc))}
        if result["before"]["parse"] != result["after"]["parse"]:
            stats["parse_changed"] += 1
            stats["events_changed"] += result["before"]["events"] != result["after"]["events"]
            changed.append({"id": row["id"], "text": row["text"], **result})
    with open(args.out, "w", encoding="utf-8") as fh:
        for c in changed:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    skip = excluded_ids()
    pool = [c for c in changed if c["id"] not in skip]
    stats["changed_not_in_audit_samples"] = len(pool)
    print(json.dumps(stats))
    for c in sorted(random.Random(args.seed).sample(pool, min(args.sample, len(pool))),
                    key=lambda c: c["id"]):
        print(f"\n{c['id']}  {c['text']}")
        for label in ("before", "after"):
            print(f"  {label:6} {c[label]['parse']}")
            print(f"  {'':6} events: {'; '.join(c[label]['events']) or '(none)'}")


if __name__ == "__main__":
    main()
