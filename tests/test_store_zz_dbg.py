def test_dbg(example_coded, tmp_path):
    from parley.store import Store
    with Store(tmp_path / "r.duckdb") as s:
        s.add(example_coded)
        for t in s.talks(between=("RUS", "UKR"))["tracks"]:
            for r in t["rounds"]:
                for e in r["events"]:
                    print("EV", e["event_id"], repr(e["evidence_text"]))
    assert False
