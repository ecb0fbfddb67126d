"""Which CAMEO leaf codes each PLOVER event type can be reached from: curated triggers.yaml
entries, the CAMEO dictionary tier (parley.nlp.events.cameo_dictionary), and both.

A leaf code is a code of the CAMEO→PLOVER crosswalk (parley/data/cameo2plover-2021.txt) with no
longer code under it (031 has 0311…0314, so 031 is not a leaf; 030 is). A code is reachable
from a tier when an entry of that tier emits it (its ``cameo``).

    PYTHONPATH=src python scripts/cameo_coverage.py [--markdown] [--missing]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from parley.nlp.events.cameo_dictionary import load_tier  # noqa: E402
from parley.nlp.events.lexicon import load_triggers  # noqa: E402
from parley.ontology import EVENT_NAMES, crosswalk  # noqa: E402


def leaf_codes() -> dict[str, list[str]]:
    """PLOVER type → its CAMEO leaf codes."""
    codes = sorted(crosswalk())
    out: dict[str, list[str]] = {name: [] for name in EVENT_NAMES}
    for code in codes:
        if any(other != code and other.startswith(code) for other in codes):
            continue
        out[crosswalk()[code].event].append(code)
    return out


def coverage() -> list[dict]:
    """One row per PLOVER type: leaf codes, reachable from curated / dictionary / either."""
    triggers = load_triggers()
    curated = {e.cameo for e in triggers.entries}
    tier = load_tier(curated=triggers.curated_verbs()).codes()
    rows = []
    for event, leaves in leaf_codes().items():
        cur = [c for c in leaves if c in curated]
        dic = [c for c in leaves if c in tier]
        total = [c for c in leaves if c in curated or c in tier]
        rows.append({"event": event, "leaves": len(leaves), "curated": len(cur),
                     "dictionary": len(dic), "total": len(total),
                     "pct": 100.0 * len(total) / len(leaves) if leaves else 100.0,
                     "missing": [c for c in leaves if c not in total]})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list unreachable leaf codes")
    args = parser.parse_args(argv)
    rows = coverage()
    print("| PLOVER type | CAMEO leaf codes | curated | dictionary tier | total | % |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['event']} | {r['leaves']} | {r['curated']} | {r['dictionary']} | "
              f"{r['total']} | {r['pct']:.0f}% |")
    n = sum(r["leaves"] for r in rows)
    print(f"| all | {n} | {sum(r['curated'] for r in rows)} | {sum(r['dictionary'] for r in rows)} "
          f"| {sum(r['total'] for r in rows)} | {100.0 * sum(r['total'] for r in rows) / n:.0f}% |")
    if args.missing:
        for r in rows:
            if r["missing"]:
                print(f"{r['event']}: {' '.join(r['missing'])}")


if __name__ == "__main__":
    main()
