"""Held-out toponym audit: which places Parley finds in a sentence, and whether each is the place
meant. Stdlib + Parley (through the `parley code` command).

The event-place draws (places-dates-heldout*.md) judge the one place an *event* takes; none
judged the geoparser itself on text it was not tuned on (its knobs were set on the GeoWebNews
dev articles of `parley eval geo`). This draws sentences of the two other corpora — CNN war
headlines and the US political articles of PolNeAR — and lists every place mention Parley
resolves inside each, for a blind judge: right place, wrong place (a place name resolved to
another place), not a place; plus the place names Parley missed.

    python3 docs/audit/toponym_sample.py draw N OUT.jsonl        # N = a key of SEEDS
    python3 docs/audit/toponym_sample.py code SAMPLE.jsonl OUT.jsonl [PARLEY]

`draw`: one random.Random(SEEDS[N]); rng.sample of the CNN headlines (100), then of the
PolNeAR sentences (100; the splitter of draw_sample.py), each pool keeping only texts with a
capitalised word after the first (a text without one names no place), minus the texts of every
earlier toponym draw. `code`: PolNeAR sentences are coded inside their whole article (a user
codes articles; the article's other mentions and dateline are the resolver's evidence) and keep
the place mentions inside the sentence; CNN headlines are coded alone with their date.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_sample import POLNEAR, pools, read_jsonl, sentences  # noqa: E402

SEEDS = {1: 20270201}
N_EACH = 100
CAPITALISED = re.compile(r"\s[A-Z][\w.'’-]+")


def earlier(n: int) -> set[str]:
    seen: set[str] = set()
    for f in sorted(HERE.glob("toponyms*-sample.jsonl")):
        m = re.match(r"toponyms(\d+)-", f.name)
        if m and int(m.group(1)) < n:
            seen |= {r["text"] for r in read_jsonl(f)}
    return seen


def draw(n: int, out: Path) -> None:
    seen = earlier(n)
    cnn, pol = pools()
    rng = random.Random(SEEDS[n])
    rows = []
    for pool in (cnn, pol):
        usable = [r for r in pool if CAPITALISED.search(r["text"]) and r["text"] not in seen]
        rows += rng.sample(usable, N_EACH)
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"toponym draw {n}: {len(rows)} texts ({len(seen)} earlier excluded) -> {out}")


def run_parley(parley: str, articles: list[dict]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                       encoding="utf-8")
        subprocess.run([parley, "code", str(src), "--format", "jsonl", "-o", str(dst)],
                       check=True, stderr=subprocess.DEVNULL)
        return {r["article"]["id"]: r for r in read_jsonl(dst)}


def place_line(p: dict) -> str:
    where = f"{p['lat']:.2f},{p['lon']:.2f}" if p.get("lat") is not None else "no point"
    return f"{p['name']} ({p.get('feature')}, {p.get('country')}, {where})"


def code(sample: Path, out: Path, parley: str) -> None:
    rows = read_jsonl(sample)
    arts = {a["id"]: a for a in read_jsonl(POLNEAR)}
    wanted = sorted({r["id"].split("#")[0] for r in rows if r["half"] == "polnear"})
    jobs = [{"id": a, "text": arts[a]["text"], "published": arts[a]["published"]} for a in wanted]
    jobs += [{"id": r["id"], "text": r["text"], "published": r["published"]}
             for r in rows if r["half"] == "cnn"]
    coded = run_parley(parley, jobs)
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            item = {"id": r["id"], "half": r["half"], "text": r["text"], "context": ""}
            if r["half"] == "cnn":
                doc, offset = coded[r["id"]], 0
            else:
                aid = r["id"].split("#")[0]
                doc, full = coded[aid], arts[aid]["text"]
                offset = full.find(r["text"])
                sents = sentences(full)
                k = int(r["id"].split("#")[1])
                item["context"] = " … ".join([full.split("\n")[0]] + sents[max(0, k - 2):k])
            found = []
            if offset >= 0:
                end = offset + len(r["text"])
                for p in doc["places"]:
                    for m in p["mentions"]:
                        if offset <= m["start"] and m["end"] <= end:
                            found.append({"start": m["start"] - offset, "end": m["end"] - offset,
                                          "mention": m["text"], "resolved": place_line(p),
                                          "verdict": None, "note": ""})
            item["found"] = sorted(found, key=lambda f: f["start"])
            item["missed"] = []
            item["located"] = offset >= 0
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"coded {len(rows)} items -> {out}")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        code(Path(sys.argv[2]), Path(sys.argv[3]),
             sys.argv[4] if len(sys.argv) > 4 else ".venv/bin/parley")
