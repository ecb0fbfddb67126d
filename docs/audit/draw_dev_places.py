"""Draw the places DEV sample (seed 777, 300 CNN headlines) and print what Parley makes of it.

    python docs/audit/draw_dev_places.py draw     # writes docs/audit/dev-places-sample.jsonl
    python docs/audit/draw_dev_places.py code OUT # one line per headline: places and event places

The sample is for developing the places component (docs/components/places.md); it is not the
blind audit sample, which developers never open.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

CNN = Path("/work/shared/corpora/cnn-ukraine-live-2022.jsonl")
HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "dev-places-sample.jsonl"
SEED, N = 777, 300


def draw() -> None:
    lines = [ln for ln in CNN.read_text(encoding="utf-8").splitlines() if ln.strip()]
    picked = random.Random(SEED).sample(lines, N)
    SAMPLE.write_text("\n".join(picked) + "\n", encoding="utf-8")


def code(out: Path) -> None:
    from parley.ingest import article_from_text  # noqa: PLC0415 - only the code step needs spaCy
    from parley.pipeline import cached_pipeline, code_shells  # noqa: PLC0415

    rows = [json.loads(ln) for ln in SAMPLE.read_text(encoding="utf-8").splitlines()]
    shells = [article_from_text(r["text"], article_id=r["id"], published=r.get("published"))
              for r in rows]
    with out.open("w", encoding="utf-8") as fh:
        for coded in code_shells(cached_pipeline(), shells):
            places = [{"text": [m.text for m in p.mentions], "name": p.name, "country": p.country,
                       "feature": p.feature} for p in coded.places]
            events = [{"event": e.event, "trigger": e.trigger.text if e.trigger else None,
                       "place": (coded.place(e.place).name if e.place else None),
                       "precision": getattr(e, "place_precision", None)} for e in coded.events]
            fh.write(json.dumps({"id": coded.article.id, "text": coded.article.text,
                                 "places": places, "events": events}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw()
    else:
        code(Path(sys.argv[2]))
