"""Held-out places/dates samples 6 and 7 (seventh session): fixed-seed draws of unjudged events
from the whole 2022 CNN headline store.

Every CNN headline has sat in some earlier events or places store, but earlier places draws
judged only some of each store's placed and dated events, and the code has placed new events
since. This draw ingests all 7,086 headlines at the session's starting code, keeps every placed
and every text-dated (`date_inferred = false`) non-duplicate event whose (article id, trigger
text) no earlier places/dates sample or dev sample judged (all `*places*.jsonl` files here and
dev-places-sample.jsonl, except this draw's own `*heldoutN*` files), and draws 150 placed and 100
dated events with the draw's seed (fewer if fewer exist). Draw 6: seed 20261222 from a store
ingested at `8b2d1fa`; draw 7: seed 20261223 from a store ingested at the first round's merge
(`824d98e`), after draw 6 was judged (so it excludes draw 6). Developers of a round were told not
to open its draw or its store.

Draw 8 (eighth session, seed 20261224) ingests the CNN headlines and, in a second store, the
PolNeAR dev articles at the session's starting code (`53d06c7`) and draws from both pools:
by then the CNN pool held no unjudged text-dated event and PolNeAR only a few, so draw 8's dated
part is whatever is left (its figure is reported with its small n, beside the pooled one).
Draw 9 (ninth session, seed 20261226) ingests CNN + PolNeAR into one store at `14c12b1`: 269
fresh placed events and no fresh text-dated one, so it is a places-only draw of 150. Draw 10
(seed 20261227) is drawn from the store ingested after the first round (`b496b23`), excluding
draw 9: 136 fresh placed and 2 fresh dated events, all taken. Draw 11 (eleventh session, seed 20261230)
ingests CNN + PolNeAR at the session's start (`d8d49d4`) and takes whatever the code placed or
dated since draw 10 that no draw judged.

Run from the repository root:
    python3 docs/audit/draw_heldout_cnn_places.py STORE.duckdb[,STORE2.duckdb] OUT.jsonl 6|7|8|9|10|11
"""
import json
import random
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import draw_places_dates as d  # noqa: E402  same row selection and item shape as earlier draws

SEEDS = {6: 20261222, 7: 20261223, 8: 20261224, 9: 20261226, 10: 20261227, 11: 20261230}
N_PLACED, N_DATED = 150, 100


def main(stores: str, out: Path, draw: int) -> None:
    judged = d.judged_keys(*(f"heldout{k}" for k in range(draw, 10)))  # this and later draws

    def fresh(rows: list[dict]) -> list[dict]:
        return [r for r in rows if (r["article_id"], (r["trigger_text"] or "").lower()) not in judged]

    placed, dated, con_of = [], [], {}
    for store in stores.split(","):
        con = duckdb.connect(store, read_only=True)
        for r in fresh(d.rows(con, "e.place IS NOT NULL AND NOT e.duplicate")):
            placed.append(r)
            con_of[r["article_id"]] = con
        for r in fresh(d.rows(con, "NOT e.date_inferred AND NOT e.duplicate")):
            dated.append(r)
            con_of[r["article_id"]] = con
    rng = random.Random(SEEDS[draw])
    take_placed = rng.sample(placed, min(N_PLACED, len(placed)))
    take_dated = rng.sample(dated, min(N_DATED, len(dated)))
    with out.open("w", encoding="utf-8") as fh:
        for kind, rows in (("placed", take_placed), ("dated", take_dated)):
            for i, r in enumerate(sorted(rows, key=d.key)):
                fh.write(json.dumps(d.enrich(con_of[r["article_id"]], r, kind, i), ensure_ascii=False, default=str) + "\n")
    print(f"{len(placed)} fresh placed, {len(dated)} fresh dated; drew "
          f"{len(take_placed)} + {len(take_dated)} -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
