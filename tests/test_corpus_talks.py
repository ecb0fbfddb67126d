"""The talks tracker: tracks by parties, venue and mediator; rounds, outcomes, demands, words."""
from __future__ import annotations

import subprocess
import sys

import pytest

from parley import Store
from parley.corpus.talks import outcome
from parley.schema import Actor, Place
from tests.store_samples import event, example_article, simple_article

SECOND_ROUND = (
    "Russian and Ukrainian delegations met again in Antalya on Friday for talks hosted by "
    "Turkey, and agreed to open a humanitarian corridor from Mariupol, Turkish officials said."
)


def second_round() -> object:
    t = SECOND_ROUND
    actors = [Actor("a1", "Russia", "state", "RUS", "GOV"),
              Actor("a2", "Ukraine", "state", "UKR", "GOV"),
              Actor("a3", "Turkey", "state", "TUR", "GOV")]
    places = [Place("p1", "Antalya", "TUR", 36.90812, 30.69556, 323777, "city")]
    events = [
        event(t, "e1", "CONSULT", "met again in Antalya on Friday for talks hosted by Turkey",
              "met", actor=["a1", "a2"], third_party=["a3"], place="p1", date="2022-03-18"),
        event(t, "e2", "AGREE", "agreed to open a humanitarian corridor from Mariupol", "agreed",
              actor=["a1", "a2"], date="2022-03-18"),
    ]
    return simple_article("antalya-2", t, "2022-03-18", events, actors, places, source="wire")


def tracks_by_venue(talks: dict) -> dict[str, dict]:
    return {(t["venue"] or {}).get("name"): t for t in talks["tracks"]}


def check_example_tracks(talks: dict) -> None:
    """Both tracks of the example; the failed ceasefire; the Russian demands in Lavrov's words."""
    tracks = tracks_by_venue(talks)
    antalya = next(t for name, t in tracks.items() if name and "Antalya" in name)
    border = next(t for name, t in tracks.items() if name and "Belarus" in name)
    assert antalya["parties"] == ["RUS", "UKR"] and antalya["mediators"] == ["TUR"]
    assert border["mediators"] == []
    assert antalya["outcome"] == "failed"
    failed = [e for r in antalya["rounds"] for e in r["events"]
              if e["event"] == "REJECT" or (e["event"] == "AGREE" and e["negated"])]
    assert any("ceasefire" in e["evidence_text"] for e in failed)
    demands = [d for t in talks["tracks"] for r in t["rounds"] for d in r["demands"]]
    assert any("RUS" in d["actor_countries"] for d in demands)  # the Russian demands …
    words = [q for r in border["rounds"] for q in r["quotes"]]
    assert any("Lavrov" in (q["speaker_name"] or "") and "denazification" in q["text"]
               for q in words)  # … in Lavrov's words


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_outcome_rules():
    def ev(kind, negated=False, actor=(), recipient=()):
        return {"event": kind, "negated": negated, "hypothetical": False,
                "actor_countries": list(actor), "recipient_countries": list(recipient)}

    assert outcome([ev("CONSULT")]) == "pending"
    assert outcome([ev("CONSULT"), ev("AGREE")]) == "agreed"
    assert outcome([ev("AGREE", negated=True)]) == "failed"
    assert outcome([ev("REJECT")]) == "failed"
    assert outcome([ev("AGREE"), ev("REJECT")]) == "mixed"
    sides = frozenset({"RUS", "UKR"})
    assert outcome([ev("REJECT", actor=["RUS", "UKR"])], sides) == "failed"  # the talks failed
    assert outcome([ev("REJECT", actor=["RUS"])], sides) == "pending"  # one side's position
    assert outcome([ev("AGREE", negated=True, actor=["UKR"])], sides) == "pending"
    assert outcome([ev("REJECT", actor=["UKR"], recipient=["RUS"])], sides) == "failed"


def test_example_has_two_tracks_a_failed_ceasefire_and_russian_demands(store):
    store.add(example_article())
    talks = store.talks(between=("RUS", "UKR"))
    assert talks["between"] == ["RUS", "UKR"] and len(talks["tracks"]) == 2
    check_example_tracks(talks)


def test_rounds_of_one_track_come_from_several_articles(store):
    store.add(example_article())
    store.add(second_round())
    antalya = tracks_by_venue(store.talks(between=("UKR", "RUS")))["Antalya"]
    assert [r["date"] for r in antalya["rounds"]] == ["2022-03-10", "2022-03-18"]
    assert [r["outcome"] for r in antalya["rounds"]] == ["failed", "agreed"]
    assert antalya["outcome"] == "agreed" and antalya["articles"] == ["antalya-2", "lavrov-antalya"]


def test_talks_between_other_countries_are_not_listed(store):
    store.add(example_article())
    assert store.talks(between=("RUS", "USA"))["tracks"] == []
    assert len(store.talks()["tracks"]) == 2


@pytest.mark.slow
def test_cli_prints_both_tracks(tmp_path):
    db = tmp_path / "cli.duckdb"
    with Store(db) as s:
        s.add(example_article())
    out = subprocess.run(
        [sys.executable, "-m", "parley", "talks", "--between", "RUS", "UKR", "--db", str(db)],
        capture_output=True, text=True, timeout=120, check=True,
        env={"COLUMNS": "200", "PATH": ""},
    ).stdout
    assert "talks at Antalya, mediated by TUR" in out and "Ukraine-Belarus border" in out
    assert "failed" in out and "demilitarization" in out


def test_real_pipeline_example_talks(tmp_path, example_coded):
    """The same expectations on the real coders' output (needs the events component)."""
    with Store(tmp_path / "real.duckdb") as s:
        s.add(example_coded)
        talks = s.talks(between=("RUS", "UKR"))
        check_example_tracks(talks)
    # "talked" was folded into the Antalya talks (Event.mentions): Lavrov's words about what
    # was discussed there belong to that track, though the border talks' sentence is nearer
    antalya = next(t for name, t in tracks_by_venue(talks).items() if name and "Antalya" in name)
    said = [q["text"] for r in antalya["rounds"] for q in r["quotes"]]
    assert any("humanitarian issues" in t for t in said), said


def test_one_sided_talks_take_the_other_country_named_in_their_evidence(store):
    from tests.store_samples import span

    text = ("Russian diplomats handed Ukraine a list of demands at the latest round of talks in "
            "Gomel on Monday, the foreign ministry said.")
    actors = [Actor("a1", "Russian diplomats", "group", "RUS", "GOV",
                    mentions=[span(text, "Russian diplomats")]),
              Actor("a2", "Ukraine", "state", "UKR", "GOV", mentions=[span(text, "Ukraine")])]
    places = [Place("p1", "Gomel", "BLR", 52.4345, 30.9754, 627907, "city")]
    talks = event(text, "e1", "CONSULT", text, "talks", actor=["a1"], place="p1",
                  date="2022-03-07")
    store.add(simple_article("gomel", text, "2022-03-08", [talks], actors, places))
    (track,) = store.talks(between=("RUS", "UKR"))["tracks"]
    assert track["parties"] == ["RUS", "UKR"] and track["venue"]["name"] == "Gomel"
    assert track["rounds"][0]["events"][0]["parties_inferred"] is True


def test_one_sided_talks_stay_one_sided_when_the_other_side_is_ambiguous(store):
    from tests.store_samples import span

    text = "Russian envoys held talks in Geneva on Monday; Ukraine and Poland were not invited."
    actors = [Actor("a1", "Russian envoys", "group", "RUS", "GOV",
                    mentions=[span(text, "Russian envoys")]),
              Actor("a2", "Ukraine", "state", "UKR", "GOV", mentions=[span(text, "Ukraine")]),
              Actor("a3", "Poland", "state", "POL", "GOV", mentions=[span(text, "Poland")])]
    places = [Place("p1", "Geneva", "CHE", 46.2022, 6.1457, 2660646, "city")]
    talks = event(text, "e1", "CONSULT", text, "talks", actor=["a1"], place="p1")
    store.add(simple_article("geneva", text, "2022-03-08", [talks], actors, places))
    assert store.talks(between=("RUS", "UKR"))["tracks"] == []
    assert store.talks(between=("RUS",))["tracks"][0]["parties"] == ["RUS"]
