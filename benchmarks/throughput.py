"""Throughput of Parley against a bare spaCy parse of the same texts, in the same run.

Codes the texts of the quotes and geo eval corpora with Parley (ingest + the whole pipeline)
and parses them with the bare spaCy model, alternating rounds so a busy shared machine hurts
both alike, and keeps the best round of each. The last line is ``ratio: X.XX`` (Parley's rate
over the bare parse's rate in CPU time of this process, the median over rounds: CPU time
barely moves with other jobs' load on a shared machine, wall-clock time does; 1.00 would mean
Parley costs nothing on top of parsing).

    .venv/bin/python benchmarks/throughput.py [--limit N] [--model NAME] [--rounds 3] [--stage]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

from parley.ingest import article_from_text
from parley.pipeline import DEFAULT_MODEL, cached_pipeline, code_shells, make_doc

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
CORPORA = ("quotes/polnear-dev.jsonl", "geo/geowebnews-dev.jsonl")


def load_texts(eval_dir: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of every article in the corpora, in file order."""
    rows = []
    for rel in CORPORA:
        path = eval_dir / rel
        if not path.exists():
            sys.exit(f"error: {path} not found; pass --eval-dir DIR (the shared eval folder)")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                rows.append((row["id"], row["text"], row.get("published")))
    return rows[:limit] if limit else rows


def run_parley(nlp: Language, rows: list[tuple[str, str, str | None]], batch_size: int) -> int:
    """Ingest and code every text; returns the number coded (consumes the generator)."""
    shells = (article_from_text(text, article_id=aid, published=pub) for aid, text, pub in rows)
    return sum(1 for _ in code_shells(nlp, shells, batch_size=batch_size))


def run_bare(nlp: Language, rows: list[tuple[str, str, str | None]], batch_size: int) -> int:
    return sum(1 for _ in nlp.pipe((text for _, text, _ in rows), batch_size=batch_size))


def timed(fn: Callable[[], int]) -> tuple[float, float]:
    """(wall-clock seconds, this process's CPU seconds) of one run. CPU time barely moves with
    other jobs' load on a shared machine, so the ratio is taken from it."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def stage_table(nlp: Language, rows: list[tuple[str, str, str | None]], batch_size: int) -> None:
    """Seconds per pipeline component, running the batches through each component in turn."""
    timings = {"ingest": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for i in range(0, len(rows), batch_size):
        start = time.perf_counter()
        shells = [article_from_text(t, article_id=a, published=p) for a, t, p in rows[i:i + batch_size]]
        docs = [make_doc(nlp, s) for s in shells]
        timings["ingest"] += time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            timings[name] += time.perf_counter() - start
    total = sum(timings.values())
    print(f"\n{'stage':<18}{'seconds':>9}{'share':>8}  note")
    for name, secs in timings.items():
        proc = nlp.get_pipe(name) if name in nlp.pipe_names else None
        note = "STUB" if proc is not None and is_stub(proc) else ""
        print(f"{name:<18}{secs:>9.2f}{secs / total:>8.1%}  {note}")
    print(f"{'total':<18}{total:>9.2f}\n")


def is_stub(proc: object) -> bool:
    """A component whose module still says it is a stub (others are writing them)."""
    module = sys.modules.get(getattr(proc, "__module__", "") or type(proc).__module__)
    return bool(module and (module.__doc__ or "").lstrip().startswith("STUB"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model name")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; best is kept")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--stage", action="store_true", help="also time each Parley component")
    parser.add_argument("--disable", default="", metavar="NAMES",
                        help="comma-separated Parley components to leave out, e.g. core I: "
                             "parley_places,parley_dates,parley_events")
    args = parser.parse_args(argv)

    rows = load_texts(args.eval_dir, args.limit)
    words = sum(len(text.split()) for _, text, _ in rows)
    bare = spacy.load(args.model)
    parley = cached_pipeline(args.model)
    disabled = [name for name in args.disable.split(",") if name]
    unknown = sorted(set(disabled) - set(parley.pipe_names))
    if unknown:
        sys.exit(f"error: no such component(s): {', '.join(unknown)}; have {parley.pipe_names}")
    for name in disabled:
        parley.disable_pipe(name)
    stubs = [name for name, proc in parley.pipeline if is_stub(proc)]
    print(f"texts: {len(rows)} articles, {words:,} words; model {args.model}")
    print(f"parley components: {', '.join(parley.pipe_names)}")
    print(f"stub components: {', '.join(stubs) or 'none'}")

    run_bare(bare, rows[:4], args.batch_size)  # warm-up: lazy imports, caches, vectors
    run_parley(parley, rows[:4], args.batch_size)
    runs = {"bare": lambda: run_bare(bare, rows, args.batch_size),
            "parley": lambda: run_parley(parley, rows, args.batch_size)}
    best = {"bare": float("inf"), "parley": float("inf")}
    cpu_best = dict(best)
    paired = []  # per-round CPU ratios
    for i in range(1, args.rounds + 1):
        order = ("bare", "parley") if i % 2 else ("parley", "bare")
        took = {name: timed(runs[name]) for name in order}
        best = {name: min(best[name], took[name][0]) for name in best}
        cpu_best = {name: min(cpu_best[name], took[name][1]) for name in best}
        paired.append(took["bare"][1] / took["parley"][1])
        print(f"round {i}: bare {took['bare'][0]:.2f}s wall {took['bare'][1]:.2f}s cpu  "
              f"parley {took['parley'][0]:.2f}s wall {took['parley'][1]:.2f}s cpu  "
              f"(first: {order[0]})")
    best_bare, best_parley = best["bare"], best["parley"]

    for label, secs in (("bare spaCy", best_bare), ("parley", best_parley)):
        print(f"{label:<11} {len(rows) / secs:8.2f} articles/s {words / secs:10,.0f} words/s "
              f"(best of {args.rounds}: {secs:.2f}s)")
    if args.stage:
        stage_table(parley, rows, args.batch_size)
    for label, secs in (("bare spaCy", cpu_best["bare"]), ("parley", cpu_best["parley"])):
        print(f"{label:<11} {words / secs:10,.0f} words per CPU second (best of {args.rounds})")
    print(f"wall-clock ratio of best runs: {best_bare / best_parley:.2f}; CPU ratio per round: "
          + ", ".join(f"{r:.2f}" for r in paired))
    print(f"ratio: {statistics.median(paired):.2f}")


if __name__ == "__main__":
    main()
