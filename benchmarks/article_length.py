"""Coding cost against article length: CPU seconds per 10,000 characters of one realistic text.

Builds texts of 5k, 40k, 200k and 1M characters by repeating one real news article (the first
PolNeAR dev article of at least 4,000 characters, copies joined with a blank line) and codes
each with Parley (ingest + the whole pipeline), in CPU time of this process. Short texts are
coded several times so each row measures at least ~40k characters. Bounded work per article
means a flat column: the last line is ``ratio: X.XX``, seconds per 10k at the largest size
over seconds per 10k at the smallest (target <= 1.5). Texts over
``parley.pipeline.PIECE_CHARS`` are coded in pieces, so the 1M row also covers the piece
split and merge.

    .venv/bin/python benchmarks/article_length.py [--sizes 5000,40000,200000,1000000]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from parley.ingest import IngestOptions, article_from_text
from parley.pipeline import DEFAULT_MODEL, cached_pipeline, code_shell

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "eval" / "quotes" / "polnear-dev.jsonl"
OPTIONS = IngestOptions(max_bytes=4_000_000)  # the sizes are characters; bytes may be a little more


def realistic_text(path: Path, min_chars: int = 4_000) -> str:
    """The first article of at least ``min_chars`` characters in the JSONL file."""
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"].strip() for line in fh]
    return next((t for t in texts if len(t) >= min_chars), max(texts, key=len))


def text_of(base: str, size: int) -> str:
    """The first ``size`` characters of ``base`` repeated, cut back to a paragraph end."""
    text = (base + "\n\n") * (size // (len(base) + 2) + 1)
    cut = text.rfind("\n\n", 0, size)
    return text[:cut if cut > size // 2 else size]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,40000,200000,1000000")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--source", type=Path, default=SOURCE, help="JSONL with a text field")
    args = parser.parse_args(argv)
    if not args.source.exists():
        sys.exit(f"error: {args.source} not found; pass --source FILE")
    sizes = [int(s) for s in args.sizes.split(",")]
    base = realistic_text(args.source)
    nlp = cached_pipeline(args.model)
    code_shell(nlp, article_from_text(text_of(base, 3000), article_id="warm-up"))
    print(f"text: one {args.source.name} article repeated ({len(base):,} characters once); "
          f"model {args.model}")
    print(f"{'characters':>12}{'repeats':>9}{'cpu s':>9}{'s / 10k':>9}{'events':>8}")
    rates = []
    for size in sizes:
        text = text_of(base, size)
        shell = article_from_text(text, article_id=f"len-{size}", published="2016-09-12",
                                  options=OPTIONS)
        repeats = max(1, 40_000 // len(text))
        start = time.process_time()
        for _ in range(repeats):
            coded = code_shell(nlp, shell)
        cpu = time.process_time() - start
        rate = cpu / repeats / len(shell.article.text) * 10_000
        rates.append(rate)
        print(f"{len(shell.article.text):>12,}{repeats:>9}{cpu:>9.2f}{rate:>9.3f}{len(coded.events):>8}",
              flush=True)
    print(f"largest / smallest seconds per 10k: {rates[-1] / rates[0]:.2f} "
          f"(max / min over sizes: {max(rates) / min(rates):.2f})")
    print(f"ratio: {rates[-1] / rates[0]:.2f}")


if __name__ == "__main__":
    main()
