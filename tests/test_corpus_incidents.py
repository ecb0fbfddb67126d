"""Incidents: same type, same sides, within a day and 50 km -> one incident with its reports."""
from __future__ import annotations

from parley import Store
from parley.corpus.incidents import km
from parley.schema import Actor, Event, Place, Span
from tests.store_samples import simple_article

RUSSIA = Actor("a1", "Russian forces", "group", "RUS", "MIL")
UKRAINE = Actor("a2", "Ukraine", "state", "UKR", "GOV")
KHARKIV = Place("p1", "Kharkiv", "UKR", 49.9935, 36.2304, 706483, "city")
CHUHUIV = Place("p1", "Chuhuiv", "UKR", 49.8353, 36.6880, 710791, "city")  # ~37 km away
LVIV = Place("p1", "Lviv", "UKR", 49.8383, 24.0232, 702550, "city")


LEADS = {
    "r1": "Russian forces shelled {} overnight, regional governor Oleh Synehubov said.",
    "r2": "Several apartment blocks were hit when Russian artillery pounded {} on Monday.",
    "r3": "Moscow's troops kept up their bombardment of {}, emergency services reported.",
    "r4": "Air raid sirens sounded as missiles struck an energy facility near {} at dawn.",
    "r5": "A week later, Russian shelling again damaged a school and a clinic in {}.",
    "r6": "The Kremlin denied that its army had fired on {}, calling the claims fake.",
    "r7": "Ukraine accused Moscow of war crimes over the strikes on {}.",
}


def report(aid: str, day: str, place: Place | None, source: str, negated: bool = False,
           kind: str = "ASSAULT") -> object:
    text = LEADS[aid].format(place.name if place else "the east")
    ev = Event("e1", kind, actor=["a1"], recipient=["a2"], place="p1" if place else None,
               date=day, negated=negated, evidence=Span(0, len(text), text))
    return simple_article(aid, text, day, [ev], [RUSSIA, UKRAINE], [place] if place else [],
                          source=source)


def test_km_is_great_circle_distance():
    assert 35 < km(KHARKIV.lat, KHARKIV.lon, CHUHUIV.lat, CHUHUIV.lon) < 40
    assert km(KHARKIV.lat, KHARKIV.lon, LVIV.lat, LVIV.lon) > 800


def test_reports_within_a_day_and_50_km_make_one_incident(tmp_path):
    with Store(tmp_path / "i.duckdb") as store:
        store.add_many([
            report("r1", "2022-05-01", KHARKIV, "Kyiv Independent"),
            report("r2", "2022-05-02", CHUHUIV, "Reuters"),
            report("r3", "2022-05-02", None, "AP"),           # place unknown: joins
            report("r4", "2022-05-01", LVIV, "BBC"),          # 800 km away: its own incident
            report("r5", "2022-05-09", KHARKIV, "Reuters"),   # a week later: its own incident
            report("r6", "2022-05-01", KHARKIV, "TASS", negated=True),  # denied: not counted
            report("r7", "2022-05-01", KHARKIV, "TASS", kind="ACCUSE"),  # other type
        ])
        assert store.update_incidents() == 4
        inc = store.incidents(event="ASSAULT")
        assert sorted(inc["report_count"]) == [1, 1, 3]
        big = inc[inc["report_count"] == 3].iloc[0]
        assert sorted(big["sources"]) == ["AP", "Kyiv Independent", "Reuters"]
        assert str(big["first_report"])[:10] == "2022-05-01"
        assert str(big["last_report"])[:10] == "2022-05-02"
        assert big["place_name"] == "Kharkiv" and list(big["recipient_countries"]) == ["UKR"]
        members = store.incident_events(big["id"])
        assert sorted(members["article_id"]) == ["r1", "r2", "r3"]
        assert len(store.incidents(country="RUS", min_reports=2)) == 1
        assert store.incidents(start="2022-05-05")["first_date"].astype(str).tolist() == [
            "2022-05-09"]


def test_incidents_update_incrementally_with_new_reports(tmp_path):
    with Store(tmp_path / "i.duckdb") as store:
        store.add(report("r1", "2022-05-01", KHARKIV, "Kyiv Independent"))
        assert store.update_incidents() == 1
        assert store.update_incidents() == 0  # nothing new: nothing recomputed
        store.add(report("r5", "2022-05-02", KHARKIV, "Reuters"))
        store.update_incidents()
        inc = store.incidents()
        assert len(inc) == 1 and inc["report_count"].iloc[0] == 2
        assert store.update_incidents(full=True) == 1
