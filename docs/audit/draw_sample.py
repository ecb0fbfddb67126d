"""Draw the event/actor hand-audit sample (and a separate developer sample). Stdlib only.

Audit sample (seed 20261204), one random.Random instance used in this order:
  1. rng.sample(all lines of cnn-ukraine-live-2022.jsonl, 100)       -> half "cnn"
  2. rng.sample(all sentences of polnear-dev.jsonl article texts, 100) -> half "polnear"
Dev sample (seed 20261205): same shape, drawn from the same pools after removing every text
already in the audit sample, so the two samples share no text.
Second dev sample (seed 20261206), drawn after the audit sample was judged twice, for a
second round of development: the same pools minus every audit and first-dev text.
Held-out sample (seed 20261207), drawn the same way minus all three, judged once at the end of
the second session (docs/audit/events-actors-final.md) and never shown to a developer before.
Held-out sample 2 (seed 20261209), minus all four, judged once at the very end (after a third
round whose class names came partly from the first held-out judgement).
Third dev sample (seed 20261210), minus all six, for the third session's developers; held-out
sample 3 (seed 20261211), minus all seven, judged before and after that session's work by
judges who had seen no earlier judgement, and never shown to a developer. Held-out sample 4
(seed 20261213), minus all eight, judged once on the third session's final code. Held-out
sample 5 (seed 20261214), minus all nine, drawn at the start of the fourth session and judged
before and after its work (the developers of that session used samples 1-4 and their
judgements as development material). Held-out sample 6 (seed 20261216), minus all ten, judged
once on the code after the fourth session's first round (and used for development in its
second round). Held-out sample 7 (seed 20261217), minus all eleven, judged before and after that
second round. Held-out sample 8 (seed 20261218), minus all twelve, drawn at the start of the
fifth session and judged before and after its first round (that round's developers used samples
1-7). Held-out sample 9 (seed 20261219), minus all thirteen, judged before and after the fifth
session's second round (whose developers used samples 1-8). Held-out sample 10 (seed 20261220),
minus all fourteen, judged before and after the sixth session's round (whose developers used
samples 1-9).

Sentences: each article text is split into paragraphs on newlines, each paragraph into
sentences at [.!?] (optionally followed by a closing quote) + whitespace when the next
character is an uppercase letter or an opening quote; pieces under 6 words are dropped.
Sentence id = article id + "#" + index of the sentence among the kept sentences of the article.

Run from the repository root:  python3 docs/audit/draw_sample.py
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

CNN = Path("/work/shared/corpora/cnn-ukraine-live-2022.jsonl")
POLNEAR = Path("/work/shared/eval/quotes/polnear-dev.jsonl")
OUT_DIR = Path(__file__).resolve().parent
AUDIT_SEED, DEV_SEED, DEV2_SEED, HELDOUT_SEED, HELDOUT2_SEED = (20261204, 20261205, 20261206,
                                                             20261207, 20261209)
DEV3_SEED, HELDOUT3_SEED, HELDOUT4_SEED, N = 20261210, 20261211, 20261213, 100
HELDOUT5_SEED, HELDOUT6_SEED, HELDOUT7_SEED = 20261214, 20261216, 20261217
HELDOUT8_SEED, HELDOUT9_SEED, HELDOUT10_SEED = 20261218, 20261219, 20261220

SPLIT = re.compile(r"""(?<=[.!?])["”’]?\s+(?=["“‘'A-Z])""")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n+", text):
        for piece in SPLIT.split(para.strip()):
            piece = piece.strip()
            if len(piece.split()) >= 6:
                out.append(piece)
    return out


def pools() -> tuple[list[dict], list[dict]]:
    cnn = [{"id": r["id"], "text": r["text"], "published": r["published"], "half": "cnn"}
           for r in read_jsonl(CNN)]
    pol = []
    for art in read_jsonl(POLNEAR):
        for i, s in enumerate(sentences(art["text"])):
            pol.append({"id": f"{art['id']}#{i}", "text": s, "published": art["published"],
                        "half": "polnear"})
    return cnn, pol


def draw(seed: int, cnn: list[dict], pol: list[dict], exclude: set[str]) -> list[dict]:
    rng = random.Random(seed)
    cnn = [r for r in cnn if r["text"] not in exclude]
    pol = [r for r in pol if r["text"] not in exclude]
    # min(): the US-news pool ran short at held-out 28 (94 sentences left); the same draw as
    # before whenever the pool still holds N
    return rng.sample(cnn, min(N, len(cnn))) + rng.sample(pol, min(N, len(pol)))


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    cnn, pol = pools()
    audit = draw(AUDIT_SEED, cnn, pol, set())
    dev = draw(DEV_SEED, cnn, pol, {r["text"] for r in audit})
    assert not {r["text"] for r in audit} & {r["text"] for r in dev}
    dev2 = draw(DEV2_SEED, cnn, pol, {r["text"] for r in audit + dev})
    assert not {r["text"] for r in audit + dev} & {r["text"] for r in dev2}
    heldout = draw(HELDOUT_SEED, cnn, pol, {r["text"] for r in audit + dev + dev2})
    heldout2 = draw(HELDOUT2_SEED, cnn, pol, {r["text"] for r in audit + dev + dev2 + heldout})
    seen = audit + dev + dev2 + heldout + heldout2
    dev3 = draw(DEV3_SEED, cnn, pol, {r["text"] for r in seen})
    heldout3 = draw(HELDOUT3_SEED, cnn, pol, {r["text"] for r in seen + dev3})
    assert not {r["text"] for r in seen + dev3} & {r["text"] for r in heldout3}
    heldout4 = draw(HELDOUT4_SEED, cnn, pol, {r["text"] for r in seen + dev3 + heldout3})
    heldout5 = draw(HELDOUT5_SEED, cnn, pol, {r["text"] for r in seen + dev3 + heldout3 + heldout4})
    heldout6 = draw(HELDOUT6_SEED, cnn, pol,
                    {r["text"] for r in seen + dev3 + heldout3 + heldout4 + heldout5})
    heldout7 = draw(HELDOUT7_SEED, cnn, pol,
                    {r["text"] for r in seen + dev3 + heldout3 + heldout4 + heldout5 + heldout6})
    heldout8 = draw(HELDOUT8_SEED, cnn, pol,
                    {r["text"] for r in seen + dev3 + heldout3 + heldout4 + heldout5 + heldout6
                     + heldout7})
    heldout9 = draw(HELDOUT9_SEED, cnn, pol,
                    {r["text"] for r in seen + dev3 + heldout3 + heldout4 + heldout5 + heldout6
                     + heldout7 + heldout8})
    heldout10 = draw(HELDOUT10_SEED, cnn, pol,
                     {r["text"] for r in seen + dev3 + heldout3 + heldout4 + heldout5 + heldout6
                      + heldout7 + heldout8 + heldout9})
    write(OUT_DIR / "sample-events-2026-12.jsonl", audit)
    write(OUT_DIR / "dev-sample-events-2026-12.jsonl", dev)
    write(OUT_DIR / "dev-sample-2-events-2026-12.jsonl", dev2)
    write(OUT_DIR / "heldout-events-2026-12.jsonl", heldout)
    write(OUT_DIR / "heldout2-events-2026-12.jsonl", heldout2)
    write(OUT_DIR / "dev-sample-3-events-2026-12.jsonl", dev3)
    write(OUT_DIR / "heldout3-events-2026-12.jsonl", heldout3)
    write(OUT_DIR / "heldout4-events-2026-12.jsonl", heldout4)
    write(OUT_DIR / "heldout5-events-2026-12.jsonl", heldout5)
    write(OUT_DIR / "heldout6-events-2026-12.jsonl", heldout6)
    write(OUT_DIR / "heldout7-events-2026-12.jsonl", heldout7)
    write(OUT_DIR / "heldout8-events-2026-12.jsonl", heldout8)
    write(OUT_DIR / "heldout9-events-2026-12.jsonl", heldout9)
    write(OUT_DIR / "heldout10-events-2026-12.jsonl", heldout10)
    print(f"pools: {len(cnn)} headlines, {len(pol)} sentences; "
          f"audit {len(audit)}, dev {len(dev)} written to {OUT_DIR}")


if __name__ == "__main__":
    main()
